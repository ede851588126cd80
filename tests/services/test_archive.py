"""The year archive: files, layout, directory, every meeting, manifest and verify, cancel."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from pytestqt.qtbot import QtBot

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.export.manifest import verify
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.meetings import listing as meeting_list
from dangjian_desktop.services.year import archive, selfcheck

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo(db: Database) -> str:
    with db.session_scope() as s:
        return create_demo_branch(s, members=10, today=TODAY).id


def export(db: Database, branch_id: str, out: Path, **kw: object) -> archive.ArchiveResult:
    with db.session_scope() as s:
        return archive.export_year(s, branch_id, 2026, out, today=TODAY, count=False, **kw)  # type: ignore[arg-type]


def test_folder_files_layout_and_directory(db: Database, demo: str, tmp_path: Path) -> None:
    result = export(db, demo, tmp_path)
    assert result.folder.name.endswith("_2026_党建档案")
    names = sorted(p.name for p in result.folder.iterdir())
    assert names == ["00_归档文件目录.docx", "01_党员花名册.docx", "02_党费收缴登记表.docx", "03_三会一课及组织生活记录.docx",
                     "04_一人一事思想政治工作记录.docx", "05_学习记录.docx", "06_党员责任区与党员承诺.docx", "07_年度自查报告.docx", "校验",
                     "校验清单.txt"]
    assert [p.name for p in (result.folder / "校验").iterdir()] == ["manifest.json"]
    for name in names:
        if not name.endswith(".docx"):
            continue
        with zipfile.ZipFile(result.folder / name) as z:  # written stored, compressed as the 校验码 went in
            assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_DEFLATED}, name
        doc = Document(str(result.folder / name))
        sec = doc.sections[0]
        assert (round(min(sec.page_width.mm, sec.page_height.mm)), round(max(sec.page_width.mm, sec.page_height.mm))) \
            == (210, 297), name
        margins = sorted(round(m.mm) for m in (sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin))
        assert margins == [26, 28, 35, 37], name
        normal = doc.styles["Normal"]
        assert normal.font.size.pt == 16 and normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋", name
        title = next(p for p in doc.paragraphs if p.runs and p.runs[0].font.size and p.runs[0].font.size.pt == 22)
        assert title.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体", name
        assert doc.settings.odd_and_even_pages_header_footer, name
        for footer, align in ((sec.footer, 2), (sec.even_page_footer, 0)):
            p = footer.paragraphs[0]
            assert p.alignment == align and "PAGE" in "".join(t.text for t in p._p.iter(qn("w:instrText"))), name
    assert Document(str(result.folder / "01_党员花名册.docx")).sections[0].orientation == WD_ORIENT.LANDSCAPE

    directory = Document(str(result.folder / "00_归档文件目录.docx")).tables[0]
    assert [c.text for c in directory.rows[0].cells] == ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数",
                                                       "备注"]
    assert len(directory.rows) - 1 == sum(result.counts.values())
    assert all(len(row.cells[5].text) == 8 and row.cells[5].text.isdigit() for row in directory.rows[1:])

    with db.session_scope() as s:
        meetings = meeting_list.list_meetings(s, demo, year=2026)
    volume = Document(str(result.folder / "03_三会一课及组织生活记录.docx"))
    headings = [p.text for p in volume.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:outlineLvl")) is not None]
    assert len(headings) == len(meetings) == result.counts["三会一课及组织生活记录"]
    text = "\n".join(p.text for p in volume.paragraphs)
    assert "录入时间" in text and "定稿时间" in text and "补录" in text and "主持人（签字）" in text
    for name in ("04_一人一事思想政治工作记录.docx", "05_学习记录.docx"):  # when each record was entered
        doc = Document(str(result.folder / name))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        assert any(p.text.startswith("录入时间：20") for p in doc.paragraphs) or "录入时间" in cells, name
    roster = next(t for t in Document(str(result.folder / "01_党员花名册.docx")).tables
                  if t.rows[0].cells[0].text == "序号" and len(t.columns) == 12)
    assert all("*" in row.cells[5].text for row in roster.rows[1:])  # ID numbers masked by default


def test_verify_catches_changed_missing_and_extra_files(db: Database, demo: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = export(db, demo, tmp_path).folder
    assert verify(folder) == []
    assert main(["verify", str(folder)]) == 0
    changed = folder / "02_党费收缴登记表.docx"
    data = bytearray(changed.read_bytes())
    data[len(data) // 2] ^= 1
    changed.write_bytes(bytes(data))
    (folder / "05_学习记录.docx").unlink()
    (folder / "多出来的.txt").write_text("x", encoding="utf-8")
    found = {(p.name, p.what) for p in verify(folder)}
    assert found == {("02_党费收缴登记表.docx", "已修改"), ("05_学习记录.docx", "缺失"), ("多出来的.txt", "多出")}
    assert main(["verify", str(folder)]) == 1
    assert "已修改：02_党费收缴登记表.docx" in capsys.readouterr().out


def test_cancelled_export_leaves_nothing(db: Database, demo: str, tmp_path: Path) -> None:
    out = tmp_path / "导出"
    out.mkdir()
    calls = iter(range(100))
    with pytest.raises(archive.Cancelled):
        export(db, demo, out, cancelled=lambda: next(calls) >= 3)
    assert list(out.iterdir()) == []


def test_pdf_copies_give_the_page_counts(db: Database, demo: str, tmp_path: Path) -> None:
    """Each volume has a PDF copy laid out by the app; the 页数 in the directory, the 卷内目录 and each
    归档章 are that copy's, and verify covers the copies with their printed 校验码."""
    import pypdfium2 as pdfium

    with db.session_scope() as s:
        result = archive.export_year(s, demo, 2026, tmp_path, today=TODAY, count=True)
    assert result.pages_counted
    folder = result.folder
    directory = Document(str(folder / "00_归档文件目录.docx"))
    rows = [[c.text for c in row.cells] for row in directory.tables[0].rows[1:]]
    assert rows and all(r[7].isdigit() and int(r[7]) >= 1 for r in rows)
    assert "PDF 版" in "\n".join(p.text for p in directory.paragraphs)
    for docx in sorted(folder.glob("0[1-7]_*.docx")):
        pdf = pdfium.PdfDocument(str(docx.with_suffix(".pdf")))
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        pdf.close()
        code = docx.name.split("_")[0]
        pages = [int(r[7]) for r in rows if r[1].split("-")[2] == {
            "01": "HMC", "02": "DF", "03": "HY", "04": "YRYS", "05": "JY", "06": "ZR", "07": "ZC"}[code]]
        stamped = [re.search(r"页数\s+(\d+)", t) for t in texts if "全宗号" in t and "机构" in t]
        assert [int(m.group(1)) for m in stamped if m] == pages, docx.name  # each 归档章 prints its own 页数
        if code == "07":  # the 自查报告: no cover, no 备考表
            assert pages == [len(texts)]
            continue
        # cover, 卷内目录 pages, the items, one 备考表 page
        first = next(i for i, t in enumerate(texts) if "全宗号" in t)
        listed = re.findall(r"\d{4}-[A-Z0-9]+-[A-Z]+-\d{3}.*?\d{8}(?:\s+[^\d\s]+)?\s+(\d+)", "".join(texts[1:first]), re.S)
        assert [int(n) for n in listed] == pages, docx.name  # and the 卷内目录 the same numbers
        assert first + sum(pages) + 1 == len(texts), docx.name
        starts = [i for i, t in enumerate(texts) if "全宗号" in t and "机构" in t]
        assert [b - a for a, b in zip(starts, [*starts[1:], len(texts) - 1], strict=True)] == pages, docx.name
        assert "备考表" in texts[-1] and "PDF 版" in texts[-1]
        assert f"档案校验码：{verify_code(folder)}" in texts[-1].replace("\r\n", "").replace("\n", "")
    assert verify(folder) == []
    pdf = folder / "03_三会一课及组织生活记录.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x20
    pdf.write_bytes(bytes(data))
    assert [(p.name, p.what) for p in verify(folder)] == [(pdf.name, "已修改")]


