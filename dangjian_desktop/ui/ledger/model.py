"""The ledger's table model: holds the branch's rows, filters and sorts them in memory."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
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
from dangjian_desktop.domain.people import ACTIVE_STATUSES, CATEGORIES
from dangjian_desktop.services.people.rows import LedgerRows, PersonRow

_Index = QModelIndex | QPersistentModelIndex


def _text(value: Any) -> str:
    return value or ""


def _age(birth: date | None) -> str:
    return str(age_on(birth, date.today())) if birth else ""


def _date_key(value: date | None) -> date:
    return value or date.max


@dataclass(frozen=True)
class Column:
    title: str
    field: str  # the PersonRow field shown
    text: Callable[[Any], str] = _text  # the field's value → the cell's text
    key: Callable[[Any], Any] | None = None  # the field's value → sort key when the header is clicked (else the text)


COLUMNS = (
    Column("姓名", "name"),
    Column("性别", "gender"),
    Column("年龄", "birth_date", _age, _date_key),
    Column("人员类别", "category"),
    Column("提醒", "attention"),
    Column("党小组", "group_name"),
    Column("党内职务", "party_post"),
    Column("入党日期", "join_date", fmt, _date_key),
    Column("转正日期", "full_member_date", fmt, _date_key),
    Column("出生日期", "birth_date", fmt, _date_key),
    Column("民族", "ethnicity"),
    Column("学历", "education"),
    Column("公民身份号码", "id_number"),
    Column("联系电话", "phone"),
    Column("工作单位及职务", "work_unit"),
    Column("组织关系", "status"),
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
    takes the earlier result back from a stack instead of scanning again. The rows are held as columns
    (services/people/rows.LedgerRows); a cell's text is made when the view asks for it."""

    def __init__(self) -> None:
        super().__init__()
        self._all = LedgerRows()
        self._visible: Sequence[int] = array("I")
        self._filter = LedgerFilter()
        self._name_order = "姓氏笔画"
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._orders: dict[tuple[Any, ...], array[int]] = {}
        self._candidates: dict[tuple[Any, ...], tuple[array[int], list[str]]] = {}
        # (needle, rows, their ASCII search texts or None for a non-ASCII needle), narrowing
        self._typed: list[tuple[str, array[int], list[str] | None]] = []
        self._typed_key: tuple[Any, ...] | None = None
        self._made: tuple[int, PersonRow] | None = None  # the row data() made last (asked for cell by cell)
        self.counts: dict[str, int] = {}
        self.mask_ids = True

    # --- data in -----------------------------------------------------------------------------
    def set_rows(self, rows: LedgerRows | Iterable[PersonRow]) -> None:
        self.beginResetModel()
        self._all = LedgerRows()  # the old rows go before the new ones are held
        self._all = rows if isinstance(rows, LedgerRows) else LedgerRows(rows)
        self._made = None
        self._orders = {}
        self._candidates = {}
        self._typed, self._typed_key = [], None
        self.counts = self._count()
        self._visible = self._compute_visible()
        self.endResetModel()

    def _count(self) -> dict[str, int]:
        """Counts per 人员类别 of the people still on the books (as rows.category_counts)."""
        counts = dict.fromkeys(CATEGORIES, 0)
        for category, status in zip(self._all.column("category"), self._all.column("status"), strict=True):
            if status in ACTIVE_STATUSES and category in counts:
                counts[category] += 1
        return counts

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
    def _order(self) -> array[int]:
        """Every row index in the current sort order (computed once per order)."""
        key = (self._name_order, self._sort)
        order = self._orders.get(key)
        if order is None:
            fn = NAME_ORDERS[self._name_order]
            names = self._all.column("name")
            ranks = _ranks(names, fn)  # each distinct name's key computed once
            indices = range(len(names))
            descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
            if self._sort is None or self._sort[0] == 0:
                ordered = sorted(indices, key=ranks.__getitem__, reverse=descending)
            else:
                column = COLUMNS[self._sort[0]]
                col_key = column.key or column.text
                values = self._all.column(column.field)
                keys = _ranks(values, col_key)
                ordered = sorted(indices, key=lambda i: (keys[i], ranks[i]), reverse=descending)
            order = self._orders[key] = array("I", ordered)
        return order

    def _candidates_for(self, key: tuple[Any, ...]) -> tuple[array[int], list[str]]:
        """The rows (in the current order) that pass the group, category and status filters, with
        their search texts; computed once per combination."""
        found = self._candidates.get(key)
        if found is None:
            _order, group_id, category, status = key
            order = self._order()
            keep: Iterable[int] = order
            if group_id is not None:
                groups = self._all.column("group_id")
                keep = [i for i in keep if (groups[i] or "") == group_id]
            if category:
                categories = self._all.column("category")
                keep = [i for i in keep if categories[i] == category]
            if status:
                statuses = self._all.column("status")
                if status == "在册":
                    keep = [i for i in keep if statuses[i] in ACTIVE_STATUSES]
                else:
                    keep = [i for i in keep if statuses[i] == status]
            rows = keep if isinstance(keep, array) else array("I", keep)
            search = self._all.search
            found = self._candidates[key] = (rows, [search[i] for i in rows])
        return found

    def _compute_visible(self) -> array[int]:
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
            if needle.isascii():
                assert texts is not None  # an ASCII needle narrows an ASCII one
                hits = list(map(contains, texts, repeat(needle)))  # the loop in C: no bytecode per row
                stack.append((needle, array("I", compress(rows, hits)), list(compress(texts, hits))))
            else:  # a Chinese character: only the non-ASCII texts (names) can hold it, searched in one pass
                found = self._all.find(needle)
                stack.append((needle, array("I", (i for i in rows if i in found)), None))
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

    def _row(self, i: int) -> PersonRow:
        made = self._made
        if made is None or made[0] != i:
            made = self._made = (i, self._all[i])
        return made[1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(self._visible[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            column = COLUMNS[index.column()]
            text = column.text(getattr(row, column.field))
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
        return self._row(self._visible[view_row])

    def view_row_of(self, person_id: str) -> int | None:
        i = self._all.index_of(person_id)
        if i is None or i not in self._visible:
            return None
        return self._visible.index(i)

    def visible_rows(self) -> list[PersonRow]:
        return [self._all[i] for i in self._visible]

    def all_rows(self) -> list[PersonRow]:
        return list(self._all)

    def total(self) -> int:
        """How many people the rows hold (shown or not)."""
        return len(self._all)


def _ranks(values: list[Any], key: Callable[[Any], Any]) -> list[int]:
    """Each value's place in the order of ``key`` (computed once per distinct value); values whose keys
    are equal share a place, so that sorting by it keeps them in row order as sorting by the key would."""
    keys = {v: key(v) for v in set(values)}
    place = {k: n for n, k in enumerate(sorted(set(keys.values())))}
    return [place[keys[v]] for v in values]
