"""Bringing a verified 数据包 into a database (the township's), by UUID, in the caller's one transaction.

A row not held is added (a deleted one as a tombstone, in the 回收站); a row held is replaced only by
a newer version (``updated_at``), which also carries a deletion or a restore; an older or equal one
changes nothing, so importing the same package twice changes nothing. A 定稿 meeting (and its
attendance, 议题 and attachments) changes only when the package brings an amendment of that meeting
not held yet (the branch's 修改说明 of the change); any other change to it is kept in
``exchange_conflict`` with both versions, for review, and not applied.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import AuditLog, Branch
from dangjian_desktop.db.models.exchange import ExchangeConflict, ExchangeSource
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.exchange.package import Package, read_package
from dangjian_desktop.services.exchange.tables import LOCAL_COLUMNS, carried_tables, from_json, to_json

FINAL_CHILDREN = ("meeting_attendance", "meeting_item", "meeting_attachment")
_CHUNK = 500


class KeyNotConfirmed(UserError):
    """The secretary did not confirm a new branch's fingerprint: nothing was imported."""


@dataclass
class ImportResult:
    branch_id: str
    branch_name: str
    fingerprint: str
    new_branch: bool  # the first package of this branch: its key was registered now
    added: int = 0
    replaced: int = 0
    deleted: int = 0  # of the replaced, those that went to the 回收站
    unchanged: int = 0
    conflicts: list[ExchangeConflict] = field(default_factory=list)
    files_written: int = 0


@dataclass
class Preview:
    """What an import would do about the key, before anything is written (for the confirmation)."""

    branch_id: str
    branch_name: str
    branch_code: str
    fingerprint: str
    new_branch: bool
    exported_at: datetime


def preview(session: Session, pkg: Package) -> Preview:
    """Check the package's key against the one registered for its branch; UserError when refused."""
    branch = session.get(Branch, pkg.branch_id)
    source = session.exec(select(ExchangeSource).where(col(ExchangeSource.branch_id) == pkg.branch_id)).first()
    if source is None and branch is not None and not branch.read_only:
        raise UserError(f"本数据库中的“{branch.name}”是本机自己录入的支部，不能用数据包导入或覆盖它。")
    if source is not None and source.public_key != pkg.public_key:
        raise UserError(
            f"“{pkg.branch_name}”的这个数据包不是用该支部登记过的密钥签名的，已拒绝导入。\n"
            f"登记的密钥指纹：{source.fingerprint}\n这个数据包的指纹：{pkg.fingerprint}\n"
            "数据包可能不是该支部的电脑导出的。请打电话与支部书记核实。")
    return Preview(pkg.branch_id, pkg.branch_name, str(pkg.info["branch"].get("code", "")), pkg.fingerprint,
                   source is None, pkg.exported_at)


def import_file(session: Session, path: Path, *, attachments_root: Path,
                confirm_new_key: Callable[[Preview], bool] | None = None) -> ImportResult:
    """Read, verify and merge one package file. ``confirm_new_key`` is asked before a branch's first key
    is registered (False: nothing is imported)."""
    pkg = read_package(path)
    return import_package(session, pkg, attachments_root=attachments_root, confirm_new_key=confirm_new_key)


def import_package(session: Session, pkg: Package, *, attachments_root: Path,
                   confirm_new_key: Callable[[Preview], bool] | None = None) -> ImportResult:
    seen = preview(session, pkg)
    if seen.new_branch and confirm_new_key is not None and not confirm_new_key(seen):
        raise KeyNotConfirmed("没有确认密钥指纹，数据包没有导入。")
    result = ImportResult(pkg.branch_id, pkg.branch_name, pkg.fingerprint, seen.new_branch)
    tables = carried_tables()
    known = {t.name: t for t in tables}
    for name, rows in pkg.tables.items():
        if name not in known:
            raise UserError(f"数据包中有本机软件不认识的内容（{name}），请先升级本机的支部台账。")
        wanted = set(known[name].c.keys())
        for row in rows:
            if not isinstance(row, dict) or not set(row) <= wanted or "id" not in row:
                raise UserError(f"数据包中的“{name}”内容不对，无法导入。")
    branch_rows = pkg.tables.get("branch", [])
    if [r.get("id") for r in branch_rows] != [pkg.branch_id]:
        raise UserError("数据包中的支部信息不对，无法导入。")

    held_final = _held_final_meetings(session, pkg)
    amended = _newly_amended(session, pkg)
    exported_at = pkg.info.get("exported_at", "")
    try:
        for table in tables:
            rows = pkg.tables.get(table.name, [])
            if rows:
                _merge_table(session, table, rows, result, held_final, amended, exported_at)
    except IntegrityError as exc:
        hint = "（同一身份证号码在本数据库中已有一名在册党员，例如在另一个支部）" if "id_number" in str(exc.orig) else ""
        raise UserError(f"“{pkg.branch_name}”的数据包中有记录与本数据库已有的记录冲突{hint}，"
                        "整个数据包都没有导入。", detail=str(exc.orig)) from exc
    _write_files(pkg, attachments_root, session, result)
    _record_source(session, pkg, result)
    return result


