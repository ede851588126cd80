"""党纪处分 of one person: the list of records and an editor for one (forms/discipline_dialog.ui)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain import discipline as rules
from dangjian_desktop.services import Changed
from dangjian_desktop.services.people import discipline
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.discipline_dialog_ui import Ui_DisciplineDialog
from dangjian_desktop.ui.ops import run_op

_DATE_FIELDS = ("decided_on", "probation_start", "restored_on")


class DisciplineDialog(QDialog):
    def __init__(self, db: Database, person_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DisciplineDialog()
        self.ui.setupUi(self)
        self.db, self.person_id, self.dialogs = db, person_id, dialogs
        self.changed: Changed | None = None
        self.editing: str | None = None  # the record in the editor (None: a new one)
        with db.session_scope() as s:
            person = people.get_person(s, person_id)
            self.ui.personLabel.setText(f"人员：{person.name}（{person.category}）")
        fields = {n: getattr(self.ui, n) for n in ("kind", *_DATE_FIELDS, "decided_by", "probation_years", "note")}
        self.errors = FieldErrors(fields, self.ui.errorSummary)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText("关闭(&C)")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self._close)
        self.ui.newButton.clicked.connect(self.new_record)
        self.ui.deleteButton.clicked.connect(self.delete_record)
        self.ui.records.currentItemChanged.connect(lambda item, _prev: self._load(item))
        self.ui.kind.currentTextChanged.connect(self._kind_changed)
        self._refresh()
        self.new_record()

    def _close(self) -> None:
        if self.changed is not None:
            self.accept()
        else:
            self.reject()

    def _refresh(self, select: str | None = None) -> None:
        with self.db.session_scope() as s:
            rows = [(r.id, discipline.penalty(r), r.decided_by) for r in discipline.list_for_person(s, self.person_id)]
        self.ui.records.blockSignals(True)
        self.ui.records.clear()
        for row_id, p, body in rows:
            text = f"{p.decided_on:%Y-%m-%d}　{rules.describe(p)}" + (f"　{body}" if body else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            self.ui.records.addItem(item)
            if row_id == select:
                self.ui.records.setCurrentItem(item)
        if not rows:
            self.ui.records.addItem(QListWidgetItem("（没有党纪处分记录）"))
        self.ui.records.blockSignals(False)
        self.ui.deleteButton.setEnabled(select is not None)

    def new_record(self) -> None:
        self.editing = None
        self.ui.records.clearSelection()
        self.ui.kind.setCurrentIndex(0)
        for name in _DATE_FIELDS:
            getattr(self.ui, name).set_value(None)
        self.ui.decided_by.clear()
        self.ui.probation_years.setCurrentIndex(0)
        self.ui.note.clear()
        self.ui.editor.setTitle("新增处分")
        self.ui.deleteButton.setEnabled(False)
        self.errors.clear()
        self._kind_changed(self.ui.kind.currentText())

    def _load(self, item: QListWidgetItem | None) -> None:
        row_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not row_id:
            return
        with self.db.session_scope() as s:
            row = discipline.get_discipline(s, row_id)
            values = row.model_dump()
        self.editing = row_id
        self.ui.kind.setCurrentText(values["kind"])
        for name in _DATE_FIELDS:
            getattr(self.ui, name).set_value(values[name])
        self.ui.decided_by.setText(values["decided_by"])
        self.ui.probation_years.setCurrentIndex(1 if values["probation_years"] == 2 else 0)
        self.ui.note.setPlainText(values["note"])
        self.ui.editor.setTitle("修改这条处分")
        self.ui.deleteButton.setEnabled(True)
        self.errors.clear()

    def _kind_changed(self, kind: str) -> None:
        probation = kind == rules.PROBATION
        for name in ("probation_start", "probation_years", "restored_on"):
            getattr(self.ui, name).setEnabled(probation)
            getattr(self.ui, f"{name}Label").setEnabled(probation)

    def save(self) -> None:
        values = {}
        for name in _DATE_FIELDS:
            try:
                values[name] = getattr(self.ui, name).value()
            except ValueError as exc:
                self.errors.show({name: str(exc)})
                return
        data = discipline.DisciplineData(
            kind=self.ui.kind.currentText(), decided_by=self.ui.decided_by.text(),
            probation_years=self.ui.probation_years.currentIndex() + 1, note=self.ui.note.toPlainText(), **values)
        editing = self.editing
        done = run_op(self.db, self.dialogs, lambda s: discipline.save_discipline(
            s, person_id=self.person_id, data=data, discipline_id=editing),
            invalid=lambda exc: self.errors.show(exc.field_errors))
        if not done:
            return
        self.changed = done.value
        self.errors.clear()
        self.editing = self.changed.id
        self._refresh(select=self.editing)
        self.ui.editor.setTitle("修改这条处分")

    def delete_record(self) -> None:
        if self.editing is None or not self.dialogs.confirm("把这条党纪处分记录移到回收站吗？（可在“回收站”中恢复）"):
            return
        editing = self.editing
        done = run_op(self.db, self.dialogs, lambda s: discipline.delete_discipline(s, editing))
        if not done:
            return
        self.changed = done.value
        self._refresh()
        self.new_record()
