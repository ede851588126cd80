"""设置: the local rules with their defaults and where each comes from (forms/settings_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QWidget

from dangjian_desktop.db import Database, settings
from dangjian_desktop.services import Changed, branches, local_settings
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.settings_dialog_ui import Ui_SettingsDialog
from dangjian_desktop.ui.ops import run_op

# registry name → the widget's objectName in the form
WIDGETS = {"meetings.late_entry_days": "late_entry_days", "study.member_hours": "member_hours",
           "study.leader_hours": "leader_hours", "study.notes": "notes", "study.reflections": "reflections",
           "study.activities": "activities", "people.activist_wait_months": "activist_wait_months"}


class SettingsDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.dialogs = db, branch_id, dialogs
        self.changed: Changed | None = None
        self.spins: dict[str, QSpinBox] = {}
        for s in settings.LOCAL:
            spin: QSpinBox = getattr(self.ui, WIDGETS[s.name])
            spin.setRange(s.minimum or 0, s.maximum if s.maximum is not None else 9999)
            spin.setSuffix(f" {s.unit}" if s.unit else "")
            rule: QLabel = getattr(self.ui, f"{WIDGETS[s.name]}Rule")
            rule.setText(f"默认 {s.default}{s.unit}。{s.rule}")
            rule.setStyleSheet("color: #555;")
            self.spins[s.name] = spin
        for key, label in local_settings.rounding_choices():
            self.ui.dues_rounding.addItem(label, key)
        self.ui.dues_roundingRule.setText(f"默认 四舍五入到分。{local_settings.ROUNDING_RULE}")
        self.ui.dues_roundingRule.setStyleSheet("color: #555;")
        self.errors = FieldErrors({**self.spins, "dues_rounding": self.ui.dues_rounding}, self.ui.errorSummary)
        with db.session_scope() as s:
            name = branches.get_branch(s, branch_id).name
        self.ui.branchLabel.setText(f"当前支部：{name}")
        self._reopen()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
            save.setDefault(True)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText("取消")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.defaultsButton.clicked.connect(lambda: self._show(local_settings.defaults()))
        self.resize(640, 600)

    def _reopen(self) -> None:
        """Show the settings as saved now, and remember their versions (a save over a newer one is refused)."""
        with self.db.session_scope() as s:
            current = local_settings.read(s, branch_id=self.branch_id)
            self.seen = local_settings.versions(s, branch_id=self.branch_id)
        self._show(current)

    def _show(self, data: local_settings.LocalSettings) -> None:
        for name, spin in self.spins.items():
            spin.setValue(data.values[name])
        self.ui.dues_rounding.setCurrentIndex(max(0, self.ui.dues_rounding.findData(data.rounding)))

    def save(self) -> None:
        data = local_settings.LocalSettings({name: spin.value() for name, spin in self.spins.items()},
                                            str(self.ui.dues_rounding.currentData()))
        done = run_op(self.db, self.dialogs, lambda s: local_settings.save(s, branch_id=self.branch_id, data=data,
                                                                        seen=self.seen),
                      reopen=self._reopen,
                      invalid=lambda exc: self.errors.show(exc.field_errors))
        if done:
            self.changed = done.value
            self.accept()
