"""Signing in on a server, and 用户管理 (管理员 and 书记). Laid out in forms/sign_in_dialog.ui and
forms/users_dialog.ui; the roles themselves are checked in services/users.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed, branches, concurrency, users
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.sign_in_dialog_ui import Ui_SignInDialog
from dangjian_desktop.ui.forms.users_dialog_ui import Ui_UsersDialog
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.screen_fit import work_area


class SignInDialog(QDialog):
    """用户名 and password before the window opens; accepted once they match. ``user`` is then who signed in
    (and every session of ``db`` carries them)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, where: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.user: users.CurrentUser | None = None
        self.errors = FieldErrors({"username": self.ui.username, "password": self.ui.password}, self.ui.errorSummary)
        self.ui.whereText.setText(f"服务器：{where}" if where else "")
        self.ui.whereText.setVisible(bool(where))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("登录(&L)")
        quit_button = QPushButton("退出(&Q)", objectName="quitButton")
        self.ui.buttonBox.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.username.setFocus()
        self.setMinimumWidth(420)

    def try_sign_in(self) -> None:
        if not self.ui.username.text().strip():
            self.errors.show({"username": "请填写用户名"})
            return
        username, password = self.ui.username.text(), self.ui.password.text()
        done = run_op(self.db, self, lambda s: users.sign_in(s, username, password), refused=self._refused)
        if done:
            users.act_as(self.db.info, done.value)
            self.user = done.value
            self.accept()

    def _refused(self, exc: UserError) -> bool:
        """A wrong 用户名 or password is said under the password, which is emptied for the next try."""
        self.ui.password.clear()
        self.errors.show({"password": exc.message})
        self.adjustSize()  # room for the message row
        return True


class UsersDialog(QDialog):
    """The users of this database: add one, change a role or branch, set a new password, stop an account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.dialogs = DialogService(self)
        self.editing: str | None = None
        self.loaded: concurrency.Loaded | None = None
        self.changed: Changed | None = None
        ui = self.ui
        for role in users.ROLES:
            ui.role.addItem(role, role)
        with db.session_scope() as s:
            for branch in branches.list_branches(s):
                ui.branch_id.addItem(branch.name, branch.id)
        names = ("username", "full_name", "role", "branch_id", "password", "repeat")
        self.errors = FieldErrors({n: getattr(ui, n) for n in names}, ui.errorSummary)
        ui.role.currentIndexChanged.connect(self._role_changed)
        ui.usersList.currentItemChanged.connect(lambda item, _prev: self._show(item))
        ui.newButton.clicked.connect(self.new_user)
        ui.saveButton.clicked.connect(self.save)
        ui.saveButton.setDefault(True)
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("关闭(&C)")
        self.reload()
        self.new_user()

    def reload(self, select: str | None = None) -> None:
        ui = self.ui
        with self.db.session_scope() as s:
            rows = users.list_users(s)
        ui.usersList.blockSignals(True)
        ui.usersList.clear()
        for row in rows:
            text = f"{row.full_name or row.username}（{row.role}{'，已停用' if not row.active else ''}）"
            item = QListWidgetItem(text)
            item.setToolTip(f"用户名：{row.username}" + (f"\n所属支部：{row.branch_name}" if row.branch_name else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            ui.usersList.addItem(item)
            if row.id == select:
                ui.usersList.setCurrentItem(item)
        ui.usersList.blockSignals(False)
        self._fit_list()

    def _fit_list(self) -> None:
        """The list as wide as its longest name and role (at any text size), never wider than half the
        screen's work area; it does not scroll sideways (a longer line ends in …, the tooltip names the user)."""
        lst = self.ui.usersList
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wanted = (max(lst.sizeHintForColumn(0), 0) + 2 * lst.frameWidth()
                  + lst.verticalScrollBar().sizeHint().width() + lst.fontMetrics().averageCharWidth())
        area = work_area(self)
        lst.setMinimumWidth(wanted if area is None else min(wanted, area.width() // 2))

    def _role_changed(self) -> None:
        role = self.ui.role.currentData()
        self.ui.branch_id.setEnabled(role == users.CLERK)
        self.ui.roleText.setText(users.ROLE_TEXT.get(role, ""))

    def new_user(self) -> None:
        ui = self.ui
        self.editing, self.loaded = None, None
        ui.usersList.blockSignals(True)
        ui.usersList.clearSelection()
        ui.usersList.setCurrentItem(None)
        ui.usersList.blockSignals(False)
        ui.editor.setTitle("添加用户")
        for edit in (ui.username, ui.full_name, ui.password, ui.repeat):
            edit.clear()
        ui.role.setCurrentIndex(ui.role.findData(users.CLERK))
        ui.active.setChecked(True)
        ui.passwordLabel.setText("密码(&P)：")
        ui.password.setPlaceholderText(f"至少 {users.MIN_PASSWORD} 个字符")
        self._role_changed()
        self.errors.clear()
        ui.username.setFocus()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        user_id = item.data(Qt.ItemDataRole.UserRole)
        with self.db.session_scope() as s:
            row = users.get_user(s, user_id)
            self.loaded = concurrency.loaded(row)
            username, full_name, role, branch_id, active = (row.username, row.full_name, row.role, row.branch_id,
                                                            row.active)
        ui = self.ui
        self.editing = user_id
        ui.editor.setTitle(f"修改用户：{username}")
        ui.username.setText(username)
        ui.full_name.setText(full_name)
        ui.role.setCurrentIndex(max(0, ui.role.findData(role)))
        ui.branch_id.setCurrentIndex(max(0, ui.branch_id.findData(branch_id)))
        ui.active.setChecked(active)
        ui.password.clear()
        ui.repeat.clear()
        ui.passwordLabel.setText("新密码(&P)：")
        ui.password.setPlaceholderText("不改密码就不填")
        self._role_changed()
        self.errors.clear()

    def _input(self) -> users.UserInput:
        ui = self.ui
        role = ui.role.currentData()
        return users.UserInput(username=ui.username.text(), full_name=ui.full_name.text(), role=role,
                               branch_id=ui.branch_id.currentData() if role == users.CLERK else None,
                               active=ui.active.isChecked())

    def save(self) -> None:
        data, editing = self._input(), self.editing
        password, repeat = self.ui.password.text(), self.ui.repeat.text()

        def save(s: Session) -> Changed:
            if editing is None:
                return users.add_user(s, data=data, password=password, repeat=repeat)
            changed = users.update_user(s, editing, data=data)
            if password or repeat:
                users.set_user_password(s, editing, password=password, repeat=repeat)
            return changed

        done = run_op(self.db, self.dialogs, save, invalid=lambda exc: self.errors.show(exc.field_errors),
                      versions=[self.loaded], reopen=lambda: self._reopen(editing))
        if not done:
            return
        self.changed = done.value
        self.reload(select=done.value.id)
        self._show(self.ui.usersList.currentItem())
        what = "已添加" if editing is None else "已保存"
        self.ui.editor.setTitle(f"{what}：{data.username.strip()}")

    def _reopen(self, user_id: str | None) -> None:
        """After someone else saved this user meanwhile: show it as it is now."""
        self.reload(select=user_id)
        self._show(self.ui.usersList.currentItem())
