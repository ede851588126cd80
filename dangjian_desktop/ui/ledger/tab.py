"""The 党员台账 tab: filter bar, the roster table, the detail pane and the counts line."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.domain.people import CATEGORIES, STATUSES
from dangjian_desktop.services import Changed, branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.actions import tab_action
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ledger import ADD, DELETE, DISCIPLINE, EDIT, FIND, RECYCLE, TRANSFER
from dangjian_desktop.ui.ledger.model import NAME_ORDERS, WIDTH_SAMPLES, LedgerFilter, LedgerModel
from dangjian_desktop.ui.ledger.person_detail import PersonDetail
from dangjian_desktop.ui.ledger.row_numbers import RowNumbers
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.record_tab import RecordTab


class CountsLine(QWidget):
    """The counts under the table. It paints its text itself: a QLabel whose text changes asks the
    whole tab for a new layout on every keystroke in 查找."""

    def __init__(self, objectName: str = "") -> None:
        super().__init__(objectName=objectName)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("人数")

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.fontMetrics().height() + 8)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleDescription(text)
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect().adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self._text)


class LedgerTab(RecordTab):
    # the window's 编辑 menu, 导入 and 所选人员的修改记录 act on this tab's branch and selection whichever
    # tab is in front
    refresh_while_hidden = True
    _own_save = False  # the ledger has taken the person just saved: the change heard next is not read again

    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService,
                 parent: QWidget | None = None, *, shown: tuple[str, LedgerModel] | None = None) -> None:
        """``shown``: the branch and the model of the roster already on the screen (the window shown
        first): when that branch is the current one, its rows are taken over instead of read again, so
        that 100,000 people are held once."""
        super().__init__(db, events, dialogs, parent, shown_branch=shown[0] if shown is not None else None)
        self.model = shown[1] if shown is not None else LedgerModel()
        self._build()
        events.people_changed.connect(self.reload)
        events.transfers_changed.connect(self.reload)
        events.branch_changed.connect(self.reload_branch)
        self.reload_branch()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("ledgerFilterEdit")
        self.filter_edit.setPlaceholderText("姓名、拼音首字母（如 zjg）、身份证号后几位或电话")
        self.filter_edit.setClearButtonEnabled(True)
        self.group_combo = QComboBox(objectName="groupFilter")
        self.category_combo = QComboBox(objectName="categoryFilter")
        self.category_combo.addItem("全部类别", None)
        for c in CATEGORIES:
            self.category_combo.addItem(c, c)
        self.status_combo = QComboBox(objectName="statusFilter")
        self.status_combo.addItem("在册人员", "在册")
        self.status_combo.addItem("全部状态", None)
        for st in STATUSES:
            self.status_combo.addItem(st, st)
        self.order_combo = QComboBox(objectName="nameOrder")
        self.order_combo.addItems(list(NAME_ORDERS))
        self.order_combo.setToolTip("姓名排序方式")
        self.mask_check = QCheckBox("隐藏身份证号中间位", objectName="maskIds")
        self.mask_check.setChecked(True)

        bar = QHBoxLayout()
        find_label = QLabel(FIND)
        find_label.setBuddy(self.filter_edit)
        bar.addWidget(find_label)
        bar.addWidget(self.filter_edit, 3)
        for w in (self.group_combo, self.category_combo, self.status_combo):
            bar.addWidget(w, 1)
        order_label = QLabel("排序：")
        order_label.setBuddy(self.order_combo)
        bar.addWidget(order_label)
        bar.addWidget(self.order_combo)
        bar.addWidget(self.mask_check)

        self.table = QTableView(objectName="ledgerTable")
        self.table.setVerticalHeader(RowNumbers(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(WIDTH_SAMPLES):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # a reload resets the model, clearing the selection without selectionChanged: keep whoever is still
        # listed selected, and let the detail pane and the actions follow. A filter or an order changes the
        # layout: the selection stays on whoever is still listed, also without selectionChanged.
        self._kept_selection: list[str] = []
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.layoutChanged.connect(self._listing_changed)

        self.detail = PersonDetail(self.db)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.counts_label = CountsLine(objectName="ledgerCounts")
        self.empty_label = QLabel(objectName="ledgerEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts_label)

        self.filter_edit.textChanged.connect(self._apply_filter)
        for combo in (self.group_combo, self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.order_combo.currentTextChanged.connect(self._order_changed)
        self.mask_check.toggled.connect(self._mask_toggled)
        self._make_actions()
        self.setTabOrder(self.filter_edit, self.group_combo)
        self.setTabOrder(self.group_combo, self.category_combo)
        self.setTabOrder(self.category_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.order_combo)
        self.setTabOrder(self.order_combo, self.mask_check)
        self.setTabOrder(self.mask_check, self.table)
        self.setTabOrder(self.table, self.detail)

    def _make_actions(self) -> None:
        self.toolbar_buttons = QHBoxLayout()
        act = partial(tab_action, self, self.toolbar_buttons)
        self.add_action = act(ADD, self.add_person, "addPerson", QKeySequence.StandardKey.New)
        self.edit_action = act(EDIT, self.edit_selected, "editPerson", "Ctrl+E")
        self.delete_action = act(DELETE, self.delete_selected, "deletePerson",
                                 QKeySequence.StandardKey.Delete)
        self.transfer_action = act(TRANSFER, self.transfer_selected, "transferPerson", "Ctrl+T")
        self.discipline_action = act(DISCIPLINE, self.discipline_selected, "disciplinePerson", "Ctrl+J")
        self.discipline_action.setToolTip("登记警告、严重警告、撤销党内职务、留党察看、开除党籍；留党察看期间会议中没有表决权")
        self.recycle_action = act(RECYCLE, self.open_recycle_bin, "recycleBin")
        self.recycle_action.setToolTip("删除的人员、会议记录、一人一事、学习记录、党费缴纳和党纪处分都在这里，可以恢复")
        self.find_action = tab_action(self, None, "查找", self.filter_edit.setFocus, "findPerson",
                                      QKeySequence.StandardKey.Find)
        self.toolbar_buttons.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(0, self.toolbar_buttons)
        self._update_actions()

    # --- loading -----------------------------------------------------------------------------
    def branch_read(self, session: Session) -> None:
        groups = branches.list_groups(session, self.branch_id) if self.branch_id else []
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem("全部党小组", None)
        for g in groups:
            self.group_combo.addItem(g.name, g.id)
        self.group_combo.addItem("（未分组）", "")
        self.group_combo.blockSignals(False)

    def refresh(self) -> None:
        selected = self.selected_ids()
        if self.branch_id is None:
            self.model.set_rows([])
            self.empty_label.setText("还没有建立支部。请用菜单“文件 → 新建支部…”建立本支部，或用“文件 → 建立演示支部”先看看软件怎么用；"
                                     "乡镇党委汇总各支部时，用“文件 → 导入数据包…”导入各支部的数据包。")
            self.empty_label.setVisible(True)
        else:
            if not self.already_shown():  # else on the screen already, read a moment ago
                branch_id = self.branch_id
                with self.db.session_scope() as s:
                    self.model.read_rows(lambda: people.ledger_rows(s, branch_id))
            self.empty_label.setVisible(not self.model.total())
            self.empty_label.setText("台账里还没有人员。点“新增人员”逐个录入，或用“文件 → 从Excel导入花名册…”一次导入。")
        self._apply_filter()
        if selected:
            self.select_person(selected[0])
        self._update_counts()
        self._update_actions()
        self.detail.show_person(self.current_id())

    def _apply_filter(self) -> None:
        self.model.set_filter(LedgerFilter(
            text=self.filter_edit.text(),
            group_id=self.group_combo.currentData(),
            category=self.category_combo.currentData(),
            status=self.status_combo.currentData(),
        ))
        self._update_counts()

    def _order_changed(self, order: str) -> None:
        self.model.set_name_order(order)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _header_clicked(self, column: int) -> None:
        header = self.table.horizontalHeader()
        self.model.sort(column, header.sortIndicatorOrder())

    def _mask_toggled(self, masked: bool) -> None:
        self.model.set_mask_ids(masked)
        self.detail.mask_ids = masked
        self.detail.show_person(self.current_id())

    def _update_counts(self) -> None:
        counts = self.model.counts
        parts = [f"{c} {n} 人" for c, n in counts.items() if n]
        shown = self.model.rowCount()
        total = sum(counts.values())
        self.counts_label.setText("在册：" + (" · ".join(parts) if parts else "0 人")
                                  + f"    共 {total} 人；当前列出 {shown} 人")

    # --- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        sel = self.table.selectionModel()
        return [self.model.row_at(i.row()).id for i in sel.selectedRows()] if sel else []

    def current_id(self) -> str | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def show_record(self, person_id: str = "", month: int = 0, year: int = 0) -> str:
        """转到补正: show the person with the filter cleared."""
        if person_id:
            self.filter_edit.clear()
            self.select_person(person_id)
            return "已选中此人，双击可打开修改。" if self.current_id() == person_id else ""
        return ""

    def select_person(self, person_id: str) -> None:
        row = self.model.view_row_of(person_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _remember_selection(self) -> None:
        self._kept_selection = self.selected_ids()

    def _restore_selection(self) -> None:
        kept, self._kept_selection = self._kept_selection, []
        rows = [r for r in (self.model.view_row_of(pid) for pid in kept) if r is not None]
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        if rows:  # selectionChanged updates the detail pane and the actions
            sel = self.table.selectionModel()
            sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            sel.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            self._update_actions()
            self.detail.show_person(None)

    def _listing_changed(self) -> None:
        """Other rows listed (a filter, an order): the selected person stays in sight, or the list starts
        at the top; the detail pane and the actions follow a selection the filter took away."""
        rows = self.table.selectionModel().selectedRows()
        if rows:  # the column in sight stays in sight
            self.table.scrollTo(self.model.index(rows[0].row(), max(self.table.columnAt(0), 0)))
        else:
            self.table.scrollToTop()
        self._update_actions()
        current = self.current_id()
        if current != self.detail.person_id:
            self.detail.show_person(current)

    def _selection_changed(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._update_actions()
        self.detail.show_person(self.current_id())

    def _update_actions(self) -> None:
        has_branch = self.branch_id is not None
        ids = self.selected_ids() if hasattr(self, "table") else []
        self.add_action.setEnabled(has_branch)
        self.recycle_action.setEnabled(has_branch)
        self.edit_action.setEnabled(len(ids) == 1)
        self.transfer_action.setEnabled(len(ids) == 1)
        self.discipline_action.setEnabled(len(ids) == 1)
        self.delete_action.setEnabled(bool(ids))

    # --- actions -----------------------------------------------------------------------------
    def add_person(self) -> None:
        if self.branch_id is None:
            return
        from dangjian_desktop.ui.ledger.person_dialog import PersonDialog

        dialog = PersonDialog(self.db, self.branch_id, parent=self)
        if self.open_editor(dialog) and dialog.changed is not None:
            self.person_saved(dialog.changed)
            self.filter_edit.clear()
            self.select_person(dialog.changed.id)

    def edit_selected(self, _index: QModelIndex | None = None) -> None:
        person_id = self.current_id()
        if self.branch_id is None or person_id is None:
            return
        from dangjian_desktop.ui.ledger.person_dialog import PersonDialog

        dialog = PersonDialog(self.db, self.branch_id, person_id, parent=self)
        if self.open_editor(dialog) and dialog.changed is not None:
            self.person_saved(dialog.changed)
            self.select_person(person_id)

    def person_saved(self, changed: Changed) -> None:
        """One person saved in the editor: only their row is read again (the other tabs hear of it as usual)."""
        branch_id = self.branch_id
        if branch_id is None:
            return
        with self.db.session_scope() as s:
            rows = people.ledger_rows_of(s, branch_id, changed.ids)
        if len(rows) != len(changed.ids):  # someone left the roster: everything is read again
            self.events.emit_changed(changed)
            return
        selected = self.selected_ids()
        self.model.update_rows(rows)
        self._update_counts()
        if selected:
            self.select_person(selected[0])
        self.detail.show_person(self.current_id())
        self._own_save = True
        try:
            self.events.emit_changed(changed)
        finally:
            self._own_save = False

    def reload(self) -> None:
        if not self._own_save:
            super().reload()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = "、".join(self.model.row_at(i.row()).name for i in self.table.selectionModel().selectedRows())
        if not self.dialogs.confirm(f"把 {names} 移到回收站吗？\n（可在“回收站”中恢复）"):
            return
        run_op(self.db, self.dialogs, lambda s: [people.delete_person(s, pid) for pid in ids], events=self.events)

    def transfer_selected(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        from dangjian_desktop.ui.ledger.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.db, person_id, parent=self)
        if self.open_editor(dialog) and dialog.changed is not None:
            self.events.emit_changed(dialog.changed)

    def discipline_selected(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        from dangjian_desktop.ui.ledger.discipline_dialog import DisciplineDialog

        dialog = DisciplineDialog(self.db, person_id, self.dialogs, parent=self)
        self.open_editor(dialog)
        if dialog.changed is not None:
            self.events.emit_changed(dialog.changed)
            self.select_person(person_id)

    def open_recycle_bin(self) -> None:
        if self.branch_id is None:
            return
        from dangjian_desktop.ui.recycle_bin import RecycleBinDialog

        dialog = RecycleBinDialog(self.db, self.branch_id, self.dialogs, parent=self)
        self.open_editor(dialog)
        for table in {c.table for c in dialog.restored}:  # refresh every tab that got something back
            self.events.emit_changed(next(c for c in dialog.restored if c.table == table))
