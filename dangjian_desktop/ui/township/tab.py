"""乡镇汇总: every branch of the database side by side for one year (shown when the database holds more
than one branch). Each page is one table of services/township/summary_report (the same tables the .xlsx
and the Word report hold); double-clicking a branch's cell opens that branch's own record, read-only.

On a township database the 汇总 of the year the tab opens on is worked out in the background soon after
start (``prepare``), while the clerk is still looking at the first tab: the first opening shows it at once
instead of reading 40 branches' year then. A change to the records before it is shown, or another year,
and the tab works it out again when shown, as every later opening does."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.export.township_report import ReportTable
from dangjian_desktop.services.township import summary as ts
from dangjian_desktop.services.township import summary_report
from dangjian_desktop.services.township.summary import without_collection_pauses
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import guarded
from dangjian_desktop.ui.record_tab import RecordTab
from dangjian_desktop.ui.township.model import SummaryTableModel

SELFCHECK, DUES, STUDY, ROSTER, CASES = "年度自查", "党费", "学习笔记", "党员台账", "三卡一法"
CHANGES = ("people_changed", "dues_changed", "meetings_changed", "cases_changed", "study_changed",
           "transfers_changed", "branch_changed")  # the records the 汇总 is made of

SETTLE_MS = 500  # after a refresh, the moment the tab is left alone to be painted (and answer the first keys)

log = logging.getLogger(__name__)


def where_for(table: ReportTable, column: int) -> str:
    """Which of the branch's records a column of ``table`` comes from."""
    header = table.headers[column] if 0 <= column < len(table.headers) else ""
    if table.name.startswith("党费") or "党费" in header:
        return DUES
    if any(w in header for w in ("学时", "笔记", "党员(人)")):
        return STUDY
    if header in ts.STAGES or "发展" in header:
        return ROSTER
    if "一人一事" in header or "回访" in header:
        return CASES
    return SELFCHECK


