"""A table of the 汇总 (one ReportTable: a row per branch, maybe a 合计 row) as a read-only Qt model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dangjian_desktop.export.docx_layout import Span
from dangjian_desktop.export.township_report import Money, ReportTable, Value, cell_text

_Index = QModelIndex | QPersistentModelIndex
MISSING_BG = QColor("#ef9a9a")
DONE_BG = QColor("#c8e6c9")
UNUSED_FG = QColor("#9e9e9e")


class SummaryTableModel(QAbstractTableModel):
    """Spans (a quarter's cell over its months) are laid out by the view from ``spans()``."""

    def __init__(self, table: ReportTable | None = None) -> None:
        super().__init__()
        self.table = table or ReportTable("", [], [])
        self._grid: list[list[tuple[Value, int]]] = []
        self.set_table(self.table)

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        rows = [*table.rows, *([table.totals] if table.totals is not None else [])]
        self._grid = []
        for row in rows:
            cells: list[tuple[Value, int]] = []
            for value in row:
                cols = value.cols if isinstance(value, Span) else 1
                cells.append((value, cols))
                cells += [("", 0)] * (cols - 1)  # covered by the span
            cells += [("", 1)] * (len(table.headers) - len(cells))
            self._grid.append(cells[:len(table.headers)])
        self.endResetModel()

    @property
    def branch_rows(self) -> int:
        return len(self.table.rows)

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, columns) of each cell over several columns."""
        return [(r, c, cols) for r, row in enumerate(self._grid) for c, (_v, cols) in enumerate(row) if cols > 1]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._grid)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._grid)):
            return None
        value, _cols = self._grid[index.row()][index.column()]
        text = cell_text(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, Money):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index.column() < self.table.key_columns and not isinstance(value, int):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if text in ("缺", "无效") or (text.startswith("缺") and text[1:].isdigit()) or "未报送" in text:
                return QBrush(MISSING_BG)
            if text == "✓":
                return QBrush(DONE_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and text in ("未启用", "不查", "本地", "未到期"):
            return QBrush(UNUSED_FG)
        if role == Qt.ItemDataRole.FontRole and index.row() >= self.branch_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < self.branch_rows:
            tips = self.table.tips[index.row()] if index.row() < len(self.table.tips) else []
            tip = tips[index.column()] if index.column() < len(tips) else ""
            return tip or (f"{self.table.headers[index.column()]}：{text}" if text else None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.headers):
            return self.table.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
