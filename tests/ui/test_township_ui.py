"""乡镇汇总 tab: shown only while the database holds more than one branch; double-clicking a branch's cell opens
that branch's own self-check read-only, and from there its record; the 汇总 exports as .xlsx and .docx."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import Branch
from dangjian_desktop.services import branches
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.township.summary import township_summary
from dangjian_desktop.ui import font_size
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.township.branch_dialog import BranchRecordDialog
from dangjian_desktop.ui.township.tab import TownshipTab
from tests.factories import person_input
from tests.helpers import with_dialog
from tests.ui.test_mnemonics import duplicates, unanswered


def _add_imported_branch(win: MainWindow) -> str:
    with win.db.session_scope() as s:
        changed = create_demo_branch(s, members=15, seed=7, name="中共测试镇后山村党支部")
        branch = s.get(Branch, changed.id)
        assert branch is not None
        branch.read_only = True  # as a branch imported from a 数据包 is
    win.events.emit_changed(changed)
    return changed.id


def _tab(win: MainWindow) -> TownshipTab:
    tab = win.township
    assert isinstance(tab, TownshipTab)
    return tab


def test_the_tab_appears_with_a_second_branch_and_opens_a_branch_read_only(
        qtbot: QtBot, demo_window: MainWindow, qtmodeltester: object) -> None:
    win = demo_window
    names = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert "乡镇汇总" not in names  # one branch: nothing to sum up
    with win.db.session_scope() as s:
        first = branches.current_branch_id(s)
    other = _add_imported_branch(win)
    names = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert names.count("乡镇汇总") == 1
    tab = _tab(win)
    win.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tab.summary is not None and len(tab.summary.branches) == 2
    overview = tab.models[0]
    qtmodeltester.check(overview)  # type: ignore[attr-defined]
    assert overview.rowCount() == 3 and overview.branch_rows == 2 and tab.pages.tabText(0) == "总览"  # and 合计
    assert {overview.index(r, 1).data() for r in range(2)} == {b.name for b in tab.summary.branches}
    assert overview.index(2, 1).data() == "合计"
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())][1:3] == ["支委会", "主题党日"]
    assert "2个支部" in tab.summary_label.text()
    for i in range(tab.pages.count()):  # Alt+letters stay unique on every page
        tab.pages.setCurrentIndex(i)
        QApplication.processEvents()
        assert not duplicates(win) and not unanswered(win), (tab.pages.tabText(i), duplicates(win))
    tab.pages.setCurrentIndex(0)
    dues_page = [tab.pages.tabText(i) for i in range(tab.pages.count())].index("党费（各支部逐月欠缴人数）")
    january = tab.models[dues_page].index(0, 2)
    first = tab.summary.branches[0].dues[0]
    assert january.data() == str(first.owing)
    assert f"交纳党员{first.members}人" in january.data(Qt.ItemDataRole.ToolTipRole)  # the month's figures on hover
    committee = tab.models[1].index(0, 2)
    assert committee.data(Qt.ItemDataRole.ToolTipRole) == tab.summary.branches[0].meeting("branch_committee").cells[0].note

    # double-click the imported branch's 欠缴党费 cell: its self-check, read-only, then its 党费
    row = [b.branch_id for b in tab.summary.branches].index(other)
    column = tab.models[0].table.headers.index("欠缴党费(元)")
    view = tab.views[0]
    index = overview.index(row, column)
    view.scrollTo(index)
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BranchRecordDialog)
        seen.append(dialog.windowTitle())
        assert "只读" in dialog.windowTitle() and "数据包导入" in "".join(
            w.text() for w in dialog.findChildren(type(tab.summary_label)))
        editors = [w for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QTextEdit)
                   + dialog.findChildren(QPlainTextEdit) if not w.isReadOnly()]
        assert not editors
        assert dialog.findings.editTriggers() == dialog.findings.EditTrigger.NoEditTriggers
        go = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "转到该支部的“党费”(&G)")
        go.click()

    with_dialog(qtbot, look, timeout_ms=30_000)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click follows a press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    qtbot.waitUntil(lambda: win.tabs.currentWidget() is win.roster_tabs, timeout=10_000)
    assert win.roster_tabs.currentWidget() is win.dues
    with win.db.session_scope() as s:
        assert branches.current_branch_id(s) == other != first
    assert win.dues.branch_id == other

    # the 合计 row belongs to no branch: nothing opens
    page = 1
    model = tab.models[page]
    assert model.rowCount() == model.branch_rows + 1
    tab.open_cell(page, model.index(model.branch_rows, 2))


def _prepared_in_background(win: MainWindow) -> TownshipTab:
    """What the window does a second after start: the 汇总 worked out in its own thread (waited for here)."""
    tab = _tab(win)
    assert not tab.isVisible()
    [wait] = win.prepare_views()
    started = time.monotonic()
    wait()  # worked out (and a moment left for the tab to be opened: none here)
    assert time.monotonic() - started < 60
    return tab


@pytest.fixture(autouse=True)
def _no_moment_left_to_open_the_tab(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dangjian_desktop.ui.township.tab._Prepared.WAIT_SHOWN_SECONDS", 0.0)


def _statements_while(win: MainWindow, action: object) -> list[str]:
    sent: list[str] = []

    def record(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(win.db.engine, "before_cursor_execute", record)
    try:
        assert callable(action)
        action()
    finally:
        event.remove(win.db.engine, "before_cursor_execute", record)
    return sent


def test_the_summary_worked_out_after_start_is_shown_at_once(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    _add_imported_branch(win)
    tab = _prepared_in_background(win)

    def show() -> None:
        win.tabs.setCurrentWidget(tab)
        QApplication.processEvents()

    read = [s for s in _statements_while(win, show) if "FROM dues_payment_month" in s or "FROM meeting" in s]
    assert read == []  # nothing of the branches' records read again: the prepared 汇总 is shown
    with win.db.session_scope() as s:
        assert tab.summary == township_summary(s, year=tab.year, today=tab.today)
    assert "2个支部" in tab.summary_label.text()
    later = _statements_while(win, tab.reload)  # given once: a later refresh reads the records
    assert any("FROM dues_payment_month" in s for s in later)


def test_the_rest_of_the_warm_up_waits_until_the_prepared_summary_is_shown(
        qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fonts and PDF modules load after the 汇总 is shown, not while the tab is being laid out."""
    from dangjian_desktop import app

    win = demo_window
    _add_imported_branch(win)
    monkeypatch.setattr("dangjian_desktop.ui.township.tab._Prepared.WAIT_SHOWN_SECONDS", 60.0)
    loaded = threading.Event()
    monkeypatch.setattr(app, "warm_up_work", loaded.set)
    app._warm_up(win)
    [worker] = [t for t in threading.enumerate() if t.name == "township_summary"]
    worker.join(timeout=60)
    assert not loaded.wait(0.5)  # worked out, not yet shown: the rest waits
    win.tabs.setCurrentWidget(_tab(win))
    qtbot.waitUntil(loaded.is_set, timeout=5000)  # shown: the rest goes on at once


