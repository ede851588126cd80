"""After 恢复 every view shows the restored file: the tabs, their counts, the title and the self-check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.ui import tour
from dangjian_desktop.ui.backup.dialog import BackupDialog
from dangjian_desktop.ui.main_window import MainWindow


def empty_backup(folder: Path) -> Path:
    path = folder / "空白备份.sqlite3"
    db = Database.open(path)
    upgrade(db.engine, path)
    db.dispose()
    return path


def test_restoring_an_empty_backup_empties_every_view(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    for _name, step in tour.tab_steps():  # look at every tab first, so each has shown the demo's records
        step(win)
        QApplication.processEvents()
    assert win.dues.model.rowCount() > 20 and win.meetings.model.rowCount() > 10
    backup = empty_backup(tmp_path)
    monkeypatch.setattr(win.dialogs, "confirm", lambda *_a: True)
    monkeypatch.setattr(win.dialogs, "info", lambda *_a: None)
    dialog = BackupDialog(win.db, win.dialogs, win.events, win)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog.dialogs, "confirm", lambda *_a: True)
    monkeypatch.setattr(dialog.dialogs, "info", lambda *_a: None)
    dialog.restore_from(backup)
    assert dialog.restored
    dialog.close()
    QApplication.processEvents()
    for _name, step in tour.tab_steps():
        step(win)
        QApplication.processEvents()
    assert win.windowTitle() == "支部台账"
    assert win.ledger.model.rowCount() == 0
    assert win.dues.model.rowCount() == 0
    assert win.meetings.model.rowCount() == 0 and "共 1 次" not in win.meetings.summary.text()
    assert win.cases.model.rowCount() == 0
    for model in (win.study.sessions_model, win.study.notes_model, win.study.year_model):
        assert model.rowCount() == 0
    assert win.duty.areas_model.rowCount() == 0 and win.duty.pledges_model.rowCount() == 0
    assert win.selfcheck.grid.rows == [] and win.selfcheck.findings.rowCount() == 0
    assert win.selfcheck.summary.text() == "还没有建立支部。"
    texts = [w.text() for w in win.findChildren(type(win.selfcheck.summary)) if w.isVisible()]
    assert not [t for t in texts if "柳沟村" in t], texts
