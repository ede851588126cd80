"""补录 and every "days after" rule count days on the computer's local calendar, not on UTC dates.

The rule (DESIGN.md §4.3, a *local* rule kept in db/settings.py): a record entered more than N days (default
3) after the meeting is 补录. "Days" are the secretary's calendar days: a record first saved at 07:30 Beijing
time on the fourth day after the meeting is 补录, although it is still the third day in UTC.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import local_day
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.services.meetings import printing
from dangjian_desktop.services.meetings import records as meetings

pytestmark = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is needed to change the zone")

HELD = date(2026, 3, 2)
# 2026-03-06 07:30 in Beijing (UTC+8) is 2026-03-05 23:30 UTC: the 4th day locally, the 3rd in UTC.
MORNING_OF_DAY_4 = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)
# one minute after local midnight at the start of day 4 in Beijing
JUST_AFTER_MIDNIGHT = datetime(2026, 3, 5, 16, 1, tzinfo=UTC)
JUST_BEFORE_MIDNIGHT = datetime(2026, 3, 5, 15, 59, tzinfo=UTC)


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    def set_zone(name: str, offset: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
        assert time.strftime("%z", time.localtime(MORNING_OF_DAY_4.timestamp())) == offset

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_local_day_of_a_stored_time(zone: Callable[[str, str], None]) -> None:
    zone("Asia/Shanghai", "+0800")
    assert local_day(MORNING_OF_DAY_4) == date(2026, 3, 6)
    assert local_day(datetime(2026, 3, 6, 7, 30)) == date(2026, 3, 6)  # no zone: already local
    zone("UTC", "+0000")
    assert local_day(MORNING_OF_DAY_4) == date(2026, 3, 5)


def test_late_entry_counts_beijing_calendar_days(zone: Callable[[str, str], None]) -> None:
    """DESIGN §4.3: entered more than 3 days after the meeting → 补录; 07:30 on day 4 in Beijing is day 4."""
    zone("Asia/Shanghai", "+0800")
    assert rules.days_late(HELD, MORNING_OF_DAY_4) == 4
    assert rules.is_late_entry(HELD, MORNING_OF_DAY_4)
    assert rules.is_late_entry(HELD, JUST_AFTER_MIDNIGHT)
    assert not rules.is_late_entry(HELD, JUST_BEFORE_MIDNIGHT)


def test_the_same_moment_on_a_pc_set_to_utc_is_still_day_3(zone: Callable[[str, str], None]) -> None:
    """DESIGN §4.3 on a PC whose clock is set to UTC: its own calendar still says day 3, so not 补录."""
    zone("UTC", "+0000")
    assert rules.days_late(HELD, MORNING_OF_DAY_4) == 3
    assert not rules.is_late_entry(HELD, MORNING_OF_DAY_4)
    assert not rules.is_late_entry(HELD, JUST_AFTER_MIDNIGHT)


def _meeting() -> MeetingData:
    return MeetingData(types=[rules.COMMITTEE], title="三月支委会", held_on=HELD, host="王建国", recorder="李明")


@pytest.mark.parametrize(("tz", "offset", "saved", "late"), [
    ("Asia/Shanghai", "+0800", JUST_AFTER_MIDNIGHT, True),
    ("Asia/Shanghai", "+0800", JUST_BEFORE_MIDNIGHT, False),
    ("UTC", "+0000", JUST_AFTER_MIDNIGHT, False),
])
def test_a_record_saved_just_after_local_midnight(db: Database, branch_id: str, zone: Callable[[str, str], None],
                                                  tz: str, offset: str, saved: datetime, late: bool) -> None:
    """DESIGN §4.3: the saved record, its list row and its printout agree on 补录 by the local calendar."""
    zone(tz, offset)
    with db.session_scope() as s:
        mid = meetings.save_meeting(s, branch_id, _meeting(), now=saved).id
    with db.session_scope() as s:
        info = meetings.meeting_info(s, mid)
        printed = printing.meeting_print(s, mid)
    assert info.late_entry is late
    assert (printed.late_entry == "补录（会后 4 天录入）") is late
