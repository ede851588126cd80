"""Excel roster import (preview in forms/import_preview_dialog.ui, then confirm), export, and undo of the
last import."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import sheet_export, sheet_import
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.forms.import_preview_dialog_ui import Ui_ImportPreviewDialog
from dangjian_desktop.ui.ops import run_op

_COLOURS = {sheet_import.OK: None, sheet_import.WARNING: "#fff4d6", sheet_import.ERROR: "#fde0e0",
            sheet_import.DUPLICATE: "#fde0e0"}
IMPORT_ALL, IMPORT_GOOD = 1, 3


class ImportPreviewDialog(QDialog):
    """Shows what the import would do, row by row. Nothing is written until the user confirms."""

    def __init__(self, preview: sheet_import.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.ui = Ui_ImportPreviewDialog()  # laid out in forms/import_preview_dialog.ui
        self.ui.setupUi(self)
        self.setWindowTitle(f"导入预览 — {preview.file_name}")
        self.ui.previewSummary.setText(self._heading())
        self.table = self.ui.previewTable
        self.table.setRowCount(len(preview.rows))
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(["Excel行号", "姓名", "检查结果", "说明"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, row in enumerate(preview.rows):
            colour = _COLOURS[row.status]
            for j, text in enumerate((str(row.row_no), row.name, row.status_label, "；".join(row.messages))):
                item = QTableWidgetItem(text)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()

        extra = list(preview.notices)
        extra += [f"第 {row} 行：{why}，已跳过" for row, why in preview.skipped]
        if preview.ignored_columns:
            extra.append("未识别的列（不导入）：" + "、".join(preview.ignored_columns))
        if preview.new_groups:
            extra.append("将新建党小组：" + "、".join(preview.new_groups))
        self.ui.previewNotes.setPlainText("\n".join(extra))
        self.ui.previewNotes.setVisible(bool(extra))

        buttons = self.ui.buttonBox
        good, total = len(preview.importable), len(preview.rows)
        all_text = f"导入全部 {total} 人(&I)" if good else "没有可以导入的人(&I)"
        self.all_button = QPushButton(all_text, objectName="importAll")
        self.good_button = QPushButton(f"只导入正确的 {good} 人(&G)", objectName="importGood")
        self.all_button.setEnabled(bool(total) and good == total)
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.good_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.good_button.setVisible(0 < good < total)  # after addButton, which shows the button
        self.all_button.clicked.connect(lambda: self.done(IMPORT_ALL))
        self.good_button.clicked.connect(lambda: self.done(IMPORT_GOOD))
        buttons.rejected.connect(self.reject)
        if self.all_button.isEnabled():
            self.all_button.setDefault(True)

    def _heading(self) -> str:
        p = self.preview
        text = f"{p.summary()}。\n工作表“{p.sheet_name}”，表头在第 {p.header_row} 行。"
        if p.other_branch:
            text += f"\n注意：这份表格的标题是“{p.other_branch}”，不是当前支部。请确认要导入到当前支部。"
        if p.rejected:
            text += "\n红色的行不能导入：请在Excel中改正后重新导入，或只导入正确的行。"
        text += "\n确认前不会写入任何数据；导入后可用“文件 → 撤销上次导入”整批撤销。"
        return text


def run_import(parent: QWidget, db: Database, branch_id: str, dialogs: DialogService, events: DataEvents) -> bool:
    """Pick a file, preview, confirm, import. True if anything was imported."""
    path = dialogs.open_file("选择党员花名册", "Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)")
    if path is None:
        return False
    read = run_op(db, dialogs, lambda s: sheet_import.preview_file(s, branch_id, path))
    if not read:
        return False
    preview = read.value
    result = ImportPreviewDialog(preview, parent).exec()
    if result not in (IMPORT_ALL, IMPORT_GOOD):
        return False
    done = run_op(db, dialogs, lambda s: sheet_import.commit(s, branch_id, preview, skip_bad=result == IMPORT_GOOD),
                  events=events)
    if not done:
        return False
    events.branch_changed.emit()  # new 党小组 may have been created
    dialogs.info(f"已导入 {len(done.value.ids)} 人。")
    return True


def run_export(parent: QWidget, db: Database, branch_id: str, dialogs: DialogService) -> None:
    with db.session_scope() as s:
        name = branches.get_branch(s, branch_id).name
    suggested = dialogs.default_folder() / f"{name}_党员花名册_{date.today():%Y%m%d}.xlsx"
    path = dialogs.save_file("导出党员花名册", "Excel 工作簿 (*.xlsx)", suggested)
    if path is None:
        return
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    done = run_op(db, dialogs, lambda s: sheet_export.export_roster(s, branch_id, path))
    if not done:
        return
    result = done.value
    if result.cut:
        dialogs.warn(result.report(path))
    else:
        dialogs.info(f"已导出 {result.count} 人到\n{path}")


def run_undo_import(db: Database, branch_id: str, dialogs: DialogService, events: DataEvents) -> None:
    with db.session_scope() as s:
        batch = sheet_import.last_import(s, branch_id)
        when = batch.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if batch else ""
    if batch is None:
        dialogs.info("没有可以撤销的导入。")
        return
    if not dialogs.confirm(f"撤销 {when} 从“{batch.file_name}”导入的 {batch.row_count} 人吗？\n"
                           "这些人员会移到回收站（之后修改过的也一样），可以再恢复。"):
        return
    done = run_op(db, dialogs, lambda s: sheet_import.undo_last_import(s, branch_id))
    if done:
        events.people_changed.emit()
        dialogs.info(f"已撤销上次导入，{len(done.value.ids)} 人移到了回收站。")
