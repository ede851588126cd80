"""谈心谈话 coverage: which members (正式/预备党员 on the books) have had no talk this year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.ui.forms.coverage_dialog_ui import Ui_CoverageDialog


class CoverageDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id = db, branch_id
        today = today or date.today()
        self.ui = Ui_CoverageDialog()  # laid out in forms/coverage_dialog.ui
        self.ui.setupUi(self)
        self.year, self.show_everyone = self.ui.coverageYear, self.ui.coverageAll
        self.summary, self.table = self.ui.coverageSummary, self.ui.coverageTable
        self.year.setValue(today.year)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.ui.mainLayout.setStretchFactor(self.table, 1)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.year.valueChanged.connect(self.reload)
        self.show_everyone.toggled.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        with self.db.session_scope() as s:
            cov = cases_cards.coverage(s, self.branch_id, self.year.value())
        rows = cov.rows if self.show_everyone.isChecked() else cov.missing
        total = len(cov.rows)
        self.summary.setText(f"{cov.year}年：在册党员 {total} 人，已谈心谈话 {cov.covered} 人，"
                             f"尚未谈心谈话 {len(cov.missing)} 人"
                             + (f"，其中支委 {len(cov.committee_missing)} 人" if cov.committee_missing else "")
                             + ("（以下为尚未谈话的党员）"
                                                                if not self.show_everyone.isChecked() and cov.missing
                                                                else ""))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate([row.name + ("（支委）" if row.on_committee else ""), row.category, str(row.talks) if row.talks else "未谈",
                                      fmt(row.last_talk)]):
                self.table.setItem(r, c, QTableWidgetItem(text))
