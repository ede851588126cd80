"""Bring a database to the current schema: refuse a newer one, back up before migrating.

Alembic is imported only when a migration has to run: a database already at HEAD_REVISION (the usual
start) is recognised with one query. SQLAlchemy is imported only when a function here is called: the
first window reads HEAD_REVISION before the database layer is loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop.db.dialect.sqlite.backup.copy import backup_before_migration
from dangjian_desktop.errors import NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0017"  # the head of migrations/versions (0013 follows 0014); a test keeps them in step


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Schema comparison leaves out the full-text indexes (db/dialect): migrations create them with raw
    SQL, the models do not know them."""
    from dangjian_desktop.db.dialect import full_text_object

    return not full_text_object(type_, name)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The head according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, db_path: Path | None, target: str = "head") -> bool:
    """Migrate to ``target``. Returns True if anything was applied."""
    current = current_revision(engine)
    if target == "head" and current == HEAD_REVISION:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    from dangjian_desktop.db.engine import refresh_statistics

    script = ScriptDirectory.from_config(_config())
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise NewerDatabaseError(
                "这个数据库是由更新版本的支部台账创建的，当前版本无法打开。请升级软件后再打开。",
                detail=f"database revision {current}",
            ) from exc
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    with engine.connect() as conn:
        has_tables = bool(inspect(conn).get_table_names())
    if db_path is not None and has_tables:
        saved = backup_before_migration(db_path, current or "unversioned")
        log.info("backed up %s to %s before migrating from %s", db_path, saved, current)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        refresh_statistics(conn)
    log.info("migrated %s from %s to %s", db_path or engine.url, current, wanted)
    return True
