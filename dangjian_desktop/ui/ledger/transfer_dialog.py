"""Record a 组织关系转接 for one person (forms/transfer_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import Changed
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.transfer_dialog_ui import Ui_TransferDialog
from dangjian_desktop.ui.ops import run_op


class TransferDialog(QDialog):
    def __init__(self, db: Database, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self.db, self.person_id = db, person_id
        self.changed: Changed | None = None
        with db.session_scope() as s:
            person = people.get_person(s, person_id)
            self.ui.personLabel.setText(f"人员：{person.name}（{person.category}，现状态：{person.status}）")
            if person.status == "转出":
                self.ui.direction.setCurrentText("转入")
        fields = {n: getattr(self.ui, n) for n in ("direction", "transfer_date", "other_unit", "letter_no",
                                                   "dues_paid_until", "note")}
        self.errors = FieldErrors(fields, self.ui.errorSummary)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            when = self.ui.transfer_date.value()
        except ValueError as exc:
            self.errors.show({"transfer_date": str(exc)})
            return
        data = transfers.TransferInput(
            direction=self.ui.direction.currentText(), transfer_date=when,
            other_unit=self.ui.other_unit.text(), letter_no=self.ui.letter_no.text(),
            dues_paid_until=self.ui.dues_paid_until.text(), note=self.ui.note.toPlainText(),
            update_status=self.ui.update_status.isChecked(),
        )
        done = run_op(self.db, self, lambda s: transfers.add_transfer(s, self.person_id, data),
                      invalid=lambda exc: self.errors.show(exc.field_errors))
        if done:
            self.changed = done.value
            self.accept()
