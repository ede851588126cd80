"""学习笔记 display pieces: a table model for the tab's lists, and the side-by-side copy-hint view."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from dangjian_desktop.services.study.copy_hints import CopyHint

_ATTENTION = QColor("#b00020")
_MARK = "background-color: #ffe08a;"


class RowsModel(QAbstractTableModel):
    """Rows of display texts with a key each; rows marked ``attention`` are shown in red."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.keys: list[Any] = []
        self.attention: set[int] = set()
        self.tips: dict[int, str] = {}

    def set_rows(self, rows: list[tuple[Any, list[str]]], attention: set[int] | None = None,
                 tips: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.keys = [k for k, _r in rows]
        self.rows = [r for _k, r in rows]
        self.attention = attention or set()
        self.tips = tips or {}
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def row_of(self, key: Any) -> int:
        return self.keys.index(key) if key in self.keys else -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.attention:
            return _ATTENTION
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def marked_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as HTML with the spans highlighted, line breaks kept."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="{_MARK}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def hint_texts(hint: CopyHint) -> tuple[str, str]:
    """The note and its source as HTML, the passages in common highlighted in both."""
    return (marked_html(hint.note_text, hint.overlap.note_spans),
            marked_html(hint.source_text, hint.overlap.source_spans))


def hint_summary(hints: list[CopyHint]) -> str:
    if not hints:
        return ""
    return "；".join(h.summary() for h in hints) + "。请核实是否为本人所写（仅供参考）。"


def snippet_html(snippet: str) -> str:
    from dangjian_desktop.services.study.search import HIT_END, HIT_START

    return (html.escape(snippet).replace(HIT_START, f'<span style="{_MARK}">').replace(HIT_END, "</span>"))


def rows_view(model: RowsModel, name: str, *, wrap: bool = False) -> QTableView:
    """A read-only table of whole rows, one selected at a time, as the study and duty tabs show them."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(wrap)
    return view
