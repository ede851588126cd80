"""党纪处分 per person: add, edit, delete; who has no vote on a day because a 留党察看 is running; and the
people whose notes (kept before these records existed) mention 留党察看 but who have no such record yet."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Discipline, Person
from dangjian_desktop.domain import discipline as rules
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed, get_live, soft_delete
from dangjian_desktop.services.branches import require_writable_person
from dangjian_desktop.services.people.records import get_person


@dataclass
class DisciplineData:
    kind: str
    decided_on: date | None
    decided_by: str = ""
    probation_start: date | None = None
    probation_years: int | None = None  # 1 or 2, 留党察看 only
    restored_on: date | None = None
    note: str = ""

    def penalty(self) -> rules.Penalty:
        return rules.Penalty(self.kind, self.decided_on, self.probation_start, self.probation_years, self.restored_on)


def penalty(row: Discipline) -> rules.Penalty:
    return rules.Penalty(row.kind, row.decided_on, row.probation_start, row.probation_years, row.restored_on)


def save_discipline(session: Session, *, person_id: str, data: DisciplineData, discipline_id: str | None = None,
                    today: date | None = None) -> Changed:
    """Add a record (``discipline_id`` None) or change one. The period fields are kept only for 留党察看."""
    require_writable_person(session, person_id)
    errors = rules.check(data.penalty(), data.note, data.decided_by, today)
    if errors:
        raise ValidationError(errors)
    get_person(session, person_id)
    assert data.decided_on is not None
    if discipline_id is None:
        row = Discipline(person_id=person_id, kind=data.kind, decided_on=data.decided_on)
    else:
        row = get_discipline(session, discipline_id)
    probation = data.kind == rules.PROBATION
    row.kind = data.kind
    row.decided_on = data.decided_on
    row.decided_by = data.decided_by.strip()
    row.probation_start = data.probation_start if probation else None
    row.probation_years = data.probation_years if probation else None
    row.restored_on = data.restored_on if probation else None
    row.note = data.note
    session.add(row)
    session.flush()
    return Changed("discipline", (row.id,))


def get_discipline(session: Session, discipline_id: str) -> Discipline:
    return get_live(session, Discipline, discipline_id, "找不到这条党纪处分记录")


def delete_discipline(session: Session, discipline_id: str) -> Changed:
    return soft_delete(session, Discipline, discipline_id, "找不到这条党纪处分记录")


def list_for_person(session: Session, person_id: str) -> list[Discipline]:
    stmt = select(Discipline).where(Discipline.person_id == person_id, col(Discipline.deleted_at).is_(None))
    return list(session.exec(stmt.order_by(col(Discipline.decided_on), col(Discipline.created_at))))


def on_probation(session: Session, person_ids: Iterable[str], day: date) -> set[str]:
    """Of ``person_ids``, those under a running 留党察看 on ``day`` (one query)."""
    ids = list(person_ids)
    if not ids:
        return set()
    stmt = select(Discipline).where(col(Discipline.person_id).in_(ids), Discipline.kind == rules.PROBATION,
                                    col(Discipline.deleted_at).is_(None))
    by_person: dict[str, list[rules.Penalty]] = defaultdict(list)
    for row in session.exec(stmt):
        by_person[row.person_id].append(penalty(row))
    return {pid for pid, penalties in by_person.items() if rules.probation_running(penalties, day)}


@dataclass(frozen=True)
class NoteOnly:
    """Someone whose notes speak of 留党察看 but who has no 留党察看 record."""

    person_id: str
    name: str


def probation_in_notes_only(session: Session, branch_id: str) -> list[NoteOnly]:
    """People of the branch whose 备注 or 状态说明 mention 留党察看 and who have no 留党察看 record: the
    secretary enters the record once (the notes are left as they are)."""
    recorded = select(Discipline.person_id).where(Discipline.kind == rules.PROBATION,
                                                  col(Discipline.deleted_at).is_(None))
    stmt = select(Person).where(Person.branch_id == branch_id, col(Person.deleted_at).is_(None),
                                col(Person.id).not_in(recorded),
                                col(Person.note).contains(rules.PROBATION) | col(Person.status_note).contains(
                                    rules.PROBATION))
    rows = [NoteOnly(p.id, p.name) for p in session.exec(stmt)]
    return sorted(rows, key=lambda r: stroke_key(r.name))


def needs_record(session: Session, person_id: str) -> bool:
    """This person's notes mention 留党察看 and no 留党察看 record exists (the notice in the detail pane)."""
    person = get_person(session, person_id, include_deleted=True)
    if not rules.mentions_probation(person.note, person.status_note):
        return False
    return not any(r.kind == rules.PROBATION for r in list_for_person(session, person_id))
