"""One module per record type. Functions take a session, validate, write, and return what changed.

They never commit: the caller's ``Database.session_scope()`` does, so one user action is one
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changed:
    """What a service call changed: a table name and the ids of the rows."""

    table: str
    ids: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.ids[0]
