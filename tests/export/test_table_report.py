"""Landscape registers as .docx and PDF: page layout, East Asian fonts, page numbers, embedded font."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from dangjian_desktop.export.docx_layout import clean
from dangjian_desktop.export.table_report import TableReport, write_docx, write_pdf

HEADERS = ["序号", "姓名", "缴费类别", *[f"{m}月" for m in range(1, 13)], "全年实缴"]


def report(rows: int = 3) -> TableReport:
    body = [[str(i + 1), f"党员{i + 1}", "在职", *["10.00"] * 12, "120.00"] for i in range(rows)]
    return TableReport(title="2026年度党费收缴登记表", headers=HEADERS, rows=body,
                       widths=[1, 2, 2, *[1.4] * 12, 2], subtitle="党支部：中共测试村党支部",
                       totals=["", "合计", "", *["30.00"] * 12, "360.00"], marking="内部资料",
                       notes=["说明：金额单位为元。"], signatures="制表人：　　　　　审核人：")


def east_asian(run_element: object) -> str | None:
    rfonts = run_element.find(qn("w:rPr")).find(qn("w:rFonts"))  # type: ignore[attr-defined]
    return rfonts.get(qn("w:eastAsia"))


def test_docx_landscape_a4_margins_fonts_and_page_numbers(tmp_path: Path) -> None:
    path = write_docx(report(), tmp_path / "登记表.docx")
    doc = Document(str(path))
    sec = doc.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE
    assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (297, 210)
    assert [round(m.mm) for m in (sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin)] == [
        28, 26, 35, 37]
    title = next(p for p in doc.paragraphs if "党费收缴登记表" in p.text)
    assert title.runs[0].font.size.pt == 22
    assert east_asian(title.runs[0]._element) == "方正小标宋简体"
    normal = doc.styles["Normal"]
    assert normal.font.size.pt == 16
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    assert normal.paragraph_format.line_spacing.pt == pytest.approx(28.95, abs=0.05)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == HEADERS
    assert len(table.rows) == 1 + 3 + 1 and table.rows[-1].cells[1].text == "合计"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # header repeats on each page
    assert abs(sum(c.width for c in table.rows[1].cells) - Mm(225)) < Mm(1)
    assert doc.settings.odd_and_even_pages_header_footer
    odd, even = sec.footer.paragraphs[0], sec.even_page_footer.paragraphs[0]
    for p, align in ((odd, 2), (even, 0)):  # RIGHT, LEFT
        assert p.alignment == align
        assert "PAGE" in "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert {east_asian(r._element) for r in p.runs} == {"宋体"}
        assert {r.font.size.pt for r in p.runs} == {14}


def test_control_characters_are_stripped_not_fatal(tmp_path: Path) -> None:
    r = report(1)
    r.rows[0][1] = "张\x00三\x07\x1b"
    path = write_docx(r, tmp_path / "a.docx")
    assert Document(str(path)).tables[0].rows[1].cells[1].text == "张三"
    assert clean("a\ud800b\x0cc\td") == "abc\td"


def test_pdf_has_all_rows_page_numbers_and_an_embedded_cjk_font(tmp_path: Path) -> None:
    path = write_pdf(report(rows=80), tmp_path / "登记表.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 2
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) > round(float(page.mediabox.height))  # landscape
    text = "".join(p.extract_text() for p in reader.pages)
    assert "党费收缴登记表" in text and "党员80" in text and "合计" in text
    assert f"共 {len(reader.pages)} 页" in text
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in out.splitlines()[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), out  # the "emb" column


def test_unwritable_target_leaves_nothing_behind(tmp_path: Path) -> None:
    from dangjian_desktop.errors import UserError

    with pytest.raises(UserError, match="保存位置不存在"):
        write_pdf(report(), tmp_path / "没有这个文件夹" / "a.pdf")


def test_docx_grid_columns_carry_the_widths(tmp_path: Path) -> None:
    doc = Document(str(write_docx(report(), tmp_path / "a.docx")))
    grid = doc.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))
    widths = [int(g.get(qn("w:w"))) for g in grid]
    assert widths[1] > widths[0] and widths[1] > widths[3]  # 姓名 wider than 序号 and a month
