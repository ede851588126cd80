"""The 年度自查 tab: every row of the year grid in view at the window's default size."""

from __future__ import annotations

from datetime import date

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
