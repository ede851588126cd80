"""Bringing a verified 数据包 into a database (the township's), by UUID, in the caller's one transaction.

A row not held is added (a deleted one as a tombstone, in the 回收站); a row held is replaced only by
a newer version (``updated_at``), which also carries a deletion or a restore; an older or equal one
changes nothing, so importing the same package twice changes nothing. A 定稿 meeting (and its
attendance, 议题 and attachments) changes only when the package brings an amendment of that meeting
not held yet (the branch's 修改说明 of the change); any other change to it is kept in
``exchange_conflict`` with both versions, for review, and not applied.

The work is set-based (see db/dialect/bulk.py): a fixed number of statements per table, whatever the package's
size. A table whose SHA-256 (signed in the manifest) is the one merged from that branch before is not read
at all (``unchanged_tables``): the same package again, or the next one, touches only the tables that
changed. The attachments' files are written before the rows and removed again if the transaction does
not commit, so a refused or failed package leaves no file behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy import select as sa_select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, col, select

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.dialect import dialect_of
from dangjian_desktop.db.dialect.bulk import IDS, BulkRows
from dangjian_desktop.db.models import AuditLog, Branch
from dangjian_desktop.db.models.exchange import ExchangeConflict, ExchangeSource
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.exchange.package import Package, read_package
from dangjian_desktop.services.exchange.tables import LOCAL_COLUMNS, carried_tables, from_json, to_json
from dangjian_desktop.services.exchange.wording import KIND_OF
from dangjian_desktop.services.meetings.attachments import store_blobs

FINAL_CHILDREN = ("meeting_attendance", "meeting_item", "meeting_attachment")
FINAL_GROUP = ("meeting", *FINAL_CHILDREN, "meeting_amendment")  # merged together or skipped together
_CHUNK = 500


class KeyNotConfirmed(UserError):
    """The secretary did not confirm a branch's fingerprint (a first key, or a new one): nothing was imported."""


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
    old_fingerprint: str | None = None  # the branch's key was replaced by this package's (confirmed)
    exported_at: datetime | None = None  # when the branch exported this package
    held_exported_at: datetime | None = None  # the export time of the newest package of the branch held before
    kinds: dict[str, Tally] = field(default_factory=dict)  # kind of record (wording.KINDS) → what changed

    @property
    def changed(self) -> bool:
        """Whether the import wrote anything (a record, a conflict for review, the branch's new key)."""
        return bool(self.added or self.replaced or self.conflicts or self.old_fingerprint)

    @property
    def older(self) -> bool:
        """The package was exported before the one held from the branch (its rows are no newer)."""
        return (self.exported_at is not None and self.held_exported_at is not None
                and _aware(self.exported_at) < _aware(self.held_exported_at))

    @property
    def seen_before(self) -> bool:
        """The package is the one held from the branch (exported at the same moment)."""
        return (self.exported_at is not None and self.held_exported_at is not None
                and _aware(self.exported_at) == _aware(self.held_exported_at))


@dataclass(frozen=True)
class Tally:
    """Of one kind of record (a person with their history, a meeting with its attendance …): how many
    were added, changed and deleted by an import, each counted once whichever of its rows changed."""

    added: int = 0
    changed: int = 0
    deleted: int = 0


@dataclass
class Preview:
    """What an import would do about the key, before anything is written (for the confirmation)."""

    branch_id: str
    branch_name: str
    branch_code: str
    fingerprint: str
    new_branch: bool
    exported_at: datetime
    old_fingerprint: str | None = None  # set when the package is signed by another key than the registered one

    @property
    def key_changed(self) -> bool:
        return self.old_fingerprint is not None


KEY_NOT_CONFIRMED = ("没有确认“{name}”的密钥指纹（与支部核对不一致，或还没有核对），这个数据包没有导入。"
                     "电话核对一致后，可以再导入它。")
