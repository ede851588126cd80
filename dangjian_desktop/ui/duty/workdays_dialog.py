"""工作日校正: the secretary's corrections to the working-day calendar used to count 公示 days
(forms/workdays_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.duty import workdays
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.workdays_dialog_ui import Ui_WorkdaysDialog
from dangjian_desktop.ui.ops import run_op


class WorkdaysDialog(QDialog):
    def __init__(self, db: Database, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.dialogs = db, dialogs
        self.changed: Changed | None = None
        self.ui = Ui_WorkdaysDialog()  # laid out in forms/workdays_dialog.ui
        self.ui.setupUi(self)
        self.list, self.day, self.kind, self.note = self.ui.workdayOverrides, self.ui.day, self.ui.kind, self.ui.note
        self.kind.addItem("上班（计为工作日）", True)
        self.kind.addItem("放假（不计工作日）", False)
        self.ui.workdaysIntro.setText(workdays.calendar_note() + "\n日历没有的安排（或本地的特殊安排）在这里逐日校正，"
                                      "所有公示的工作日都按校正后的日历重新计算。")
        self.summary = self.ui.errorSummary
        self.errors = FieldErrors({"day": self.day}, self.summary)
        self.ui.addOverride.clicked.connect(self.add)
        self.ui.removeOverride.clicked.connect(self.remove)
        close_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setText("关闭")
        self.ui.buttonBox.rejected.connect(self.reject)
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
