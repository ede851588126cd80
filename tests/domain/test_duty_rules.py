"""党员责任区 and 公示 rules: the 公示 steps of the 发展党员 timeline, checked in order."""

from __future__ import annotations

from datetime import date

from dangjian_desktop.domain import development as dev
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.domain.workdays import count_workdays

TODAY = date(2026, 11, 29)
PERSON = {"apply_date": date(2024, 1, 5), "first_talk_date": date(2024, 1, 20), "activist_date": date(2024, 8, 1),
          "candidate_date": date(2025, 9, 1), "category": "预备党员", "join_date": date(2026, 10, 20),
          "approval_date": date(2026, 11, 10)}


def notice(kind: str, start: date, end: date) -> dev.NoticeFacts:
    return dev.NoticeFacts(kind, start, end, count_workdays(start, end), "无异议")


def step(steps: list[dev.Step], label: str) -> dev.Step:
    return next(s for s in steps if s.label == label)


def test_without_notices_the_timeline_is_as_before() -> None:
    assert all("公示" not in s.label for s in dev.timeline(PERSON, TODAY))


def test_notice_step_sits_before_the_meeting_and_passes_with_five_working_days() -> None:
    steps = dev.timeline(PERSON, TODAY, notices={"发展对象": notice("发展对象", date(2026, 9, 28), date(2026, 10, 10))})
    labels = [s.label for s in steps]
    assert labels.index("发展对象公示") == labels.index("支部大会接收（入党）") - 1
    s = step(steps, "发展对象公示")
    assert s.state == dev.DONE and "6 个工作日" in s.note
    # the 转正 公示 is still to come
    assert step(steps, "转正公示").state == dev.WAITING


def test_too_short_across_a_holiday_is_a_breach() -> None:
    # 28 Apr – 6 May 2026 looks like 7 weekdays but 劳动节 leaves 4 working days
    steps = dev.timeline({**PERSON, "join_date": date(2026, 5, 20), "approval_date": date(2026, 6, 1)}, TODAY,
                         notices={"发展对象": notice("发展对象", date(2026, 4, 28), date(2026, 5, 6))})
    s = step(steps, "发展对象公示")
    assert s.state == dev.BREACH and "4 个工作日" in s.note and "不足5个工作日" in s.note
    assert s in dev.attention(steps)


def test_meeting_before_the_notice_ends_and_notice_before_the_previous_step_are_breaches() -> None:
    early_meeting = dev.timeline({**PERSON, "join_date": date(2026, 10, 9)}, TODAY,
                                 notices={"发展对象": notice("发展对象", date(2026, 9, 28), date(2026, 10, 10))})
    assert step(early_meeting, "发展对象公示").state == dev.BREACH
    assert "在公示期满之前" in step(early_meeting, "发展对象公示").note
    out_of_order = dev.timeline({**PERSON, "candidate_date": date(2026, 10, 1)}, TODAY,
                                notices={"发展对象": notice("发展对象", date(2026, 9, 21), date(2026, 9, 30))})
    assert "公示早于上一环节" in step(out_of_order, "发展对象公示").note


def test_missing_notice_for_a_recent_meeting_is_a_breach_an_old_one_is_left_out() -> None:
    recent = dev.timeline(PERSON, TODAY, notices={})
    assert step(recent, "发展对象公示").state == dev.BREACH
    old = dev.timeline({**PERSON, "join_date": date(2018, 7, 1), "approval_date": date(2018, 8, 1),
                        "full_member_date": date(2019, 7, 1), "category": "正式党员"}, TODAY, notices={})
    assert all("公示" not in s.label for s in old)  # long past: not shown, not a finding


def test_activity_count_is_judged_at_mid_year_and_year_end() -> None:
    c = rules.ActivityCount(2026, 24, first_half=10, year_total=20, today=date(2026, 6, 30))
    assert not c.half_due and not c.half_short and not c.year_short
    c = rules.ActivityCount(2026, 24, first_half=10, year_total=20, today=date(2026, 7, 1))
    assert c.half_target == 12 and c.half_short and not c.year_short
    c = rules.ActivityCount(2026, 24, first_half=12, year_total=23, today=date(2027, 1, 1))
    assert not c.half_short and c.year_short and c.second_half == 11
    assert rules.check_activity_target(0) and not rules.check_activity_target(24)
