"""The 学习笔记 tab: study sessions, members' notes with copy hints, the yearly 学时/notes view, search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.services.duty import activity
from dangjian_desktop.services.study import copy_hints as study_copy
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.study import search as study_search
from dangjian_desktop.services.study import year as study_year
from dangjian_desktop.services.study.copy_hints import CopyHint
from dangjian_desktop.ui.actions import tab_action
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.record_tab import RecordTab
from dangjian_desktop.ui.study.views import RowsModel, hint_summary, hint_texts, rows_view, snippet_html


class StudyTab(RecordTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.hints: dict[str, list[CopyHint]] = {}
        self.year_combo = QComboBox(objectName="studyYear")
        for year in range(self.today.year, self.today.year - 11, -1):
            self.year_combo.addItem(f"{year}年", year)
        self.search_edit = QLineEdit(objectName="studySearch")
        self.search_edit.setPlaceholderText("搜索笔记和学习活动（Ctrl+F）")
        self.search_edit.setClearButtonEnabled(True)
        self.sessions_model = RowsModel(["日期", "学习主题", "形式", "学时", "主持人/授课人", "参加人数", "学习材料"])
        self.notes_model = RowsModel(["日期", "党员", "标题", "学习活动", "字数", "心得体会", "提示"])
        self.year_model = RowsModel(["姓名", "职务", "学时", "学时目标", "笔记", "心得体会", "目标（笔记/心得）",
                                     "字数", "情况"])
        self.search_model = RowsModel(["类别", "日期", "人员", "标题", "摘要"])
        self.sessions_view = rows_view(self.sessions_model, "studySessions")
        self.notes_view = rows_view(self.notes_model, "studyNotes")
        self.year_view = rows_view(self.year_model, "studyYearView")
        self.search_view = rows_view(self.search_model, "studySearchResults")
        self.short_only = QCheckBox("只看未达标的人(&U)", objectName="studyShortOnly")
        self.year_summary = QLabel(objectName="studyYearSummary")
        self.search_summary = QLabel(objectName="studySearchSummary")
        self.search_snippet = QTextBrowser(objectName="studySearchSnippet")
        self.search_snippet.setMaximumHeight(self.fontMetrics().height() * 5)
        self.views = QTabWidget(objectName="studyViews")
        self.views.addTab(self.sessions_view, "学习活动")
        self.views.addTab(self._notes_page(), "学习笔记")
        self.views.addTab(self._year_page(), "学时与笔记统计")
        self.views.addTab(self._search_page(), "搜索结果")
        bar = QHBoxLayout()
        year_label = QLabel("年度(&Y)：")
        year_label.setBuddy(self.year_combo)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        self._actions(bar)
        bar.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.run_search)
        self.year_combo.currentIndexChanged.connect(self.reload)
        self.short_only.toggled.connect(self.reload)
        self.sessions_view.doubleClicked.connect(lambda _i: self.edit_session())
        self.notes_view.doubleClicked.connect(lambda _i: self.edit_note())
        self.search_view.doubleClicked.connect(lambda _i: self.open_search_hit())
        self.notes_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_note_hint())
        self.search_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_snippet())
        for signal in (events.study_changed, events.people_changed):
            signal.connect(self.reload)
        events.branch_changed.connect(self.reload_branch)

    # --- layout ------------------------------------------------------------------------------
    def _notes_page(self) -> QWidget:
        self.hint_box = QGroupBox("相同段落提示", objectName="studyHintBox")
        self.hint_label = QLabel(objectName="studyHintLabel", wordWrap=True)
        self.hint_note = QTextBrowser(objectName="studyHintNote")
        self.hint_source = QTextBrowser(objectName="studyHintSource")
        self.hint_source_label = QLabel("相同之处")
        sides = QHBoxLayout()
        for caption, view in ((QLabel("本篇"), self.hint_note), (self.hint_source_label, self.hint_source)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(view)
            sides.addLayout(column)
        box_layout = QVBoxLayout(self.hint_box)
        box_layout.addWidget(self.hint_label)
        box_layout.addLayout(sides)
        self.hint_box.setVisible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.notes_view)
        split.addWidget(self.hint_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    def _year_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(self.short_only)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.year_view, 1)
        layout.addWidget(self.year_summary)
        return page

    def _search_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.search_summary)
        layout.addWidget(self.search_view, 1)
        layout.addWidget(self.search_snippet)
        return page

    def _actions(self, bar: QHBoxLayout) -> None:
        def act(text: str, slot: object, name: str, shortcut: str | None = None, button: bool = True) -> QAction:
            return tab_action(self, bar if button else None, text, slot, name, shortcut)

        self.add_session_action = act("登记学习活动(&A)…", self.add_session, "addStudySession", "Ctrl+Shift+A")
        self.add_note_action = act("新增笔记(&N)…", self.add_note, "addStudyNote", "Ctrl+N")
        self.batch_action = act("连续录入笔记(&L)…", self.batch_notes, "batchStudyNotes", "Ctrl+L")
        self.edit_action = act("修改(&M)…", self.edit_current, "editStudyItem", "Ctrl+E")
        self.delete_action = act("删除", self.delete_current, "deleteStudyItem", "Del")
        self.targets_action = act("学习目标…", self.edit_targets, "studyTargets")
        self.find_action = act("搜索", self.focus_search, "findStudy", "Ctrl+F", button=False)

    # --- loading -----------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def refresh(self) -> None:
        for a in (self.add_session_action, self.add_note_action, self.batch_action, self.edit_action,
                  self.delete_action, self.targets_action):
            a.setEnabled(self.branch_id is not None)
        if self.branch_id is None:  # no branch (e.g. after restoring an empty backup): show nothing
            for model in (self.sessions_model, self.notes_model, self.year_model, self.search_model):
                model.set_rows([])
            self.hints = {}
            self.year_summary.setText("还没有建立支部。")
            self.search_summary.clear()
            self._show_note_hint()
            return
        with self.db.session_scope() as s:
            sessions = study.list_sessions(s, self.branch_id, self.year)
            notes = study.list_notes(s, self.branch_id, self.year)
            self.hints = study_copy.year_hints(s, self.branch_id, self.year)
            rows = study_year.year_view(s, self.branch_id, self.year)
        self.sessions_model.set_rows([(r.id, [f"{r.held_on:%Y-%m-%d}", r.topic, r.form, str(r.hours), r.host,
                                              str(r.attendees), r.materials.replace("\n", "；")]) for r in sessions])
        flagged = {i for i, n in enumerate(notes) if n.id in self.hints}
        self.notes_model.set_rows(
            [(n.id, [f"{n.note_date:%Y-%m-%d}", n.name, n.title, n.session_topic, str(n.word_count),
                     "有" if n.has_reflection else "", "有大段相同文字" if n.id in self.hints else ""])
             for n in notes], flagged, {i: hint_summary(self.hints[notes[i].id]) for i in flagged})
        shown = [r for r in rows if r.is_short] if self.short_only.isChecked() else rows
        self.year_model.set_rows(
            [(r.person_id, [r.name, r.post, str(r.hours), str(r.hours_target), str(r.notes), str(r.reflections),
                            f"{r.notes_target} / {r.reflections_target}", str(r.words), r.shortfall_text()])
             for r in shown], {i for i, r in enumerate(shown) if r.is_short})
        short = sum(r.is_short for r in rows)
        with self.db.session_scope() as s:
            count = activity.activity_count(s, self.branch_id, self.year, today=self.today)
        self.year_summary.setText(f"{count.text}；笔记 {len(notes)} 篇；"
                                  f"{len(rows)} 名党员中 {short} 人学时或笔记未达标（红色）。")
        for view in (self.sessions_view, self.notes_view, self.year_view, self.search_view):
            view.resizeColumnsToContents()
        self._show_note_hint()
        if self.search_edit.text().strip():
            self.run_search()

    def show_record(self, person_id: str = "", month: int = 0, year: int = 0) -> str:
        """转到补正: the person's line in 学时与笔记统计 of ``year``."""
        index = self.year_combo.findData(year) if year else -1
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        self.short_only.setChecked(False)
        self.reload()
        self.views.setCurrentIndex(2)
        row = self.year_model.row_of(person_id) if person_id else -1
        if row >= 0:
            self.year_view.selectRow(row)
            self.year_view.scrollTo(self.year_model.index(row, 0))
            return "已选中此人：可登记学习活动或新增笔记。"
        return ""

    def _show_note_hint(self) -> None:
        note_id = self.current_key(self.notes_view, self.notes_model)
        hints = self.hints.get(note_id or "", [])
        self.hint_box.setVisible(bool(hints))
        if hints:
            self.hint_label.setText(hint_summary(hints))
            note_html, source_html = hint_texts(hints[0])
            self.hint_note.setHtml(note_html)
            self.hint_source.setHtml(source_html)
            self.hint_source_label.setText(hints[0].source_label)

    # --- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        if self.branch_id is None:
            return
        if not query:
            self.search_model.set_rows([])
            self.search_summary.setText("")
            self.search_snippet.clear()
            return
        with self.db.session_scope() as s:
            self.found = sorted(study_search.search(s, self.branch_id, query), key=lambda h: h.when, reverse=True)
        self.search_model.set_rows([((h.kind, h.ref_id), [h.kind_label, f"{h.when:%Y-%m-%d}", h.who, h.title,
                                     h.snippet.replace(study_search.HIT_START, "").replace(study_search.HIT_END, "")])
                                    for h in self.found])
        self.search_summary.setText(f"“{query}”：找到 {len(self.found)} 条（双击打开）" if self.found
                                    else f"没有找到含“{query}”的笔记或学习活动。")
        self.search_view.resizeColumnsToContents()
        self.views.setCurrentWidget(self.search_view.parentWidget())
        if self.found:
            self.search_view.selectRow(0)
        self._show_snippet()

    def _show_snippet(self) -> None:
        row = self.search_view.currentIndex().row()
        found = getattr(self, "found", [])
        self.search_snippet.setHtml(snippet_html(found[row].snippet) if 0 <= row < len(found) else "")

    def open_search_hit(self) -> None:
        key = self.current_key(self.search_view, self.search_model)
        if key is None:
            return
        kind, ref_id = key
        if kind == "note":
            self._note_dialog(note_id=ref_id)
        else:
            self._session_dialog(ref_id)

    # --- actions -----------------------------------------------------------------------------
    @staticmethod
    def current_key(view: QTableView, model: RowsModel) -> object:
        index = view.currentIndex()
        return model.key_at(index.row()) if index.isValid() else None

    def _session_dialog(self, session_id: str | None = None) -> None:
        from dangjian_desktop.ui.study.dialogs import StudySessionDialog

        if self.branch_id is None:
            return
        dialog = StudySessionDialog(self.db, self.branch_id, session_id, self, today=self.today)
        if self.open_editor(dialog) and dialog.changed:
            self.events.emit_changed(dialog.changed)

    def _note_dialog(self, note_id: str | None = None, batch: bool = False) -> None:
        from dangjian_desktop.ui.study.note_dialog import StudyNoteDialog

        if self.branch_id is None:
            return
        session_id = None
        if note_id is None and self.views.currentWidget() is self.sessions_view:
            session_id = self.current_key(self.sessions_view, self.sessions_model)
        dialog = StudyNoteDialog(self.db, self.branch_id, note_id, batch=batch, session_id=session_id,
                                 parent=self, today=self.today)
        self.open_editor(dialog)
        if dialog.changed:
            self.events.emit_changed(dialog.changed)
        if dialog.saved:
            more = f"（本次共 {dialog.saved} 篇）" if dialog.saved > 1 else ""
            self._say(f"{dialog.saved_text}的学习笔记{more}。")

    def _say(self, text: str) -> None:
        """A short confirmation in the main window's status bar (no box to click away)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def add_session(self) -> None:
        self._session_dialog()

    def edit_session(self) -> None:
        session_id = self.current_key(self.sessions_view, self.sessions_model)
        if session_id is None:
            self.dialogs.info("请先在“学习活动”中选中一次学习。")
            return
        self._session_dialog(str(session_id))

    def add_note(self) -> None:
        self._note_dialog()

    def batch_notes(self) -> None:
        self._note_dialog(batch=True)

    def edit_note(self) -> None:
        note_id = self.current_key(self.notes_view, self.notes_model)
        if note_id is None:
            self.dialogs.info("请先在“学习笔记”中选中一篇笔记。")
            return
        self._note_dialog(str(note_id))

    def edit_current(self) -> None:
        page = self.views.currentIndex()
        if page == 0:
            self.edit_session()
        elif page == 1:
            self.edit_note()
        elif page == 3:
            self.open_search_hit()

    def delete_current(self) -> None:
        page = self.views.currentIndex()
        if page == 0:
            key, what, delete = self.current_key(self.sessions_view, self.sessions_model), "这次学习活动", \
                study.delete_session
        elif page == 1:
            key, what, delete = self.current_key(self.notes_view, self.notes_model), "这篇笔记", study.delete_note
        else:
            return
        if key is None or not self.dialogs.confirm(f"把{what}移到回收站吗？"):
            return
        run_op(self.db, self.dialogs, lambda s: delete(s, str(key)), events=self.events)

    def edit_targets(self) -> None:
        from dangjian_desktop.ui.study.dialogs import StudyTargetsDialog

        if self.branch_id is None:
            return
        dialog = StudyTargetsDialog(self.db, self.branch_id, self)
        if self.open_editor(dialog) and dialog.changed:
            self.events.emit_changed(dialog.changed)
