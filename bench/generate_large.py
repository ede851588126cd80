"""Generate the large database the benchmarks run on (DESIGN.md §5), cached under bench/out/.

    .venv/bin/python bench/generate_large.py                     # 30 branches × 100 members
    .venv/bin/python bench/generate_large.py --people 100000     # one branch of 100,000 people
    .venv/bin/python bench/generate_large.py --branches 2 --members 5 --out /tmp/x.sqlite3

The schema comes from the real migrations (``open_database``); rows are bulk-inserted with
SQLAlchemy Core for speed, bypassing the per-row services (and so the audit log), but every row
is one the services would accept: valid ID numbers, pinyin keys, 党小组 of the person's branch.
People come from the same generator as the demo branch (services/demo_people.py).

Each record kind has one ``insert_*`` function in ``RECORD_KINDS``; a new kind is one more function
there, plus a bump of ``GENERATOR_VERSION``. Over the 10 years before ``today`` each branch gets:

- 学习: 12 集中学习 a year with attendance and about 200 notes a year (60,000 notes in all);
- 会议记录: 37 meetings a year (12 支委会; 12 主题党日, the quarter's one held with the 支部党员大会 and
  the 党课; each of the 3 党小组's 党小组会 once a quarter; the 组织生活会 with 民主评议党员 in December),
  plus a 支部党员大会 for each 预备党员 admitted and for the elections — about 12,000 in all, with
  attendance as ``meeting_attendance.expected`` lists it on the day, 议题 with votes, 定稿 times and
  a few 补录;
- 一人一事: 10 cases per branch-year on average (3,000), each with its 思想动态卡, 谈心谈话卡, 帮扶解难卡
  and 回访 as the case services store them (cards as JSON, status moves and 销号 as case events);
  the last year's cases are partly still open, some overdue;
- 党费: a yearly 核定 per member in integer fen (rate table of 2008, one base change a year in a
  branch, one 免交), and monthly payments — most at the collection day, some 预交 a quarter ahead,
  some 补交 late, a few members behind at the end — about 270,000 paid months in all (3,000 members ×
  120 months would be 360,000, but members admitted during the 10 years pay from their 入党 month on).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.engine import Database, refresh_statistics
from dangjian_desktop.db.migrate import head_revision
from dangjian_desktop.db.models import AppSetting, Branch, CommitteeMember, OrgTransfer, PartyGroup, Person, new_id
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain.names import pinyin_keys
from dangjian_desktop.domain.people import COMMITTEE_ROLES
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

GENERATOR_VERSION = 3  # bump when the generated content changes, so cached files are rebuilt
OUT_DIR = Path(__file__).resolve().parent / "out"
_DIGITS = "零一二三四五六七八九"
# Per 100 people: who is not (yet) a 正式党员. (category, due_soon, overdue_talk)
_SPECIALS_PER_100 = (
    ("预备党员", True, False), ("预备党员", False, False), ("预备党员", False, False),
    ("发展对象", False, False), ("发展对象", False, False),
    ("入党积极分子", False, False), ("入党积极分子", False, False), ("入党积极分子", False, False),
    ("入党申请人", False, True), ("入党申请人", False, False),
)


@dataclass(frozen=True)
class Spec:
    branches: int = 30
    members: int = 100  # per branch
    seed: int = 1
    today: date = field(default_factory=lambda: date(date.today().year, 1, 1))
    people_only: bool = False  # branches, people and transfers, no records (the 100,000-person ledger)

    def key(self) -> str:
        return (f"b{self.branches}-m{self.members}-s{self.seed}-d{self.today:%Y%m%d}"
                f"{'-people' if self.people_only else ''}-g{GENERATOR_VERSION}-r{head_revision()}")


@dataclass
class BranchRows:
    id: str
    county: County
    town: str
    village: str
    group_ids: list[str]
    people: list[dict[str, Any]] = field(default_factory=list)
    leaders: dict[str, str] = field(default_factory=dict)  # 党小组 id → 组长


@dataclass
class Context:
    """What the insert functions share: the connection, the random source, and what earlier kinds made."""

    conn: Connection
    rng: random.Random
    spec: Spec
    now: datetime
    branches: list[BranchRows] = field(default_factory=list)
    arrived: dict[str, date] = field(default_factory=dict)  # person id → 转入 date


def _cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (up to 99)."""
    tens, ones = divmod(n, 10)
    head = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return head + (_DIGITS[ones] if ones or not tens else "")


def _record(ctx: Context, **values: Any) -> dict[str, Any]:
    return {"id": new_id(), "created_at": ctx.now, "updated_at": ctx.now, "deleted_at": None, **values}


@cache
def _keys(name: str) -> tuple[str, str]:
    return pinyin_keys(name)


