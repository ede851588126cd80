"""修改记录: every change, or one person's, with who and when, and the selected change field by field
(forms/audit_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import audit_view
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.forms.audit_dialog_ui import Ui_AuditDialog

COLUMNS = ["时间", "操作人", "操作", "类别", "记录", "修改内容"]
LOCAL_USER = "本机用户"


def actor_label(actor: str) -> str:
    """操作人 as the secretary understands it: a computer's login name ("root", "Administrator") is 本机用户."""
    import getpass

    try:
        login = getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        login = ""
    if not actor or actor == login or actor.lower() in ("root", "administrator", "admin", "user"):
        return LOCAL_USER
    return actor
DETAIL_COLUMNS = ["栏目", "修改前", "修改后"]
LIMIT = 1000


def _columns(table: QTableWidget, columns: list[str]) -> None:
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class AuditDialog(QDialog):
    """``person_id`` None: all changes; else the changes to that person and their records."""

    def __init__(self, db: Database, person_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.person_id = db, person_id
        with db.session_scope() as s:
            if person_id is None:
                self.entries = audit_view.history(s, limit=LIMIT)
                title = "修改记录（全部）"
            else:
                person = people.get_person(s, person_id, include_deleted=True)
                self.entries = audit_view.person_history(s, person_id, limit=LIMIT)
                title = f"修改记录 — {person.name}"
        self.ui = Ui_AuditDialog()  # laid out in forms/audit_dialog.ui
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        more = f"（只显示最近的 {LIMIT} 条）" if len(self.entries) >= LIMIT else ""
        self.ui.auditIntro.setText(f"共 {len(self.entries)} 条{more}，最新的在最上面。选中一条，下面列出改了哪些栏目。")
        self.table, self.detail = self.ui.auditTable, self.ui.auditDetail
        _columns(self.table, COLUMNS)
        _columns(self.detail, DETAIL_COLUMNS)
        self.ui.auditSplit.setSizes([360, 200])
        self.ui.buttonBox.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.fill()
        self.table.setFocus()

    def fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            summary = "、".join(c.label for c in entry.changes) if entry.action == "update" else ""
            values = [entry.at.strftime("%Y-%m-%d %H:%M:%S"), actor_label(entry.actor), entry.action_label,
                      entry.table_label, entry.record, summary]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 5:
                    item.setToolTip(entry.summary()[:2000])
                self.table.setItem(row, col, item)
        if self.entries:
            self.table.selectRow(0)
        self.show_detail()

    def show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        changes = self.entries[rows[0].row()].changes if rows else ()
        self.detail.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for col, text in enumerate((change.label, change.before, change.after)):
                self.detail.setItem(row, col, QTableWidgetItem(text))
        self.detail.resizeRowsToContents()
