"""回收站: every record moved there by 删除 (people, meetings, cases, study, payments), restorable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import Changed, recycle
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.forms.recycle_bin_dialog_ui import Ui_RecycleBinDialog
from dangjian_desktop.ui.ops import run_op


class RecycleBinDialog(QDialog):
    """The dialog is laid out in forms/recycle_bin_dialog.ui."""

    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecycleBinDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.dialogs = db, branch_id, dialogs
        self.restored: list[Changed] = []
        self.table = self.ui.recycleTable
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.restore_button = self.ui.restoreButton
        self.restore_button.clicked.connect(self.restore_selected)
        self.ui.buttonBox.rejected.connect(self.reject)
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
