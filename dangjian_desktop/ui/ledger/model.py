"""The ledger's table model: holds the branch's rows, filters and sorts them in memory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from dangjian_desktop.domain.dates import age_on, fmt
from dangjian_desktop.domain.idcard import mask
from dangjian_desktop.domain.names import pinyin_sort_key, stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.services.people.rows import PersonRow, category_counts

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[PersonRow], str]
    key: Callable[[PersonRow], Any] | None = None  # sort key when the header is clicked


def _age(r: PersonRow) -> str:
    return str(age_on(r.birth_date, date.today())) if r.birth_date else ""


COLUMNS = (
    Column("姓名", lambda r: r.name),
    Column("性别", lambda r: r.gender),
    Column("年龄", _age, lambda r: r.birth_date or date.max),
    Column("人员类别", lambda r: r.category),
    Column("提醒", lambda r: r.attention),
    Column("党小组", lambda r: r.group_name),
    Column("党内职务", lambda r: r.party_post),
    Column("入党日期", lambda r: fmt(r.join_date), lambda r: r.join_date or date.max),
    Column("转正日期", lambda r: fmt(r.full_member_date), lambda r: r.full_member_date or date.max),
    Column("出生日期", lambda r: fmt(r.birth_date), lambda r: r.birth_date or date.max),
    Column("民族", lambda r: r.ethnicity),
    Column("学历", lambda r: r.education),
    Column("公民身份号码", lambda r: r.id_number or ""),
    Column("联系电话", lambda r: r.phone),
    Column("工作单位及职务", lambda r: r.work_unit),
    Column("组织关系", lambda r: r.status),
)
ID_COLUMN = 12
ATTENTION_COLUMN = 4
# typical content, for column widths that need no measuring of the rows
WIDTH_SAMPLES = ("欧阳建国", "性别", "年龄", "入党积极分子", "转为正式党员即将到期", "第三党小组", "组织委员",
                 "2000-00-00", "2000-00-00", "2000-00-00", "维吾尔族", "研究生", "000000********0000",
                 "00000000000", "村务监督委员会主任", "组织关系")
NAME_ORDERS = {"姓氏笔画": stroke_key, "拼音": pinyin_sort_key}


@dataclass(frozen=True)
class LedgerFilter:
    text: str = ""
    group_id: str | None = None  # "" = 未分组
    category: str | None = None
    status: str | None = "在册"  # 在册 = still on the books; None = all


def _needle(text: str) -> str:
    return text.strip().lower().replace(" ", "")


class LedgerModel(QAbstractTableModel):
    """All rows are sorted once per sort order. The rows that pass the group, category and status
    filters are computed once per combination (the candidates, with their search texts beside them);
    typing then scans only the rows the previous text matched, and deleting a character (widening)
    takes the earlier result back from a stack instead of scanning again."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[PersonRow] = []
        self._blobs: list[str] = []
        self._visible: list[int] = []
        self._filter = LedgerFilter()
        self._name_order = "姓氏笔画"
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._orders: dict[tuple[Any, ...], list[int]] = {}
        self._candidates: dict[tuple[Any, ...], tuple[list[int], list[str]]] = {}
        self._typed: list[tuple[str, list[int], list[str]]] = []  # (needle, rows, their texts), narrowing
        self._typed_key: tuple[Any, ...] | None = None
        self.counts: dict[str, int] = {}
        self.mask_ids = True

    # --- data in -----------------------------------------------------------------------------
    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._blobs = [
            "\t".join((r.name, r.name_pinyin, r.name_initials, (r.id_number or "").lower(), r.phone)).lower()
            for r in rows
        ]
        self._orders = {}
        self._candidates = {}
        self._typed, self._typed_key = [], None
        self.counts = category_counts(rows)
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, flt: LedgerFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_name_order(self, order: str) -> None:
        self.beginResetModel()
        self._name_order = order
        self._sort = None
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_mask_ids(self, masked: bool) -> None:
        self.mask_ids = masked
        if self._visible:
            self.dataChanged.emit(self.index(0, ID_COLUMN), self.index(len(self._visible) - 1, ID_COLUMN))

    # --- filtering and sorting ---------------------------------------------------------------
    def _order(self) -> list[int]:
        """Every row index in the current sort order (computed once per order)."""
        key = (self._name_order, self._sort)
        order = self._orders.get(key)
        if order is None:
            fn = NAME_ORDERS[self._name_order]
            names = [fn(r.name) for r in self._all]
            indices = range(len(self._all))
            if self._sort is None or self._sort[0] == 0:
                descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
                order = sorted(indices, key=names.__getitem__, reverse=descending)
            else:
                column = COLUMNS[self._sort[0]]
                col_key = column.key or column.text
                rows = self._all
                order = sorted(indices, key=lambda i: (col_key(rows[i]), names[i]),
                               reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
            self._orders[key] = order
        return order

    def _candidates_for(self, key: tuple[Any, ...]) -> tuple[list[int], list[str]]:
        """The rows (in the current order) that pass the group, category and status filters, with
        their search texts; computed once per combination."""
        found = self._candidates.get(key)
        if found is None:
            _order, group_id, category, status = key
            rows, blobs = self._all, self._blobs
            keep = []
            for i in self._order():
                r = rows[i]
                if group_id is not None and (r.group_id or "") != group_id:
                    continue
                if category and r.category != category:
                    continue
                if status == "在册":
                    if r.status not in ACTIVE_STATUSES:
                        continue
                elif status and r.status != status:
                    continue
                keep.append(i)
            found = self._candidates[key] = (keep, [blobs[i] for i in keep])
        return found

    def _compute_visible(self) -> list[int]:
        f = self._filter
        key = ((self._name_order, self._sort), f.group_id, f.category, f.status)
        if key != self._typed_key:
            rows, texts = self._candidates_for(key)
            self._typed, self._typed_key = [("", rows, texts)], key
        needle = _needle(f.text)
        stack = self._typed
        while stack[-1][0] not in needle:  # widening (a character deleted): back to an earlier result
            stack.pop()
        if stack[-1][0] != needle:
            _n, rows, texts = stack[-1]
            hits = list(map(contains, texts, repeat(needle)))  # the loop in C: no bytecode per row
            stack.append((needle, list(compress(rows, hits)), list(compress(texts, hits))))
        return stack[-1][1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._visible = self._compute_visible()
        self.layoutChanged.emit()

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].title
        return str(section + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            text = COLUMNS[index.column()].text(row)
            if index.column() == ID_COLUMN and self.mask_ids and text:
                return mask(text)
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status not in ACTIVE_STATUSES:
                return QColor("#888888")
            if index.column() == ATTENTION_COLUMN and row.attention:
                return QColor("#c62828" if "逾期" in row.attention or "不符合" in row.attention else "#e65100")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ATTENTION_COLUMN and row.attention:
            return row.attention
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    # --- helpers for the tab -----------------------------------------------------------------
    def row_at(self, view_row: int) -> PersonRow:
        return self._all[self._visible[view_row]]

    def view_row_of(self, person_id: str) -> int | None:
        for n, i in enumerate(self._visible):
            if self._all[i].id == person_id:
                return n
        return None

    def visible_rows(self) -> list[PersonRow]:
        return [self._all[i] for i in self._visible]

    def all_rows(self) -> list[PersonRow]:
        return list(self._all)
