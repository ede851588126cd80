"""Saving a person in the editor reads that person's row again, not the whole roster."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.ledger.model import LedgerModel
from dangjian_desktop.ui.main_window import MainWindow
from tests.factories import person_input
from tests.helpers import window_with_people, with_dialog
from tests.statements import Recorded, recording

NAMES = ["张建国", "王芳", "丁一", "马建华", "曾强", "王五"]
ROWS_READ = "FROM person LEFT OUTER JOIN party_group"


@pytest.fixture
def window(qtbot: QtBot, db: Database, db_path: Path, branch_id: str) -> Iterator[MainWindow]:
    win = window_with_people(qtbot, db, db_path, branch_id, NAMES)
    yield win
    win.close()


def _edit(qtbot: QtBot, win: MainWindow, name: str, new_name: str, phone: str) -> Recorded:
    """Open 修改 on ``name``, type the new name and phone, save; the statements of the save and the refresh."""
    ledger = win.ledger
    ledger.filter_edit.clear()
    ledger.select_person(next(r.id for r in ledger.model.all_rows() if r.name == name))

    def act(dialog: QDialog) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.name.setText(new_name)
        ui.phone.setText(phone)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    with_dialog(qtbot, act)
    with recording(win.db.engine) as seen:
        ledger.edit_action.trigger()
    return seen


def _full_model(win: MainWindow) -> LedgerModel:
    fresh = LedgerModel()
    with win.db.session_scope() as s:
        fresh.read_rows(lambda: people.ledger_rows(s, win.ledger.branch_id or ""))
    return fresh


def test_saving_reads_one_row_as_many_statements_whatever_the_size(window: MainWindow, qtbot: QtBot,
                                                                    branch_id: str) -> None:
    small = _edit(qtbot, window, "王芳", "欧阳芳芳", "13900001111")
    with window.db.session_scope() as s:
        for n in range(40):
            people.save_person(s, branch_id, data=person_input(f"李{'一二三四五六七八九十'[n % 10]}{n}",
                                                             birth=date(1960 + n % 30, 5, 1)))
    window.ledger.reload()
    assert window.ledger.model.total() == len(NAMES) + 40
    large = _edit(qtbot, window, "丁一", "丁一凡", "13900002222")

    for seen in (small, large):
        reads = seen.matching(ROWS_READ)
        assert len(reads) == 1, reads  # the saved person's row, not the roster
        assert " IN (" in reads[0]
    assert small.count == large.count  # the save and the refresh: the same whatever the number of people


def test_the_saved_row_shows_its_new_values_and_the_filter_finds_it(window: MainWindow, qtbot: QtBot) -> None:
    ledger = window.ledger
    ledger.filter_edit.setText("wang")  # the candidates and the typed results are held …
    assert "王芳" in [ledger.model.row_at(i).name for i in range(ledger.model.rowCount())]
    _edit(qtbot, window, "王芳", "欧阳芳芳", "13900001111")
    row = next(r for r in ledger.model.all_rows() if r.name == "欧阳芳芳")
    assert row.phone == "13900001111" and row.name_initials == "oyff"
    assert ledger.current_id() == row.id  # still selected, its new values in the detail pane
    assert "欧阳芳芳" in ledger.detail.toPlainText()
    for text in ("欧阳", "oyff", "ouyang", "1111"):  # … and find the person by the new name
        ledger.filter_edit.setText(text)
        assert [ledger.model.row_at(i).name for i in range(ledger.model.rowCount())] == ["欧阳芳芳"], text
    ledger.filter_edit.setText("wang")
    assert "欧阳芳芳" not in [ledger.model.row_at(i).name for i in range(ledger.model.rowCount())]
    ledger.filter_edit.clear()
    fresh = _full_model(window)
    assert ledger.model.visible_rows() == fresh.visible_rows()  # as a full reload lists them
    assert ledger.model.counts == fresh.counts
    assert "共 6 人" in ledger.counts_label.text()


def test_a_new_person_is_taken_in_as_a_full_reload_would(window: MainWindow, qtbot: QtBot, branch_id: str) -> None:
    ledger = window.ledger
    ledger.model.set_name_order("拼音")
    saved = window.db.engine
    with recording(saved) as seen:
        with window.db.session_scope() as s:
            changed = people.save_person(s, branch_id, data=person_input("艾青", birth=date(1990, 1, 1)))
        ledger.person_saved(changed)
    assert len(seen.matching(ROWS_READ)) == 1
    fresh = _full_model(window)
    fresh.set_name_order("拼音")
    assert ledger.model.visible_rows() == fresh.visible_rows()
    assert ledger.model.visible_rows()[0].name == "艾青"
    assert ledger.model.counts == fresh.counts
