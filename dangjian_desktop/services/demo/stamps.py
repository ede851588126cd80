"""录入时间 for demo records: entered on or soon after the day they record, in office hours, never "now".

The services stamp a record with the moment it is saved; a demo made in one go would show every note
and card entered today. ``Stamps`` collects a plausible moment per record and moves the records' 录入时间
(and their audit entries) there in one pass.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session

from dangjian_desktop.db.base import RecordBase, utcnow
from dangjian_desktop.db.models.audit import AuditLog


def entered(rng: random.Random, day: date, after_days: int = 0) -> datetime:
    """A moment ``after_days`` after ``day``, between 9:00 and 17:59 Beijing time (01:00–09:59 UTC)."""
    return datetime.combine(day + timedelta(days=after_days), time(rng.randint(1, 9), rng.randint(0, 59)), UTC)


class Stamps:
    def __init__(self, today: date) -> None:
        self.rows: dict[type[RecordBase], list[tuple[str, datetime]]] = {}
        self.latest = datetime.combine(today, time(10), UTC)  # 18:00 Beijing time on the demo's today

    def add(self, model: type[RecordBase], ids: Any, when: datetime) -> None:
        for row_id in (ids,) if isinstance(ids, str) else ids:
            self.rows.setdefault(model, []).append((row_id, when))

    def apply(self, session: Session) -> None:
        """Write the collected 录入时间 (at the latest: now) to the records and their audit entries."""
        if not self.rows:
            return
        session.flush()
        now = min(utcnow(), self.latest)
        conn = session.connection()
        audit = AuditLog.__table__  # type: ignore[attr-defined]
        for model, rows in self.rows.items():
            table = model.__table__  # type: ignore[attr-defined]
            values = [{"rid": rid, "t": min(when, now)} for rid, when in rows]
            conn.execute(table.update().where(table.c.id == bindparam("rid"))
                         .values(created_at=bindparam("t"), updated_at=bindparam("t")), values)
            conn.execute(audit.update().where(audit.c.row_id == bindparam("rid"), audit.c.action == "insert")
                         .values(at=bindparam("t")), values)
        self.rows.clear()
        session.expire_all()  # the rows in the session read the new times again
