"""Add or edit one person (forms/person_dialog.ui)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.people import committee_role
from dangjian_desktop.errors import StaleRecordError, UserError, ValidationError
from dangjian_desktop.services import Changed, branches, committee, concurrency
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.busy import busy_cursor
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.person_dialog_ui import Ui_PersonDialog
from dangjian_desktop.ui.ops import offer_reopen, run_op
from dangjian_desktop.ui.widgets import DateField


class PersonDialog(QDialog):
    """``exec()`` returns Accepted after a successful save; ``changed`` then says what was written."""

    def __init__(self, db: Database, branch_id: str, person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.person_id = db, branch_id, person_id
        self.changed: Changed | None = None
        self.fields: dict[str, QWidget] = {name: getattr(self.ui, name) for name in people.EDITABLE_FIELDS}
        self.errors = FieldErrors(self.fields, self.ui.errorSummary, self.ui.tabs)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
            save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.id_number.editingFinished.connect(self._fill_from_id)
        with db.session_scope() as s:
            self.ui.group_id.addItem("（未分组）", None)
            for group in branches.list_groups(s, branch_id):
                self.ui.group_id.addItem(group.name, group.id)
            person = people.get_person(s, person_id) if person_id else None
            data = people.person_input(person) if person is not None else None
            # the version shown: a save over someone else's newer one is refused
            self.loaded = concurrency.loaded(person) if person is not None else None
        self.setWindowTitle("编辑人员信息" if person_id else "新增人员")
        self.set_values(data.values() if data else {})
        self.ui.tabs.setCurrentIndex(0)
        self.ui.name.setFocus()

    # --- values in and out -------------------------------------------------------------------
    def set_values(self, values: dict[str, Any]) -> None:
        for name, widget in self.fields.items():
            value = values.get(name)
            if isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox) and name == "group_id":
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QComboBox):
                if value:
                    widget.setCurrentText(str(value))
                elif name == "ethnicity" and self.person_id:
                    widget.setCurrentText("")
                elif name not in ("category", "status", "ethnicity"):
                    widget.setCurrentIndex(0)
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))

    def data(self) -> tuple[people.PersonInput, dict[str, str]]:
        """The form's person, and messages for fields that cannot even be read (bad dates)."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, DateField):
                try:
                    values[name] = widget.value()
                except ValueError as exc:
                    errors[name] = str(exc)
                    values[name] = None
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                number = widget.value()
                values[name] = number if (number or name == "probation_extension_months") else None
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox) and name == "group_id":
                values[name] = widget.currentData()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText().strip()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip()
        return people.PersonInput(**values), errors

    # --- behaviour ---------------------------------------------------------------------------
    def _fill_from_id(self) -> None:
        """After the ID number is typed: fill birth date and sex, or say at once what is wrong."""
        text = self.ui.id_number.text().strip()
        if not text:
            return
        try:
            info = idcard.parse(text, date.today())
        except ValueError as exc:
            self.errors.add("id_number", str(exc))  # the other messages stay, and so does the cursor
            return
        self.errors.clear_field("id_number")
        self.ui.id_number.setText(info.number)
        if not self.ui.birth_date.edit.text().strip():
            self.ui.birth_date.set_value(info.birth_date)
        if not self.ui.gender.currentText():
            self.ui.gender.setCurrentText(info.gender)

    def save(self) -> None:
        data, errors = self.data()
        _clean, more = data.checked()
        errors = {**more, **errors}
        if errors:
            self.errors.show(errors)
            return
        seat = self._seat_to_take(data)

        def save(s: Session) -> Changed:
            changed = people.save_person(s, self.branch_id, data=data, person_id=self.person_id)
            if seat:
                committee.take_seat(s, self.branch_id, changed.id, seat)
            return changed

        held: list[UserError] = []
        with busy_cursor():  # a save can take a moment on a slow PC: the hourglass at once
            done = run_op(self.db, self, save, refused=lambda exc: not held.append(exc), versions=[self.loaded])
        for exc in held:  # said after the cursor is back
            if isinstance(exc, ValidationError):
                self.errors.show(exc.field_errors)
            elif isinstance(exc, StaleRecordError):
                offer_reopen(self, self.reopen)
            else:
                DialogService(self).user_error(exc)
        if done:
            self.changed = done.value
            self.accept()

    def reopen(self) -> None:
        """Show the person as saved now (by someone else); what was typed here is replaced."""
        if self.person_id is None:
            return
        with self.db.session_scope() as s:
            person = people.get_person(s, self.person_id)
            values, self.loaded = people.person_input(person).values(), concurrency.loaded(person)
        self.errors.clear()
        self.set_values(values)

    def _seat_to_take(self, data: people.PersonInput) -> str:
        """A 党内职务 newly naming a committee role: offer to record the person in 支部信息 too ("" = no)."""
        post = data.party_post
        with self.db.session_scope() as s:
            before = people.get_person(s, self.person_id).party_post if self.person_id else ""
            offer = committee.seat_offer(s, self.branch_id, self.person_id, data.name, post)
        if offer is None or committee_role(before or "") == committee_role(post):
            return ""
        question = offer.text(data.name or "此人") + "\n（支部信息中的支委会与党内职务保持一致）"
        return offer.role if DialogService(self).confirm(question, title="同时修改支部信息") else ""
