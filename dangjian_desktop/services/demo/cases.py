"""Demo data: a realistic set of 三卡一法 cases for the demo branch — open ones, overdue ones, closed
ones (one of them reopened), mostly with roster members and one with an employee outside the roster."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from dangjian_desktop.db.models.cases import CaseCard, CaseEvent, CaseRecord
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.services import branches
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.demo.stamps import Stamps, entered
from dangjian_desktop.services.people import records as people

_PLACES = ("村委会办公室", "本人家中", "党员活动室", "田间地头")


@dataclass(frozen=True)
class _Story:
    category: str
    noticed_via: str
    level: str
    summary: str
    talk: str  # 谈话内容
    views: str  # 本人想法和诉求
    measures: str  # 帮扶措施 ('' = no 帮扶解难卡)
    result: str  # 帮扶结果 / 销号 result
    ending: str  # open / overdue / closed / reopened


_STORIES = (
    _Story("健康", "走访", "关注", "腰椎病复发，行动不便，担心今年的农活耽误。",
           "询问病情和治疗情况，讲解新农合报销政策。", "希望能帮忙联系县医院复查，秋收时有人搭把手。",
           "联系县医院专家门诊预约复查；组织党员志愿队帮助秋收。", "已复查并开始理疗，秋收由志愿队帮忙完成。", "closed"),
    _Story("家庭/生活困难", "反映", "重点", "妻子住院手术，两个孩子上学，家庭开支紧张。",
           "了解住院费用和家庭收入情况，宽慰其不要着急。", "希望申请临时救助，孩子的学费能缓交。",
           "协助向镇民政办申请临时救助；与学校沟通学费缓交。", "", "open"),
    _Story("思想问题", "观察", "关注", "近两次组织生活会未参加，情绪低落，对村里土地流转有意见。",
           "听取其对土地流转方案的意见，解释方案的来龙去脉。", "认为流转价格偏低，希望召开村民代表会议再议。",
           "", "", "overdue"),
    _Story("工作困难", "谈心", "一般", "在外务工被拖欠工资三个月，影响按时交纳党费。",
           "电话了解欠薪经过，告知维权渠道。", "希望村里出具证明，帮助联系劳动监察部门。",
           "出具务工证明，联系县劳动保障监察大队。", "欠薪已全部追回。", "reopened"),
    _Story("诉求", "反映", "一般", "反映自家门前排水沟堵塞，雨天积水进院。",
           "实地查看排水沟情况，记录诉求。", "希望雨季前疏通排水沟。",
           "安排村保洁队疏通排水沟并加盖板。", "排水沟已疏通并加装盖板，雨天不再积水。", "closed"),
    _Story("工作困难", "走访", "重点", "合作社刚起步，缺少技术和销路，压力很大。",
           "了解合作社经营情况，鼓励其坚持。", "希望得到种植技术培训，帮助对接销售渠道。",
           "联系县农技站上门指导；推荐参加电商培训。", "", "overdue"),
)

_OUTSIDERS = (("刘桂兰", "村小学", "炊事员"), ("周德福", "镇供电所", "抄表员"), ("何秀英", "村卫生室", "保洁员"))


def create_demo_cases(session: Session, branch_id: str, *, years: int, today: date, rng: random.Random) -> None:
    """Add a realistic set of 三卡一法 cases to the demo branch (through the services, so it is validated and audited)."""
    types = {t.role: t for t in cases_types.list_card_types(session, branch_id)}
    cadres = list(branches.committee(session, branch_id).values()) or ["支部书记"]
    members = [r for r in people.list_rows(session, branch_id, today)
               if r.status in ACTIVE_STATUSES and r.category in ("正式党员", "预备党员")]
    members.sort(key=lambda r: r.id_number or r.name)
    chosen = rng.sample(members, min(len(members), len(_STORIES) - 1))
    outsider = rng.choice(_OUTSIDERS)
    for n, story in enumerate(_STORIES):
        cadre = cadres[n % len(cadres)]
        if n == 3 or n - (n > 3) >= len(chosen):  # the 欠薪 story is an employee outside the roster
            name, unit, post, person_id = *outsider, None
        else:
            row = chosen[n - (n > 3)]
            name, unit, post, person_id = row.name, row.work_unit, "", row.id
            if cadre == name and len(cadres) > 1:  # nobody is responsible for their own matter
                cadre = cadres[(n + 1) % len(cadres)]
        opened = today - timedelta(days=rng.randint(60, 150))
        case_id = cases.save_case(session, branch_id, data=cases.CaseInput(
            person_id=person_id, person_name=name, person_unit=unit, person_post=post,
            category=story.category, noticed_via=story.noticed_via, level=story.level,
            responsible=cadre, opened_on=opened, summary=story.summary, status="摸排",
            next_follow_up=opened + timedelta(days=7)), today=today).id
        cases_cards.save_card(session, case_id, data=cases_cards.CardInput(types["thought"].id, {
            "noticed_on": opened, "noticed_via": story.noticed_via, "category": story.category,
            "description": story.summary, "level": story.level, "reporter": cadre}), today=today)
        talk_on = opened + timedelta(days=rng.randint(2, 10))
        cases_cards.save_card(session, case_id, data=cases_cards.CardInput(types["talk"].id, {
            "talk_date": talk_on, "place": rng.choice(_PLACES), "talker": cadre,
            "way": "电话" if person_id is None else rng.choice(("面谈", "家访")), "content": story.talk,
            "views": story.views, "next_step": "按约定时间回访。"}), today=today)
        last = talk_on
        if story.measures:
            deadline = talk_on + timedelta(days=30)
            last = talk_on + timedelta(days=rng.randint(3, 10))
            cases_cards.save_card(session, case_id, data=cases_cards.CardInput(types["help"].id, {
                "measures": story.measures, "helper": cadre, "deadline": deadline, "result": story.result,
                "feedback": "本人表示满意，签字确认。" if story.result else ""}, card_date=last), today=today)
        _finish(session, case_id, story, types["talk"].id, cadre, last, today, rng)


def entered_on_their_days(session: Session, branch_id: str, today: date, rng: random.Random) -> None:
    """Each case, card and event entered on its day or a day or two after, not all on the day of the demo."""
    stamps = Stamps(today)
    found = list(session.exec(select(CaseRecord).where(CaseRecord.branch_id == branch_id)))
    for case in found:
        stamps.add(CaseRecord, case.id, entered(rng, case.opened_on, rng.randint(0, 1)))
    ids = [c.id for c in found]
    for card in session.exec(select(CaseCard).where(col(CaseCard.case_id).in_(ids))):
        stamps.add(CaseCard, card.id, entered(rng, card.card_date, rng.randint(0, 2)))
    for event in session.exec(select(CaseEvent).where(col(CaseEvent.case_id).in_(ids))):
        stamps.add(CaseEvent, event.id, entered(rng, event.event_date, rng.randint(0, 1)))
    stamps.apply(session)


def _finish(session: Session, case_id: str, story: _Story, talk_type: str, cadre: str, last: date, today: date,
            rng: random.Random) -> None:
    if story.ending == "overdue":
        cases_cards.save_card(session, case_id, data=cases_cards.CardInput(talk_type, {
            "talk_date": last + timedelta(days=5), "talker": cadre, "way": "面谈", "content": "再次谈心，情况有所缓解。",
            "next_step": "两周后回访。"}, next_follow_up=today - timedelta(days=rng.randint(3, 12))), today=today)
        return
    if story.ending == "open":
        cases_cards.save_card(session, case_id, data=cases_cards.CardInput(talk_type, {
            "talk_date": min(today, last + timedelta(days=10)), "talker": cadre, "way": "家访",
            "content": "回访了解救助申请进度。"}, next_follow_up=today + timedelta(days=rng.randint(5, 20))), today=today)
        return
    visit = min(today, last + timedelta(days=20))
    cases_cards.save_card(session, case_id, data=cases_cards.CardInput(talk_type, {
        "talk_date": visit, "talker": cadre, "way": "面谈", "content": "回访确认问题已经解决。",
        "views": "没有其他要求，感谢组织关心。"}), today=today)
    cases.close_case(session, case_id, result=story.result, confirmed=True, confirmation="本人在回访记录上签字确认",
                     closed_on=visit, today=today)
    if story.ending == "reopened":
        cases.reopen_case(session, case_id, reason="本人反映又有一个月工资未按时发放，需继续跟进。",
                          next_follow_up=today + timedelta(days=7), today=today)
