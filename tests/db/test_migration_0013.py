"""Migration 0013 from the revision before it: every record gets version 1, the users table is added; and back."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import _config, upgrade


def test_existing_rows_get_version_one_from_the_migration(db_path: Path) -> None:
    old = Database.open(db_path)
    try:
        upgrade(old.engine, db_path, target="0014")
        with old.engine.begin() as conn:
            conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note, code, "
                              "read_only) VALUES ('b1', '2025-01-01', '2025-01-01', '老支部', '', '村', '', '', 0)"))
        upgrade(old.engine, db_path)
        with old.engine.connect() as conn:
            assert conn.execute(text("SELECT version FROM branch")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM app_user")).scalar() == 0
        with old.engine.begin() as conn:  # and back
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0014")
        with old.engine.connect() as conn:
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(branch)"))]
            assert "version" not in columns and conn.execute(text("SELECT name FROM branch")).scalar() == "老支部"
    finally:
        old.dispose()
