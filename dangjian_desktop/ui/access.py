"""What the window offers the person signed in on a server, and what it shows of others' changes.

The roles are enforced in services/users.py whatever the window shows; here a 查阅 account sees no
editing actions at all, and a 记录员 no settings, users, backups or new branches. On a server other
people save too: while the window is in front it looks every few seconds at the 修改记录 for tables
someone changed and tells the open tabs, as after its own saves (``DataEvents``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import Changed, concurrency, users
from dangjian_desktop.ui.events import DataEvents

# the tab actions that change records (by their object names); reading, printing and exporting stay
EDIT_ACTION = re.compile(
    r"^(add|delete|edit|new|batch|close|reopen|finalize|collect|record|assess|carry|cardTypes|studyTargets"
    r"|discipline|transfer|logVisit|end|review|remove|workdays|recycleBin)")
REFRESH_MS = 5000


def edit_actions(root: QWidget) -> list[QAction]:
    return [a for a in root.findChildren(QAction) if EDIT_ACTION.match(a.objectName())]


def hide(actions: list[QAction]) -> None:
    """Hidden, not only disabled: the tabs enable their actions by selection, and a hidden action's
    button and shortcut are gone with it."""
    for action in actions:
        action.setVisible(False)


def role_text(user: users.CurrentUser) -> str:
    return f"登录：{user.name}（{user.role}）"


class ServerRefresh(QObject):
    """While ``window`` is the active window: every few seconds, the tables others changed → ``events``."""

    def __init__(self, db: Database, events: DataEvents, window: QWidget, interval_ms: int = REFRESH_MS) -> None:
        super().__init__(window)
        self.db, self.events, self.window = db, events, window
        self.watch = concurrency.Watch()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.check(force=True)  # starts watching from now
        self.timer.start()

    def check(self, force: bool = False) -> list[str]:
        if not force and not self.window.isActiveWindow():
            return []
        with self.db.session_scope() as s:
            tables = concurrency.changes_since(s, self.watch)
        for table in tables:
            self.events.emit_changed(Changed(table, ()))
        return tables
