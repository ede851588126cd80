"""A name pasted with half a character in it (a lone surrogate) is saved without it, pinyin keys included."""

from __future__ import annotations

from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


def test_a_lone_surrogate_in_a_name_does_not_stop_the_save(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("张\ud842建国", note="备注\udc00")).id
    with db.engine.connect() as con:
        row = con.execute(text("SELECT name, name_pinyin, name_initials, note FROM person WHERE id = :id"),
                          {"id": pid}).one()
    assert tuple(row) == ("张建国", "zhangjianguo", "zjg", "备注")
