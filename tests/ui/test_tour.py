"""The window tour: it opens every tab and dialog and saves a picture of each."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from dangjian_desktop.ui import tour
from dangjian_desktop.ui.main_window import MainWindow


def test_tour_pictures_every_tab_and_dialog(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "tour"
    out.mkdir()
    shots = tour.run_tour(demo_window, out, (1366, 728))
    names = {s.name for s in shots}
    expected = {name for name, _ in tour.tab_steps() + tour.dialog_steps() + tour.township_steps()}
    assert expected - names <= {"dlg_导入预览"}  # that one needs the shared sample roster
    for shot in shots:
        assert shot.path is not None
        with Image.open(shot.path) as picture:
            assert picture.size[0] >= shot.width * 0.9 and picture.size[1] >= shot.height * 0.9
    tabs = {s.name: s for s in shots if s.name.startswith("tab_")}
    assert len(tabs) == len(tour.tab_steps()) + 1 and all(s.width == 1366 and s.height == 728 for s in tabs.values())
