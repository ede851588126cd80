"""三卡一法 services: the method's rules, cards, per-person history and 谈心谈话 coverage."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

TODAY = date(2026, 6, 15)


def case_input(**extra: Any) -> cases.CaseInput:
    values: dict[str, Any] = {
        "person_name": "赵六", "person_unit": "县供电所", "person_post": "抄表员", "category": "家庭/生活困难",
        "noticed_via": "走访", "level": "关注", "responsible": "王建国", "opened_on": date(2026, 5, 2),
        "summary": "妻子住院，家中老人无人照顾，情绪低落。", "status": "摸排", "next_follow_up": date(2026, 6, 1),
    }
    values.update(extra)
    return cases.CaseInput(**values)


def types_by_role(db: Database, branch_id: str) -> dict[str, cases_types.CardTypeInfo]:
    with db.session_scope() as s:
        return {t.role: t for t in cases_types.list_card_types(s, branch_id)}


def talk_values(on: date = date(2026, 5, 10)) -> dict[str, Any]:
    return {"talk_date": on, "place": "村委会", "talker": "王建国", "way": "面谈", "content": "了解家中情况。"}


def test_a_case_needs_a_person_a_follow_up_date_and_cannot_be_opened_closed(db: Database, branch_id: str) -> None:
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases.save_case(s, branch_id, data=case_input(person_name=" ", next_follow_up=None, status="销号"), today=TODAY)
    assert set(err.value.field_errors) == {"person_name", "next_follow_up", "status"}
    assert "销号" in err.value.field_errors["status"]


def test_overdue_follow_ups_are_flagged_and_counted(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        cases.save_case(s, branch_id, data=case_input(), today=TODAY)
        cases.save_case(s, branch_id, data=case_input(person_name="钱七", next_follow_up=date(2026, 7, 1)), today=TODAY)
    with db.session_scope() as s:
        rows = cases.list_cases(s, branch_id, today=TODAY)
    assert cases.overdue_count(rows) == 1
    late = next(r for r in rows if r.person_name == "赵六")
    assert late.overdue_days == 14
    assert [r.person_name for r in cases.filter_rows(rows, overdue_only=True)] == ["赵六"]
    assert rules.is_overdue("回访", date(2026, 6, 14), TODAY) and not rules.is_overdue("销号", date(2026, 1, 1), TODAY)


def test_no_closing_without_result_and_confirmation(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases.close_case(s, case_id, result="", confirmed=False, closed_on=TODAY, today=TODAY)
    assert set(err.value.field_errors) == {"result", "confirmed"}
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases.close_case(s, case_id, result="已联系民政办理临时救助。", confirmed=False, closed_on=TODAY, today=TODAY)
    assert set(err.value.field_errors) == {"confirmed"}
    with db.session_scope() as s:
        assert cases.get_case(s, case_id).status == "摸排"
        cases.close_case(s, case_id, result="已联系民政办理临时救助。", confirmed=True,
                         confirmation="本人签字确认", closed_on=TODAY, today=TODAY)
    with db.session_scope() as s:
        row = cases.get_case(s, case_id)
        assert (row.status, row.closed_on, row.next_follow_up) == ("销号", TODAY, None)
        rows = cases.list_cases(s, branch_id, today=date(2027, 1, 1))
    assert rows[0].overdue_days == 0  # a closed case is never overdue


def test_reopening_needs_a_reason_and_keeps_the_history(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
        cases.close_case(s, case_id, result="困难已解决", confirmed=True, closed_on=TODAY, today=TODAY)
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases.reopen_case(s, case_id, reason=" ", next_follow_up=None, today=TODAY)
    assert set(err.value.field_errors) == {"reason", "next_follow_up"}
    with db.session_scope() as s:
        cases.reopen_case(s, case_id, reason="老人再次住院，家中又无人照顾", next_follow_up=date(2026, 6, 22),
                          today=TODAY)
    with db.session_scope() as s:
        row = cases.get_case(s, case_id)
        events = cases.case_events(s, case_id)
    assert (row.status, row.result, row.confirmed, row.closed_on) == ("回访", "", False, None)
    assert [e.action for e in events] == ["立案", "销号", "重新打开"]
    assert "困难已解决" in events[1].note
    assert events[2].note == "老人再次住院，家中又无人照顾"
    with pytest.raises(UserError, match="没有销号"), db.session_scope() as s:
        cases.reopen_case(s, case_id, reason="再开", next_follow_up=date(2026, 7, 1), today=TODAY)


def test_a_closed_case_cannot_be_edited_or_given_cards(db: Database, branch_id: str) -> None:
    talk = types_by_role(db, branch_id)["talk"]
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
        cases.close_case(s, case_id, result="已解决", confirmed=True, closed_on=TODAY, today=TODAY)
    with pytest.raises(UserError, match="重新打开"), db.session_scope() as s:
        cases.save_case(s, branch_id, data=case_input(), case_id=case_id, today=TODAY)
    with pytest.raises(UserError, match="重新打开"), db.session_scope() as s:
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(talk.id, talk_values()), today=TODAY)


def test_cards_are_checked_against_the_definition_and_move_the_case_along(db: Database, branch_id: str) -> None:
    by_role = types_by_role(db, branch_id)
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["talk"].id, {"way": "写信", "talk_date": "2026-13-40"}), today=TODAY)
    assert set(err.value.field_errors) == {"talk_date", "talker", "way", "content"}
    with db.session_scope() as s:
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["talk"].id, talk_values(), next_follow_up=date(2026, 6, 20)), today=TODAY)
    with db.session_scope() as s:
        row = cases.get_case(s, case_id)
        assert (row.status, row.next_follow_up) == ("谈心", date(2026, 6, 20))
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["help"].id, {"measures": "协调亲属轮流照顾", "helper": "李明"}), today=TODAY)
        assert cases.get_case(s, case_id).status == "帮扶"
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["talk"].id, talk_values(date(2026, 6, 12))), today=TODAY)
        assert cases.get_case(s, case_id).status == "回访"
    with db.session_scope() as s:
        cards = cases_cards.list_cards(s, case_id)
    assert [c.type_name for c in cards] == ["谈心谈话卡", "谈心谈话卡", "帮扶解难卡"]  # by card date
    assert cards[0].card_date == date(2026, 5, 10)
    assert cards[0].shown[0].label == "谈话日期" and cards[0].shown[0].text == "2026-05-10"


def test_per_person_history(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("张建国")).id
        cases.save_case(s, branch_id, data=case_input(person_id=pid, person_name="张建国", opened_on=date(2025, 3, 1)), today=TODAY)
        cases.save_case(s, branch_id, data=case_input(person_id=pid, person_name="张建国", category="健康"), today=TODAY)
        cases.save_case(s, branch_id, data=case_input(), today=TODAY)
    with db.session_scope() as s:
        mine = cases.list_cases(s, branch_id, person_id=pid, today=TODAY)
        outsider = cases.list_cases(s, branch_id, person_name="赵六", today=TODAY)
    assert [(r.category, r.opened_on) for r in mine] == [("健康", date(2026, 5, 2)),
                                                         ("家庭/生活困难", date(2025, 3, 1))]
    assert [r.who for r in outsider] == ["赵六（县供电所 抄表员）"]


def test_talk_coverage_counts_members_with_a_talk_card_this_year(db: Database, branch_id: str) -> None:
    by_role = types_by_role(db, branch_id)
    with db.session_scope() as s:
        ids = {n: people.save_person(s, branch_id, data=person_input(n, birth=date(1970 + i, 1, 1), **extra)).id
               for i, (n, extra) in enumerate([("王五", {}), ("丁一", {}), ("马建华", {"category": "预备党员"}),
                                               ("曾强", {"category": "入党积极分子", "join": None}),
                                               ("李四", {"status": "转出"})])}
        for name, on in [("王五", date(2026, 3, 1)), ("丁一", date(2025, 12, 30))]:
            case_id = cases.save_case(s, branch_id, data=case_input(person_id=ids[name], person_name=name,
                                                                opened_on=date(2025, 12, 1)), today=TODAY).id
            cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["talk"].id, talk_values(on)), today=TODAY)
            # a 思想动态卡 is not a talk
            cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["thought"].id, {
                "noticed_on": date(2026, 2, 1), "noticed_via": "观察", "description": "情绪低落", "level": "关注"}), today=TODAY)
        outsider = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
        cases_cards.save_card(s, outsider, data=cases_cards.CardInput(by_role["talk"].id, talk_values()), today=TODAY)
    with db.session_scope() as s:
        cov = cases_cards.coverage(s, branch_id, 2026)
    assert sorted(r.name for r in cov.rows) == sorted(["王五", "丁一", "马建华"])  # 正式/预备党员 on the books
    assert cov.covered == 1
    assert sorted(r.name for r in cov.missing) == sorted(["丁一", "马建华"])
    wang = next(r for r in cov.rows if r.name == "王五")
    assert (wang.talks, wang.last_talk) == (1, date(2026, 3, 1))


def thought_values(level: str) -> dict[str, Any]:
    return {"noticed_on": date(2026, 5, 3), "noticed_via": "谈心", "description": "近来少言寡语。", "level": level}


def test_a_new_card_starts_from_the_case_and_its_level_moves_the_case(db: Database, branch_id: str) -> None:
    by_role = types_by_role(db, branch_id)
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
        assert cases_cards.new_card_defaults(s, case_id) == {"noticed_via": "走访", "level": "关注"}
    with db.session_scope() as s:
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["thought"].id, thought_values("重点")), today=TODAY)
    with db.session_scope() as s:
        assert cases.get_case(s, case_id).level == "重点"
        history = cases.case_events(s, case_id)
        assert any("关注等级" in e.action and "关注" in e.note and "重点" in e.note for e in history)
        assert cases_cards.new_card_defaults(s, case_id)["level"] == "重点"
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["talk"].id, talk_values()), today=TODAY)  # no level: kept
        assert cases.get_case(s, case_id).level == "重点"
