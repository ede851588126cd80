"""The 三卡一法 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.placeholder_tab import PlannedTab


class CasesTab(PlannedTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__("三卡一法", "一人一事思想政治工作：思想动态卡、谈心谈话卡、帮扶解难卡。", parent)
        self.db, self.events, self.dialogs = db, events, dialogs
