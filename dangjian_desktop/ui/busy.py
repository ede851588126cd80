"""Waiting with feedback: a busy cursor at once, and a progress window when the work takes over a second.

``run_busy(parent, text, work)`` runs ``work`` (no widgets inside: it runs on a worker thread) while the
window keeps painting; it returns what ``work`` returned, or raises what it raised.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
PROGRESS_AFTER_MS = 1000


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The hourglass while the block runs (shown at once, before the work starts)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread; busy cursor at once, a progress window from the first second on."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed back to the caller's thread
            failure.append(exc)

    thread = threading.Thread(target=target, name="busy-work", daemon=True)
    progress: QProgressDialog | None = None
    clock = QElapsedTimer()
    clock.start()
    # A collection started on the worker thread could free Qt objects there; collect only on this one.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with busy_cursor():
            thread.start()
            while thread.is_alive():
                thread.join(0.03)
                if progress is None and clock.elapsed() >= PROGRESS_AFTER_MS:
                    progress = QProgressDialog(text, "", 0, 0, parent, objectName="busyProgress")
                    progress.setWindowTitle("请稍候")
                    progress.setCancelButton(None)  # type: ignore[arg-type]
                    progress.setWindowModality(Qt.WindowModality.WindowModal)
                    progress.setMinimumDuration(0)
                    progress.show()
                QApplication.processEvents()
    finally:
        if collecting:
            gc.enable()
        if progress is not None:
            progress.close()
            progress.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