KEY_CHANGE_NOT_CONFIRMED = ("没有确认更换“{name}”的密钥（新指纹与支部核对不一致，或还没有核实），这个数据包没有导入，"
                            "该支部已有的记录没有改动。核实一致后，可以再导入它。")


def key_refused(seen: Preview) -> str:
    return (f"“{seen.branch_name}”的这个数据包不是用该支部登记过的密钥签名的，已拒绝导入。\n"
            f"登记的密钥指纹：{seen.old_fingerprint}\n这个数据包的指纹：{seen.fingerprint}\n"
            "数据包可能不是该支部的电脑导出的。请打电话与支部书记核实；如果该支部换了电脑，"
            "请对方读出新电脑导出时显示的指纹，一致时在导入时确认更换密钥。")


def preview(session: Session, pkg: Package) -> Preview:
    """What the package's key means here: a branch's first, its registered one, or another (``key_changed``).
    UserError when the package would overwrite a branch this database keeps itself."""
    branch = session.get(Branch, pkg.branch_id)
    source = session.exec(select(ExchangeSource).where(col(ExchangeSource.branch_id) == pkg.branch_id)).first()
    if source is None and branch is not None and not branch.read_only:
        raise UserError(f"本数据库中的“{branch.name}”是本机自己录入的支部，不能用数据包导入或覆盖它。")
    old = source.fingerprint if source is not None and source.public_key != pkg.public_key else None
    return Preview(pkg.branch_id, pkg.branch_name, str(pkg.info["branch"].get("code", "")), pkg.fingerprint,
                   source is None, pkg.exported_at, old)


def import_file(session: Session, path: Path, *, attachments_root: Path,
                confirm_new_key: Callable[[Preview], bool] | None = None,
                confirm_key_change: Callable[[Preview], bool] | None = None) -> ImportResult:
    """Read, verify and merge one package file. ``confirm_new_key`` is asked before a branch's first key
    is registered (False: nothing is imported); ``confirm_key_change`` before a branch's registered key
    is replaced by another (without it, or False: refused)."""
    pkg = read_package(path)
    return import_package(session, pkg, attachments_root=attachments_root, confirm_new_key=confirm_new_key,
                          confirm_key_change=confirm_key_change)


def import_package(session: Session, pkg: Package, *, attachments_root: Path,
                   confirm_new_key: Callable[[Preview], bool] | None = None,
                   confirm_key_change: Callable[[Preview], bool] | None = None) -> ImportResult:
    seen = preview(session, pkg)
    if seen.key_changed:
        if confirm_key_change is None:
            raise UserError(key_refused(seen))
        if not confirm_key_change(seen):
            raise KeyNotConfirmed(KEY_CHANGE_NOT_CONFIRMED.format(name=seen.branch_name))
    elif seen.new_branch and confirm_new_key is not None and not confirm_new_key(seen):
        raise KeyNotConfirmed(KEY_NOT_CONFIRMED.format(name=seen.branch_name))
    source = _source(session, pkg.branch_id)
    result = ImportResult(pkg.branch_id, pkg.branch_name, pkg.fingerprint, seen.new_branch,
                          old_fingerprint=seen.old_fingerprint, exported_at=pkg.exported_at,
                          held_exported_at=source.last_exported_at if source is not None else None)
    tables = carried_tables()
    held_hashes = _hashes(source)
    skip = unchanged_tables(held_hashes, pkg) if not seen.key_changed else {}
    _check_shape(pkg, tables, skip)
    result.unchanged += sum(skip.values())
    merge_rows(session, pkg, result, tables, attachments_root=attachments_root, skip=frozenset(skip))
    _record_source(session, pkg, result)
    merged = {name: [pkg.digests[name], len(pkg.tables[name])] for name in pkg.tables
              if name not in skip and name in pkg.digests}
    _record_hashes(session, pkg, held_hashes, {**{n: held_hashes[n] for n in skip}, **merged})
    return result


