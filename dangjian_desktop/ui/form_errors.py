"""Showing validation messages next to the fields of a form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from dangjian_desktop.ui import screen_fit

_ERROR_COLOUR = "#b00020"
_RESERVED = "fieldErrorsLine"  # a message line or gap row added under a form's row
_GAP = "fieldErrorsGap"  # the form's row spacing before the message lines took its place
_FRAME = 60  # a window's title bar and borders, and a little to spare
_ERROR_STYLE = f"color: {_ERROR_COLOUR};"
TAB_MARK = " ✗"


class FieldErrors:
    """Puts a red message under each field that has an error, and clears them again.

    The line for each field's message is there from the start, empty (the form's rows are spaced by
    these lines instead of the usual gap), so no field moves when a message appears or goes (unless
    the form could not then fit on the screen, see ``_reserve``); a tab holding an error is marked ✗.
    """

    def __init__(self, fields: dict[str, QWidget], summary: QLabel | None = None,
                 tabs: QTabWidget | None = None) -> None:
        self.fields = fields
        self.summary = summary
        self.tabs = tabs
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, str] = {}  # field → its message, as shown now
        self._tab_titles = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
        self._reserve()
        for field, widget in fields.items():
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(lambda *_a, f=field: self.clear_field(f))

    def _message_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setProperty(_RESERVED, True)
        label.setStyleSheet(_ERROR_STYLE)
        label.ensurePolished()
        label.setFixedHeight(label.fontMetrics().height())  # one line, shown or not: the rows stay put
        self._labels[field] = label
        return label

    def _reserve(self) -> None:
        """Under each field, its (empty) message line; under other rows, a gap as high as the form's
        spacing was. The form's own spacing becomes 0, so the lines take the place of the gaps.

        Not where the lines would make the window taller than the screen (a long form without a scroll
        area, with large text): there a message takes its line when it first appears."""
        by_widget = {id(w): f for f, w in self.fields.items()}
        forms: list[QFormLayout] = []
        for widget in self.fields.values():
            form = _form_of(widget)
            if form is not None and all(form is not f for f in forms):
                forms.append(form)
        if not forms:
            return
        window = next(iter(self.fields.values())).window()
        before = window.minimumSizeHint().height()
        added: list[tuple[QFormLayout, QWidget]] = []
        spacing: list[tuple[QFormLayout, int]] = []
        for form in forms:
            gap = form.property(_GAP)
            if gap is None:
                gap = max(form.verticalSpacing(), 0)
                spacing.append((form, form.verticalSpacing()))
                form.setProperty(_GAP, gap)
                form.setVerticalSpacing(0)
            for row in range(form.rowCount() - 1, -1, -1):
                widget = _row_widget(form, row)
                if widget is None or widget.property(_RESERVED):
                    continue
                below = _row_widget(form, row + 1) if row + 1 < form.rowCount() else None
                if below is not None and below.property(_RESERVED):
                    continue  # reserved by an earlier FieldErrors on this form
                field = by_widget.get(id(widget))
                if field is not None:  # under the field, not under its label
                    filler: QWidget = self._message_label(field)
                    form.insertRow(row + 1, "", filler)
                else:
                    filler = QWidget()
                    filler.setProperty(_RESERVED, True)
                    filler.setFixedHeight(int(gap))
                    form.insertRow(row + 1, filler)
                added.append((form, filler))
                if not form.isRowVisible(row):
                    form.setRowVisible(row + 1, False)
        if not added:
            return
        if before + _extra_height(forms, added) > _room():  # a first guess, before the window is laid out
            self._release(added, spacing)
            return
        window.installEventFilter(_CheckOnShow(window, lambda: self._release(added, spacing)
                                               if window.minimumSizeHint().height() > _room() else None))

    def _release(self, added: list[tuple[QFormLayout, QWidget]], spacing: list[tuple[QFormLayout, int]]) -> None:
        """Take the kept lines out again: messages take their line when they first appear."""
        if self._errors:
            return
        for form, filler in added:
            form.removeRow(filler)
        for form, value in spacing:
            form.setVerticalSpacing(value)
            form.setProperty(_GAP, None)
        for form in {id(f): f for f, _w in added}.values():
            _refresh_up(form)
        self._labels.clear()

    def clear_field(self, field: str) -> None:
        """The user is correcting this field: take its message away (its row keeps its height)."""
        if field not in self._errors:
            return
        self._errors.pop(field, None)
        self._labels[field].setText("")
        self._labels[field].setToolTip("")
        self.fields[field].setStyleSheet("")
        self._mark_tabs()
        if not self._errors and self.summary is not None:
            self.summary.setVisible(False)

    def clear(self) -> None:
        for label in self._labels.values():
            label.setText("")
            label.setToolTip("")
        self._errors.clear()
        for widget in self.fields.values():
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
        self._mark_tabs()
        if self.summary is not None:
            self.summary.clear()
            self.summary.setVisible(False)

    def add(self, field: str, message: str) -> None:
        """One more message (a check made while typing), keeping the others and the focus where it is."""
        self.show({**self._errors, field: message}, focus=False)

    def show(self, errors: dict[str, str], *, focus: bool = True) -> None:
        self.clear()
        first: QWidget | None = None
        other: list[str] = []
        for field, message in errors.items():
            widget = self.fields.get(field)
            form = _form_of(widget) if widget is not None else None
            if widget is None or form is None:
                other.append(message)
                continue
            label = self._labels.get(field)
            if label is None:  # a field placed in its form after this was set up
                label = self._message_label(field)
                row, _role = form.getWidgetPosition(widget)
                form.insertRow(row + 1, "", label)
            label.setText(message)
            label.setToolTip(message)
            self._errors[field] = message
            if not widget.styleSheet():  # a styled border changes the field's height: keep the plain one
                widget.setMinimumHeight(max(widget.minimumHeight(), widget.sizeHint().height()))
            widget.setStyleSheet("border: 1px solid #b00020;")
            first = first or widget
        if self.summary is not None:
            count = len(errors)
            text = f"有 {count} 处需要更正，已在相应栏目下方用红字标出。"
            marked = [title for title, n in zip(self._tab_titles, self._errors_per_tab(), strict=True) if n]
            if len(marked) > 1:
                text = (f"有 {count} 处需要更正，在“{'”“'.join(marked)}”页（页名后标有 ✗），"
                        "已在相应栏目下方用红字标出。")
            if other:
                text += "\n" + "\n".join(other)
            self.summary.setText(text)
            self.summary.setStyleSheet(_ERROR_STYLE)
            self.summary.setVisible(True)
        self._mark_tabs()
        if first is not None and focus:
            if self.tabs is not None:
                for i in range(self.tabs.count()):
                    page = self.tabs.widget(i)
                    if page is not None and page.isAncestorOf(first):
                        self.tabs.setCurrentIndex(i)
                        break
            first.setFocus()

    def _errors_per_tab(self) -> list[int]:
        if self.tabs is None:
            return []
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [sum(1 for f in self._errors if page is not None and page.isAncestorOf(self.fields[f]))
                for page in pages]

    def _mark_tabs(self) -> None:
        """A ✗ and red text on each tab that holds an error; the plain title again once it is fixed."""
        if self.tabs is None:
            return
        bar = self.tabs.tabBar()
        for i, count in enumerate(self._errors_per_tab()):
            if i >= len(self._tab_titles):
                break
            title = self._tab_titles[i]
            self.tabs.setTabText(i, title + TAB_MARK if count else title)
            self.tabs.setTabToolTip(i, f"此页有 {count} 处需要更正" if count else "")
            bar.setTabTextColor(i, QColor(_ERROR_COLOUR) if count else QColor())




def _change_signal(widget: QWidget) -> SignalInstance | None:
    from dangjian_desktop.ui.widgets import DateField

    if isinstance(widget, DateField):
        return widget.changed
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None


def _refresh_up(form: QFormLayout) -> None:
    """The sizes of the widgets holding ``form`` are asked again, also on a tab page not shown (whose
    old, taller size would otherwise keep the window tall)."""
    widget = form.parentWidget()
    while widget is not None:
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
        widget.updateGeometry()
        if widget.isWindow():
            break
        widget = widget.parentWidget()


def _room() -> int:
    """The height a window may take on the screen."""
    area = screen_fit.work_area()
    return area.height() - _FRAME if area is not None else 10_000


class _CheckOnShow(QObject):
    """Runs ``check`` once, when the window is first shown (its sizes are then the real ones)."""

    def __init__(self, window: QWidget, check: Callable[[], object]) -> None:
        super().__init__(window)
        self.check = check

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.check()
        return False


def _extra_height(forms: list[QFormLayout], added: list[tuple[QFormLayout, QWidget]]) -> int:
    """How much taller the window gets for the lines added: what each form gains (its lines, less the
    spacing they replace); nothing for a form in a scroll area; the most for forms on pages of a tab."""
    loose, on_pages = 0, 0
    for form in forms:
        lines = sum(w.maximumHeight() for f, w in added if f is form)
        if not lines:
            continue
        gained = lines - int(form.property(_GAP) or 0) * max(form.rowCount() // 2 - 1, 0)
        inside = form.parentWidget()
        scrolls, paged = False, False
        while inside is not None and not inside.isWindow():
            scrolls = scrolls or isinstance(inside, QAbstractScrollArea)
            paged = paged or isinstance(inside, QStackedWidget)
            inside = inside.parentWidget()
        if scrolls:
            continue
        if paged:
            on_pages = max(on_pages, gained)
        else:
            loose += gained
    return loose + on_pages


def _row_widget(form: QFormLayout, row: int) -> QWidget | None:
    """The widget in the field (or spanning) cell of ``row``, if that cell holds a widget."""
    for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
        item = form.itemAt(row, role)
        if item is not None and item.widget() is not None:
            return item.widget()
    return None


def _form_of(widget: QWidget | None) -> QFormLayout | None:
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.indexOf(widget) >= 0:
            return layout
        if layout is not None:
            for form in parent.findChildren(QFormLayout):
                if form.indexOf(widget) >= 0:
                    return form
        parent = parent.parentWidget()
    return None
