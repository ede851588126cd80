"""Columns every record table shares: a UUID text key, UTC timestamps, soft delete and a version.

``version`` is SQLAlchemy's ``version_id_col``: every UPDATE of a row adds one to it and is made
``WHERE version = <the version read>``, so a save based on a copy someone else has since changed
updates no row and fails (``StaleDataError``) instead of overwriting the other person's edit.
Rows inserted with plain SQL (imports, 数据包) get 1 from the column's server default."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import declared_attr
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
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": text("1")})

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:  # made per table: each has its own version column
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
