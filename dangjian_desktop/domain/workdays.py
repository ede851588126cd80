"""Working days in China: weekends, public holidays and the 调休 weekends worked in their place.

The calendar is the chinese-calendar package, which knows the State Council's arrangements for the
years it was published with; the secretary's corrections (a day it does not know, or a local
arrangement) override it. For years it does not know, Monday to Friday count as working days, and the
count says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta


def known_years() -> tuple[int, int]:
    """The first and last year the installed calendar knows."""
    from chinese_calendar import constants

    days = list(constants.holidays) + list(constants.workdays)
    return min(days).year, max(days).year


def _calendar_says(day: date) -> bool | None:
    """True/False from the calendar, None when it does not know the year."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


@dataclass(frozen=True)
class WorkdayCount:
    days: int  # working days from start to end, both included
    guessed_years: tuple[int, ...]  # years counted Monday to Friday because the calendar does not know them
    corrected: tuple[date, ...]  # days where the secretary's correction was used

    @property
    def note(self) -> str:
        if not self.guessed_years:
            return ""
        years = "、".join(f"{y}年" for y in self.guessed_years)
        return f"{years}的节假日安排不在本机日历中，按周一至周五计算工作日，请核对（可在“工作日校正”中补充）"


def is_workday(day: date, overrides: Mapping[date, bool] | None = None) -> tuple[bool, bool]:
    """(is it a working day, was that a guess)."""
    if overrides and day in overrides:
        return overrides[day], False
    said = _calendar_says(day)
    if said is None:
        return day.weekday() < 5, True
    return said, False


def count_workdays(start: date, end: date, overrides: Mapping[date, bool] | None = None) -> WorkdayCount:
    """Working days from ``start`` to ``end`` inclusive (0 when end is before start)."""
    days, guessed, corrected = 0, set(), []
    day = start
    while day <= end:
        work, guess = is_workday(day, overrides)
        days += work
        if guess:
            guessed.add(day.year)
        if overrides and day in overrides:
            corrected.append(day)
        day += timedelta(days=1)
    return WorkdayCount(days, tuple(sorted(guessed)), tuple(corrected))


def add_workdays(start: date, count: int, overrides: Mapping[date, bool] | None = None) -> date:
    """The day on which ``count`` working days starting at ``start`` (included) are complete."""
    day, done = start, 0
    while True:
        done += is_workday(day, overrides)[0]
        if done >= count:
            return day
        day += timedelta(days=1)
