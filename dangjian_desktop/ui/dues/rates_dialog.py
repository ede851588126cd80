"""党费标准: the branch's rate table (brackets, fixed amounts, rounding), editable for local rules
(forms/rates_dialog.ui; the category boxes and lines come from the stored table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain.dues import (
    BRACKETS,
    CATEGORIES,
    FIXED,
    ROUNDING_LABELS,
    Bracket,
    CategoryRule,
    DuesRuleError,
    RateTable,
    default_rate_table,
    format_fen,
    format_rate,
    parse_money_fen,
    parse_rate_bp,
)
from dangjian_desktop.services import Changed
from dangjian_desktop.services.dues import standards as dues
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.forms.rates_dialog_ui import Ui_RateTableDialog
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.widgets import tab_order


class RateTableDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id, self.dialogs = db, branch_id, dialogs
        self.changed: Changed | None = None
        self.ui = Ui_RateTableDialog()  # laid out in forms/rates_dialog.ui; a box or a line per category
        self.ui.setupUi(self)
        with db.session_scope() as s:
            table = dues.get_rate_table(s, branch_id)
            self.loaded = dues.rate_table_version(s, branch_id)  # someone else's newer save refuses this one
        self.brackets: dict[str, QTableWidget] = {}
        self.fixed: dict[str, QLineEdit] = {}
        for category in CATEGORIES:
            rule = table.rule(category)
            if rule.kind == BRACKETS:
                box = QGroupBox(f"{category}：按月收入分档（每档含上限）")
                grid = QTableWidget(len(rule.brackets), 2, objectName=f"brackets_{category}")
                grid.setHorizontalHeaderLabels(["月收入上限（元，最后一档留空）", "比例"])
                grid.horizontalHeader().setStretchLastSection(True)
                header = grid.horizontalHeader()
                grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                # the whole header at any text size (a fixed width cut it at 200 %)
                grid.setColumnWidth(0, header.fontMetrics().horizontalAdvance("月收入上限（元，最后一档留空）") + 24)
                grid.setMinimumWidth(grid.columnWidth(0) + header.fontMetrics().horizontalAdvance("比例比例比例0")
                                     + header.fontMetrics().horizontalAdvance("99") + 16
                                     + grid.verticalScrollBar().sizeHint().width() + 2 * grid.frameWidth())
                for r, b in enumerate(rule.brackets):
                    grid.setItem(r, 0, QTableWidgetItem("" if b.upto_fen is None else format_fen(b.upto_fen)))
                    grid.setItem(r, 1, QTableWidgetItem(format_rate(b.rate_bp)))
                grid.setMaximumHeight(grid.verticalHeader().length() + grid.horizontalHeader().height() + 6)
                inner = QVBoxLayout(box)
                inner.addWidget(grid)
                self.brackets[category] = grid
                self.ui.bracketsLayout.addWidget(box)
        fixed_form = self.ui.fixedForm
        for category in CATEGORIES:
            rule = table.rule(category)
            if rule.kind == FIXED:
                edit = QLineEdit(format_fen(rule.fixed_fen), objectName=f"fixed_{category}")
                fixed_form.insertRow(fixed_form.rowCount() - 1, f"{category}（元/月）", edit)  # above 金额取整
                self.fixed[category] = edit
        self.rounding = self.ui.rounding
        for key, label in ROUNDING_LABELS.items():
            self.rounding.addItem(label, key)
        self.rounding.setCurrentIndex(self.rounding.findData(table.rounding))
        buttons = self.ui.buttonBox
        reset = QPushButton("恢复默认标准")
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        reset.clicked.connect(self._reset)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        tab_order(self, [*self.brackets.values(), *self.fixed.values(), self.rounding, buttons])
        self.adjustSize()  # as large as its contents need

    def table(self) -> RateTable:
        rules: dict[str, CategoryRule] = {}
        for category, grid in self.brackets.items():
            brackets = []
            for r in range(grid.rowCount()):
                upto_item, rate_item = grid.item(r, 0), grid.item(r, 1)
                upto_text = upto_item.text().strip() if upto_item else ""
                upto = parse_money_fen(upto_text) if upto_text else None
                brackets.append(Bracket(upto, parse_rate_bp(rate_item.text() if rate_item else "")))
            rules[category] = CategoryRule(BRACKETS, tuple(brackets))
        for category, edit in self.fixed.items():
            rules[category] = CategoryRule(FIXED, fixed_fen=parse_money_fen(edit.text()))
        table = RateTable(rules, str(self.rounding.currentData()))
        table.check()
        return table

    def _reset(self) -> None:
        if self.dialogs.confirm("恢复为2008年规定的默认标准吗？"):
            done = run_op(self.db, self.dialogs, lambda s: dues.set_rate_table(s, self.branch_id, default_rate_table()),
                          versions=[self.loaded])
            if done:
                self.changed = done.value
                self.accept()

    def save(self) -> None:
        try:
            table = self.table()
        except DuesRuleError as exc:
            self.dialogs.warn(str(exc))
            return
        done = run_op(self.db, self.dialogs, lambda s: dues.set_rate_table(s, self.branch_id, table),
                      versions=[self.loaded])
        if done:
            self.changed = done.value
            self.accept()
