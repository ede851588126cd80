"""Showing validation messages next to the fields of a form."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

_ERROR_COLOUR = "#b00020"
_ERROR_STYLE = f"color: {_ERROR_COLOUR};"
TAB_MARK = " ✗"


class FieldErrors:
    """Puts a red message under each field that has an error, and clears them again.

    A message row, once shown, keeps its place (its text is emptied, not removed) so the fields
    below do not move while the user corrects them; a tab holding an error is marked with ✗.
    """

    def __init__(self, fields: dict[str, QWidget], summary: QLabel | None = None,
                 tabs: QTabWidget | None = None) -> None:
        self.fields = fields
        self.summary = summary
        self.tabs = tabs
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, str] = {}  # field → its message, as shown now
        self._tab_titles = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
        for field, widget in fields.items():
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(lambda *_a, f=field: self.clear_field(f))

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
            if label is None:
                row, _role = form.getWidgetPosition(widget)
                label = QLabel(message)
                label.setObjectName(f"error_{field}")
                label.setStyleSheet(_ERROR_STYLE)
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # no spare height
                label.ensurePolished()
                label.setMinimumHeight(label.sizeHint().height())  # keeps its height when emptied
                form.insertRow(row + 1, "", label)
                self._labels[field] = label
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
