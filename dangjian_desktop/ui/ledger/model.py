"""The ledger's table model: holds the branch's rows, filters and sorts them in memory."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
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


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _USER))
_GREY, _RED, _ORANGE = QColor("#888888"), QColor("#c62828"), QColor("#e65100")


class LedgerModel(QAbstractTableModel):
    """All rows are sorted once per sort order. The rows that pass the group, category and status
    filters are computed once per combination (the candidates, with their search texts beside them);
    typing then scans only the rows the previous text matched, and deleting a character (widening)
    takes the earlier result back from a stack instead of scanning again. A new filter or order is
    shown as one layout change, not a reset: the selection follows the people still listed. The rows are held as columns (services/people/rows.LedgerRows); a cell's
    text is made when the view asks for it."""

    def __init__(self) -> None:
        super().__init__()
        self._all = LedgerRows()
        self._visible: Sequence[int] = array("I")
        self._filter = LedgerFilter()
        self._name_order = "姓氏笔画"
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._orders: dict[tuple[Any, ...], array[int]] = {}
        self._candidates: dict[tuple[Any, ...], tuple[array[int], list[str]]] = {}
        # (needle, rows, the texts a longer needle searches: the ASCII search texts for an ASCII needle,
        # the non-ASCII ones for another), narrowing
        self._typed: list[tuple[str, array[int], list[str]]] = []
        self._typed_key: tuple[Any, ...] | None = None
        self._made: tuple[int, PersonRow] | None = None  # the row data() made last (asked for cell by cell)
        self.counts: dict[str, int] = {}
        self.mask_ids = True
        self.scanned = 0  # how many search texts the last filter compared with the typed text

    # --- data in -----------------------------------------------------------------------------
    def set_rows(self, rows: LedgerRows | Iterable[PersonRow]) -> None:
        self.read_rows(lambda: rows)

    def read_rows(self, read: Callable[[], LedgerRows | Iterable[PersonRow]]) -> None:
        """The rows ``read()`` gives instead of those held, which are let go (with the orders, candidates
        and results made from them) before ``read`` runs: the old rows and the new ones are never in
        memory together."""
        self.beginResetModel()
        try:
            self._all = LedgerRows()
            self._visible = array("I")
            self._made = None
            self._orders = {}
            self._candidates = {}
            self._typed, self._typed_key = [], None
            self.counts = {}
            rows = read()
            self._all = rows if isinstance(rows, LedgerRows) else LedgerRows(rows)
            self.counts = self._count()
            self._visible = self._compute_visible()
        finally:
            self.endResetModel()

    def update_rows(self, rows: Iterable[PersonRow]) -> None:
        """``rows`` (just saved) in place of the same people's rows, new people added: the orders and the
        filters' candidates made before are kept and each row is moved to its place in them, so that
        nobody else is read or sorted again."""
        self._visible = array("I", self._visible)  # what is listed now, apart from the arrays changed below
        for row in rows:
            old = self._all.index_of(row.id)
            if old is not None:
                self._add_count(self._all[old], -1)
            i = self._all.put(row)
            self._add_count(row, 1)
            self._made = None
            for (name_order, sort), order in self._orders.items():
                with suppress(ValueError):
                    order.remove(i)
                before = self._before(i, name_order, sort)
                order.insert(_place(order, before), i)
            for key, (kept, texts) in self._candidates.items():
                with suppress(ValueError):
                    at = kept.index(i)
                    del kept[at], texts[at]
                _order, group_id, category, status = key
                if ((group_id is None or (row.group_id or "") == group_id)
                        and (not category or row.category == category)
                        and (not status or (row.status in ACTIVE_STATUSES if status == "在册" else row.status == status))):
                    at = _place(kept, self._before(i, *key[0]))
                    kept.insert(at, i)
                    texts.insert(at, self._all.search[i])
        self._typed_key = None  # the typed text is compared again with the candidates
        self._show(self._compute_visible())
        if self._visible:  # the rows that stayed where they were show their new values too
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(COLUMNS) - 1))

    def _add_count(self, row: PersonRow, n: int) -> None:
        if row.status in ACTIVE_STATUSES and row.category in self.counts:
            self.counts[row.category] += n

    def _before(self, i: int, name_order: str, sort: tuple[int, Qt.SortOrder] | None) -> Callable[[int], bool]:
        """Whether a row stands before row ``i`` in an order (as ``_order`` sorts: by the key, then by row)."""
        fn = NAME_ORDERS[name_order]
        if sort is None or sort[0] == 0:
            def key(j: int) -> Any:
                return fn(self._all.value("name", j))
        else:
            column = COLUMNS[sort[0]]
            col_key = column.key or column.text

            def key(j: int) -> Any:
                return (col_key(self._all.value(column.field, j)), fn(self._all.value("name", j)))
        descending = sort is not None and sort[1] == Qt.SortOrder.DescendingOrder
        mine = key(i)

        def before(j: int) -> bool:
            other = key(j)
            if other == mine:
                return j < i
            return other > mine if descending else other < mine
        return before

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
        self._filter = flt
        self._show(self._compute_visible())

    def set_name_order(self, order: str) -> None:
        self._name_order = order
        self._sort = None
        self._show(self._compute_visible())

    def _show(self, visible: array[int]) -> None:
        """List ``visible`` instead of the rows listed: one layout change, not a reset (a reset makes the
        view and its headers start over). What the view holds on to (the selected rows, the current one)
        follows each person to their new row, or is let go when the person is no longer listed."""
        old = self._visible
        if visible == old:
            self._visible = visible
            return
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()
        self._visible = visible
        if held:
            people = [old[i.row()] for i in held]
            rows = _positions(visible, set(people))
            self.changePersistentIndexList(held, [self.index(rows[p], i.column()) if p in rows else QModelIndex()
                                                  for i, p in zip(held, people, strict=True)])
        self.layoutChanged.emit()

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
            rows = array("I", keep)  # its own (update_rows changes the orders and the candidates apart)
            search = self._all.search
            found = self._candidates[key] = (rows, [search[i] for i in rows])
        return found

    def _compute_visible(self) -> array[int]:
        """The rows listed for the filter. Typing a character compares the typed text only with the
        search texts of the rows the text before it matched; deleting one takes an earlier result back
        from the stack, comparing nothing. ``scanned`` counts the texts compared."""
        f = self._filter
        key = ((self._name_order, self._sort), f.group_id, f.category, f.status)
        if key != self._typed_key:
            rows, texts = self._candidates_for(key)
            self._typed, self._typed_key = [("", rows, texts)], key
        needle = _needle(f.text)
        stack = self._typed
        self.scanned = 0
        while stack[-1][0] not in needle:  # widening (a character deleted): back to an earlier result
            stack.pop()
        previous, rows, texts = stack[-1]
        if previous == needle:
            return rows
        if needle.isascii() or not previous.isascii():
            # an ASCII text narrows an ASCII one within the ASCII search texts; a Chinese one a Chinese
            # one within the names
            hits = list(map(contains, texts, repeat(needle)))  # the loop in C: no bytecode per row
            stack.append((needle, array("I", compress(rows, hits)), list(compress(texts, hits))))
        else:  # the first Chinese character: only the non-ASCII texts (names) can hold it
            found = self._all.find(needle)  # one pass over the packed names
            kept = array("I", compress(rows, map(found.__contains__, rows)))
            stack.append((needle, kept, [self._all.wide_text(i) for i in kept]))
        self.scanned = len(texts)
        return stack[-1][1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._show(self._compute_visible())

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

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # asked about seven times for each cell painted: the roles not answered are let go first
        if role not in _ANSWERED:
            return None
        n = index.row()
        if n < 0:  # not a cell
            return None
        row = self._row(self._visible[n])
        column = index.column()
        if role == _DISPLAY:
            field, text = _CELLS[column]
            value = text(getattr(row, field))
            if column == ID_COLUMN and self.mask_ids and value:
                return mask(value)
            return value
        if role == _FOREGROUND:
            if row.status not in ACTIVE_STATUSES:
                return _GREY
            if column == ATTENTION_COLUMN and row.attention:
                return _RED if "逾期" in row.attention or "不符合" in row.attention else _ORANGE
            return None
        if role == _TOOLTIP:
            return row.attention if column == ATTENTION_COLUMN and row.attention else None
        return row.id  # _USER

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


_CELLS = [(c.field, c.text) for c in COLUMNS]


def _positions(rows: array[int], wanted: set[int]) -> dict[int, int]:
    """Where each of ``wanted`` stands in ``rows`` (those not there left out)."""
    if len(wanted) <= 64:  # the usual: a person or a few selected, each searched for in C
        found = {}
        for i in wanted:
            with suppress(ValueError):
                found[i] = rows.index(i)
        return found
    where = dict(zip(rows, range(len(rows)), strict=True))
    return {i: where[i] for i in wanted if i in where}


def _place(rows: array[int], before: Callable[[int], bool]) -> int:
    """Where a row goes in ``rows`` (in order): after every row that stands ``before`` it."""
    lo, hi = 0, len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        if before(rows[mid]):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _ranks(values: list[Any], key: Callable[[Any], Any]) -> list[int]:
    """Each value's place in the order of ``key`` (computed once per distinct value); values whose keys
    are equal share a place, so that sorting by it keeps them in row order as sorting by the key would."""
    keys = {v: key(v) for v in set(values)}
    place = {k: n for n, k in enumerate(sorted(set(keys.values())))}
    return [place[keys[v]] for v in values]
