"""Copying a whole database to another one (a SQLite file to a server and back), verified.

Every row of every table the models know (records, users, 修改记录, settings, the exchange tables) is
read from the source and written into the target in one transaction, with its id; the attachments
(hash-addressed, services/meetings/attachments.py) go where the target keeps them: into its database on a
server (``attachment_blob``, in the same transaction), as files beside a SQLite file. Before the
transaction commits, the target is read back in the same transaction and compared table by table: the
number of rows and a content hash computed here, in Python, over the rows in primary-key order (so both
databases give the same hash whatever their collation); each attachment is read back from the target and
hashed again. Any difference rolls everything back and removes the files written.

The target must be empty: merging into a database that already holds records, by UUID with the 数据包's
rules, is services/copy_merge.py (copy-db --merge).

Plain SQLAlchemy Core over the models' tables, the same on every database; the audit hooks (on the ORM
session) do not run, so the copy adds no 修改记录 of its own and the tables compare equal.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select
from sqlmodel import SQLModel

import dangjian_desktop.db.models  # noqa: F401  (every table registered)
from dangjian_desktop.db.dialect import dialect_for
from dangjian_desktop.db.engine import refresh_statistics
from dangjian_desktop.db.migrate import HEAD_REVISION, current_revision, upgrade
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.exchange.tables import to_json
from dangjian_desktop.services.meetings.attachments import blob_bytes, held_blobs, in_database, put_blob, stored_path

_CHUNK = 1000


@dataclass(frozen=True)
class TableCheck:
    """One table as read from a database: its name, number of rows and content hash."""

    name: str
    rows: int
    digest: str


@dataclass
class CopyResult:
    tables: list[TableCheck]
    files: int = 0  # attachment files the target has, each checked against its hash
    files_copied: int = 0  # of those, written now (the others were there already, with the right content)
    file_bytes: int = 0
    missing_files: list[str] = field(default_factory=list)  # attachments whose file the source lacks (or is damaged)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


STORES = frozenset({"attachment_blob"})  # the attachments' bytes: copied as attachments, not as rows


def copied_tables() -> list[Table]:
    """Every table of the models, parents before children (the order to insert them in)."""
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in STORES]


def _attachment_tables() -> list[Table]:
    return [t for t in copied_tables() if "sha256" in t.c and "ext" in t.c]


def _key(table: Table, row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(row[c.name]) for c in table.primary_key.columns)


def read_table(conn: Connection, table: Table) -> list[dict[str, Any]]:
    """Every row of ``table`` in primary-key order (ordered here, not by the database's collation)."""
    rows = [dict(r._mapping) for r in conn.execute(select(table))]
    rows.sort(key=lambda r: _key(table, r))
    return rows


def table_check(table: Table, rows: list[dict[str, Any]]) -> TableCheck:
    """The number of rows and a SHA-256 over their values (canonical JSON, one line per row, in order)."""
    h = hashlib.sha256()
    names = [c.name for c in table.columns]
    h.update(json.dumps(names).encode())
    for row in rows:
        h.update(b"\n")
        h.update(json.dumps([to_json(row[n]) for n in names], ensure_ascii=False,
                            separators=(",", ":")).encode("utf-8", "surrogatepass"))
    return TableCheck(table.name, len(rows), h.hexdigest())


def database_checks(conn: Connection) -> list[TableCheck]:
    return [table_check(t, read_table(conn, t)) for t in copied_tables()]


def differences(source: list[TableCheck], target: list[TableCheck]) -> list[str]:
    """What differs between two databases' checks, in plain words (empty: the same)."""
    out: list[str] = []
    theirs = {t.name: t for t in target}
    for mine in source:
        other = theirs.get(mine.name)
        if other is None:
            out.append(f"表 {mine.name}：目标中没有这张表")
        elif other.rows != mine.rows:
            out.append(f"表 {mine.name}：来源 {mine.rows} 行，目标 {other.rows} 行")
        elif other.digest != mine.digest:
            out.append(f"表 {mine.name}：行数相同（{mine.rows} 行），但内容不一致")
    return out


def compare(source: Engine, target: Engine) -> list[str]:
    """Compare two whole databases table by table (counts and content hashes); empty when they are equal."""
    with source.connect() as a, target.connect() as b:
        return differences(database_checks(a), database_checks(b))


def record_count(conn: Connection) -> int:
    return sum(conn.execute(select(func.count()).select_from(t)).scalar_one() for t in copied_tables())


def check_source(engine: Engine, path: Path | None) -> None:
    """The source must be a database of this application, not newer than it; an older one is brought to the
    current schema first (as opening it in the window would, after a backup of a file)."""
    revision = current_revision(engine)
    if revision is None:
        raise UserError("来源不是支部台账的数据库（里面没有数据库结构版本），没有复制任何内容。")
    if revision != HEAD_REVISION:
        upgrade(engine, path)  # a newer revision: NewerDatabaseError, nothing written anywhere


def prepare_target(engine: Engine, path: Path | None) -> None:
    """Bring the target to the current schema (creating it) and make sure it holds no record."""
    upgrade(engine, path)
    with engine.connect() as conn:
        held = record_count(conn)
    if held:
        raise UserError(f"目标数据库中已有 {held} 条记录，没有写入任何内容。copy-db 只写入空的数据库；"
                        "要并入已有记录的数据库，请加 --merge（按编号合并，规则与导入数据包相同）。")


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _attachment_names(conn: Connection) -> list[tuple[str, str, str]]:
    """(sha256, ext, a name for messages) of every attachment row, deleted ones too, once per file."""
    seen: dict[tuple[str, str], str] = {}
    for table in _attachment_tables():
        label = table.c.original_name if "original_name" in table.c else table.c.sha256
        for sha, ext, name in conn.execute(select(table.c.sha256, table.c.ext, label)):
            seen.setdefault((sha, ext or ""), str(name))
    return [(sha, ext, name) for (sha, ext), name in sorted(seen.items())]


@contextlib.contextmanager
def _files_undone_on_error(written: list[Path]) -> Iterator[None]:
    try:
        yield
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _source_bytes(conn: Connection, root: Path, sha: str, ext: str) -> bytes | None:
    """An attachment's bytes as the source keeps them (a server: its database, else a file left in its
    folder from before the database kept them; a file: the folder beside it); None: missing or damaged."""
    data = blob_bytes(conn, sha) if in_database(conn) else None
    if data is None:
        path = stored_path(root, sha, ext)
        try:
            data = path.read_bytes() if path.is_file() else None
        except OSError:
            data = None
    return data if data is not None and hashlib.sha256(data).hexdigest() == sha else None


def _target_has(conn: Connection, root: Path, sha: str, ext: str) -> int | None:
    """The size of the attachment the target already holds with the right content (None: it does not)."""
    if in_database(conn):
        data = blob_bytes(conn, sha)
        return len(data) if data is not None and hashlib.sha256(data).hexdigest() == sha else None
    target = stored_path(root, sha, ext)
    return target.stat().st_size if target.is_file() and _digest(target) == sha else None


def copy_files(src: Connection, dst: Connection, source_root: Path, target_root: Path, result: CopyResult,
               written: list[Path]) -> None:
    """Copy the attachments the rows name, byte for byte, to where the target keeps them (its database on a
    server, in the open transaction; files in ``target_root`` beside a file), each checked against its hash."""
    to_database = in_database(dst)
    names = _attachment_names(src)
    held = held_blobs(dst, [sha for sha, _ext, _name in names]) if to_database else set()
    for sha, ext, name in names:
        size = _target_has(dst, target_root, sha, ext) if (sha in held or not to_database) else None
        if size is not None:
            result.files += 1
            result.file_bytes += size
            continue
        data = _source_bytes(src, source_root, sha, ext)
        if data is None:
            result.missing_files.append(name)
            continue
        if to_database:
            put_blob(dst, sha, data)
        else:
            target = stored_path(target_root, sha, ext)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(target.name + ".part")
                partial.write_bytes(data)
                os.replace(partial, target)
            except OSError as exc:
                raise UserError(f"无法写入附件文件：{target}", detail=str(exc)) from exc
            written.append(target)
        if _target_has(dst, target_root, sha, ext) != len(data):
            raise UserError(f"附件“{name}”复制后校验不一致，已撤销复制。")
        result.files += 1
        result.files_copied += 1
        result.file_bytes += len(data)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        conn.execute(table.insert(), rows[start:start + _CHUNK])


def copy_database(source: Engine, target: Engine, *, source_files: Path, target_files: Path,
                  source_path: Path | None = None, target_path: Path | None = None) -> CopyResult:
    """Copy every row and attachment of ``source`` into the empty ``target`` (migrated to the current schema
    first), in one transaction on the target, verified before it commits. ``*_files``: the folders of the
    attachments; ``*_path``: the database files (None for a server), for the backup taken before a migration."""
    check_source(source, source_path)
    prepare_target(target, target_path)
    written: list[Path] = []
    with _files_undone_on_error(written), \
            source.connect().execution_options(isolation_level="SERIALIZABLE") as src, target.begin() as dst:
        checks: list[TableCheck] = []
        for table in copied_tables():
            rows = read_table(src, table)
            checks.append(table_check(table, rows))
            _insert(dst, table, rows)
        dialect_for(dst.dialect.name).after_explicit_ids(dst)
        refresh_statistics(dst)
        result = CopyResult(checks)
        copy_files(src, dst, source_files, target_files, result, written)
        src.rollback()  # read only: end the source's snapshot
        found = differences(checks, database_checks(dst))
        if found:
            raise UserError("复制后核对不一致，已全部撤销，目标数据库没有写入任何内容：\n" + "\n".join(found))
    return result
