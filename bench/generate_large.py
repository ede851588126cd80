"""Generate the large database the benchmarks run on (DESIGN.md §5), cached under bench/out/.

    .venv/bin/python bench/generate_large.py                     # 30 branches × 100 members
    .venv/bin/python bench/generate_large.py --people 100000     # one branch of 100,000 people
    .venv/bin/python bench/generate_large.py --branches 2 --members 5 --out /tmp/x.sqlite3

The schema comes from the real migrations (``open_database``); rows are bulk-inserted with
SQLAlchemy Core for speed, bypassing the per-row services (and so the audit log), but every row
is one the services would accept: valid ID numbers, pinyin keys, 党小组 of the person's branch.
People come from the same generator as the demo branch (services/demo_people.py).

Each record kind has one ``insert_*`` function in ``RECORD_KINDS``; a new kind (meetings, notes,
cases, dues) is one more function there, plus a bump of ``GENERATOR_VERSION``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from dangjian_desktop.db.migrate import head_revision
from dangjian_desktop.db.models import AppSetting, Branch, CommitteeMember, OrgTransfer, PartyGroup, Person, new_id
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain.names import pinyin_keys
from dangjian_desktop.domain.roster import COMMITTEE_ROLES
from dangjian_desktop.services.branches import CURRENT_BRANCH_KEY
from dangjian_desktop.services.demo_people import (
    AGE_RANGES,
    COMMITTEE_JOBS,
    COUNTIES,
    County,
    PeopleFactory,
    development_values,
    long_standing_member_values,
    make_village,
)

GENERATOR_VERSION = 2  # bump when the generated content changes, so cached files are rebuilt
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

    def key(self) -> str:
        return (f"b{self.branches}-m{self.members}-s{self.seed}-d{self.today:%Y%m%d}"
                f"-g{GENERATOR_VERSION}-r{head_revision()}")


@dataclass
class BranchRows:
    id: str
    county: County
    town: str
    village: str
    group_ids: list[str]
    people: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Context:
    """What the insert functions share: the connection, the random source, and what earlier kinds made."""

    conn: Connection
    rng: random.Random
    spec: Spec
    now: datetime
    branches: list[BranchRows] = field(default_factory=list)


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
    ctx.conn.execute(AppSetting.__table__.insert(), [{"key": CURRENT_BRANCH_KEY, "value": rows[0]["id"]}])  # type: ignore[attr-defined]
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
            ctx.conn.execute(table.update().where(table.c.id == group_id).values(leader_name=leader["name"]))


def insert_transfers(ctx: Context) -> int:
    """A 转入 record for two 正式党员 of each branch (status stays 正常)."""
    rows = []
    for branch in ctx.branches:
        members = [p for p in branch.people if p["category"] == "正式党员" and not p["party_post"]]
        for person in ctx.rng.sample(members, min(2, len(members))):
            when = date(ctx.spec.today.year - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
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
    from dangjian_desktop.db.models_study import StudyAttendance, StudyNote, StudySession
    from dangjian_desktop.domain.study import word_count
    from dangjian_desktop.services.demo_study import TOPICS, compose_note

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


RECORD_KINDS: list[tuple[str, Callable[[Context], int]]] = [
    ("支部与党小组", insert_branches),
    ("人员与支委会", insert_people),
    ("组织关系转接", insert_transfers),
    ("学习活动与笔记", insert_study),
]


def generate(path: Path, spec: Spec, *, verbose: bool = False) -> Path:
    """Build the database at ``path`` (replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(tmp)
    try:
        with db.engine.begin() as conn:
            ctx = Context(conn, random.Random(spec.seed), spec, datetime.now(UTC))
            for label, insert in RECORD_KINDS:
                started = time.perf_counter()
                count = insert(ctx)
                if verbose:
                    print(f"  {label}: {count} 行，{time.perf_counter() - started:.1f} s")
    finally:
        db.dispose()
    os.replace(tmp, path)
    return path


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
    args = parser.parse_args(argv)
    spec = Spec(1, args.people, args.seed) if args.people else Spec(args.branches, args.members, args.seed)
    path = generate(args.out, spec, verbose=True) if args.out else large_database(spec, force=args.force)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
