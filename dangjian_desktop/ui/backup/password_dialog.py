"""启动密码: set, change or remove it; the prompt at start-up; the lock after idle minutes.
The dialogs are laid out in forms/password_dialog.ui and forms/password_prompt.ui."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget
from sqlmodel import Session

from dangjian_desktop import APP_NAME
from dangjian_desktop.db import Database
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import password
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.password_dialog_ui import Ui_PasswordDialog
from dangjian_desktop.ui.forms.password_prompt_ui import Ui_PasswordPrompt
from dangjian_desktop.ui.ops import run_op

PROTECTS = ("密码管住的是：打开软件、打开“三卡一法”（如勾选），以及用命令导出、打印、导入。"
            "密码管不住的是：数据文件和备份文件本身没有加密，拿到文件的人可以用其他工具读出里面的记录——"
            "请保管好电脑和U盘。")


class PasswordDialog(QDialog):
    """Set a password, change it, or remove it (the current one is asked for first)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_PasswordDialog()  # laid out in forms/password_dialog.ui
        self.ui.setupUi(self)
        with db.session_scope() as s:
            self.had_password = password.has_password(s)
            minutes = password.idle_minutes(s)
            protected = password.cases_protected(s)
        self.ui.passwordIntro.setText(
            ("设置后，每次打开支部台账都要先输入密码；离开电脑一段时间不操作，窗口会自动锁定。\n"
             "请记住密码：忘记了就打不开软件，只能请技术人员帮助清除。" if not self.had_password else
             "修改密码：先输入当前密码，再输入两遍新密码。取消密码：只需输入当前密码。") + "\n\n" + PROTECTS)
        self.current, self.new, self.repeat = self.ui.currentPassword, self.ui.newPassword, self.ui.repeatPassword
        self.ui.passwordForm.setRowVisible(self.current, self.had_password)  # nothing to give before one is set
        self.idle, self.protect_cases = self.ui.idleMinutes, self.ui.protectCases
        self.idle.setValue(minutes)
        self.protect_cases.setChecked(protected)
        self.summary = self.ui.errorSummary
        self.errors = FieldErrors({"current": self.current, "new": self.new, "repeat": self.repeat, "idle": self.idle},
                                  self.summary)
        buttons = self.ui.buttonBox
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存(&S)")
        save.setObjectName("saveButton")
        self.remove_button = QPushButton("取消密码(&D)", objectName="removeButton")
        if self.had_password:
            buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.remove)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.result_text = ""
        (self.current if self.had_password else self.new).setFocus()

    def save(self) -> None:
        only_idle = self.had_password and not self.new.text() and not self.repeat.text()

        def save(s: Session) -> None:
            if only_idle:
                if not password.check(s, self.current.text()):
                    raise ValidationError({"current": "当前密码不对"})
            else:
                password.set_password(s, self.new.text(), self.repeat.text(), current=self.current.text())
            password.set_idle_minutes(s, self.idle.value())
            password.set_cases_protected(s, self.protect_cases.isChecked())

        if not run_op(self.db, self, save, invalid=lambda exc: self.errors.show(exc.field_errors)):
            return
        self.result_text = "自动锁定时间已保存。" if only_idle else ("密码已修改。" if self.had_password else "启动密码已设置。")
        self.accept()

    def remove(self) -> None:
        if not run_op(self.db, self, lambda s: password.remove_password(s, self.current.text()),
                      invalid=lambda exc: self.errors.show(exc.field_errors)):
            return
        self.result_text = "启动密码已取消，打开软件时不再需要密码。"
        self.accept()


class PasswordPrompt(QDialog):
    """Asks for the password; accepted only with the right one. ``locked`` words it as a lock screen."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, locked: bool = False, reason: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_PasswordPrompt()  # laid out in forms/password_prompt.ui
        self.ui.setupUi(self)
        self.setWindowTitle(f"{APP_NAME} — 已锁定" if locked else APP_NAME)
        self.ui.promptText.setText(reason or ("很久没有操作，支部台账已锁定。请输入密码继续。" if locked else "请输入启动密码："))
        self.edit, self.summary = self.ui.password, self.ui.errorSummary
        self.errors = FieldErrors({"password": self.edit}, self.summary)
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        quit_button = QPushButton("退出程序(&Q)" if locked else "退出(&Q)", objectName="quitButton")
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.resize(380, self.sizeHint().height())

    def try_accept(self) -> None:
        with self.db.session_scope() as s:
            ok = password.check(s, self.edit.text())
        if not ok:
            self.edit.selectAll()
            self.errors.show({"password": "密码不对，请重新输入"})
            return
        self.accept()


class IdleLock(QObject):
    """After the set minutes without keyboard or mouse input, cover the window until the password
    is given (only while a password is set)."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.Wheel})

    def __init__(self, db: Database, window: QWidget, check_ms: int = 15_000) -> None:
        super().__init__(window)
        self.db, self.window = db, window
        self.last_input = time.monotonic()
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def check(self) -> None:
        if self.locked:
            return
        with self.db.session_scope() as s:
            minutes = password.idle_minutes(s) if password.has_password(s) else 0
        if minutes and self.idle_seconds() >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        self.locked = True
        self.window.hide()
        try:
            prompt = PasswordPrompt(self.db, None, locked=True)
            if prompt.exec():
                self.window.show()
            else:
                self.window.close()
        finally:
            self.locked = False
            self.last_input = time.monotonic()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
