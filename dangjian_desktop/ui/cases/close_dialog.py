"""销号 (with the result and the person's confirmation) and reopening (with a reason) of a case
(forms/close_case_dialog.ui, forms/reopen_case_dialog.ui)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.close_case_dialog_ui import Ui_CloseCaseDialog
from dangjian_desktop.ui.forms.reopen_case_dialog_ui import Ui_ReopenCaseDialog
from dangjian_desktop.ui.ops import run_op


class _Base(QDialog):
    """The shared part of the two forms (forms/close_case_dialog.ui, forms/reopen_case_dialog.ui)."""

    db: Database
    errors: FieldErrors

    def __init__(self, ui: Ui_CloseCaseDialog | Ui_ReopenCaseDialog, title: str, ok_text: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        ui.setupUi(self)
        self.setWindowTitle(title)
        self.changed: Changed | None = None
        self.summary, self.buttons = ui.errorSummary, ui.buttonBox
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(ok_text)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, action: Callable[[Session], Changed]) -> None:
        """Save in one transaction; field errors go under their fields, and the dialog closes on success."""
        done = run_op(self.db, self, action, invalid=lambda exc: self.errors.show(exc.field_errors))
        if done:
            self.changed = done.value
            self.accept()


class CloseDialog(_Base):
    def __init__(self, db: Database, case_id: str, parent: QWidget | None = None, *, today: date | None = None) -> None:
        self.db, self.case_id = db, case_id
        self.today = today or date.today()
        with db.session_scope() as s:
            name = cases.get_case(s, case_id).person_name
        self.ui = Ui_CloseCaseDialog()
        super().__init__(self.ui, f"销号 — {name}", "销号(&X)", parent)
        self.result, self.confirmed = self.ui.result, self.ui.confirmed
        self.confirmation, self.closed_on = self.ui.confirmation, self.ui.closed_on
        self.closed_on.set_value(self.today)
        self.errors = FieldErrors({"result": self.result, "confirmed": self.confirmed,
                                   "confirmation": self.confirmation, "closed_on": self.closed_on}, self.summary)
        self.result.setFocus()

    def save(self) -> None:
        try:
            closed_on = self.closed_on.value()
        except ValueError as exc:
            self.errors.show({"closed_on": str(exc)})
            return
        self._run(lambda s: cases.close_case(s, self.case_id, result=self.result.toPlainText(),
                                             confirmed=self.confirmed.isChecked(),
                                             confirmation=self.confirmation.text(), closed_on=closed_on,
                                             today=self.today))


class ReopenDialog(_Base):
    def __init__(self, db: Database, case_id: str, parent: QWidget | None = None, *, today: date | None = None) -> None:
        self.db, self.case_id = db, case_id
        self.today = today or date.today()
        with db.session_scope() as s:
            row = cases.get_case(s, case_id)
            name, level = row.person_name, row.level
        self.ui = Ui_ReopenCaseDialog()
        super().__init__(self.ui, f"重新打开 — {name}", "重新打开(&O)", parent)
        self.reason, self.status, self.next_follow_up = self.ui.reason, self.ui.status, self.ui.next_follow_up
        self.status.addItems(rules.OPEN_STATUSES)
        self.status.setCurrentText("回访")
        self.next_follow_up.set_value(rules.suggested_follow_up(level, self.today))
        self.errors = FieldErrors({"reason": self.reason, "status": self.status,
                                   "next_follow_up": self.next_follow_up}, self.summary)
        self.reason.setFocus()

    def save(self) -> None:
        try:
            follow = self.next_follow_up.value()
        except ValueError as exc:
            self.errors.show({"next_follow_up": str(exc)})
            return
        self._run(lambda s: cases.reopen_case(s, self.case_id, reason=self.reason.toPlainText(),
                                              next_follow_up=follow, status=self.status.currentText(),
                                              today=self.today))
