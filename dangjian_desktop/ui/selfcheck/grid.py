"""The 自查 year grid drawn as a picture: items down, months across, each cell green / red / grey.

A quarterly item is one box over its three months, a yearly item one box over the year, so the eye
reads at once which quarter or month is missing. Clicking a cell says where its records are.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain.selfcheck_start import UNUSED, UNUSED_LABEL

FILL = {sc.OK: "#c8e6c9", sc.MISSING: "#ef9a9a", sc.PENDING: "#f1f1f1", sc.NA: "#ffffff", UNUSED: "#fafafa"}
EDGE = {sc.OK: "#2e7d32", sc.MISSING: "#c62828", sc.PENDING: "#bdbdbd", sc.NA: "#e0e0e0", UNUSED: "#e0e0e0"}
TEXT = {**EDGE, sc.PENDING: "#888888", UNUSED: "#9e9e9e"}
MARK = {sc.OK: "✓", sc.MISSING: "缺", sc.PENDING: "", sc.NA: "", UNUSED: UNUSED_LABEL}
LABELS = {**sc.CELL_LABELS, UNUSED: UNUSED_LABEL}


class YearGrid(QWidget):
    cell_clicked = Signal(object)  # the clicked cell's sc.Target
    resized = Signal()  # the rows changed: the height the grid asks for changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfcheckGrid")
        self.rows: list[sc.GridRow] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(120)

    def set_rows(self, rows: list[sc.GridRow]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.resized.emit()
        self.update()

    # --- geometry ----------------------------------------------------------------------------
    def _metrics(self) -> tuple[int, int, int, int]:
        fm = self.fontMetrics()
        label_w = max([fm.horizontalAdvance(r.label) for r in self.rows] + [fm.horizontalAdvance("支部党员大会")]) + 16
        row_h = fm.height() + 14
        head_h = fm.height() + 10
        col_w = max(fm.horizontalAdvance("12月") + 14, (self.width() - label_w - 8) // 12)
        return label_w, col_w, row_h, head_h

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("支部党员大会") + 12 * (fm.horizontalAdvance("12月") + 24),
                     (fm.height() + 14) * max(1, len(self.rows)) + fm.height() + 20)

    def cell_rect(self, row: int, cell: sc.Cell) -> QRect:
        label_w, col_w, row_h, head_h = self._metrics()
        x = label_w + (cell.first_month - 1) * col_w
        return QRect(x + 2, head_h + row * row_h + 2, cell.months * col_w - 4, row_h - 4)

    def cell_at(self, pos: QPoint) -> sc.Cell | None:
        for r, row in enumerate(self.rows):
            for cell in row.cells:
                if self.cell_rect(r, cell).contains(pos):
                    return cell
        return None

    # --- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w, col_w, row_h, head_h = self._metrics()
        p.setPen(QColor("#555555"))
        for m in range(12):
            p.drawText(QRect(label_w + m * col_w, 0, col_w, head_h), Qt.AlignmentFlag.AlignCenter, f"{m + 1}月")
        for r, row in enumerate(self.rows):
            y = head_h + r * row_h
            p.setPen(QColor("#222222"))
            p.drawText(QRect(4, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       row.label)
            for cell in row.cells:
                rect = self.cell_rect(r, cell)
                p.setPen(QPen(QColor(EDGE[cell.state]), 1.2))
                p.setBrush(QColor(FILL[cell.state]))
                p.drawRoundedRect(rect, 4, 4)
                text = cell.mark or (MARK[cell.state] if cell.months == 1 else cell.note)
                p.setPen(QColor(TEXT[cell.state]))
                self._draw_fitted(p, rect, text)
        p.end()

    def _draw_fitted(self, p: QPainter, rect: QRect, text: str) -> None:
        """Draw ``text`` in ``rect``; a mark too wide for one line (收405.10/应406.60) goes on two lines, in a
        smaller font if need be, rather than being cut."""
        font = QFont(self.font())
        lines = [text]
        if QFontMetrics(font).horizontalAdvance(text) > rect.width() - 4 and "/" in text:
            lines = text.split("/")
        size = font.pointSizeF()
        while size > 6:
            fm = QFontMetrics(font)
            if max(fm.horizontalAdvance(s) for s in lines) <= rect.width() - 4 and fm.height() * len(lines) <= rect.height():
                break
            size -= 0.5
            font.setPointSizeF(size)
        p.save()
        p.setFont(font)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        p.restore()

    # --- interaction -------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            QToolTip.showText(event.globalPosition().toPoint(), f"{cell.note}（{LABELS[cell.state]}）", self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(cell.target)
        super().mousePressEvent(event)