def unchanged_tables(held_hashes: dict[str, list[Any]], pkg: Package) -> dict[str, int]:
    """The package's tables whose content is that of a table merged from this branch before (its SHA-256,
    signed in the manifest, is the one kept): table → its rows. Merging such a table again changes
    nothing (a row merged is held since at that version or a newer one), so it is skipped unread. The
    定稿 tables go together: whether a meeting's attendance may change is read from its meeting."""
    same = {name: int(held_hashes[name][1]) for name, digest in pkg.digests.items()
            if name in held_hashes and held_hashes[name][0] == digest}
    if any(name in pkg.digests and name not in same for name in FINAL_GROUP):
        same = {name: rows for name, rows in same.items() if name not in FINAL_GROUP}
    return same


def merge_rows(session: Session, pkg: Package, result: ImportResult, tables: list[Table], *,
               attachments_root: Path, skip: frozenset[str] = frozenset()) -> None:
    """The merge itself (the module's rules) of ``pkg``'s rows of ``tables`` and its files, into ``result``;
    no key check and no source registered: for rows the caller trusts already (copy-db --merge). The
    tables in ``skip`` (unchanged since merged: see ``unchanged_tables``) are not read."""
    _write_files(pkg, attachments_root, session, result)
    store_blobs(session, pkg.files.items())  # on a server the bytes live in the database (every clerk's computer reads them)
    taken = {name: pkg.tables[name] for name in pkg.tables if name not in skip}
    if not any(taken.values()):
        return  # nothing to compare: not a statement more
    codec = dialect_of(session).bulk_rows(session.connection(), from_json)
    codec.load_ids(taken)
    try:
        final = _held_final_meetings(codec) if any(taken.get(name) for name in FINAL_GROUP) else {}
        amended = _newly_amended(codec, taken)
        merge = _Merge(session, codec, result, final, amended, str(pkg.info.get("exported_at", "")))
        for table in tables:
            rows = taken.get(table.name, [])
            if rows:
                merge.table(table, rows)
        merge.store_conflicts()
        merge.count_kinds()
    except IntegrityError as exc:
        hint = "（同一支部中有两名人员的身份证号码相同）" if "id_number" in str(exc.orig) else ""
        raise UserError(f"“{pkg.branch_name}”的数据包中有记录与本数据库已有的记录冲突{hint}，"
                        "整个数据包都没有导入。", detail=str(exc.orig)) from exc
    except (DBAPIError, ValueError, TypeError) as exc:
        raise UserError(f"“{pkg.branch_name}”的数据包中有内容不对，整个数据包都没有导入。", detail=str(exc)) from exc
    codec.clear_ids()


def _check_shape(pkg: Package, tables: list[Table], skip: dict[str, int]) -> None:
    """Every table known here; every row of the tables to be merged a dict of known columns with a text id
    and updated_at (a skipped table passed this when it was merged)."""
    known = {t.name: t for t in tables}
    for name in pkg.tables:
        if name not in known:
            raise UserError("数据包中有本机的支部台账不认识的内容，可能是较新版本导出的。请先升级本机的支部台账，"
                            "再导入。", detail=name)
        if name in skip:
            continue
        rows = pkg.tables[name]
        if not rows:
            continue
        wanted = set(known[name].c.keys())
        # whole columns at a time, in C (a package has some 50,000 rows): every row a dict of known columns,
        # each with a text id and updated_at
        if set(map(type, rows)) != {dict} or not all(set(shape) <= wanted and {"id", "updated_at"} <= set(shape)
                                                     for shape in {*map(tuple, rows)}) \
                or set(map(type, map(itemgetter("id"), rows))) != {str} \
                or set(map(type, map(itemgetter("updated_at"), rows))) != {str}:
            raise UserError("数据包中有一部分内容的格式不对，无法导入。请让支部重新导出一份。", detail=name)
    if "branch" not in skip and [r.get("id") for r in pkg.tables.get("branch", [])] != [pkg.branch_id]:
        raise UserError("数据包中的支部信息不对，无法导入。")


