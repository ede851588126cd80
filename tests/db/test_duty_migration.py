"""Migration 0008 (党员责任区, 承诺, 结对, 公示): from 0007 with data kept, and back down."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import _config, current_revision, upgrade

DUTY_TABLES = {"duty_area", "duty_area_person", "duty_area_record", "duty_pledge", "duty_pledge_review",
               "duty_pair", "duty_notice", "duty_workday"}


def test_from_0007_up_and_down(db_path: Path) -> None:
    from alembic import command

    old = Database.open(db_path)
    upgrade(old.engine, db_path, target="0007")
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note) "
                          "VALUES ('b1', '2025-01-01', '2025-01-01', '老支部', '', '村', '')"))
    assert not DUTY_TABLES & set(inspect(old.engine).get_table_names())
    upgrade(old.engine, db_path, target="0008")
    assert current_revision(old.engine) == "0008"
    assert set(inspect(old.engine).get_table_names()) >= DUTY_TABLES
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO duty_area (id, created_at, updated_at, branch_id, name, kind, note, sort_order) "
                          "VALUES ('a1', '2026-01-01', '2026-01-01', 'b1', '一组', '村民小组', '', 0)"))
        assert conn.execute(text("SELECT name FROM branch")).scalar() == "老支部"
    cfg = _config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    assert current_revision(old.engine) == "0007"
    assert not DUTY_TABLES & set(inspect(old.engine).get_table_names())
    old.dispose()