class TownshipTab(RecordTab):
    open_branch = Signal(str, str, int)  # branch id, which record (年度自查 / 党费 / …), year

    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.summary: ts.TownshipSummary | None = None
        self.year_combo = QComboBox(objectName="townshipYear")
        for year in range(self.today.year, self.today.year - 6, -1):
            self.year_combo.addItem(f"{year}年", year)
        year_label = QLabel("年度(&Y)：")
        year_label.setBuddy(self.year_combo)
        self.summary_label = QLabel(objectName="townshipSummary", wordWrap=True)
        self.export_button = QPushButton("导出汇总(&X)…", objectName="townshipExport")
        self.export_button.setToolTip("导出为 Excel 工作簿（每张表一个工作表）或 Word 报告")
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.export_button)
        self.pages = QTabWidget(objectName="townshipPages")
        self.views: list[QTableView] = []
        self.models: list[SummaryTableModel] = []
        self.tables: list[ReportTable] = []  # what each page shows; a page is filled when first shown
        self._filled: set[int] = set()
        self.legend = QLabel(objectName="townshipLegend", wordWrap=True)
        self.legend.setText("<span style='background:#c8e6c9'>&nbsp;✓&nbsp;</span> 已开展　"
                            "<span style='background:#ef9a9a'>&nbsp;缺&nbsp;</span> 没有有效记录（“无效”：到会人数未过半数）　"
                            "空白：未到期　　结果与各支部自己的年度自查相同；双击支部名称或它的格子（或选中格子后按回车）可查看该支部的记录（只读）。")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.legend)
        self.year_combo.currentIndexChanged.connect(self.reload)
        self.pages.currentChanged.connect(self._fill)
        self._prepared = _Prepared(db, events, self)
        for name in CHANGES:
            getattr(events, name).connect(self.reload)

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def _view(self, i: int) -> QTableView:
        while len(self.views) <= i:
            n = len(self.views)
            model = SummaryTableModel()
            view = QTableView(objectName=f"townshipTable{n}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            view.setAlternatingRowColors(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # the branch names are the rows' header: they stay in view when the table scrolls sideways
            names = view.verticalHeader()
            names.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            names.setToolTip("双击支部名称，查看该支部的记录（只读）")
            names.sectionDoubleClicked.connect(lambda row, n=n: self.open_cell(n, self.models[n].index(row, 1)))
            corner = view.findChild(QAbstractButton)  # above the names: say what they are
            if corner is not None:
                corner.installEventFilter(_CornerTitle(corner, "支部"))
            view.doubleClicked.connect(lambda index, n=n: self.open_cell(n, index))
            view.installEventFilter(_EnterOpens(view, lambda v=view, n=n: self.open_cell(n, v.currentIndex())))
            self.views.append(view)
            self.models.append(model)
            self.pages.addTab(view, "")
        return self.views[i]

    def _fill(self, i: int) -> None:
        """Lay out page ``i`` from its table, the first time it is shown after a refresh (a page out of sight
        is not measured)."""
        if i in self._filled or not 0 <= i < len(self.tables):
            return
        self._filled.add(i)
        view, model, table = self.views[i], self.models[i], self.tables[i]
        with without_collection_pauses():
            view.clearSpans()
            model.set_table(table)
            for column in range(len(table.headers)):
                view.setColumnHidden(column, column < table.key_columns)  # shown by the rows' header
            for row, column, cols in model.spans():
                view.setSpan(row, column, 1, cols)

    def prepare(self) -> Callable[[], None] | None:
        """Work out the 汇总 of the year the tab opens on in the background, if it has not been shown yet.
        Returns what waits until it is worked out and shown (or a moment has passed without the tab being
        opened): other work of the warm-up comes after it, not slowing the tab down."""
        if self._stale and not self.isVisible() and self._prepared.start(self.year, self.today):
            return self._prepared.wait_shown
        return None

    def refresh(self) -> None:
        self.summary = self._prepared.take(self.year, self.today)
        if self.summary is None:
            with self.db.session_scope() as s:
                self.summary = ts.township_summary(s, year=self.year, today=self.today)
        self.tables = summary_report.tab_tables(self.summary)
        self._filled.clear()
        for i, table in enumerate(self.tables):
            self._view(i)
            self.pages.setTabText(i, table.name)
            self.pages.setTabToolTip(i, table.note)
        self._fill(self.pages.currentIndex())
        s = self.summary
        missing = sum(b.meetings_missing for b in s.branches)
        owed = sum(b.dues_owed_fen for b in s.branches)
        stale = len(s.stale)
        pending = sum(len(b.pending_out) for b in s.branches)
        self.summary_label.setText(
            f"{len(s.branches)}个支部，截至{s.as_of:%Y-%m-%d}："
            + (f"组织生活缺{missing}期" if missing else "已到期的组织生活均已开展")
            + (f"，欠缴党费{owed / 100:.2f}元" if owed else "，党费已收齐")
            + (f"，{stale}个支部超过{ts.STALE_DAYS}天没有报送数据包" if stale else "")
            + (f"，{pending}名党员转出未报（见“数据包报送”）" if pending else ""))
        QTimer.singleShot(SETTLE_MS, self._prepared.shown)  # once the tab is painted and the clerk has it

    def open_cell(self, page: int, index: QModelIndex) -> None:
        model = self.models[page]
        if self.summary is None or not index.isValid() or index.row() >= model.branch_rows:
            return  # the 合计 row belongs to no branch
        branch = self.summary.branches[index.row()]
        self.open_branch.emit(branch.branch_id, where_for(model.table, index.column()), self.year)

    def export(self) -> None:
        summary = self.summary
        if summary is None or not summary.branches:
            return
        path = self.dialogs.save_file("导出汇总", "Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)",
                                      self.dialogs.default_folder() / f"各党支部{summary.year}年度汇总.xlsx")
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".docx"):
            path = path.with_name(path.name + ".xlsx")
        done = guarded(self.dialogs, lambda: summary_report.write_summary(summary, path))
        if done is not None:
            self.dialogs.info_with_folder(f"已导出到\n{path}", path.parent, "导出完成")


