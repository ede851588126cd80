"""A read-only look into a SQLite file with the plain ``sqlite3`` module, before SQLAlchemy is loaded
(the roster the window shows first)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def read_only(path: Path, read: Callable[[Any], T | None]) -> T | None:
    """``read(connection)`` on the file opened read-only (DB-API, ``?`` parameters); None when the file
    is missing or empty, or anything fails (a damaged file, another schema, a bad value)."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return read(con)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()
