"""Where nothing may be changed — a 查阅 account, a branch imported from a 数据包 — every tab hides its
editing actions and says why, and every editor opens read-only: its fields cannot be changed, only 关闭 is
offered, and a line at its top says why. Driven as the person would: double-clicks on the real lists."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from dangjian_desktop.db.models import Branch
from dangjian_desktop.services import branches, users
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.read_only import NOTE_NAME, READS_ONLY
from dangjian_desktop.ui.record_tab import NOTHING_SELECTED
from tests.helpers import with_dialog
from tests.ui.conftest import WORK_AREA
from tests.ui.test_mnemonics import duplicates, mnemonics

PASSWORD = "chayue-2026"


def _window(qtbot: QtBot, tmp_path: Path, *, inspector: bool, imported: bool) -> MainWindow:
    from dangjian_desktop.app import create_main_window
    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.services.demo.branch import create_demo_branch

    db = open_database(tmp_path / "台账.sqlite3")
    with db.session_scope() as s:
        branch_id = create_demo_branch(s).id
    if imported:  # as import-package leaves a branch at the township
        with db.session_scope() as s:
            s.execute(update(Branch).where(Branch.id == branch_id).values(read_only=True))  # type: ignore[arg-type]
    user = None
    if inspector:
        with db.session_scope() as s:
            users.add_user(s, data=users.UserInput("admin", "管理员老张", users.ADMIN), password=PASSWORD,
                           repeat=PASSWORD)
            users.add_user(s, data=users.UserInput("chayue", "镇纪委赵敏", users.INSPECTOR), password=PASSWORD,
                           repeat=PASSWORD)
        with db.session_scope() as s:
            user = users.sign_in(s, "chayue", PASSWORD)
        users.act_as(db.info, user)  # as app.sign_in leaves it, before the window opens
    window = create_main_window(db=db)
    qtbot.addWidget(window)
    if user is not None:
        window.signed_in(user)
        window.server_refresh.timer.stop()
    window.resize(*WORK_AREA)
    window.show()
    return window


@pytest.fixture
def inspector_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = _window(qtbot, tmp_path, inspector=True, imported=False)
    yield window
    window.close()


@pytest.fixture
def imported_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = _window(qtbot, tmp_path, inspector=False, imported=True)
    yield window
    window.close()


def _changeable(dialog: QDialog) -> list[str]:
    """What in ``dialog`` could still change the record (empty when it is read-only)."""
    found: list[str] = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        name = f"{type(w).__name__} {w.objectName()}"
        typed = isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox) and not w.isReadOnly()
        if typed or (isinstance(w, QComboBox | QCheckBox) and w.isEnabled()):
            found.append(name)
        elif isinstance(w, QAbstractButton) and w.isEnabled() and w.text() not in ("", "关闭(&C)") \
                and not isinstance(w, QCheckBox) and not w.property(READS_ONLY) and w.parentWidget() is not None \
                and type(w.parentWidget()).__name__ not in ("QTabBar", "QLineEdit"):
            found.append(f"{name} “{w.text()}”")
        elif isinstance(w, QListWidget):
            ticks = [w.item(i).text() for i in range(w.count())
                     if w.item(i).flags() & (Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)]
            found += [f"{name} tick “{t}”" for t in ticks]
        elif isinstance(w, QAbstractItemView) and w.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
            found.append(name)
    return found


def _read_only(said: str, seen: list[str]) -> Callable[[QDialog], None]:
    def check(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        note = dialog.findChild(QLabel, NOTE_NAME)
        assert note is not None and note.isVisibleTo(dialog) and note.text() == said
        assert "只读" in dialog.windowTitle()
        assert _changeable(dialog) == [], dialog.windowTitle()
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog) and b.text() == "关闭(&C)"]
        assert len(buttons) == 1
        kept = [b.text() for b in dialog.findChildren(QAbstractButton) if b.property(READS_ONLY)]
        assert all(b.isVisibleTo(dialog) for b in dialog.findChildren(QAbstractButton) if b.property(READS_ONLY))
        seen.extend(kept)  # what only looks stays: 检查相同段落 in a study note
        buttons[0].click()  # nothing asks whether to give up changes: there are none

    return check


def _double_click(qtbot: QtBot, view: QTableView, row: int = 0) -> None:
    assert view.model() is not None and view.model().rowCount() > row, view.objectName()
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _open_every_editor(qtbot: QtBot, w: MainWindow, said: str) -> list[str]:
    """Double-click a record in every tab; each editor must open read-only. The titles seen."""
    seen: list[str] = []
    check = _read_only(said, seen)

    def on(page: QWidget, view: QTableView, row: int = 0) -> None:
        w.tabs.setCurrentWidget(page)
        with_dialog(qtbot, check)
        _double_click(qtbot, view, row)

    w.tabs.setCurrentWidget(w.roster_tabs)
    w.roster_tabs.setCurrentWidget(w.ledger)
    on(w.roster_tabs, w.ledger.table)  # 编辑人员信息
    w.roster_tabs.setCurrentWidget(w.dues)
    on(w.roster_tabs, w.dues.grid)  # 登记缴费
    on(w.meetings, w.meetings.table)  # 编辑会议记录
    on(w.cases, w.cases.table)  # the case itself, not a new card
    case_with_cards = next(r for r in range(w.cases.model.rowCount()) if w.cases.model.row_at(r).card_count)
    w.cases.table.selectRow(case_with_cards)
    assert w.cases.card_list.count()
    with_dialog(qtbot, check)
    item = w.cases.card_list.item(0)
    w.cases.card_list.setCurrentItem(item)
    w.cases.card_list.itemActivated.emit(item)  # double-click or Return on a card
    w.tabs.setCurrentWidget(w.study)
    w.study.views.setCurrentIndex(0)
    on(w.study, w.study.sessions_view)  # 学习活动
    w.study.views.setCurrentIndex(1)
    on(w.study, w.study.notes_view)  # 学习笔记
    on(w.duty, w.duty.areas_view)  # 责任区
    on(w.duty, w.duty.pledges_view)  # 承诺
    w.tabs.setCurrentWidget(w.selfcheck)
    with_dialog(qtbot, check)
    rules = w.selfcheck.findChild(QPushButton, "selfcheckRules")
    assert rules is not None
    qtbot.mouseClick(rules, Qt.MouseButton.LeftButton)  # 自查规则: shown, not changed
    return seen


def _tabs(w: MainWindow) -> list[QWidget]:
    return [w.ledger, w.dues, w.meetings, w.cases, w.study, w.duty]  # 年度自查 changes nothing but its rules


def test_an_inspector_opens_every_editor_read_only(qtbot: QtBot, inspector_window: MainWindow) -> None:
    w = inspector_window
    seen = _open_every_editor(qtbot, w, users.INSPECTOR_MESSAGE)
    assert len(seen) == 11 and all("只读" in t for t in seen if "检查" not in t)
    assert "检查相同段落(&K)" in seen
    for tab in _tabs(w):  # every tab says why there is nothing to change, once it is looked at
        if tab is w.dues or tab is w.ledger:
            w.tabs.setCurrentWidget(w.roster_tabs)
            w.roster_tabs.setCurrentWidget(tab)
        else:
            w.tabs.setCurrentWidget(tab)
        note = tab.findChild(QLabel, NOTE_NAME)
        assert note is not None and note.isVisible() and note.text() == users.INSPECTOR_MESSAGE
    hidden = [w.ledger.add_action, w.ledger.edit_action, w.ledger.delete_action, w.ledger.transfer_action,
              w.dues.pay_action, w.dues.collect_action, w.meetings.new_action, w.meetings.edit_action,
              w.meetings.finalize_action, w.meetings.delete_action, w.cases.new_action, w.cases.card_action,
              w.cases.delete_action, w.study.add_note_action, w.duty.addAreaAction]
    assert [a.text() for a in hidden if a.isVisible()] == []


def test_a_branch_imported_from_a_package_opens_read_only_until_another_branch_is_chosen(
        qtbot: QtBot, imported_window: MainWindow) -> None:
    w = imported_window
    with w.db.session_scope() as s:
        name = branches.get_branch(s, w.ledger.branch_id or "").name
    said = branches.READ_ONLY_MESSAGE.format(name=name)
    note = w.ledger.findChild(QLabel, NOTE_NAME)
    assert note is not None and note.isVisible() and note.text() == said
    assert not w.ledger.add_action.isVisible() and not w.ledger.delete_action.isVisible()
    assert not w.import_action.isEnabled() and not w.undo_import_action.isEnabled()
    assert w.export_action.isEnabled() and w.archive_action.isEnabled()  # reading and exporting stay

    seen = _open_every_editor(qtbot, w, said)
    assert len(seen) == 11
    check_seen: list[str] = []
    with_dialog(qtbot, _read_only(said, check_seen))
    w.edit_branch()  # 支部信息
    assert check_seen and "只读" in check_seen[0]

    with w.db.session_scope() as s:  # the township's own branch
        own = branches.create_branch(s, branches.BranchInput(name="中共测试镇机关党支部", groups=[])).id
    w.switch_branch(own)
    w.tabs.setCurrentWidget(w.roster_tabs)
    w.roster_tabs.setCurrentWidget(w.ledger)
    assert w.ledger.read_only_reason == "" and not note.isVisible()
    assert w.ledger.add_action.isVisible() and w.ledger.add_action.isEnabled() and w.import_action.isEnabled()
    w.tabs.setCurrentWidget(w.meetings)
    assert w.meetings.new_action.isVisible() and w.meetings.findChild(QLabel, NOTE_NAME).isHidden()


def _on_tab(w: MainWindow, tab: QWidget) -> None:
    if tab is w.ledger or tab is w.dues:
        w.tabs.setCurrentWidget(w.roster_tabs)
        w.roster_tabs.setCurrentWidget(tab)
    else:
        w.tabs.setCurrentWidget(tab)


def _select(qtbot: QtBot, view: QTableView, row: int = 0) -> None:
    assert view.model() is not None and view.model().rowCount() > row, view.objectName()
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    view.window().activateWindow()  # back from the editor just closed
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def _lists(w: MainWindow) -> list[tuple[QWidget, QTableView]]:
    return [(w.ledger, w.ledger.table), (w.dues, w.dues.grid), (w.meetings, w.meetings.table),
            (w.cases, w.cases.table), (w.study, w.study.sessions_view), (w.duty, w.duty.areas_view)]


def _view_by_keyboard(qtbot: QtBot, w: MainWindow, said: str) -> list[str]:
    """Return on a selected row of every tab's list, Enter on one, Alt+O (查看) on one: each opens the
    record read-only. The titles seen."""
    seen: list[str] = []
    check = _read_only(said, seen)
    for tab, view in _lists(w):
        _on_tab(w, tab)
        if tab is w.study:
            w.study.views.setCurrentIndex(0)
        button = tab.findChild(QToolButton, "viewRecordButton")
        assert button is not None and button.isVisible() and button.text() == "查看(&O)…", tab.objectName()
        _select(qtbot, view)
        with_dialog(qtbot, check)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert len(seen) == len([t for t in seen if "只读" in t]) and seen, tab.objectName()
    _on_tab(w, w.meetings)
    _select(qtbot, w.meetings.table, 1)
    with_dialog(qtbot, check)
    qtbot.keyClick(w.meetings.table, Qt.Key.Key_Enter)
    _on_tab(w, w.ledger)
    _select(qtbot, w.ledger.table, 2)
    assert duplicates(w) == {}  # 查看's Alt+O is its own in the window
    with_dialog(qtbot, check)
    qtbot.keyClick(w.ledger.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(seen) == len(_lists(w)) + 2)
    w.activateWindow()
    qtbot.waitUntil(w.ledger.table.hasFocus)  # the list kept the focus, not 查看: Return opens the next one
    return seen


def test_an_inspector_opens_records_from_the_keyboard(qtbot: QtBot, inspector_window: MainWindow) -> None:
    seen = _view_by_keyboard(qtbot, inspector_window, users.INSPECTOR_MESSAGE)
    assert len(seen) == 8 and "编辑人员信息（只读）" in seen[0], seen


def test_an_imported_branch_opens_records_from_the_keyboard(qtbot: QtBot, imported_window: MainWindow) -> None:
    w = imported_window
    with w.db.session_scope() as s:
        name = branches.get_branch(s, w.ledger.branch_id or "").name
    seen = _view_by_keyboard(qtbot, w, branches.READ_ONLY_MESSAGE.format(name=name))
    assert len(seen) == 8


def test_view_is_offered_only_where_nothing_may_be_changed(qtbot: QtBot, tmp_path: Path) -> None:
    w = _window(qtbot, tmp_path, inspector=False, imported=False)
    for tab, _view in _lists(w):
        _on_tab(w, tab)
        button = tab.findChild(QToolButton, "viewRecordButton")
        assert button is None or not button.isVisible()
        assert not tab.view_action.isVisible()  # type: ignore[attr-defined]
    _on_tab(w, w.meetings)
    assert w.meetings.edit_action.isVisible()  # 修改 is there instead
    assert "查看(&O)…" not in [t for texts in mnemonics_texts(w) for t in texts]
    w.close()


def mnemonics_texts(w: MainWindow) -> list[list[str]]:
    return [[t for t, _w in v] for v in mnemonics(w).values()]


def test_nothing_selected_says_so(qtbot: QtBot, inspector_window: MainWindow,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = inspector_window
    _on_tab(w, w.meetings)
    w.meetings.table.clearSelection()
    said: list[str] = []
    monkeypatch.setattr(w.meetings.dialogs, "info", lambda text, *_a, **_k: said.append(text))
    w.meetings.view_action.trigger()
    assert said == [NOTHING_SELECTED]


def test_a_finalized_meeting_read_only_does_not_speak_of_changing_it(
        qtbot: QtBot, inspector_window: MainWindow) -> None:
    w = inspector_window
    _on_tab(w, w.meetings)
    model = w.meetings.table.model()
    rows = [r for r in range(model.rowCount()) if (m := w.meetings.model.row_at(r)) and m.finalized_at]
    assert rows
    status: list[str] = []

    def look(dialog: QDialog) -> None:
        status.append(dialog.ui.statusLabel.text())  # type: ignore[attr-defined]
        dialog.reject()

    with_dialog(qtbot, look)
    _double_click(qtbot, w.meetings.table, rows[0])
    assert status and "已定稿" in status[0] and "修改" not in status[0], status


def test_read_only_payment_shows_nothing_that_is_not_recorded(qtbot: QtBot, inspector_window: MainWindow) -> None:
    w = inspector_window
    _on_tab(w, w.dues)
    shown: list[tuple[str, list[str], list[str], str]] = []

    def look(dialog: QDialog) -> None:
        months = dialog.months  # type: ignore[attr-defined]
        items = [months.item(i) for i in range(months.count())]
        shown.append((dialog.paid_on.edit.text(),  # type: ignore[attr-defined]
                      [i.text() for i in items if i.checkState() != Qt.CheckState.Unchecked],
                      [i.text() for i in items], dialog.ui.paymentHeader.text()))  # type: ignore[attr-defined]
        dialog.reject()

    grid = w.dues.model.grid
    assert grid is not None
    owing = next(r for r, row in enumerate(grid.rows) if any(c.owed_fen for c in row.months))
    with_dialog(qtbot, look)
    _double_click(qtbot, w.dues.grid, owing)
    date_text, ticked, months, header = shown[0]
    assert date_text == "" and ticked == [] and "补交" not in header
    assert any("欠" in m for m in months)  # what is recorded for each month stays
