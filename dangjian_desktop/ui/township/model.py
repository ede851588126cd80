"""A table of the 汇总 (one ReportTable: a row per branch, maybe a 合计 row) as a read-only Qt model.

The row's key columns (序号, 支部) are also its vertical header: the view hides those columns and shows the
header, which stays in place while the other columns scroll sideways."""

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
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, _FONT, _TIP = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole)


class _Cell:
    """What a cell shows, worked out once when the table is set (a view asks for it many times)."""

    __slots__ = ("align", "background", "cols", "foreground", "text")

    def __init__(self, value: Value, cols: int, column: int, key_columns: int) -> None:
        self.text = text = cell_text(value)
        self.cols = cols
        self.align = (_RIGHT if isinstance(value, Money) else
                      _LEFT if column < key_columns and not isinstance(value, int) else _CENTER)
        missing = text in ("缺", "无效") or (text.startswith("缺") and text[1:].isdigit()) or "未报送" in text
        self.background = (QBrush(MISSING_BG) if missing else QBrush(DONE_BG) if text == "✓" else None)
        self.foreground = QBrush(UNUSED_FG) if text in ("未启用", "不查", "本地", "未到期") else None


class SummaryTableModel(QAbstractTableModel):
    """Spans (a quarter's cell over its months) are laid out by the view from ``spans()``."""

    def __init__(self, table: ReportTable | None = None) -> None:
        super().__init__()
        self.table = table or ReportTable("", [], [])
        self._grid: list[list[_Cell]] = []
        self._keys: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.set_table(self.table)

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        rows = [*table.rows, *([table.totals] if table.totals is not None else [])]
        width = len(table.headers)
        self._grid = []
        for row in rows:
            cells: list[tuple[Value, int]] = []
            for value in row:
                cols = value.cols if isinstance(value, Span) else 1
                cells.append((value, cols))
                cells += [("", 0)] * (cols - 1)  # covered by the span
            cells += [("", 1)] * (width - len(cells))
            self._grid.append([_Cell(v, cols, c, table.key_columns) for c, (v, cols) in enumerate(cells[:width])])
        self._keys = [" ".join(t for c in row[:table.key_columns] if (t := c.text.strip())) for row in self._grid]
        self.endResetModel()

    @property
    def branch_rows(self) -> int:
        return len(self.table.rows)

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, columns) of each cell over several columns."""
        return [(r, c, cell.cols) for r, row in enumerate(self._grid) for c, cell in enumerate(row) if cell.cols > 1]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._grid)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not (0 <= row < len(self._grid)):
            return None
        cell = self._grid[row][index.column()]
        if role == _DISPLAY:
            return cell.text
        if role == _ALIGN:
            return cell.align
        if role == _BACKGROUND:
            return cell.background
        if role == _FOREGROUND:
            return cell.foreground
        if role == _FONT:
            return self._bold if row >= self.branch_rows else None
        if role == _TIP and row < self.branch_rows:
            column = index.column()
            tips = self.table.tips[row] if row < len(self.table.tips) else []
            tip = tips[column] if column < len(tips) else ""
            return tip or (f"{self.table.headers[column]}：{cell.text}" if cell.text else None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == _DISPLAY and 0 <= section < len(self.table.headers):
                return self.table.headers[section]
            return None
        if not 0 <= section < len(self._keys):
            return None
        if role == _DISPLAY:  # the row's name (序号 and 支部, or 合计), kept in view by the vertical header
            return self._keys[section]
        if role == _ALIGN:
            return _LEFT
        if role == _FONT and section >= self.branch_rows:
            return self._bold
        return None
