"""学习笔记 dialogs: a study session with attendance (forms/study_session_dialog.ui), and the
yearly targets (forms/study_targets_dialog.ui). The note editor is in note_dialog.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QSpinBox, QWidget
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.study import StudySession
from dangjian_desktop.domain.study import FORMS, HOUR_PRESETS, StudyTargets
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.services.duty import activity
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.study import year as study_year
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.study_session_dialog_ui import Ui_StudySessionDialog
from dangjian_desktop.ui.forms.study_targets_dialog_ui import Ui_StudyTargetsDialog
from dangjian_desktop.ui.ops import run_op


def _save_button(box: QDialogButtonBox) -> None:
    save = box.button(QDialogButtonBox.StandardButton.Save)
    if save is not None:
        save.setText("保存(&S)")
        save.setDefault(True)


class StudySessionDialog(QDialog):
    """Add or edit a study session; attendance is ticked from the roster."""

    def __init__(self, db: Database, branch_id: str, session_id: str | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StudySessionDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.session_id = db, branch_id, session_id
        self.today = today or date.today()
        self.changed: Changed | None = None
        self.ui.form.addItems(list(FORMS))
        self.ui.hourPreset.addItem("常用学时…", 0)
        for text, hours in HOUR_PRESETS:
            self.ui.hourPreset.addItem(f"{text}（{hours}学时）", hours)
        self.ui.hourPreset.activated.connect(self._preset)
        with db.session_scope() as s:
            people = study_year.members(s, branch_id, all_categories=True)
            data = study.session_input(s, session_id) if session_id else None
            self.loaded = concurrency.loaded_of(s, StudySession, session_id)  # a newer save refuses this one
        ticked = set(data.attendees) if data else {m.id for m in people}  # new: all ticked, as for meetings
        for m in people:
            label = m.name if m.category == "正式党员" else f"{m.name}（{m.category}）"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if m.id in ticked else Qt.CheckState.Unchecked)
            self.ui.attendees.addItem(item)
        self.ui.attendees.itemChanged.connect(self._count)
        self.ui.allButton.clicked.connect(lambda: self._tick_all(True))
        self.ui.noneButton.clicked.connect(lambda: self._tick_all(False))
        self.fields = {n: getattr(self.ui, n) for n in ("held_on", "topic", "form", "hours", "host", "location",
                                                         "materials", "material_text", "note", "attendees")}
        self.errors = FieldErrors(self.fields, self.ui.errorSummary)
        self.ui.errorSummary.setVisible(False)
        _save_button(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle("编辑学习活动" if session_id else "登记学习活动")
        if data is not None:
            self.ui.held_on.set_value(data.held_on)
            self.ui.topic.setText(data.topic)
            self.ui.form.setCurrentText(data.form)
            self.ui.hours.setValue(data.hours)
            for name in ("host", "location"):
                getattr(self.ui, name).setText(getattr(data, name))
            for name in ("materials", "material_text", "note"):
                getattr(self.ui, name).setPlainText(getattr(data, name))
        else:
            self.ui.held_on.set_value(self.today)
        self._count()
        self.ui.held_on.setFocus()

    def _preset(self, index: int) -> None:
        hours = int(self.ui.hourPreset.itemData(index) or 0)
        if hours:
            self.ui.hours.setValue(hours)
        self.ui.hourPreset.setCurrentIndex(0)

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.ui.attendees.count()):
            self.ui.attendees.item(i).setCheckState(state)

    def ticked(self) -> list[str]:
        items = [self.ui.attendees.item(i) for i in range(self.ui.attendees.count())]
        return [str(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _count(self, *_args: object) -> None:
        self.ui.attendanceCount.setText(f"已勾选 {len(self.ticked())} / {self.ui.attendees.count()} 人")

    def values(self) -> tuple[study.SessionInput, dict[str, str]]:
        errors: dict[str, str] = {}
        try:
            held_on = self.ui.held_on.value()
        except ValueError as exc:
            errors["held_on"], held_on = str(exc), None
        data = study.SessionInput(
            held_on=held_on, topic=self.ui.topic.text(), form=self.ui.form.currentText(), hours=self.ui.hours.value(),
            host=self.ui.host.text(), location=self.ui.location.text(), materials=self.ui.materials.toPlainText(),
            material_text=self.ui.material_text.toPlainText(), note=self.ui.note.toPlainText(),
            attendees=self.ticked())
        return data, errors

    def save(self) -> None:
        data, errors = self.values()
        errors = {**study.check_session(data, self.today), **errors}
        if errors:
            self.errors.show(errors)
            return
        done = run_op(self.db, self, lambda s: study.save_session(s, self.branch_id, data, session_id=self.session_id,
                                                                  today=self.today),
                      invalid=lambda exc: self.errors.show(exc.field_errors), versions=[self.loaded])
        if done:
            self.changed = done.value
            self.accept()


class StudyTargetsDialog(QDialog):
    """The branch's yearly targets (*local*): 学时 for members and for 书记/支委, notes and 心得体会."""

    def __init__(self, db: Database, branch_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id = db, branch_id
        self.changed: Changed | None = None
        self.ui = Ui_StudyTargetsDialog()  # laid out in forms/study_targets_dialog.ui
        self.ui.setupUi(self)
        with db.session_scope() as s:
            targets = study_year.get_targets(s, branch_id)
            activities = activity.get_target(s, branch_id)
        self.spins: dict[str, QSpinBox] = {key: getattr(self.ui, f"target_{key}")
                                           for key in ("member_hours", "leader_hours", "notes", "reflections")}
        for key, spin in self.spins.items():
            spin.setValue(getattr(targets, key))
        self.activities = self.ui.target_activities
        self.activities.setValue(activities)
        _save_button(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        targets = StudyTargets(**{k: s.value() for k, s in self.spins.items()})

        def save(s: Session) -> Changed:
            changed = study_year.set_targets(s, self.branch_id, targets)
            activity.set_target(s, self.branch_id, self.activities.value())
            return changed

        done = run_op(self.db, self, save)
        if done:
            self.changed = done.value
            self.accept()
