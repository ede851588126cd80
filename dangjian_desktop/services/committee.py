"""Who sits on the 支部委员会 and leads each 党小组, as people on the roster.

The committee is what 支部信息 records (each seat linked to a person on the roster) together with anyone whose
党内职务 names a committee role (书记, 副书记, 组织委员 …) without a seat. Every rule that depends on the committee —
the 56-学时 target, the 支部委员会's quorum, 谈心谈话 coverage — reads ``committee_seats``; a 党小组会's host is
the group's 组长 (``group_leader``). When the two sources disagree, ``post_changes`` and ``seat_offer`` say how to
bring them back in line, and the window offers it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db import read
from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import CommitteeMember, PartyGroup, Person
from dangjian_desktop.domain import branch_structure
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import (
    ACTIVE_STATUSES,
    COMMITTEE_ROLES,
    MEMBER_CATEGORIES,
    MEMBER_ROLE,
    committee_role,
)
from dangjian_desktop.services import Changed
from dangjian_desktop.services.branches import Seat, get_branch, term_end


def _on_books(session: Session, branch_id: str) -> list[Any]:
    """The people on the branch's books: rows of the columns the committee reads (not whole records)."""
    return list(read.rows(session, core_select(
        col(Person.id), col(Person.name), col(Person.category), col(Person.birth_date), col(Person.party_post))
        .where(col(Person.branch_id) == branch_id, col(Person.deleted_at).is_(None),
               col(Person.status).in_(ACTIVE_STATUSES))))


def roster_ids_by_name(session: Session, branch_id: str) -> dict[str, str]:
    """Name → id for the names that belong to exactly one person on the branch's books."""
    people = _on_books(session, branch_id)
    counts = Counter(p.name for p in people)
    return {p.name: p.id for p in people if counts[p.name] == 1}


def roster_choices(session: Session, branch_id: str) -> list[tuple[str, str, str]]:
    """(name, label, id) of the 正式 and 预备党员 on the books, in 姓氏笔画 order, to pick committee members and
    group leaders from; two people of the same name are told apart by their year of birth or 党小组."""
    people = sorted((p for p in _on_books(session, branch_id) if p.category in MEMBER_CATEGORIES),
                    key=lambda p: stroke_key(p.name))
    counts = Counter(p.name for p in people)
    out = []
    for p in people:
        label = p.name
        if counts[p.name] > 1:
            label += f"（{p.birth_date:%Y}年生）" if p.birth_date else f"（{p.id[:4]}）"
        out.append((p.name, label, p.id))
    return out


def recorded_seats(session: Session, branch_id: str) -> list[Seat]:
    """The seats as 支部信息 records them."""
    rows = session.exec(select(CommitteeMember).where(
        CommitteeMember.branch_id == branch_id, col(CommitteeMember.deleted_at).is_(None),
    ).order_by(col(CommitteeMember.sort_order)))
    return [Seat(r.role, r.name, r.person_id) for r in rows]


def committee_seats(session: Session, branch_id: str) -> list[Seat]:
    """The 支部委员会: 支部信息's seats (a seat typed as a name is matched to the one person of that name), then
    the people whose 党内职务 names a committee role and who hold no seat."""
    return _seats(recorded_seats(session, branch_id), _on_books(session, branch_id))


def _seats(recorded: list[Seat], on_books: Sequence[Any]) -> list[Seat]:
    """``on_books``: the people on the books (anything with their ``id``, ``name`` and ``party_post``)."""
    counts = Counter(p.name for p in on_books)
    unique = {p.name: p.id for p in on_books if counts[p.name] == 1}
    seats = [s if s.person_id else Seat(s.role, s.name, unique.get(s.name)) for s in recorded]
    seated = {s.person_id for s in seats if s.person_id}
    for p in sorted(on_books, key=lambda p: p.name):
        role = committee_role(p.party_post or "")
        if role and p.id not in seated:
            seats.append(Seat(role, p.name, p.id))
    return seats


def committee_ids_by_branch(session: Session) -> dict[str, set[str]]:
    """``committee_person_ids`` of every branch, in two statements: branch id → the committee's people."""
    recorded: dict[str, list[Seat]] = {}
    for r in session.exec(select(CommitteeMember).where(col(CommitteeMember.deleted_at).is_(None))
                          .order_by(col(CommitteeMember.sort_order))):
        recorded.setdefault(r.branch_id, []).append(Seat(r.role, r.name, r.person_id))
    on_books: dict[str, list[Any]] = {}  # rows with the Person fields _seats reads
    for p in read.rows(session, core_select(col(Person.id), col(Person.name), col(Person.party_post),
                                         col(Person.branch_id)).where(
            col(Person.deleted_at).is_(None), col(Person.status).in_(ACTIVE_STATUSES))):
        on_books.setdefault(p.branch_id, []).append(p)
    return {b: {s.person_id for s in _seats(recorded.get(b, []), on_books.get(b, [])) if s.person_id}
            for b in recorded.keys() | on_books.keys()}


