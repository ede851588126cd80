"""SQLite's faster way with a 数据包's rows (the same behaviour as db/dialect/bulk.py).

The values go to the driver as SQLAlchemy stores them (text timestamps, which sort as the times do),
skipping the per-value conversions that cost more than the writing; every date and time is still
parsed (checked) first. The package's ids go into the temporary table in one statement (as one JSON
text, read by ``json_each``), and the held versions are read walking them (CROSS JOIN fixes that
order: never the whole table).

The full-text index (FTS5, migration 0006) is kept by triggers that index one row at a time and find
an updated row's entry by a MATCH on its id, which costs more the larger the index: forty branches'
notes made one such MATCH take tens of milliseconds. So while a table's rows go in, its triggers of
the known shapes are taken off and done once for all the rows instead: the new rows indexed with one
INSERT … SELECT; for the replaced rows, their entries found in one MATCH on their branches and
deleted, and the live ones indexed again. The index's automatic merging is held back while that
runs (it rewrote the growing index again and again, several times the cost of the indexing itself;
its segments are still merged when a level fills up). Triggers and settings are put back as they
were in the same transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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


_UPDATE_TRIGGER = re.compile(
    r"^CREATE TRIGGER (?P<name>\w+) AFTER UPDATE ON (?P<table>\w+) BEGIN "
    r"DELETE FROM (?P<target>\w+) WHERE rowid IN \(SELECT rowid FROM (?P=target) WHERE (?P=target) MATCH "
    r"'(?P<key>\w+) : \"' \|\| old\.id \|\| '\"'\); "
    r"INSERT INTO (?P=target) \((?P<columns>[\w, ]+)\) SELECT (?P<values>.+) WHERE new\.deleted_at IS NULL; END$",
    re.DOTALL)
FTS_DEFAULT_AUTOMERGE = 4  # FTS5's own default, when the index has no setting of its own


@dataclass(frozen=True)
class FullText:
    """The full-text triggers of one table, when they have the shapes done here in bulk."""

    target: str  # the FTS5 table
    insert_name: str  # AFTER INSERT … WHEN new.deleted_at IS NULL: index the new row
    insert_sql: str
    update_name: str | None  # AFTER UPDATE: drop the row's entry (found by MATCH on ``key``), index it if live
    update_sql: str | None
    key: str | None  # the index column holding the row's id
    branch: str | None  # the index column holding the row's branch_id (to narrow the MATCH), if any


def full_text(triggers: list[tuple[str, str]]) -> FullText | None:
    """The FTS triggers of one table (name, sql) in the shapes handled here, or None."""
    inserts = [(n, sql) for n, sql in triggers if set_based(sql, "x") is not None]
    if len(inserts) != 1:
        return None
    insert_name, insert_sql = inserts[0]
    flat = " ".join(insert_sql.split())
    m = _TRIGGER.match(flat)
    assert m is not None
    update_name = update_sql = key = branch = None
    for name, sql in triggers:
        u = _UPDATE_TRIGGER.match(" ".join(sql.split()))
        # the update trigger indexes the row again exactly as the insert trigger does (live rows only)
        if u is None or u["target"] != m["target"] or u["table"] != m["table"] or u["columns"] != m["columns"] \
                or u["values"] != m["values"] or " ".join((m["when"] or "").split()) != "new.deleted_at IS NULL":
            continue
        columns = [c.strip() for c in m["columns"].split(",")]
        values = [v.strip() for v in _split_values(m["values"])]
        if len(columns) != len(values) or u["key"] not in columns or values[columns.index(u["key"])] != "new.id":
            continue
        update_name, update_sql, key = name, sql, u["key"]
        branch = next((c for c, v in zip(columns, values, strict=True) if v == "new.branch_id"), None)
    return FullText(m["target"], insert_name, insert_sql, update_name, update_sql, key, branch)


def _split_values(values: str) -> list[str]:
    """A VALUES list split at its top-level commas (not those inside parentheses or quotes)."""
    out, depth, quote, start = [], 0, False, 0
    for i, ch in enumerate(values):
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
        elif not quote and depth == 0 and ch == ",":
            out.append(values[start:i])
            start = i + 1
    out.append(values[start:])
    return out


def fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


class _Converted(dict[Any, Any]):
    """Values as stored, each converted (and checked) once: ``None`` stays ``None``."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, value: Any) -> Any:
        found = self[value] = None if value is None else self.convert(value)
        return found


