"""The attendance table of the meeting editor: one row per expected person, status picked per row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import AttendanceData

_HEADERS = ["姓名", "人员类别", "表决权", "出席情况", "原因（请假、缺席须填）", "书面意见"]
_CHECKABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


class AttendanceTable:
    """Wraps the form's QTableWidget; ``changed`` fires on every edit."""

    def __init__(self, table: QTableWidget, changed: Signal) -> None:
        self.table = table
        self.changed = changed
        self._rows: list[AttendanceData] = []
        self._filling = False
        table.setColumnCount(len(_HEADERS))
        table.setHorizontalHeaderLabels(_HEADERS)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._item_changed)

    def set_rows(self, rows: list[AttendanceData]) -> None:
        self._filling = True
        self._rows = [AttendanceData(**vars(r)) for r in rows]
        self.table.setRowCount(len(rows))
        for r, a in enumerate(self._rows):
            name = QTableWidgetItem(a.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            category = QTableWidgetItem(a.category)
            category.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            vote = QTableWidgetItem("有" if a.can_vote else "无")
            vote.setFlags(_CHECKABLE)
            vote.setCheckState(Qt.CheckState.Checked if a.can_vote else Qt.CheckState.Unchecked)
            vote.setToolTip("预备党员和受留党察看处分的党员没有表决权")
            combo = QComboBox()
            combo.addItems(list(rules.ATTENDANCE_STATES))
            combo.setCurrentText(a.status)
            combo.setAccessibleName(f"{a.name}出席情况")
            combo.currentTextChanged.connect(lambda text, row=r: self._status(row, text))
            reason = QTableWidgetItem(a.reason)
            written = QTableWidgetItem("")
            written.setFlags(_CHECKABLE)
            written.setCheckState(Qt.CheckState.Checked if a.written_opinion else Qt.CheckState.Unchecked)
            written.setToolTip("缺席的有表决权党员会前提交了书面意见，可计入表决")
            for c, item in ((0, name), (1, category), (2, vote), (4, reason), (5, written)):
                self.table.setItem(r, c, item)
            self.table.setCellWidget(r, 3, combo)
        self._filling = False
        self.changed.emit()

    def rows(self) -> list[AttendanceData]:
        return [AttendanceData(**vars(r)) for r in self._rows]

    def set_status(self, name: str, status: str, reason: str = "") -> None:
        for r, a in enumerate(self._rows):
            if a.name == name:
                combo = self.table.cellWidget(r, 3)
                assert isinstance(combo, QComboBox)
                combo.setCurrentText(status)
                self.table.item(r, 4).setText(reason)

    def all_present(self) -> None:
        for r in range(len(self._rows)):
            combo = self.table.cellWidget(r, 3)
            if isinstance(combo, QComboBox):
                combo.setCurrentText(rules.PRESENT)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEnabled(True)
        for r in range(self.table.rowCount()):
            widget = self.table.cellWidget(r, 3)
            if widget is not None:
                widget.setEnabled(not read_only)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)

    def _status(self, row: int, text: str) -> None:
        self._rows[row].status = text
        if not self._filling:
            self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self._rows):
            return
        a = self._rows[item.row()]
        if item.column() == 2:
            a.can_vote = item.checkState() == Qt.CheckState.Checked
            self._filling = True
            item.setText("有" if a.can_vote else "无")
            self._filling = False
        elif item.column() == 4:
            a.reason = item.text()
        elif item.column() == 5:
            a.written_opinion = item.checkState() == Qt.CheckState.Checked
        self.changed.emit()