def committee_person_ids(session: Session, branch_id: str) -> set[str]:
    return {s.person_id for s in committee_seats(session, branch_id) if s.person_id}


@dataclass(frozen=True)
class PostChange:
    """A 党内职务 to change so that it agrees with the committee in 支部信息."""

    person_id: str
    name: str
    before: str
    after: str

    def text(self) -> str:
        return f"{self.name}：党内职务“{self.before or '（空）'}”改为“{self.after or '（空）'}”"


def post_changes(session: Session, branch_id: str, seats: list[Seat]) -> list[PostChange]:
    """What the 党内职务 of the people concerned should become if ``seats`` is the committee: a seated person's post
    names their role; someone whose post names a committee role but who no longer sits on it loses that post."""
    unique = roster_ids_by_name(session, branch_id)
    linked = {s.person_id or unique.get(s.name.strip()): s.role for s in seats if s.name.strip()}
    linked.pop(None, None)
    out = []
    for p in _on_books(session, branch_id):
        post = p.party_post or ""
        held = committee_role(post)
        role = linked.get(p.id)
        if role is not None and held != role:
            after = role if role != MEMBER_ROLE else "支部委员"
            out.append(PostChange(p.id, p.name, post, after if not held else post.replace(held, role, 1)))
        elif role is None and held:
            out.append(PostChange(p.id, p.name, post, ""))
    return sorted(out, key=lambda c: c.name)


def apply_post_changes(session: Session, changes: list[PostChange]) -> Changed:
    for change in changes:
        person = session.get(Person, change.person_id)
        if person is not None:
            person.party_post = change.after
            session.add(person)
    return Changed("person", tuple(c.person_id for c in changes) or ("",))


@dataclass(frozen=True)
class SeatOffer:
    """A person's new 党内职务 names a committee role they do not hold in 支部信息."""

    role: str
    holder: str  # who holds that seat now ("" if nobody)

    def text(self, name: str) -> str:
        now = f"（现为{self.holder}）" if self.holder else ""
        return f"把{name}登记为支部信息中的{self.role}{now}吗？"


def seat_offer(session: Session, branch_id: str, person_id: str | None, name: str, post: str) -> SeatOffer | None:
    role = committee_role(post)
    if not role:
        return None
    seats = recorded_seats(session, branch_id)
    if any(seat.role == role and ((person_id and seat.person_id == person_id)
                                  or (not seat.person_id and seat.name == name)) for seat in seats):
        return None
    holder = next((s.name for s in seats if s.role == role and role != MEMBER_ROLE), "")
    return SeatOffer(role, holder)


def take_seat(session: Session, branch_id: str, person_id: str, role: str) -> Changed:
    """Seat ``person_id`` in ``role`` (the former holder of a named role, and the person's other seat, are freed)."""
    person = session.get(Person, person_id)
    assert person is not None
    for row in session.exec(select(CommitteeMember).where(
            CommitteeMember.branch_id == branch_id, col(CommitteeMember.deleted_at).is_(None))):
        if row.person_id == person_id or (row.role == role and role != MEMBER_ROLE) or (
                not row.person_id and row.name == person.name):
            row.deleted_at = utcnow()
            session.add(row)
    order = (*COMMITTEE_ROLES, MEMBER_ROLE).index(role) if role in (*COMMITTEE_ROLES, MEMBER_ROLE) else 9
    session.add(CommitteeMember(branch_id=branch_id, role=role, name=person.name, person_id=person_id,
                                sort_order=order))
    return Changed("branch", (branch_id,))


def group_leader(session: Session, group: PartyGroup) -> Seat | None:
    """A 党小组's 组长: the person picked in 支部信息, else the one person of the typed name."""
    if group.leader_id:
        person = session.get(Person, group.leader_id)
        if person is not None and person.deleted_at is None:
            return Seat("组长", person.name, person.id)
    if group.leader_name:
        return Seat("组长", group.leader_name, roster_ids_by_name(session, group.branch_id).get(group.leader_name))
    return None


def full_member_count(session: Session, branch_id: str) -> int:
    return sum(1 for p in _on_books(session, branch_id) if p.category == "正式党员")


def structure(session: Session, branch_id: str, today: date | None = None) -> list[branch_structure.Notice]:
    """The branch's structure checks (domain/branch_structure.py) on today's roster and committee."""
    branch = get_branch(session, branch_id)
    roles = [s.role for s in committee_seats(session, branch_id)]
    return branch_structure.check(full_member_count(session, branch_id), roles, term_end(branch),
                                  today or date.today())
