"""卡片设置: add or rename card types, add fields, choose their kind, required or not, choice options
(forms/card_types_dialog.ui).

Saved in the database per branch; a field taken out is retired, so cards already written keep
showing its value.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain.cases_fields import KINDS, FieldDef
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.forms.card_types_dialog_ui import Ui_CardTypesDialog
from dangjian_desktop.ui.ops import run_op

_KEY = Qt.ItemDataRole.UserRole
COLUMNS = ["栏目名称", "类型", "必填", "选项（用空格或顿号分开）"]


class CardTypesDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id, self.dialogs = db, branch_id, dialogs
        self.changed: Changed | None = None
        self.types: list[cases_types.CardTypeInfo] = []
        self.ui = Ui_CardTypesDialog()  # laid out in forms/card_types_dialog.ui
        self.ui.setupUi(self)
        ui = self.ui
        self.type_list, self.name, self.active, self.fields = ui.typeList, ui.typeName, ui.typeActive, ui.fieldTable
        self.save_button, self.error = ui.saveType, ui.errorSummary
        self.fields.setColumnCount(len(COLUMNS))
        self.fields.setHorizontalHeaderLabels(COLUMNS)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.buttonBox.rejected.connect(self.reject)
        self.type_list.currentRowChanged.connect(self._show_type)
        ui.newType.clicked.connect(self.new_type)
        ui.typeUp.clicked.connect(lambda: self._move_type(-1))
        ui.typeDown.clicked.connect(lambda: self._move_type(1))
        ui.addField.clicked.connect(lambda: self.add_field_row(FieldDef("", "", "text")))
        ui.removeField.clicked.connect(self.remove_field)
        ui.fieldUp.clicked.connect(lambda: self._move_field(-1))
        ui.fieldDown.clicked.connect(lambda: self._move_field(1))
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        with self.db.session_scope() as s:
            self.types = cases_types.list_card_types(s, self.branch_id, include_inactive=True)
        self.type_list.blockSignals(True)
        self.type_list.clear()
        for t in self.types:
            self.type_list.addItem(t.name + ("" if t.active else "（停用）"))
        self.type_list.blockSignals(False)
        ids = [t.id for t in self.types]
        self.type_list.setCurrentRow(ids.index(select) if select in ids else 0)
        self._show_type(self.type_list.currentRow())

    @property
    def current(self) -> cases_types.CardTypeInfo | None:
        row = self.type_list.currentRow()
        return self.types[row] if 0 <= row < len(self.types) else None

    def _show_type(self, _row: int) -> None:
        t = self.current
        self.error.setVisible(False)
        self.name.setText(t.name if t else "")
        self.active.setChecked(t.active if t else True)
        self.fields.setRowCount(0)
        for f in (t.active_fields if t else []):
            self.add_field_row(f)

    def new_type(self) -> None:
        self.type_list.clearSelection()
        self.type_list.setCurrentRow(-1)
        self.name.setText("新卡片")
        self.active.setChecked(True)
        self.fields.setRowCount(0)
        self.add_field_row(FieldDef("", "日期", "date", True))
        self.name.setFocus()
        self.name.selectAll()

    def add_field_row(self, f: FieldDef) -> None:
        r = self.fields.rowCount()
        self.fields.insertRow(r)
        label = QTableWidgetItem(f.label)
        label.setData(_KEY, f.key)
        self.fields.setItem(r, 0, label)
        kind = QComboBox()
        for code, text in KINDS.items():
            kind.addItem(text, code)
        kind.setCurrentIndex(max(0, kind.findData(f.kind)))
        self.fields.setCellWidget(r, 1, kind)
        required = QTableWidgetItem()
        required.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        required.setCheckState(Qt.CheckState.Checked if f.required else Qt.CheckState.Unchecked)
        self.fields.setItem(r, 2, required)
        self.fields.setItem(r, 3, QTableWidgetItem("、".join(f.options)))
        if not f.label:
            self.fields.setCurrentCell(r, 0)
            self.fields.editItem(label)

    def field_defs(self) -> list[FieldDef]:
        out = []
        for r in range(self.fields.rowCount()):
            label = self.fields.item(r, 0)
            kind = self.fields.cellWidget(r, 1)
            options = self.fields.item(r, 3).text().replace("、", " ").replace("，", " ").replace(",", " ").split()
            out.append(FieldDef(str(label.data(_KEY) or ""), label.text().strip(),
                                kind.currentData() if isinstance(kind, QComboBox) else "text",
                                self.fields.item(r, 2).checkState() == Qt.CheckState.Checked, tuple(options)))
        return out

    def remove_field(self) -> None:
        r = self.fields.currentRow()
        if r >= 0:
            self.fields.removeRow(r)

    def _move_field(self, step: int) -> None:
        r = self.fields.currentRow()
        defs = self.field_defs()
        if not 0 <= r < len(defs) or not 0 <= r + step < len(defs):
            return
        defs.insert(r + step, defs.pop(r))
        self.fields.setRowCount(0)
        for f in defs:
            self.add_field_row(f)
        self.fields.setCurrentCell(r + step, 0)

    def _move_type(self, step: int) -> None:
        t = self.current
        if t is None:
            return
        done = run_op(self.db, self.dialogs, lambda s: cases_types.move_card_type(s, self.branch_id, t.id, step))
        if done:
            self.changed = done.value
            self.reload(select=t.id)

    def save(self) -> None:
        t = self.current
        kept = {f.key for f in self.field_defs() if f.key}
        fields = self.field_defs()
        if t is not None:  # fields taken out are retired by the service; retired ones stay retired
            fields += [replace(f, active=False) for f in t.fields if not f.active and f.key not in kept]
        done = run_op(self.db, self.dialogs, lambda s: cases_types.save_card_type(
            s, self.branch_id, self.name.text(), fields, card_type_id=t.id if t else None,
            active=self.active.isChecked()), invalid=self._invalid)
        if done:
            self.changed = done.value
            self.reload(select=done.value.id)

    def _invalid(self, exc: ValidationError) -> None:
        self.error.setText("；".join(exc.field_errors.values()))
        self.error.setVisible(True)
