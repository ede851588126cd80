"""Which automatic backups to keep: 7 daily + 4 weekly + 12 monthly (pure rule, no files).

Each period keeps its newest backup. Going from the newest backup back in time, a backup is kept
as a *daily* one if it is the newest of its day and fewer than 7 days have been kept so far; the
same for ISO weeks (4) and calendar months (12). One backup may count for several periods. The
newest backup is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _day(t: datetime) -> Hashable:
    return t.date()


def _week(t: datetime) -> Hashable:
    iso = t.isocalendar()
    return (iso.year, iso.week)


def _month(t: datetime) -> Hashable:
    return (t.year, t.month)


def backups_to_keep(times: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY,
                    monthly: int = MONTHLY) -> set[datetime]:
    """The backup times to keep; every other automatic backup may be deleted."""
    ordered = sorted(set(times), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [(_day, daily), (_week, weekly), (_month, monthly)]
    for bucket_of, limit in rules:
        seen: set[Hashable] = set()
        for t in ordered:
            if len(seen) >= limit:
                break
            bucket = bucket_of(t)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(t)
    return keep


def backups_to_delete(times: Iterable[datetime], **limits: int) -> list[datetime]:
    """The complement of :func:`backups_to_keep`, oldest first."""
    all_times = set(times)
    return sorted(all_times - backups_to_keep(all_times, **limits))


def far_fewer(current: int, previous: int) -> bool:
    """Whether a data file holding ``current`` records looks like a loss next to a backup holding
    ``previous``: none at all, or fewer than half of at least ten. Such a backup is taken only after
    asking, so that it never silently takes the place of the good one."""
    if previous <= 0:
        return False
    return current == 0 or (previous >= 10 and current * 2 < previous)