class _Prepared(QObject):
    """The 汇总 of one year and day worked out once, in a thread of its own with its own session, and given
    to the tab's first refresh, unless the records changed in the meantime (the window's change signals,
    delivered on the window's thread) or it was worked out too long ago.

    No garbage is collected while it is worked out: the window's thread switches collection off when it
    starts the thread and on again once the thread has ended (a collection on that thread could free Qt
    objects there; ui/busy.run_busy does the same). The database waits for the thread before it closes
    (``Database.background``): no connection stays open on a file being closed or replaced."""

    WAIT_SHOWN_SECONDS = 1.0  # after it is worked out, how long the warm-up leaves the window to the tab
    MAX_AGE_SECONDS = 600.0  # older than this, the 汇总 is worked out afresh when the tab is first opened
    _ended = Signal()  # from the thread: delivered on the window's thread

    def __init__(self, db: Database, events: DataEvents, parent: QObject) -> None:
        super().__init__(parent)
        self.db = db
        self._thread: threading.Thread | None = None  # until taken
        self._worker: threading.Thread | None = None
        self._shown = threading.Event()
        self._started = False
        self._key: tuple[int, date] | None = None
        self._result: ts.TownshipSummary | None = None
        self._done_at = 0.0
        self._current = False  # no change to the records since it began
        self._collecting: bool | None = None  # collection was on before the thread started (None: not switched off)
        self._ended.connect(self._collect_again)
        for name in CHANGES:
            getattr(events, name).connect(self._drop)

    def start(self, year: int, today: date) -> bool:
        """Start working it out (once, after start); whether it was started now."""
        if self._started:
            return False
        self._started, self._key, self._current = True, (year, today), True
        self._collecting = gc.isenabled()
        gc.disable()
        self._thread = self._worker = self.db.background(lambda: self._work(year, today), "township_summary")
        return True

    def shown(self) -> None:
        """The tab has shown a 汇总 (this one or its own)."""
        self._shown.set()

    def wait_shown(self) -> None:
        """(In another thread) until it is worked out, and then shown or not opened for a moment."""
        if self._worker is not None:
            self._worker.join()
        self._shown.wait(self.WAIT_SHOWN_SECONDS)

    def _work(self, year: int, today: date) -> None:
        try:
            with self.db.session_scope() as s:
                summary = ts.township_summary(s, year=year, today=today)
            if self._current:  # not kept once a change has made it out of date
                self._result, self._done_at = summary, time.monotonic()
        except Exception:  # worked out again, and any error shown, when the tab is shown
            log.warning("the 汇总 was not prepared in advance", exc_info=True)
        finally:
            self._ended.emit()

    def _collect_again(self) -> None:
        if self._collecting:
            gc.enable()
        self._collecting = None

    def _drop(self) -> None:
        self._current = False
        self._result = None

    def take(self, year: int, today: date) -> ts.TownshipSummary | None:
        """The prepared 汇总 if it is of ``year`` and ``today``, nothing changed since it began and it is recent
        (waiting for it if it is still being worked out); else None. Given once."""
        thread, self._thread = self._thread, None
        if thread is None:
            return None
        thread.join()  # also when it is not wanted: the 汇总 is never worked out twice at the same time
        self._collect_again()
        result, self._result = self._result, None
        wanted = self._current and self._key == (year, today)
        return result if wanted and time.monotonic() - self._done_at <= self.MAX_AGE_SECONDS else None


class _EnterOpens(QObject):
    """Enter on a table is the keyboard's double-click: it opens the current cell's branch."""

    def __init__(self, view: QTableView, open_current: Callable[[], None]) -> None:
        super().__init__(view)
        self.open_current = open_current

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)):
            self.open_current()
            return True
        return False


class _CornerTitle(QObject):
    """Paints a title in a table's corner button, above its rows' header (Qt draws it empty)."""

    def __init__(self, corner: QAbstractButton, title: str) -> None:
        super().__init__(corner)
        self.title = title

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QAbstractButton):
            return False
        option = QStyleOptionHeader()
        option.initFrom(watched)
        option.rect = watched.rect()
        option.text = self.title
        option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        painter = QPainter(watched)
        watched.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, watched)
        painter.end()
        return True
