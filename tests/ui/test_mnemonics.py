"""Keyboard: every Alt+letter in a window is unique among what is visible, and it does what it says."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from dangjian_desktop.ui import tour
from dangjian_desktop.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def mnemonics(window: QWidget) -> dict[str, list[tuple[str, QWidget]]]:
    """Visible mnemonics of ``window``: letter → [(text, widget)]."""
    found: dict[str, list[tuple[str, QWidget]]] = defaultdict(list)

    def add(text: str, widget: QWidget) -> None:
        if letter(text):
            found[letter(text)].append((text, widget))

    for bar in window.findChildren(QMenuBar):
        if bar.isVisibleTo(window):
            for act in bar.actions():
                if act.isVisible():
                    add(act.text(), bar)
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.window() is window:
            add(button.text(), button)
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None and label.window() is window:
            add(label.text(), label)
    for tabs in window.findChildren(QTabBar):
        if tabs.isVisibleTo(window):
            for i in range(tabs.count()):
                add(tabs.tabText(i), tabs)
    return found


def duplicates(window: QWidget) -> dict[str, list[str]]:
    return {k: [t for t, _w in v] for k, v in mnemonics(window).items() if len(v) > 1}


def unanswered(window: QWidget) -> list[str]:
    """Buttons showing "(X)" whose Alt+X is not registered (an action's button loses it to iconText)."""
    out = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        shown = re.search(r"\(([A-Z])\)", button.text())
        if (shown and not letter(button.text())) or (letter(button.text()) and button.shortcut() != QKeySequence.mnemonic(button.text())):
            out.append(button.text())
    return out


def test_main_window_mnemonics_are_unique_on_every_tab(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QTabWidget

    problems = {}
    for name, step in tour.tab_steps():
        step(demo_window)
        QApplication.processEvents()
        page = demo_window.tabs.currentWidget()
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(demo_window)]
        for sub in inner or [None]:
            for i in range(sub.count() if sub is not None else 1):
                if sub is not None:
                    sub.setCurrentIndex(i)
                    QApplication.processEvents()
                where = f"{name}/{sub.tabText(i) if sub is not None else ''}"
                if duplicates(demo_window) or unanswered(demo_window):
                    problems[where] = (duplicates(demo_window), unanswered(demo_window))
    assert not problems, problems


def test_every_dialog_has_unique_mnemonics(qtbot: QtBot, demo_window: MainWindow) -> None:
    problems: dict[str, object] = {}

    def seen(dialog: QWidget) -> None:
        if duplicates(dialog) or unanswered(dialog):
            problems[dialog.windowTitle()] = (duplicates(dialog), unanswered(dialog))

    with tour.capturing_dialogs(seen):
        for _name, step in tour.dialog_steps():
            step(demo_window)
    assert not problems, problems


@pytest.mark.parametrize(("key", "title"), [("A", "新增人员"), ("M", "编辑人员信息"), ("R", "回收站")])
def test_alt_letter_on_a_button_opens_its_dialog(qtbot: QtBot, demo_window: MainWindow, key: str, title: str) -> None:
    win = demo_window
    win.activateWindow()
    qtbot.waitActive(win)
    tour._show_tab(win, "花名册")
    tour._select_first(win.ledger.table)
    QApplication.processEvents()
    opened: list[str] = []
    with tour.capturing_dialogs(lambda d: opened.append(d.windowTitle())):
        qtbot.keyClick(win, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: bool(opened))  # a mnemonic "animates" the click for a moment
    assert opened == [title]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the off-screen platform's menus
def test_alt_f_opens_the_file_menu_and_alt_s_the_search(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    win.activateWindow()
    qtbot.waitActive(win)
    tour._show_tab(win, "花名册")
    QApplication.processEvents()
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert win.ledger.filter_edit.hasFocus()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.title() == "文件(&F)"
    popup.close()
