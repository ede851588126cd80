"""The meeting editor (forms/meeting_dialog.ui): fields, attendance, 议题 with 表决, live checks, autosaved drafts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import local_time
from dangjian_desktop.domain.meetings_data import MeetingData, checks, count, item_check
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed, branches, concurrency
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import drafts as meeting_drafts
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.meeting_dialog_ui import Ui_MeetingDialog
from dangjian_desktop.ui.meetings.attendance_table import AttendanceTable
from dangjian_desktop.ui.meetings.items import ItemsEditor
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.read_only import EDIT_ONLY, reason_of
from dangjian_desktop.ui.widgets import scrolled

AUTOSAVE_MS = 3000


class MeetingDialog(QDialog):
    """``exec()`` returns Accepted after a save; ``changed`` then says what was written."""

    edited = Signal()

    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, meeting_id: str | None = None,
                 template: MeetingData | None = None, parent: QWidget | None = None, today: date | None = None,
                 autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id, self.dialogs, self.meeting_id = db, branch_id, dialogs, meeting_id
        self.today = today or date.today()
        self.changed: Changed | None = None
        self.info: meetings.MeetingInfo | None = None
        self.loaded: concurrency.Loaded | None = None  # the version shown: a save over a newer one is refused
        self._loading = True
        self._dirty = False
        self._attendance_touched = False
        self.draft_root = meeting_drafts.drafts_dir(db.path)
        self.draft_key = meeting_drafts.draft_key(branch_id, meeting_id)
        self.attachment_root = meeting_attachments.attachments_dir(db.path)
        self.attendance = AttendanceTable(self.ui.attendance, self.edited)
        self.items = ItemsEditor(self.ui, self.edited)
        self.errors = FieldErrors({name: getattr(self.ui, name) for name in (
            "title", "held_on", "start_time", "end_time", "place", "reason")}, self.ui.errorSummary, self.ui.tabs)
        self.ui.errorSummary.setVisible(False)
        self._setup_widgets()
        self._load(template)
        self._offer_draft()
        self._loading = False
        self.refresh_checks()
        self.autosave = QTimer(self, interval=autosave_ms)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        self._check_timer = QTimer(self, singleShot=True, interval=150)
        self._check_timer.timeout.connect(self.refresh_checks)
        self.edited.connect(self._on_edit)
        self.ui.tabs.setCurrentIndex(0)
        scrolled(self.ui.mainLayout, self.ui.tabs)
        self.ui.title.setFocus()

    # --- set-up ------------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        for t in rules.TYPES:
            item = QListWidgetItem(t, ui.types)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        ui.types.itemChanged.connect(lambda _i: self._roster_inputs_changed())
        with self.db.session_scope() as s:
            groups = [(g.name, g.id) for g in branches.list_groups(s, self.branch_id)]
            names = [p.name for p in meeting_attendance.members_on(s, self.branch_id, self.today)]
            committee = list(branches.committee(s, self.branch_id).values())
        ui.group_id.addItem("（不是党小组会）", None)
        for name, gid in groups:
            ui.group_id.addItem(name, gid)
        people = list(dict.fromkeys([*committee, *names]))
        ui.types.setMaximumHeight(ui.types.fontMetrics().height() * 4)
        for combo in (ui.host, ui.recorder, ui.lecturer, ui.group_id):
            combo.setMinimumWidth(ui.host.fontMetrics().horizontalAdvance("汉") * 12)
        for combo in (ui.host, ui.recorder, ui.lecturer):
            combo.addItems(["", *people])
            combo.currentTextChanged.connect(lambda _t: self.edited.emit())
        for edit in (ui.title, ui.start_time, ui.end_time, ui.place, ui.reason):
            edit.textChanged.connect(lambda _t: self.edited.emit())
        for text in (ui.observers, ui.summary, ui.note):
            text.textChanged.connect(self.edited.emit)
        ui.held_on.changed.connect(self._roster_inputs_changed)
        ui.group_id.currentIndexChanged.connect(lambda _i: self._roster_inputs_changed())
        ui.allPresentButton.clicked.connect(self.attendance.all_present)
        ui.refillButton.clicked.connect(lambda: self.refill_attendance(keep=True))
        ui.addAttachmentButton.clicked.connect(self.add_attachment)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.attachments.setIconSize(QSize(120, 90))
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
            save.setDefault(True)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText("取消")
        self.finalize_button = QPushButton("保存并定稿(&F)", objectName="finalizeButton")
        ui.buttonBox.addButton(self.finalize_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.finalize_button.clicked.connect(self.save_and_finalize)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _load(self, template: MeetingData | None) -> None:
        if self.meeting_id:
            with self.db.session_scope() as s:
                data = meetings.meeting_data(s, self.meeting_id)
                self.info = meetings.meeting_info(s, self.meeting_id)
                self.loaded = concurrency.loaded(meetings.get_meeting(s, self.meeting_id))
            self._attendance_touched = True
        else:
            data = template or MeetingData(types=[], title="", held_on=self.today)
            if data.held_on is None:
                data = replace(data, held_on=self.today)
        self.set_data(data)
        if not self.meeting_id and not data.attendance:
            self.refill_attendance(keep=False)
        locked = self.info is not None and self.info.locked
        self.ui.reasonLabel.setVisible(locked)
        self.ui.reason.setVisible(locked)
        for widget in (self.ui.reasonLabel, self.ui.reason):
            widget.setProperty(EDIT_ONLY, True)  # not shown where the record cannot be changed (ui/read_only.py)
        self.finalize_button.setVisible(not locked)
        self._title(data.title)
        self._show_status()
        self._show_history()
        self._load_attachments()

    def _offer_draft(self) -> None:
        draft = meeting_drafts.load_draft(self.draft_root, self.draft_key)
        if draft is None:
            return
        if draft.data == self.data():
            meeting_drafts.discard_draft(self.draft_root, self.draft_key)
            return
        when = local_time(draft.saved_at)
        if self.dialogs.confirm(f"发现一份没有保存的草稿（最后自动保存于 {when}），可能是上次没有正常关闭。\n"
                                "要恢复这份草稿吗？选“否”将丢弃它。", "恢复草稿"):
            self.set_data(draft.data)
            self.ui.reason.setText(draft.reason)
            self._attendance_touched = True
            self._dirty = True
        else:
            meeting_drafts.discard_draft(self.draft_root, self.draft_key)

    # --- values in and out -------------------------------------------------------------------
    def set_data(self, data: MeetingData) -> None:
        loading, self._loading = self._loading, True
        ui = self.ui
        for i in range(ui.types.count()):
            item = ui.types.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in data.types else Qt.CheckState.Unchecked)
        ui.title.setText(data.title)
        ui.held_on.set_value(data.held_on)
        ui.start_time.setText(data.start_time)
        ui.end_time.setText(data.end_time)
        ui.place.setText(data.place)
        ui.host.setCurrentText(data.host)
        ui.recorder.setCurrentText(data.recorder)
        ui.lecturer.setCurrentText(data.lecturer)
        ui.group_id.setCurrentIndex(max(0, ui.group_id.findData(data.group_id)))
        ui.observers.setPlainText(data.observers)
        ui.summary.setPlainText(data.summary)
        ui.note.setPlainText(data.note)
        self.attendance.set_rows(data.attendance)
        self.items.set_items(data.items)
        self._loading = loading

    def data(self) -> MeetingData:
        ui = self.ui
        try:
            held_on = ui.held_on.value()
        except ValueError:
            held_on = None
        types = [ui.types.item(i).text() for i in range(ui.types.count())
                 if ui.types.item(i).checkState() == Qt.CheckState.Checked]
        return MeetingData(
            types=types, title=ui.title.text(), held_on=held_on, start_time=ui.start_time.text().strip(),
            end_time=ui.end_time.text().strip(), place=ui.place.text(), host=ui.host.currentText().strip(),
            recorder=ui.recorder.currentText().strip(), lecturer=ui.lecturer.currentText().strip(),
            group_id=ui.group_id.currentData(), observers=ui.observers.toPlainText(),
            summary=ui.summary.toPlainText(), note=ui.note.toPlainText(), attendance=self.attendance.rows(),
            items=self.items.items())

    # --- behaviour ---------------------------------------------------------------------------
    def _on_edit(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._check_timer.start()

    def _roster_inputs_changed(self) -> None:
        if self._loading:
            return
        if not self.meeting_id and not self._attendance_touched:
            self.refill_attendance(keep=True)
        self._suggest_group_host()
        self.edited.emit()

    def _suggest_group_host(self) -> None:
        """A new 党小组会 is hosted by the group's 组长 unless the host was already chosen."""
        data = self.data()
        if self.meeting_id or rules.GROUP not in data.types or not data.group_id or self.ui.host.currentText():
            return
        with self.db.session_scope() as s:
            host = meeting_attendance.group_host(s, data.group_id)
        if host:
            self.ui.host.setCurrentText(host)

    def refill_attendance(self, keep: bool) -> None:
        """The expected people as of the meeting date; ``keep`` carries over statuses already ticked."""
        data = self.data()
        if data.held_on is None:
            return
        with self.db.session_scope() as s:
            rows = meeting_attendance.expected(s, self.branch_id, data.held_on, data.types, data.group_id)
        if keep:
            old = {a.name: a for a in data.attendance}
            for r in rows:
                if r.name in old:
                    r.status, r.reason = old[r.name].status, old[r.name].reason
                    r.written_opinion, r.id = old[r.name].written_opinion, old[r.name].id
        self.attendance.set_rows(rows)

    def refresh_checks(self) -> None:
        data = self.data()
        with self.db.session_scope() as s:
            committee_size = len(meeting_attendance.committee_members(s, self.branch_id))
        lines = []
        for ch in checks(data, committee_size):
            color, mark = ("#1b5e20", "✓") if ch.ok else ("#b00020", "✗")
            lines.append(f'<span style="color:{color}">{mark} {escape(ch.message)}</span>')
        self.ui.checksLabel.setText("<br>".join(lines) or "")
        self.ui.countsLabel.setText(count(data.attendance).text())
        current = self.items.current_item()
        result = item_check(data, current) if current else None
        self.ui.itemCheck.setText(result.message if result else "")
        self.ui.itemCheck.setStyleSheet("" if result is None else
                                        f"color: {'#1b5e20' if result.ok else '#b00020'};")

    def before_read_only(self) -> None:
        """Opened where nothing may be changed: the title says 查看, the status line 已定稿 (not how to change it)."""
        self._title(self.ui.title.text())
        self._show_status()

    def _title(self, title: str) -> None:
        verb = "查看" if reason_of(self) else "编辑" if self.meeting_id else "新建"
        self.setWindowTitle(f"{verb}会议记录" + (f" — {title}" if title else ""))

    def _show_status(self) -> None:
        parts = []
        if self.info is not None:
            parts.append(f"录入时间：{local_time(self.info.created_at)}")
            if self.info.late_entry:
                parts.append('<b style="color:#b00020">补录</b>（会后超过规定天数录入）')
            if self.info.locked:
                finalized = f"已定稿（{local_time(self.info.finalized_at)}）"
                parts.append(finalized if reason_of(self) else f"{finalized}，修改须写明原因并记入修改记录")
            else:
                parts.append("草稿")
        else:
            parts.append("新记录。输入过程中每隔几秒自动保存草稿。")
        self.ui.statusLabel.setText("　".join(parts))

    def _show_history(self) -> None:
        lines = []
        for a in self.info.amendments if self.info else []:
            lines.append(f"{local_time(a.created_at)}　原因：{a.reason}")
            lines += [f"　　{line}" for line in a.changes.splitlines()]
        self.ui.history.setPlainText("\n".join(lines) or "定稿后没有修改过。")

    def _load_attachments(self) -> None:
        self.ui.attachments.clear()
        enabled = self.meeting_id is not None
        self.ui.addAttachmentButton.setEnabled(enabled)
        self.ui.removeAttachmentButton.setEnabled(enabled)
        self.ui.addAttachmentButton.setToolTip("" if enabled else "先保存会议记录，再添加附件")
        if not self.meeting_id:
            return
        with self.db.session_scope() as s:  # on a server the files come from the database (once per computer)
            rows = [(att, meeting_attachments.local_file(s, self.attachment_root, att.sha256, att.ext))
                    for att in meeting_attachments.list_attachments(s, self.meeting_id)]
        for att, path in rows:
            item = QListWidgetItem(att.original_name, self.ui.attachments)
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            if meeting_attachments.is_image(att) and path is not None:
                item.setIcon(QIcon(QPixmap(str(path)).scaled(120, 90, Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.SmoothTransformation)))
            item.setToolTip(f"{att.original_name}（{att.size // 1024} KB）")

    def add_attachment(self) -> None:
        if not self.meeting_id:
            return
        path = self.dialogs.open_file("添加照片或扫描件", "照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.gif *.webp "
                                      "*.tif *.tiff *.pdf)", self.dialogs.default_folder())
        if path is None:
            return
        meeting_id = self.meeting_id
        done = run_op(self.db, self.dialogs,
                      lambda s: meeting_attachments.add_attachment(s, meeting_id, path, self.attachment_root))
        if done:
            self.changed = done.value
            self._load_attachments()

    def remove_attachment(self) -> None:
        item = self.ui.attachments.currentItem()
        if item is None:
            return
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        done = run_op(self.db, self.dialogs, lambda s: meeting_attachments.remove_attachment(s, attachment_id))
        if done:
            self.changed = done.value
            self._load_attachments()

    def save_draft(self) -> None:
        if not self._dirty:
            return
        try:
            meeting_drafts.save_draft(self.draft_root, self.draft_key, self.data(), self.ui.reason.text())
        except UserError:  # a full disk must not interrupt typing; the next tick tries again
            return
        self._dirty = False

    def _write(self, *, finalize: bool = False) -> bool:
        """Save the record, and with ``finalize`` also lock it, in one transaction."""
        data = self.data()
        errors: dict[str, str] = {}
        try:
            self.ui.held_on.value()
        except ValueError as exc:
            errors["held_on"] = str(exc)
        if errors:
            self.errors.show(errors)
            return False

        def save(s: Session) -> Changed:
            changed = meetings.save_meeting(s, self.branch_id, data, self.meeting_id, reason=self.ui.reason.text())
            changed = meetings.finalize(s, changed.id) if finalize else changed
            now.append(concurrency.saved(s, Meeting, changed.id))
            return changed

        now: list[concurrency.Loaded] = []
        done = run_op(self.db, self.dialogs, save, invalid=lambda exc: self.errors.show(exc.field_errors),
                      versions=[self.loaded], reopen=self.reopen)
        if not done:
            return False
        self.loaded = now[-1]
        self.changed = done.value
        meeting_drafts.discard_draft(self.draft_root, self.draft_key)
        self.meeting_id = self.changed.id
        self._dirty = False
        return True

    def reopen(self) -> None:
        """Show the record as it is now (after someone else saved it); what was typed is replaced."""
        self._loading = True
        try:
            self._load(None)
        finally:
            self._loading = False
        self.refresh_checks()
        self._dirty = False

    def save(self) -> None:
        if self._write():
            self.accept()

    def save_and_finalize(self) -> None:
        if not self.dialogs.confirm("定稿后记录即被锁定，以后修改须写明原因，并保留修改记录。\n确定保存并定稿吗？", "定稿"):
            return
        if self._write(finalize=True):
            self.accept()

    def reject(self) -> None:
        if self._dirty and not self.dialogs.confirm("有没有保存的修改，确定放弃吗？", "放弃修改"):
            return
        self.autosave.stop()
        meeting_drafts.discard_draft(self.draft_root, self.draft_key)
        super().reject()

    def done(self, result: int) -> None:
        self.autosave.stop()
        super().done(result)
