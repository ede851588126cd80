"""One module per record type. Functions take a session, validate, write, and return what changed.

They never commit: the caller's ``Database.session_scope()`` does, so one user action is one
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlmodel import Session

    from dangjian_desktop.db.base import RecordBase

Row = TypeVar("Row", bound="RecordBase")


@dataclass(frozen=True)
class Changed:
    """What a service call changed: a table name and the ids of the rows."""

    table: str
    ids: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.ids[0]


def get_live(session: Session, model: type[Row], row_id: str, missing: str) -> Row:
    """The record ``row_id`` unless it is gone or in the 回收站; ``missing`` is the message then."""
    from dangjian_desktop.errors import NotFoundError

    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(missing)
    return row


def soft_delete(session: Session, model: type[RecordBase], row_id: str, missing: str) -> Changed:
    """Move one record to the 回收站; ``missing`` is the message when it is gone already."""
    from dangjian_desktop.db.base import utcnow

    row = get_live(session, model, row_id, missing)
    row.deleted_at = utcnow()
    session.add(row)
    return Changed(str(model.__tablename__), (row_id,))
