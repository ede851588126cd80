"""The 年度自查 tab: every row of the year grid in view at the window's default size."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.domain.selfcheck_start import UNUSED
from dangjian_desktop.services import branches
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.first_run import FirstRunDialog
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.selfcheck.tab import SelfCheckTab


def test_every_grid_row_is_visible_without_scrolling(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    win.tabs.setCurrentWidget(win.selfcheck)
    QApplication.processEvents()
    tab = win.selfcheck
    labels = [row.label for row in tab.grid.rows]
    assert {"组织生活会", "民主评议党员", "谈心谈话", "党费收缴"} <= set(labels)
    scroll = tab.grid_scroll
    assert not scroll.verticalScrollBar().isVisible()
    viewport = scroll.viewport().rect()
    for r, row in enumerate(tab.grid.rows):
        rect = tab.grid.cell_rect(r, row.cells[-1])
        shown = tab.grid.mapToParent(rect.bottomRight())  # the grid sits in the viewport
        assert viewport.contains(shown), f"row {row.label} is cut off"
    # and the findings below keep room for several lines
    assert tab.findings.viewport().height() >= 4 * tab.findings.verticalHeader().defaultSectionSize()


def test_start_date_is_asked_at_setup_and_editable(qtbot: QtBot, db: Database) -> None:
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.started_on.value() == date.today().replace(day=1)  # offered: the start of this month
    dialog.ui.branchName.setText("中共新村党支部")
    dialog.started_on.set_value(date(2026, 1, 1))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session_scope() as s:
        branch_id = branches.current_branch_id(s)
        assert branch_id and branches.get_branch(s, branch_id).started_on == date(2026, 1, 1)
    edit = FirstRunDialog(db, branch_id=branch_id)
    qtbot.addWidget(edit)
    assert edit.started_on.value() == date(2026, 1, 1)
    edit.started_on.set_value(date(2030, 1, 1))
    edit.save()
    assert edit.result() != QDialog.DialogCode.Accepted and "今天之后" in edit.ui.errorSummary.text() + "".join(
        w.toolTip() for w in edit.findChildren(QWidget))
    edit.started_on.set_value(date(2025, 6, 1))
    edit.save()
    with db.session_scope() as s:
        assert branches.get_branch(s, branch_id).started_on == date(2025, 6, 1)


def test_grid_draws_unused_months(qtbot: QtBot, db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        b = branches.get_branch(s, branch_id)
        branches.update_branch(s, branch_id, branches.BranchInput(name=b.name, kind=b.kind,
                                                                  started_on=date(2026, 10, 1)),
                               today=date(2026, 11, 21))
    tab = SelfCheckTab(db, DataEvents(), DialogService(), today=date(2026, 11, 21))
    qtbot.addWidget(tab)
    tab.show()
    row = next(r for r in tab.grid.rows if r.rule_key == "branch_committee")
    assert row.cells[0].state == UNUSED and row.cells[9].state == "missing"
    assert not [f for f in tab.result.findings if f.target.tab == "会议记录" and 0 < f.target.month < 10]
    assert tab.grid.grab().width() > 0  # paints the 未启用 cells without error


def _double_click_finding(qtbot: QtBot, tab: SelfCheckTab, row: int) -> None:
    table = tab.findings
    table.scrollToItem(table.item(row, 1))
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_on_a_finding_selects_what_it_is_about(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    win.tabs.setCurrentWidget(win.selfcheck)
    QApplication.processEvents()
    tab = win.selfcheck
    assert tab.result is not None
    checked: set[str] = set()
    for row, finding in enumerate(tab.result.findings):
        target = finding.target
        if not target.record_id or target.tab in checked:
            continue
        win.tabs.setCurrentWidget(win.selfcheck)
        QApplication.processEvents()
        _double_click_finding(qtbot, tab, row)
        QApplication.processEvents()
        assert win.tabs.currentWidget() is not win.selfcheck, (row, finding.text)
        if target.tab == "会议记录":
            assert win.tabs.currentWidget() is win.meetings and win.meetings.selected_id() == target.record_id
        elif target.tab == "党费":
            assert win.roster_tabs.currentWidget() is win.dues and win.dues.selected_row() == target.record_id
        elif target.tab == "党员台账":
            assert win.roster_tabs.currentWidget() is win.ledger and win.ledger.current_id() == target.record_id
        elif target.tab == "三卡一法":
            assert win.tabs.currentWidget() is win.cases and win.cases.selected_id() == target.record_id
        elif target.tab == "学习笔记":
            view = win.study.year_view
            assert win.tabs.currentWidget() is win.study and win.study.views.currentIndex() == 2
            assert win.study.year_model.key_at(view.currentIndex().row()) == target.record_id
            assert view.selectionModel().isRowSelected(view.currentIndex().row())
        else:
            continue
        assert "已转到" in win.statusBar().currentMessage()
        checked.add(target.tab)
    assert checked >= {"会议记录", "党费", "党员台账", "三卡一法"}, checked


def test_a_missing_month_leads_to_that_month(qtbot: QtBot, demo_window: MainWindow) -> None:
    from dangjian_desktop.domain import selfcheck as sc
    from dangjian_desktop.ui.dues.model import FIRST_MONTH

    win = demo_window
    win.tabs.setCurrentWidget(win.selfcheck)
    QApplication.processEvents()
    win.selfcheck.navigate.emit(sc.Target("党费", month=4))
    QApplication.processEvents()
    assert win.roster_tabs.currentWidget() is win.dues
    current = win.dues.grid.currentIndex()
    assert current.column() == FIRST_MONTH + 3  # April's column, on the first member who owes for it
    row = win.dues.model.row_at(current.row())
    assert row is not None and row.months[3].owed_fen > 0 and win.dues.selected_row() == row.person_id
    win.selfcheck.navigate.emit(sc.Target("会议记录", month=12))
    assert win.tabs.currentWidget() is win.meetings and win.meetings.selected_id() is None
    assert "12月没有" in win.statusBar().currentMessage()
