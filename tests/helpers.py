"""Helpers shared by the tests that drive windows: answering the next modal dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

POLL_MS = 20


@dataclass
class _Waiter:
    act: Callable[[QDialog], None]
    attempts_left: int
    timeout_ms: int
    seen: list[QDialog] = field(default_factory=list)
    finished: bool = False


_armed: list[_Waiter] = []


def with_dialog(qtbot: QtBot, act: Callable[[QDialog], None], *, timeout_ms: int = 10_000) -> list[QDialog]:
    """Run ``act`` on the next modal dialog once it is open (not on a progress dialog). If none opens within ``timeout_ms``, stop
    looking and fail the test; the dialog ``act`` leaves open is closed and fails the test too."""
    waiter = _Waiter(act, attempts_left=max(1, timeout_ms // POLL_MS), timeout_ms=timeout_ms)
    _armed.append(waiter)

    def handle() -> None:
        if waiter.finished:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QProgressDialog):  # a busy indicator closes itself
            waiter.attempts_left -= 1
            if waiter.attempts_left <= 0:
                waiter.finished = True
                raise AssertionError(f"with_dialog: no dialog opened within {timeout_ms / 1000:g} s")
            QTimer.singleShot(POLL_MS, handle)
            return
        waiter.finished = True
        waiter.seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # left open (e.g. a validation message): close it, or exec() never returns
                dialog.reject()
                raise AssertionError(f"dialog “{dialog.windowTitle()}” was still open after the test's actions")

    QTimer.singleShot(0, handle)
    return waiter.seen


def disarm_dialog_waiters() -> int:
    """At the end of a test: stop every ``with_dialog`` still looking; how many never found a dialog."""
    waiting = [w for w in _armed if not w.finished]
    for w in _armed:
        w.finished = True
    _armed.clear()
    return len(waiting)
