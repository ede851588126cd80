"""The 会议记录 tab: the list of meetings with filters, and the actions on them."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services import Changed, branches
from dangjian_desktop.services.meetings import printing as meetings_print
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.meetings.listing import MeetingRow, list_meetings, years_with_meetings
from dangjian_desktop.ui.actions import tab_action
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.record_tab import RecordTab

_Index = QModelIndex | QPersistentModelIndex
_HEADERS = ["日期", "会议类型", "会议名称/主题", "党小组", "主持人", "实到/应到", "议题", "状态", "补录"]


class MeetingListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MeetingRow] = []

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> MeetingRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row())
        if r is None:
            return None
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [fmt(r.held_on), r.types, r.title, r.group_name, r.host, f"{r.present}/{r.expected}",
                    str(r.item_count), r.state, "补录" if r.late_entry else ""][c]
        if role == Qt.ItemDataRole.ForegroundRole and c == 8 and r.late_entry:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and c == 8 and r.late_entry:
            return "会后超过规定天数才录入的记录"
        return None


class MeetingsTab(RecordTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.model = MeetingListModel()
        self.year = QComboBox(objectName="meetingYear")
        self.kind = QComboBox(objectName="meetingType")
        self.kind.addItem("全部类型", "")
        for t in rules.TYPES:
            self.kind.addItem(t, t)
        self.group = QComboBox(objectName="meetingGroup")
        self.search = QLineEdit(objectName="meetingSearch", placeholderText="查找：名称、地点、发言、决议、人名…")
        self.search.setClearButtonEnabled(True)
        self.table = QTableView(objectName="meetingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.summary = QLabel(objectName="meetingSummary")
        filters = QHBoxLayout()
        for text, widget in (("年度(&Y)：", self.year), ("类型：", self.kind), ("党小组：", self.group)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        bar = QHBoxLayout()
        self._actions(bar)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.year, self.kind, self.group):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        events.meetings_changed.connect(self.reload)
        events.branch_changed.connect(self.reload_branch)

    def _actions(self, bar: QHBoxLayout) -> None:
        act = partial(tab_action, self, bar)

        self.new_action = act("新建记录(&N)…", self.new, "newMeeting", "Ctrl+N")
        self.committee_action = act("照上次新建支委会", lambda: self.new_from_last(rules.COMMITTEE), "newCommittee")
        self.theme_action = act("照上次新建主题党日", lambda: self.new_from_last(rules.THEME_DAY), "newThemeDay")
        self.edit_action = act("修改(&M)…", self.edit, "editMeeting", "Return")
        self.finalize_action = act("定稿", self.finalize, "finalizeMeeting")
        self.print_action = act("打印记录(&P)…", self.print_record, "printMeeting", "Ctrl+P")
        self.signin_action = act("打印签到表…", self.print_sign_in, "printSignIn", "Ctrl+Shift+P")
        self.delete_action = act("删除", self.delete, "deleteMeeting", QKeySequence.StandardKey.Delete)
        bar.addStretch(1)

    # --- loading -----------------------------------------------------------------------------
    def branch_read(self, session: Session) -> None:
        """The 党小组 and year filters of the branch."""
        groups = branches.list_groups(session, self.branch_id) if self.branch_id else []
        years = years_with_meetings(session, self.branch_id) if self.branch_id else []
        for combo, items in ((self.group, [("全部党小组", None), *((g.name, g.id) for g in groups)]),
                             (self.year, [("全部年度", None), *((f"{y}年", y) for y in
                                                            sorted({*years, self.today.year}, reverse=True))])):
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)

    def refresh(self) -> None:
        for a in self.actions():
            a.setEnabled(self.branch_id is not None)
        if self.branch_id is None:  # no branch (e.g. after restoring an empty backup): show nothing
            self.model.set_rows([])
            self.summary.setText("还没有建立支部。")
            return
        selected = self.selected_id()
        with self.db.session_scope() as s:
            rows = list_meetings(s, self.branch_id, year=self.year.currentData(), kind=self.kind.currentData(),
                                 group_id=self.group.currentData(), search=self.search.text().strip())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        late = sum(r.late_entry for r in rows)
        drafts = sum(r.finalized_at is None for r in rows)
        self.summary.setText(f"共 {len(rows)} 次会议" + (f"，其中补录 {late} 次" if late else "")
                             + (f"，未定稿 {drafts} 次" if drafts else ""))
        for i, r in enumerate(rows):
            if r.id == selected:
                self.table.selectRow(i)

    def selected_id(self) -> str | None:
        sel = self.table.selectionModel()
        rows = sel.selectedRows() if sel else []
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def _current(self) -> str | None:
        mid = self.selected_id()
        if mid is None:
            self.dialogs.info("请先在列表中选中一次会议。")
        return mid

    # --- actions -----------------------------------------------------------------------------
    def _open_editor(self, meeting_id: str | None = None, template: Any = None) -> None:
        from dangjian_desktop.ui.meetings.dialog import MeetingDialog

        if self.branch_id is None:
            return
        dialog = MeetingDialog(self.db, self.branch_id, self.dialogs, meeting_id, template, self, today=self.today)
        self.open_editor(dialog)
        if dialog.changed:
            self.events.emit_changed(Changed("meeting", (dialog.meeting_id or dialog.changed.id,)))
            self._select(dialog.meeting_id)

    def _select(self, meeting_id: str | None) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == meeting_id:
                self.table.selectRow(i)

    def show_record(self, meeting_id: str = "", month: int = 0, year: int = 0) -> str:
        """转到补正: show the meeting (or the month of ``year``) with the filters cleared; what to tell her."""
        self.search.clear()
        for combo in (self.kind, self.group):
            combo.setCurrentIndex(0)
        index = self.year.findData(year) if year else -1
        self.year.setCurrentIndex(max(index, 0))
        self.reload()
        for i, r in enumerate(self.model.rows):
            if meeting_id and r.id == meeting_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.model.index(i, 0))
                return "已选中这次会议，双击可打开修改。"
        if month:
            self.table.clearSelection()
            return f"{year or ''}{'年' if year else ''}{month}月没有这类会议的记录：如已开会，请点“新建记录”补录。"
        return ""

    def new(self) -> None:
        self._open_editor()

    def new_from_last(self, kind: str) -> None:
        if self.branch_id is None:
            return
        branch_id = self.branch_id
        done = run_op(self.db, self.dialogs, lambda s: meetings.template_from_last(s, branch_id, kind, self.today))
        if done:
            self._open_editor(template=done.value)

    def edit(self) -> None:
        mid = self._current()
        if mid is not None:
            self._open_editor(mid)

    def finalize(self) -> None:
        mid = self._current()
        if mid is not None and self.dialogs.confirm("定稿后记录即被锁定，以后修改须写明原因，并保留修改记录。确定定稿吗？"):
            run_op(self.db, self.dialogs, lambda s: meetings.finalize(s, mid), events=self.events)

    def delete(self) -> None:
        mid = self._current()
        if mid is not None and self.dialogs.confirm("把这次会议的记录移到回收站吗？（可以从回收站恢复）"):
            run_op(self.db, self.dialogs, lambda s: meetings.delete_meeting(s, mid), events=self.events)

    def _preview(self, write: Any, name: str, title: str) -> None:
        from dangjian_desktop.ui.print_preview import show_preview

        mid = self._current()
        if mid is None:
            return
        done = run_op(self.db, self.dialogs, lambda s: meetings.meeting_data(s, mid))
        if not done:
            return
        data = done.value

        def make(pdf: Path) -> None:
            with self.db.session_scope() as s:
                write(s, mid, pdf)

        safe = re.sub(r'[\\/:*?"<>|\s]+', "_", data.title)[:60]
        show_preview(self, self.dialogs, make, f"{fmt(data.held_on)}_{safe}{name}.pdf", title)

    def print_record(self) -> None:
        self._preview(meetings_print.print_meeting, "", "打印预览 — 会议记录")

    def print_sign_in(self) -> None:
        self._preview(meetings_print.print_sign_in_sheet, "_签到表", "打印预览 — 签到表")
