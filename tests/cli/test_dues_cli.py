"""``dues-report`` on the demo branch: the arrears list and totals, and the 登记表 reopened with openpyxl."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select as core_select
from sqlmodel import col

from dangjian_desktop import cli
from dangjian_desktop.cli import dues as cli_dues
from dangjian_desktop.db import Database
from dangjian_desktop.db.models import DuesPayment, DuesPaymentMonth
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.services import branches
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.dues import export as dues_export
from dangjian_desktop.services.dues.export import REGISTER_HEADERS, register

TODAY = date(2026, 3, 15)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "演示.sqlite3"
    db = open_database(path)
    try:
        with db.session_scope() as s:
            create_demo_branch(s, today=TODAY)
    finally:
        db.dispose()
    return path


def paid_by_month(path: Path, year: int) -> dict[int, int]:
    """What the database says was paid for each month of ``year``, in fen."""
    db = open_database(path)
    try:
        with db.session_scope() as s:
            stmt = (core_select(col(DuesPaymentMonth.month), col(DuesPaymentMonth.amount_fen))
                    .join(DuesPayment, col(DuesPayment.id) == col(DuesPaymentMonth.payment_id))
                    .where(col(DuesPaymentMonth.year) == year, col(DuesPaymentMonth.deleted_at).is_(None),
                           col(DuesPayment.deleted_at).is_(None)))
            totals: dict[int, int] = defaultdict(int)
            for month, amount in s.execute(stmt):
                totals[month] += amount
            return dict(totals)
    finally:
        db.dispose()


def fen(value: object) -> int:
    return int(Decimal(str(value or 0)) * 100)


def test_report_of_a_past_year_prints_arrears_and_totals(demo_db: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "党费收缴登记表.xlsx"
    assert cli.main(["dues-report", "--db", str(demo_db), "--year", "2025", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "2025年度党费收缴情况（全年）" in text
    assert "欠缴名单（统计到2025年12月，共2人）" in text
    assert "连续5个月未交（2025年8月—12月）" in text and "【提醒】" in text  # the one 6+ months behind by March
    assert "连续2个月未交（2025年11月—12月）" in text
    assert "12月　" in text and "全年合计：应缴" in text and f"已导出党费收缴登记表：{out}" in text

    by_month = paid_by_month(demo_db, 2025)
    wb = load_workbook(out)
    ws = wb.active
    assert ws is not None and ws.title == "党费收缴登记表"
    assert ws.page_setup.orientation == "landscape"
    assert [c.value for c in ws[3]] == list(REGISTER_HEADERS)
    body = [list(r) for r in ws.iter_rows(min_row=4, values_only=True)]
    total_row = next(r for r in body if r[1] == "合计")
    rows = body[:body.index(total_row)]
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    # each month's total and the year's total equal the payments recorded for 2025
    assert [fen(total_row[6 + m]) for m in range(12)] == [by_month.get(m + 1, 0) for m in range(12)]
    assert fen(total_row[19]) == sum(by_month.values())
    # and every member's 全年实缴 is the sum of the months shown for them
    for r in rows:
        months = [fen(v) for v in r[6:18] if not isinstance(v, str)]
        assert fen(r[19]) == sum(months), r[1]
    assert fen(total_row[18]) == sum(fen(r[18]) for r in rows)
    marks = {v for r in rows for v in r[6:18] if isinstance(v, str)}
    assert marks <= {"免交", "—"} and "免交" in marks
    assert any("补交9月—11月" in (r[20] or "") for r in rows)


def test_report_of_the_current_year(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser, _handlers = cli.build_parser()
    args = parser.parse_args(["dues-report", "--db", str(demo_db), "--year", "2026"])
    assert cli_dues.run(args, today=TODAY) == 0
    text = capsys.readouterr().out
    assert "（截至2026年3月15日）" in text and "统计到2026年2月，共3人" in text
    assert "连续7个月未交（2025年8月—2026年2月）" in text and "【严重】" in text
    assert "连续4个月未交（2025年11月—2026年2月）" in text
    assert "连续1个月未交（2026年2月）" in text


def test_the_demo_dues_are_the_same_for_the_same_seed(tmp_path: Path) -> None:
    registers = []
    for index in range(2):
        db = open_database(tmp_path / f"{index}.sqlite3")
        try:
            with db.session_scope() as s:
                branch_id = create_demo_branch(s, today=TODAY, seed=7, years=2).id
                registers.append([register(s, branch_id, year, as_of=TODAY).rows for year in (2024, 2025, 2026)])
        finally:
            db.dispose()
    assert registers[0] == registers[1]


def test_bad_branch_or_year_gives_a_clear_message(demo_db: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_db)
    try:
        with db.session_scope() as s:
            branches.create_branch(s, branches.BranchInput(name="中共第二村党支部"))
    finally:
        db.dispose()
    assert cli.main(["dues-report", "--db", str(demo_db), "--year", "2025"]) == 2
    assert "请用 --branch 指定" in capsys.readouterr().err
    assert cli.main(["dues-report", "--db", str(demo_db), "--year", "2025", "--branch", "中共第二村党支部"]) == 0
    assert "欠缴名单（统计到2025年12月）：无" in capsys.readouterr().out
    assert cli.main(["dues-report", "--db", str(demo_db), "--year", "25"]) == 2
    assert "年度“25”不正确" in capsys.readouterr().err
    missing = tmp_path / "没有这个文件夹" / "登记表.xlsx"
    assert cli.main(["dues-report", "--db", str(demo_db), "--year", "2025", "--branch", "中共第二村党支部",
                     "--out", str(missing)]) == 2
    assert "保存位置不存在" in capsys.readouterr().err


def test_demo_register_docx_and_pdf_totals(db: Database, tmp_path: Path) -> None:
    today = date(2026, 11, 21)
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=today).id
    with db.session_scope() as s:
        reg = dues_export.export_register(s, branch_id, 2026, tmp_path / "登记表.docx", as_of=today)
        dues_export.export_register(s, branch_id, 2026, tmp_path / "登记表.pdf", as_of=today)
    grid = reg.grid
    doc = Document(str(tmp_path / "登记表.docx"))
    table = doc.tables[0]
    assert len(table.rows) == 1 + len(grid.rows) + 1
    totals = [c.text for c in table.rows[-1].cells]
    assert totals[1] == "合计"
    assert totals[6:18] == [format_fen(m.paid_fen) for m in grid.months]
    assert totals[18:20] == [format_fen(grid.year_due_fen), format_fen(grid.year_paid_fen)]
    paid_cells = sum(int(Decimal(c.text) * 100) for row in table.rows[1:-1] for c in row.cells[6:18]
                     if c.text.replace(".", "").isdigit())
    assert paid_cells == grid.year_paid_fen
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "登记表.pdf")).pages)
    assert format_fen(grid.year_paid_fen) in text