def _held(session: Session, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        for row in session.execute(sa_select(table).where(table.c.id.in_(ids[i:i + _CHUNK]))).mappings():
            out[row["id"]] = dict(row)
    return out


def _held_final_meetings(session: Session, pkg: Package) -> set[str]:
    from dangjian_desktop.db.models.meetings import Meeting

    ids = [r["id"] for r in pkg.tables.get("meeting", [])]
    table: Table = Meeting.__table__  # type: ignore[attr-defined]
    return {i for i, row in _held(session, table, ids).items() if row["finalized_at"] is not None}


def _newly_amended(session: Session, pkg: Package) -> set[str]:
    """Meetings for which the package brings an amendment this database does not hold yet."""
    from dangjian_desktop.db.models.meetings import MeetingAmendment

    rows = pkg.tables.get("meeting_amendment", [])
    table: Table = MeetingAmendment.__table__  # type: ignore[attr-defined]
    held = _held(session, table, [r["id"] for r in rows])
    return {r["meeting_id"] for r in rows if r["id"] not in held and r.get("deleted_at") is None}


def _meeting_of(table: Table, row: dict[str, Any]) -> str | None:
    if table.name == "meeting":
        return str(row["id"])
    if table.name in FINAL_CHILDREN:
        return str(row["meeting_id"])
    return None


def _merge_table(session: Session, table: Table, rows: list[dict[str, Any]], result: ImportResult,
                 held_final: set[str], amended: set[str], exported_at: str) -> None:
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    held = _held(session, table, [r["id"] for r in rows])
    inserts: list[dict[str, Any]] = []
    for raw in rows:
        row = from_json(table, raw)
        current = held.get(row["id"])
        meeting = _meeting_of(table, row)
        locked = meeting is not None and meeting in held_final and meeting not in amended
        if current is None:
            if locked and table.name != "meeting_attachment":
                _conflict(session, table, row, None, result, exported_at)
                continue
            if table.name == "branch":
                row["read_only"] = True
            inserts.append(row)
            continue
        if row["updated_at"] <= current["updated_at"]:
            result.unchanged += 1
            continue
        if locked:
            _conflict(session, table, row, current, result, exported_at)
            continue
        values: dict[str, Any] = {k: v for k, v in row.items() if k not in ("id", "version") and k not in local}
        if "version" in table.c:  # an editor open on the old copy must not save over the imported one
            values["version"] = table.c.version + 1
        session.execute(table.update().where(table.c.id == row["id"]).values(**values))
        result.replaced += 1
        if row.get("deleted_at") is not None and current.get("deleted_at") is None:
            result.deleted += 1
    if inserts:
        for group in _same_keys(inserts):
            session.execute(table.insert(), group)
        result.added += len(inserts)


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """executemany needs one set of columns per call (an older package may lack a newer column)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _conflict(session: Session, table: Table, row: dict[str, Any], current: dict[str, Any] | None,
              result: ImportResult, exported_at: str) -> None:
    incoming_at = to_json(row["updated_at"])
    existing = session.exec(select(ExchangeConflict).where(
        col(ExchangeConflict.table_name) == table.name, col(ExchangeConflict.row_id) == row["id"],
        col(ExchangeConflict.incoming_updated_at) == incoming_at)).first()
    if existing is not None:  # the same change, from the same or a later package: listed once
        result.unchanged += 1
        return
    branch_id = _branch_of(session, table, row)
    conflict = ExchangeConflict(
        branch_id=branch_id, table_name=table.name, row_id=row["id"],
        held=json.dumps({k: to_json(v) for k, v in (current or {}).items()}, ensure_ascii=False, sort_keys=True),
        incoming=json.dumps({k: to_json(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True),
        incoming_updated_at=incoming_at, exported_at=exported_at)
    session.add(conflict)
    session.flush()
    result.conflicts.append(conflict)


def _branch_of(session: Session, table: Table, row: dict[str, Any]) -> str:
    from dangjian_desktop.db.models.meetings import Meeting

    meeting_id = row["id"] if table.name == "meeting" else row["meeting_id"]
    meeting = session.get(Meeting, meeting_id)
    assert meeting is not None  # only held 定稿 meetings are locked
    return meeting.branch_id


def _write_files(pkg: Package, root: Path, session: Session, result: ImportResult) -> None:
    """The attachments' files, each once under its hash (a file already there is the same content)."""
    from dangjian_desktop.services.meetings.attachments import stored_path

    exts = {r["sha256"]: r.get("ext") or "" for r in pkg.tables.get("meeting_attachment", [])}
    try:
        for sha, data in pkg.files.items():
            target = stored_path(root, sha, exts.get(sha, ""))
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
            result.files_written += 1
    except OSError as exc:
        raise UserError(f"无法保存数据包中的附件到 {root}", detail=str(exc)) from exc


def _record_source(session: Session, pkg: Package, result: ImportResult) -> None:
    now = utcnow()
    source = session.exec(select(ExchangeSource).where(col(ExchangeSource.branch_id) == pkg.branch_id)).first()
    changed = bool(result.added or result.replaced or result.conflicts)
    if source is None:
        source = ExchangeSource(branch_id=pkg.branch_id, public_key=pkg.public_key, fingerprint=pkg.fingerprint,
                                last_exported_at=pkg.exported_at, last_imported_at=now)
    elif source.last_exported_at is None or pkg.exported_at > source.last_exported_at:
        source.last_exported_at = pkg.exported_at
        source.last_imported_at = now
    elif not changed:
        return  # the same package (or an older one) again: nothing at all changes
    session.add(source)
    session.flush()
    session.add(AuditLog(at=now, actor="数据包", table_name="exchange_source", row_id=source.id, action="import",
                         changes=json.dumps({"数据包": [None, pkg.info.get("exported_at")],
                                             "新增": [None, result.added], "更新": [None, result.replaced],
                                             "冲突": [None, len(result.conflicts)]}, ensure_ascii=False)))
    session.flush()
