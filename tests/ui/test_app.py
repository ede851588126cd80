"""Start-up pieces: logging, the unexpected-error dialog, a database that cannot be opened."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from dangjian_desktop import app as app_module
from dangjian_desktop.ui.dialog_service import show_bug_dialog


def test_bug_dialog_shows_copyable_traceback(qtbot: QtBot) -> None:
    try:
        raise KeyError("missing")
    except KeyError as exc:
        error = exc
    copied: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        details = dialog.findChild(QPlainTextEdit, "bugDetails")
        copied.append(details.toPlainText())
        dialog.reject()

    QTimer.singleShot(0, inspect)
    show_bug_dialog(error)
    assert "KeyError: 'missing'" in copied[0] and "Traceback" in copied[0]


def test_logging_goes_to_a_rotating_file_in_the_data_dir() -> None:
    path = app_module.setup_logging()
    logging.getLogger("dangjian_desktop.test").info("启动测试")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.name == "dangjian.log" and "启动测试" in path.read_text(encoding="utf-8")


def test_unopenable_database_gives_a_message_not_a_traceback(qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = tmp_path / "坏文件.sqlite3"
    bogus.write_bytes(b"not a database" * 200)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert app_module.run_gui(bogus, []) == 1
    assert shown == ["这不是支部台账的数据库文件，或文件已损坏。"]
