"""copy-db --merge: a whole database merged into one that already holds records, by UUID, verified.

The rows go through the 数据包 import's merge (services/exchange/merge.merge_rows), the same rules as an
imported package: a row the target lacks is added (a deleted one as a tombstone), a row it holds is replaced
only by a newer version (``updated_at``), an older or equal one changes nothing, so merging twice changes
nothing; a 定稿 meeting changes only with an amendment of it, any other change is listed in 数据包冲突 for
review. Unlike a package the source is read directly, so there is no key to check and no source registered;
a branch the target did not have keeps the source's own 只读 mark (a package's branch is read-only).

Tables no package carries: the record tables among them (users, the working-day calendar, the exchange
tables) merge by the same rules; the 修改记录 and the settings gain the rows (by id, by name) the target
lacks and keep their own. The attachments go where the target keeps them (services/copy_db.copy_files).

All in one transaction on the target; before it commits, the target is read back: every source row is held,
each one the merge added or replaced equals the source's (or is listed as a conflict), the number of rows
grew by exactly what was added (nothing duplicated), and each attachment is read back and hashed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, update
from sqlmodel import Session

from dangjian_desktop.db.engine import refresh_statistics
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.copy_db import (
    CopyResult,
    _files_undone_on_error,
    _insert,
    check_source,
    copied_tables,
    copy_files,
)
from dangjian_desktop.services.exchange.merge import ImportResult, merge_rows
from dangjian_desktop.services.exchange.package import Package
from dangjian_desktop.services.exchange.tables import RECORD_COLUMNS, carried_columns, to_json

# kept, not merged: rows the target lacks are added (the 修改记录 by id, the settings by name)
ADDED_ONLY = ("audit_log", "app_setting")
SOURCE_NAME = "来源数据库"


@dataclass
class MergeResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    conflicts: int = 0  # 定稿 meetings' changes listed for review, not applied
    added_only: dict[str, int] = field(default_factory=dict)  # 修改记录 / settings rows added
    files: CopyResult = field(default_factory=lambda: CopyResult([]))


def merged_tables() -> list[Table]:
    """The record tables merged by the package rules, parents before children."""
    return [t for t in copied_tables() if all(c in t.c for c in RECORD_COLUMNS)]


def _stamp(value: Any) -> datetime:
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    """Every row of ``table`` as a package carries it (JSON values, without this database's own columns)."""
    cols = carried_columns(table)
    stmt = select(*(table.c[c] for c in cols)).order_by(table.c.id)
    return [{c: to_json(v) for c, v in zip(cols, row, strict=True)} for row in conn.execute(stmt)]


def _stamps(conn: Connection, table: Table) -> dict[str, datetime]:
    return {i: _stamp(u) for i, u in conn.execute(select(table.c.id, table.c.updated_at))}


def _counts(conn: Connection) -> dict[Table, int]:
    return {t: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in copied_tables()}


def _add_missing(src: Connection, dst: Connection, table: Table) -> int:
    [key] = table.primary_key.columns
    held = set(dst.execute(select(key)).scalars())
    rows = [dict(r._mapping) for r in src.execute(select(table)) if r._mapping[key.name] not in held]
    _insert(dst, table, rows)
    return len(rows)


def merge_database(source: Engine, target: Engine, *, source_files: Path, target_files: Path,
                   source_path: Path | None = None, target_path: Path | None = None) -> MergeResult:
    """Merge every row and attachment of ``source`` into ``target`` (which may hold records), in one
    transaction on the target, verified before it commits (see the module's text)."""
    check_source(source, source_path)
    upgrade(target, target_path)
    tables = merged_tables()
    written: list[Path] = []
    with _files_undone_on_error(written), \
            source.connect().execution_options(isolation_level="SERIALIZABLE") as src, Session(target) as session, \
            session.begin():
        dst = session.connection()
        rows = {t.name: _rows(src, t) for t in tables}
        before = {t.name: _stamps(dst, t) for t in tables}
        counts_before = {t.name: n for t, n in _counts(dst).items()}
        branch = next(t for t in tables if t.name == "branch")
        read_only = dict(src.execute(select(branch.c.id, branch.c.read_only)).all())
        pkg = Package({"branch": {"id": "", "name": SOURCE_NAME}, "exported_at": datetime.now(UTC).isoformat()},
                      "", rows, {})
        merged = ImportResult("", SOURCE_NAME, "", False)
        try:
            merge_rows(session, pkg, merged, tables, attachments_root=target_files)
        except UserError as exc:
            raise UserError("来源数据库中有记录与目标数据库已有的记录冲突（例如同一个用户名、同一身份证号码的在册党员），"
                            "没有写入任何内容。", detail=exc.detail or exc.message) from exc
        result = MergeResult(merged.added, merged.replaced, merged.unchanged, len(merged.conflicts))
        for branch_id in [i for i in read_only if i not in before["branch"]]:  # a package's are read-only
            dst.execute(update(branch).where(branch.c.id == branch_id).values(read_only=read_only[branch_id]))
        session.flush()
        grown = {t.name: n - counts_before[t.name] for t, n in _counts(dst).items()}  # the merge's own rows
        for table in copied_tables():
            if table.name in ADDED_ONLY:
                result.added_only[table.name] = _add_missing(src, dst, table)
        refresh_statistics(dst)  # as after a copy: the planner sees the rows the merge brought
        copy_files(src, dst, source_files, target_files, result.files, written)
        src.rollback()  # read only: end the source's snapshot
        listed = {(c.table_name, c.row_id) for c in merged.conflicts}
        found = _verify(dst, tables, rows, before, listed)
        merged_grown = sum(n for name, n in grown.items() if name not in ADDED_ONLY)
        if merged_grown != result.added + result.conflicts:  # nothing duplicated
            found.append(f"目标的记录增加了 {merged_grown} 行，应为 {result.added + result.conflicts} 行")
        for t, n in _counts(dst).items():
            if t.name in ADDED_ONLY and n != counts_before[t.name] + grown[t.name] + result.added_only[t.name]:
                found.append(f"表 {t.name}：增加的行数不对")
        if found:
            raise UserError("合并后核对不一致，已全部撤销，目标数据库没有写入任何内容：\n" + "\n".join(found[:20]))
    return result


def _verify(dst: Connection, tables: list[Table], rows: dict[str, list[dict[str, Any]]],
            before: dict[str, dict[str, datetime]], listed: set[tuple[str, str]]) -> list[str]:
    """Every source row is in the target; those the merge added or replaced equal the source's."""
    found: list[str] = []
    for table in tables:
        cols = carried_columns(table)
        held = {r["id"]: r for r in _rows(dst, table)}
        wrong = 0
        for row in rows[table.name]:
            if (table.name, row["id"]) in listed:
                continue  # a 定稿 meeting's change, listed for review (not applied)
            mine = held.get(row["id"])
            if mine is None:
                found.append(f"表 {table.name}：缺少记录 {row['id']}")
                continue
            old = before[table.name].get(row["id"])
            if old is not None and _stamp(row["updated_at"]) <= old:
                continue  # the target's own version stood (as new or newer)
            if any(mine[c] != row[c] for c in cols if c != "read_only"):
                wrong += 1
        if wrong:
            found.append(f"表 {table.name}：{wrong} 行合并后与来源不一致")
    return found
