"""Tab actions: a QAction with a shortcut that works anywhere inside the tab, and a button for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget


def tab_action(owner: QWidget, bar: QBoxLayout | None, text: str, slot: Any, name: str,
               shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
    """An action on ``owner`` (shortcut scoped to it and its children), with a tool button in ``bar``."""
    action = QAction(text, owner, objectName=name)
    action.setIconText(text)  # the button keeps the "&": its Alt+letter works
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    if bar is not None:
        button = QToolButton()
        button.setDefaultAction(action)
        # a hidden action (nothing to change here: ui/access.py) takes its button with it
        action.visibleChanged.connect(lambda: button.setVisible(action.isVisible()))
        bar.addWidget(button)
    return action