def insert_branches(ctx: Context) -> int:
    """Branches with a 届次, election date and 党小组 (one per ~30 people, at most 20)."""
    rows, groups, seen = [], [], set()
    n_groups = min(20, max(1, ctx.spec.members // 30))
    for _ in range(ctx.spec.branches):
        county = ctx.rng.choice(COUNTIES)
        town, village = ctx.rng.choice(county.towns), make_village(ctx.rng)
        while f"{town}{village}" in seen:
            town, village = ctx.rng.choice(county.towns), make_village(ctx.rng)
        seen.add(f"{town}{village}")
        branch = _record(ctx, name=f"中共{town}{village}党支部", parent_org=f"中共{county.name}{town}委员会", kind="村",
                         session_no=ctx.rng.randint(3, 11), election_date=date(ctx.spec.today.year - 3, 3, 15),
                         note="")
        rows.append(branch)
        group_rows = [_record(ctx, branch_id=branch["id"], name=f"第{_cn_number(i + 1)}党小组", leader_name="",
                              sort_order=i) for i in range(n_groups)]
        groups += group_rows
        ctx.branches.append(BranchRows(branch["id"], county, town, village, [g["id"] for g in group_rows]))
    ctx.conn.execute(Branch.__table__.insert(), rows)  # type: ignore[attr-defined]
    ctx.conn.execute(PartyGroup.__table__.insert(), groups)  # type: ignore[attr-defined]
    ctx.conn.execute(AppSetting.__table__.insert(), [{"key": settings.CURRENT_BRANCH.name, "value": rows[0]["id"]}])  # type: ignore[attr-defined]
    return len(rows) + len(groups)


def _branch_people(ctx: Context, factory: PeopleFactory, branch: BranchRows) -> list[dict[str, Any]]:
    rng, today, n = ctx.rng, ctx.spec.today, ctx.spec.members
    specials = [_SPECIALS_PER_100[i % len(_SPECIALS_PER_100)] for i in range(n * len(_SPECIALS_PER_100) // 100)]
    roles = list(COMMITTEE_ROLES) if n - len(specials) >= 7 else ["书记"]
    out = []
    for i in range(n - len(specials)):
        role = roles[i] if i < len(roles) else ""
        if i % 20 == 19:  # a member converted in the last year, with the whole 发展 record
            v = factory.person(branch.town, branch.village, min_age=25, max_age=45)
            v.update(development_values(rng, "正式党员", today))
        else:
            v = factory.person(branch.town, branch.village, min_age=30 if role else 26, max_age=58 if role else 86,
                               occupation=COMMITTEE_JOBS.get(role))
            v.update(long_standing_member_values(rng, v["birth_date"], today))
        if role:
            v.update(party_post=role, is_retired=False, work_unit=branch.village + COMMITTEE_JOBS[role])
        out.append({**v, "category": "正式党员"})
    for category, due_soon, overdue_talk in specials:
        low, high = AGE_RANGES[category]
        v = factory.person(branch.town, branch.village, min_age=low, max_age=high)
        v.update(development_values(rng, category, today, due_soon=due_soon, overdue_talk=overdue_talk),
                 is_retired=False)
        out.append({**v, "category": category})
    return out


def insert_people(ctx: Context) -> int:
    """The roster of every branch, its 支委会 and 党小组 leaders."""
    template = Person(branch_id="", name="").model_dump()
    total, used_ids = 0, set[str]()
    for branch in ctx.branches:
        factory = PeopleFactory(ctx.rng, branch.county, ctx.spec.today, unique_names=ctx.spec.members <= 300,
                                used_ids=used_ids)
        rows, committee = [], []
        for v in _branch_people(ctx, factory, branch):
            group = None if v["category"] == "入党申请人" else ctx.rng.choice(branch.group_ids)
            pinyin, initials = _keys(v["name"])
            row = {**template, **_record(ctx), **v, "branch_id": branch.id, "group_id": group,
                   "name_pinyin": pinyin, "name_initials": initials}
            rows.append(row)
            if v.get("party_post") in COMMITTEE_ROLES:
                committee.append(_record(ctx, branch_id=branch.id, role=v["party_post"], name=v["name"],
                                         person_id=row["id"], sort_order=COMMITTEE_ROLES.index(v["party_post"])))
        ctx.conn.execute(Person.__table__.insert(), rows)  # type: ignore[attr-defined]
        if committee:
            ctx.conn.execute(CommitteeMember.__table__.insert(), committee)  # type: ignore[attr-defined]
        _set_leaders(ctx, branch, rows)
        branch.people = rows
        total += len(rows) + len(committee)
    return total


def _set_leaders(ctx: Context, branch: BranchRows, rows: list[dict[str, Any]]) -> None:
    table = PartyGroup.__table__  # type: ignore[attr-defined]
    for group_id in branch.group_ids:
        members = [r for r in rows if r["group_id"] == group_id and r["category"] == "正式党员"]
        if members:
            leader = min(members, key=lambda r: r["join_date"])
            branch.leaders[group_id] = leader["name"]
            ctx.conn.execute(table.update().where(table.c.id == group_id).values(leader_name=leader["name"]))


def insert_transfers(ctx: Context) -> int:
    """A 转入 record for two 正式党员 of each branch (status stays 正常)."""
    rows = []
    for branch in ctx.branches:
        members = [p for p in branch.people if p["category"] == "正式党员" and not p["party_post"]]
        for person in ctx.rng.sample(members, min(2, len(members))):
            when = date(ctx.spec.today.year - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
            ctx.arrived[person["id"]] = when
            rows.append(_record(ctx, person_id=person["id"], direction="转入", transfer_date=when,
                                other_unit=f"中共{branch.county.name}{ctx.rng.choice(branch.county.towns)}委员会",
                                letter_no=f"组转〔{when.year}〕{ctx.rng.randint(1, 300):03d}号",
                                dues_paid_until=f"{when:%Y-%m}", note=""))
    if rows:
        ctx.conn.execute(OrgTransfer.__table__.insert(), rows)  # type: ignore[attr-defined]
    return len(rows)


def insert_study(ctx: Context) -> int:
    """学习笔记: 12 集中学习 a year per branch over the 10 years before ``today`` with attendance, and
    about 200 notes per branch and year (60,000 for 30 branches); the study_fts triggers index them."""
    from dangjian_desktop.db.models.study import StudyAttendance, StudyNote, StudySession
    from dangjian_desktop.domain.study import word_count
    from dangjian_desktop.services.demo.study import TOPICS, compose_note

    rng, total = ctx.rng, 0
    for branch in ctx.branches:
        members = [p for p in branch.people if p["category"] in ("正式党员", "预备党员")]
        if not members:
            continue
        sessions, attendance, notes = [], [], []
        for year in range(ctx.spec.today.year - 10, ctx.spec.today.year):
            for month in range(1, 13):
                topic, material = TOPICS[(year * 12 + month) % len(TOPICS)]
                row = _record(ctx, branch_id=branch.id, held_on=date(year, month, rng.randint(3, 12)), topic=topic,
                              form="集中学习", hours=rng.choice((3, 4)), host="", location="村党员活动室",
                              materials=material, material_text="", note="")
                sessions.append(row)
                attendance += [_record(ctx, session_id=row["id"], person_id=p["id"]) for p in members
                               if rng.random() < 0.85]
                for p in rng.sample(members, min(len(members), 17)):
                    text = compose_note(rng, topic, month)
                    notes.append(_record(ctx, branch_id=branch.id, person_id=p["id"], session_id=row["id"],
                                         note_date=date(year, month, rng.randint(13, 28)),
                                         title=f"{topic.removeprefix('学习')}学习笔记", content=text, reflection="",
                                         word_count=word_count(text)))
        ctx.conn.execute(StudySession.__table__.insert(), sessions)  # type: ignore[attr-defined]
        ctx.conn.execute(StudyAttendance.__table__.insert(), attendance)  # type: ignore[attr-defined]
        ctx.conn.execute(StudyNote.__table__.insert(), notes)  # type: ignore[attr-defined]
        total += len(sessions) + len(attendance) + len(notes)
    return total


def _years(spec: Spec) -> range:
    """The 10 whole years before ``today``."""
    return range(spec.today.year - 10, spec.today.year)


def _at(day: date, hour: int = 9, minute: int = 0, seq: int = 0) -> datetime:
    """A time on ``day`` (UTC); ``seq`` seconds later keeps rows entered the same day in order."""
    return datetime.combine(day, clock(hour, minute), UTC) + timedelta(seconds=seq)


def _insert(ctx: Context, model: Any, rows: list[dict[str, Any]]) -> int:
    if rows:
        ctx.conn.execute(model.__table__.insert(), rows)
    return len(rows)


@cache
def _stroke(name: str) -> tuple[tuple[int, int], ...]:
    from dangjian_desktop.domain.names import stroke_key

    return stroke_key(name)


def _category_on(p: dict[str, Any], day: date) -> str:
    """As ``meeting_attendance.category_on``: a 正式党员 converted later was a 预备党员 then."""
    if p["category"] == "正式党员" and p["full_member_date"] and p["full_member_date"] > day:
        return "预备党员"
    return p["category"]


def _committee(branch: BranchRows) -> list[dict[str, Any]]:
    """The 支委会 in ``COMMITTEE_ROLES`` order (as ``branches.committee`` lists it)."""
    found = [p for p in branch.people if p["party_post"] in COMMITTEE_ROLES]
    return sorted(found, key=lambda p: COMMITTEE_ROLES.index(p["party_post"]))


class _Meetings:
    """One branch's meetings, attendance and 议题 as ``meetings.save_meeting`` and ``finalize`` store them."""

    def __init__(self, ctx: Context, branch: BranchRows) -> None:
        from dangjian_desktop.domain import meetings as rules

        self.ctx, self.branch, self.rules = ctx, branch, rules
        self.members = sorted((p for p in branch.people if p["category"] in ("正式党员", "预备党员")),
                              key=lambda p: _stroke(p["name"]))
        self.committee = _committee(branch)
        roles = {p["party_post"]: p["name"] for p in self.committee}
        self.host = roles.get("书记", "")
        self.recorder = roles.get("组织委员") or roles.get("宣传委员") or self.host
        self.meetings: list[dict[str, Any]] = []
        self.attendance: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []

    def expected(self, day: date, types: list[str], group_id: str | None) -> list[dict[str, Any]]:
        """As ``meeting_attendance.expected``: the 支委 for a 支委会 alone, else the members on the books."""
        rules = self.rules
        if set(types) <= {rules.COMMITTEE}:
            return [{"person_id": p["id"], "name": p["name"], "category": _category_on(p, day), "can_vote": True}
                    for p in self.committee]
        group = group_id if rules.GROUP in types else None
        arrived = self.ctx.arrived
        out = []
        for p in self.members:
            if (group and p["group_id"] != group) or (p["join_date"] and p["join_date"] >= day):
                continue
            if p["id"] in arrived and arrived[p["id"]] > day:
                continue
            category = _category_on(p, day)
            out.append({"person_id": p["id"], "name": p["name"], "category": category,
                        "can_vote": rules.has_vote(category)})
        return out

    def speech(self, names: list[str]) -> str:
        """Three lines by those present, from the demo meetings' sayings."""
        from dangjian_desktop.services.demo.meetings import _SAYS

        rng = self.ctx.rng
        names = names or [self.host]
        return "\n".join(line.format(n=rng.choice(names), t="这项工作", m=rng.randint(1, 12))
                         for line in rng.sample(_SAYS, 3))

    def mark(self, absent_share: float) -> tuple[str, str]:
        """出席 / 迟到 / 请假 / 缺席 and the reason, as in the demo meetings."""
        from dangjian_desktop.services.demo.meetings import _REASONS

        rng, rules = self.ctx.rng, self.rules
        roll = rng.random()
        if roll < absent_share * 0.7:
            return rules.LEAVE, rng.choice(_REASONS)
        if roll < absent_share:
            return rules.ABSENT, "未请假"
        if roll < absent_share + 0.04:
            return rules.LATE, "迟到约10分钟"
        return rules.PRESENT, ""

    def save(self, types: list[str], title: str, day: date, items: list[dict[str, Any]], *,
             group_id: str | None = None, host: str = "", absent_share: float = 0.12, lecturer: str = "",
             summary: str = "", valid: bool = True) -> None:
        """One meeting; ``valid`` False for the one meant to miss its quorum (it is held again later)."""
        ctx, rng, rules = self.ctx, self.ctx.rng, self.rules
        quorum = None
        if valid and rules.COMMITTEE in types:
            quorum = rules.committee_quorum
        if valid and rules.GENERAL in types:
            quorum = rules.election_quorum if any(i.get("is_election") for i in items) else rules.general_quorum
        late = rng.random() < 0.03  # 补录: entered 4–15 days after the meeting
        entered = _at(day + timedelta(days=rng.randint(4, 15) if late else rng.randint(0, 2)), rng.randint(1, 9),
                      rng.randint(0, 59))
        finalized = entered + timedelta(days=1) if (ctx.spec.today - day).days > 20 else None
        hour = rng.choice((9, 14, 15))
        meeting = _record(ctx, created_at=entered, updated_at=finalized or entered, branch_id=self.branch.id,
                          group_id=group_id, types=rules.join_types(types), title=title, held_on=day,
                          start_time=f"{hour:02d}:00",
                          end_time=f"{hour + rng.choice((1, 2)):02d}:{rng.choice(('00', '30'))}",
                          place="村党群服务中心会议室", host=host or self.host, recorder=self.recorder,
                          lecturer=lecturer, observers="",
                          summary=summary or "本次会议议题明确，大家发言积极，会后抓好落实。", note="",
                          late_entry=rules.is_late_entry(day, entered), finalized_at=finalized)
        self.meetings.append(meeting)
        expected = self.expected(day, types, group_id)
        while True:  # roll again until the meeting is valid, unless it is meant to fail its quorum
            marks = [self.mark(absent_share) for _ in expected]
            here = [a for a, (status, _) in zip(expected, marks, strict=True) if status in (rules.PRESENT, rules.LATE)]
            voters = sum(a["can_vote"] for a in here)
            entitled = sum(a["can_vote"] for a in expected)
            if quorum is None or not entitled or quorum(entitled, voters).ok:
                break
        for order, (a, (status, reason)) in enumerate(zip(expected, marks, strict=True)):
            self.attendance.append(_record(ctx, created_at=entered, updated_at=entered, meeting_id=meeting["id"],
                                           **a, status=status, reason=reason, written_opinion=False,
                                           sort_order=order))
        speech = self.speech([a["name"] for a in here])
        for order, item in enumerate(items):
            votes = {}
            if item.get("vote_method"):  # one abstention on a vote about a person or an election
                one = bool(item.get("candidate") or item.get("is_election"))
                votes = {"votes_for": voters - one, "votes_abstain": int(one)}
            self.items.append(_record(ctx, created_at=entered, updated_at=entered, meeting_id=meeting["id"],
                                      sort_order=order, **{**_ITEM_DEFAULTS, "speeches": speech, **item, **votes}))


_ITEM_DEFAULTS: dict[str, Any] = {"candidate": "", "vote_method": "", "is_election": False, "votes_for": 0,
                                  "votes_against": 0, "votes_abstain": 0, "written_for": 0, "resolution": ""}


def insert_meetings(ctx: Context) -> int:
    """会议记录: about 40 meetings per branch-year (see the module docstring), the 10 years before ``today``."""
    from dangjian_desktop.db.models.meetings import Meeting, MeetingAttendance, MeetingItem
    from dangjian_desktop.domain import meetings as rules
    from dangjian_desktop.services.demo.meetings import _COMMITTEE_ITEMS, _LECTURES, _THEMES

    rng, total = ctx.rng, 0
    for branch in ctx.branches:
        m = _Meetings(ctx, branch)
        if not m.members:
            continue
        groups = [(g, f"第{_cn_number(i + 1)}党小组") for i, g in enumerate(branch.group_ids)]
        failed_year = rng.choice(_years(ctx.spec))  # one 支部党员大会 without a quorum, held again a week later
        elections = {ctx.spec.today.year - 3, ctx.spec.today.year - 8}
        for year in _years(ctx.spec):
            for month in range(1, 13):
                first, theme = date(year, month, 1), _THEMES[month - 1]
                m.save([rules.COMMITTEE], f"{month}月支委会", first + timedelta(days=rng.randint(1, 4)),
                       [{"title": rng.choice(_COMMITTEE_ITEMS), "vote_method": "举手表决",
                         "resolution": "同意，由组织委员负责落实。"}])
                day = first + timedelta(days=rng.randint(8, 12))
                if month % 3:
                    m.save([rules.THEME_DAY], f"{month}月主题党日：{theme}", day, [{"title": theme}])
                    continue
                quarter = month // 3
                if year == failed_year and quarter == 2:
                    m.save([rules.GENERAL], f"第{quarter}季度支部党员大会", day - timedelta(days=7),
                           [{"title": "通报上半年党费收缴情况"}], absent_share=0.7, valid=False,
                           summary="到会人数未超过应到有表决权党员半数，本次会议不作决议，改期召开。")
                m.save([rules.GENERAL, rules.LECTURE, rules.THEME_DAY],
                       f"第{quarter}季度支部党员大会、党课暨{month}月主题党日：{theme}", day,
                       [{"title": "通报本季度支部工作"}, {"title": theme},
                        {"title": f"党课：{_LECTURES[quarter - 1]}", "speeches": "书记讲授党课，党员结合实际谈体会。"}],
                       lecturer=m.host)
                for group_id, name in groups:
                    m.save([rules.GROUP], f"{name}第{quarter}季度党小组会", first + timedelta(days=rng.randint(14, 20)),
                           [{"title": "传达支部委员会会议精神"}, {"title": "开展批评与自我批评"}], group_id=group_id,
                           host=branch.leaders.get(group_id, ""))
                if month == 12:
                    m.save([rules.LIFE, rules.APPRAISAL], f"{year}年度组织生活会和民主评议党员", first + timedelta(days=24),
                           [{"title": "对照检查，开展批评和自我批评"},
                            {"title": "民主评议党员", "resolution": "评议结果报镇党委。"}])
            for p in m.members:
                if p["join_date"] and p["join_date"].year == year:
                    m.save([rules.GENERAL], "支部党员大会（接收预备党员）", p["join_date"], [{
                        "title": f"讨论接收{p['name']}为预备党员", "candidate": p["name"], "vote_method": "举手表决",
                        "resolution": f"同意接收{p['name']}为中共预备党员，报上级党委审批。"}], absent_share=0.08)
            if year in elections:
                m.save([rules.GENERAL], "支部党员大会（换届选举）", date(year, 3, 15), [{
                    "title": "选举产生新一届支部委员会", "vote_method": "无记名投票", "is_election": True,
                    "resolution": "选举产生新一届支部委员会，报上级党委审批。"}], absent_share=0.04)
        total += _insert(ctx, Meeting, m.meetings) + _insert(ctx, MeetingAttendance, m.attendance)
        total += _insert(ctx, MeetingItem, m.items)
    return total


def _case_card_types(ctx: Context, branch: BranchRows) -> tuple[dict[str, str], list[dict[str, Any]],
                                                                 list[dict[str, Any]]]:
    """The three default card types and their fields, as ``cases_types.ensure_defaults`` makes them."""
    from dangjian_desktop.domain.cases_fields import DEFAULT_CARD_TYPES

    types, fields, ids = [], [], {}
    for order, card in enumerate(DEFAULT_CARD_TYPES):
        row = _record(ctx, created_at=ctx.now + timedelta(seconds=order), branch_id=branch.id, name=card.name,
                      role=card.role, sort_order=order, active=True)
        types.append(row)
        ids[card.role] = row["id"]
        fields += [_record(ctx, card_type_id=row["id"], key=f.key, label=f.label, kind=f.kind, required=f.required,
                           options="\n".join(f.options), sort_order=n, active=True) for n, f in enumerate(card.fields)]
    return ids, types, fields


class _Case:
    """One case written as the case services would: cards, status moves (CaseEvent) and 销号."""

    def __init__(self, ctx: Context, row: dict[str, Any], types: dict[str, str]) -> None:
        self.ctx, self.row, self.types = ctx, row, types
        self.cards: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.event("立案", row["opened_on"], "", "摸排", row["summary"][:200])

    def event(self, action: str, on: date, before: str, after: str, note: str = "") -> None:
        self.events.append(_record(self.ctx, created_at=_at(on, seq=len(self.events)), event_date=on,
                                   case_id=self.row["id"], action=action, from_status=before, to_status=after,
                                   note=note))

    def card(self, role: str, on: date, values: dict[str, Any]) -> None:
        from dangjian_desktop.domain import cases as rules
        from dangjian_desktop.domain.dates import fmt

        content = {k: fmt(v) if isinstance(v, date) else v for k, v in values.items() if v}
        self.cards.append(_record(self.ctx, created_at=_at(on, 10, seq=len(self.cards)), case_id=self.row["id"],
                                  card_type_id=self.types[role], card_date=on,
                                  content=json.dumps(content, ensure_ascii=False)))
        status = rules.status_after_card(self.row["status"], role)
        if status != self.row["status"]:
            self.event("状态", on, self.row["status"], status)
            self.row["status"] = status

    def close(self, on: date, result: str, confirmation: str) -> None:
        self.event("销号", on, self.row["status"], "销号", f"办理结果：{result}\n本人确认：{confirmation}")
        self.row.update(status="销号", result=result, confirmed=True, confirmation=confirmation, closed_on=on,
                        next_follow_up=None)

    def reopen(self, on: date, reason: str, follow_up: date) -> None:
        self.event("重新打开", on, "销号", "回访", reason)
        self.row.update(status="回访", next_follow_up=follow_up, closed_on=None, result="", confirmed=False,
                        confirmation="")


def insert_cases(ctx: Context) -> int:
    """一人一事: 10 cases per branch-year on average (3,000 for 30 branches), spread unevenly over the
    branch-years, each carried through 摸排 → 谈心 → 帮扶 → 回访 → 销号 as far as ``today`` allows."""
    from dangjian_desktop.db.models.cases import CaseCard, CaseCardField, CaseCardType, CaseEvent, CaseRecord
    from dangjian_desktop.services.demo.cases import _OUTSIDERS, _STORIES

    rng, spec, total = ctx.rng, ctx.spec, 0
    last_day = spec.today - timedelta(days=1)
    slots = [(b, y) for b in range(len(ctx.branches)) for y in _years(spec)]
    per_slot = Counter(rng.choices(slots, k=10 * len(slots)))
    for b, branch in enumerate(ctx.branches):
        types, type_rows, field_rows = _case_card_types(ctx, branch)
        cadres = [p["name"] for p in _committee(branch)] or ["支部书记"]
        members = [p for p in branch.people if p["category"] in ("正式党员", "预备党员")]
        outsider = rng.choice(_OUTSIDERS)
        records, cards, events = [], [], []
        for year in _years(spec):
            for _ in range(per_slot[(b, year)]):
                story = rng.choice(_STORIES)
                opened = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
                on_books = [p for p in members if p["join_date"] and p["join_date"] < opened]
                if rng.random() < 0.1 or not on_books:  # an employee outside the roster
                    name, unit, post, person_id = *outsider, None
                else:
                    p = rng.choice(on_books)
                    name, unit, post, person_id = p["name"], p["work_unit"], "", p["id"]
                cadre = rng.choice([c for c in cadres if c != name] or cadres)
                row = _record(ctx, created_at=_at(opened), branch_id=branch.id, person_id=person_id,
                              person_name=name, person_unit=unit, person_post=post, person_phone="",
                              category=story.category, noticed_via=story.noticed_via, level=story.level,
                              responsible=cadre, opened_on=opened, summary=story.summary, status="摸排",
                              next_follow_up=opened + timedelta(days=7), result="", confirmed=False,
                              confirmation="", closed_on=None)
                case = _Case(ctx, row, types)
                _case_steps(case, story, cadre, person_id is None, last_day, rng)
                records.append(row)
                cards += case.cards
                events += case.events
        total += _insert(ctx, CaseCardType, type_rows) + _insert(ctx, CaseCardField, field_rows)
        total += _insert(ctx, CaseRecord, records) + _insert(ctx, CaseCard, cards) + _insert(ctx, CaseEvent, events)
    return total


def _case_steps(case: _Case, story: Any, cadre: str, outsider: bool, last_day: date, rng: random.Random) -> None:
    """The cards and 销号 of one case up to ``last_day``; a step that would come later leaves the case open
    with that step as its next follow-up (overdue if it was due before ``today``)."""
    from dangjian_desktop.domain import cases as rules
    from dangjian_desktop.services.demo.cases import _PLACES
    row = case.row
    opened = row["opened_on"]
    recent = opened.year == last_day.year
    case.card("thought", opened, {"noticed_on": opened, "noticed_via": story.noticed_via, "category": story.category,
                                  "description": story.summary, "level": story.level, "reporter": cadre})
    talk_on = opened + timedelta(days=rng.randint(2, 10))
    if talk_on > last_day:
        row["next_follow_up"] = talk_on
        return
    case.card("talk", talk_on, {"talk_date": talk_on, "place": rng.choice(_PLACES), "talker": cadre,
                                "way": "电话" if outsider else rng.choice(("面谈", "家访")), "content": story.talk,
                                "views": story.views, "next_step": "按约定时间回访。"})
    last = talk_on
    if story.measures:
        last = talk_on + timedelta(days=rng.randint(3, 10))
        if last > last_day:
            row["next_follow_up"] = last
            return
        result = story.result or "帮扶措施已落实，本人表示满意。"
        case.card("help", last, {"measures": story.measures, "helper": cadre, "deadline": talk_on + timedelta(days=30),
                                 "result": result, "feedback": "本人表示满意，签字确认。"})
    visit = last + timedelta(days=rng.randint(10, 25))
    if visit > last_day or (recent and story.ending in ("open", "overdue") and rng.random() < 0.6):
        row["next_follow_up"] = rules.suggested_follow_up(row["level"], last)
        return
    case.card("talk", visit, {"talk_date": visit, "talker": cadre, "way": "面谈", "content": "回访确认问题已经解决。",
                              "views": "没有其他要求，感谢组织关心。"})
    result = story.result or "经谈心疏导和回访，问题已经解决，本人思想稳定。"
    case.close(visit, result, "本人在回访记录上签字确认")
    if story.ending != "reopened" or rng.random() < 0.5:
        return
    again = visit + timedelta(days=rng.randint(20, 60))
    if again > last_day:
        return
    follow = again + timedelta(days=rules.FOLLOW_UP_DAYS[row["level"]])
    case.reopen(again, "本人反映问题又有反复，需继续跟进。", follow)
    if follow > last_day:
        return
    case.card("talk", follow, {"talk_date": follow, "talker": cadre, "way": "面谈", "content": "再次回访，问题已妥善解决。"})
    case.close(follow, "再次跟进后问题彻底解决。", "本人签字确认")


def insert_dues(ctx: Context) -> int:
    """党费 for the 10 years before ``today``: each paying member's yearly 核定 (2008 rate table, integer fen)
    and payments covering every month from the 入党 (or 转入) month on — about 270,000 paid months."""
    from dangjian_desktop.db.models.dues import DuesAssessment, DuesPayment, DuesPaymentMonth
    from dangjian_desktop.domain import dues_months as dm
    from dangjian_desktop.domain.dues import monthly_due_fen, suggest_category, uses_base

    rng, spec, total = ctx.rng, ctx.spec, 0
    years = _years(spec)
    end = dm.month_index(years[-1], 12)
    for branch in ctx.branches:
        roles = {p["party_post"]: p["name"] for p in _committee(branch)}
        receiver = roles.get("组织委员") or roles.get("书记") or ""
        payers = []
        for p in branch.people:
            if p["category"] not in ("正式党员", "预备党员") or not p["join_date"]:
                continue
            first = dm.month_of(p["join_date"])
            if p["id"] in ctx.arrived:  # paid to the former branch up to the month of the 转入
                first = max(first, dm.month_of(ctx.arrived[p["id"]]) + 1)
            if first <= end:
                payers.append((p, first))
        plain = [p for p, first in payers if not p["party_post"] and first < dm.month_index(years[0], 1)]
        waived = rng.choice(plain)["id"] if plain else None  # 免交 for the last three years
        behind = {p["id"]: rng.randint(1, 7) for p in rng.sample(plain, min(3, len(plain)))}  # months owed at the end
        assessments, payments, months = [], [], []
        collection = {i: rng.randint(5, 20) for i in range(dm.month_index(years[0], 1), end + 1)}
        for p, first in payers:
            category = suggest_category(p["work_unit"], is_retired=p["is_retired"], is_hardship=p["is_hardship"])
            base0 = rng.randrange(2500, 6501, 10) * 100 if uses_base(category) else 0
            habit = rng.choices(("monthly", "quarterly", "late"), (80, 10, 10))[0]
            due_by_month: dict[int, int] = {}
            for year in years:
                if first > dm.month_index(year, 12):
                    continue
                share = max(40, 100 - 3 * (spec.today.year - year))  # about 3% less for each year back
                base = base0 * share // 100 // 1000 * 1000
                parts = [(1, category, base, "", "", "")]
                if p["id"] == waived and year >= years[-3]:
                    parts = [(1, "低保/困难", 0, "免交", "因病致困，家庭收入低于当地低保标准",
                              f"经{year}年1月支部委员会研究同意，报上级党委批准")]
                elif base and rng.random() < 0.02:  # a base changed during the year
                    parts.append((rng.randint(4, 10), category, base + 50_000, "", "", ""))
                for n, (from_month, cat, b, reduction, reason, approval) in enumerate(parts):
                    rate, due = monthly_due_fen(cat, b)
                    due = 0 if reduction == "免交" else due
                    assessments.append(_record(ctx, person_id=p["id"], year=year, from_month=from_month, category=cat,
                                               base_fen=b, rate_bp=rate, due_fen=due, reduction=reduction,
                                               reason=reason, approval_note=approval))
                    upto = parts[n + 1][0] if n + 1 < len(parts) else 13
                    for month in range(from_month, upto):
                        index = dm.month_index(year, month)
                        if index >= first and due:
                            due_by_month[index] = due
            owed_from = end - behind[p["id"]] + 1 if p["id"] in behind else end + 1
            if p["id"] == waived:
                habit = "monthly"
            paid_ahead: set[int] = set()
            late: list[int] = []
            for index in sorted(due_by_month):
                if index >= owed_from:
                    break
                if index in paid_ahead:
                    continue
                if habit == "late" and len(late) < 3 and index + 1 < owed_from and rng.random() < 0.25:
                    late.append(index)  # paid with a later month (补交, at most three months back)
                    continue
                pay = [index]
                if habit == "quarterly" and index % 3 == 0:  # 预交 the quarter on its first collection day
                    pay += [i for i in (index + 1, index + 2) if i in due_by_month and i < owed_from]
                    paid_ahead.update(pay[1:])
                pay, late = late + pay, []
                year, month = dm.year_month(index)
                payment = _record(ctx, person_id=p["id"], paid_on=date(year, month, collection[index]),
                                  amount_fen=sum(due_by_month[i] for i in pay), receiver=receiver, paid_by="",
                                  note="补交" if pay[0] < index else "")
                payments.append(payment)
                months += [_record(ctx, payment_id=payment["id"], person_id=p["id"], year=dm.year_month(i)[0],
                                   month=dm.year_month(i)[1], amount_fen=due_by_month[i]) for i in pay]
        total += _insert(ctx, DuesAssessment, assessments) + _insert(ctx, DuesPayment, payments)
        total += _insert(ctx, DuesPaymentMonth, months)
    return total


RECORD_KINDS: list[tuple[str, Callable[[Context], int]]] = [
    ("支部与党小组", insert_branches),
    ("人员与支委会", insert_people),
    ("组织关系转接", insert_transfers),
    ("学习活动与笔记", insert_study),
    ("会议记录", insert_meetings),
    ("一人一事", insert_cases),
    ("党费核定与收缴", insert_dues),
]


def generate(path: Path, spec: Spec, *, verbose: bool = False) -> Path:
    """Build the database at ``path`` (replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(tmp)
    try:
        _fill(db, spec, verbose=verbose)
    finally:
        db.dispose()
    os.replace(tmp, path)
    return path


def _fill(db: Database, spec: Spec, *, verbose: bool) -> None:
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            # The whole file is written in one transaction: with SQLite's small default page cache, pages of the
            # random-key indexes and the full-text index were spilled and read back over and over (the 30-branch
            # database took 16 minutes, 15 of them for the notes). Up to 1 GB of cache while generating.
            conn.exec_driver_sql("PRAGMA cache_size = -1000000")
        ctx = Context(conn, random.Random(spec.seed), spec, datetime.now(UTC))
        for label, insert in RECORD_KINDS[:3] if spec.people_only else RECORD_KINDS:
            started = time.perf_counter()
            count = insert(ctx)
            if verbose:
                print(f"  {label}: {count} 行，{time.perf_counter() - started:.1f} s")
        refresh_statistics(conn)  # as after a roster import


def server_database(url: str, spec: Spec | None = None, *, verbose: bool = True) -> str:
    """The database server ``url`` holding what ``large_database(spec)`` holds: the same rows are
    generated into it (through the real migrations) when it has no branch yet, and reused after."""
    spec = spec or Spec()
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            held = conn.execute(select(func.count()).select_from(Branch.__table__)).scalar_one()  # type: ignore[attr-defined]
        if held == 0:
            if verbose:
                print(f"生成 {spec.branches} 个支部 × {spec.members} 人 → {db.engine.url.render_as_string()}")
            started = time.perf_counter()
            _fill(db, spec, verbose=verbose)
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")  # as autovacuum soon would: statistics, GIN index counts
            if verbose:
                print(f"  完成，用时 {time.perf_counter() - started:.1f} s")
        elif held != spec.branches:
            raise SystemExit(f"{url} 中已有 {held} 个支部，不是这个测试的 {spec.branches} 个：请用一个空数据库")
    finally:
        db.dispose()
    return url


def large_database(spec: Spec | None = None, *, force: bool = False, verbose: bool = True) -> Path:
    """The cached database for ``spec`` under bench/out/, generated if missing."""
    spec = spec or Spec()
    path = OUT_DIR / f"large-{spec.key()}.sqlite3"
    if force or not path.exists():
        if verbose:
            print(f"生成 {spec.branches} 个支部 × {spec.members} 人 → {path}")
        started = time.perf_counter()
        generate(path, spec, verbose=verbose)
        if verbose:
            print(f"  完成，用时 {time.perf_counter() - started:.1f} s")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成性能测试用的大型数据库")
    parser.add_argument("--branches", type=int, default=30)
    parser.add_argument("--members", type=int, default=100, help="每个支部的人数")
    parser.add_argument("--people", type=int, help="一个支部共这么多人（如 100000）；覆盖 --branches/--members")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="写到这个文件（不使用缓存）")
    parser.add_argument("--force", action="store_true", help="即使已有缓存也重新生成")
    parser.add_argument("--people-only", action="store_true", help="只生成支部和人员，不生成会议等记录")
    parser.add_argument("--db", metavar="URL", help="生成到这个数据库服务器（空数据库；如 postgresql+psycopg://…）")
    args = parser.parse_args(argv)
    spec = (Spec(1, args.people, args.seed, people_only=args.people_only) if args.people
            else Spec(args.branches, args.members, args.seed, people_only=args.people_only))
    if args.db:
        print(server_database(args.db, spec))
        return 0
    path = generate(args.out, spec, verbose=True) if args.out else large_database(spec, force=args.force)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
