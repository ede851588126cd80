"""The quick integrity check on a schedule, in the background: a minute after the window opens and
then once a day while it stays open — never a whole-file scan before the window appears."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite.backup.copy import integrity_ok
from dangjian_desktop.db.dialect.sqlite.integrity import DAMAGED, MESSAGES
from dangjian_desktop.ui.backup.health import BACKUPS_MENU
from dangjian_desktop.ui.dialog_service import DialogService

log = logging.getLogger(__name__)
FIRST_DELAY_MS = 60_000
INTERVAL_MS = 24 * 3600 * 1000


class ScheduledCheck(QObject):
    def __init__(self, db: Database, dialogs: DialogService, parent: QObject | None = None,
                 first_delay_ms: int = FIRST_DELAY_MS) -> None:
        super().__init__(parent)
        self.db, self.dialogs = db, dialogs
        self.result: bool | None = None  # the last check's verdict (None: none finished yet)
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.start)
        self._poll = QTimer(self, interval=200)
        self._poll.timeout.connect(self._finished)
        if db.path is not None:
            self._timer.start(first_delay_ms)

    def start(self) -> None:
        """Start a check now (in a thread); the verdict arrives in the event loop."""
        path = self.db.path
        if path is None or (self._thread is not None and self._thread.is_alive()):
            return
        self._outcome: list[bool] = []
        self._thread = threading.Thread(target=lambda: self._outcome.append(  # twice: a busy moment is no damage
            integrity_ok(path, quick=True) or integrity_ok(path, quick=True)),
                                        name="quick_check", daemon=True)
        self._thread.start()
        self._poll.start()

    def _finished(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._poll.stop()
        self.result = bool(self._outcome and self._outcome[0])
        log.info("scheduled quick check of %s: %s", self.db.path, "ok" if self.result else "FAILED")
        self._timer.start(INTERVAL_MS)
        if not self.result:
            self.dialogs.warn(f"{MESSAGES[DAMAGED]}\n\n{self.db.path}\n\n请不要继续录入，先在{BACKUPS_MENU}中"
                              "用最近一份完好的备份恢复；恢复前，现在的文件会原样另存。", "数据文件检查")
