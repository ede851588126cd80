"""The quick integrity check runs in the background after the window is open, not before it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.ui.backup.scheduled_check import ScheduledCheck
from dangjian_desktop.ui.dialog_service import DialogService


class Dialogs(DialogService):
    def __init__(self) -> None:
        super().__init__(None)
        self.warnings: list[str] = []

    def warn(self, text: str, title: str = "") -> None:
        self.warnings.append(text)


def test_a_sound_file_passes_quietly_and_a_damaged_one_is_reported(qtbot: QtBot, db: Database, db_path: Path,
                                                                   branch_id: str) -> None:
    dialogs = Dialogs()
    check = ScheduledCheck(db, dialogs, first_delay_ms=10)
    qtbot.waitUntil(lambda: check.result is not None, timeout=10_000)
    assert check.result is True and dialogs.warnings == []

    db.dispose()
    data = bytearray(db_path.read_bytes())
    data[4096:4096 * 3] = b"\xde\xad\xbe\xef" * 2048  # a bad sector in the middle of the file
    db_path.write_bytes(bytes(data))
    check.result = None
    check.start()
    qtbot.waitUntil(lambda: check.result is not None, timeout=10_000)
    assert check.result is False
    assert len(dialogs.warnings) == 1 and "备份与恢复" in dialogs.warnings[0]
