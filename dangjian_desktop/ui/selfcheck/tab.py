"""年度自查: the year grid, the findings in plain words with the rule behind each, and the report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services.year import selfcheck
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.forms.rules_dialog_ui import Ui_RulesDialog
from dangjian_desktop.ui.ops import guarded, run_op
from dangjian_desktop.ui.record_tab import RecordTab
from dangjian_desktop.ui.selfcheck.grid import YearGrid
from dangjian_desktop.ui.widgets import tab_order

_SEVERITY_COLOUR = {sr.SERIOUS: "#c62828", sr.WARN: "#e65100", sr.INFO: "#546e7a"}


class SelfCheckTab(RecordTab):
    navigate = Signal(object)  # an sc.Target: the main window opens the place to fix it

    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.result: selfcheck.SelfCheck | None = None
        self.year_combo = QComboBox(objectName="selfcheckYear")
        for year in range(self.today.year, self.today.year - 6, -1):
            self.year_combo.addItem(f"{year}年", year)
        self.summary = QLabel(objectName="selfcheckSummary")
        rules_button = QPushButton("自查规则(&R)…", objectName="selfcheckRules")
        export_button = QPushButton("导出自查报告(&X)…", objectName="selfcheckExport")
        rules_button.clicked.connect(self.edit_rules)
        export_button.clicked.connect(self.export_report)
        bar = QHBoxLayout()
        year_label = QLabel("年度(&Y)：")
        year_label.setBuddy(self.year_combo)
        for w in (year_label, self.year_combo):
            bar.addWidget(w)
        bar.addWidget(self.summary, 1)
        bar.addWidget(rules_button)
        bar.addWidget(export_button)
        self.grid = YearGrid()
        self.grid.cell_clicked.connect(self.navigate)
        self.grid_scroll = GridScroll(self.grid)
        legend = QLabel("<span style='background:#c8e6c9'>&nbsp;✓&nbsp;</span> 已完成　"
                        "<span style='background:#ef9a9a'>&nbsp;缺&nbsp;</span> 缺少记录　"
                        "<span style='background:#e0e0e0'>&nbsp;&nbsp;&nbsp;</span> 未到期　"
                        "<span style='background:#fafafa;color:#9e9e9e'>未启用</span> 启用本软件之前　　"
                        "点击格子可打开相应记录", objectName="selfcheckLegend", wordWrap=True)
        self.findings = QTableWidget(0, 3, objectName="selfcheckFindings")
        self.findings.setHorizontalHeaderLabels(["程度", "发现的问题", "依据"])
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.findings.verticalHeader().setVisible(False)
        self.findings.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.findings.setMinimumHeight(self.fontMetrics().height() * 6)
        self.findings.cellDoubleClicked.connect(lambda r, _c: self.open_finding(r))
        findings_label = QLabel("发现的问题（双击可转到相应记录补正）(&L)：")
        findings_label.setBuddy(self.findings)
        # no splitter: the grid takes the height of all its rows, the findings the rest; a scroll bar
        # appears on the grid only when the window is too low for both (very large text)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.grid_scroll)
        layout.addWidget(legend)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings, 1)
        self.year_combo.currentIndexChanged.connect(self.reload)
        for name in ("people_changed", "dues_changed", "meetings_changed", "cases_changed", "study_changed",
                     "transfers_changed"):
            getattr(events, name).connect(self.reload)
        events.branch_changed.connect(self.reload_branch)

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def refresh(self) -> None:
        with self.db.session_scope() as s:
            self.result = (selfcheck.check_year(s, self.branch_id, self.year, today=self.today)
                           if self.branch_id else None)
        result = self.result
        self.grid.set_rows(result.grid if result else [])
        rows = result.findings if result else []
        self.findings.setRowCount(len(rows))
        for r, f in enumerate(rows):
            for c, text in enumerate((sr.SEVERITY_LABELS[f.severity], f.text, f.basis)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setForeground(QBrush(QColor(_SEVERITY_COLOUR[f.severity])))
                self.findings.setItem(r, c, item)
        self.findings.resizeColumnToContents(0)
        if result is None:
            self.summary.setText("还没有建立支部。")
        else:
            n_serious = len(result.serious)
            self.summary.setText(f"{len(rows)} 个问题，其中严重 {n_serious} 个" if rows else "没有发现问题")

    def open_finding(self, row: int) -> None:
        if self.result is not None and 0 <= row < len(self.result.findings):
            self.navigate.emit(self.result.findings[row].target)

    def edit_rules(self) -> None:
        branch_id = self.branch_id
        if branch_id is None:
            return
        with self.db.session_scope() as s:
            table = selfcheck.get_rules(s, branch_id)
        dialog = RulesDialog(table, self)
        if self.open_editor(dialog):
            table = dialog.table()
            if run_op(self.db, self.dialogs, lambda s: selfcheck.set_rules(s, branch_id, table), events=self.events):
                self.reload()

    def export_report(self) -> None:
        from dangjian_desktop.export.selfcheck_docx import write_report

        if self.result is None:
            return
        path = self.dialogs.save_file("导出自查报告", "Word 文档 (*.docx)", self.dialogs.default_folder()
                                      / f"{self.result.branch_name}_{self.year}年度自查报告.docx")
        if path is None:
            return
        r = self.result
        if guarded(self.dialogs, lambda: write_report(r.branch_name, r.year, r.as_of, r.grid, r.findings,
                                                      path.with_suffix(".docx"))):
            self.dialogs.info(f"已导出到\n{path.with_suffix('.docx')}")


class GridScroll(QScrollArea):
    """The year grid in a scroll area that asks for the grid's whole height (every row visible)."""

    def __init__(self, grid: YearGrid) -> None:
        super().__init__(objectName="selfcheckGridScroll")
        self.setWidgetResizable(True)
        self.setWidget(grid)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        grid.resized.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(inner.width() + frame, inner.height() + frame)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("支部党员大会") * 3, (fm.height() + 14) * 3)


