"""The working-day calendar as this database knows it: chinese-calendar with the secretary's corrections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models.duty import DutyWorkday
from dangjian_desktop.domain import workdays as wd
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed, soft_delete


@dataclass(frozen=True)
class Override:
    id: str
    day: date
    is_workday: bool
    note: str

    @property
    def text(self) -> str:
        return f"{self.day:%Y-%m-%d}　{'上班' if self.is_workday else '放假'}" + (f"　{self.note}" if self.note else "")


def list_overrides(session: Session) -> list[Override]:
    return [Override(r.id, r.day, r.is_workday, r.note)
            for r in session.exec(select(DutyWorkday).where(col(DutyWorkday.deleted_at).is_(None))
                                  .order_by(col(DutyWorkday.day)))]


def overrides(session: Session) -> dict[date, bool]:
    return {o.day: o.is_workday for o in list_overrides(session)}


def set_override(session: Session, day: date | None, is_workday: bool, note: str = "") -> Changed:
    """Correct one day (a later correction of the same day replaces the earlier one)."""
    if day is None:
        raise ValidationError({"day": "请选择日期"})
    row = session.exec(select(DutyWorkday).where(DutyWorkday.day == day, col(DutyWorkday.deleted_at).is_(None))).first()
    row = row or DutyWorkday(day=day, is_workday=is_workday)
    row.is_workday, row.note = is_workday, note.strip()[:100]
    session.add(row)
    session.flush()
    return Changed("duty_workday", (row.id,))


def remove_override(session: Session, override_id: str) -> Changed:
    return soft_delete(session, DutyWorkday, override_id, "找不到这条校正（可能已删除）")


def count(session: Session, start: date, end: date) -> wd.WorkdayCount:
    return wd.count_workdays(start, end, overrides(session))


def calendar_note() -> str:
    first, last = wd.known_years()
    return f"本机日历包含{first}年至{last}年的法定节假日和调休安排；其他年份按周一至周五计算，可逐日校正。"
