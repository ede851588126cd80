"""The 三卡一法 case list as a table model; overdue cases in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services.cases.records import CaseRow

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ["当事人", "单位/岗位", "类别", "关注等级", "责任人", "立案日期", "进展", "下次回访", "卡片", "提示"]


def hint(row: CaseRow) -> str:
    if row.overdue_days:
        return f"回访已逾期 {row.overdue_days} 天"
    if not row.is_open:
        return f"{fmt(row.closed_on)} 销号"
    return ""


class CaseListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue_days:
                return QBrush(QColor("#b00020"))
            if not row.is_open:
                return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue_days:
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        unit = " ".join(p for p in (row.person_unit, row.person_post) if p)
        values = [row.person_name + ("" if row.person_id else "（职工）"), unit, row.category, row.level,
                  row.responsible, fmt(row.opened_on), row.status, fmt(row.next_follow_up) if row.is_open else "",
                  str(row.card_count), hint(row)]
        return values[column]
