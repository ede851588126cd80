"""The 汇总's Word report and .xlsx reopened: the township named in the title and as 落款, one 党费 cut-off, 合计
rows that are the sums of their columns, names and figures on one line, notes kept with their tables, the
workbooks' notes, print titles, page numbers and fonts; the order of the branches."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm
from openpyxl import load_workbook

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import Branch
from dangjian_desktop.export import docx_layout as dl
from dangjian_desktop.export.township_report import header_lines
from dangjian_desktop.services.township import summary as ts
from dangjian_desktop.services.township import summary_report as tr
from dangjian_desktop.services.township.order import report_order
from dangjian_desktop.services.township.statistics_export import export_party_stats
from tests.services.test_reconciliation import TODAY, YEAR
from tests.services.test_township_summary import _demo

PARENT = "中共榆中县清水驿乡委员会"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def town(db: Database, tmp_path: Path) -> tuple[ts.TownshipSummary, Path, Path]:
    ids = _demo(db, range(1, 4))
    with db.session_scope() as s:
        for i, (branch_id, name) in enumerate(zip(ids, ("后岘村", "柳沟村", "黄堡村"), strict=True)):
            b = s.get(Branch, branch_id)
            assert b is not None
            b.name, b.parent_org = f"中共清水驿乡{name}党支部", PARENT
            if i == 2:  # one branch without a 上级党组织: the others' is still the common one
                b.parent_org = ""
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
        docx = tr.write_report(s, year=YEAR, path=tmp_path / "汇总.docx", today=TODAY)
        xlsx = tr.write_report(s, year=YEAR, path=tmp_path / "汇总.xlsx", today=TODAY)
    return summary, docx, xlsx


def _number(text: str) -> float:
    return float(text) if text.replace(".", "", 1).isdigit() else 0.0


def test_word_report_names_the_township_and_says_one_cut_off(town: tuple[ts.TownshipSummary, Path, Path]) -> None:
    summary, docx, _xlsx = town
    doc = Document(str(docx))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == f"{PARENT}\n各党支部{YEAR}年度党建工作汇总"
    assert texts[-2].strip() == PARENT and texts[-1].strip() == f"{TODAY.year}年{TODAY.month}月{TODAY.day}日"  # 落款
    assert doc.core_properties.title == tr.title(YEAR, PARENT)
    ended = [summary.dues_total(m) for m in range(1, 13) if summary.dues_total(m).due_now]
    assert len(ended) == 10
    due, paid = sum(t.due_fen for t in ended), sum(t.paid_fen for t in ended)
    owed = sum(summary.dues_total(m).owed_fen for m in range(1, 13))
    year_due = sum(summary.dues_total(m).due_fen for m in range(1, 13))
    line = next(t for t in texts if t.startswith("党费："))
    assert (f"已结束的1—10月应缴{due / 100:.2f}元，实缴{paid / 100:.2f}元，欠缴{owed / 100:.2f}元；"
            f"全年应缴{year_due / 100:.2f}元（含未到期的11—12月）") in line
    assert "略去了共同的“中共清水驿乡”" in "".join(texts)

    tables = {t.rows[0].cells[0].text + "|" + t.rows[0].cells[-1].text: t for t in doc.tables}
    overview = doc.tables[0]
    assert [c.text for c in overview.rows[1].cells[:2]] == ["1", summary.branches[0].name.removeprefix("中共清水驿乡")]
    # every 合计 is the sum of its column (counts and money)
    checked = 0
    for table in doc.tables:
        last = [c.text for c in table.rows[-1].cells]
        if "合计" not in last[:2] and not last[0].endswith("合计"):
            continue
        heads = [c.text.replace("\n", "") for c in table.rows[0].cells]
        body = [[c.text for c in r.cells] for r in table.rows[1:-1] if not r.cells[0].text.endswith("小计")]
        for k, head in enumerate(heads):
            counted = "(元)" in head or "(人次)" in head or "(件)" in head or head.endswith("月")
            if counted and last[k] and last[k] != "合计":
                assert abs(_number(last[k]) - sum(_number(r[k]) for r in body)) < 0.005, (head, last[k])
                checked += 1
    assert checked >= 20
    branch_dues = next(t for k, t in tables.items() if "补交" in k and t.rows[0].cells[0].text == "序号")
    heads = [c.text.replace("\n", "") for c in branch_dues.rows[0].cells]
    assert heads[3:7] == ["1—10月应缴(元)", "1—10月实缴(元)", "1—10月欠缴(元)", "全年应缴(元)"]
    assert branch_dues.rows[-1].cells[3].text == f"{due / 100:.2f}"

    # names, dates and figures on one line: each column at least as wide as its longest such cell
    size = 10.5
    for table in doc.tables:
        widths = [c.width for c in table.rows[0].cells]
        for row in table.rows[1:]:
            for c, cell in enumerate(row.cells):
                run = cell.paragraphs[0].runs
                pt = run[0].font.size.pt if run and run[0].font.size else size
                if cell.text and c < len(widths) and len(row.cells) == len(widths) and "：" not in cell.text:
                    need = dl.text_em(cell.text) * pt * (1.08 if run and run[0].bold else 1) * 25.4 / 72
                    assert widths[c] >= Mm(need), (cell.text, widths[c].mm, need)
    # the 落款 never starts a page alone: the last note, and the blank line, are kept with it
    assert all(p.paragraph_format.keep_with_next for p in doc.paragraphs[-4:-1])
    assert doc.paragraphs[-4].text.startswith("注：“本地”")
    # a note never starts a page alone: the last rows before it are kept with it
    for table in doc.tables:
        after = table._tbl.getnext()
        if after is not None and after.tag == f"{W}p" and "".join(after.itertext()).startswith("注："):
            for p in table.rows[-1].cells[0].paragraphs:
                assert p.paragraph_format.keep_with_next


def _column(ws: object, col: int, rows: range) -> list[object]:
    return [ws.cell(r, col).value for r in rows]  # type: ignore[attr-defined]


def test_workbook_totals_notes_print_set_up_and_fonts(town: tuple[ts.TownshipSummary, Path, Path],
                                                      db: Database, tmp_path: Path) -> None:
    summary, _docx, xlsx = town
    wb = load_workbook(io.BytesIO(xlsx.read_bytes()))
    n = len(summary.branches)
    for name in ("总览", "学习、发展党员和一人一事", "党费（各支部逐月欠缴人数）", "党费（各支部全年）"):
        ws = wb[name]
        assert ws.cell(1, 1).value == tr.title(YEAR, PARENT)
        assert ws.cell(4 + n, 2).value == "合计"
        summed = 0
        for c in range(3, ws.max_column + 1):
            total = ws.cell(4 + n, c).value
            if isinstance(total, int | float) and not isinstance(total, bool):
                values = _column(ws, c, range(4, 4 + n))
                assert total == pytest.approx(sum(v for v in values if isinstance(v, int | float))), (name, c)
                summed += 1
        assert summed >= 3, name
        note_row = 4 + n + 2
        assert str(ws.cell(note_row, 1).value).startswith("注：")
        assert f"A{note_row}:{ws.cell(3, ws.max_column).column_letter}{note_row}" in {str(r) for r in ws.merged_cells}
        assert ws.cell(note_row, 1).alignment.wrap_text and ws.row_dimensions[note_row].height > 15
        assert ws.print_title_rows == "$1:$3" and "&P" in ws.oddFooter.center.text
        assert ws.cell(1, 1).font.name == "黑体" and ws.cell(4, 2).font.name == "宋体"
        assert all("\n" not in str(ws.cell(3, c).value) or len(str(ws.cell(3, c).value).split("\n")[0]) >= 2
                   for c in range(1, ws.max_column + 1))
    months = wb["党费（全部支部逐月）"]
    assert months.cell(4 + 12, 1).value == "1—10月小计" and months.cell(4 + 13, 1).value == "全年合计"
    assert months.cell(4 + 13, 3).value == pytest.approx(sum(_column(months, 3, range(4, 16))))  # type: ignore[arg-type]
    assert months.cell(4 + 12, 3).value == pytest.approx(sum(_column(months, 3, range(4, 14))))  # type: ignore[arg-type]
    assert months.cell(4 + 12, 3).font.b
    detail = wb["党费逐月明细"]
    assert detail.cell(4 + 12, 2).value == "1—10月小计" and detail.cell(4 + 13, 2).value == "全年小计"
    assert detail.cell(4 + 13, 4).value == pytest.approx(sum(_column(detail, 4, range(4, 16))))  # type: ignore[arg-type]
    assert detail.print_title_rows == "$1:$3"
    packages = wb["数据包报送"]
    assert _column(packages, 8, range(4, 4 + n)) == ["正常"] * n and _column(packages, 3, range(4, 4 + n)) == ["未填"] * n

    stats = tmp_path / "党内统计.xlsx"
    with db.session_scope() as s:
        export_party_stats(s, year=YEAR, path=stats, as_of=TODAY)
    ps = load_workbook(stats)["两年党员数综合比较"]
    assert ps.cell(1, 1).font.name == "黑体" and ps.cell(6, 1).font.name == "宋体"
    assert ps.cell(6, 1).font.sz == wb["总览"].cell(4, 2).font.sz  # one scheme for both workbooks
    assert "&P" in ps.oddFooter.center.text
    assert [ps.cell(7 + i, 1).value for i in range(n)] == [b.name for b in report_order(summary.branches)]


@dataclass
class _B:
    name: str
    code: str = ""


def test_report_order_by_code_when_every_branch_has_one_else_by_strokes() -> None:
    coded = [_B("中共丙村党支部", "10"), _B("中共甲村党支部", "2"), _B("中共乙村党支部", "A1")]
    assert [b.code for b in report_order(coded)] == ["2", "10", "A1"]
    named = [_B("中共王村党支部", "1"), _B("中共丁村党支部"), _B("中共三村党支部")]
    assert [b.name for b in report_order(named)] == ["中共丁村党支部", "中共三村党支部", "中共王村党支部"]  # 丁2 三3 王4


def test_headers_break_between_words() -> None:
    assert header_lines("欠缴党费(元)") == "欠缴\n党费(元)"
    assert header_lines("一人一事未结(件)") == "一人一事\n未结(件)"
    assert header_lines("组织生活会全年") == "组织\n生活会全年"
    assert header_lines("支委会") == "支委会"


def test_a_past_year_says_its_whole_year(town: tuple[ts.TownshipSummary, Path, Path], db: Database) -> None:
    with db.session_scope() as s:
        past = ts.township_summary(s, year=YEAR - 1, today=TODAY)
    whole = tr.township_dues(past)
    assert whole.months_ended == 12 and whole.rest == ""
    assert tr.dues_text(past).startswith(f"党费：截至{YEAR - 1}年12月31日，全年应缴{whole.due_fen / 100:.2f}元")
    table = tr.dues_branch_table(past)
    assert table.headers[3:6] == ["全年应缴(元)", "全年实缴(元)", "全年欠缴(元)"] and "全年应缴(元)" not in table.headers[6:]
    assert "已结束" not in (table.note or "")
