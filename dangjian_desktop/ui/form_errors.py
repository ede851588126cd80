"""Showing validation messages next to the fields of a form."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

_ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Puts a red message under each field that has an error, and clears them again."""

    def __init__(self, fields: dict[str, QWidget], summary: QLabel | None = None,
                 tabs: QTabWidget | None = None) -> None:
        self.fields = fields
        self.summary = summary
        self.tabs = tabs
        self._labels: dict[str, QLabel] = {}
        for field, widget in fields.items():
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(lambda *_a, f=field: self.clear_field(f))

    def clear_field(self, field: str) -> None:
        """The user is correcting this field: take its message away."""
        label = self._labels.pop(field, None)
        if label is None:
            return
        _remove(label)
        self.fields[field].setStyleSheet("")
        if not self._labels and self.summary is not None:
            self.summary.setVisible(False)

    def clear(self) -> None:
        for label in self._labels.values():
            _remove(label)
        self._labels.clear()
        for widget in self.fields.values():
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
        if self.summary is not None:
            self.summary.clear()
            self.summary.setVisible(False)

    def show(self, errors: dict[str, str]) -> None:
        self.clear()
        first: QWidget | None = None
        other: list[str] = []
        for field, message in errors.items():
            widget = self.fields.get(field)
            form = _form_of(widget) if widget is not None else None
            if widget is None or form is None:
                other.append(message)
                continue
            row, _role = form.getWidgetPosition(widget)
            label = QLabel(message)
            label.setObjectName(f"error_{field}")
            label.setStyleSheet(_ERROR_STYLE)
            label.setToolTip(message)
            form.insertRow(row + 1, "", label)
            self._labels[field] = label
            widget.setStyleSheet("border: 1px solid #b00020;")
            first = first or widget
        if self.summary is not None:
            count = len(errors)
            text = f"有 {count} 处需要更正，已在相应栏目下方用红字标出。"
            if other:
                text += "\n" + "\n".join(other)
            self.summary.setText(text)
            self.summary.setStyleSheet(_ERROR_STYLE)
            self.summary.setVisible(True)
        if first is not None:
            if self.tabs is not None:
                for i in range(self.tabs.count()):
                    page = self.tabs.widget(i)
                    if page is not None and page.isAncestorOf(first):
                        self.tabs.setCurrentIndex(i)
                        break
            first.setFocus()


def _remove(label: QLabel) -> None:
    form = _form_of(label)
    if form is not None:
        form.removeRow(label)
    else:
        label.deleteLater()


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
