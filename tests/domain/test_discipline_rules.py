"""党纪处分 rules (domain/discipline.py)."""

from __future__ import annotations

from datetime import date

from dangjian_desktop.domain import discipline as d

MEETING = date(2026, 3, 2)


def _probation(start: date, years: int = 1, restored: date | None = None) -> d.Penalty:
    return d.Penalty(d.PROBATION, start, start, years, restored)


def test_five_kinds() -> None:
    """党章第四十条: 警告、严重警告、撤销党内职务、留党察看、开除党籍。"""
    assert d.KINDS == ("警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍")


def test_a_probation_that_ended_the_day_before_the_meeting_no_longer_takes_the_vote() -> None:
    """党章第四十条: 党员在留党察看期间没有表决权 — only during the period. One year from 2025-03-01
    ends on 2026-03-01, the day before the meeting: the member votes on 2026-03-02."""
    ended = _probation(date(2025, 3, 1))
    assert d.probation_end(ended) == date(2026, 3, 1)
    assert not d.probation_running([ended], MEETING)
    assert d.probation_running([ended], date(2026, 2, 28))
    assert d.probation_running([_probation(date(2025, 3, 2))], date(2026, 3, 1))


def test_the_period_starts_on_its_first_day_and_two_years_count_too() -> None:
    """党章第四十条: 留党察看最长不超过两年; 纪律处分条例: 分为一年、二年."""
    assert d.probation_running([_probation(MEETING)], MEETING)
    assert not d.probation_running([_probation(date(2026, 3, 3))], MEETING)
    assert d.probation_running([_probation(date(2024, 6, 1), years=2)], MEETING)
    assert not d.probation_running([_probation(date(2024, 3, 2), years=2)], MEETING)


def test_rights_restored_end_the_period_on_that_day() -> None:
    """党章第四十条: 确已改正错误的，应当恢复其党员的权利 — from the restoration date the member votes."""
    restored = _probation(date(2025, 6, 1), years=2, restored=MEETING)
    assert not d.probation_running([restored], MEETING)
    assert d.probation_running([restored], date(2026, 3, 1))


def test_other_kinds_never_take_the_vote() -> None:
    """党章第四十条 names only 留党察看 as taking away 表决权."""
    others = [d.Penalty(kind, date(2026, 1, 5)) for kind in d.KINDS if kind != d.PROBATION]
    assert not d.probation_running(others, MEETING)


def test_check_requires_the_period_for_probation_only() -> None:
    """党章第四十条 / 纪律处分条例: a 留党察看 has a start and a length of one or two years."""
    today = date(2026, 3, 2)
    assert d.check(d.Penalty(d.WARNING, date(2026, 1, 5)), today=today) == {}
    errors = d.check(d.Penalty(d.PROBATION, date(2026, 1, 5), None, 3), today=today)
    assert set(errors) == {"probation_start", "probation_years"}
    assert "decided_on" in d.check(d.Penalty(d.WARNING, date(2026, 3, 3)), today=today)
    assert "restored_on" in d.check(_probation(date(2026, 1, 5), restored=date(2026, 1, 5)), today=today)
    assert "kind" in d.check(d.Penalty("批评", date(2026, 1, 5)), today=today)


def test_describe_and_notes() -> None:
    assert d.describe(_probation(date(2025, 3, 1), 2)) == "留党察看二年（2025-03-01 起，至 2027-03-01）"
    assert d.describe(_probation(date(2025, 3, 1), 1, date(2026, 3, 5))) == \
        "留党察看一年（2025-03-01 起，2026-03-05 恢复党员权利）"
    assert d.mentions_probation("", "2019年受留党察看一年处分")
    assert not d.mentions_probation("警告", "")
