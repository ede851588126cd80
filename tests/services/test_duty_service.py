"""党员责任区, 党员承诺, 一帮一结对, 发展党员的公示 and the study activity count, through the services."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.duty import activity, areas, notices, pairs, pledges, workdays
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import records as study
from tests.factories import person_input

TODAY = date(2026, 11, 29)


def add(db: Database, branch_id: str, name: str, **extra: Any) -> str:
    with db.session_scope() as s:
        return people.save_person(s, branch_id, data=person_input(name, **extra), today=TODAY).id


@pytest.fixture
def roster(db: Database, branch_id: str) -> dict[str, str]:
    return {
        "王建国": add(db, branch_id, "王建国"),
        "李明": add(db, branch_id, "李明", birth=date(1985, 3, 2)),
        "赵丽": add(db, branch_id, "赵丽", birth=date(1990, 1, 9), male=False, is_hardship=True),
        "孙强": add(db, branch_id, "孙强", birth=date(1998, 4, 4), category="入党积极分子", join=None,
                  apply_date=date(2025, 1, 10), first_talk_date=date(2025, 1, 20), activist_date=date(2025, 8, 1),
                  contact_persons="王建国、李明"),
        "周敏": add(db, branch_id, "周敏", birth=date(1999, 5, 5), category="入党积极分子", join=None,
                  apply_date=date(2025, 2, 10), first_talk_date=date(2025, 2, 20), activist_date=date(2025, 9, 1)),
    }


def test_area_people_and_its_record_reads_cases_without_copying(db: Database, branch_id: str,
                                                                roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        area_id = areas.save_area(s, branch_id, data=areas.AreaInput(name="第一村民小组", kind="村民小组")).id
        areas.add_person(s, area_id, "负责人", person_id=roster["王建国"])
        areas.add_person(s, area_id, "成员", name="刘大爷", unit="一组12号")
        areas.add_person(s, area_id, "成员", person_id=roster["赵丽"])
        areas.add_person(s, area_id, "积极分子", person_id=roster["孙强"])
        areas.save_record(s, area_id, 2026, data=areas.AreaRecordInput(duty=1, content="带头清理村道垃圾", due_on=date(2026, 4, 30), result="已完成", done_on=date(2026, 4, 20)))
        cases_types.ensure_defaults(s, branch_id)
        talk = next(t for t in cases_types.list_card_types(s, branch_id) if t.role == "talk")
        case_id = cases.save_case(s, branch_id, data=cases.CaseInput(person_name="刘大爷", category="家庭/生活困难", noticed_via="走访", level="关注", responsible="王建国", opened_on=date(2026, 3, 1), summary="独居老人，冬季取暖困难", status="摸排", next_follow_up=date(2026, 4, 1)), today=TODAY).id
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(talk.id, {"talk_date": date(2026, 3, 5), "talker": "王建国", "way": "家访",
                                                    "content": "了解取暖情况"}), today=TODAY)
        # someone outside the area: not in its record
        cases.save_case(s, branch_id, data=cases.CaseInput(person_name="陈某", category="诉求", noticed_via="反映", level="一般", responsible="李明", opened_on=date(2026, 3, 2), summary="x", status="摸排", next_follow_up=date(2026, 4, 1)), today=TODAY)
    with db.session_scope() as s:
        area = areas.get_area(s, area_id)
        record = areas.year_record(s, area_id, 2026)
        assert areas.year_record(s, area_id, 2025) == []
    assert area.leader_names == "王建国"
    assert [p.name for p in area.with_role("积极分子")] == ["孙强"]
    assert area.with_role("积极分子")[0].contact_persons == "王建国、李明"
    assert [(r.duty, r.source) for r in record] == [(1, ""), (3, "三卡一法"), (3, "三卡一法")]
    assert "刘大爷" in record[1].content and "谈心谈话卡" in record[2].content and "了解取暖情况" in record[2].content
    assert not any("陈某" in r.content for r in record)
    with pytest.raises(ValidationError), db.session_scope() as s:
        areas.add_person(s, area_id, "负责人", person_id=roster["孙强"])  # not a member
    with pytest.raises(ValidationError), db.session_scope() as s:
        areas.add_person(s, area_id, "负责人", person_id=roster["王建国"])  # already there


def test_pledges_and_the_assessment_entered_once(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        pledges.save_pledge(s, branch_id, roster["王建国"], 2026, "帮助两户困难群众", date(2026, 2, 10), today=TODAY)
        pledges.save_pledge(s, branch_id, roster["王建国"], 2026, "带头参加义务劳动", date(2026, 2, 10), today=TODAY)
        pledges.save_review(s, branch_id, roster["王建国"], 2026, "较好", date(2026, 11, 20), today=TODAY)
        pledges.save_review(s, branch_id, roster["王建国"], 2026, "好", date(2026, 11, 25), "两户已脱困", today=TODAY)
    with db.session_scope() as s:
        year = {m.name: m for m in pledges.year_pledges(s, branch_id, 2026)}
        by_name = pledges.reviews_by_name(s, branch_id, 2026)
    assert set(year) == {"王建国", "李明", "赵丽"}  # members only
    assert len(year["王建国"].pledges) == 2 and year["王建国"].review is not None
    assert year["王建国"].review.grade == "好" and by_name == {"王建国": "好（两户已脱困）"}
    assert year["李明"].pledges == ()
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        pledges.save_pledge(s, branch_id, roster["李明"], 2026, " ", date(2024, 1, 1), today=TODAY)
    assert set(err.value.field_errors) == {"content", "pledged_on"}


def test_pairs_keep_visits_as_case_cards_and_show_coverage(db: Database, branch_id: str,
                                                           roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        pair_id = pairs.create_pair(s, branch_id, data=pairs.PairInput(member_id=roster["李明"], kind="困难帮扶", partner_id=roster["赵丽"], started_on=date(2026, 3, 1)), today=TODAY).id
        pairs.create_pair(s, branch_id, data=pairs.PairInput(member_id=roster["王建国"], kind="培养积极分子", partner_id=roster["孙强"], started_on=date(2026, 3, 1)), today=TODAY)
        cases_types.ensure_defaults(s, branch_id)
        help_card = next(t for t in cases_types.list_card_types(s, branch_id) if t.role == "help")
        row = next(p for p in pairs.list_pairs(s, branch_id) if p.id == pair_id)
        cases_cards.save_card(s, row.case_id, data=cases_cards.CardInput(help_card.id, {"measures": "联系就业岗位", "helper": "李明"}, card_date=date(2026, 4, 2)), today=TODAY)
    with db.session_scope() as s:
        rows = {p.id: p for p in pairs.list_pairs(s, branch_id)}
        cover = pairs.coverage(s, branch_id)
        case_rows = cases.list_cases(s, branch_id, today=TODAY)
    assert rows[pair_id].visits == 1 and rows[pair_id].last_visit == date(2026, 4, 2)
    assert rows[pair_id].case_status == "帮扶"  # the case machinery moved it along
    assert {c.category for c in case_rows} == {"一帮一结对"} and len(case_rows) == 2  # one case per pair, no copy
    assert cover.members_without == ["赵丽"] and cover.activists_without == ["周敏"] and cover.hardship_without == []
    assert cover.text == "已结对党员 2 / 3 人"
    with pytest.raises(ValidationError), db.session_scope() as s:
        pairs.create_pair(s, branch_id, data=pairs.PairInput(member_id=roster["李明"], kind="培养积极分子", partner_name="路人甲", started_on=date(2026, 3, 1)), today=TODAY)
    with db.session_scope() as s:
        pairs.delete_pair(s, pair_id)
    with db.session_scope() as s:
        assert len(cases.list_cases(s, branch_id, today=TODAY)) == 1


def test_notices_working_days_corrections_and_year_findings(db: Database, branch_id: str,
                                                            roster: dict[str, str]) -> None:
    candidate = add(db, branch_id, "吴刚", birth=date(1995, 6, 6), category="预备党员", join=date(2026, 5, 20),
                    apply_date=date(2024, 1, 5), first_talk_date=date(2024, 1, 20), activist_date=date(2024, 8, 1),
                    candidate_date=date(2025, 9, 1), approval_date=date(2026, 6, 1))
    other = add(db, branch_id, "郑洁", birth=date(1996, 6, 6), category="预备党员", join=date(2026, 10, 20),
                male=False, apply_date=date(2024, 1, 5), first_talk_date=date(2024, 1, 20),
                activist_date=date(2024, 8, 1), candidate_date=date(2025, 9, 1), approval_date=date(2026, 11, 1))
    with db.session_scope() as s:
        short_id = notices.save_notice(s, branch_id, data=notices.NoticeInput(person_id=candidate, kind="发展对象", start_on=date(2026, 4, 28), end_on=date(2026, 5, 6), result="无异议"), today=TODAY).id
    with db.session_scope() as s:
        rows = notices.list_notices(s, branch_id, 2026)
        found = notices.year_findings(s, branch_id, 2026, TODAY)
    assert rows[0].workdays == 4 and not rows[0].check.ok
    assert [(f.name, f.label) for f in found] == [("吴刚", "发展对象公示"), ("郑洁", "发展对象公示")]
    assert "不足5个工作日" in found[0].note and "未登记公示" in found[1].note
    # the secretary corrects 2 May (a holiday in the calendar) to a working day: the 公示 now has 5
    with db.session_scope() as s:
        workdays.set_override(s, date(2026, 5, 2), True, "镇里统一安排上班")
        notices.save_notice(s, branch_id, data=notices.NoticeInput(person_id=other, kind="发展对象", start_on=date(2026, 9, 28), end_on=date(2026, 10, 10), result="无异议"), today=TODAY)
    with db.session_scope() as s:
        rows = {r.name: r for r in notices.list_notices(s, branch_id, 2026)}
        assert notices.year_findings(s, branch_id, 2026, TODAY) == []
        facts = notices.person_notices(s, candidate)
    assert rows["吴刚"].workdays == 5 and rows["吴刚"].check.ok
    assert rows["郑洁"].workdays == 6  # across 国庆 with the Saturday 10 Oct worked
    assert facts["发展对象"].workdays.corrected == (date(2026, 5, 2),)
    with pytest.raises(ValidationError), db.session_scope() as s:
        notices.save_notice(s, branch_id, data=notices.NoticeInput(person_id=candidate, kind="发展对象", start_on=date(2026, 4, 1), end_on=date(2026, 4, 10)), today=TODAY)
    with db.session_scope() as s:
        notices.delete_notice(s, short_id)
        assert [f.name for f in notices.year_findings(s, branch_id, 2026, TODAY)] == ["吴刚"]


def test_activity_count_against_the_local_target(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        for month in (1, 3, 5, 8, 11):
            study.save_session(s, branch_id, study.SessionInput(held_on=date(2026, month, 10), topic=f"{month}月学习"),
                               today=TODAY)
        study.save_session(s, branch_id, study.SessionInput(held_on=date(2025, 12, 30), topic="去年"), today=TODAY)
        assert activity.get_target(s, branch_id) == 24
        activity.set_target(s, branch_id, 10)
    with db.session_scope() as s:
        count = activity.activity_count(s, branch_id, 2026, today=TODAY)
    assert (count.first_half, count.year_total, count.target, count.half_target) == (3, 5, 10, 5)
    assert count.half_short and not count.year_short  # the year is not over
    with pytest.raises(ValidationError), db.session_scope() as s:
        activity.set_target(s, branch_id, 0)


def test_selfcheck_findings_and_the_activity_row(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    from dangjian_desktop.services.year import selfcheck

    with db.session_scope() as s:
        area_id = areas.save_area(s, branch_id, data=areas.AreaInput(name="机修班组", kind="班组")).id
        areas.save_area(s, branch_id, data=areas.AreaInput(name="二组", kind="村民小组"))
        areas.add_person(s, area_id, "负责人", person_id=roster["王建国"])
        areas.add_person(s, area_id, "积极分子", person_id=roster["孙强"])
        pledges.save_pledge(s, branch_id, roster["王建国"], 2026, "带头", date(2026, 2, 1), today=TODAY)
        pledges.save_pledge(s, branch_id, roster["李明"], 2026, "帮扶", date(2026, 2, 1), today=TODAY)
        pledges.save_review(s, branch_id, roster["李明"], 2026, "好", date(2026, 11, 25), today=TODAY)
        for month in range(1, 12):
            study.save_session(s, branch_id, study.SessionInput(held_on=date(2026, month, 3), topic=f"{month}月"),
                               today=TODAY)
    with db.session_scope() as s:
        result = selfcheck.check_year(s, branch_id, 2026, today=TODAY)
    texts = {f.rule_key: [x.text for x in result.findings if x.rule_key == f.rule_key] for f in result.findings}
    assert texts["duty_areas"] == ["党员责任区“二组”没有确定责任党员"]
    assert texts["pledges"] == ["2026年有 1 名党员没有作出承诺：赵丽"]
    assert "pledge_reviews" not in texts  # the assessment is made in December
    assert texts["activists"] == ["入党积极分子周敏没有纳入党员责任区，没有确定培养联系人"]
    assert texts["activities"] == ["2026年上半年党员学习教育活动 6 次，少于半年检查目标 12 次"]
    row = next(r for r in result.grid if r.rule_key == "activities")
    assert [(c.first_month, c.months, c.state) for c in row.cells] == [(1, 6, "missing"), (7, 6, "pending")]
    assert row.cells[1].note == "全年已 11 次，目标 24 次"
    # the year over: the year's box is judged too
    with db.session_scope() as s:
        later = selfcheck.check_year(s, branch_id, 2026, today=date(2027, 1, 5))
    row = next(r for r in later.grid if r.rule_key == "activities")
    assert row.cells[1].state == "missing"
    assert any("少于全年目标 24 次" in f.text and f.severity == "serious" for f in later.findings)
    assert [f.text for f in later.findings if f.rule_key == "pledge_reviews"] == [
        "2026年有 1 名党员的承诺没有年终践诺评定：王建国"]


def test_deleted_duty_records_go_to_the_recycle_bin_and_come_back(db: Database, branch_id: str,
                                                                  roster: dict[str, str]) -> None:
    from dangjian_desktop.services import recycle

    with db.session_scope() as s:
        area_id = areas.save_area(s, branch_id, data=areas.AreaInput(name="机修班组", kind="班组")).id
        pledge_id = pledges.save_pledge(s, branch_id, roster["王建国"], 2026, "带头", date(2026, 2, 1), today=TODAY).id
        areas.delete_area(s, area_id)
        pledges.delete_pledge(s, pledge_id)
    with db.session_scope() as s:
        kinds = {r.kind: r for r in recycle.list_deleted(s, branch_id)}
        assert areas.list_areas(s, branch_id) == []
    assert kinds["党员责任区"].title == "机修班组（班组）" and kinds["党员承诺"].title == "2026年度：带头"
    with db.session_scope() as s:
        recycle.restore(s, "duty_area", area_id)
    with db.session_scope() as s:
        assert [a.name for a in areas.list_areas(s, branch_id)] == ["机修班组"]


def test_a_notice_in_a_year_the_calendar_does_not_know_says_how_it_was_counted(
        db: Database, branch_id: str, roster: dict[str, str]) -> None:
    from dangjian_desktop.domain.workdays import known_years

    year = known_years()[1] + 1
    with db.session_scope() as s:
        notices.save_notice(s, branch_id, data=notices.NoticeInput(person_id=roster["孙强"], kind="发展对象", start_on=date(year, 3, 1), end_on=date(year, 3, 14)), today=date(year, 12, 1))
    with db.session_scope() as s:
        row = notices.list_notices(s, branch_id)[0]
    assert row.workdays == 10 and row.check.ok
    assert row.check_text.startswith("符合要求（") and "按周一至周五计算" in row.check_text
