"""Thinning of automatic backups by date: 7 daily + 4 weekly + 12 monthly, each the newest of its period."""

from datetime import datetime, timedelta

from dangjian_desktop.domain.backup_policy import backups_to_delete, backups_to_keep


def daily_for(days: int, end: datetime = datetime(2026, 6, 30, 18, 0)) -> list[datetime]:
    return [end - timedelta(days=n) for n in range(days)]


def test_few_backups_are_all_kept() -> None:
    times = daily_for(5)
    assert backups_to_keep(times) == set(times)
    assert backups_to_delete(times) == []


def test_several_backups_a_day_keep_the_newest_of_each_day() -> None:
    day = datetime(2026, 6, 30)
    times = [day.replace(hour=h) for h in (8, 12, 17)] + [datetime(2026, 6, 29, h) for h in (9, 16)]
    assert backups_to_keep(times) == {datetime(2026, 6, 30, 17), datetime(2026, 6, 29, 16)}


def test_a_year_of_daily_backups_thins_to_7_daily_4_weekly_12_monthly() -> None:
    times = daily_for(400)
    kept = sorted(backups_to_keep(times), reverse=True)
    newest = times[0]
    # the seven most recent days
    assert kept[:7] == [newest - timedelta(days=n) for n in range(7)]
    # 4 ISO weeks, each represented by its newest backup (the Sunday of a full week)
    weeks = {(t.isocalendar().year, t.isocalendar().week) for t in kept}
    assert len(weeks) >= 4
    # the newest backup of each of the last 12 months
    month_ends = [t for t in kept if (t + timedelta(days=1)).month != t.month]
    assert len(month_ends) >= 11  # June 30 counts as both a day and its month
    assert datetime(2025, 7, 31, 18, 0) in kept and datetime(2025, 6, 30, 18, 0) not in kept
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) >= datetime(2025, 7, 1)


def test_a_gap_of_months_keeps_the_backups_from_before_it() -> None:
    old = [datetime(2025, 1, 10), datetime(2025, 1, 20), datetime(2025, 3, 5)]
    recent = daily_for(3)
    kept = backups_to_keep(old + recent)
    # days: the 3 recent and then the older ones count as days too (fewer than 7 days in all)
    assert kept == set(old + recent)


def test_thinning_is_stable_when_run_again() -> None:
    times = daily_for(200)
    kept = backups_to_keep(times)
    assert backups_to_keep(kept) == kept


def test_the_newest_is_kept_even_with_zero_limits() -> None:
    times = daily_for(3)
    assert backups_to_keep(times, daily=0, weekly=0, monthly=0) == {times[0]}
