"""A member's study note (forms/study_note_dialog.ui), with the copy hint beside it.

In 连续录入 mode a clerk types a stack of handwritten notes without the mouse: Ctrl+Enter saves
and starts the next note of the same member, Ctrl+Shift+Enter saves and goes on to the next member,
Ctrl+PgDown / Ctrl+PgUp change the member, Ctrl+K checks for passages in common.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.study import StudyNote
from dangjian_desktop.domain.study import word_count
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.services.study import copy_hints as study_copy
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.study import year as study_year
from dangjian_desktop.services.study.copy_hints import CopyHint
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.study_note_dialog_ui import Ui_StudyNoteDialog
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.read_only import READS_ONLY
from dangjian_desktop.ui.study.views import hint_summary, hint_texts

_NO_HINT = "未发现与其他党员笔记或学习材料大段相同的文字。"


class StudyNoteDialog(QDialog):
    """``changed`` holds what was saved (the last note in 连续录入 mode); ``saved`` counts the notes."""

    def __init__(self, db: Database, branch_id: str, note_id: str | None = None, *, batch: bool = False,
                 person_id: str | None = None, session_id: str | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StudyNoteDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.note_id, self.batch = db, branch_id, note_id, batch
        self.today = today or date.today()
        self.changed: Changed | None = None
        self.saved = 0
        self.saved_text = ""  # what was saved last, said in the main window's status bar
        self.hints: list[CopyHint] = []
        with db.session_scope() as s:
            people = study_year.members(s, branch_id, all_categories=True)
            sessions = study.list_sessions(s, branch_id)
            data = study.note_input(s, note_id) if note_id else None
            self.loaded = concurrency.loaded_of(s, StudyNote, note_id)  # a newer save refuses this one
        for m in people:
            self.ui.person_id.addItem(m.name if m.category == "正式党员" else f"{m.name}（{m.category}）", m.id)
        self.ui.session_id.addItem("（不关联学习活动）", None)
        for row in sessions[:200]:
            self.ui.session_id.addItem(f"{row.held_on:%Y-%m-%d} {row.topic}", row.id)
        fields = {n: getattr(self.ui, n) for n in ("person_id", "note_date", "session_id", "title", "content",
                                                   "reflection")}
        self.errors = FieldErrors(fields, self.ui.errorSummary)
        self.ui.errorSummary.setVisible(False)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存并关闭(&S)" if batch else "保存(&S)")
            save.setDefault(not batch)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.checkButton.setProperty(READS_ONLY, True)  # kept where the note cannot be changed (ui/read_only.py)
        self.ui.nextButton.clicked.connect(lambda: self.save_next(next_member=False))
        self.ui.nextButton.setVisible(batch)
        self.ui.batchLabel.setVisible(batch)
        self.ui.batchLabel.setText("连续录入：Ctrl+Enter 保存并录入同一人的下一篇；Ctrl+Shift+Enter 保存并换下一人；"
                                   "Ctrl+PgDown / Ctrl+PgUp 换人。")
        self.ui.content.textChanged.connect(self._count)
        self.ui.reflection.textChanged.connect(self._count)
        for widget in (self.ui.person_id, self.ui.note_date.edit, self.ui.session_id, self.ui.title, self.ui.content,
                       self.ui.reflection):
            widget.installEventFilter(self)
        self.setWindowTitle("连续录入学习笔记" if batch else ("编辑学习笔记" if note_id else "新增学习笔记"))
        if data is not None:
            self.ui.person_id.setCurrentIndex(max(0, self.ui.person_id.findData(data.person_id)))
            self.ui.note_date.set_value(data.note_date)
            self.ui.session_id.setCurrentIndex(max(0, self.ui.session_id.findData(data.session_id)))
            self.ui.title.setText(data.title)
            self.ui.content.setPlainText(data.content)
            self.ui.reflection.setPlainText(data.reflection)
        else:
            self.ui.note_date.set_value(self.today)
            if person_id:
                self.ui.person_id.setCurrentIndex(max(0, self.ui.person_id.findData(person_id)))
            if session_id:
                self.ui.session_id.setCurrentIndex(max(0, self.ui.session_id.findData(session_id)))
        self._count()
        self.resize(1180, 680)
        (self.ui.title if batch or data is None else self.ui.content).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The entry keys work in every field, before a text box takes Ctrl+Enter as a line break."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            key = event.key()
            if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                next_member = bool(mods & Qt.KeyboardModifier.ShiftModifier)
                if self.batch:
                    self.save_next(next_member=next_member)
                else:
                    self.save()
                return True
            if ctrl and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.step_member(1 if key == Qt.Key.Key_PageDown else -1)
                return True
            if ctrl and key == Qt.Key.Key_K:
                self.check()
                return True
        return super().eventFilter(watched, event)

    # --- values ------------------------------------------------------------------------------
    def _count(self) -> None:
        n = word_count(self.ui.content.toPlainText(), self.ui.reflection.toPlainText())
        self.ui.wordCount.setText(f"字数：{n}")

    def values(self) -> tuple[study.NoteInput, dict[str, str]]:
        errors: dict[str, str] = {}
        try:
            note_date = self.ui.note_date.value()
        except ValueError as exc:
            errors["note_date"], note_date = str(exc), None
        data = study.NoteInput(person_id=self.ui.person_id.currentData(), note_date=note_date,
                               title=self.ui.title.text(), content=self.ui.content.toPlainText(),
                               reflection=self.ui.reflection.toPlainText(), session_id=self.ui.session_id.currentData())
        return data, errors

    def step_member(self, step: int) -> None:
        combo = self.ui.person_id
        if combo.count():
            combo.setCurrentIndex((combo.currentIndex() + step) % combo.count())
        self.ui.title.setFocus()

    # --- copy hints --------------------------------------------------------------------------
    def show_hints(self, hints: list[CopyHint], about: str = "") -> None:
        self.hints = hints
        prefix = f"{about}：" if about else ""
        if not hints:
            self.ui.hintSummary.setText(prefix + _NO_HINT)
            self.ui.noteView.clear()
            self.ui.sourceView.clear()
            return
        self.ui.hintSummary.setText(prefix + hint_summary(hints))
        note_html, source_html = hint_texts(hints[0])
        self.ui.noteView.setHtml(note_html)
        self.ui.sourceView.setHtml(source_html)
        self.ui.sourceSideLabel.setText(hints[0].source_label)

    def check(self) -> None:
        data, _errors = self.values()
        if not data.person_id or data.note_date is None:
            return
        with self.db.session_scope() as s:
            hints = study_copy.check_text(s, self.branch_id, data.person_id, data.note_date, data.content,
                                          data.reflection, data.session_id, self.note_id)
        self.show_hints(hints)

    # --- saving ------------------------------------------------------------------------------
    def _write(self) -> bool:
        data, errors = self.values()
        errors = {**study.check_note(data, self.today), **errors}
        if errors:
            self.errors.show(errors)
            return False

        def save(s: Session) -> tuple[Changed, list[CopyHint]]:
            changed = study.save_note(s, self.branch_id, data, note_id=self.note_id, today=self.today)
            return changed, study_copy.check_note(s, changed.id)

        done = run_op(self.db, self, save, invalid=lambda exc: self.errors.show(exc.field_errors),
                      versions=[self.loaded])
        if not done:
            return False
        self.changed, hints = done.value
        self.saved += 1
        title = f"《{data.title.strip()}》" if data.title.strip() else ""
        self.saved_text = f"已保存 {self.ui.person_id.currentText()}{title}"
        self.show_hints(hints, self.saved_text)
        return True

    def save(self) -> None:
        if self._write():
            self.accept()

    def save_next(self, *, next_member: bool) -> None:
        if not self.batch or not self._write():
            return
        self.setWindowTitle(f"连续录入学习笔记（本次已保存 {self.saved} 篇）")
        for edit in (self.ui.title,):
            edit.clear()
        self.ui.content.clear()
        self.ui.reflection.clear()
        self.errors.clear()
        if next_member:
            self.step_member(1)
        self.ui.title.setFocus()