def test_a_change_after_the_summary_was_prepared_is_shown(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    with win.db.session_scope() as s:
        branch_id = branches.current_branch_id(s) or ""  # the demo branch, kept here (not imported)
    _add_imported_branch(win)
    tab = _prepared_in_background(win)
    with win.db.session_scope() as s:
        before = {b.branch_id: b.members for b in township_summary(s, year=tab.year, today=tab.today).branches}
        people.save_person(s, branch_id, data=person_input("新来的"))
    win.events.people_changed.emit()
    win.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tab.summary is not None
    assert {b.branch_id: b.members for b in tab.summary.branches} == {**before, branch_id: before[branch_id] + 1}


def test_a_rule_switched_off_in_the_self_check_reaches_the_township_summary(
        qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    with win.db.session_scope() as s:
        branch_id = branches.current_branch_id(s) or ""
    _add_imported_branch(win)
    win.switch_branch(branch_id)  # back to the branch kept here, whose rules may be changed
    tab = _prepared_in_background(win)

    def switch_off_the_committee(dialog: QDialog) -> int:
        dialog.checks["branch_committee"].setChecked(False)  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(win.selfcheck, "open_editor", switch_off_the_committee)
    win.selfcheck.edit_rules()
    win.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tab.summary is not None
    line = next(b for b in tab.summary.branches if b.branch_id == branch_id).meeting("branch_committee")
    assert line.cells == () and line.note == "不查"


def test_a_summary_prepared_long_ago_is_worked_out_again(
        qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    _add_imported_branch(win)
    tab = _prepared_in_background(win)
    monkeypatch.setattr("dangjian_desktop.ui.township.tab._Prepared.MAX_AGE_SECONDS", 0.0)

    def show() -> None:
        win.tabs.setCurrentWidget(tab)
        QApplication.processEvents()

    assert any("FROM dues_payment_month" in s for s in _statements_while(win, show))


def test_nothing_is_collected_on_the_thread_preparing_the_summary(qtbot: QtBot, demo_window: MainWindow) -> None:
    """A collection there could free Qt objects off the window's thread: collection is off while it runs, and
    on again once it has ended."""
    win = demo_window
    _add_imported_branch(win)
    assert gc.isenabled()
    where: list[str] = []

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            where.append(threading.current_thread().name)

    gc.callbacks.append(collected)
    try:
        _prepared_in_background(win)
        qtbot.waitUntil(gc.isenabled)  # on again, from the window's thread
        gc.collect()
    finally:
        gc.callbacks.remove(collected)
    assert "township_summary" not in where and where


def test_closing_the_database_waits_for_the_summary_being_prepared(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    _add_imported_branch(win)
    tab = _tab(win)
    win.prepare_views()
    [worker] = [t for t in threading.enumerate() if t.name == "township_summary" and t.is_alive()]
    win.db.dispose()  # as closing the window or restoring a backup does
    assert not worker.is_alive()
    tab.reload()  # still usable afterwards: the engine opens new connections


def test_another_year_chosen_before_the_tab_is_shown_is_worked_out(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    _add_imported_branch(win)
    tab = _prepared_in_background(win)
    tab.year_combo.setCurrentIndex(1)
    win.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tab.summary is not None and tab.summary.year == tab.today.year - 1 == tab.year


def test_export_writes_xlsx_and_word(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    _add_imported_branch(win)
    tab = _tab(win)
    win.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    told: list[str] = []
    monkeypatch.setattr(win.dialogs, "info_with_folder", lambda text, folder, title="": told.append(text))
    for name in ("汇总.docx", "汇总"):
        monkeypatch.setattr(win.dialogs, "save_file", lambda *_a, n=name: tmp_path / n)
        tab.export_button.click()
    assert len(told) == 2
    text = "\n".join(c.text for t in Document(str(tmp_path / "汇总.docx")).tables for r in t.rows for c in r.cells)
    assert tab.summary is not None
    for b in tab.summary.branches:
        assert b.name in text
    assert (tmp_path / "汇总.xlsx").is_file()  # no suffix given: Excel


def test_f1_on_the_township_tab_opens_its_own_help_section(qtbot: QtBot, demo_window: MainWindow) -> None:
    win = demo_window
    _add_imported_branch(win)
    win.tabs.setCurrentWidget(_tab(win))
    win.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(win.tabs.currentWidget(), Qt.Key.Key_F1)
    QApplication.processEvents()
    assert win.help_window.isVisible()
    assert win.help_window.text_at_top().startswith("十一、乡镇汇总与数据包")


def test_the_branch_names_stay_in_view_when_the_table_scrolls_sideways(qtbot: QtBot, db: Database) -> None:
    """At 200 % text the 总览 is wider than the window: its columns scroll, the 支部 names (the rows' header) do
    not; the arrow keys walk the cells and bring them into view; double-clicking a name, or Enter on a cell, opens that branch."""
    names = ["中共测试镇东湖社区党支部", "中共测试镇农业服务中心党支部"]
    for seed, name in enumerate(names, 3):
        with db.session_scope() as s:
            create_demo_branch(s, members=6, seed=seed, name=name)
    font_size.apply(200)
    try:
        tab = TownshipTab(db, DataEvents(), DialogService())
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        qtbot.waitUntil(lambda: tab.summary is not None)
        view, model = tab.views[0], tab.models[0]
        header = view.verticalHeader()
        assert [model.index(r, 1).data() for r in range(model.rowCount())] == [*names, "合计"]
        assert all(view.isColumnHidden(c) for c in (0, 1))  # 序号 and 支部 are the rows' header, not cells
        bar = view.horizontalScrollBar()
        assert bar.maximum() > 0  # the page is wider than the window at this text size

        def names_in_view() -> list[str]:
            assert header.isVisible() and header.geometry().right() < view.viewport().geometry().left()
            seen = []
            for row in range(model.rowCount()):
                assert header.logicalIndexAt(header.sectionViewportPosition(row) + 1) == row
                text = str(model.headerData(row, Qt.Orientation.Vertical))
                assert header.width() >= header.fontMetrics().horizontalAdvance(text)  # not cut
                seen.append(text)
            return seen

        assert names_in_view() == [*(f"{n} {name}" for n, name in enumerate(names, 1)), "合计"]
        view.setFocus()
        view.setCurrentIndex(model.index(0, 2))
        last = model.columnCount() - 1
        for _ in range(last):
            qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.currentIndex().column() == last and bar.value() == bar.maximum() > 0  # scrolled to the end
        assert view.visualRect(view.currentIndex()).intersects(view.viewport().rect())
        assert names_in_view() == [*(f"{n} {name}" for n, name in enumerate(names, 1)), "合计"]
        for _ in range(last):
            qtbot.keyClick(view, Qt.Key.Key_Left)
        assert view.currentIndex().column() == 2 and bar.value() == 0  # the hidden name columns are not cells
        qtbot.keyClick(view, Qt.Key.Key_Down)
        with qtbot.waitSignal(tab.open_branch) as opened:
            qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the current cell's branch, as a double-click does
        assert opened.args[0] == tab.summary.branches[1].branch_id

        bar.setValue(bar.maximum())
        with qtbot.waitSignal(tab.open_branch) as opened:
            qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton,
                              pos=QPoint(4, header.sectionViewportPosition(1) + header.sectionSize(1) // 2))
        assert opened.args == [tab.summary.branches[1].branch_id, "年度自查", tab.year]
    finally:
        font_size.apply(100)  # the application font is shared by every test
