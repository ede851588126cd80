"""备份与恢复: the list of backups, 立即备份, restoring one, the U盘 folder; and the automatic
backups (daily while open, and on close when something changed). The dialogs are laid out in
forms/backup_dialog.ui and forms/drive_picker_dialog.ui; buttons with a role in the button box
(立即备份, 恢复, 刷新) are added here."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QStorageInfo, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.errors import UserError
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.forms.backup_dialog_ui import Ui_BackupDialog
from dangjian_desktop.ui.forms.drive_picker_dialog_ui import Ui_DrivePicker
from dangjian_desktop.ui.ops import guarded, run_op

log = logging.getLogger(__name__)
USB_FOLDER = "支部台账备份"
COLUMNS = ["备份时间", "类型", "位置", "大小", "人员", "记录数"]


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def removable_of(db: Database) -> Path | None:
    with db.session_scope() as s:
        return bk.removable_folder(s)


class AutoBackup(QObject):
    """Backs up the open database once a day and when the window closes after a change.

    A failure is always shown to the secretary (ui/backup/health.py), never only logged; a backup
    that would take the place of one holding far more records is taken only after asking."""

    def __init__(self, db: Database, parent: QObject | None = None, dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialogs = dialogs or DialogService(parent if isinstance(parent, QWidget) else None)
        self.marker = self._marker()
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 60 * 1000)  # a window left open for days still gets its daily backup
        self.timer.timeout.connect(self.daily)
        self.last: bk.BackupResult | None = None

    def _marker(self) -> str:
        if self.db.path is None:
            return ""
        try:
            with self.db.session_scope() as s:
                return bk.change_marker(s)
        except UserError:
            return ""

    def _backup(self) -> bk.BackupResult | None:
        from dangjian_desktop.ui.backup import health

        path = self.db.path
        if path is None or not path.is_file():
            return None
        shrink = bk.shrinkage(path)
        if shrink is not None and not health.confirm_shrinking_backup(shrink, self.dialogs):
            log.warning("automatic backup skipped: %s holds %d records, the backup %s holds %d",
                        path, shrink.current_records, shrink.backup.path, shrink.backup_records)
            return None
        for _attempt in range(2):
            try:
                self.last = bk.make_backup(path, bk.AUTO, removable=removable_of(self.db))
                break
            except UserError as exc:
                if not health.report_backup_failure(self.db, exc, self.dialogs):
                    return None
        else:
            return None
        if self.last.removable_note:
            log.warning("automatic backup: %s", self.last.removable_note)
            if self.last.removable_path is None and removable_of(self.db) is not None and \
                    (removable_of(self.db) or Path()).is_dir():  # the U盘 is there, but the copy failed
                self.dialogs.warn(f"自动备份已写入本机，但{self.last.removable_note}", "U盘备份没有成功")
        self.marker = self._marker()
        return self.last

    def start(self) -> bk.BackupResult | None:
        """At start-up: the day's backup if there is none yet; then check every hour."""
        self.timer.start()
        return self.daily()

    def daily(self) -> bk.BackupResult | None:
        if self.db.path is not None and bk.daily_backup_due(self.db.path):
            return self._backup()
        return None

    def on_close(self) -> bk.BackupResult | None:
        self.timer.stop()
        if self.db.path is not None and self._marker() != self.marker:
            return self._backup()
        return None


def candidate_drives(db_path: Path) -> list[tuple[Path, str]]:
    """Mounted drives other than the one holding the database (a U盘 shows up here): (root, label)."""
    own = QStorageInfo(str(db_path.resolve().parent)).rootPath()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or root in (own, "/"):
            continue
        if sys.platform != "win32" and not root.startswith(("/media/", "/mnt/", "/run/media/")):
            continue  # system mounts on Linux
        name = volume.displayName() or root
        found.append((Path(root), f"{name}（{root}，剩余 {volume.bytesAvailable() / 1024 ** 3:.1f} GB）"))
    return found


