"""Autosaved editor drafts: the editor's contents written every few seconds, offered back after a crash.

Drafts are files in ``drafts/`` beside the database (written atomically), not database rows, so typing
does not fill the audit log. The file name is derived from the draft key, never from user text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.export.atomic import write_atomic


@dataclass(frozen=True)
class Draft:
    data: MeetingData
    saved_at: datetime
    reason: str = ""  # amendment reason typed so far


def drafts_dir(db_path: Path | None) -> Path:
    from dangjian_desktop.paths import data_dir

    return (db_path.resolve().parent if db_path is not None else data_dir()) / "drafts"


def draft_key(branch_id: str, meeting_id: str | None) -> str:
    return meeting_id or f"new-{branch_id}"


def _path(root: Path, key: str) -> Path:
    return root / f"meeting-{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def save_draft(root: Path, key: str, data: MeetingData, reason: str = "", now: datetime | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"key": key, "saved_at": (now or utcnow()).isoformat(), "reason": reason,
                          "data": json.loads(data.to_json())}, ensure_ascii=False)

    def write(tmp: Path) -> None:
        tmp.write_text(payload, encoding="utf-8")

    return write_atomic(_path(root, key), write)


def load_draft(root: Path, key: str) -> Draft | None:
    """The draft for ``key``, or None; an unreadable draft is treated as none."""
    path = _path(root, key)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("key") != key:
            return None
        return Draft(MeetingData.from_json(json.dumps(raw["data"])), datetime.fromisoformat(raw["saved_at"]),
                     raw.get("reason", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def discard_draft(root: Path, key: str) -> None:
    path = _path(root, key)
    path.unlink(missing_ok=True)
