"""One small form dialog for the 责任区与承诺 tab's records: labelled fields, a save that runs one
service call in one transaction, and the service's messages shown beside the fields
(forms/duty_form_dialog.ui holds the frame; each record type gives its own fields)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.duty_form_dialog_ui import Ui_DutyFormDialog
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.widgets import DateField, tab_order


def text_edit(value: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().height() * 4)
    return edit


def date_field(value: date | None) -> DateField:
    field = DateField()
    field.set_value(value)
    return field


def combo(items: list[tuple[str, Any]], current: Any = None, *, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for text, data in items:
        box.addItem(text, data)
    if current is not None and box.findData(current) >= 0:
        box.setCurrentIndex(box.findData(current))
    return box


def value_of(widget: QWidget) -> Any:
    """The widget's value: a date (ValueError if unreadable), text, the combo's data (or typed text), a number."""
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        if widget.isEditable() and widget.currentText() != widget.itemText(widget.currentIndex()):
            return None
        return data
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(type(widget))


class FormDialog(QDialog):
    """``fields``: (key, label with mnemonic, widget). ``save`` gets the session and the values by key and
    returns what changed; ValidationError messages go beside the fields (keys not shown go in the summary)."""

    def __init__(self, db: Database, title: str, intro: str, fields: list[tuple[str, str, QWidget]],
                 save: Callable[[Session, dict[str, Any]], Changed], parent: QWidget | None = None,
                 ok_text: str = "保存(&S)", versions: Sequence[concurrency.Loaded | None] = ()) -> None:
        super().__init__(parent)
        self.db, self._save = db, save
        self.versions = list(versions)  # of the record edited: a newer save by someone else refuses this one
        self.changed: Changed | None = None
        self.ui = Ui_DutyFormDialog()  # laid out in forms/duty_form_dialog.ui; the fields come from the caller
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.widgets = {key: widget for key, _label, widget in fields}
        form = self.ui.fieldForm
        for key, label, widget in fields:
            widget.setObjectName(key)
            caption = QLabel(label)
            caption.setObjectName(f"{key}Label")
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.ui.intro.setText(intro)
        self.ui.intro.setVisible(bool(intro))
        self.summary = self.ui.errorSummary
        self.errors = FieldErrors(self.widgets, self.summary)
        buttons = self.ui.buttonBox
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(ok_text)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText("取消")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        tab_order(self, [*self.widgets.values(), buttons])
        self.resize(520, 200 + 40 * len(fields))
        if fields:
            fields[0][2].setFocus()

    def values(self) -> dict[str, Any]:
        out, errors = {}, {}
        for key, widget in self.widgets.items():
            try:
                out[key] = value_of(widget)
            except ValueError as exc:
                errors[key] = str(exc)
        if errors:
            raise ValidationError(errors)
        return out

    def save(self) -> None:
        try:
            values = self.values()
        except ValidationError as exc:
            self.errors.show(exc.field_errors)
            return
        done = run_op(self.db, self, lambda s: self._save(s, values), refused=self._refused, versions=self.versions)
        if done:
            self.changed = done.value
            self.accept()

    def _refused(self, exc: UserError) -> bool:
        """Every refusal is shown in the form: under its field, or in the summary."""
        self.errors.show(exc.field_errors if isinstance(exc, ValidationError) else {"": exc.message})
        return True
