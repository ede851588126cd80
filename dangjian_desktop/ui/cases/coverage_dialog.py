"""谈心谈话 coverage: which members (正式/预备党员 on the books) have had no talk this year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services.cases import cards as cases_cards


class CoverageDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id = db, branch_id
        today = today or date.today()
        self.setWindowTitle("谈心谈话覆盖情况")
        self.year = QSpinBox(objectName="coverageYear", minimum=1990, maximum=2100, value=today.year)
        self.year.setSuffix(" 年")
        self.show_everyone = QCheckBox("列出全部党员(&A)", objectName="coverageAll")
        self.summary = QLabel(objectName="coverageSummary", wordWrap=True)
        self.table = QTableWidget(0, 4, objectName="coverageTable")
        self.table.setHorizontalHeaderLabels(["姓名", "人员类别", "本年谈话次数", "最近一次"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        label = QLabel("年度(&Y)：")
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addWidget(self.show_everyone)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        note = QLabel("按谈心谈话卡的谈话日期统计；只统计花名册中在册的正式党员和预备党员。", wordWrap=True)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.reload)
        self.show_everyone.toggled.connect(self.reload)
        self.resize(520, 520)
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
