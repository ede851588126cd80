"""Opening a database for use: create the folder, migrate (after a backup), return it."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop.db.dialect import is_server
from dangjian_desktop.db.dialect.sqlite.backup.copy import create_private
from dangjian_desktop.db.engine import Database, user_errors
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.errors import UserError


def open_database(target: str | Path) -> Database:
    """Open (creating if needed) and migrate a database file or URL."""
    if not is_server(target):
        path = Path(target)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"无法创建数据库所在的文件夹：{path.parent}", detail=str(exc)) from exc
        if not path.exists():
            try:  # a new data file holds personal records: readable by its owner only
                create_private(path)
            except FileExistsError:
                pass
            except OSError as exc:
                raise UserError(f"无法在这个文件夹中建立数据文件：{path.parent}", detail=str(exc)) from exc
    db = Database.open(target)
    try:
        with user_errors():
            upgrade(db.engine, db.path)
    except BaseException:
        db.dispose()
        raise
    return db
