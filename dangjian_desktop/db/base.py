"""Columns every record table shares: a UUID text key, UTC timestamps and soft delete."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time, time-zone aware, in UTC (how every timestamp is stored)."""
    return datetime.now(UTC)


class RecordBase(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False)
    deleted_at: datetime | None = Field(default=None)  # indexed partially: see db/models/live_indexes.py
