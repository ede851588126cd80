"""A name pasted with half a character in it (a lone surrogate) is saved without it, pinyin keys included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


def test_a_lone_surrogate_in_a_name_does_not_stop_the_save(db: Database, db_path: Path, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("张\ud842建国", note="备注\udc00")).id
    with sqlite3.connect(db_path) as con:
        row = con.execute("SELECT name, name_pinyin, name_initials, note FROM person WHERE id = ?", (pid,)).fetchone()
    assert row == ("张建国", "zhangjianguo", "zjg", "备注")
