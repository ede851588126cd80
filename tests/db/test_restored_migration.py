"""Migration 0014 (停止党籍 and 恢复党籍 dates on the person): a database of the revision before keeps its
people, who have neither date, and counts in the 党内统计 as before; the way down drops both columns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import _config, current_revision, upgrade
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.township.statistics import party_stats

BEFORE = "0012"


def test_from_the_revision_before_and_back(db_path: Path) -> None:
    old = Database.open(db_path)
    upgrade(old.engine, db_path, target=BEFORE)
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note, code, "
                          "read_only) VALUES ('b1', '2025-01-01', '2025-01-01', '老支部', '', '村', '', '', 0)"))
        conn.execute(text(
            "INSERT INTO person (id, created_at, updated_at, branch_id, name, gender, ethnicity, native_place, "
            "education, work_unit, phone, address, party_post, category, is_hardship, is_veteran, is_retired, "
            "status, status_note, note, probation_extension_months, contact_persons, introducer1, introducer2, "
            "name_pinyin, name_initials, join_date, status_date) VALUES ('p1', '2025-01-01', '2025-01-01', 'b1', "
            "'老党员', '男', '汉族', '', '', '', '', '', '', '正式党员', 0, 0, 0, '停止党籍', '', '', 0, '', '', '', "
            "'', '', '2000-07-01', '2025-05-01')"))
    old.dispose()

    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            p = people.get_person(s, "p1")
            assert (p.suspended_date, p.restored_date, p.status) == (None, None, "停止党籍")
            c = party_stats(s, year=2025, as_of=date(2026, 3, 1)).whole.change
            assert (c.last_total, c.counts["停止党籍"], c.this_total, c.difference) == (1, 1, 0, 0)
        cfg = _config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, BEFORE)
        assert current_revision(db.engine) == BEFORE
        columns = {c["name"] for c in inspect(db.engine).get_columns("person")}
        assert "suspended_date" not in columns and "restored_date" not in columns
    finally:
        db.dispose()