def _held_final_meetings(codec: BulkRows) -> dict[str, str]:
    """The package's meetings held here as 定稿: meeting id → its branch."""
    from dangjian_desktop.db.models.meetings import Meeting

    table: Table = Meeting.__table__  # type: ignore[attr-defined]
    return {i: branch for i, (finalized, branch) in codec.held(table, ["finalized_at", "branch_id"]).items()
            if finalized is not None}


def _newly_amended(codec: BulkRows, tables: dict[str, list[dict[str, Any]]]) -> set[str]:
    """Meetings for which the package brings an amendment this database does not hold yet."""
    from dangjian_desktop.db.models.meetings import MeetingAmendment

    rows = tables.get("meeting_amendment", [])
    if not rows:
        return set()
    table: Table = MeetingAmendment.__table__  # type: ignore[attr-defined]
    held = codec.held(table, [])
    return {r["meeting_id"] for r in rows if r["id"] not in held and r.get("deleted_at") is None}


def _meeting_of(table: str, row: dict[str, Any]) -> str | None:
    if table == "meeting":
        return str(row["id"])
    if table in FINAL_CHILDREN:
        return str(row["meeting_id"])
    return None


class _Merge:
    """One package's rows, table by table: inserts and updates in bulk, conflicts kept aside."""

    def __init__(self, session: Session, codec: BulkRows, result: ImportResult, final: dict[str, str],
                 amended: set[str], exported_at: str) -> None:
        self.session, self.codec, self.result = session, codec, result
        self.final, self.amended, self.exported_at = final, amended, exported_at
        self.listed: set[tuple[str, str, str]] = set()
        if final:
            conflict: Table = ExchangeConflict.__table__  # type: ignore[attr-defined]
            held = sa_select(conflict.c.table_name, conflict.c.row_id, conflict.c.incoming_updated_at).where(
                conflict.c.row_id.in_(sa_select(IDS.c.id).where(IDS.c.tbl.in_(("meeting", *FINAL_CHILDREN)))))
            self.listed = {(t, r, u) for t, r, u in session.connection().execute(held)}
        self.pending: list[tuple[Table, dict[str, Any], bool]] = []  # (table, package row, a held row exists)
        # kind of record → the ids (of its main rows) added, changed, deleted: a meeting whose attendance
        # changed is one meeting changed, a new meeting with its attendance one meeting added
        self.kinds: dict[str, tuple[set[str], set[str], set[str], set[str]]] = {}

    def table(self, table: Table, rows: list[dict[str, Any]]) -> None:
        result, codec = self.result, self.codec
        local = LOCAL_COLUMNS.get(table.name, frozenset())
        held = codec.held(table, ["updated_at", "deleted_at"])
        stamp = codec.stamp
        watch = table.name == "meeting" or table.name in FINAL_CHILDREN
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        deleted: set[str] = set()
        if not held and not (watch and self.final):  # none of them held (a first import): all are added
            inserts = [{**raw, "read_only": True} for raw in rows] if table.name == "branch" else rows
            rows = []
        for raw in rows:
            current = held.get(raw["id"])
            locked = False
            if watch and self.final:
                meeting = _meeting_of(table.name, raw)
                locked = meeting in self.final and meeting not in self.amended
            if current is None:
                if locked and table.name != "meeting_attachment":
                    self._conflict(table, raw, held=False)
                    continue
                inserts.append({**raw, "read_only": True} if table.name == "branch" else raw)
                continue
            if stamp(raw["updated_at"]) <= current[0]:
                result.unchanged += 1
                continue
            if locked:
                self._conflict(table, raw, held=True)
                continue
            updates.append({k: v for k, v in raw.items() if k not in local} if local else raw)
            if raw.get("deleted_at") is not None and current[1] is None:
                result.deleted += 1
                deleted.add(raw["id"])
        self._tally(table.name, inserts, updates, deleted)
        if inserts:
            codec.insert(table, inserts)
        if updates:
            codec.update(table, updates)
        result.added += len(inserts)
        result.replaced += len(updates)

    def _tally(self, table: str, inserts: list[dict[str, Any]], updates: list[dict[str, Any]],
               deleted: set[str]) -> None:
        """Note which records of the table's kind the rows add, change or delete (for the message)."""
        if not (inserts or updates) or table not in KIND_OF:
            return
        kind, parent = KIND_OF[table]
        added, changed, removed, binned = self.kinds.setdefault(kind, (set(), set(), set(), set()))
        if parent is None:  # the record's own row
            for rows, target in ((inserts, added), (updates, changed)):
                for r in rows:
                    if r["id"] in deleted:
                        removed.add(r["id"])
                    elif r.get("deleted_at") is not None:  # in the 回收站 already (or added and deleted meanwhile)
                        binned.add(r["id"])
                    else:
                        target.add(r["id"])
        else:  # a part of a record (a meeting's attendance): the record changed, unless added or deleted now
            changed.update(r[parent] for r in (*inserts, *updates) if r.get(parent))

    def count_kinds(self) -> None:
        for kind, (added, changed, removed, binned) in self.kinds.items():
            tally = Tally(len(added), len(changed - added - removed - binned), len(removed))
            if tally != Tally():
                self.result.kinds[kind] = tally

    def _conflict(self, table: Table, raw: dict[str, Any], *, held: bool) -> None:
        if (table.name, raw["id"], raw["updated_at"]) in self.listed:  # the same change again: listed once
            self.result.unchanged += 1
            return
        self.listed.add((table.name, raw["id"], raw["updated_at"]))
        self.pending.append((table, raw, held))

    def store_conflicts(self) -> None:
        """The conflicts with the held versions beside them (one query per table that has any)."""
        if not self.pending:
            return
        held: dict[tuple[str, str], dict[str, Any]] = {}
        by_table: dict[str, tuple[Table, list[str]]] = {}
        for table, raw, exists in self.pending:
            if exists:
                by_table.setdefault(table.name, (table, []))[1].append(raw["id"])
        conn = self.session.connection()
        for table, ids in by_table.values():
            for i in range(0, len(ids), _CHUNK):
                for r in conn.execute(sa_select(table).where(table.c.id.in_(ids[i:i + _CHUNK]))).mappings():
                    held[(table.name, r["id"])] = {k: to_json(v) for k, v in r.items()}
        for table, raw, _exists in self.pending:
            meeting = _meeting_of(table.name, raw)
            assert meeting is not None  # only held 定稿 meetings are locked
            conflict = ExchangeConflict(
                branch_id=self.final[meeting], table_name=table.name, row_id=raw["id"],
                held=json.dumps(held.get((table.name, raw["id"]), {}), ensure_ascii=False, sort_keys=True),
                incoming=json.dumps(raw, ensure_ascii=False, sort_keys=True),
                incoming_updated_at=raw["updated_at"], exported_at=self.exported_at)
            self.session.add(conflict)
            self.result.conflicts.append(conflict)
        self.session.flush()


