"""SQLite's faster way with a 数据包's rows (the same behaviour as db/dialect/bulk.py).

The values go to the driver as SQLAlchemy stores them (text timestamps, which sort as the times do),
skipping the per-value conversions that cost more than the writing; every date and time is still
parsed (checked) first. The held versions are read walking the package's ids (CROSS JOIN fixes that
order: never the whole table). The FTS5 triggers, which index one new row at a time, are taken off
while a table's rows go in and their INSERT is run once for all the new rows (several times faster);
they are put back as they were in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Date, DateTime, Table, TypeDecorator

from dangjian_desktop.db.dialect.bulk import IDS, VERSION, BulkRows, Parse, by_columns

IMPORT_CACHE_KIB = -131072  # the page cache while a package goes in (negative: KiB): 128 MiB
_NEW = "exchange_inserted"  # a temporary table: the ids of the rows just added to one table


def _kind(column: Column[Any]) -> type | None:
    kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
    for k in (DateTime, Date, Boolean):
        if isinstance(kind, k):
            return k
    return None


def stored_time(value: str) -> str:
    """An ISO time from a package as SQLAlchemy stores it in SQLite (UTC, microseconds, no offset)."""
    parsed = datetime.fromisoformat(value)  # checks it
    if value.endswith("+00:00") and value[10] == "T":  # the way the export writes it: already UTC
        if len(value) == 32 and value[19] == ".":
            return f"{value[:10]} {value[11:26]}"
        if len(value) == 25:
            return f"{value[:10]} {value[11:19]}.000000"
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.strftime("%Y-%m-%d %H:%M:%S.%f")


def _stored_date(value: str) -> str:
    return date.fromisoformat(value).isoformat()


_TRIGGER = re.compile(
    r"^CREATE TRIGGER (?P<name>\w+) AFTER INSERT ON (?P<table>\w+)(?: WHEN (?P<when>.+?))? BEGIN "
    r"INSERT INTO (?P<target>\w+) \((?P<columns>[\w, ]+)\) VALUES \((?P<values>.+)\); END$", re.DOTALL)
_NEW_ROW = re.compile(r"\bnew\.", re.IGNORECASE)


def set_based(trigger_sql: str, new_ids: str) -> str | None:
    """``AFTER INSERT … BEGIN INSERT INTO x (…) VALUES (new.…); END`` as one INSERT … SELECT over the rows
    whose ids are in ``new_ids``; None for a trigger of any other shape."""
    m = _TRIGGER.match(" ".join(trigger_sql.split()))
    if m is None:
        return None
    values = _NEW_ROW.sub("n.", m["values"])
    when = f" AND ({_NEW_ROW.sub('n.', m['when'])})" if m["when"] else ""
    return (f"INSERT INTO {m['target']} ({m['columns']}) SELECT {values} FROM {m['table']} AS n "
            f"WHERE n.id IN (SELECT id FROM {new_ids}){when}")


class SQLiteBulkRows(BulkRows):
    def __init__(self, conn: Connection, parse: Parse) -> None:
        super().__init__(conn, parse)
        self._quote = conn.dialect.identifier_preparer.quote
        self._times: dict[str, str] = {}
        self._cache: Any = None

    def load_ids(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        run = self.conn.exec_driver_sql
        run(f"CREATE TEMPORARY TABLE IF NOT EXISTS {IDS.name} "
            "(tbl VARCHAR(60) NOT NULL, id VARCHAR(36) NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID")
        run(f"DELETE FROM {IDS.name}")
        # a package writes tens of megabytes of pages: let them stay in memory until the commit
        self._cache = run("PRAGMA cache_size").scalar()
        run(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        run(f"INSERT INTO {IDS.name} (tbl, id) VALUES (?, ?)",
            [(name, r["id"]) for name, rows in tables.items() for r in rows])

    def clear_ids(self) -> None:
        self.conn.exec_driver_sql(f"DELETE FROM {IDS.name}")
        if self._cache is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(self._cache)}")

    def stamp(self, value: str) -> Any:
        return self._time(value)

    def held(self, table: Table, columns: list[str]) -> dict[str, tuple[Any, ...]]:
        names = ", ".join(f"t.{self._quote(c)}" for c in ["id", *columns])
        sql = (f"SELECT {names} FROM {IDS.name} AS i CROSS JOIN {self._quote(table.name)} AS t "
               "ON t.id = i.id WHERE i.tbl = ?")
        cursor = self.conn.exec_driver_sql(sql, (table.name,)).cursor
        return {r[0]: tuple(r[1:]) for r in cursor.fetchall()}

    def _time(self, value: str) -> str:
        found = self._times.get(value)
        if found is None:
            found = self._times[value] = stored_time(value)
        return found

    def _tuples(self, table: Table, names: tuple[str, ...], rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Package rows (all with ``names``) as driver values in that order."""
        convert: list[tuple[int, Callable[[Any], Any]]] = []
        for i, name in enumerate(names):
            kind = _kind(table.c[name])
            if kind is DateTime:
                convert.append((i, self._time))
            elif kind is Date:
                convert.append((i, _stored_date))
            elif kind is Boolean:
                convert.append((i, bool))
        if len(names) == 1:
            only = names[0]
            values: list[list[Any]] = [[r[only]] for r in rows]
        else:
            get = itemgetter(*names)
            values = [list(get(r)) for r in rows]
        for vals in values:
            for i, fn in convert:
                v = vals[i]
                if v is not None:
                    vals[i] = fn(v)
        return [tuple(v) for v in values]

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        deferred = self._defer_triggers(table, rows)
        for names, group in by_columns(rows):
            sql = (f"INSERT INTO {self._quote(table.name)} ({', '.join(self._quote(n) for n in names)}) "
                   f"VALUES ({', '.join('?' for _ in names)})")
            self.conn.exec_driver_sql(sql, self._tuples(table, names, group))
        for create, catch_up in deferred:
            self.conn.exec_driver_sql(catch_up)
            self.conn.exec_driver_sql(create)

    def update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for names, group in by_columns(rows):
            values = tuple(n for n in names if n not in ("id", VERSION))
            if not values:
                continue
            assign = [f"{self._quote(n)} = ?" for n in values]
            if VERSION in table.c:
                assign.append(f"{VERSION} = {VERSION} + 1")
            sql = f"UPDATE {self._quote(table.name)} SET {', '.join(assign)} WHERE id = ?"
            self.conn.exec_driver_sql(sql, self._tuples(table, (*values, "id"), group))

    def _defer_triggers(self, table: Table, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
        """Take off the table's FTS triggers of the plain one-INSERT shape; what to run instead, and to put back."""
        run = self.conn.exec_driver_sql
        found = run("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                    (table.name,)).fetchall()
        deferred = [(name, sql, catch_up) for name, sql in found if (catch_up := set_based(sql, _NEW)) is not None]
        if not deferred:
            return []
        run(f"CREATE TEMPORARY TABLE IF NOT EXISTS {_NEW} (id VARCHAR(36) PRIMARY KEY) WITHOUT ROWID")
        run(f"DELETE FROM {_NEW}")
        run(f"INSERT INTO {_NEW} (id) VALUES (?)", [(r["id"],) for r in rows])
        for name, _sql, _catch_up in deferred:
            run(f"DROP TRIGGER {self._quote(name)}")
        return [(sql, catch_up) for _name, sql, catch_up in deferred]
