"""导出年度档案: choose year and folder (forms/archive_options_dialog.ui), then export in the background
with progress and cancel."""

from __future__ import annotations

import shutil
import threading
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QProgressDialog, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.export.docx_template import builtin_path, load_template
from dangjian_desktop.paths import archive_template_path, custom_archive_template
from dangjian_desktop.services.year import archive
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.forms.archive_options_dialog_ui import Ui_ArchiveOptions
from dangjian_desktop.ui.ops import guarded

BUILTIN_TEXT = "内置模板（常用公文格式：仿宋三号、A4纸）"


class ArchiveOptions(QDialog):
    def __init__(self, dialogs: DialogService, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.ui = Ui_ArchiveOptions()  # laid out in forms/archive_options_dialog.ui
        self.ui.setupUi(self)
        today = today or date.today()
        self.year, self.full_ids, self.count = self.ui.archiveYear, self.ui.archiveFullIds, self.ui.archiveCount
        for y in range(today.year, today.year - 6, -1):
            self.year.addItem(f"{y}年", y)
        self.template_label = self.ui.archiveTemplateLabel
        self.edit_template, self.reset_template = self.ui.archiveEditTemplate, self.ui.archiveResetTemplate
        self.edit_template.clicked.connect(self.open_template)
        self.reset_template.clicked.connect(self.restore_builtin)
        self.show_template()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("选择文件夹并导出(&E)…")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.adjustSize()  # as large as its contents need
        self.year.setFocus()

    def accept(self) -> None:
        """A template that cannot be used is reported here, before a folder is chosen."""
        if guarded(self.dialogs, lambda: load_template(self.template())):
            super().accept()

    def template(self) -> Path | None:
        """The secretary's own template if there is one; None = the built-in one."""
        return custom_archive_template()

    def show_template(self) -> None:
        path = self.template()
        self.template_label.setText(BUILTIN_TEXT if path is None else f"自定义模板：{path}")
        self.reset_template.setEnabled(path is not None)

    def open_template(self) -> None:
        """Copy the built-in template to the data directory the first time, then open it in Word/WPS."""
        path = archive_template_path()
        if not path.is_file():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(builtin_path(), path)
            except OSError as exc:
                self.dialogs.user_error(UserError(f"无法复制格式模板到 {path}：{exc.strerror or exc}"))
                return
        self.show_template()
        if self.dialogs.open_path(path):
            self.dialogs.info(f"格式模板已用 Word 或 WPS 打开：\n{path}\n\n按其中的说明修改字体、页边距、页眉和“档案设置”表，"
                              "保存并关闭后再导出，即按新格式生成。")
        else:
            self.dialogs.info(f"没有找到能打开 .docx 的程序。格式模板在：\n{path}\n\n请用 Word 或 WPS 打开修改，保存后再导出。")

    def restore_builtin(self) -> None:
        path = self.template()
        if path is None or not self.dialogs.confirm("不再使用自定义格式模板，恢复内置的公文格式吗？\n（自定义模板改名保留在原文件夹中。）"):
            return
        kept = path.with_name(f"{path.stem}_停用_{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
        try:
            path.rename(kept)
        except OSError as exc:
            self.dialogs.user_error(UserError(f"无法停用自定义模板（可能正在 Word 中打开）：{exc.strerror or exc}"))
            return
        self.show_template()


class _Worker(QObject):
    value = Signal(int)
    text = Signal(str)
    finished = Signal(object)  # ArchiveResult, UserError, archive.Cancelled or another exception

    def __init__(self, db: Database, branch_id: str, year: int, out: Path, full_ids: bool, count: bool,
                 template: Path | None) -> None:
        super().__init__()
        self.args = (db, branch_id, year, out, full_ids, count, template)
        self.cancel = threading.Event()

    def _progress(self, value: int, text: str) -> None:
        self.value.emit(value)
        self.text.emit(text)

    def run(self) -> None:
        db, branch_id, year, out, full_ids, count, template = self.args
        try:
            with db.session_scope() as s:
                result: object = archive.export_year(
                    s, branch_id, year, out, full_ids=full_ids, count=count, template=template,
                    progress=self._progress, cancelled=self.cancel.is_set)
        except BaseException as exc:  # handed to the UI thread, which shows it
            result = exc
        self.finished.emit(result)


def run_archive_export(parent: QWidget, db: Database, branch_id: str, dialogs: DialogService) -> None:
    options = ArchiveOptions(dialogs, parent)
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
                     options.count.isChecked(), options.template())
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
        pages = "" if result.pages_counted else "\n（未生成 PDF 版，页数未计算。）"
        dialogs.info_with_folder(f"已导出到\n{result.folder}\n共 {sum(result.counts.values())} 件。{pages}",
                                 result.folder, "导出完成")
    elif isinstance(result, archive.Cancelled):
        dialogs.info("已取消导出，没有留下不完整的文件。")
    elif isinstance(result, UserError):
        dialogs.user_error(result)
    elif isinstance(result, BaseException):
        raise result


def run_archive_verify(dialogs: DialogService) -> None:
    """文件 → 核对档案: check an exported folder against its 校验码 and say what differs, in plain words."""
    from dangjian_desktop.export.manifest import check

    folder = dialogs.choose_folder("选择要核对的档案文件夹（“…_党建档案”）")
    if folder is None:
        return
    result = check(folder)
    code = (f"档案校验码：{result.code}\n请与已签字的备考表上印的校验码对照，两者相同才说明档案与签字时一致。\n\n"
            if result.code else "")
    if not result.problems:
        dialogs.info(f"{code}核对无误：文件夹中的文件与导出时完全一致。\n{folder}", "核对档案")
        return
    lines = [str(p) for p in result.problems[:20]]
    if len(result.problems) > 20:
        lines.append(f"……共 {len(result.problems)} 处")
    if any(p.what == "校验码不符" for p in result.problems):
        lines.append("\n文件中印的校验码与清单算出的不同：清单在导出后被重新计算过，请以签字的备考表为准。")
    dialogs.warn(f"{code}发现与导出时不一致的地方：\n" + "\n".join(lines), "核对档案")
