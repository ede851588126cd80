"""tests/helpers.with_dialog gives up when no dialog opens, instead of polling for ever."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.helpers import disarm_dialog_waiters, with_dialog


def test_with_dialog_gives_up_and_says_so(qtbot: QtBot) -> None:
    with qtbot.captureExceptions() as raised:
        with_dialog(qtbot, lambda _dialog: None, timeout_ms=100)
        qtbot.waitUntil(lambda: bool(raised), timeout=3000)
    assert "no dialog opened within 0.1 s" in str(raised[0][1])
    assert disarm_dialog_waiters() == 0  # nothing is left polling into the next test


def test_with_dialog_answers_the_dialog(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    seen = with_dialog(qtbot, lambda d: d.accept())
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen == [dialog] and disarm_dialog_waiters() == 0
