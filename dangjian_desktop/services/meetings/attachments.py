"""Attachments (photos, scans): stored once per content, addressed by SHA-256.

A SQLite file keeps them in ``attachments/`` beside it. A server database keeps the bytes itself
(``attachment_blob``, keyed by the hash), so every clerk's computer sees what another added; the
``attachments/`` folder in this computer's data folder is then only a cache, filled on demand
(``local_file``) and trusted because a file's name is its content's hash (written aside, then moved
into place). Keeping the bytes out of a SQLite file keeps that file — copied whole by every automatic
backup, checked whole by the integrity check — as small as the records in it.

The stored name is ``<sha256[:2]>/<sha256><ext>``; the same file added twice is stored once. Nothing
the user typed becomes part of a path, so no name can escape the folder.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.dialect import dialect_of
from dangjian_desktop.db.models.meetings import AttachmentBlob, MeetingAttachment
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed, soft_delete
from dangjian_desktop.services.meetings.records import get_meeting

IMAGE_EXTS = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff")
ALLOWED_EXTS = (*IMAGE_EXTS, ".pdf")
MAX_BYTES = 50 * 1024 * 1024
_HASH = re.compile(r"^[0-9a-f]{64}$")
_EXT = re.compile(r"^\.[a-z0-9]{1,9}$")


def attachments_dir(db_path: Path | None) -> Path:
    from dangjian_desktop.paths import data_dir

    base = db_path.resolve().parent if db_path is not None else data_dir()
    return base / "attachments"


def stored_path(root: Path, sha256: str, ext: str) -> Path:
    """Where a file with this hash lives; refuses anything that is not a plain hash and extension."""
    if not _HASH.match(sha256) or (ext and not _EXT.match(ext)):
        raise UserError("附件记录已损坏（文件名不正确）")
    path = (root / sha256[:2] / f"{sha256}{ext}").resolve()
    if not path.is_relative_to(root.resolve()):
        raise UserError("附件记录已损坏（位置不正确）")
    return path


_BLOB = AttachmentBlob.__table__  # type: ignore[attr-defined]


def in_database(bind: Any) -> bool:
    """Whether this database keeps the attachments' bytes itself (a server), not as files beside it."""
    return not dialect_of(bind).file_based


def _conn(bind: Session | Connection) -> Connection:
    return bind.connection() if isinstance(bind, Session) else bind


def held_blobs(bind: Session | Connection, hashes: list[str]) -> set[str]:
    """Which of ``hashes`` the database holds the bytes of."""
    conn, found = _conn(bind), set()
    for start in range(0, len(hashes), 500):
        found |= set(conn.execute(core_select(_BLOB.c.sha256).where(
            _BLOB.c.sha256.in_(hashes[start:start + 500]))).scalars())
    return found


def put_blob(bind: Session | Connection, sha256: str, data: bytes) -> bool:
    """Keep ``data`` in the database under its hash (once); False when it was there already."""
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UserError("附件内容与它的校验值不符，没有保存。")
    conn = _conn(bind)
    if conn.execute(core_select(_BLOB.c.sha256).where(_BLOB.c.sha256 == sha256)).first() is not None:
        return False
    conn.execute(insert(_BLOB).values(sha256=sha256, size=len(data), data=data, created_at=utcnow()))
    return True


def blob_bytes(bind: Session | Connection, sha256: str) -> bytes | None:
    """The bytes the database keeps under ``sha256`` (None: none kept)."""
    data = _conn(bind).execute(core_select(_BLOB.c.data).where(_BLOB.c.sha256 == sha256)).scalar()
    return bytes(data) if data is not None else None


def store_blobs(session: Session, files: Iterable[tuple[str, bytes]]) -> int:
    """On a server: keep the bytes of ``files`` ((hash, content) pairs) the database lacks, in the caller's
    transaction; a SQLite file keeps its files beside it and stores nothing here. How many were stored."""
    if not in_database(session):
        return 0
    wanted = dict(files)
    held = held_blobs(session, sorted(wanted))
    return sum(put_blob(session, sha, data) for sha, data in wanted.items() if sha not in held)


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)


def local_file(session: Session, root: Path, sha256: str, ext: str) -> Path | None:
    """The attachment as a file on this computer, to show, open or pack; on a server read from the
    database into ``root`` the first time. None when neither has it (or the bytes are damaged)."""
    path = stored_path(root, sha256, ext)
    if path.is_file():
        return path
    if not in_database(session):
        return None
    data = blob_bytes(session, sha256)
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        return None
    try:
        _write_atomically(path, data)
    except OSError as exc:
        raise UserError(f"无法把附件保存到本机：{root}", detail=str(exc)) from exc
    return path


def upload_missing(session: Session, root: Path) -> int:
    """On a server: the attachments whose bytes the database lacks but this computer's folder holds
    (added before the database kept them) go into the database. How many were stored."""
    if not in_database(session):
        return 0
    kept = core_select(_BLOB.c.sha256).where(_BLOB.c.sha256 == MeetingAttachment.sha256).exists()
    rows = session.exec(select(MeetingAttachment.sha256, MeetingAttachment.ext).where(~kept)).all()
    stored = 0
    for sha, ext in sorted(dict(rows).items()):
        try:
            path = stored_path(root, sha, ext)
            data = path.read_bytes() if path.is_file() else None
        except (UserError, OSError):
            continue
        if data is not None and hashlib.sha256(data).hexdigest() == sha:
            stored += put_blob(session, sha, data)
    return stored


def add_attachment(session: Session, meeting_id: str, source: Path, root: Path) -> Changed:
    """Copy ``source`` into ``root`` (once per content) and attach it to the meeting; on a server the
    bytes also go into the database, in the same transaction."""
    from dangjian_desktop.services.branches import require_writable

    require_writable(session, get_meeting(session, meeting_id).branch_id)  # before the file is copied
    ext = source.suffix.lower()
    if ext not in ALLOWED_EXTS:
        raise UserError(f"只能添加照片或扫描件（{'、'.join(e[1:] for e in ALLOWED_EXTS)}）：{source.name}")
    try:
        if source.stat().st_size > MAX_BYTES:
            raise UserError(f"文件太大（超过50MB）：{source.name}")
        data = source.read_bytes()
        sha, size = hashlib.sha256(data).hexdigest(), len(data)
        target = stored_path(root, sha, ext)
        if not target.exists():
            _write_atomically(target, data)
    except OSError as exc:
        raise UserError(f"无法复制附件“{source.name}”", detail=str(exc)) from exc
    if in_database(session):
        put_blob(session, sha, data)
    order = len(list_attachments(session, meeting_id))
    row = MeetingAttachment(meeting_id=meeting_id, sha256=sha, ext=ext, original_name=source.name[:260], size=size,
                            sort_order=order)
    session.add(row)
    session.flush()
    return Changed("meeting_attachment", (row.id,))


def list_attachments(session: Session, meeting_id: str) -> list[MeetingAttachment]:
    return list(session.exec(select(MeetingAttachment).where(
        MeetingAttachment.meeting_id == meeting_id, col(MeetingAttachment.deleted_at).is_(None),
    ).order_by(col(MeetingAttachment.sort_order), col(MeetingAttachment.created_at))))


def remove_attachment(session: Session, attachment_id: str) -> Changed:
    """To the 回收站; the stored file stays (another record or a restore may need it)."""
    return soft_delete(session, MeetingAttachment, attachment_id, "找不到这个附件（可能已被删除）")


def is_image(att: MeetingAttachment) -> bool:
    return att.ext in IMAGE_EXTS
