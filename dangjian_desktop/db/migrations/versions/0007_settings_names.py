"""Settings under one naming style (db/settings.py): ``area.name``, and ``area.name@<branch id>`` per branch.

Renames the keys stored before: ``current_branch_id``, ``meeting_late_entry_days``,
``selfcheck_rules:<branch>``; splits ``study_targets:<branch>`` (one JSON object) into one key per target.
The ``security.*`` and ``backup.*`` keys already had the style. Nothing stored is lost either way.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_RENAMED = {"current_branch_id": "branch.current", "meeting_late_entry_days": "meetings.late_entry_days"}
_PER_BRANCH = {"selfcheck_rules:": "selfcheck.rules@"}
_TARGETS_OLD = "study_targets:"
_TARGETS = ("member_hours", "leader_hours", "notes", "reflections")  # → study.<name>@<branch>


def _rows(conn: sa.Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(sa.text("SELECT key, value FROM app_setting"))}


def _move(conn: sa.Connection, old: str, new: str) -> None:
    conn.execute(sa.text("DELETE FROM app_setting WHERE key = :new"), {"new": new})
    conn.execute(sa.text("UPDATE app_setting SET key = :new WHERE key = :old"), {"old": old, "new": new})


def _put(conn: sa.Connection, key: str, value: str) -> None:
    conn.execute(sa.text("DELETE FROM app_setting WHERE key = :key"), {"key": key})
    conn.execute(sa.text("INSERT INTO app_setting (key, value) VALUES (:key, :value)"), {"key": key, "value": value})


def upgrade() -> None:
    conn = op.get_bind()
    for key, value in _rows(conn).items():
        if key in _RENAMED:
            _move(conn, key, _RENAMED[key])
        for old, new in _PER_BRANCH.items():
            if key.startswith(old):
                _move(conn, key, new + key[len(old):])
        if key.startswith(_TARGETS_OLD):
            branch_id = key[len(_TARGETS_OLD):]
            try:
                data = json.loads(value) if value else {}
            except ValueError:
                data = {}
            for name in _TARGETS:
                target = data.get(name) if isinstance(data, dict) else None
                if isinstance(target, int) and 0 <= target <= 1000:
                    _put(conn, f"study.{name}@{branch_id}", str(target))
            conn.execute(sa.text("DELETE FROM app_setting WHERE key = :key"), {"key": key})


def downgrade() -> None:
    conn = op.get_bind()
    targets: dict[str, dict[str, int]] = {}
    for key, value in _rows(conn).items():
        for old, new in _RENAMED.items():
            if key == new:
                _move(conn, key, old)
        for old, new in _PER_BRANCH.items():
            if key.startswith(new):
                _move(conn, key, old + key[len(new):])
        name, _, branch_id = key.partition("@")
        if name.startswith("study.") and name[len("study."):] in _TARGETS and branch_id:
            targets.setdefault(branch_id, {})[name[len("study."):]] = int(value)
            conn.execute(sa.text("DELETE FROM app_setting WHERE key = :key"), {"key": key})
    for branch_id, values in targets.items():
        _put(conn, _TARGETS_OLD + branch_id, json.dumps(values, ensure_ascii=False))
