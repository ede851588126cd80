"""UI fixtures: the main window on the demo branch, at the size of a 1366×768 screen's work area."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dangjian_desktop.ui.main_window import MainWindow

WORK_AREA = (1366, 728)  # 1366×768 less a taskbar


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a new database holding the demo branch, sized to the work area."""
    from dangjian_desktop.ui.tour import demo_window as make

    window = make(tmp_path)
    qtbot.addWidget(window)
    window.resize(*WORK_AREA)
    window.show()
    yield window
    window.close()
