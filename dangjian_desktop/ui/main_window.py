"""The main window: menus, the four record tabs, the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMenu, QScrollArea, QTabWidget, QWidget

from dangjian_desktop import APP_NAME, __version__
from dangjian_desktop.db import Database, audit
from dangjian_desktop.services import Changed, branches, users
from dangjian_desktop.ui import font_size, read_only
from dangjian_desktop.ui.cases.tab import CasesTab
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.dues.tab import DuesTab
from dangjian_desktop.ui.duty.tab import DutyTab
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ledger.model import LedgerModel
from dangjian_desktop.ui.ledger.tab import LedgerTab
from dangjian_desktop.ui.meetings.tab import MeetingsTab
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.selfcheck.tab import SelfCheckTab
from dangjian_desktop.ui.study.tab import StudyTab


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 shown_roster: tuple[str, LedgerModel] | None = None) -> None:
        """``shown_roster``: the branch and rows of the roster already shown (see LedgerTab)."""
        super().__init__(parent)
        self.db = db
        self.events = DataEvents(self)
        self.dialogs = DialogService(self)
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.ledger = LedgerTab(db, self.events, self.dialogs, shown=shown_roster)
        self.dues = DuesTab(db, self.events, self.dialogs)
        self.roster_tabs = QTabWidget(objectName="rosterTabs")
        self.roster_tabs.addTab(self.ledger, "花名册")
        self.roster_tabs.addTab(self.dues, "党费")
        self.tabs.addTab(self.roster_tabs, "党员台账")
        self.meetings = MeetingsTab(db, self.events, self.dialogs)
        self.cases = CasesTab(db, self.events, self.dialogs)
        self.study = StudyTab(db, self.events, self.dialogs)
        self.tabs.addTab(self.meetings, "会议记录")
        self.tabs.addTab(self.cases, "三卡一法")
        self.tabs.addTab(self.study, "学习笔记")
        self.duty = DutyTab(db, self.events, self.dialogs)
        self.tabs.addTab(self.duty, "责任区与承诺")
        self._cases_unlocked = False
        self._last_tab = 0
        self.tabs.currentChanged.connect(self._tab_changed)
        self.selfcheck = SelfCheckTab(db, self.events, self.dialogs)
        self.selfcheck.navigate.connect(self.go_to)
        self.tabs.addTab(self.selfcheck, "年度自查")
        self.township: QWidget | None = None  # 乡镇汇总, shown while the database holds more than one branch
        # with large text a tab may need more room than the screen has: it scrolls instead of the window
        # growing past the screen
        self.central_scroll = QScrollArea(objectName="centralScroll")
        self.central_scroll.setWidget(self.tabs)
        self.central_scroll.setWidgetResizable(True)
        self.central_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setCentralWidget(self.central_scroll)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        from dangjian_desktop.ui.backup.dialog import AutoBackup

        self.auto_backup = AutoBackup(db, self)
        self.events.branch_changed.connect(self._branch_changed)
        self._branch_changed()
        self.resize(1280, 800)  # reduced to the work area on a smaller screen (ui/screen_fit.py)
        scale = font_size.stored(db)
        font_size.apply(scale)
        if scale in self.font_actions:
            self.font_actions[scale].setChecked(True)

    # --- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("文件(&F)")
        self.branch_action = self._action(file_menu, "支部信息(&B)…", self.edit_branch)
        self.settings_action = self._action(file_menu, "设置(&S)…", self.open_settings)
        self.switch_menu = QMenu("切换支部(&W)", self)
        file_menu.addMenu(self.switch_menu)
        self.new_branch_action = self._action(file_menu, "新建支部(&N)…", self.create_branch)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, "从Excel导入花名册(&I)…", self.import_roster, "Ctrl+I")
        self.export_action = self._action(file_menu, "导出花名册到Excel(&X)…", self.export_roster, "Ctrl+Shift+X")
        self.undo_import_action = self._action(file_menu, "撤销上次导入(&U)…", self.undo_import)
        file_menu.addSeparator()
        self.demo_action = self._action(file_menu, "建立演示支部(&D)", self.create_demo)
        file_menu.addSeparator()
        self.archive_action = self._action(file_menu, "导出年度档案(&A)…", self.export_archive, "Ctrl+Shift+E")
        self.verify_action = self._action(file_menu, "核对档案(&V)…", self.verify_archive)
        self.export_package_action = self._action(file_menu, "导出数据包(&K)…", self.export_package)
        self.import_package_action = self._action(file_menu, "导入数据包(&G)…", self.import_package)
        self.package_conflicts_action = self._action(file_menu, "数据包冲突(&C)…", self.open_package_conflicts)
        self.party_stats_action = self._action(file_menu, "党内统计表(&T)…", self.open_party_stats)
        self.backup_action = self._action(file_menu, "备份与恢复(&R)…", self.open_backups, "Ctrl+Shift+B")
        self.password_action = self._action(file_menu, "启动密码(&P)…", self.open_password)
        self.users_action = self._action(file_menu, "用户管理(&Y)…", self.open_users)
        self.users_action.setVisible(False)  # on a server, for 管理员 and 书记 (signed_in)
        file_menu.addSeparator()
        self._action(file_menu, "退出(&Q)", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("编辑(&E)")
        for act in (self.ledger.add_action, self.ledger.edit_action, self.ledger.delete_action,
                    self.ledger.transfer_action, self.ledger.discipline_action, self.ledger.find_action):
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        edit_menu.addAction(self.ledger.recycle_action)
        self.audit_action = self._action(edit_menu, "修改记录(&H)…", self.open_audit, "Ctrl+Shift+H")
        self.person_audit_action = self._action(edit_menu, "所选人员的修改记录(&Y)…", self.open_person_audit)

        view_menu = bar.addMenu("查看(&V)")
        size_menu = view_menu.addMenu("字号(&Z)")
        self.font_actions: dict[int, QAction] = {}
        group = QActionGroup(self)
        for percent in font_size.CHOICES:
            act = self._action(size_menu, f"{percent}%" + ("（标准）" if percent == 100 else ""),
                               lambda _c=False, p=percent: self.set_font_scale(p))
            act.setCheckable(True)
            group.addAction(act)
            self.font_actions[percent] = act

        help_menu = bar.addMenu("帮助(&H)")
        self.help_action = self._action(help_menu, "使用说明(&U)", lambda: self.open_help(),
                                        QKeySequence.StandardKey.HelpContents)
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._action(help_menu, "关于支部台账(&A)", self.about)

    def set_font_scale(self, percent: int) -> None:
        """字号: applied to every window at once, remembered for the next start."""
        font_size.apply(percent)
        font_size.store(self.db, percent)
        self.font_actions[percent].setChecked(True)
        self.statusBar().showMessage(f"字号已改为 {percent}%。", 5000)

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    # --- branch ------------------------------------------------------------------------------
    def _branch_changed(self) -> None:
        with self.db.session_scope() as s:
            current = branches.current_branch_id(s)
            all_branches = [(b.id, b.name) for b in branches.list_branches(s)]
            audit.set_actor(users.local_actor(s, current))  # 操作人 when nobody signs in: the 书记, or 本机
        name = next((n for i, n in all_branches if i == current), None)
        self.setWindowTitle(f"{APP_NAME} — {name}" if name else APP_NAME)
        self.switch_menu.clear()
        for branch_id, branch_name in all_branches:
            act = self.switch_menu.addAction(branch_name)
            act.setCheckable(True)
            act.setChecked(branch_id == current)
            act.triggered.connect(lambda _c=False, b=branch_id: self.switch_branch(b))
        self.switch_menu.setEnabled(len(all_branches) > 1)
        self._show_township(len(all_branches) > 1)
        for act in (self.branch_action, self.settings_action, self.export_action):
            act.setEnabled(current is not None)
        for act in (self.import_action, self.undo_import_action):  # not into a branch imported from a 数据包
            act.setEnabled(current is not None and not self.ledger.read_only_reason)
        url = self.db.engine.url
        self.db_label.setText(f"数据文件：{self.db.path}" if self.db.path
                              else f"数据库：{url.database}（服务器：{url.host or '本机'}）")

    def _show_township(self, wanted: bool) -> None:
        if wanted and self.township is None:
            from dangjian_desktop.ui.township.tab import TownshipTab

            self.township = TownshipTab(self.db, self.events, self.dialogs)
            self.township.open_branch.connect(self.open_township_branch)
        if self.township is None:
            return
        index = self.tabs.indexOf(self.township)
        if wanted and index < 0:
            self.tabs.addTab(self.township, "乡镇汇总")
        elif not wanted and index >= 0:
            self.tabs.removeTab(index)

    def prepare_views(self) -> list[Callable[[], None]]:
        """Shortly after start: work out in the background what a tab not yet shown would make the clerk
        wait for when first opened (the 乡镇汇总). Returns what waits (in another thread) until that is done."""
        from dangjian_desktop.ui.township.tab import TownshipTab

        if isinstance(self.township, TownshipTab) and self.tabs.indexOf(self.township) >= 0:
            wait = self.township.prepare()
            return [wait] if wait is not None else []
        return []

    def open_township_branch(self, branch_id: str, where: str, year: int) -> None:
        """From the 汇总: the branch's own 自查, read-only; on request the window switches to that branch's record."""
        from dangjian_desktop.domain.selfcheck import Target
        from dangjian_desktop.ui.township.branch_dialog import BranchRecordDialog

        dialog = BranchRecordDialog(self.db, branch_id, year, where, today=getattr(self.township, "today", None),
                                    parent=self)
        if not dialog.exec():
            return
        self.switch_branch(branch_id)
        if where == "年度自查":
            self.tabs.setCurrentWidget(self.selfcheck)
            self.selfcheck.year_combo.setCurrentIndex(max(0, self.selfcheck.year_combo.findData(year)))
        else:
            self.go_to(Target(where), year)

    def switch_branch(self, branch_id: str) -> None:
        if run_op(self.db, self.dialogs, lambda s: branches.set_current_branch(s, branch_id)):
            self.events.branch_changed.emit()

    def has_branch(self) -> bool:
        with self.db.session_scope() as s:
            return branches.current_branch_id(s) is not None

    def first_run(self) -> None:
        """On an empty database: create the branch, or open a demo branch."""
        if not self.has_branch():
            self.create_branch()

    def create_branch(self) -> None:
        from dangjian_desktop.ui.first_run import DEMO_CHOSEN, IMPORT_CHOSEN, FirstRunDialog

        dialog = FirstRunDialog(self.db, self)
        result = dialog.exec()
        if result == DEMO_CHOSEN:
            self.create_demo()
        elif result == IMPORT_CHOSEN:
            self.import_package()
        elif result and dialog.changed is not None:
            self.events.emit_changed(dialog.changed)

    def edit_branch(self) -> None:
        from dangjian_desktop.ui.first_run import FirstRunDialog

        if self.ledger.branch_id is None:
            return
        dialog = FirstRunDialog(self.db, self, branch_id=self.ledger.branch_id, dialogs=self.dialogs)
        read_only.make_read_only(dialog, self.ledger.read_only_reason)
        if dialog.exec() and dialog.changed is not None:
            self.events.emit_changed(dialog.changed)
            if dialog.posts_changed is not None:
                self.events.emit_changed(dialog.posts_changed)

    def open_settings(self) -> None:
        from dangjian_desktop.ui.settings_dialog import SettingsDialog

        if self.ledger.branch_id is None:
            return
        dialog = SettingsDialog(self.db, self.ledger.branch_id, self.dialogs, self)
        read_only.make_read_only(dialog, self.ledger.read_only_reason)
        if dialog.exec() and dialog.changed is not None:
            for table in ("branch", "meeting", "study_targets", "dues_rate_table", "person"):
                self.events.emit_changed(Changed(table, dialog.changed.ids))

    def create_demo(self) -> None:
        from dangjian_desktop.services.demo.branch import create_demo_branch

        if not run_op(self.db, self.dialogs, create_demo_branch, events=self.events):
            return
        self.statusBar().showMessage("已建立演示支部。演示数据可以随意修改或删除。", 8000)

    # --- roster files ------------------------------------------------------------------------
    def import_roster(self) -> None:
        from dangjian_desktop.ui.ledger.import_dialog import run_import

        if self.ledger.branch_id is not None and run_import(self, self.db, self.ledger.branch_id, self.dialogs,
                                                            self.events):
            self.ledger.filter_edit.clear()  # show everyone, the new people included

    def export_roster(self) -> None:
        from dangjian_desktop.ui.ledger.import_dialog import run_export

        if self.ledger.branch_id is not None:
            run_export(self, self.db, self.ledger.branch_id, self.dialogs)

    def undo_import(self) -> None:
        from dangjian_desktop.ui.ledger.import_dialog import run_undo_import

        if self.ledger.branch_id is not None:
            run_undo_import(self.db, self.ledger.branch_id, self.dialogs, self.events)

    def _tab_changed(self, index: int) -> None:
        """三卡一法 may be protected by the password: ask once per session before showing it."""
        if self.tabs.widget(index) is self.cases and not self._cases_unlocked:
            from dangjian_desktop.services import password
            from dangjian_desktop.ui.backup.password_dialog import PasswordPrompt

            with self.db.session_scope() as s:
                protected = password.cases_protected(s)
            if protected:
                prompt = PasswordPrompt(self.db, self, reason="“三卡一法”记录涉及个人隐私，请输入密码：")
                if not prompt.exec():
                    self.tabs.setCurrentIndex(self._last_tab)
                    return
            self._cases_unlocked = True
        self._last_tab = index

    def export_archive(self) -> None:
        from dangjian_desktop.ui.selfcheck.archive_dialog import run_archive_export

        if self.ledger.branch_id is not None:
            run_archive_export(self, self.db, self.ledger.branch_id, self.dialogs)

    def verify_archive(self) -> None:
        from dangjian_desktop.ui.selfcheck.archive_dialog import run_archive_verify

        run_archive_verify(self.dialogs)

    def export_package(self) -> None:
        from dangjian_desktop.ui.exchange_dialog import run_package_export

        if self.ledger.branch_id is not None:
            run_package_export(self, self.db, self.ledger.branch_id, self.dialogs)

    def open_party_stats(self) -> None:
        from dangjian_desktop.ui.party_stats_dialog import open_party_stats

        open_party_stats(self, self.db, self.dialogs)

    def import_package(self) -> None:
        from dangjian_desktop.ui.exchange_dialog import run_package_import

        run_package_import(self, self.db, self.dialogs, self.events)

    def open_package_conflicts(self) -> None:
        from dangjian_desktop.ui.exchange_dialog import open_conflicts

        open_conflicts(self, self.db, self.dialogs)

    def go_to(self, target: object, year: int = 0) -> None:
        """转到补正: open the place a 自查 finding points to and select the record, person or month."""
        tab = getattr(target, "tab", "")
        record_id = getattr(target, "record_id", "")
        month = getattr(target, "month", 0)
        if tab == "支部信息":
            self.edit_branch()
            return
        pages = {"党员台账": (self.roster_tabs, self.ledger), "党费": (self.roster_tabs, self.dues),
                 "会议记录": (self.meetings, self.meetings), "三卡一法": (self.cases, self.cases),
                 "学习笔记": (self.study, self.study)}
        if tab not in pages:
            return
        page, view = pages[tab]
        self.tabs.setCurrentWidget(page)
        if page is self.roster_tabs:
            self.roster_tabs.setCurrentWidget(view)
        if self.tabs.currentWidget() is not page:
            return  # 三卡一法 kept locked: the password was not given
        said = view.show_record(record_id, month, year or self.selfcheck.year)
        self.statusBar().showMessage(f"已转到“{tab}”。{said or '请在这里补正。'}", 10000)

    def help_section(self) -> str:
        """The 使用说明 section for the tab in front (context help)."""
        page = self.tabs.currentWidget()
        if page is self.roster_tabs:
            return "dues" if self.roster_tabs.currentWidget() is self.dues else "roster"
        if page is not None and page is self.township:
            return "township"
        return {self.meetings: "meetings", self.cases: "cases", self.study: "study", self.duty: "duty",
                self.selfcheck: "selfcheck"}.get(page, "branch")  # type: ignore[call-overload]

    def open_help(self, section: str = "") -> None:
        from dangjian_desktop.ui.help_window import HelpWindow

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.activateWindow()
        self.help_window.show_section(section or self.help_section())

    def about(self) -> None:
        self.dialogs.info(f"{APP_NAME} {__version__}\n\n离线的党支部台账软件：党员台账、会议记录、三卡一法、学习笔记。\n"
                          "所有数据只保存在本机，不联网。", "关于支部台账")

    def open_backups(self) -> None:
        from dangjian_desktop.ui.backup.dialog import open_backups

        open_backups(self.db, self.dialogs, self.events, self)

    def open_password(self) -> None:
        from dangjian_desktop.ui.backup.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.db, self)
        if dialog.exec():
            self.statusBar().showMessage(dialog.result_text, 8000)

    def open_users(self) -> None:
        from dangjian_desktop.ui.users_dialog import UsersDialog

        UsersDialog(self.db, self).exec()

    def signed_in(self, user: users.CurrentUser) -> None:
        """On a server: say who is signed in, offer what their role may do, and show others' changes."""
        from dangjian_desktop.ui import access

        self.user_label = QLabel(access.role_text(user), objectName="signedInUser")
        self.statusBar().addPermanentWidget(self.user_label)
        self.users_action.setVisible(user.full)
        self.password_action.setVisible(False)  # signing in takes the start-up password's place
        if not user.full:
            access.hide([self.settings_action, self.new_branch_action, self.demo_action, self.backup_action,
                         self.import_package_action])
        if not user.can_edit:
            access.hide([self.branch_action, self.import_action, self.undo_import_action,
                         *access.edit_actions(self.tabs)])
        if user.role == users.CLERK and user.branch_id and self.ledger.branch_id != user.branch_id:
            self.switch_branch(user.branch_id)  # a 记录员 works on their own branch
        self.server_refresh = access.ServerRefresh(self.db, self.events, self)

    def open_audit(self) -> None:
        from dangjian_desktop.ui.audit_dialog import AuditDialog

        AuditDialog(self.db, None, self).exec()

    def open_person_audit(self) -> None:
        from dangjian_desktop.ui.audit_dialog import AuditDialog

        person_id = self.ledger.current_id()
        if person_id is None:
            self.dialogs.info("请先在花名册中选中一个人。")
            return
        AuditDialog(self.db, person_id, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.auto_backup.on_close()
        self.db.dispose()
        super().closeEvent(event)

    def schedule_first_run(self) -> None:
        QTimer.singleShot(0, self.first_run)
