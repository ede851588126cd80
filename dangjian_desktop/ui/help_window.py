"""使用说明: the help window (F1), in Chinese with pictures of the real windows.

The text is resources/help/使用说明.html; its pictures are made by the window tour
(``python -m dangjian_desktop.ui.tour --help-pictures``), so they show the windows as they are.
Each tab opens its own section (context help). Laid out in forms/help_window.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from dangjian_desktop.paths import resource_path
from dangjian_desktop.ui.forms.help_window_ui import Ui_HelpWindow

HELP_FILE = "使用说明.html"
# (anchor, title) in the order of the year's work
SECTIONS = (
    ("branch", "一、建立支部"), ("roster", "二、导入花名册"), ("meetings", "三、记录会议并打印"), ("dues", "四、党费"),
    ("cases", "五、三卡一法"), ("study", "六、学习笔记"), ("duty", "七、责任区与承诺"), ("selfcheck", "八、年度自查"),
    ("archive", "九、导出年度档案"), ("backup", "十、备份与恢复"), ("township", "十一、乡镇汇总与数据包"),
)


class HelpWindow(QDialog):
    """Not modal: it stays open beside the main window while the secretary works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpWindow()  # laid out in forms/help_window.ui
        self.ui.setupUi(self)
        self.setModal(False)
        self.contents, self.browser = self.ui.helpContents, self.ui.helpText
        for _anchor, title in SECTIONS:
            self.contents.addItem(title)
        self.contents.setMaximumWidth(max(self.fontMetrics().horizontalAdvance(t) for _a, t in SECTIONS) + 40)
        folder = resource_path("help")
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / HELP_FILE)))
        self.contents.currentRowChanged.connect(lambda row: self.show_section(SECTIONS[row][0]) if row >= 0 else None)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    def show_section(self, anchor: str) -> None:
        # room after the last section, so that it too can stand at the top of the view
        root = self.browser.document().rootFrame()
        spare = root.frameFormat()
        if spare.bottomMargin() < self.browser.viewport().height():
            spare.setBottomMargin(self.browser.viewport().height())
            root.setFrameFormat(spare)
        self.browser.scrollToAnchor(anchor)
        index = next((i for i, (a, _t) in enumerate(SECTIONS) if a == anchor), -1)
        if index >= 0 and self.contents.currentRow() != index:
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(index)
            self.contents.blockSignals(False)

    def text_at_top(self) -> str:
        """The line of text at the top of the view (what the secretary sees first)."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft() + QPoint(4, 4))
        return cursor.block().text()
