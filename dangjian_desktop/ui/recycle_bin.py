"""回收站: every record moved there by 删除 (people, meetings, cases, study, payments), restorable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.services import Changed, recycle
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.ops import run_op


class RecycleBinDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("回收站")
        self.db, self.branch_id, self.dialogs = db, branch_id, dialogs
        self.restored: list[Changed] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("删除的人员、会议记录、一人一事、学习记录和党费缴纳先放在这里，可以恢复。"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("recycleTable")
        self.table.setHorizontalHeaderLabels(["类别", "内容", "删除时间"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("恢复所选(&R)")
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        with self.db.session_scope() as s:
            deleted = recycle.list_deleted(s, self.branch_id)
        self.table.setRowCount(len(deleted))
        for row, d in enumerate(deleted):
            when = d.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            for col, text in enumerate((d.kind, d.title, when)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (d.table, d.id))
                self.table.setItem(row, col, item)
        self.restore_button.setEnabled(bool(deleted))

    def restore_selected(self) -> None:
        keys = {self.table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                for i in self.table.selectionModel().selectedRows()}
        if not keys:
            self.dialogs.info("请先选中要恢复的记录。")
            return
        done = run_op(self.db, self.dialogs, lambda s: [recycle.restore(s, table, row_id) for table, row_id in keys])
        if done:
            self.restored.extend(done.value)
        self.refresh()
