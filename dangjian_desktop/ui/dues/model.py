"""The 党费 grid as a table model: one member a row, 12 months, and a 合计 row at the bottom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.services.dues.ledger import DuesGrid, GridRow, MonthCell
from dangjian_desktop.services.dues.reports import rate_text

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ["姓名", "缴费类别", "基数", "比例", "月应缴", *(f"{m}月" for m in range(1, 13)),
           "全年应缴", "全年实缴", "欠缴", "备注"]
FIRST_MONTH = 5
_BACKGROUND = {dm.UNPAID: "#f8d7da", dm.PARTIAL: "#ffe8c2", dm.WAIVED: "#e8e8e8", dm.PAID: "#e3f4e1"}
_MARKS = {dm.WAIVED: "免交", dm.NOT_MEMBER_YET: "—", dm.NOT_ARRIVED: "—", dm.TRANSFERRED: "—", dm.LEFT: "—",
          dm.UNPAID: "未交", dm.UNASSESSED: "未核定"}


def month_text(cell: MonthCell) -> str:
    if cell.state == dm.PARTIAL:
        return f"{format_fen(cell.paid_fen)}/{format_fen(cell.due_fen)}"
    if cell.paid_fen:
        return format_fen(cell.paid_fen) + ("补" if cell.back_paid else "")
    return _MARKS.get(cell.state, "")


class DuesGridModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.grid: DuesGrid | None = None

    def set_grid(self, grid: DuesGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def row_at(self, row: int) -> GridRow | None:
        if self.grid is None or row >= len(self.grid.rows):
            return None
        return self.grid.rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.rows) + 1  # + 合计

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return "" if self.grid is not None and section == len(self.grid.rows) else str(section + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        r, c = index.row(), index.column()
        row = self.row_at(r)
        if row is None:
            return self._totals(c, role)
        cell = row.months[c - FIRST_MONTH] if FIRST_MONTH <= c < FIRST_MONTH + 12 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return month_text(cell) if cell is not None else self._row_text(row, c)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
            colour = _BACKGROUND.get(cell.state)
            return QBrush(QColor(colour)) if colour and (cell.state != dm.UNPAID or cell.owed_fen) else None
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            tip = f"{row.name} {cell.month}月：{cell.state_label}　应缴 {format_fen(cell.due_fen)} 元"
            tip += f"　实缴 {format_fen(cell.paid_fen)} 元" if cell.paid_fen else ""
            tip += f"　欠缴 {format_fen(cell.owed_fen)} 元" if cell.owed_fen else ""
            return tip + ("（补交）" if cell.back_paid else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 2 and c != len(HEADERS) - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row_text(self, row: GridRow, c: int) -> str:
        money = {2: row.base_fen, 4: row.due_fen if row.has_standard else None, FIRST_MONTH + 12: row.year_due_fen,
                 FIRST_MONTH + 13: row.year_paid_fen, FIRST_MONTH + 14: row.year_owed_fen}
        if c == 0:
            return row.name
        if c == 1:
            return row.category + (f"（{row.reduction}）" if row.reduction else "")
        if c == 3:
            return rate_text(row)
        if c == len(HEADERS) - 1:
            return row.note
        value = money.get(c)
        return format_fen(value) if value else ""

    def _totals(self, c: int, role: int) -> Any:
        assert self.grid is not None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if c == 0:
            return "合计"
        if FIRST_MONTH <= c < FIRST_MONTH + 12:
            return format_fen(self.grid.months[c - FIRST_MONTH].paid_fen)
        values = {FIRST_MONTH + 12: self.grid.year_due_fen, FIRST_MONTH + 13: self.grid.year_paid_fen,
                  FIRST_MONTH + 14: self.grid.year_owed_fen}
        return format_fen(values[c]) if c in values else ""
