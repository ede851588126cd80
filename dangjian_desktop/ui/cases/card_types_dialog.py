"""卡片设置: add or rename card types, add fields, choose their kind, required or not, choice options.

Saved in the database per branch; a field taken out is retired, so cards already written keep
showing its value.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain.cases_fields import KINDS, FieldDef
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.ops import run_op

_KEY = Qt.ItemDataRole.UserRole
COLUMNS = ["栏目名称", "类型", "必填", "选项（用空格或顿号分开）"]


class CardTypesDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id, self.dialogs = db, branch_id, dialogs
        self.changed: Changed | None = None
        self.types: list[cases_types.CardTypeInfo] = []
        self.setWindowTitle("卡片设置（三卡一法）")
        self.type_list = QListWidget(objectName="typeList")
        new_type = QPushButton("新增卡片(&A)", objectName="newType")
        up, down = QPushButton("上移"), QPushButton("下移")
        left = QVBoxLayout()
        left.addWidget(QLabel("卡片："))
        left.addWidget(self.type_list, 1)
        left.addWidget(new_type)
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        left.addLayout(moves)
        self.name = QLineEdit(objectName="typeName")
        self.active = QCheckBox("使用这种卡片", objectName="typeActive", checked=True)
        self.fields = QTableWidget(0, len(COLUMNS), objectName="fieldTable")
        self.fields.setHorizontalHeaderLabels(COLUMNS)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setStretchLastSection(True)
        add_field = QPushButton("添加栏目(&F)", objectName="addField")
        remove_field = QPushButton("停用栏目", objectName="removeField")
        field_up, field_down = QPushButton("栏目上移"), QPushButton("栏目下移")
        self.save_button = QPushButton("保存此卡片(&S)", objectName="saveType")
        form = QFormLayout()
        name_label = QLabel("卡片名称(&N)：")
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow("", self.active)
        field_buttons = QHBoxLayout()
        for b in (add_field, remove_field, field_up, field_down):
            field_buttons.addWidget(b)
        field_buttons.addStretch(1)
        field_buttons.addWidget(self.save_button)
        self.error = QLabel(objectName="errorSummary", wordWrap=True, visible=False)
        self.error.setStyleSheet("color: #b00020;")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.fields, 1)
        right.addLayout(field_buttons)
        right.addWidget(self.error)
        note = QLabel("改名、增加栏目、停用栏目都不影响已经填写的卡片：停用栏目中原有的内容仍会显示。", wordWrap=True)
        right.addWidget(note)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.type_list.currentRowChanged.connect(self._show_type)
        new_type.clicked.connect(self.new_type)
        up.clicked.connect(lambda: self._move_type(-1))
        down.clicked.connect(lambda: self._move_type(1))
        add_field.clicked.connect(lambda: self.add_field_row(FieldDef("", "", "text")))
        remove_field.clicked.connect(self.remove_field)
        field_up.clicked.connect(lambda: self._move_field(-1))
        field_down.clicked.connect(lambda: self._move_field(1))
        self.save_button.clicked.connect(self.save)
        self.resize(860, 520)
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
