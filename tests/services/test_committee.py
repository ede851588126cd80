"""The committee and the 党小组 leaders as people on the roster: every rule follows 支部信息's link as well as the
党内职务 field, and the two are kept consistent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.services import branches, committee
from dangjian_desktop.services.cases import cards
from dangjian_desktop.services.meetings import attendance
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import year as study_year
from dangjian_desktop.services.year import selfcheck
from tests.factories import person_input


@pytest.fixture
def roster(db: Database, branch_id: str) -> dict[str, str]:
    """The conftest branch has 书记 王建国 and 组织委员 李明 typed in 支部信息; nobody has a 党内职务."""
    with db.session_scope() as s:
        return {name: people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1))).id
                for n, name in enumerate(["王建国", "李明", "张三", "赵四", "钱五", "孙六", "周七"])}


def _update(db: Database, branch_id: str, **changes: object) -> None:
    with db.session_scope() as s:
        b = branches.get_branch(s, branch_id)
        branches.update_branch(s, branch_id, branches.BranchInput(name=b.name, kind=b.kind,
                                                                   election_date=b.election_date, **changes))


def test_a_secretary_linked_only_through_branch_info_has_the_56_hour_target(db: Database, branch_id: str,
                                                                            roster: dict[str, str]) -> None:
    """《2019—2023年全国党员教育培训工作规划》: 基层党组织书记和班子成员每年不少于56学时 — 王建国's 党内职务 is empty;
    only 支部信息 names him 书记."""
    with db.session_scope() as s:
        assert people.get_person(s, roster["王建国"]).party_post == ""
        targets = {r.name: r.hours_target for r in study_year.year_view(s, branch_id, 2026)}
    assert targets["王建国"] == 56 and targets["李明"] == 56 and targets["张三"] == 32


def test_the_party_post_alone_also_counts(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    """The 支委会's quorum (> ½ of the committee) counts a 纪检委员 known only from his 党内职务."""
    with db.session_scope() as s:
        values = people.person_input(people.get_person(s, roster["张三"]))
        people.save_person(s, branch_id, data=replace(values, party_post="纪检委员"), person_id=roster["张三"])
    with db.session_scope() as s:
        seats = committee.committee_seats(s, branch_id)
        expected = attendance.expected(s, branch_id, date(2026, 3, 2), [rules.COMMITTEE])
    assert [(x.role, x.name) for x in seats] == [("书记", "王建国"), ("组织委员", "李明"), ("纪检委员", "张三")]
    assert all(x.person_id for x in seats)
    assert [a.name for a in expected] == ["王建国", "李明", "张三"]
    assert not rules.committee_quorum(len(seats), 1).ok and rules.committee_quorum(len(seats), 2).ok


def test_picked_from_the_roster_and_posts_kept_in_step(db: Database, branch_id: str,
                                                       roster: dict[str, str]) -> None:
    seats = [branches.Seat("书记", "李明", roster["李明"]), branches.Seat("组织委员", "赵四", roster["赵四"]),
             branches.Seat("委员", "钱五", roster["钱五"])]
    with db.session_scope() as s:
        changes = committee.post_changes(s, branch_id, seats)
    assert {c.text() for c in changes} == {"李明：党内职务“（空）”改为“书记”", "赵四：党内职务“（空）”改为“组织委员”",
                                           "钱五：党内职务“（空）”改为“支部委员”"}
    _update(db, branch_id, seats=seats)
    with db.session_scope() as s:
        committee.apply_post_changes(s, changes)
    with db.session_scope() as s:
        assert [(x.role, x.person_id) for x in committee.recorded_seats(s, branch_id)] == [
            ("书记", roster["李明"]), ("组织委员", roster["赵四"]), ("委员", roster["钱五"])]
        assert committee.post_changes(s, branch_id, committee.recorded_seats(s, branch_id)) == []
        # the other direction: 张三's post now says 宣传委员 → offered a seat; taking it records him in 支部信息
        offer = committee.seat_offer(s, branch_id, roster["张三"], "张三", "宣传委员")
        assert offer is not None and offer.role == "宣传委员" and offer.holder == ""
        committee.take_seat(s, branch_id, roster["张三"], "宣传委员")
        assert committee.seat_offer(s, branch_id, roster["李明"], "李明", "党支部书记") is None
    with db.session_scope() as s:
        assert ("宣传委员", roster["张三"]) in [(x.role, x.person_id) for x in committee.recorded_seats(s, branch_id)]


