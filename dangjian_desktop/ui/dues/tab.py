"""党费: the year's collection register (12-month grid), the arrears list and the 公示 sheet."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues import export as dues_export
from dangjian_desktop.services.dues import ledger as dues_ledger
from dangjian_desktop.services.dues import reports as dues_reports
from dangjian_desktop.services.dues import standards as dues
from dangjian_desktop.ui.actions import tab_action
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.dues.model import DuesGridModel
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.record_tab import RecordTab


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers), objectName=name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(text))


class DuesTab(RecordTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.model = DuesGridModel()
        self.year_combo = QComboBox(objectName="duesYear")
        for year in range(self.today.year, self.today.year - 11, -1):
            self.year_combo.addItem(f"{year}年", year)
        self.summary = QLabel(objectName="duesSummary")
        self.grid = QTableView(objectName="duesGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.grid.doubleClicked.connect(lambda _i: self.record_payment())
        self.arrears = _table(["姓名", "连续未交", "欠缴月份", "欠缴金额（元）", "提示", "说明"], "arrearsTable")
        self.public = _table(dues_export.PUBLICITY_HEADERS[1:], "publicityTable")
        self.views = QTabWidget(objectName="duesViews")
        self.views.addTab(self.grid, "收缴登记")
        self.views.addTab(self.arrears, "欠缴名单")
        self.views.addTab(self.public, "公示表")
        bar = QHBoxLayout()
        year_label = QLabel("年度(&Y)：")
        year_label.setBuddy(self.year_combo)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        self._actions(bar)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.summary)
        self.year_combo.currentIndexChanged.connect(self.reload)
        for signal in (events.dues_changed, events.people_changed, events.transfers_changed):
            signal.connect(self.reload)
        events.branch_changed.connect(self.reload_branch)

    def _actions(self, bar: QHBoxLayout) -> None:
        act = partial(tab_action, self, bar)

        self.pay_action = act("登记缴费(&P)…", self.record_payment, "recordPayment", "Ctrl+P")
        self.collect_action = act("集中收缴(&C)…", self.collect, "collectMonth", "Ctrl+Shift+C")
        self.assess_action = act("核定标准(&B)…", self.assess, "assessMember")
        self.carry_action = act("沿用上年标准", self.carry_forward, "carryForward")
        self.rates_action = act("党费标准…", self.edit_rates, "editRates")
        self.export_action = act("导出登记表(&X)…", self.export_register, "exportRegister")
        self.public_action = act("导出公示表…", self.export_publicity, "exportPublicity")
        bar.addStretch(1)

    # --- loading -----------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def as_of(self) -> date:
        return dm.report_day(self.year, self.today)

    def refresh(self) -> None:
        for a in (self.pay_action, self.collect_action, self.assess_action, self.carry_action, self.rates_action,
                  self.export_action, self.public_action):
            a.setEnabled(self.branch_id is not None)
        if self.branch_id is None:  # no branch (e.g. after restoring an empty backup): show nothing
            self.model.set_grid(None)
            _fill(self.arrears, [])
            _fill(self.public, [])
            self.summary.setText("还没有建立支部。")
            return
        selected = self.selected_row()
        with self.db.session_scope() as s:
            grid = dues_ledger.ledger(s, self.branch_id, self.year, as_of=self.as_of())
            arrears = dues_reports.arrears_list(s, self.branch_id, self.as_of())
            sheet = dues_reports.publicity(s, self.branch_id, self.year, as_of=self.as_of())
        self.model.set_grid(grid)
        self.grid.resizeColumnsToContents()
        _fill(self.arrears, [[a.name, a.run_text, a.months_text, a.owed_text, a.level_label, a.reason]
                             for a in arrears])
        for r, a in enumerate(arrears):
            if a.level == dm.SERIOUS:
                for c in range(self.arrears.columnCount()):
                    self.arrears.item(r, c).setForeground(Qt.GlobalColor.red)
        report = dues_export.publicity_report(sheet)
        _fill(self.public, [row[1:] for row in [*report.rows, *([report.totals] if report.totals else [])]])
        warn = sum(a.level == dm.WARN for a in arrears)
        serious = sum(a.level == dm.SERIOUS for a in arrears)
        unassessed = sum(not r.parts for r in grid.rows)
        text = (f"{self.year}年：{len(grid.rows)}人　应缴 {format_fen(grid.year_due_fen)} 元　"
                f"实缴 {format_fen(grid.year_paid_fen)} 元　欠缴 {format_fen(grid.year_owed_fen)} 元")
        if warn or serious:
            text += f"　　欠缴3个月以上 {warn} 人，6个月以上 {serious} 人"
        if unassessed:
            text += f"　　{unassessed} 人未核定交纳标准（选中后点“核定标准”）"
        self.summary.setText(text)
        if selected is not None:
            for i, row in enumerate(grid.rows):
                if row.person_id == selected:
                    self.grid.selectRow(i)

    def show_record(self, person_id: str = "", month: int = 0, year: int = 0) -> str:
        """转到补正: the member's row, or the month's column, of ``year``."""
        from dangjian_desktop.ui.dues.model import FIRST_MONTH

        index = self.year_combo.findData(year) if year else -1
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        self.reload()
        if person_id:
            for r in range(self.model.rowCount()):
                row = self.model.row_at(r)
                if row is not None and row.person_id == person_id:
                    self.grid.selectRow(r)
                    self.grid.scrollTo(self.model.index(r, 0))
                    return f"已选中{row.name}：可点“登记缴费”补登。"
        elif month:
            column = FIRST_MONTH + month - 1
            owing = [r for r in range(self.model.rowCount())
                     if (row := self.model.row_at(r)) is not None and row.months[month - 1].owed_fen > 0]
            first = owing[0] if owing else 0
            self.grid.selectRow(first)
            self.grid.setCurrentIndex(self.model.index(first, column))
            self.grid.scrollTo(self.model.index(first, column))
            return f"已转到{month}月：这个月有 {len(owing)} 名党员未交。" if owing else f"已转到{month}月。"
        return ""

    def selected_row(self) -> str | None:
        sel = self.grid.selectionModel()
        rows = sel.selectedRows() if sel else []
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.person_id if row else None

    def _current(self) -> dues_ledger.GridRow | None:
        sel = self.grid.selectionModel()
        rows = sel.selectedRows() if sel else []
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self.dialogs.info("请先在收缴登记表中选中一名党员。")
        return row

    # --- actions -----------------------------------------------------------------------------
    def record_payment(self) -> None:
        from dangjian_desktop.ui.dues.dialogs import PaymentDialog

        row = self._current()
        if row is not None:
            dialog = PaymentDialog(self.db, row, self.year, self.dialogs, self, today=self.today)
            if self.open_editor(dialog) and dialog.changed:
                self.events.emit_changed(dialog.changed)

    def collect(self) -> None:
        from dangjian_desktop.ui.dues.dialogs import CollectDialog

        if self.branch_id is None or self.model.grid is None:
            return
        month = self.today.month if self.year == self.today.year else 12
        dialog = CollectDialog(self.db, self.branch_id, list(self.model.grid.rows), self.year, month, self,
                               today=self.today)
        if self.open_editor(dialog) and dialog.changed:
            self.events.emit_changed(dialog.changed)

    def assess(self) -> None:
        from dangjian_desktop.ui.dues.dialogs import AssessmentDialog

        row = self._current()
        if row is not None and self.branch_id is not None:
            dialog = AssessmentDialog(self.db, self.branch_id, row, self.year, self)
            if self.open_editor(dialog) and dialog.changed:
                self.events.emit_changed(dialog.changed)

    def carry_forward(self) -> None:
        if self.branch_id is None:
            return
        if not self.dialogs.confirm(f"把{self.year - 1}年的交纳标准沿用到{self.year}年（已核定的人不变）吗？"):
            return
        branch_id = self.branch_id
        done = run_op(self.db, self.dialogs, lambda s: dues.carry_forward(s, branch_id, self.year), events=self.events)
        if done:
            self.dialogs.info(f"已为 {len(done.value.ids)} 人沿用上年标准。")

    def edit_rates(self) -> None:
        from dangjian_desktop.ui.dues.rates_dialog import RateTableDialog

        if self.branch_id is not None:
            dialog = RateTableDialog(self.db, self.branch_id, self.dialogs, self)
            if self.open_editor(dialog) and dialog.changed:
                self.events.emit_changed(dialog.changed)

    def _export(self, what: str, formats: list[str], write: Any) -> None:
        if self.branch_id is None:
            return
        with self.db.session_scope() as s:
            name = branches.get_branch(s, self.branch_id).name
        filters = ";;".join(f"{dues_export.FORMATS[f]} (*{f})" for f in formats)
        path = self.dialogs.save_file(f"导出{what}", filters,
                                      self.dialogs.default_folder() / f"{name}_{self.year}年{what}{formats[0]}")
        if path is None:
            return
        if path.suffix.lower() not in formats:
            path = path.with_suffix(formats[0])
        branch_id = self.branch_id
        if run_op(self.db, self.dialogs, lambda s: write(s, branch_id, self.year, path, as_of=self.as_of())):
            self.dialogs.info(f"已导出到\n{path}")

    def export_register(self) -> None:
        self._export("党费收缴登记表", [".xlsx", ".docx", ".pdf"], dues_export.export_register)

    def export_publicity(self) -> None:
        self._export("党费公示表", [".docx", ".pdf"], dues_export.export_publicity)
