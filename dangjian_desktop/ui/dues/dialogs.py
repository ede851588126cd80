"""党费 dialogs: a payment, a collection day (tick everyone who paid), a member's yearly terms
(forms/payment_dialog.ui, forms/collect_dialog.ui, forms/assessment_dialog.ui)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidgetItem, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import CATEGORIES, REDUCTIONS, DuesRuleError, format_fen, parse_money_fen
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.dues import payments as dues_payments
from dangjian_desktop.services.dues import standards as dues
from dangjian_desktop.services.dues.ledger import GridRow, MonthCell
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.assessment_dialog_ui import Ui_AssessmentDialog
from dangjian_desktop.ui.forms.collect_dialog_ui import Ui_CollectDialog
from dangjian_desktop.ui.forms.payment_dialog_ui import Ui_PaymentDialog
from dangjian_desktop.ui.ops import run_op


def month_hint(cell: MonthCell) -> str:
    if cell.owed_fen:
        return f"（欠 {format_fen(cell.owed_fen)}）"
    if cell.state in (dm.PAID, dm.WAIVED, dm.TRANSFERRED, dm.LEFT, dm.NOT_MEMBER_YET, dm.NOT_ARRIVED):
        return f"（{cell.state_label}）"
    return ""


def _buttons(dialog: QDialog, box: QDialogButtonBox, ok_text: str) -> QDialogButtonBox:
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(ok_text)
        ok.setDefault(True)
    box.rejected.connect(dialog.reject)
    return box


class PaymentDialog(QDialog):
    """登记缴费 for one member: tick the months paid for; the amount defaults to what they owe."""

    def __init__(self, db: Database, row: GridRow, year: int, dialogs: DialogService,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.row, self.year, self.dialogs = db, row, year, dialogs
        self.today = today or date.today()
        self.changed: Changed | None = None
        self.ui = Ui_PaymentDialog()  # laid out in forms/payment_dialog.ui
        self.ui.setupUi(self)
        self.setWindowTitle(f"登记缴费 — {row.name}")
        self.header = f"{year}年　{row.category}　月应缴 {format_fen(row.due_fen)} 元"
        self.ui.paymentHeader.setText(f"{self.header}　（补交最多可补到缴费当月之前6个月）")
        self.months, self.paid_on, self.amount = self.ui.paymentMonths, self.ui.paymentPaidOn, self.ui.paymentAmount
        self.receiver, self.paid_by, self.note = self.ui.paymentReceiver, self.ui.paymentPaidBy, self.ui.paymentNote
        self.months.setMaximumHeight(self.fontMetrics().height() * 5)
        for cell in row.months:
            item = QListWidgetItem(f"{cell.month}月 {month_hint(cell)}")
            item.setData(Qt.ItemDataRole.UserRole, cell.month)
            payable = cell.state in (dm.UNPAID, dm.PARTIAL, dm.NOT_DUE, dm.PAID, dm.UNASSESSED)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.ItemIsEnabled if payable
                                                             else Qt.ItemFlag.NoItemFlags))
            item.setCheckState(Qt.CheckState.Checked if cell.owed_fen else Qt.CheckState.Unchecked)
            self.months.addItem(item)
        self.paid_on.set_value(self.today)
        self.summary = self.ui.errorSummary
        self.errors = FieldErrors({"months": self.months, "paid_on": self.paid_on, "amount_fen": self.amount,
                                   "receiver": self.receiver, "paid_by": self.paid_by}, self.summary)
        _buttons(self, self.ui.buttonBox, "保存(&S)").accepted.connect(self.save)
        self.adjustSize()  # as large as its contents need

    def before_read_only(self) -> None:
        """Opened where nothing may be changed, the form shows nothing that is not recorded: no date of
        today, no months ticked as if about to be paid; each month still says what is recorded for it
        (已缴, 欠 …)."""
        self.paid_on.set_value(None)
        for i in range(self.months.count()):
            self.months.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.ui.paymentHeader.setText(self.header)  # how far back one may pay is for paying

    def chosen_months(self) -> list[tuple[int, int]]:
        return [(self.year, int(self.months.item(i).data(Qt.ItemDataRole.UserRole)))
                for i in range(self.months.count()) if self.months.item(i).checkState() == Qt.CheckState.Checked]

    def save(self, repeat_ok: bool = False) -> None:
        errors: dict[str, str] = {}
        try:
            paid_on = self.paid_on.value()
        except ValueError as exc:
            errors["paid_on"], paid_on = str(exc), None
        amount: int | None = None
        if self.amount.text().strip():
            try:
                amount = parse_money_fen(self.amount.text())
            except DuesRuleError as exc:
                errors["amount_fen"] = str(exc)
        if errors:
            self.errors.show(errors)
            return
        data = dues_payments.PaymentInput(paid_on=paid_on, months=self.chosen_months(), amount_fen=amount,
                                          receiver=self.receiver.text(), paid_by=self.paid_by.text(),
                                          note=self.note.text(), repeat_ok=repeat_ok)
        done = run_op(self.db, self.dialogs,
                      lambda s: dues_payments.record_payment(s, self.row.person_id, data, today=self.today),
                      invalid=lambda exc: self.errors.show(exc.field_errors), refused=self._already_paid)
        if done:
            self.changed = done.value
            self.accept()

    def _already_paid(self, exc: UserError) -> bool:
        if not isinstance(exc, dues_payments.AlreadyPaidError):
            return False
        if self.dialogs.confirm(exc.message + "\n仍要再登记一次吗？"):
            self.save(repeat_ok=True)
        return True


class CollectDialog(QDialog):
    """集中收缴: on a collection day, tick everyone who paid this month; one transaction for all."""

    def __init__(self, db: Database, branch_id: str, rows: list[GridRow], year: int, month: int,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.branch_id, self.year = db, branch_id, year
        self.today = today or date.today()
        self.changed: Changed | None = None
        self.rows = rows
        self.ui = Ui_CollectDialog()  # laid out in forms/collect_dialog.ui
        self.ui.setupUi(self)
        self.month, self.paid_on, self.receiver = self.ui.collectMonth, self.ui.collectPaidOn, self.ui.collectReceiver
        self.list, self.total, self.summary = self.ui.collectList, self.ui.collectTotal, self.ui.errorSummary
        self.ui.collectMonthLabel.setText(f"{year}年")
        self.month.setValue(month)
        self.paid_on.set_value(self.today)
        self.ui.tickAllButton.clicked.connect(lambda: self._tick(True))
        self.ui.tickNoneButton.clicked.connect(lambda: self._tick(False))
        self.errors = FieldErrors({"paid_on": self.paid_on, "months": self.month}, self.summary)
        _buttons(self, self.ui.buttonBox, "登记已勾选的人(&S)").accepted.connect(self.save)
        self.month.valueChanged.connect(self._fill)
        self.list.itemChanged.connect(self._update_total)
        self._fill()

    def _fill(self) -> None:
        m = self.month.value()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            cell = row.months[m - 1]
            if cell.state not in (dm.UNPAID, dm.PARTIAL, dm.NOT_DUE) or not cell.due_fen:
                continue
            owed = cell.due_fen - cell.paid_fen
            item = QListWidgetItem(f"{row.name}　{format_fen(owed)} 元")
            item.setData(Qt.ItemDataRole.UserRole, (row.person_id, owed))
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_total()

    def _tick(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def ticked(self) -> list[tuple[str, int]]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update_total(self) -> None:
        chosen = self.ticked()
        self.total.setText(f"已勾选 {len(chosen)} 人，合计 {format_fen(sum(a for _, a in chosen))} 元")

    def save(self) -> None:
        try:
            paid_on = self.paid_on.value()
        except ValueError as exc:
            self.errors.show({"paid_on": str(exc)})
            return
        ids = [pid for pid, _ in self.ticked()]
        if not ids:
            self.errors.show({"months": "请勾选本次交纳党费的党员"})
            return
        month = self.month.value()
        done = run_op(self.db, self, lambda s: dues_payments.collect_month(
            s, self.branch_id, self.year, month, ids, paid_on, self.receiver.text(), today=self.today),
            invalid=lambda exc: self.errors.show(exc.field_errors))
        if done:
            self.changed = done.value
            self.accept()


class AssessmentDialog(QDialog):
    """核定缴费标准: a member's 缴费类别 and base for the year, from a given month; 少交/免交 with approval."""

    def __init__(self, db: Database, branch_id: str, row: GridRow, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.row, self.year = db, row, year
        self.changed: Changed | None = None
        with db.session_scope() as s:
            self.table = dues.get_rate_table(s, branch_id)
            self.seen = dues.assessment_versions(s, row.person_id, year)  # a save over a newer one is refused
        self.ui = Ui_AssessmentDialog()  # laid out in forms/assessment_dialog.ui
        self.ui.setupUi(self)
        self.setWindowTitle(f"核定党费标准 — {row.name}（{year}年）")
        self.category, self.base, self.from_month = self.ui.assessCategory, self.ui.assessBase, self.ui.assessFrom
        self.due, self.reduction = self.ui.assessDue, self.ui.assessReduction
        self.reason, self.approval, self.preview = self.ui.assessReason, self.ui.assessApproval, self.ui.assessPreview
        self.category.addItems(list(CATEGORIES))
        self.reduction.addItems([r or "按标准交纳" for r in REDUCTIONS])
        self.summary = self.ui.errorSummary
        self.errors = FieldErrors({"category": self.category, "base_fen": self.base, "from_month": self.from_month,
                                   "due_fen": self.due, "reduction": self.reduction, "reason": self.reason,
                                   "approval_note": self.approval}, self.summary)
        _buttons(self, self.ui.buttonBox, "保存(&S)").accepted.connect(self.save)
        last = row.parts[-1] if row.parts else row.carried  # 未核定: start from the carried standard
        if last is not None:
            self.category.setCurrentText(last.category)
            self.base.setText(format_fen(last.base_fen) if last.base_fen else "")
            self.reduction.setCurrentIndex(REDUCTIONS.index(last.reduction))
            self.reason.setText(last.reason)
            self.approval.setText(last.approval_note)
        for signal in (self.category.currentIndexChanged, self.base.textChanged, self.due.textChanged,
                       self.reduction.currentIndexChanged):
            signal.connect(self._update_preview)
        self._update_preview()
        self.adjustSize()

    def data(self) -> dues.AssessmentInput:
        def money(edit: QLineEdit, field: str) -> int | None:
            text = edit.text().strip()
            if not text:
                return None
            try:
                return parse_money_fen(text)
            except DuesRuleError as exc:
                raise ValidationError({field: str(exc)}) from None

        return dues.AssessmentInput(
            category=self.category.currentText(), base_fen=money(self.base, "base_fen") or 0,
            from_month=self.from_month.value(), due_fen=money(self.due, "due_fen"),
            reduction=REDUCTIONS[self.reduction.currentIndex()], reason=self.reason.text(),
            approval_note=self.approval.text())

    def _update_preview(self) -> None:
        try:
            rate, due, errors = dues.check_assessment(self.data(), self.table)
        except ValidationError as exc:
            self.preview.setText("；".join(exc.field_errors.values()))
            return
        if errors:
            self.preview.setText("；".join(errors.values()))
        else:
            self.preview.setText(f"比例 {rate / 100:g}%　月应缴 {format_fen(due)} 元" if rate
                                 else f"月应缴 {format_fen(due)} 元")

    def save(self) -> None:
        try:
            data = self.data()
        except ValidationError as exc:
            self.errors.show(exc.field_errors)
            return
        done = run_op(self.db, self, lambda s: dues.set_assessment(s, self.row.person_id, self.year, data, self.seen),
                      invalid=lambda exc: self.errors.show(exc.field_errors))
        if done:
            self.changed = done.value
            self.accept()
