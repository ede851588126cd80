"""Opening a database for use: create the folder, migrate (after a backup), return it."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop.db.engine import Database, user_errors
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.errors import UserError


def open_database(target: str | Path) -> Database:
    """Open (creating if needed) and migrate a database file or URL."""
    if "://" not in str(target):
        path = Path(target)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"无法创建数据库所在的文件夹：{path.parent}", detail=str(exc)) from exc
    db = Database.open(target)
    try:
        with user_errors():
            upgrade(db.engine, db.path)
    except BaseException:
        db.dispose()
        raise
    return db
