"""Small widgets used by the Designer forms (promoted in forms/*.ui)."""

from __future__ import annotations

import contextlib
import itertools
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from dangjian_desktop.domain.dates import fmt, parse_date


class DateField(QWidget):
    """A date that may be empty: typed as people write dates (1990-07-01, 1990年7月1日, 1990.7.1)
    or picked from a calendar. ``value()`` raises ValueError with a Chinese message when unreadable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("年-月-日")
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip("从日历中选择")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # no week numbers
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._sync_calendar)
        self._calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)

    def value(self) -> date | None:
        parsed = parse_date(self.edit.text())
        return parsed.value if parsed else None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(fmt(value))

    def _tidy(self) -> None:
        with contextlib.suppress(ValueError):  # left as typed; the dialog shows the message
            self.set_value(self.value())

    def _sync_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        d = current or date.today()
        self._calendar.setSelectedDate(QDate(d.year, d.month, d.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus()


def scrolled(layout: QBoxLayout, widget: QWidget) -> QScrollArea:
    """Put ``widget`` (an item of ``layout``) inside a scroll area in its place: with large text the
    window stays within the screen and scrolls instead."""
    index = layout.indexOf(widget)
    stretch = layout.stretch(index)
    area = QScrollArea(objectName=f"{widget.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    layout.insertWidget(index, area, stretch)
    area.setWidget(widget)
    return area


def tab_order(window: QWidget, widgets: list[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order (a button box: through its buttons), and the first
    one that can takes the focus. For fields a form adds after the Designer form was set up, which
    would otherwise come after the buttons."""
    chain: list[QWidget] = []
    for widget in widgets:
        if isinstance(widget, QDialogButtonBox):
            chain += [b for b in widget.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
        else:
            chain.append(widget.focusProxy() or widget)
    for first, second in itertools.pairwise(chain):
        window.setTabOrder(first, second)
    start = next((w for w in chain if w.isEnabled()), None)
    if start is not None:
        start.setFocus()