def test_two_people_of_one_name_are_told_apart_when_picking(db: Database, branch_id: str,
                                                            roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        other = people.save_person(s, branch_id, data=person_input("张三", birth=date(1988, 5, 1))).id
        choices = [label for _n, label, _id in committee.roster_choices(s, branch_id) if label.startswith("张三")]
        assert sorted(choices) == ["张三（1972年生）", "张三（1988年生）"]
    _update(db, branch_id, committee={"书记": "张三"})  # typed: two people of that name, so not linked
    with db.session_scope() as s:
        assert committee.recorded_seats(s, branch_id)[0].person_id is None
    _update(db, branch_id, seats=[branches.Seat("书记", "张三", other)])
    with db.session_scope() as s:
        assert committee.committee_person_ids(s, branch_id) == {other}


def test_the_group_leader_hosts_the_group_meeting(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        group = branches.list_groups(s, branch_id)[0]
        assert attendance.group_host(s, group.id) == ""
    _update(db, branch_id, group_leaders={group.id: branches.Seat("组长", "赵四", roster["赵四"])})
    with db.session_scope() as s:
        assert attendance.group_host(s, group.id) == "赵四"
        stored = branches.list_groups(s, branch_id)[0]
        assert (stored.leader_name, stored.leader_id) == ("赵四", roster["赵四"])


def test_talks_mark_committee_members(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    """《关于新形势下党内政治生活的若干准则》: 班子成员之间每年谈心谈话 — coverage says which 支委 had none."""
    with db.session_scope() as s:
        cov = cards.coverage(s, branch_id, 2026)
    assert {r.name for r in cov.committee_missing} == {"王建国", "李明"}


def test_structure_in_branch_info_and_self_check_as_the_branch_goes_from_7_to_6(
        db: Database, branch_id: str, roster: dict[str, str]) -> None:
    """条例第二十条: 正式党员7人以上的党支部应当设立支部委员会. With only a 书记, 7 正式党员 → a notice in 支部信息 and
    a self-check finding; one is transferred out → 6, and neither is shown any more."""
    _update(db, branch_id, committee={"书记": "王建国"})
    with db.session_scope() as s:
        assert [n.key for n in committee.structure(s, branch_id, date(2026, 3, 2))] == ["structure_committee"]
        found = selfcheck.check_year(s, branch_id, 2026, today=date(2026, 3, 2)).findings
        assert "structure_committee" in {f.rule_key for f in found}
        values = people.person_input(people.get_person(s, roster["周七"]))
        people.save_person(s, branch_id, data=replace(values, status="转出", status_date=date(2026, 2, 1)),
                           person_id=roster["周七"])
    with db.session_scope() as s:
        assert committee.structure(s, branch_id, date(2026, 3, 2)) == []
        found = selfcheck.check_year(s, branch_id, 2026, today=date(2026, 3, 2)).findings
        assert not {"structure_committee", "structure_members"} & {f.rule_key for f in found}


def test_self_check_lists_people_whose_notes_mention_probation(db: Database, branch_id: str,
                                                               roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        values = people.person_input(people.get_person(s, roster["孙六"]))
        people.save_person(s, branch_id, data=replace(values, note="曾受留党察看一年处分"), person_id=roster["孙六"])
        found = selfcheck.check_year(s, branch_id, 2026, today=date(2026, 3, 2)).findings
    notes = [f for f in found if f.rule_key == "discipline_notes"]
    assert len(notes) == 1 and "孙六" in notes[0].text and notes[0].target.record_id == roster["孙六"]
