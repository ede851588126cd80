"""Working days for a 公示: weekends, public holidays, 调休 working weekends, corrections, unknown years."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from dangjian_desktop.domain import workdays as wd


def test_a_plain_week_across_a_weekend() -> None:
    # Fri 2026-03-06 … Thu 2026-03-12: Sat and Sun do not count
    assert wd.count_workdays(date(2026, 3, 6), date(2026, 3, 12)).days == 5


def test_national_day_and_its_working_saturday() -> None:
    # Mon 28 Sep … Sat 10 Oct 2026: 28–30 Sep, then 1–7 Oct off, 8–9 Oct, and Sat 10 Oct is a 调休 working day
    count = wd.count_workdays(date(2026, 9, 28), date(2026, 10, 10))
    assert count.days == 6 and count.guessed_years == () and count.note == ""
    assert wd.is_workday(date(2026, 10, 10)) == (True, False)  # a Saturday, worked
    assert wd.is_workday(date(2026, 10, 5)) == (False, False)  # a Monday, holiday


def test_a_public_holiday_in_the_middle_makes_five_calendar_weekdays_too_short() -> None:
    # 劳动节 2026: 1–5 May off. Tue 28 Apr … Wed 6 May has only 28, 29, 30 Apr and 6 May
    assert wd.count_workdays(date(2026, 4, 28), date(2026, 5, 6)).days == 4
    assert wd.add_workdays(date(2026, 4, 28), 5) == date(2026, 5, 7)


def test_the_secretarys_correction_wins() -> None:
    start, end = date(2026, 3, 2), date(2026, 3, 6)  # Mon–Fri
    assert wd.count_workdays(start, end).days == 5
    corrected = wd.count_workdays(start, end, {date(2026, 3, 4): False, date(2026, 3, 7): True})
    assert corrected.days == 4 and corrected.corrected == (date(2026, 3, 4),)
    assert wd.count_workdays(start, date(2026, 3, 7), {date(2026, 3, 7): True}).days == 6


def test_years_the_calendar_does_not_know_count_monday_to_friday_and_say_so() -> None:
    first, last = wd.known_years()
    assert first <= 2010 and last >= 2026
    year = last + 1
    start = date(year, 3, 1)
    count = wd.count_workdays(start, start + timedelta(days=13))
    assert count.days == 10 and count.guessed_years == (year,)
    assert f"{year}年" in count.note and "周一至周五" in count.note
    # a correction of a day in that year is used and not a guess
    assert wd.is_workday(date(year, 1, 1), {date(year, 1, 1): False}) == (False, False)


@given(st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 9, 30)), st.integers(0, 30))
def test_counts_add_up_over_a_split(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    middle = start + timedelta(days=length // 2)
    whole = wd.count_workdays(start, end).days
    assert whole == wd.count_workdays(start, middle).days + wd.count_workdays(middle + timedelta(days=1), end).days
    assert 0 <= whole <= length + 1
