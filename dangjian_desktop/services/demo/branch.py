"""A demo branch: a village 党支部 with a realistic roster, written through the services.

Everything is derived from ``random.Random(seed)`` and ``today``, so a seed always gives the same
branch and people. The roster covers what the ledger has to show: every 人员类别, a 预备党员 whose
预备期 ends within 30 days, an 入党申请人 whose 首次谈话 is overdue, 流出 and 转出 members, a 转入
record, and the 困难党员 / 退役军人 / 离退休 flags.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import CommitteeMember
from dangjian_desktop.domain.people import COMMITTEE_ROLES
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.branches import BranchInput, create_branch, list_groups
from dangjian_desktop.services.demo.cases import create_demo_cases
from dangjian_desktop.services.demo.cases import entered_on_their_days as cases_entered_on_their_days
from dangjian_desktop.services.demo.dues import create_demo_dues
from dangjian_desktop.services.demo.duty import create_demo_duty
from dangjian_desktop.services.demo.meetings import create_demo_meetings
from dangjian_desktop.services.demo.people import (
    AGE_RANGES,
    COMMITTEE_JOBS,
    COUNTIES,
    County,
    PeopleFactory,
    development_values,
    long_standing_member_values,
    make_village,
)
from dangjian_desktop.services.demo.study import create_demo_study
from dangjian_desktop.services.people.records import PersonInput, save_person
from dangjian_desktop.services.people.transfers import TransferInput, add_transfer

# The people who are not (yet) 正式党员, most telling first: (category, due_soon, overdue_talk).
_SPECIALS = (
    ("预备党员", True, False),
    ("入党申请人", False, True),
    ("入党积极分子", False, False),
    ("发展对象", False, False),
    ("预备党员", False, False),
    ("入党积极分子", False, False),
    ("入党申请人", False, False),
)
_GROUP_NAMES = ("第一党小组", "第二党小组", "第三党小组")
_OUTFLOW_PLACES = ("江苏省苏州市", "浙江省宁波市", "新疆维吾尔自治区昌吉市", "广东省东莞市", "宁夏回族自治区银川市")
_CITY_ORGS = ("中共兰州市城关区皋兰路街道金城社区委员会", "中共兰州市七里河区西园街道党工委",
              "中共兰州市安宁区刘家堡街道党工委")


class DemoExistsError(UserError):
    """The database already holds the people this seed would create."""


@dataclass
class _Planned:
    values: dict[str, Any]
    kind: str  # committee / recent / long / special
    role: str = ""
    move: str = ""  # 流出 / 转出 / 转入
    origin: County | None = None  # where a 转入 member came from


def create_demo_branch(session: Session, *, members: int = 36, years: int = 1, seed: int = 1,
                       today: date | None = None, name: str | None = None) -> Changed:
    """Create a demo village branch with ``members`` people; returns the new branch."""
    if members < 3:
        raise UserError("演示支部至少需要3名人员")
    if not 1 <= years <= 30:
        raise UserError("演示年数应在1到30之间")
    today = today or date.today()
    rng = random.Random(seed)
    county = rng.choice(COUNTIES)
    town = rng.choice(county.towns)
    village = make_village(rng)
    factory = PeopleFactory(rng, county, today)
    planned = _plan_people(rng, factory, members, years, today, town, village)
    committee = {p.role: p.values["name"] for p in planned if p.kind == "committee"}

    election = min(today, date.today()) - timedelta(days=rng.randint(200, 1400))
    branch_id = create_branch(session, BranchInput(
        name=name or f"中共{town}{village}党支部", parent_org=f"中共{county.name}{town}委员会", kind="村",
        session_no=rng.randint(3, 11), election_date=election, committee=committee,
        groups=list(_GROUP_NAMES if len(_leader_pool(planned)) >= 6 else _GROUP_NAMES[:1]),
    )).id
    _assign_groups(session, rng, branch_id, planned)
    _choose_sponsors(rng, planned)

    person_ids: dict[str, str] = {}
    for p in planned:
        try:
            data = PersonInput(**p.values)
            person_ids[data.name] = save_person(session, branch_id, data=data, today=today).id
        except ValidationError as exc:
            if set(exc.field_errors) == {"id_number"}:
                raise DemoExistsError("数据库里已有相同的演示人员（公民身份号码重复），"
                                      "无法再建立一个同样的演示支部。") from exc
            raise
    _link_committee(session, branch_id, person_ids)
    _record_transfers(session, rng, county, planned, person_ids, today)
    create_demo_dues(session, branch_id, years=years, today=today, rng=rng)
    create_demo_meetings(session, branch_id, years=years, today=today, rng=random.Random(seed * 7 + 1))
    create_demo_cases(session, branch_id, years=years, today=today, rng=random.Random(seed * 7 + 2))
    create_demo_study(session, branch_id, years=years, today=today, rng=random.Random(seed * 7 + 3))
    create_demo_duty(session, branch_id, today=today, rng=random.Random(seed * 7 + 4))
    cases_entered_on_their_days(session, branch_id, today, random.Random(seed * 7 + 5))  # the duty visits' cards too
    return Changed("branch", (branch_id,))


def _plan_people(rng: random.Random, factory: PeopleFactory, members: int, years: int, today: date,
                 town: str, village: str) -> list[_Planned]:
    specials = _SPECIALS[:min(len(_SPECIALS), members - 3)]
    full_count = members - len(specials)
    roles = [r for r in COMMITTEE_ROLES if r != "副书记" or (full_count >= 15 and rng.random() < 0.6)]
    if full_count < 7:  # too few for a 支委会: the branch has a 书记 only
        roles = ["书记"]
    recent = min(max(1, years), 3, full_count - len(roles)) if full_count > len(roles) + 3 else 0
    planned: list[_Planned] = []
    for role in roles:
        low, high = (40, 58) if role == "书记" else (30, 60)
        values = factory.person(town, village, min_age=low, max_age=high, occupation=COMMITTEE_JOBS[role],
                                male=rng.random() < 0.8 if role == "书记" else None)
        values.update(work_unit=f"{village}{COMMITTEE_JOBS[role]}", is_retired=False)
        values.update(long_standing_member_values(rng, values["birth_date"], today), party_post=role)
        planned.append(_Planned(values, "committee", role))
    for i in range(full_count - len(roles)):
        if i < recent:
            values = factory.person(town, village, min_age=24 + years, max_age=45)
            values.update(development_values(rng, "正式党员", today, converted_within_years=years))
            planned.append(_Planned(values, "recent"))
        else:
            values = factory.person(town, village, min_age=26, max_age=86)
            values.update(long_standing_member_values(rng, values["birth_date"], today))
            planned.append(_Planned(values, "long"))
    for category, due_soon, overdue_talk in specials:
        low, high = AGE_RANGES[category]
        values = factory.person(town, village, min_age=low, max_age=high)
        values["is_retired"] = False
        values.update(development_values(rng, category, today, due_soon=due_soon, overdue_talk=overdue_talk))
        planned.append(_Planned({**values, "category": category}, "special"))
    for p in planned:
        p.values.setdefault("category", "正式党员")
    _set_flags(rng, [p for p in planned if p.kind == "long"], today)
    _pick_movers(rng, factory, planned, today)
    return planned


def _set_flags(rng: random.Random, longs: list[_Planned], today: date) -> None:
    """At least one 困难党员 (two in a larger branch), one 退役军人 and one 离退休 among long-standing members."""
    oldest = sorted(longs, key=lambda p: p.values["birth_date"])
    for p in oldest[1:3] if len(oldest) >= 12 else oldest[:1]:
        p.values.update(is_hardship=True, work_unit="村民", note="因病致困，享受党内关怀帮扶")
    if oldest and not any(p.values["is_retired"] for p in longs):
        oldest[0].values.update(is_retired=True, work_unit="退休职工")
    men = [p for p in longs if p.values["gender"] == "男" and 30 <= today.year - p.values["birth_date"].year <= 65]
    if men and not any(p.values["is_veteran"] for p in longs):
        rng.choice(men).values["is_veteran"] = True


def _assign_groups(session: Session, rng: random.Random, branch_id: str, planned: list[_Planned]) -> None:
    """Every member and person being developed joins a 党小组; a long-standing member leads each."""
    groups = list_groups(session, branch_id)
    leaders = _leader_pool(planned) + [p for p in planned if p.kind == "committee"]
    for group, leader in zip(groups, leaders, strict=False):
        group.leader_name = leader.values["name"]
        session.add(group)
        leader.values["group_id"] = group.id
        if not leader.values.get("party_post"):
            leader.values["party_post"] = "党小组组长"
    for p in planned:
        if p.values["category"] != "入党申请人":
            p.values.setdefault("group_id", rng.choice(groups).id)


def _leader_pool(planned: list[_Planned]) -> list[_Planned]:
    return [p for p in planned if p.kind == "long" and not p.move and not p.values.get("is_hardship")]


def _choose_sponsors(rng: random.Random, planned: list[_Planned]) -> None:
    """培养联系人 for everyone being developed; two 入党介绍人 who were 正式党员 before the person joined."""
    full = [p.values for p in planned if p.kind in ("committee", "long") and p.move != "转出"]
    for p in planned:
        v = p.values
        if v.get("activist_date"):
            others = [f["name"] for f in full if f["name"] != v["name"] and f.get("status", "正常") == "正常"]
            v["contact_persons"] = "、".join(rng.sample(others, min(2, len(others))))
        if v.get("join_date") and v.get("apply_date"):
            eligible = [f["name"] for f in full if f["full_member_date"] < v["join_date"]]
            if len(eligible) >= 2:
                v["introducer1"], v["introducer2"] = rng.sample(eligible, 2)


def _link_committee(session: Session, branch_id: str, person_ids: dict[str, str]) -> None:
    rows = session.exec(select(CommitteeMember).where(
        CommitteeMember.branch_id == branch_id, col(CommitteeMember.deleted_at).is_(None)))
    for row in rows:
        row.person_id = person_ids.get(row.name)
        session.add(row)


def _pick_movers(rng: random.Random, factory: PeopleFactory, planned: list[_Planned], today: date) -> None:
    """One member 流出, one who will be 转出, and one who came by 转入 from another county."""
    plain = [p for p in planned if p.kind == "long" and not p.values.get("is_hardship")
             and today.year - p.values["birth_date"].year <= 60]
    if len(plain) < 6:
        return
    outflow, leaving, arrived = rng.sample(plain, 3)
    where = rng.choice(_OUTFLOW_PLACES)
    outflow.move = "流出"
    outflow.values.update(status="流出", status_date=today - timedelta(days=rng.randint(60, 700)),
                          status_note=f"外出务工（{where}），已与流入地党组织联系，按时交纳党费",
                          work_unit=f"外出务工（{where}）")
    leaving.move = "转出"
    arrived.move = "转入"
    arrived.origin = rng.choice([c for c in COUNTIES if c is not factory.county])
    v = arrived.values
    v["id_number"] = factory.id_number(v["birth_date"], v["gender"] == "男", arrived.origin.region)
    v["native_place"] = arrived.origin.province + arrived.origin.name.removesuffix("县")


def _record_transfers(session: Session, rng: random.Random, county: County, planned: list[_Planned],
                      person_ids: dict[str, str], today: date) -> None:
    for p in planned:
        pid = person_ids[p.values["name"]]
        if p.move == "转出":
            moved = today - timedelta(days=rng.randint(30, 300))
            add_transfer(session, pid, TransferInput(
                direction="转出", transfer_date=moved, other_unit=rng.choice(_CITY_ORGS),
                letter_no=f"{county.name[0]}组转〔{moved.year}〕{rng.randint(1, 120):03d}号",
                dues_paid_until=f"{moved:%Y-%m}", note="随子女迁居兰州市区"), today=today)
        elif p.move == "转入" and p.origin is not None:
            came = today - timedelta(days=rng.randint(100, 330))
            origin = p.origin
            add_transfer(session, pid, TransferInput(
                direction="转入", transfer_date=came,
                other_unit=f"中共{origin.name}{rng.choice(origin.towns)}{make_village(rng)}党支部",
                letter_no=f"{origin.name[0]}组转〔{came.year}〕{rng.randint(1, 120):03d}号",
                dues_paid_until=f"{came - timedelta(days=31):%Y-%m}", note="婚后迁入本村"), today=today)
