"""工作日校正: the secretary's corrections to the working-day calendar used to count 公示 days."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.duty import workdays
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.widgets import DateField


class WorkdaysDialog(QDialog):
    def __init__(self, db: Database, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.dialogs = db, dialogs
        self.changed: Changed | None = None
        self.setWindowTitle("工作日校正")
        self.list = QListWidget(objectName="workdayOverrides")
        self.day = DateField()
        self.day.setObjectName("day")
        self.kind = QComboBox(objectName="kind")
        self.kind.addItem("上班（计为工作日）", True)
        self.kind.addItem("放假（不计工作日）", False)
        self.note = QLineEdit(objectName="note", placeholderText="如：县里统一安排补休")
        form = QFormLayout()
        for text, widget in (("日期(&D)", self.day), ("这一天(&K)", self.kind), ("说明(&N)", self.note)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.summary = QLabel(objectName="errorSummary", wordWrap=True, visible=False)
        self.errors = FieldErrors({"day": self.day}, self.summary)
        add = QPushButton("添加校正(&A)", objectName="addOverride")
        remove = QPushButton("删除所选(&R)", objectName="removeOverride")
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setText("关闭")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(workdays.calendar_note() + "\n日历没有的安排（或本地的特殊安排）在这里逐日校正，"
                                "所有公示的工作日都按校正后的日历重新计算。", wordWrap=True))
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(520, 460)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with self.db.session_scope() as s:
            rows = workdays.list_overrides(s)
        for o in rows:
            item = QListWidgetItem(o.text)
            item.setData(256, o.id)
            self.list.addItem(item)

    def add(self) -> None:
        try:
            day: date | None = self.day.value()
        except ValueError as exc:
            self.errors.show({"day": str(exc)})
            return
        done = run_op(self.db, self, lambda s: workdays.set_override(s, day, bool(self.kind.currentData()),
                                                                     self.note.text()), refused=self._refused)
        if not done:
            return
        self.changed = done.value
        self.errors.clear()
        self.note.clear()
        self.reload()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        override_id = str(item.data(256))
        done = run_op(self.db, self, lambda s: workdays.remove_override(s, override_id))
        if done:
            self.changed = done.value
            self.reload()

    def _refused(self, exc: UserError) -> bool:
        self.errors.show(getattr(exc, "field_errors", {"day": exc.message}))
        return True
