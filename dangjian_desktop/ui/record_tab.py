"""The common frame of a record tab: the current branch, whether its records may be changed here, and
refreshing only when it is looked at.

A hidden tab does not recompute its view on every change; it notes that it is out of date and refreshes
when shown (start-up then builds only the visible tab). A tab whose title counts something — 三卡一法's
overdue follow-ups — or whose branch and selection the window's menus act on (the 花名册) sets
``refresh_while_hidden``.

A tab may start with its records already on the screen (the 花名册 the first window showed, read with
plain sqlite3 before the database layer loaded): it is given that branch (``shown_branch``), and its first
refresh of it asks ``already_shown()`` instead of reading them again.

Where nothing may be changed — the person signed in has a 查阅 account, or the branch was imported from
a 数据包 — the tab hides its editing actions, says why in a line at its top, and opens its editors
read-only (``open_editor``, ui/read_only.py). The services refuse such writes whatever the window offers.
In their place, at the start of that line, 查看 opens the selected record as a double-click does; so does Return
(or Enter) on a list, since 修改's Return and Ctrl+E went with the editing actions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QToolButton,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.ui import access, read_only
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents

VIEW_TEXT = "查看(&O)…"  # O: V is the window's 查看 menu
NOTHING_SELECTED = "请先在列表中选中一条记录。"
_DOUBLE_CLICKED = SIGNAL("doubleClicked(QModelIndex)")
_ITEM_ACTIVATED = SIGNAL("itemActivated(QListWidgetItem*)")


class RecordTab(QWidget):
    refresh_while_hidden = False

    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None, *, shown_branch: str | None = None) -> None:
        super().__init__(parent)
        self.db, self.events, self.dialogs = db, events, dialogs
        self.today = today or date.today()
        self.branch_id: str | None = None
        self.read_only_reason = ""  # why nothing may be changed here, in plain words ("" = it may)
        self._stale = True
        self._shown_branch = shown_branch
        self._hidden_actions: list[QAction] = []
        self._read_only_note: QLabel | None = None
        self.view_action = QAction(VIEW_TEXT, self, objectName="viewRecord", visible=False)
        self.view_action.setIconText(VIEW_TEXT)  # the button keeps the "&": its Alt+letter works
        self.view_action.setToolTip("打开选中的记录查看（双击或回车也可以）")
        self.view_action.triggered.connect(self.view_selected)
        self._views_wired = False
        self._return_actions: list[QAction] = []

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload_branch()
        super().showEvent(event)

    def _deferred(self) -> bool:
        if self.isVisible() or self.refresh_while_hidden:
            return False
        self._stale = True
        return True

    def reload_branch(self) -> None:
        """The current branch may have changed: read it and whether it may be changed here, then refresh.
        (Whether it may be changed is read even while the tab is hidden: its actions show it at once.)"""
        deferred = self._deferred()
        with self.db.session_scope() as s:
            self.branch_id = branches.current_branch_id(s)
            reason = branches.why_read_only(s, self.branch_id)
            if not deferred:
                self.branch_read(s)
        self.set_read_only(reason)
        if not deferred:
            self.reload()

    def branch_read(self, session: Session) -> None:
        """With the current branch read: what the tab takes from the branch itself (党小组 filters …)."""

    def reload(self) -> None:
        if self._deferred():
            return
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Fill the tab's views from the records of ``self.branch_id``."""
        raise NotImplementedError

    def already_shown(self) -> bool:
        """Whether the records of ``branch_id`` are on the screen already (``shown_branch``): true once,
        for the first refresh; later ones read them."""
        shown, self._shown_branch = self._shown_branch, None
        return shown is not None and shown == self.branch_id

    # --- where nothing may be changed ----------------------------------------------------------
    def set_read_only(self, reason: str) -> None:
        """``reason`` ("" = records may be changed): hide the editing actions and say why, or show them again."""
        self.read_only_reason = reason
        editing = access.edit_actions(self)
        if reason:
            actions = [a for a in editing if a.isVisible()]
            access.hide(actions)
            self._hidden_actions += actions
        else:
            for action in self._hidden_actions:
                action.setVisible(True)
            self._hidden_actions = []
        if not editing:  # a tab that changes nothing (乡镇汇总) has nothing to explain
            return
        if reason and self._read_only_note is None:
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                self._read_only_note = read_only.note(reason, self)
                row = QHBoxLayout()
                row.addWidget(self._view_button())  # first: seen however narrow the window
                row.addWidget(self._read_only_note, 1)
                layout.insertLayout(0, row)
        if reason and not self._views_wired:
            self._wire_views()
        self.view_action.setVisible(bool(reason))
        for action in self._return_actions:
            action.setEnabled(bool(reason))
        if self._read_only_note is not None:
            self._read_only_note.setText(reason)
            self._read_only_note.setVisible(bool(reason))

    def _view_button(self) -> QToolButton:
        button = QToolButton(self, objectName="viewRecordButton")
        button.setDefaultAction(self.view_action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the focus: 查看 opens what is selected there
        button.setVisible(False)
        self.view_action.visibleChanged.connect(lambda: button.setVisible(self.view_action.isVisible()))
        return button

    def _openable_views(self) -> list[QAbstractItemView]:
        """The lists of this tab whose double-click (or, a QListWidget, activation) opens a record."""
        return [v for v in self.findChildren(QAbstractItemView)
                if v.receivers(_DOUBLE_CLICKED) or (isinstance(v, QListWidget) and v.receivers(_ITEM_ACTIVATED))]

    def _wire_views(self) -> None:
        """Return or Enter on a list opens its selected record as a double-click does, where nothing may be
        changed (elsewhere 修改's own Return or Ctrl+E does it)."""
        self._views_wired = True
        for view in self._openable_views():
            action = QAction(view, enabled=False)
            action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, v=view: self._open(v))
            view.addAction(action)
            self._return_actions.append(action)

    def _open(self, view: QAbstractItemView) -> bool:
        index = view.currentIndex()
        if not index.isValid() or view.selectionModel() is None or not view.selectionModel().hasSelection():
            return False
        if view.receivers(_DOUBLE_CLICKED):
            view.doubleClicked.emit(index)
        else:
            view.activated.emit(index)  # a QListWidget's itemActivated
        return True

    def view_selected(self) -> None:
        """查看: open the record selected in the list that has the focus (or else the first shown list
        with one selected) as its double-click does."""
        views = [v for v in self._openable_views() if v.isVisible()]
        focused = QApplication.focusWidget()
        views.sort(key=lambda v: v is not focused)
        if not any(self._open(view) for view in views):
            self.dialogs.info(NOTHING_SELECTED)

    def open_editor(self, dialog: QDialog) -> int:
        """Open an editor of this tab's records (``dialog.exec()``): read-only, saying why, where nothing
        may be changed."""
        read_only.make_read_only(dialog, self.read_only_reason)
        return dialog.exec()

    def may_change(self) -> bool:
        """Before offering a new record (a double-click that would start one): False, and why, where
        nothing may be changed."""
        if self.read_only_reason:
            self.dialogs.info(self.read_only_reason)
            return False
        return True