def verify_code(folder: Path) -> str:
    from dangjian_desktop.export.manifest import CHECK_DIR, MANIFEST, fingerprint

    return fingerprint((folder / CHECK_DIR / MANIFEST).read_bytes())


def test_cli_export(db: Database, demo: str, db_arg: str, tmp_path: Path) -> None:
    db.dispose()
    assert main(["export", "--db", db_arg, "--year", "2026", "--out", str(tmp_path), "--no-page-count"]) == 0
    folder = next(tmp_path.glob("*_2026_党建档案"))
    assert verify(folder) == []


def test_export_from_the_window_in_the_background(qtbot: QtBot, db: Database, demo: str, db_arg: str,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox

    from dangjian_desktop.app import create_main_window
    from tests.helpers import with_dialog

    db.dispose()
    win = create_main_window(db_arg)
    qtbot.addWidget(win)
    out = tmp_path / "导出"
    out.mkdir()
    infos: list[str] = []
    monkeypatch.setattr(win.dialogs, "choose_folder", lambda *_a: out)
    monkeypatch.setattr(win.dialogs, "info", lambda text, *_a: infos.append(text))
    monkeypatch.setattr(win.dialogs, "info_with_folder", lambda text, folder, *_a: infos.append(f"{text}|{folder}"))

    def options(dialog: QDialog) -> None:
        dialog.findChild(QCheckBox, "archiveCount").setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(qtbot, options)
    win.archive_action.trigger()
    folder = next(out.iterdir())
    assert infos and "已导出到" in infos[0] and infos[0].endswith(f"|{folder}")  # with 打开文件夹
    assert verify(folder) == []
    monkeypatch.setattr(win.dialogs, "choose_folder", lambda *_a: folder)
    win.verify_action.trigger()  # 文件 → 核对档案
    assert "核对无误" in infos[-1] and "档案校验码" in infos[-1]

    with win.db.session_scope() as s:
        findings = selfcheck.check_year(s, demo, 2026, today=TODAY).findings
    finding = next(f for f in findings if f.target.tab == "党员台账")
    win.go_to(finding.target)
    assert win.tabs.currentWidget() is win.roster_tabs
    assert win.ledger.current_id() == finding.target.record_id
    win.close()
