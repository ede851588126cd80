"""年度自查 on a real database: gathered facts, the tab's grid and findings, the report and the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues import payments as dues_payments
from dangjian_desktop.services.dues import standards as dues
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.year import selfcheck
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.selfcheck.tab import SelfCheckTab
from tests.factories import person_input

TODAY = date(2026, 11, 21)


@pytest.fixture
def gappy(db: Database, branch_id: str) -> str:
    """A branch with known gaps: 换届 due in 3 months, an overdue 首次谈话, 7 months of unpaid dues."""
    with db.session_scope() as s:
        b = branches.get_branch(s, branch_id)
        branches.update_branch(s, branch_id, branches.BranchInput(name=b.name, kind="其他",
                                                                  election_date=date(2024, 2, 20)), today=TODAY)
        people.save_person(s, branch_id, data=person_input("李瑞", category="入党申请人", join=None,
                                                       apply_date=date(2026, 9, 1)), today=TODAY)
        payer = people.save_person(s, branch_id, data=person_input("柴林志", join=date(2001, 7, 1)), today=TODAY).id
        dues.set_assessment(s, payer, 2026, dues.AssessmentInput(category="农民"))
        dues_payments.record_payment(s, payer, dues_payments.PaymentInput(
            paid_on=date(2026, 3, 30), months=[(2026, m) for m in (1, 2, 3)]), today=TODAY)
    return branch_id


def keyed(result: selfcheck.SelfCheck, key: str) -> list[str]:
    return [f.text for f in result.findings if f.rule_key == key]


def test_known_gaps_are_found(db: Database, gappy: str) -> None:
    with db.session_scope() as s:
        result = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    assert keyed(result, "term") == ["支委会将于2027-02-20届满，应做好换届准备"]
    assert keyed(result, "development") == ["李瑞：首次谈话已逾期"]
    assert keyed(result, "dues") == ["柴林志连续7个月未交纳党费"]
    dues_row = next(r for r in result.grid if r.rule_key == "dues")
    assert [c.state for c in dues_row.cells[:4]] == ["ok", "ok", "ok", "missing"]
    assert dues_row.cells[10].state == "pending"  # November is not over


def test_switching_a_rule_off(db: Database, gappy: str) -> None:
    with db.session_scope() as s:
        selfcheck.set_rules(s, gappy, sr.RuleTable().with_changes("term", enabled=False))
    with db.session_scope() as s:
        result = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    assert keyed(result, "term") == []
    assert keyed(result, "dues")


def test_tab_grid_click_and_report(qtbot: QtBot, db: Database, gappy: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = DialogService()
    tab = SelfCheckTab(db, DataEvents(), dialogs, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    assert tab.findings.rowCount() == len(tab.result.findings) >= 3  # type: ignore[union-attr]
    assert "严重" in tab.summary.text()
    grid = tab.grid
    row = next(i for i, r in enumerate(grid.rows) if r.rule_key == "dues")
    april = grid.rows[row].cells[3]
    with qtbot.waitSignal(tab.navigate) as blocker:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(row, april).center())
    assert (blocker.args[0].tab, blocker.args[0].month) == ("党费", 4)
    with qtbot.waitSignal(tab.navigate) as blocker:
        tab.open_finding(0)
    assert blocker.args[0].tab in ("党员台账", "党费", "支部信息", "会议记录", "三卡一法", "学习笔记")

    target = tmp_path / "自查报告.docx"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: target)
    monkeypatch.setattr(dialogs, "info", lambda *_a: None)
    tab.export_report()
    doc = Document(str(target))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "年度党建工作自查报告" in text and "柴林志连续7个月未交纳党费" in text
    assert doc.tables[0].rows[0].cells[1].text == "1月"


def test_cli_exits_non_zero_on_serious_findings(db: Database, gappy: str, db_arg: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    code = main(["check-year", "--db", db_arg, "--year", "2026", "--out", str(tmp_path / "报告.docx")])
    out = capsys.readouterr().out
    assert code == 1
    assert "【严重】柴林志" in out and (tmp_path / "报告.docx").exists()


def test_demo_branch_shows_its_planted_gaps(db: Database) -> None:
    """The demo year has one failed quorum, one 补录 meeting, arrears and overdue 发展党员 steps."""
    from dangjian_desktop.services.demo.branch import create_demo_branch

    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=TODAY).id
    with db.session_scope() as s:
        result = selfcheck.check_year(s, branch_id, 2026, today=TODAY)
    kinds = {f.rule_key for f in result.findings}
    assert {"quorum", "backfill", "dues", "development"} <= kinds
    committee = next(r for r in result.grid if r.rule_key == "branch_committee")
    assert sum(c.state == "ok" for c in committee.cells) >= 9  # the demo holds a 支委会 nearly every month
    assert committee.cells[10].state in ("ok", "pending")  # November is not over
