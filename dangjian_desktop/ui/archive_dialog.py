"""导出年度档案: choose year and folder, then export in the background with progress and cancel."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import archive
from dangjian_desktop.ui.dialog_service import DialogService


class ArchiveOptions(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("导出年度档案")
        today = today or date.today()
        self.year = QComboBox(objectName="archiveYear")
        for y in range(today.year, today.year - 6, -1):
            self.year.addItem(f"{y}年", y)
        self.full_ids = QCheckBox("公民身份号码完整导出（默认只显示前6位和后4位）", objectName="archiveFullIds")
        self.count = QCheckBox("用 LibreOffice 计算每件的页数（较慢）", objectName="archiveCount")
        self.count.setChecked(True)
        form = QFormLayout()
        form.addRow("年度", self.year)
        form.addRow("", self.full_ids)
        form.addRow("", self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("选择文件夹并导出(&E)…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("导出本支部一年的党员花名册、党费收缴登记表、三会一课记录、一人一事记录、学习记录和自查报告，\n"
                                "生成一个Word档案文件夹（含归档文件目录和校验清单）。"))
        layout.addLayout(form)
        layout.addWidget(buttons)


class _Worker(QObject):
    value = Signal(int)
    text = Signal(str)
    finished = Signal(object)  # ArchiveResult, UserError, archive.Cancelled or another exception

    def __init__(self, db: Database, branch_id: str, year: int, out: Path, full_ids: bool, count: bool) -> None:
        super().__init__()
        self.args = (db, branch_id, year, out, full_ids, count)
        self.cancel = threading.Event()

    def _progress(self, value: int, text: str) -> None:
        self.value.emit(value)
        self.text.emit(text)

    def run(self) -> None:
        db, branch_id, year, out, full_ids, count = self.args
        try:
            with db.session_scope() as s:
                result: object = archive.export_year(
                    s, branch_id, year, out, full_ids=full_ids, count=count,
                    progress=self._progress, cancelled=self.cancel.is_set)
        except BaseException as exc:  # handed to the UI thread, which shows it
            result = exc
        self.finished.emit(result)


def run_archive_export(parent: QWidget, db: Database, branch_id: str, dialogs: DialogService) -> None:
    options = ArchiveOptions(parent)
    if not options.exec():
        return
    out = dialogs.choose_folder("导出到哪个文件夹（将在其中建立档案文件夹）")
    if out is None:
        return
    progress = QProgressDialog("正在准备…", "取消", 0, 100, parent)
    progress.setWindowTitle("导出年度档案")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    thread = QThread(parent)
    worker = _Worker(db, branch_id, int(options.year.currentData()), out, options.full_ids.isChecked(),
                     options.count.isChecked())
    worker.moveToThread(thread)
    outcome: list[object] = []
    worker.value.connect(progress.setValue)  # bound to the dialog: queued into the UI thread
    worker.text.connect(progress.setLabelText)
    worker.finished.connect(lambda r: (outcome.append(r), thread.quit()))
    progress.canceled.connect(worker.cancel.set)
    thread.started.connect(worker.run)
    thread.start()
    while thread.isRunning():
        thread.wait(50)
        QApplication.processEvents()
    progress.close()
    result = outcome[0] if outcome else None
    if isinstance(result, archive.ArchiveResult):
        pages = "" if result.pages_counted else "\n（本机没有 LibreOffice，页数未计算。）"
        dialogs.info(f"已导出到\n{result.folder}\n共 {sum(result.counts.values())} 件。{pages}")
    elif isinstance(result, archive.Cancelled):
        dialogs.info("已取消导出，没有留下不完整的文件。")
    elif isinstance(result, UserError):
        dialogs.user_error(result)
    elif isinstance(result, BaseException):
        raise result
