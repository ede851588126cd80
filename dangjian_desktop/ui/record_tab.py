"""The common frame of a record tab: the current branch, and refreshing only when it is looked at.

A hidden tab does not recompute its view on every change; it notes that it is out of date and refreshes
when shown (start-up then builds only the visible tab). A tab whose title counts something — 三卡一法's
overdue follow-ups — sets ``refresh_while_hidden``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents


class RecordTab(QWidget):
    refresh_while_hidden = False

    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.events, self.dialogs = db, events, dialogs
        self.today = today or date.today()
        self.branch_id: str | None = None
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload_branch()
        super().showEvent(event)

    def _deferred(self) -> bool:
        if self.isVisible() or self.refresh_while_hidden:
            return False
        self._stale = True
        return True

    def reload_branch(self) -> None:
        """The current branch may have changed: read it, then refresh."""
        if self._deferred():
            return
        with self.db.session_scope() as s:
            self.branch_id = branches.current_branch_id(s)
        self.reload()

    def reload(self) -> None:
        if self._deferred():
            return
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Fill the tab's views from the records of ``self.branch_id``."""
        raise NotImplementedError
