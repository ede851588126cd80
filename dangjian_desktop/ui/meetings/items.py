"""The 议题 part of the meeting editor: a list of items on the left, the selected item's fields on the right."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem

from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import ItemData
from dangjian_desktop.ui.forms.meeting_dialog_ui import Ui_MeetingDialog


class ItemsEditor:
    def __init__(self, ui: Ui_MeetingDialog, changed: Signal) -> None:
        self.ui = ui
        self.changed = changed
        self._items: list[ItemData] = []
        self._current = -1
        self._filling = False
        ui.item_vote_method.addItem("（不表决）", "")
        for m in rules.VOTE_METHODS:
            ui.item_vote_method.addItem(m, m)
        ui.votes_for.setPrefix("赞成 ")
        ui.votes_against.setPrefix("反对 ")
        ui.votes_abstain.setPrefix("弃权 ")
        ui.itemList.currentRowChanged.connect(self._select)
        ui.addItemButton.clicked.connect(self.add)
        ui.removeItemButton.clicked.connect(self.remove)
        ui.upItemButton.clicked.connect(lambda: self.move(-1))
        ui.downItemButton.clicked.connect(lambda: self.move(1))
        for edit in (ui.item_title, ui.item_candidate):
            edit.textChanged.connect(lambda _t: self._store())
        for text in (ui.item_speeches, ui.item_resolution):
            text.textChanged.connect(self._store)
        ui.item_vote_method.currentIndexChanged.connect(lambda _i: self._store())
        ui.item_is_election.toggled.connect(lambda _b: self._store())
        for spin in (ui.votes_for, ui.votes_against, ui.votes_abstain, ui.written_for):
            spin.valueChanged.connect(lambda _v: self._store())
        self._enable()

    def set_items(self, items: list[ItemData]) -> None:
        self._items = [ItemData(**vars(i)) for i in items]
        self._current = -1
        self.ui.itemList.clear()
        for item in self._items:
            self.ui.itemList.addItem(QListWidgetItem(self._label(item)))
        if self._items:
            self.ui.itemList.setCurrentRow(0)
        self._enable()

    def items(self) -> list[ItemData]:
        return [ItemData(**vars(i)) for i in self._items]

    def current_item(self) -> ItemData | None:
        return self._items[self._current] if 0 <= self._current < len(self._items) else None

    def add(self, title: str = "") -> None:
        self._items.append(ItemData(title=title or f"议题{len(self._items) + 1}"))
        self.ui.itemList.addItem(QListWidgetItem(self._label(self._items[-1])))
        self.ui.itemList.setCurrentRow(len(self._items) - 1)
        self._enable()
        self.ui.item_title.setFocus()
        self.ui.item_title.selectAll()
        self.changed.emit()

    def remove(self) -> None:
        row = self._current
        if not 0 <= row < len(self._items):
            return
        del self._items[row]
        self._current = -1
        self.ui.itemList.takeItem(row)
        self.ui.itemList.setCurrentRow(min(row, len(self._items) - 1))
        self._enable()
        self.changed.emit()

    def move(self, step: int) -> None:
        row, target = self._current, self._current + step
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return
        self._items[row], self._items[target] = self._items[target], self._items[row]
        for r in (row, target):
            self.ui.itemList.item(r).setText(self._label(self._items[r]))
        self._current = -1
        self.ui.itemList.setCurrentRow(target)
        self.changed.emit()

    def _label(self, item: ItemData) -> str:
        return f"{self._items.index(item) + 1}. {item.title}" if item in self._items else item.title

    def _enable(self) -> None:
        self.ui.itemEditor.setEnabled(bool(self._items))
        self.ui.removeItemButton.setEnabled(bool(self._items))
        for button in (self.ui.upItemButton, self.ui.downItemButton):  # nothing to move in a list of 0 or 1
            button.setEnabled(len(self._items) > 1)

    def _select(self, row: int) -> None:
        self._current = row
        item = self.current_item()
        if item is None:
            return
        self._filling = True
        ui = self.ui
        ui.item_title.setText(item.title)
        ui.item_candidate.setText(item.candidate)
        ui.item_speeches.setPlainText(item.speeches)
        ui.item_vote_method.setCurrentIndex(max(0, ui.item_vote_method.findData(item.vote_method)))
        ui.item_is_election.setChecked(item.is_election)
        ui.votes_for.setValue(item.votes_for)
        ui.votes_against.setValue(item.votes_against)
        ui.votes_abstain.setValue(item.votes_abstain)
        ui.written_for.setValue(item.written_for)
        ui.item_resolution.setPlainText(item.resolution)
        self._filling = False
        self._vote_fields()
        self.changed.emit()

    def _vote_fields(self) -> None:
        voting = bool(self.ui.item_vote_method.currentData())
        for w in (self.ui.item_is_election, self.ui.votes_for, self.ui.votes_against, self.ui.votes_abstain,
                  self.ui.written_for):
            w.setEnabled(voting)

    def _store(self) -> None:
        item = self.current_item()
        if self._filling or item is None:
            return
        ui = self.ui
        item.title = ui.item_title.text()
        item.candidate = ui.item_candidate.text().strip()
        item.speeches = ui.item_speeches.toPlainText()
        item.vote_method = ui.item_vote_method.currentData() or ""
        item.is_election = ui.item_is_election.isChecked()
        item.votes_for, item.votes_against = ui.votes_for.value(), ui.votes_against.value()
        item.votes_abstain, item.written_for = ui.votes_abstain.value(), ui.written_for.value()
        item.resolution = ui.item_resolution.toPlainText()
        self.ui.itemList.item(self._current).setText(f"{self._current + 1}. {item.title}")
        self._vote_fields()
        self.changed.emit()
