"""会议记录 rules: quorum and pass-rule edges, voting rights, 补录."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import AttendanceData, ItemData, MeetingData, checks, count, item_check


@pytest.mark.parametrize(("n", "need"), [(1, 1), (2, 2), (4, 3), (5, 3), (6, 4), (7, 4), (10, 6)])
def test_more_than_half_is_strict(n: int, need: int) -> None:
    assert rules.more_than_half(n) == need


def test_general_meeting_exactly_half_present_is_not_a_quorum() -> None:
    assert not rules.general_quorum(10, 5).ok
    assert rules.general_quorum(10, 6).ok
    assert not rules.general_quorum(0, 0).ok


def test_committee_exactly_half_is_not_enough() -> None:
    assert not rules.committee_quorum(4, 2).ok
    assert rules.committee_quorum(4, 3).ok
    assert rules.committee_quorum(5, 3).ok


def test_resolution_counts_against_entitled_voters_not_those_present() -> None:
    # 10 entitled, 6 present, 5 in favour: a majority of those present but exactly half of the entitled
    assert not rules.vote_result(10, 5).ok
    assert rules.vote_result(10, 6).ok
    # written opinions of absent voters count
    assert rules.vote_result(10, 5, written_for=1).ok


def test_election_needs_more_than_four_fifths() -> None:
    assert not rules.election_quorum(10, 8).ok
    assert rules.election_quorum(10, 9).ok
    assert not rules.election_quorum(5, 4).ok
    assert rules.election_quorum(5, 5).ok


def test_probationary_members_and_members_under_probation_have_no_vote() -> None:
    assert rules.has_vote("正式党员")
    assert not rules.has_vote("预备党员")
    assert not rules.has_vote("正式党员", on_probation=True)
    assert rules.has_vote("正式党员", on_probation=False)


def test_late_entry_after_more_than_three_days() -> None:
    held = date(2026, 3, 2)
    assert not rules.is_late_entry(held, datetime(2026, 3, 5, 23, 0))
    assert rules.is_late_entry(held, datetime(2026, 3, 6, 8, 0))
    assert rules.is_late_entry(held, date(2026, 3, 4), limit_days=1)


def _general(present_voters: int, voters: int, probationers_present: int = 0) -> MeetingData:
    att = [AttendanceData(f"甲{i}", status="出席" if i < present_voters else "缺席", reason="外出")
           for i in range(voters)]
    att += [AttendanceData(f"乙{i}", category="预备党员", can_vote=False) for i in range(probationers_present)]
    return MeetingData(types=[rules.GENERAL], title="党员大会", held_on=date(2026, 3, 2), attendance=att)


def test_probationary_members_present_do_not_make_a_quorum() -> None:
    data = _general(present_voters=4, voters=8, probationers_present=3)
    c = count(data.attendance)
    assert (c.expected, c.present, c.voters, c.voters_present) == (11, 7, 8, 4)
    quorum = [ch for ch in checks(data) if "应到有表决权党员" in ch.message]
    assert quorum and not quorum[0].ok


def test_vote_check_per_item_and_admission_needs_the_candidate() -> None:
    data = _general(present_voters=7, voters=10)
    item = ItemData("讨论接收预备党员", vote_method="举手表决", votes_for=5, votes_against=2)
    data.items.append(item)
    result = item_check(data, item)
    assert result is not None and not result.ok and "未通过" in result.message
    item.votes_for, item.votes_against = 6, 1
    assert item_check(data, item).ok  # type: ignore[union-attr]
    messages = [ch.message for ch in checks(data) if not ch.ok]
    assert any("没有写明接收对象" in m for m in messages)
    item.candidate = "刘小红"
    assert not any("接收对象" in ch.message for ch in checks(data))


def test_more_votes_than_voters_present_is_flagged() -> None:
    data = _general(present_voters=6, voters=10)
    item = ItemData("表决", vote_method="举手表决", votes_for=6, votes_against=1)
    assert not item_check(data, item).ok  # type: ignore[union-attr]


def test_plain_word_checks_for_lecture_and_group_meeting() -> None:
    data = MeetingData(types=[rules.LECTURE, rules.GROUP], title="党课", held_on=date(2026, 3, 2))
    messages = [ch.message for ch in checks(data)]
    assert "党课没有填写授课人" in messages
    assert "党小组会没有选择党小组" in messages


def test_meeting_data_round_trips_through_json() -> None:
    data = _general(3, 5)
    data.items.append(ItemData("议题", speeches="发言\n第二行 😀"))
    assert MeetingData.from_json(data.to_json()) == data
