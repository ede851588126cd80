"""One branch's own 年度自查, opened from the 汇总: read-only (nothing here changes a record), with a button to
switch the window to that branch and the record the cell came from (forms/township_branch_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QTableWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services import branches
from dangjian_desktop.services.year import selfcheck
from dangjian_desktop.ui.forms.township_branch_dialog_ui import Ui_BranchRecordDialog

_COLOUR = {sr.SERIOUS: "#c62828", sr.WARN: "#e65100", sr.INFO: "#546e7a"}


class BranchRecordDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, year: int, where: str, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BranchRecordDialog()  # laid out in forms/township_branch_dialog.ui
        self.ui.setupUi(self)
        with db.session_scope() as s:
            self.result = selfcheck.check_year(s, branch_id, year, today=today)
            imported = branches.get_branch(s, branch_id).read_only
        self.branch_id, self.where = branch_id, where
        self.setWindowTitle(f"{self.result.branch_name}{year}年度自查（只读）")
        said = ("该支部从数据包导入，在这里只能查看；如需更正，请该支部修改后重新报送数据包。" if imported
                else "在这里只能查看；要补正，请转到该支部的记录。")
        self.ui.branchIntro.setText(
            f"{self.result.branch_name}自己的年度自查结果（截至{self.result.as_of:%Y-%m-%d}）。{said}")
        self.grid = self.ui.selfcheckGrid
        self.grid.set_rows(self.result.grid)
        self.grid.setMinimumHeight(self.grid.sizeHint().height())  # scrolled, never squeezed
        self.findings = self.ui.townshipBranchFindings
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings.setRowCount(len(self.result.findings))
        for r, f in enumerate(self.result.findings):
            level = QTableWidgetItem(sr.SEVERITY_LABELS[f.severity])
            level.setForeground(QBrush(QColor(_COLOUR[f.severity])))
            self.findings.setItem(r, 0, level)
            self.findings.setItem(r, 1, QTableWidgetItem(f.text))
        self.findings.resizeColumnToContents(0)  # and room beside its header at any text size
        self.findings.setColumnWidth(0, self.findings.columnWidth(0) + self.findings.fontMetrics().height())
        self.ui.findingsLabel.setText(f"发现的问题（{len(self.result.findings)}个）(&L)：")
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭(&C)")
        self.go_button = QPushButton(f"转到该支部的“{where}”(&G)", objectName="townshipGoTo")
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # on a low screen (large text) the grid and the findings scroll rather than the dialog growing;
        # the size is reduced to the work area on a smaller screen (ui/screen_fit.py)
        self.findings.setMinimumHeight(self.fontMetrics().height() * 4)
