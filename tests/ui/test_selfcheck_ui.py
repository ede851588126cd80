"""The 年度自查 tab: every row of the year grid in view at the window's default size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dangjian_desktop.ui.main_window import MainWindow


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