class DrivePicker(QDialog):
    """Choose the U盘: backups go into a folder 支部台账备份 on it."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DrivePicker()  # laid out in forms/drive_picker_dialog.ui
        self.ui.setupUi(self)
        self.db_path = db_path
        self.folder: Path | None = None
        self.ui.driveHint.setText(f"请插入U盘，然后在下面选中它。备份会放在U盘上的“{USB_FOLDER}”文件夹里。")
        self.list, self.empty = self.ui.driveList, self.ui.noDrive
        buttons = self.ui.buttonBox
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("确定")
        refresh = QPushButton("刷新(&R)")
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.refresh)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.choose())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for root, text in candidate_drives(self.db_path):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(root))
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self.ok.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.folder = Path(item.data(Qt.ItemDataRole.UserRole)) / USB_FOLDER
        self.accept()


class BackupDialog(QDialog):
    def __init__(self, db: Database, dialogs: DialogService, events: DataEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()  # laid out in forms/backup_dialog.ui
        self.ui.setupUi(self)
        self.db, self.dialogs, self.events = db, dialogs, events
        assert db.path is not None
        self.db_path: Path = db.path
        self.restored = False
        self.ui.backupIntro.setText(f"数据文件：{self.db_path}\n每天第一次打开、以及改过数据后关闭软件时，都会自动备份"
                                    "（保留最近7天、4周、12个月的各一份）。每份备份写入后都经过校验。")
        self.usb_label, self.choose_usb, self.clear_usb = self.ui.usbLabel, self.ui.chooseUsbButton, self.ui.clearUsbButton
        self.table = self.ui.backupTable
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        buttons = self.ui.buttonBox
        self.backup_button = QPushButton("立即备份(&B)", objectName="backupNowButton")
        self.restore_button = QPushButton("用所选备份恢复(&R)…", objectName="restoreButton")
        self.restore_file_button = QPushButton("从其他备份文件恢复(&F)…", objectName="restoreFileButton")
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_other)
        self.choose_usb.clicked.connect(self.choose_folder)
        self.clear_usb.clicked.connect(self.forget_folder)
        self.table.itemSelectionChanged.connect(self._selection)
        self.refresh()
        self.backup_button.setFocus()

    # --- list ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        usb = removable_of(self.db)
        if usb is None:
            self.usb_label.setText("U盘备份：未设置。设置后，每次备份时如果插着这个U盘，也会备份到U盘上。")
        else:
            here = "已插入" if usb.is_dir() else "现在不在（U盘没有插入？）"
            self.usb_label.setText(f"U盘备份文件夹：{usb}（{here}）")
        self.clear_usb.setEnabled(usb is not None)
        found = [(b, "本机") for b in bk.list_backups(self.db_path)]
        if usb is not None and usb.is_dir():
            found += [(b, "U盘") for b in bk.list_backups(self.db_path, usb)]
        found.sort(key=lambda pair: pair[0].taken_at, reverse=True)
        self.table.setRowCount(len(found))
        for row, (info, where) in enumerate(found):
            summary = bk.summarize(info.path)
            values = [info.taken_at.strftime("%Y-%m-%d %H:%M:%S"), info.kind, where, _size(info.size),
                      str(summary.people) if summary.ok else "—",
                      str(summary.records) if summary.ok else "文件已损坏"]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                item.setToolTip(str(info.path))
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self._fit_columns()
        if found:
            self.table.selectRow(0)
        self._selection()

    def _fit_columns(self) -> None:
        """Each column as wide as its header or its widest cell, with room on both sides at any text size
        (fitted to the text alone, the headers ran into each other at 200 %: 类型位置、大小人员)."""
        self.table.resizeColumnsToContents()
        room = self.table.horizontalHeader().fontMetrics().height()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + room)
        # and the dialog wide enough to show them all without scrolling sideways
        self.table.setMinimumWidth(self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
                                   + self.table.verticalScrollBar().sizeHint().width())

    def _selection(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    # --- actions -------------------------------------------------------------------------------
    def backup_now(self) -> None:
        done = guarded(self.dialogs, lambda: bk.make_backup(self.db_path, bk.MANUAL, removable=removable_of(self.db)))
        if not done:
            return
        result = done.value
        text = f"已备份并校验：\n{result.path}"
        if result.removable_path is not None:
            text += f"\n\n也已备份到U盘：\n{result.removable_path}"
        if result.removable_note:
            text += f"\n\n{result.removable_note}"
        self.refresh()
        self.dialogs.info(text, "备份完成")

    def choose_folder(self) -> None:
        picker = DrivePicker(self.db_path, self)
        if not picker.exec() or picker.folder is None:
            return
        folder = picker.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.dialogs.user_error(UserError(f"无法在这个磁盘上建立备份文件夹：{folder}", detail=str(exc)))
            return
        if run_op(self.db, self.dialogs, lambda s: bk.set_removable_folder(s, folder)):
            self.refresh()
            self.backup_now()

    def forget_folder(self) -> None:
        if run_op(self.db, self.dialogs, lambda s: bk.set_removable_folder(s, None)):
            self.refresh()

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore_from(path)

    def restore_other(self) -> None:
        path = self.dialogs.open_file("选择备份文件", "支部台账备份 (*.sqlite3 *.db);;所有文件 (*)",
                                      self.db_path.parent / "backups")
        if path is not None:
            self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        summary = bk.summarize(path)
        if not summary.ok:
            self.dialogs.warn(f"这个备份文件已损坏，不能用来恢复：\n{path}")
            return
        question = (f"用这份备份替换现在的数据？\n\n{path.name}\n人员 {summary.people} 人，记录共 {summary.records} 条\n\n"
                    "现在的数据会先另存为一份“恢复前”备份，之后还可以再恢复回来。")
        if not self.dialogs.confirm(question, "从备份恢复"):
            return
        self.db.dispose()

        def restore() -> Path | None:
            saved = bk.restore(self.db_path, path)
            upgrade(self.db.engine, self.db_path)
            return saved

        done = guarded(self.dialogs, restore)
        if not done:
            return
        saved = done.value
        self.restored = True
        self.events.emit_all()
        self.refresh()
        where = f"\n\n恢复前的数据已另存为：\n{saved}" if saved else ""
        self.dialogs.info(f"已从备份恢复。{where}", "恢复完成")


def open_backups(db: Database, dialogs: DialogService, events: DataEvents, parent: QWidget | None = None) -> None:
    if db.path is None:
        dialogs.info("数据库在服务器上，请由服务器的管理员负责备份。")
        return
    BackupDialog(db, dialogs, events, parent).exec()
