"""文件 → 党内统计表: the township or one branch, the figures and the 差额 shown before exporting, the export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.party_stats_dialog import TOWNSHIP, PartyStatsDialog
from tests.factories import person_input

TODAY = date(2026, 3, 1)


@pytest.fixture
def two_branches(db: Database, branch_id: str) -> str:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国"), today=TODAY)
        people.save_person(s, branch_id, data=person_input("王五", status="去世"), today=TODAY)  # no date
        other = branches.create_branch(s, branches.BranchInput(name="中共测试社区党支部")).id
        people.save_person(s, other, data=person_input("李秀英", male=False, category="预备党员", join=date(2025, 6, 30)),
                           today=TODAY)
    return other


def test_choose_scope_and_year_then_export(db: Database, two_branches: str, qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = DialogService()
    dialog = PartyStatsDialog(db, dialogs, today=TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.scope.itemText(i) for i in range(ui.scope.count())] == [TOWNSHIP, "中共测试村党支部", "中共测试社区党支部"]
    assert ui.year.value() == 2025 and ui.year.maximum() == 2026
    assert "发展党员1" in ui.summary.toPlainText() and "本年底党员数 3" in ui.summary.toPlainText()

    ui.year.setValue(2026)  # 王五's 去世 has no date: it shows as a 差额 in the year being reported
    text = ui.summary.toPlainText()
    assert "差额 -1" in text and "王五" in text and "未填状态日期" in text

    ui.scope.setCurrentIndex(2)
    assert dialog.branch_id() == two_branches
    assert "差额 0" in ui.summary.toPlainText()

    out = tmp_path / "社区.xlsx"
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: out)
    monkeypatch.setattr(dialogs, "info_with_folder", lambda text, *_a: shown.append(text))
    dialog.export_button.click()
    assert shown and str(out) in shown[0] and "差额为0" in shown[0]
    ws = load_workbook(out)["两年党员数综合比较"]
    assert ws.cell(6, 1).value == "中共测试社区党支部" and ws.cell(6, 12).value == 1


def test_a_single_branch_offers_no_township(db: Database, branch_id: str, qtbot: QtBot) -> None:
    dialog = PartyStatsDialog(db, DialogService(), today=TODAY)
    qtbot.addWidget(dialog)
    assert [dialog.ui.scope.itemText(i) for i in range(dialog.ui.scope.count())] == ["中共测试村党支部"]
    assert dialog.export_button.text() == "导出(&E)…"


def test_person_detail_shows_a_lifted_suspension(db: Database, branch_id: str, qtbot: QtBot) -> None:
    from dangjian_desktop.ui.ledger.person_detail import PersonDetail

    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input(
            "吴用", suspended_date=date(2024, 6, 1), restored_date=date(2025, 7, 1)), today=TODAY).id
    detail = PersonDetail(db)
    qtbot.addWidget(detail)
    detail.show_person(pid)
    assert "停止党籍\n2024-06-01，2025-07-01恢复党籍" in detail.toPlainText()
