"""使用说明: F1 opens the help at the section of the tab in front; its pictures come from the tour."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dangjian_desktop.paths import resource_path
from dangjian_desktop.ui import tour
from dangjian_desktop.ui.help_window import HELP_FILE, SECTIONS
from dangjian_desktop.ui.main_window import MainWindow


def test_help_text_has_every_section_and_its_pictures() -> None:
    html = (resource_path("help") / HELP_FILE).read_text(encoding="utf-8")
    for anchor, title in SECTIONS:
        assert f'id="{anchor}"' in html and title in html
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 12
    for name in pictures:
        assert (resource_path("help") / name).is_file(), name
    assert {f"{n}.png" for n in tour.HELP_PICTURES.values()} == set(pictures)  # all made by the tour
    for word in ("LibreOffice", "GB/T", "manifest", "verify", "数据库"):
        assert word not in html


def test_f1_opens_the_section_of_the_tab_in_front(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    win.activateWindow()
    expected = {"花名册": "二、导入花名册", "党费": "四、党费", "会议记录": "三、记录会议并打印", "三卡一法": "五、三卡一法",
                "学习笔记": "六、学习笔记", "责任区与承诺": "七、责任区与承诺", "年度自查": "八、年度自查"}
    for tab, title in expected.items():
        tour._show_tab(win, tab)
        QApplication.processEvents()
        qtbot.keyClick(win.tabs.currentWidget(), Qt.Key.Key_F1)
        QApplication.processEvents()
        assert win.help_window.isVisible()
        assert win.help_window.text_at_top().startswith(title), tab
        assert win.help_window.contents.currentItem().text() == title
    win.help_window.contents.setCurrentRow(8)  # the contents list leads to its section too
    assert win.help_window.text_at_top() == "九、导出年度档案"
    assert win.help_action.text() == "使用说明(&U)" and win.help_action.shortcut().toString() == "F1"


def test_every_tab_has_its_own_help_section(qtbot: QtBot, demo_window: MainWindow) -> None:
    """A tab added later without a section of its own would open the help at 建立支部."""
    win = demo_window
    anchors = dict(SECTIONS)
    seen: dict[str, str] = {}
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        inner = win.tabs.currentWidget()
        subtabs = [inner] if inner is not win.roster_tabs else [win.roster_tabs.widget(j)
                                                                 for j in range(win.roster_tabs.count())]
        for page in subtabs:
            if inner is win.roster_tabs:
                win.roster_tabs.setCurrentWidget(page)
            name = win.tabs.tabText(i) + (f"/{win.roster_tabs.tabText(win.roster_tabs.indexOf(page))}"
                                          if inner is win.roster_tabs else "")
            seen[name] = win.help_section()
    assert all(anchor in anchors and anchor != "branch" for anchor in seen.values()), seen
    assert len(set(seen.values())) == len(seen), seen  # no two tabs share a section
