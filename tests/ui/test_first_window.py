"""The window shown first hands its roster to the real window: the rows are read once, not twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import HEAD_REVISION
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people.rows import read_first_ledger
from dangjian_desktop.ui.first_paint import FirstWindow, hand_over
from tests.factories import person_input

NAMES = ["张建国", "王芳", "丁一", "马建华"]


def test_the_ledger_takes_the_first_window_s_rows_without_reading_them_again(
        qtbot: QtBot, db: Database, db_path: Path, branch_id: str) -> None:
    with db.session_scope() as s:
        for n, name in enumerate(NAMES):
            people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 3, 1)))
    db.dispose()
    first = read_first_ledger(db_path, HEAD_REVISION)
    assert first is not None
    shown = FirstWindow(first)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.keyClicks(shown.filter_edit, "zjg")
    assert shown.model.rowCount() == 1

    person_reads: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM person" in statement:
            person_reads.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        window = create_main_window(db_path, shown)
        qtbot.addWidget(window)
        hand_over(shown, window, window.ledger.filter_edit)
        taken_over = list(person_reads)
        window.ledger.reload()  # later reloads read the database again
        reloaded = list(person_reads)
    finally:
        event.remove(Engine, "before_cursor_execute", seen)

    assert taken_over == []
    assert len(reloaded) == 1
    model = window.ledger.model
    assert window.ledger.filter_edit.text() == "zjg"
    assert [model.row_at(i).name for i in range(model.rowCount())] == ["张建国"]
    window.ledger.filter_edit.clear()
    assert sorted(model.row_at(i).name for i in range(model.rowCount())) == sorted(NAMES)
    window.close()
