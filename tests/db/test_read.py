"""db/read.rows: columns read from the session's connection are those ``session.execute`` gives, including the
session's changes not yet written, and none of them while the session is told not to flush."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import col

from dangjian_desktop.db import Database, read
from dangjian_desktop.db.models import AppSetting


def _keys() -> Any:
    return core_select(col(AppSetting.key), col(AppSetting.value)).where(col(AppSetting.key).like("test.%"))


def test_rows_are_those_of_the_session_with_its_pending_changes(db: Database) -> None:
    with db.session_scope() as s:
        s.add(AppSetting(key="test.a", value="一"))
        s.flush()
        s.add(AppSetting(key="test.b", value="二"))  # pending: not yet written
        found = read.rows(s, _keys()).all()
        assert sorted(map(tuple, found)) == [("test.a", "一"), ("test.b", "二")]
        assert sorted(map(tuple, found)) == sorted(map(tuple, s.execute(_keys()).all()))
        s.add(AppSetting(key="test.c", value="三"))
        with s.no_autoflush:
            assert len(read.rows(s, _keys()).all()) == 2


def test_rows_are_read_in_the_sessions_transaction(db: Database) -> None:
    with db.session_scope() as s:
        s.add(AppSetting(key="test.a", value="一"))
        s.flush()
        s.rollback()
        assert read.rows(s, _keys()).all() == []
