"""The settings registry (db/settings.py): typed values, defaults, one naming style, and the keys
stored by the previous release carried over by migration 0007."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from dangjian_desktop.db import Database, settings
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.db.models import AppSetting
from dangjian_desktop.db.session import open_database
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import branches, password
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.study import year as study_year


def test_defaults_come_back_until_a_value_is_stored(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        assert settings.get(s, settings.LATE_ENTRY_DAYS) == 3
        assert settings.get(s, settings.MEMBER_HOURS, branch_id=branch_id) == 32
        assert settings.get(s, settings.PROTECT_CASES) is False
        settings.put(s, settings.LATE_ENTRY_DAYS, 5)
        settings.put(s, settings.MEMBER_HOURS, 40, branch_id=branch_id)
    with db.session_scope() as s:
        assert settings.get(s, settings.LATE_ENTRY_DAYS) == 5
        assert settings.get(s, settings.MEMBER_HOURS, branch_id=branch_id) == 40
        assert settings.get(s, settings.MEMBER_HOURS, branch_id="another-branch") == 32
        assert s.get(AppSetting, f"study.member_hours@{branch_id}") is not None
        settings.reset(s, settings.LATE_ENTRY_DAYS)
    with db.session_scope() as s:
        assert settings.get(s, settings.LATE_ENTRY_DAYS) == 3


def test_out_of_range_is_refused_and_unreadable_text_reads_as_the_default(db: Database) -> None:
    with pytest.raises(ValidationError, match="补录天数应在0到365天之间"), db.session_scope() as s:
        settings.put(s, settings.LATE_ENTRY_DAYS, 400)
    with db.session_scope() as s:
        s.add(AppSetting(key="meetings.late_entry_days", value="三天"))
        s.add(AppSetting(key="security.idle_minutes", value="-5"))
    with db.session_scope() as s:
        assert settings.get(s, settings.LATE_ENTRY_DAYS) == 3
        assert password.idle_minutes(s) == 10


def test_a_per_branch_setting_needs_its_branch(db: Database) -> None:
    with db.session_scope() as s, pytest.raises(ValueError, match="per branch"):
        settings.get(s, settings.MEMBER_HOURS)


def test_every_setting_has_one_name_style_and_says_where_it_comes_from() -> None:
    names = [s.name for s in settings.ALL]
    assert len(set(names)) == len(names)
    for setting in settings.ALL:
        area, _, name = setting.name.partition(".")
        assert area.isidentifier() and name.isidentifier(), setting.name
    for setting in settings.LOCAL:
        assert setting.rule and setting.label and setting.check(setting.default) == ""


def test_the_three_former_copies_read_and_write_through_the_registry(db: Database, branch_id: str,
                                                                     tmp_path: Path) -> None:
    from dangjian_desktop.db.dialect.sqlite.backup import automatic

    with db.session_scope() as s:
        password.set_password(s, "abcd", "abcd")
        password.set_cases_protected(s, True)
        automatic.set_removable_folder(s, tmp_path)
        meetings.set_late_entry_days(s, 2)
    with db.session_scope() as s:
        keys = {r.key for r in s.exec(select(AppSetting))}
        assert {"security.password", "security.protect_cases", "backup.removable_folder",
                "meetings.late_entry_days", "branch.current"} <= keys
        assert password.cases_protected(s) and automatic.removable_folder(s) == tmp_path
        assert meetings.late_entry_days(s) == 2 and branches.current_branch_id(s) == branch_id


def test_settings_stored_by_the_previous_release_survive_the_upgrade(db_path: Path) -> None:
    """Migration 0007 renames the keys of release 0006 (three styles) and splits the study targets."""
    old = Database.open(db_path)
    upgrade(old.engine, db_path, target="0006")
    targets = json.dumps({"member_hours": 40, "leader_hours": 60, "notes": 6, "reflections": -1})
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note) VALUES "
                          "('b1', '2025-01-01', '2025-01-01', '老支部', '', '村', ''),"
                          "('b2', '2025-01-01', '2025-01-01', '二支部', '', '社区', '')"))
        rows = {"current_branch_id": "b2", "meeting_late_entry_days": "7", "selfcheck_rules:b1": '{"rules": []}',
                "study_targets:b1": targets, "security.idle_minutes": "15", "backup.removable_folder": "E:\\备份"}
        for key, value in rows.items():
            conn.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
    old.dispose()

    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            assert branches.current_branch_id(s) == "b2"
            assert meetings.late_entry_days(s) == 7
            assert settings.get(s, settings.SELFCHECK_RULES, branch_id="b1") == '{"rules": []}'
            t = study_year.get_targets(s, "b1")
            assert (t.member_hours, t.leader_hours, t.notes, t.reflections) == (40, 60, 6, 4)  # -1 was never valid
            assert study_year.get_targets(s, "b2").member_hours == 32
            assert password.idle_minutes(s) == 15
            keys = {r.key for r in s.exec(select(AppSetting))}
        assert not {"current_branch_id", "meeting_late_entry_days", "selfcheck_rules:b1", "study_targets:b1"} & keys
    finally:
        db.dispose()


def test_the_settings_migration_goes_back_as_well(db: Database, db_path: Path, branch_id: str) -> None:
    with db.session_scope() as s:
        settings.put(s, settings.LATE_ENTRY_DAYS, 9)
        settings.put(s, settings.LEADER_HOURS, 70, branch_id=branch_id)
    from alembic import command

    from dangjian_desktop.db.migrate import _config

    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with db.engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT key, value FROM app_setting")).all())
    assert stored["meeting_late_entry_days"] == "9" and stored["current_branch_id"] == branch_id
    assert json.loads(stored[f"study_targets:{branch_id}"]) == {"leader_hours": 70}