_NEW_FILES = "exchange_new_files"


def _write_files(pkg: Package, root: Path, session: Session, result: ImportResult) -> None:
    """The attachments' files, each once under its hash (a file already there is the same content). The
    files written here are removed again when the transaction ends without a commit."""
    from dangjian_desktop.services.meetings.attachments import stored_path

    exts: dict[str, str] | None = None  # the attachments' rows are read only when a file is missing
    written: list[Path] = session.info.setdefault(_NEW_FILES, [])
    _watch_transaction(session)
    try:
        for sha, data in pkg.files.items():
            if exts is None:
                exts = {r["sha256"]: r.get("ext") or "" for r in pkg.tables.get("meeting_attachment", [])}
            target = stored_path(root, sha, exts.get(sha, ""))
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
            written.append(target)
            result.files_written += 1
    except OSError as exc:
        raise UserError(f"无法保存数据包中的附件到 {root}", detail=str(exc)) from exc


def _watch_transaction(session: Session) -> None:
    if session.info.get("exchange_watched"):
        return
    session.info["exchange_watched"] = True

    @event.listens_for(session, "after_commit")
    def kept(s: Session) -> None:
        s.info[_NEW_FILES] = []

    @event.listens_for(session, "after_transaction_end")
    def ended(s: Session, transaction: Any) -> None:
        if transaction.parent is None:
            remove_files(s.info.pop(_NEW_FILES, []))


