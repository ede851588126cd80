"""Smaller things a secretary trips over: empty lists, ticked attendance, date order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from dangjian_desktop.ui import tour
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.widgets import DateField


def test_small_items(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    dialogs: list[QDialog] = []

    def look(dialog: QDialog) -> None:
        dialogs.append(dialog)
        title = dialog.windowTitle()
        if title == "新建会议记录":  # 上移/下移 off while there is nothing to move
            ui = dialog.ui  # type: ignore[attr-defined]
            assert ui.itemList.count() == 0
            assert not ui.upItemButton.isEnabled() and not ui.downItemButton.isEnabled()
        elif title == "登记学习活动":  # attendance starts all ticked, as for meetings
            items = dialog.ui.attendees  # type: ignore[attr-defined]
            assert items.count() > 10
            assert all(items.item(i).checkState() == Qt.CheckState.Checked for i in range(items.count()))

    with tour.capturing_dialogs(look):
        for name, step in tour.dialog_steps():
            if name in ("dlg_新建会议", "dlg_登记学习活动"):
                step(win)
    assert [d.windowTitle() for d in dialogs] == ["新建会议记录", "登记学习活动"]
    # no week numbers in the calendars
    field = DateField()
    qtbot.addWidget(field)
    from PySide6.QtWidgets import QCalendarWidget

    assert field._calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    # study search: newest first; nothing found says so
    tour._show_tab(win, "学习笔记")
    win.study.search_edit.setText("学习")
    win.study.run_search()
    QApplication.processEvents()
    dates = [h.when for h in win.study.found]
    assert len(dates) > 2 and dates == sorted(dates, reverse=True)
    win.study.search_edit.setText("没有这样的词语")
    win.study.run_search()
    assert win.study.search_summary.text().startswith("没有找到")