class SQLiteBulkRows(BulkRows):
    def __init__(self, conn: Connection, parse: Parse) -> None:
        super().__init__(conn, parse)
        self._quote = conn.dialect.identifier_preparer.quote
        self._times = _Converted(stored_time)  # a package repeats its times (created and updated at once)
        self._dates = _Converted(_stored_date)  # and its months and days
        self._bools = _Converted(bool)
        self._cache: Any = None
        self._triggers: dict[str, list[tuple[str, str]]] = {}

    def load_ids(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        run = self.conn.exec_driver_sql
        run(f"CREATE TEMPORARY TABLE IF NOT EXISTS {IDS.name} "
            "(tbl VARCHAR(60) NOT NULL, id VARCHAR(36) NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID")
        run(f"DELETE FROM {IDS.name}")
        # a package writes tens of megabytes of pages: let them stay in memory until the commit
        self._cache = run("PRAGMA cache_size").scalar()
        run(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        ids = {name: [r["id"] for r in rows] for name, rows in tables.items() if rows}
        run(f"INSERT INTO {IDS.name} (tbl, id) SELECT t.key, i.value FROM json_each(?) AS t, json_each(t.value) AS i",
            (json.dumps(ids),))
        self._triggers = {}
        for name, table, sql in run("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"):
            self._triggers.setdefault(table, []).append((name, sql))

    def clear_ids(self) -> None:
        self.conn.exec_driver_sql(f"DELETE FROM {IDS.name}")
        if self._cache is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(self._cache)}")

    def stamp(self, value: str) -> Any:
        return self._times[value]

    def held(self, table: Table, columns: list[str]) -> dict[str, tuple[Any, ...]]:
        names = ", ".join(f"t.{self._quote(c)}" for c in ["id", *columns])
        sql = (f"SELECT {names} FROM {IDS.name} AS i CROSS JOIN {self._quote(table.name)} AS t "
               "ON t.id = i.id WHERE i.tbl = ?")
        cursor = self.conn.exec_driver_sql(sql, (table.name,)).cursor
        return {r[0]: r[1:] for r in cursor.fetchall()}

    def _tuples(self, table: Table, names: tuple[str, ...],
                rows: list[dict[str, Any]]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        """Package rows (all with ``names``) as driver values, and the order of the values: the columns taken
        as they are first (picked out of each row by C code), then the times, dates and flags, converted a
        column at a time through their caches."""
        caches = {DateTime: self._times, Date: self._dates, Boolean: self._bools}
        plain = tuple(n for n in names if _kind(table.c[n]) not in caches)
        converted = [(n, caches[kind]) for n in names if (kind := _kind(table.c[n])) in caches]
        order = (*plain, *(n for n, _cache in converted))
        if not rows:
            return order, []
        base: Any = map(itemgetter(*plain), rows) if len(plain) > 1 else \
            zip(map(itemgetter(plain[0]), rows)) if plain else [()] * len(rows)
        if not converted:
            return order, list(base)
        columns = [list(map(cache.__getitem__, map(itemgetter(n), rows))) for n, cache in converted]
        return order, list(map(tuple.__add__, base, zip(*columns, strict=True)))

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        fts = self._full_text(table)
        if fts is not None:
            self._new_ids(rows)
            self.conn.exec_driver_sql(f"DROP TRIGGER {self._quote(fts.insert_name)}")
        for names, group in by_columns(rows):
            order, values = self._tuples(table, names, group)
            sql = (f"INSERT INTO {self._quote(table.name)} ({', '.join(self._quote(n) for n in order)}) "
                   f"VALUES ({', '.join('?' for _ in order)})")
            self.conn.exec_driver_sql(sql, values)
        if fts is not None:
            catch_up = set_based(fts.insert_sql, _NEW)
            assert catch_up is not None
            with self._merging_held_back(fts.target):
                self.conn.exec_driver_sql(catch_up)
            self.conn.exec_driver_sql(fts.insert_sql)

    def update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        fts = self._full_text(table)
        if fts is not None and fts.update_name is None:
            fts = None  # an update trigger of another shape: it stays and runs row by row
        branches: list[str] = []
        if fts is not None:
            self._new_ids(rows)
            if fts.branch is not None and "branch_id" in table.c:
                branches = [r[0] for r in self.conn.exec_driver_sql(
                    f"SELECT DISTINCT branch_id FROM {self._quote(table.name)} WHERE id IN (SELECT id FROM {_NEW})")]
            assert fts.update_name is not None
            self.conn.exec_driver_sql(f"DROP TRIGGER {self._quote(fts.update_name)}")
        for names, group in by_columns(rows):
            values = tuple(n for n in names if n not in ("id", VERSION))
            if not values:
                continue
            order, changed = self._tuples(table, (*values, "id"), group)
            assign = [f"{self._quote(n)} = ?{i}" for i, n in enumerate(order, 1) if n != "id"]
            if VERSION in table.c:
                assign.append(f"{VERSION} = {VERSION} + 1")
            sql = f"UPDATE {self._quote(table.name)} SET {', '.join(assign)} WHERE id = ?{order.index('id') + 1}"
            self.conn.exec_driver_sql(sql, changed)
        if fts is not None:
            assert fts.update_sql is not None and fts.key is not None
            target, key = self._quote(fts.target), self._quote(fts.key)
            # the rows' entries: found among their branches' (one MATCH), or by reading the whole index
            where = f"{key} IN (SELECT id FROM {_NEW})"
            params: tuple[Any, ...] = ()
            if branches:
                where = f"{target} MATCH ? AND {where}"
                params = (f"{fts.branch} : (" + " OR ".join(map(fts_phrase, branches)) + ")",)
            catch_up = set_based(fts.insert_sql, _NEW)
            assert catch_up is not None
            with self._merging_held_back(fts.target):
                self.conn.exec_driver_sql(
                    f"DELETE FROM {target} WHERE rowid IN (SELECT rowid FROM {target} WHERE {where})", params)
                self.conn.exec_driver_sql(catch_up)
            self.conn.exec_driver_sql(fts.update_sql)

    def _full_text(self, table: Table) -> FullText | None:
        return full_text(self._triggers.get(table.name, []))

    def _new_ids(self, rows: list[dict[str, Any]]) -> None:
        """The ids of the rows being written to one table, into ``_NEW`` (for the full-text catch-up)."""
        run = self.conn.exec_driver_sql
        run(f"CREATE TEMPORARY TABLE IF NOT EXISTS {_NEW} (id VARCHAR(36) PRIMARY KEY) WITHOUT ROWID")
        run(f"DELETE FROM {_NEW}")
        run(f"INSERT OR IGNORE INTO {_NEW} (id) SELECT value FROM json_each(?)", (json.dumps([r["id"] for r in rows]),))

    @contextmanager
    def _merging_held_back(self, target: str) -> Iterator[None]:
        """FTS5's automatic merging off while the block writes to ``target``, then back as it was."""
        run = self.conn.exec_driver_sql
        found = run(f"SELECT v FROM {self._quote(target + '_config')} WHERE k = 'automerge'").scalar()
        before = int(found) if found is not None else FTS_DEFAULT_AUTOMERGE
        control = f"INSERT INTO {self._quote(target)} ({self._quote(target)}, rank) VALUES ('automerge', ?)"
        run(control, (0,))
        yield
        run(control, (before,))
