"""The 会议记录 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.placeholder_tab import PlannedTab


class MeetingsTab(PlannedTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__("会议记录", "三会一课、主题党日、组织生活会等会议的记录、签到与打印。", parent)
        self.db, self.events, self.dialogs = db, events, dialogs
