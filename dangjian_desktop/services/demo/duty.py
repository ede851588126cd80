"""Demo data: 党员责任区 (the village's groups and its cooperative), the year's 党员承诺 with last year's 践诺
assessment (shown in last December's 民主评议党员), 一帮一结对 with visits kept as 三卡一法 cards, and the 公示
of the demo's 发展对象 and 预备党员 — all from the people, cases and meetings the rest of the demo made."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlmodel import Session

from dangjian_desktop.domain import duty as rules
from dangjian_desktop.domain.workdays import count_workdays
from dangjian_desktop.services import branches
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.duty import areas, notices, pairs, pledges
from dangjian_desktop.services.duty.common import RosterPerson, members, roster

_AREAS = (("一组", "村民小组"), ("二组", "村民小组"), ("三组", "村民小组"), ("村果品专业合作社", "岗位"))
_VILLAGERS = (("马大娘", "一组3号"), ("张老汉", "一组17号"), ("李桂花", "二组8号"), ("赵满仓", "二组21号"),
              ("王二牛", "三组5号"), ("孙巧云", "三组12号"), ("何建军", "合作社分拣车间"), ("田秀芳", "合作社包装车间"))
_RECORDS = {
    1: ("带头参加村道硬化义务劳动", "按期完成", 4),
    2: ("合作社冷库、分拣线每月安全检查，班前讲安全", "全年无违章操作", 3),
    3: ("入户宣讲惠农政策，调解邻里宅基地纠纷", "纠纷已调解，双方满意", 6),
    4: ("与积极分子谈心，布置学习党章", "按期交了思想汇报", 5),
}
_PLEDGES = ("带头发展特色种植，带动两户群众增收", "每季度走访责任区内的困难群众", "带头遵守村规民约，参与人居环境整治",
            "帮助一名青年学习电商销售", "义务为群众代办社保、医保业务", "带头参加防汛、防火值守")


def _cut(day: date, today: date) -> date:
    return min(day, today)


def create_demo_duty(session: Session, branch_id: str, *, today: date, rng: random.Random) -> None:
    """Add the year's 党员责任区, 承诺, 结对 and 公示 to the demo branch (through the services)."""
    year = today.year
    everyone = roster(session, branch_id)
    by_name = {p.name: p for p in everyone}
    the_members = members(session, branch_id)
    committee = [by_name[n] for n in branches.committee(session, branch_id).values() if n in by_name]
    leaders = (committee + [m for m in the_members if m not in committee])[:len(_AREAS)]
    if not leaders:
        return
    activists = [p for p in everyone if p.category in ("入党积极分子", "发展对象")]
    ordinary = [m for m in the_members if m not in leaders]
    rng.shuffle(ordinary)
    case_rows = cases.list_cases(session, branch_id, today=today)
    area_ids = []
    for n, (name, kind) in enumerate(_AREAS):
        area_id = areas.save_area(session, branch_id, data=areas.AreaInput(
            name=name, kind=kind, note="" if kind == "村民小组" else "合作社分拣、冷库、包装岗位")).id
        area_ids.append(area_id)
        areas.add_person(session, area_id, rules.LEADER, person_id=leaders[n % len(leaders)].id)
        for m in ordinary[n::len(_AREAS)][:3]:
            areas.add_person(session, area_id, rules.MEMBER, person_id=m.id)
        for villager, home in _VILLAGERS[2 * n:2 * n + 2]:
            areas.add_person(session, area_id, rules.MEMBER, name=villager, unit=home)
        for a in activists[n::len(_AREAS)]:
            areas.add_person(session, area_id, rules.ACTIVIST, person_id=a.id)
        for duty, (what, result, month) in _RECORDS.items():
            if duty == 2 and kind == "村民小组":
                what, result = "农机具安全使用宣传，秸秆禁烧和防火巡查", "全年无安全事故"
            done = _cut(date(year, month, 10 + n), today)
            areas.save_record(session, area_id, year, data=areas.AreaRecordInput(
                duty=duty, content=what, due_on=date(year, month, 28), result=result if done < today else "",
                done_on=done))
    # the people of the demo's 三卡一法 cases live in the village's groups: their cases show in the areas' records
    placed = {p.person_id or p.name for a in areas.list_areas(session, branch_id) for p in a.people}
    for n, c in enumerate(case_rows):
        key = c.person_id or c.person_name
        if key in placed:
            continue
        placed.add(key)
        if c.person_id:
            areas.add_person(session, area_ids[n % 3], rules.MEMBER, person_id=c.person_id)
        else:
            areas.add_person(session, area_ids[n % 3], rules.MEMBER, name=c.person_name, unit=c.person_unit)
    _pledges(session, branch_id, the_members, today, rng)
    _pairs(session, branch_id, the_members, activists, by_name, today, rng)
    _notices(session, branch_id, everyone, today)


