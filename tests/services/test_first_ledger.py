"""The first window's roster, read with plain sqlite3, is the ledger's list_rows to the last field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dangjian_desktop.db import Database, settings
from dangjian_desktop.db.migrate import HEAD_REVISION
from dangjian_desktop.services import branches, password
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import rows as first
from tests.factories import person_input

pytestmark = pytest.mark.sqlite_only  # the first window reads the SQLite file itself
TODAY = date(2026, 3, 1)


def test_sqlite3_read_equals_list_rows(db: Database, db_path: Path, branch_id: str) -> None:
    with db.session_scope() as s:
        group = branches.list_groups(s, branch_id)[0].id
        people.save_person(s, branch_id, data=person_input("甲", group_id=group, is_veteran=True, work_unit="村委会"))
        people.save_person(s, branch_id, data=person_input("乙", category="入党申请人", join=None,
                                                       apply_date=date(2025, 1, 5), birth=date(1990, 2, 3)))
        pid = people.save_person(s, branch_id, data=person_input("丙", birth=date(1970, 3, 3))).ids[0]
        people.delete_person(s, pid)
        settings.put(s, settings.ACTIVIST_WAIT_MONTHS, 3)
        expected = people.list_rows(s, branch_id, TODAY)
    got = first.read_first_ledger(db_path, HEAD_REVISION, TODAY)
    assert got is not None and got.branch_id == branch_id and got.branch_name == "中共测试村党支部"
    assert list(got.rows) == expected and any(r.attention for r in got.rows)
    assert first.read_first_ledger(db_path, "0001", TODAY) is None  # another schema: the ordinary way
    with db.session_scope() as s:
        password.set_password(s, "密码123abc", "密码123abc")
    assert first.read_first_ledger(db_path, HEAD_REVISION, TODAY) is None  # never before the password


def test_setting_names_are_the_registry_s() -> None:
    assert settings.CURRENT_BRANCH.name == first.CURRENT_BRANCH_SETTING
    assert settings.PASSWORD_HASH.name == first.PASSWORD_SETTING
    assert settings.ACTIVIST_WAIT_MONTHS.name == first.WAIT_SETTING
