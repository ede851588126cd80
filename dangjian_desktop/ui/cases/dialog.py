"""Open or edit a 三卡一法 case (forms/case_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QSizePolicy, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed, branches, concurrency
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.case_dialog_ui import Ui_CaseDialog
from dangjian_desktop.ui.ops import run_op


def roster_choices(db: Database, branch_id: str) -> list[tuple[str, str, str]]:
    """(name, person id, work unit) of everyone on the branch's books, in 姓氏笔画 order."""
    with db.session_scope() as s:
        rows = [r for r in people.list_rows(s, branch_id) if r.status in ACTIVE_STATUSES]
    rows.sort(key=lambda r: stroke_key(r.name))
    return [(r.name, r.id, r.work_unit) for r in rows]


def fill_person_combo(combo: QComboBox, choices: list[tuple[str, str, str]], text: str = "") -> None:
    """A roster combo that also takes any typed name."""
    combo.clear()
    combo.setEditable(True)
    combo.addItem("", None)
    for name, person_id, _unit in choices:
        combo.addItem(name, person_id)
    combo.setCurrentIndex(0)
    combo.setEditText(text)


class CaseDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, parent: QWidget | None = None, *, case_id: str | None = None,
                 today: date | None = None, person: tuple[str | None, str] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.case_id = db, branch_id, case_id
        self.today = today or date.today()
        self.changed: Changed | None = None
        self.choices = roster_choices(db, branch_id)
        ui = self.ui
        fill_person_combo(ui.person_name, self.choices)
        ui.category.addItems(rules.CATEGORIES)
        ui.noticed_via.addItems(rules.NOTICED_VIA)
        ui.level.addItems(rules.LEVELS)
        ui.status.addItems(rules.OPEN_STATUSES)
        with db.session_scope() as s:
            cadres = list(dict.fromkeys(branches.committee(s, branch_id).values()))
            row = cases.get_case(s, case_id) if case_id else None
            current = cases.case_input(row) if row is not None else None
            self.loaded = concurrency.loaded(row) if row is not None else None  # a newer save refuses this one
        ui.responsible.addItems(["", *cadres])
        for combo in (ui.person_name, ui.category, ui.noticed_via, ui.level, ui.responsible, ui.status):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(10)
        ui.person_name.activated.connect(self._picked)
        ui.level.currentTextChanged.connect(self._suggest_follow_up)
        names = ("person_name", "person_unit", "person_post", "person_phone", "category", "noticed_via", "level",
                 "responsible", "opened_on", "status", "next_follow_up", "summary")
        self.errors = FieldErrors({n: getattr(ui, n) for n in names}, ui.errorSummary)
        if current is not None:
            self.setWindowTitle(f"修改事项 — {current.person_name}")
            self._load(current)
        else:
            self.setWindowTitle("新建事项（一人一事）")
            ui.opened_on.set_value(self.today)
            ui.level.setCurrentText("一般")
            self._suggest_follow_up()
            if person is not None:
                self._set_person(*person)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.person_name.setFocus()

    def _set_person(self, person_id: str | None, name: str) -> None:
        index = self.ui.person_name.findData(person_id) if person_id else -1
        if index > 0:
            self.ui.person_name.setCurrentIndex(index)
        else:
            self.ui.person_name.setEditText(name)

    def _load(self, v: cases.CaseInput) -> None:
        ui = self.ui
        self._set_person(v.person_id, v.person_name)
        for n in ("person_unit", "person_post", "person_phone"):
            getattr(ui, n).setText(getattr(v, n))
        for n in ("category", "noticed_via", "level", "responsible", "status"):
            getattr(ui, n).setCurrentText(getattr(v, n))
        ui.opened_on.set_value(v.opened_on)
        ui.next_follow_up.set_value(v.next_follow_up)
        ui.summary.setPlainText(v.summary)

    def _picked(self, index: int) -> None:
        person_id = self.ui.person_name.itemData(index)
        for _name, pid, unit in self.choices:
            if pid == person_id and unit and not self.ui.person_unit.text():
                self.ui.person_unit.setText(unit)

    def _suggest_follow_up(self) -> None:
        if self.case_id is None:
            try:
                opened = self.ui.opened_on.value() or self.today
            except ValueError:
                opened = self.today
            self.ui.next_follow_up.set_value(rules.suggested_follow_up(self.ui.level.currentText(), opened))

    def person(self) -> tuple[str | None, str]:
        """The roster member chosen, or None and the typed name."""
        combo = self.ui.person_name
        text = combo.currentText().strip()
        index = combo.findText(text)
        return (combo.itemData(index) if index > 0 else None), text

    def data(self) -> cases.CaseInput:
        """The form's case; ValidationError for dates that cannot be read."""
        ui = self.ui
        person_id, name = self.person()
        dates: dict[str, date | None] = {}
        bad: dict[str, str] = {}
        for n in ("opened_on", "next_follow_up"):
            try:
                dates[n] = getattr(ui, n).value()
            except ValueError as exc:
                bad[n] = str(exc)
        if bad:
            raise ValidationError(bad)
        return cases.CaseInput(
            person_id=person_id, person_name=name, person_unit=ui.person_unit.text(),
            person_post=ui.person_post.text(), person_phone=ui.person_phone.text(),
            category=ui.category.currentText(), noticed_via=ui.noticed_via.currentText(),
            level=ui.level.currentText(), responsible=ui.responsible.currentText(),
            status=ui.status.currentText(), summary=ui.summary.toPlainText(), **dates)

    def save(self) -> None:
        try:
            data = self.data()
            if not data.summary.strip():
                raise ValidationError({"summary": "请简要写明事由"})
        except ValidationError as exc:
            self.errors.show(exc.field_errors)
            return
        done = run_op(self.db, self, lambda s: cases.save_case(s, self.branch_id, data=data, case_id=self.case_id,
                                                               today=self.today),
                      invalid=lambda exc: self.errors.show(exc.field_errors), versions=[self.loaded],
                      reopen=self.reopen)
        if done:
            self.changed = done.value
            self.accept()

    def reopen(self) -> None:
        """Show the case as saved now (by someone else); what was typed here is replaced."""
        if self.case_id is None:
            return
        with self.db.session_scope() as s:
            row = cases.get_case(s, self.case_id)
            current, self.loaded = cases.case_input(row), concurrency.loaded(row)
        self.errors.clear()
        self._load(current)