def remove_files(paths: list[Path]) -> None:
    """Take back files written for a package that was not imported after all (and their emptied folders)."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
            path.with_suffix(path.suffix + ".tmp").unlink(missing_ok=True)
            if not any(path.parent.iterdir()):
                path.parent.rmdir()
        except OSError:
            pass  # a leftover file under its hash is harmless; the next import of it finds it there


def _source(session: Session, branch_id: str) -> ExchangeSource | None:
    return session.exec(select(ExchangeSource).where(col(ExchangeSource.branch_id) == branch_id)).first()


def _hashes(source: ExchangeSource | None) -> dict[str, list[Any]]:
    """The tables merged from the source's packages: table → [SHA-256, rows] (none for a deleted source)."""
    if source is None or source.deleted_at is not None or not source.table_hashes:
        return {}
    try:
        found = json.loads(source.table_hashes)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {name: value for name, value in found.items()
            if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], int)}


def _record_hashes(session: Session, pkg: Package, held: dict[str, list[Any]], hashes: dict[str, list[Any]]) -> None:
    """Keep the tables' hashes of a package as new as the newest taken (an older one changes nothing)."""
    source = _source(session, pkg.branch_id)
    if source is None or hashes == held or (source.last_exported_at is not None
                                            and _aware(pkg.exported_at) < _aware(source.last_exported_at)):
        return
    table: Table = ExchangeSource.__table__  # type: ignore[attr-defined]
    # not through the ORM: the hashes are bookkeeping, not a change for the 修改记录
    session.execute(table.update().where(table.c.id == source.id).values(
        table_hashes=json.dumps(hashes, sort_keys=True, separators=(",", ":"))))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _record_source(session: Session, pkg: Package, result: ImportResult) -> None:
    now = utcnow()
    source = _source(session, pkg.branch_id)
    changed = bool(result.added or result.replaced or result.conflicts)
    if source is None:
        source = ExchangeSource(branch_id=pkg.branch_id, public_key=pkg.public_key, fingerprint=pkg.fingerprint,
                                last_exported_at=pkg.exported_at, last_imported_at=now)
    elif source.last_exported_at is None or pkg.exported_at > source.last_exported_at:
        source.last_exported_at = pkg.exported_at
        source.last_imported_at = now
    elif not changed and result.old_fingerprint is None:
        return  # the same package (or an older one) again: nothing at all changes
    if result.old_fingerprint is not None:  # confirmed by the caller: the branch's new computer
        source.public_key, source.fingerprint = pkg.public_key, pkg.fingerprint
    session.add(source)
    session.flush()
    if result.old_fingerprint is not None:
        from dangjian_desktop.db.audit import current_actor

        session.add(AuditLog(at=now, actor=current_actor(session), table_name="exchange_source", row_id=source.id,
                             action="key_change", changes=json.dumps(
                                 {"支部": [None, pkg.branch_name], "密钥指纹": [result.old_fingerprint, pkg.fingerprint]},
                                 ensure_ascii=False)))
    session.add(AuditLog(at=now, actor="数据包", table_name="exchange_source", row_id=source.id, action="import",
                         changes=json.dumps({"数据包": [None, pkg.info.get("exported_at")],
                                             "新增": [None, result.added], "更新": [None, result.replaced],
                                             "冲突": [None, len(result.conflicts)]}, ensure_ascii=False)))
    session.flush()
