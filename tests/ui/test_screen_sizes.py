"""字号 and small screens: every window fits 1366×768 and 150 % scaling, and the text size is remembered."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.ui import font_size, screen_fit, tour
from dangjian_desktop.ui.main_window import MainWindow

SMALL_LAPTOP = (1366, 728)  # 1366×768 at 100 %, less the taskbar
SCALED_150 = (1280, 680)  # 1920×1080 at 150 %, in logical pixels, less the taskbar


@pytest.fixture
def standard_text() -> Iterator[None]:
    yield
    font_size.apply(100)  # the application font is shared by every test


@pytest.mark.parametrize("percent", [100, 200])
def test_every_window_and_dialog_fits_both_screens(qtbot: QtBot, demo_window: MainWindow, percent: int,
                                                   standard_text: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # forms keep an empty line under each field only where that still fits the screen (ui/form_errors.py):
    # measured on the smaller work area, as the secretary's 1280×680 would show them
    monkeypatch.setattr(screen_fit, "WORK_AREA", SCALED_150)
    font_size.apply(percent)
    shots = tour.run_tour(demo_window, None, SMALL_LAPTOP)
    steps = tour.tab_steps() + tour.dialog_steps() + tour.township_steps()
    assert {s.name for s in shots} >= {name for name, _ in steps} - {"dlg_导入预览"}  # every one was measured
    for screen in (SMALL_LAPTOP, SCALED_150):
        too_big = [s.line(screen) for s in shots if not s.fits(screen)]
        assert not too_big, too_big


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _overlaps(dialog: QWidget) -> list[str]:
    """Visible widgets laid out side by side in one parent that cover each other."""
    found = []
    for parent in [dialog, *dialog.findChildren(QWidget)]:
        if not parent.isVisible() or isinstance(parent, QAbstractScrollArea | QAbstractSpinBox | QComboBox):
            continue  # the parts of these are drawn over each other on purpose
        shown = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()]
        for i, a in enumerate(shown):
            for b in shown[i + 1:]:
                common = a.geometry().intersected(b.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{a.objectName() or type(a).__name__} × {b.objectName() or type(b).__name__}")
    return found


def test_at_200_percent_on_the_smallest_screen_each_dialog_keeps_its_buttons_in_view(
        qtbot: QtBot, demo_window: MainWindow, standard_text: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened at 200 % on a 1280×680 work area, each dialog fits it, shows its buttons (never inside what
    scrolls), and nothing covers anything else: what does not fit scrolls."""
    monkeypatch.setattr(screen_fit, "WORK_AREA", SCALED_150)
    font_size.apply(200)
    wrong: list[str] = []
    seen_names: list[str] = []

    def seen(dialog: QDialog) -> None:
        title = dialog.windowTitle()
        seen_names.append(title)
        if dialog.width() > SCALED_150[0] or dialog.height() > SCALED_150[1]:
            wrong.append(f"{title}: opens {dialog.width()}×{dialog.height()}")
        inside = dialog.rect()
        for box in dialog.findChildren(QDialogButtonBox):
            if not box.isVisible():
                continue
            where = QRect(box.mapTo(dialog, box.rect().topLeft()), box.size())
            if _inside_scroll_area(box, dialog) or not inside.contains(where):
                wrong.append(f"{title}: buttons out of view")
        wrong.extend(f"{title}: {pair}" for pair in _overlaps(dialog))

    with tour.capturing_dialogs(seen):
        for _name, step in tour.dialog_steps():
            step(demo_window)
    assert len(seen_names) >= 30
    assert not wrong, "\n".join(wrong)


def test_dialogs_open_inside_the_work_area(qtbot: QtBot, demo_window: MainWindow) -> None:
    area = QApplication.primaryScreen().availableGeometry()
    opened: list[tuple[str, int, int]] = []

    def seen(dialog: QDialog) -> None:
        opened.append((dialog.windowTitle(), dialog.frameGeometry().width(), dialog.frameGeometry().height()))

    with tour.capturing_dialogs(seen):
        tour._show_tab(demo_window, "会议记录")
        demo_window.meetings.new()  # 900×720 by design: more than a 1366×768 screen leaves
    assert opened and all(w <= area.width() and h <= area.height() for _t, w, h in opened), (opened, area)


def test_font_size_applies_at_once_and_is_remembered(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path,
                                                     standard_text: None) -> None:
    base = QApplication.font().pointSizeF()
    label_font = demo_window.selfcheck.summary.font().pointSizeF()
    demo_window.font_actions[150].trigger()
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert demo_window.selfcheck.summary.font().pointSizeF() == pytest.approx(label_font * 1.5)  # at once
    assert demo_window.font_actions[150].isChecked()
    path = demo_window.db.path
    demo_window.close()
    font_size.apply(100)
    again = create_main_window(path)
    qtbot.addWidget(again)
    assert again.font_actions[150].isChecked() and font_size.current() == 150
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    again.close()


def test_the_tour_at_150_percent_scaling_finds_nothing_too_big(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "dangjian_desktop.ui.tour", "--out", str(tmp_path), "--scale", "1.5"],
                          capture_output=True, text=True, env=env, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = (tmp_path / "sizes.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("screen 1280×680 logical px, scale 1.5")
    assert len(lines) > 30 and not [line for line in lines if line.startswith("TOO BIG")]
    assert (tmp_path / "tab_年度自查.png").is_file() and (tmp_path / "dlg_新建会议.png").is_file()
