"""销号 (with the result and the person's confirmation) and reopening (with a reason) of a case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.widgets import DateField


class _Base(QDialog):
    db: Database
    errors: FieldErrors

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.changed: Changed | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.summary = QLabel(objectName="errorSummary", wordWrap=True, visible=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(intro, wordWrap=True)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

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
        super().__init__(f"销号 — {name}", "销号前要写明办理结果，并经本人确认（双向确认）。", parent)
        self.result = QPlainTextEdit(objectName="result", tabChangesFocus=True)
        self.result.setPlaceholderText("问题是怎样解决的")
        self.confirmed = QCheckBox("本人已确认办理结果(&C)", objectName="confirmed")
        self.confirmation = QLineEdit(objectName="confirmation", placeholderText="如：本人在回访记录上签字确认")
        self.closed_on = DateField()
        self.closed_on.setObjectName("closed_on")
        self.closed_on.set_value(self.today)
        self.form.addRow("办理结果*(&R)", self.result)
        self.form.addRow("", self.confirmed)
        self.form.addRow("确认方式", self.confirmation)
        self.form.addRow("销号日期*", self.closed_on)
        self.errors = FieldErrors({"result": self.result, "confirmed": self.confirmed,
                                   "confirmation": self.confirmation, "closed_on": self.closed_on}, self.summary)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("销号(&X)")
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
        super().__init__(f"重新打开 — {name}", "重新打开后，原来的销号记录仍保留在办理经过中。", parent)
        self.reason = QPlainTextEdit(objectName="reason", tabChangesFocus=True)
        self.status = QComboBox(objectName="status")
        self.status.addItems(rules.OPEN_STATUSES)
        self.status.setCurrentText("回访")
        self.next_follow_up = DateField()
        self.next_follow_up.setObjectName("next_follow_up")
        self.next_follow_up.set_value(rules.suggested_follow_up(level, self.today))
        self.form.addRow("重新打开的原因*(&R)", self.reason)
        self.form.addRow("进展", self.status)
        self.form.addRow("下次回访*", self.next_follow_up)
        self.errors = FieldErrors({"reason": self.reason, "status": self.status,
                                   "next_follow_up": self.next_follow_up}, self.summary)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("重新打开(&O)")
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