def _pledges(session: Session, branch_id: str, the_members: list[RosterPerson], today: date,
             rng: random.Random) -> None:
    """Last year's pledges with their 践诺 assessment (before last December's 民主评议党员), and this year's;
    two members have not pledged this year."""
    for year in (today.year - 1, today.year):
        skip = set(rng.sample([m.id for m in the_members], min(2, len(the_members) - 1))) if year == today.year else set()
        for m in the_members:
            if m.id in skip:
                continue
            on = _cut(date(year, 2, rng.randint(10, 25)), today)
            for content in rng.sample(_PLEDGES, rng.choice((1, 2))):
                pledges.save_pledge(session, branch_id, m.id, year, content, on, today=today)
            reviewed = date(year, 12, 20)
            if reviewed <= today:
                grade = rng.choices(rules.GRADES[:3], weights=(6, 3, 1))[0]
                pledges.save_review(session, branch_id, m.id, year, grade, reviewed,
                                    "承诺事项全部兑现" if grade == "好" else "", today=today)


def _pairs(session: Session, branch_id: str, the_members: list[RosterPerson], activists: list[RosterPerson],
           by_name: dict[str, RosterPerson], today: date, rng: random.Random) -> None:
    types = {t.role: t for t in cases_types.list_card_types(session, branch_id)}
    helpers = [m for m in the_members if not m.is_hardship] or the_members
    started = _cut(date(today.year, 3, 1), today)
    partners: list[tuple[str, dict[str, str], RosterPerson]] = []
    for n, a in enumerate(activists):  # each 积极分子 with their 培养联系人
        contact = next((by_name[c] for c in a.contact_persons.split("、") if c in by_name and by_name[c] in the_members),
                       helpers[n % len(helpers)])
        partners.append(("培养积极分子", {"partner_id": a.id}, contact))
    for n, m in enumerate(x for x in the_members if x.is_hardship):
        helper = helpers[(-1 - n) % len(helpers)]
        if helper.id != m.id:
            partners.append(("困难帮扶", {"partner_id": m.id}, helper))
    partners.append(("困难帮扶", {"partner_name": "马大娘", "partner_unit": "一组3号（独居老人）"}, helpers[0]))
    for kind, partner, member in partners:
        pair_id = pairs.create_pair(session, branch_id, data=pairs.PairInput(
            member_id=member.id, kind=kind, started_on=started, **partner), today=today).id
        case_id = next(p.case_id for p in pairs.list_pairs(session, branch_id) if p.id == pair_id)
        visit = _cut(started + timedelta(days=rng.randint(5, 20)), today)
        talk = "谈入党动机，布置学习党章第一章" if kind == "培养积极分子" else "了解家庭收入和身体情况"
        cases_cards.save_card(session, case_id, data=cases_cards.CardInput(types["talk"].id, {
            "talk_date": visit, "talker": member.name, "way": "面谈", "content": talk}), today=today)
        if kind == "困难帮扶":
            cases_cards.save_card(session, case_id, data=cases_cards.CardInput(types["help"].id, {
                "measures": "代办临时救助申请，农忙时帮助收割", "helper": member.name, "result": "救助已到位"},
                card_date=_cut(visit + timedelta(days=30), today), next_follow_up=today + timedelta(days=20)),
                today=today)
        else:
            cases_cards.save_card(session, case_id, data=cases_cards.CardInput(types["talk"].id, {
                "talk_date": _cut(visit + timedelta(days=60), today), "talker": member.name, "way": "面谈",
                "content": "听取思想汇报，谈学习体会"}, next_follow_up=today + timedelta(days=30)), today=today)


def _notice_span(end: date) -> date:
    """A start giving at least 5 working days up to ``end`` (more across a holiday)."""
    start = end - timedelta(days=6)
    while count_workdays(start, end).days < rules.MIN_NOTICE_WORKDAYS + 1:
        start -= timedelta(days=1)
    return start


def _notices(session: Session, branch_id: str, everyone: list[RosterPerson], today: date) -> None:
    """The 公示 of everyone received or made a full member within the last year, and of a 预备党员 whose
    预备期 is about to end (running now)."""
    from dangjian_desktop.services.people import records as people

    for p in everyone:
        person = people.get_person(session, p.id)
        if person.join_date and today - person.join_date <= timedelta(days=366):
            end = person.join_date - timedelta(days=2)
            notices.save_notice(session, branch_id, data=notices.NoticeInput(
                person_id=p.id, kind="发展对象", start_on=_notice_span(end), end_on=end, result="无异议"), today=today)
        full = person.full_member_date
        if full and today - full <= timedelta(days=366):
            end = full - timedelta(days=2)
            notices.save_notice(session, branch_id, data=notices.NoticeInput(
                person_id=p.id, kind="转正", start_on=_notice_span(end), end_on=end, result="无异议"), today=today)
        due = person.join_date and person.category == "预备党员" and person.full_member_date is None
        if due and person.join_date is not None and today - person.join_date >= timedelta(days=330):
            start = today - timedelta(days=3)
            end = start + timedelta(days=6)
            while count_workdays(start, end).days < rules.MIN_NOTICE_WORKDAYS + 1:
                end += timedelta(days=1)
            notices.save_notice(session, branch_id, data=notices.NoticeInput(
                person_id=p.id, kind="转正", start_on=start, end_on=end, result=""), today=today)
