"""The window as it first appears: the roster of the current branch, read with plain sqlite3, shown
before the database layer and the other tabs are loaded (they load in the next moments, and the real
window then takes this one's place, with what was typed into the 查找 box).

Only light modules here: PySide6, the ledger's table model and services/people/rows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop import APP_NAME
from dangjian_desktop.services.people.rows import FirstLedger, read_first_ledger
from dangjian_desktop.ui.ledger import BUTTONS, FIND
from dangjian_desktop.ui.ledger.model import WIDTH_SAMPLES, LedgerFilter, LedgerModel
from dangjian_desktop.ui.ledger.row_numbers import RowNumbers

log = logging.getLogger(__name__)
OTHER_TABS = ("会议记录", "三卡一法", "学习笔记", "责任区与承诺", "年度自查")
LOADING = "正在打开其余部分……"


class FirstWindow(QMainWindow):
    """The roster, filterable, while the rest of the window loads."""

    def __init__(self, first: FirstLedger) -> None:
        super().__init__()
        self.setObjectName("firstWindow")
        self.setWindowTitle(f"{APP_NAME} — {first.branch_name}")
        self.branch_id = first.branch_id
        self.model = LedgerModel()  # the real window's ledger takes it over (its rows are read once)
        self.model.set_rows(first.rows)
        self.filter_edit = QLineEdit(objectName="ledgerFilterEdit")
        self.filter_edit.setPlaceholderText("姓名、拼音首字母（如 zjg）、身份证号后几位或电话")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda text: self.model.set_filter(LedgerFilter(text=text)))
        self.table = QTableView(objectName="ledgerTable")
        self.table.setVerticalHeader(RowNumbers(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(WIDTH_SAMPLES):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        buttons = QHBoxLayout()  # as the real tab has them, not yet usable
        for text in BUTTONS:
            button = QPushButton(text)
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        bar = QHBoxLayout()
        find_label = QLabel(FIND)
        find_label.setBuddy(self.filter_edit)
        bar.addWidget(find_label)
        bar.addWidget(self.filter_edit, 3)
        bar.addStretch(4)
        detail = QLabel("在左侧选中一人，这里显示其详细信息、发展党员各环节和组织关系转接记录。")
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail.setStyleSheet("color:#666; background:white; padding:4px")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        roster = QWidget()
        layout = QVBoxLayout(roster)
        layout.addLayout(buttons)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        counts = self.model.counts
        parts = [f"{c} {n} 人" for c, n in counts.items() if n]
        layout.addWidget(QLabel("在册：" + (" · ".join(parts) if parts else "0 人")))
        roster_tabs = QTabWidget()
        roster_tabs.addTab(roster, "花名册")
        roster_tabs.addTab(QWidget(), "党费")
        roster_tabs.setTabEnabled(1, False)
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        tabs.addTab(roster_tabs, "党员台账")
        for title in OTHER_TABS:
            tabs.setTabEnabled(tabs.addTab(QWidget(), title), False)
        self.setCentralWidget(tabs)
        for title in ("文件(&F)", "编辑(&E)", "帮助(&H)"):
            self.menuBar().addMenu(title).setEnabled(False)
        self.statusBar().showMessage(LOADING)
        self.resize(1280, 800)


def show_first_window(path: Path, revision: str) -> FirstWindow | None:
    """Show the roster at once, if the file is simply ready (else None: the ordinary start)."""
    started = time.perf_counter()
    first = read_first_ledger(path, revision)
    if first is None:
        return None
    window = FirstWindow(first)
    window.show()
    _until(lambda: window.painted, 2000, _PaintSeen(window))
    log.info("first paint: %d people in %.0f ms", len(first.rows), (time.perf_counter() - started) * 1000)
    return window


class _PaintSeen(QObject):
    def __init__(self, window: FirstWindow) -> None:
        super().__init__(window)
        window.painted = False  # type: ignore[attr-defined]
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.painted = True  # type: ignore[attr-defined]
        return False


def _until(done: Callable[[], bool], limit_ms: int, _keep: object = None) -> None:
    """Run the event loop (input stays live) until ``done()`` or ``limit_ms`` has passed."""
    loop = QEventLoop()
    deadline = time.monotonic() + limit_ms / 1000
    timer = QTimer(interval=15)
    timer.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    if not done():
        loop.exec()
    timer.stop()


def load_in_background(work: Callable[[], None]) -> None:
    """Run ``work`` (imports) in a thread while the event loop keeps the first window responsive."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="load", daemon=True)
    thread.start()
    _until(lambda: not thread.is_alive(), 10 * 60 * 1000)
    thread.join()
    if failure:
        raise failure[0]


def hand_over(first: FirstWindow, window: QMainWindow, filter_edit: QLineEdit) -> None:
    """The real window takes the first one's place: same place and size, what was typed kept."""
    window.setGeometry(first.geometry())
    if first.isMaximized():
        window.showMaximized()
    else:
        window.show()
    text = first.filter_edit.text()
    if text:
        filter_edit.setText(text)
        if first.filter_edit.hasFocus():
            filter_edit.setFocus()
            filter_edit.setCursorPosition(first.filter_edit.cursorPosition())
    first.close()
    first.deleteLater()
