"""Helpers shared by the tests that drive windows: the main window over a few people, answering the next
modal dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from dangjian_desktop.db import Database
    from dangjian_desktop.ui.main_window import MainWindow

POLL_MS = 20


def window_with_people(qtbot: QtBot, db: Database, db_path: Path, branch_id: str, names: list[str]) -> MainWindow:
    """The real main window (``create_main_window``) over ``names`` saved as people of ``branch_id`` (born on
    3 March of 1970, 1971, …), shown; the caller closes it."""
    from dangjian_desktop.app import create_main_window
    from dangjian_desktop.services.people import records as people
    from tests.factories import person_input

    with db.session_scope() as s:
        for n, name in enumerate(names):
            people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 3, 1)))
    db.dispose()
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    win.show()
    return win


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
