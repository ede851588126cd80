"""The 学习笔记 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.placeholder_tab import PlannedTab


class StudyTab(PlannedTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__("学习笔记", "集中学习、学时统计、党员学习笔记和心得体会。", parent)
        self.db, self.events, self.dialogs = db, events, dialogs
