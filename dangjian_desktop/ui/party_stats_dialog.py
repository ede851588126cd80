"""文件 → 党内统计表: choose the year and the township or one branch, see the figures and the 差额 check,
export the tables (forms/party_stats_dialog.ui)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.services.township import statistics
from dangjian_desktop.services.township.statistics_export import export_party_stats, summary_lines
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.forms.party_stats_dialog_ui import Ui_PartyStatsDialog
from dangjian_desktop.ui.ops import run_op

TOWNSHIP = "全部支部（含合计）"


class PartyStatsDialog(QDialog):
    def __init__(self, db: Database, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartyStatsDialog()
        self.ui.setupUi(self)
        self.db, self.dialogs, self.today = db, dialogs, today or date.today()
        self.ui.year.setMaximum(self.today.year)
        self.ui.year.setValue(self.today.year - 1 if self.today.month <= 6 else self.today.year)
        with db.session_scope() as s:
            found = branches.list_branches(s)
        if len(found) > 1:
            self.ui.scope.addItem(TOWNSHIP, None)
        for b in found:
            self.ui.scope.addItem(b.name, b.id)
        self.export_button = QPushButton("导出(&E)…")
        self.ui.buttonBox.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText("关闭(&C)")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.year.valueChanged.connect(self.refresh)
        self.ui.scope.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def branch_id(self) -> str | None:
        data = self.ui.scope.currentData()
        return data if isinstance(data, str) else None

    def refresh(self) -> None:
        year, branch_id = self.ui.year.value(), self.branch_id()
        done = run_op(self.db, self.dialogs,
                      lambda s: statistics.party_stats(s, year=year, branch_id=branch_id, as_of=self.today))
        self.ui.summary.setPlainText("\n".join(summary_lines(done.value)) if done else "")
        self.export_button.setEnabled(bool(done))

    def export(self) -> None:
        year, branch_id = self.ui.year.value(), self.branch_id()
        unit = self.ui.scope.currentText() if branch_id else "全部支部"
        suggested = self.dialogs.default_folder() / f"{unit}_{year}年党内统计表.xlsx"
        path = self.dialogs.save_file("导出党内统计表", "Excel 工作簿 (*.xlsx)", suggested)
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        done = run_op(self.db, self.dialogs, lambda s: export_party_stats(
            s, year=year, path=path, branch_id=branch_id, as_of=self.today))
        if done:
            self.exported(path, done.value)

    def exported(self, path: Path, stats: statistics.PartyStats) -> None:
        gap = stats.whole.change
        check = ("差额为0。" if not gap.gaps else
                 f"差额 {gap.difference}：表中列出了 {len(gap.gaps)} 人的记录需要核对。")
        self.dialogs.info_with_folder(f"已导出党内统计表：\n{path}\n\n{check}", path.parent)


def open_party_stats(parent: QWidget, db: Database, dialogs: DialogService) -> None:
    PartyStatsDialog(db, dialogs, parent).exec()