class RulesDialog(QDialog):
    """Switch a rule off, or change how often a meeting is due, for local practice."""

    def __init__(self, table: sr.RuleTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RulesDialog()  # laid out in forms/rules_dialog.ui; a line per rule of the table
        self.ui.setupUi(self)
        self._table = table
        grid = self.ui.rulesGrid
        self.checks: dict[str, QCheckBox] = {}
        self.periods: dict[str, QComboBox] = {}
        for r, rule in enumerate(table.rules):
            check = QCheckBox(rule.label, objectName=f"rule_{rule.key}")
            check.setChecked(rule.enabled)
            check.setToolTip(rule.basis)
            grid.addWidget(check, r, 0)
            self.checks[rule.key] = check
            if rule.kind in (sr.MEETING, sr.DUES):
                combo = QComboBox(objectName=f"period_{rule.key}")
                for key, label in sr.PERIOD_LABELS.items():
                    combo.addItem(label, key)
                combo.setCurrentIndex(combo.findData(rule.period))
                grid.addWidget(combo, r, 1)
                self.periods[rule.key] = combo
            grid.addWidget(QLabel(rule.basis, wordWrap=True), r, 2)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        inner = self.ui.rulesInner
        self.ui.rulesScroll.setMinimumHeight(min(inner.sizeHint().height() + 4, self.fontMetrics().height() * 10))
        tab_order(self, [w for key, check in self.checks.items()
                         for w in (check, self.periods.get(key)) if w is not None] + [self.ui.buttonBox])
        self.adjustSize()  # as large as its contents need

    def table(self) -> sr.RuleTable:
        table = self._table
        for key, check in self.checks.items():
            combo = self.periods.get(key)
            table = table.with_changes(key, enabled=check.isChecked(),
                                       period=str(combo.currentData()) if combo is not None else None)
        return table
