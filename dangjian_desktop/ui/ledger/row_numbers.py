"""The row numbers beside the ledger's table."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget


class RowNumbers(QHeaderView):
    """A vertical header whose width follows the number of digits of the row count. Qt's own header
    measures its first and last hundred numbers, asking the model five questions for each, whenever
    the row count changes — on every keystroke in 查找 — while only the count of digits matters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)  # as a table's own: a click selects the row
        self.setHighlightSections(True)
        self._hint: tuple[tuple[int, str, int], QSize] | None = None

    def sizeHint(self) -> QSize:
        model = self.model()
        count = model.rowCount(self.rootIndex()) if model is not None else 0
        if not count:  # as Qt's: no numbers, no width
            return QSize(0, 0)
        digits = len(str(count))
        key = (digits, self.font().key(), self.defaultSectionSize())
        if self._hint is None or self._hint[0] != key:
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            bold = QFont(self.font())
            bold.setBold(True)  # as Qt measures a section: the current row's number is shown bold
            option.fontMetrics = QFontMetrics(bold)
            option.text = max((d * digits for d in "0123456789"), key=option.fontMetrics.horizontalAdvance)
            size = self.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), self)
            self._hint = (key, size.expandedTo(QSize(0, self.defaultSectionSize())))
        return self._hint[1]
