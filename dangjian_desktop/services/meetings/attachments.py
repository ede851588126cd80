"""Attachments (photos, scans): copied into ``attachments/`` beside the database, addressed by SHA-256.

The stored name is ``<sha256[:2]>/<sha256><ext>``; the same file added twice is stored once. Nothing
the user typed becomes part of a path, so no name can escape the folder.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from sqlmodel import Session, col, select

from dangjian_desktop.db.models.meetings import MeetingAttachment
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


def _digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return h.hexdigest(), size


def add_attachment(session: Session, meeting_id: str, source: Path, root: Path) -> Changed:
    """Copy ``source`` into ``root`` (once per content) and attach it to the meeting."""
    from dangjian_desktop.services.branches import require_writable

    require_writable(session, get_meeting(session, meeting_id).branch_id)  # before the file is copied
    ext = source.suffix.lower()
    if ext not in ALLOWED_EXTS:
        raise UserError(f"只能添加照片或扫描件（{'、'.join(e[1:] for e in ALLOWED_EXTS)}）：{source.name}")
    try:
        if source.stat().st_size > MAX_BYTES:
            raise UserError(f"文件太大（超过50MB）：{source.name}")
        sha, size = _digest(source)
        target = stored_path(root, sha, ext)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".tmp")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
    except OSError as exc:
        raise UserError(f"无法复制附件“{source.name}”", detail=str(exc)) from exc
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
