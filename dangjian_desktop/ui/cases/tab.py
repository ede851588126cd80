"""The 三卡一法 tab: the case list with filters, the selected case's cards and history, and the actions
of the method (new case, fill in a card, 销号, reopen), printing, 谈心谈话 coverage and card settings."""

from __future__ import annotations

import html
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.cases.records import CaseRow
from dangjian_desktop.ui.actions import tab_action
from dangjian_desktop.ui.cases.model import CaseListModel
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.record_tab import RecordTab

TAB_TITLE = "三卡一法"
ALL = "全部"


class CasesTab(RecordTab):
    refresh_while_hidden = True  # the tab's title counts overdue follow-ups
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.all_rows: list[CaseRow] = []
        self.person_filter: tuple[str | None, str] | None = None
        self.cards: list[cases_cards.CardView] = []
        self.model = CaseListModel()
        self._build()
        for signal in (events.cases_changed, events.people_changed):
            signal.connect(self.reload)
        events.branch_changed.connect(self.reload_branch)

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItems([ALL, "未销号", *rules.STATUSES])
        self.category_filter = QComboBox(objectName="categoryFilter")
        self.responsible_filter = QComboBox(objectName="responsibleFilter")
        self.overdue_only = QCheckBox("只看逾期(&D)", objectName="overdueOnly")
        self.search = QLineEdit(objectName="caseSearch", placeholderText="查找姓名、单位、事由", clearButtonEnabled=True)
        filters = QHBoxLayout()
        for text, widget in (("进展(&T)：", self.status_filter), ("类别(&G)：", self.category_filter),
                             ("责任人(&R)：", self.responsible_filter)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.search, 1)
        self.person_label = QLabel(objectName="personFilterLabel", visible=False)
        self.show_all = QPushButton("显示全部事项", objectName="showAllCases", visible=False)
        self.show_all.clicked.connect(self.clear_person_filter)
        filters.addWidget(self.person_label)
        filters.addWidget(self.show_all)

        bar = QHBoxLayout()
        self._actions(bar)
        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # a double-click fills in the next card; where nothing may be changed it shows the case
        self.table.doubleClicked.connect(lambda _i: self.edit_case() if self.read_only_reason else self.add_card())
        self._context_menu()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_detail())
        self.card_list = QListWidget(objectName="cardList")
        self.card_list.itemActivated.connect(lambda _i: self.edit_card())
        self.detail = QTextBrowser(objectName="caseDetail")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        cards_label = QLabel("卡片（双击修改）(&L)：")
        cards_label.setBuddy(self.card_list)
        right_layout.addWidget(cards_label)
        right_layout.addWidget(self.card_list)
        right_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([780, 520])
        self.card_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.summary = QLabel(objectName="caseSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        for combo in (self.status_filter, self.category_filter, self.responsible_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        self.setTabOrder(self.status_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.responsible_filter)
        self.setTabOrder(self.responsible_filter, self.overdue_only)
        self.setTabOrder(self.overdue_only, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.card_list)

    def _actions(self, bar: QHBoxLayout) -> None:
        act = partial(tab_action, self, bar)

        self.new_action = act("新建事项(&N)…", self.new_case, "newCase", "Ctrl+N")
        self.edit_action = act("修改事项(&M)…", self.edit_case, "editCase", "Ctrl+E")
        self.card_action = act("填写卡片(&K)…", self.add_card, "addCard", "Ctrl+K")
        self.close_action = act("销号(&X)…", self.close_case, "closeCase", "Ctrl+Shift+X")
        self.reopen_action = act("重新打开…", self.reopen_case, "reopenCase")
        self.history_action = act("此人全部事项(&W)", self.person_history, "personHistory", "Ctrl+H")
        self.print_action = act("打印(&P)…", self.print_case, "printCase", "Ctrl+P")
        self.mask_print = QCheckBox("打印时隐去身份证号、电话中间几位", objectName="maskPrint", checked=True)
        bar.addWidget(self.mask_print)
        self.coverage_action = act("谈心谈话覆盖…", self.show_coverage, "talkCoverage")
        self.types_action = act("卡片设置…", self.edit_card_types, "cardTypes")
        self.delete_action = QAction("删除事项", self, objectName="deleteCase")
        self.delete_action.triggered.connect(self.delete_case)
        self.addAction(self.delete_action)
        bar.addStretch(1)

    def _context_menu(self) -> None:
        """Right-click on a case: the same actions as the buttons, plus 删除."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.edit_action, self.card_action, self.close_action, self.reopen_action,
                               self.history_action, self.print_action, self.delete_action])

    # --- loading -------------------------------------------------------------------------------
    def reload_branch(self) -> None:
        self.person_filter = None
        super().reload_branch()

    def refresh(self) -> None:
        for a in self.actions():
            a.setEnabled(self.branch_id is not None)
        if self.branch_id is None:  # no branch (e.g. after restoring an empty backup): show nothing
            self.all_rows = []
            self.person_filter = None
            self.apply_filter()
            return
        with self.db.session_scope() as s:
            self.all_rows = cases.list_cases(s, self.branch_id, today=self.today)
        self._fill_combo(self.category_filter, sorted({r.category for r in self.all_rows if r.category}))
        self._fill_combo(self.responsible_filter, sorted({r.responsible for r in self.all_rows if r.responsible}))
        self.apply_filter()
        self._update_title()

    def _fill_combo(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([ALL, *values])
        combo.setCurrentText(current if current in values else ALL)
        combo.blockSignals(False)

    def _choice(self, combo: QComboBox) -> str:
        return "" if combo.currentText() == ALL else combo.currentText()

    def apply_filter(self) -> None:
        selected = self.selected_id()
        rows = self.all_rows
        if self.person_filter is not None:
            person_id, name = self.person_filter
            rows = [r for r in rows if (r.person_id == person_id if person_id else
                                        (r.person_id is None and r.person_name == name))]
        rows = cases.filter_rows(rows, status=self._choice(self.status_filter),
                                 category=self._choice(self.category_filter),
                                 responsible=self._choice(self.responsible_filter),
                                 overdue_only=self.overdue_only.isChecked(), text=self.search.text().strip())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        open_count = sum(r.is_open for r in self.all_rows)
        overdue = cases.overdue_count(self.all_rows)
        text = f"共 {len(self.all_rows)} 件，未销号 {open_count} 件，逾期未回访 {overdue} 件"
        if len(rows) != len(self.all_rows):
            text += f"；当前显示 {len(rows)} 件"
        self.summary.setText(text)
        if self.person_filter is not None:
            self.person_label.setText(f"只显示：{self.person_filter[1]} 的全部事项")
        self.person_label.setVisible(self.person_filter is not None)
        self.show_all.setVisible(self.person_filter is not None)
        ids = [r.id for r in rows]
        if selected in ids:
            self.table.selectRow(ids.index(selected))
        elif rows:
            self.table.selectRow(0)
        else:
            self.show_detail()

    def _update_title(self) -> None:
        overdue = cases.overdue_count(self.all_rows)
        title = f"{TAB_TITLE}（逾期 {overdue}）" if overdue else TAB_TITLE
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if isinstance(parent, QTabWidget) and parent.indexOf(self) >= 0:
            parent.setTabText(parent.indexOf(self), title)
            parent.setTabToolTip(parent.indexOf(self), f"有 {overdue} 件事项的回访已逾期" if overdue else "")

    def selected_row(self) -> CaseRow | None:
        sel = self.table.selectionModel()
        rows = sel.selectedRows() if sel else []
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def show_detail(self) -> None:
        row = self.selected_row()
        self.card_list.clear()
        self.cards = []
        if row is None:
            self.detail.setHtml("<p>没有选中事项。点“新建事项”登记一件一人一事。</p>")
            for a in (self.edit_action, self.card_action, self.close_action, self.reopen_action, self.print_action):
                a.setEnabled(False)
            return
        with self.db.session_scope() as s:
            self.cards = cases_cards.list_cards(s, row.id)
            events = cases.case_events(s, row.id)
            record = cases.get_case(s, row.id)
            result, confirmation = record.result, record.confirmation
        for n, card in enumerate(self.cards, 1):
            item = QListWidgetItem(f"{n}. {card.type_name}　{fmt(card.card_date)}")
            self.card_list.addItem(item)
        e = html.escape
        parts = [f"<h3>{e(row.who)}</h3>",
                 f"<p>{e(row.category)}｜{e(row.noticed_via)}｜关注等级：{e(row.level)}｜责任人：{e(row.responsible)}"
                 f"<br/>立案：{fmt(row.opened_on)}｜进展：<b>{e(row.status)}</b>"]
        if row.is_open:
            late = f"<span style='color:#b00020'>（已逾期 {row.overdue_days} 天）</span>" if row.overdue_days else ""
            parts.append(f"｜下次回访：{fmt(row.next_follow_up)}{late}")
        parts.append(f"</p><p>{e(row.summary)}</p>")
        if not row.is_open:
            parts.append(f"<p><b>销号：</b>{fmt(row.closed_on)}　{e(result)}<br/>本人确认：{e(confirmation or '已确认')}</p>")
        for n, card in enumerate(self.cards, 1):
            parts.append(f"<h4>{n}. {e(card.type_name)}（{fmt(card.card_date)}）</h4><table cellpadding='2'>")
            for v in card.shown:
                style = " style='color:#666'" if v.retired else ""
                parts.append(f"<tr{style}><td valign='top'><b>{e(v.label)}</b></td><td>{e(v.text)}</td></tr>")
            parts.append("</table>")
        parts.append("<h4>办理经过</h4>" + "".join(f"<div>{e(ev.text)}</div>" for ev in events))
        self.detail.setHtml("".join(parts))
        self.edit_action.setEnabled(row.is_open)
        self.card_action.setEnabled(row.is_open)
        self.close_action.setEnabled(row.is_open)
        self.reopen_action.setEnabled(not row.is_open)
        self.print_action.setEnabled(True)

    # --- actions -------------------------------------------------------------------------------
    def _emit(self, changed: Changed | None) -> None:
        if changed is not None:
            self.events.emit_changed(changed)

    def _current(self) -> CaseRow | None:
        row = self.selected_row()
        if row is None:
            self.dialogs.info("请先在列表中选中一件事项。")
        return row

    def new_case(self) -> None:
        from dangjian_desktop.ui.cases.dialog import CaseDialog

        if self.branch_id is None:
            return
        dialog = CaseDialog(self.db, self.branch_id, self, today=self.today, person=self.person_filter)
        if self.open_editor(dialog):
            self._emit(dialog.changed)
            if dialog.changed is not None:
                self._select(dialog.changed.id)

    def _select(self, case_id: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == case_id:
                self.table.selectRow(i)
                return

    def show_record(self, case_id: str = "", month: int = 0, year: int = 0) -> str:
        """转到补正: show the case, all filters cleared."""
        self.person_filter = None
        self.search.clear()
        self.overdue_only.setChecked(False)
        for combo in (self.status_filter, self.category_filter, self.responsible_filter):
            combo.setCurrentIndex(0)
        self.apply_filter()
        if case_id:
            self._select(case_id)
            rows = [r.id for r in self.model.rows]
            if case_id in rows:
                self.table.scrollTo(self.model.index(rows.index(case_id), 0))
                return "已选中这件事项：回访后请“填写卡片”记下回访情况。"
        return ""

    def edit_case(self) -> None:
        from dangjian_desktop.ui.cases.dialog import CaseDialog

        row = self._current()
        if row is None or self.branch_id is None:
            return
        if not row.is_open and not self.read_only_reason:
            self.dialogs.info("这件事项已销号。要继续跟进，请先“重新打开”。")
            return
        dialog = CaseDialog(self.db, self.branch_id, self, case_id=row.id, today=self.today)
        if self.open_editor(dialog):
            self._emit(dialog.changed)

    def add_card(self) -> None:
        from dangjian_desktop.ui.cases.card_dialog import CardDialog

        row = self._current()
        if row is None or self.branch_id is None:
            return
        if not row.is_open:
            self.dialogs.info("这件事项已销号，不能再填写卡片。要继续跟进，请先“重新打开”。")
            return
        dialog = CardDialog(self.db, self.branch_id, row.id, self, today=self.today)
        if self.open_editor(dialog):
            self._emit(dialog.changed)

    def edit_card(self) -> None:
        from dangjian_desktop.ui.cases.card_dialog import CardDialog

        row = self.selected_row()
        index = self.card_list.currentRow()
        if row is None or self.branch_id is None or not 0 <= index < len(self.cards):
            return
        if not row.is_open and not self.read_only_reason:
            self.dialogs.info("这件事项已销号，卡片不能再修改。要继续跟进，请先“重新打开”。")
            return
        dialog = CardDialog(self.db, self.branch_id, row.id, self, card=self.cards[index], today=self.today)
        if self.open_editor(dialog):
            self._emit(dialog.changed)

    def close_case(self) -> None:
        from dangjian_desktop.ui.cases.close_dialog import CloseDialog

        row = self._current()
        if row is not None and row.is_open:
            dialog = CloseDialog(self.db, row.id, self, today=self.today)
            if self.open_editor(dialog):
                self._emit(dialog.changed)

    def reopen_case(self) -> None:
        from dangjian_desktop.ui.cases.close_dialog import ReopenDialog

        row = self._current()
        if row is not None and not row.is_open:
            dialog = ReopenDialog(self.db, row.id, self, today=self.today)
            if self.open_editor(dialog):
                self._emit(dialog.changed)

    def delete_case(self) -> None:
        row = self._current()
        if row is None or not self.dialogs.confirm(f"把“{row.who}”这件事项（连同卡片）移到回收站吗？"):
            return
        run_op(self.db, self.dialogs, lambda s: cases.delete_case(s, row.id), events=self.events)

    def person_history(self) -> None:
        row = self._current()
        if row is not None:
            self.person_filter = (row.person_id, row.person_name)
            self.status_filter.setCurrentText(ALL)
            self.overdue_only.setChecked(False)
            self.search.clear()
            self.apply_filter()

    def clear_person_filter(self) -> None:
        self.person_filter = None
        self.apply_filter()

    def print_case(self) -> None:
        from dangjian_desktop.services.cases.printing import export_case_pdf, suggested_name
        from dangjian_desktop.ui.print_preview import show_preview

        row = self._current()
        if row is None:
            return
        with self.db.session_scope() as s:
            name = suggested_name(s, row.id)
        masked = self.mask_print.isChecked()

        def make(pdf: Path) -> None:
            with self.db.session_scope() as s:
                export_case_pdf(s, row.id, pdf, mask=masked, today=self.today)

        show_preview(self, self.dialogs, make, name, "打印预览 — 一人一事（内部资料，请妥善保管）")

    def show_coverage(self) -> None:
        from dangjian_desktop.ui.cases.coverage_dialog import CoverageDialog

        if self.branch_id is not None:
            CoverageDialog(self.db, self.branch_id, self, today=self.today).exec()

    def edit_card_types(self) -> None:
        from dangjian_desktop.ui.cases.card_types_dialog import CardTypesDialog

        if self.branch_id is not None:
            dialog = CardTypesDialog(self.db, self.branch_id, self.dialogs, self)
            self.open_editor(dialog)
            self._emit(dialog.changed)
