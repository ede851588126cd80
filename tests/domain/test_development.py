from datetime import date

from dangjian_desktop.domain import development as dev

TODAY = date(2026, 11, 21)


def states(steps: list[dev.Step]) -> dict[str, str]:
    return {s.label.split("（")[0]: s.state for s in steps}


def test_first_talk_overdue_after_one_month() -> None:
    steps = dev.timeline({"apply_date": date(2026, 9, 1), "category": "入党申请人"}, TODAY)
    assert states(steps)["首次谈话"] == dev.OVERDUE


def test_first_talk_due_soon_within_30_days() -> None:
    steps = dev.timeline({"apply_date": date(2026, 11, 1), "category": "入党申请人"}, TODAY)
    assert states(steps)["首次谈话"] == dev.DUE_SOON


def test_probation_ending_within_30_days_is_due_soon() -> None:
    p = {"category": "预备党员", "join_date": date(2025, 12, 10), "approval_date": date(2026, 1, 20)}
    step = next(s for s in dev.timeline(p, TODAY) if s.label.startswith("转为正式党员"))
    assert step.state == dev.DUE_SOON
    assert step.when == date(2026, 12, 10)


def test_probation_extension_moves_the_date() -> None:
    p = {"category": "预备党员", "join_date": date(2025, 6, 1), "approval_date": date(2025, 7, 1),
         "probation_extension_months": 6}
    step = next(s for s in dev.timeline(p, TODAY) if s.label.startswith("转为正式党员"))
    assert step.when == date(2026, 12, 1)
    assert step.state == dev.DUE_SOON


def test_probation_overdue_and_approval_breach() -> None:
    p = {"category": "预备党员", "join_date": date(2025, 1, 10), "approval_date": date(2025, 6, 1)}
    s = states(dev.timeline(p, TODAY))
    assert s["转为正式党员"] == dev.OVERDUE
    assert s["上级党委审批"] == dev.BREACH


def test_candidate_too_early_and_short_training() -> None:
    p = {"apply_date": date(2023, 1, 1), "first_talk_date": date(2023, 1, 20), "activist_date": date(2023, 8, 1),
         "candidate_date": date(2024, 3, 1), "training_start": date(2024, 4, 1), "training_end": date(2024, 4, 2)}
    s = states(dev.timeline(p, TODAY))
    assert s["确定为发展对象"] == dev.BREACH
    assert s["集中培训"] == dev.BREACH
    assert s["首次谈话"] == dev.DONE


def test_a_complete_record_needs_no_attention() -> None:
    p = {"category": "正式党员", "apply_date": date(2018, 3, 1), "first_talk_date": date(2018, 3, 20),
         "activist_date": date(2018, 10, 1), "candidate_date": date(2019, 11, 1), "training_start": date(2019, 11, 10),
         "training_end": date(2019, 11, 13), "join_date": date(2020, 1, 10), "approval_date": date(2020, 2, 20),
         "full_member_date": date(2021, 1, 10)}
    assert dev.attention(dev.timeline(p, TODAY)) == []


def test_old_member_without_approval_date_is_not_flagged() -> None:
    """Old rosters carry only 入党日期 and 转正日期: the gaps are shown as 未登记, never as overdue."""
    p = {"category": "正式党员", "join_date": date(1976, 2, 27), "full_member_date": date(1977, 2, 27),
         "apply_date": date(1974, 5, 1)}
    s = states(dev.timeline(p, TODAY))
    assert s["上级党委审批"] == dev.MISSING
    assert s["首次谈话"] == dev.MISSING
    assert dev.attention(dev.timeline(p, TODAY)) == []


def test_probationer_without_approval_is_still_overdue() -> None:
    p = {"category": "预备党员", "join_date": date(2026, 5, 1)}
    assert states(dev.timeline(p, TODAY))["上级党委审批"] == dev.OVERDUE
