"""An editor opened where nothing may be changed — by a 查阅 account, or on a branch imported from a 数据包:
the record is shown in the same form, its fields read-only, nothing offered that would write (保存, 定稿,
删除, 添加 …), and a line at the top says why. The services refuse such a write whatever a window offers
(services/users.py, services/branches.py); this is what the window shows before anyone tries.

One function for every editor (``make_read_only``), called by the tabs when they open one
(``RecordTab.open_editor``): no editor needs code of its own for it. An editor that would otherwise show
what is not recorded (a new payment's date of today) or speak of changing the record defines
``before_read_only()``, called once its reason is set (``reason_of``) and before its fields are fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from shiboken6 import isValid

NOTE_NAME = "readOnlyNote"
REASON_PROPERTY = "readOnlyReason"
EDIT_ONLY = "editOnly"  # a widget with this property set is there only for changing the record (修改原因): hidden
READS_ONLY = "readsOnly"  # a button with this property set only looks (检查相同段落): kept
NOTE_STYLE = "background:#fff8e1; border:1px solid #ffd54f; padding:4px 6px;"
# the buttons kept: they close the editor
_CLOSING = (QDialogButtonBox.ButtonRole.RejectRole,)


def note(reason: str, parent: QWidget | None = None) -> QLabel:
    """The plain line that says why nothing here can be changed."""
    label = QLabel(reason, parent, objectName=NOTE_NAME, wordWrap=True)
    label.setStyleSheet(NOTE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def reason_of(dialog: QWidget) -> str:
    """Why ``dialog`` was made read-only ("" if it was not)."""
    value = dialog.property(REASON_PROPERTY)
    return value if isinstance(value, str) else ""


def make_read_only(dialog: QDialog, reason: str) -> None:
    """Show ``dialog``'s record without letting it be changed, and say ``reason`` at its top."""
    if not reason or reason_of(dialog):
        return
    dialog.setProperty(REASON_PROPERTY, reason)
    before = getattr(dialog, "before_read_only", None)
    if callable(before):
        before()
    for widget in dialog.findChildren(QWidget):
        if isValid(widget):  # a line edit's clear button goes with setClearButtonEnabled(False)
            _freeze(widget)
    for box in dialog.findChildren(QDialogButtonBox):
        _only_close(box)
    title = dialog.windowTitle()
    if title and "只读" not in title:
        dialog.setWindowTitle(f"{title}（只读）")
    _insert_note(dialog, note(reason))


def _freeze(widget: QWidget) -> None:
    if widget.property(EDIT_ONLY):
        widget.setVisible(False)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        widget.setReadOnly(True)  # still selectable and copyable
        widget.setPlaceholderText("")  # a hint how to fill it in would invite typing
        if isinstance(widget, QLineEdit):
            widget.setClearButtonEnabled(False)
    elif isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(True)
    elif isinstance(widget, QComboBox):
        if widget.isEditable() and widget.lineEdit() is not None:
            widget.lineEdit().setReadOnly(True)
        widget.setEnabled(False)  # a combo box has no read-only state: its list would still change it
    elif isinstance(widget, QCheckBox | QRadioButton):
        widget.setEnabled(False)
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _no_ticks(widget)
    elif isinstance(widget, QPushButton | QToolButton) and _acts(widget) and not widget.property(READS_ONLY):
        widget.setVisible(False)  # 添加, 删除, 上移, 从日历选择 …: each of them changes the record


def _acts(button: QAbstractButton) -> bool:
    """Whether ``button`` is the dialog's own (not a tab bar's scroll arrow, a line edit's clear
    button, a calendar's month switch) and not one that closes the dialog."""
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QDialog):
        if isinstance(parent, QTabBar | QLineEdit | QCalendarWidget | QAbstractSpinBox):
            return False
        parent = parent.parentWidget()
    box = button.parentWidget()
    return not (isinstance(box, QDialogButtonBox) and box.buttonRole(button) in _CLOSING)


def _no_ticks(view: QAbstractItemView) -> None:
    """Ticks in a list or table (meeting types, who attended, whom to collect from) stay as they are."""
    items: list[QListWidgetItem | QTableWidgetItem | QTreeWidgetItem | None] = []
    if isinstance(view, QListWidget):
        items = [view.item(i) for i in range(view.count())]
    elif isinstance(view, QTableWidget):
        items = [view.item(r, c) for r in range(view.rowCount()) for c in range(view.columnCount())]
    elif isinstance(view, QTreeWidget):
        stack = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while stack:
            item = stack.pop()
            items.append(item)
            stack += [item.child(i) for i in range(item.childCount())]
    model = view.model()
    blocked = model.blockSignals(True)  # not an edit: the editor must not think the record was changed
    try:
        for item in items:
            if item is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEditable)
    finally:
        model.blockSignals(blocked)
    view.viewport().update()


def _only_close(box: QDialogButtonBox) -> None:
    """保存, 定稿, 确定 … go; 取消 becomes 关闭 (nothing was changed that could be given up)."""
    closing = [b for b in box.buttons() if box.buttonRole(b) in _CLOSING]
    for button in box.buttons():
        if button not in closing:
            button.setVisible(False)
    if not closing:
        closing = [box.addButton(QDialogButtonBox.StandardButton.Close)]
    for button in closing:
        button.setText("关闭(&C)")
        button.setVisible(True)
    if isinstance(closing[0], QPushButton):
        closing[0].setDefault(True)


def _insert_note(dialog: QDialog, label: QLabel) -> None:
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
    elif isinstance(layout, QFormLayout):
        layout.insertRow(0, label)
    elif isinstance(layout, QGridLayout):
        layout.addWidget(label, layout.rowCount(), 0, 1, max(1, layout.columnCount()))  # no insert in a grid
    else:
        label.setParent(dialog)
