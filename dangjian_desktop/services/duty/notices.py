"""公示 in 发展党员: the 发展对象 公示 before the 支部大会 and the 预备党员 公示 before 转正, with their
working days counted on the calendar (chinese-calendar plus the secretary's corrections), the steps
they add to the person's timeline, and the year's findings for missing or too-short 公示."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.duty import DutyNotice
from dangjian_desktop.domain import development as dev
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES, DEVELOPMENT_STEPS
from dangjian_desktop.errors import NotFoundError, ValidationError
from dangjian_desktop.services import Changed, soft_delete
from dangjian_desktop.services.duty import workdays
from dangjian_desktop.services.duty.common import get_person

_STEP_FIELDS = [f for f, _label in DEVELOPMENT_STEPS] + ["category", "probation_extension_months"]


@dataclass(frozen=True)
class NoticeRow:
    id: str
    person_id: str
    name: str
    kind: str
    start_on: date
    end_on: date
    result: str
    note: str
    workdays: int
    check: rules.NoticeCheck
    calendar_note: str = ""  # when a year the calendar does not know was counted Monday to Friday

    @property
    def check_text(self) -> str:
        return ("符合要求" + (f"（{self.calendar_note}）" if self.calendar_note else "")) if self.check.ok \
            else self.check.text

    @property
    def title(self) -> str:
        return rules.NOTICE_KINDS.get(self.kind, "公示")


@dataclass(frozen=True)
class NoticeInput:
    """A 发展党员公示 as the form gives it."""

    person_id: str | None
    kind: str | None  # rules.NOTICE_KINDS
    start_on: date | None
    end_on: date | None
    result: str = ""  # rules.NOTICE_RESULTS, or "" while it runs
    note: str = ""


def save_notice(session: Session, branch_id: str, *, data: NoticeInput, notice_id: str | None = None,
                today: date | None = None) -> Changed:
    """Register a 公示 (person, kind, start, end, result). A person has at most one 公示 of each kind."""
    today = today or date.today()
    values: dict[str, Any] = dict(data.__dict__)
    person_id = str(values.get("person_id") or "")
    if not person_id:
        raise ValidationError({"person_id": "请选择公示对象"})
    get_person(session, branch_id, person_id)
    errors = rules.check_notice(values, today)
    if errors:
        raise ValidationError(errors)
    kind = str(values["kind"])
    other = session.exec(select(DutyNotice).where(DutyNotice.person_id == person_id, DutyNotice.kind == kind,
                                                  col(DutyNotice.deleted_at).is_(None))).first()
    if other is not None and other.id != notice_id:
        raise ValidationError({"kind": f"此人已有{rules.NOTICE_KINDS[kind]}记录，请修改原记录"})
    if notice_id is None:
        row = DutyNotice(branch_id=branch_id, person_id=person_id, kind=kind, start_on=values["start_on"],
                         end_on=values["end_on"])
    else:
        found = session.get(DutyNotice, notice_id)
        if found is None or found.deleted_at is not None:
            raise NotFoundError("找不到这条公示（可能已被删除）")
        row = found
    row.person_id, row.kind = person_id, kind
    row.start_on, row.end_on = values["start_on"], values["end_on"]
    row.result = str(values.get("result") or "").strip()[:20]
    row.note = str(values.get("note") or "").strip()
    session.add(row)
    session.flush()
    return Changed("duty_notice", (row.id,))


def delete_notice(session: Session, notice_id: str) -> Changed:
    return soft_delete(session, DutyNotice, notice_id, "找不到这条公示（可能已被删除）")


def _rows(session: Session, branch_id: str, person_id: str | None = None) -> list[tuple[DutyNotice, Person]]:
    stmt = (select(DutyNotice, Person).join(Person, col(Person.id) == col(DutyNotice.person_id))
            .where(DutyNotice.branch_id == branch_id, col(DutyNotice.deleted_at).is_(None),
                   col(Person.deleted_at).is_(None)))
    if person_id:
        stmt = stmt.where(DutyNotice.person_id == person_id)
    return list(session.exec(stmt.order_by(col(DutyNotice.start_on))))


def _facts(n: DutyNotice, overrides: dict[date, bool]) -> dev.NoticeFacts:
    from dangjian_desktop.domain.workdays import count_workdays

    return dev.NoticeFacts(n.kind, n.start_on, n.end_on, count_workdays(n.start_on, n.end_on, overrides), n.result)


def person_notices(session: Session, person_id: str) -> dict[str, dev.NoticeFacts]:
    """The person's 公示 by kind, for their 发展党员 timeline."""
    person = session.get(Person, person_id)
    if person is None:
        return {}
    overrides = workdays.overrides(session)
    return {n.kind: _facts(n, overrides) for n, _p in _rows(session, person.branch_id, person_id)}


def list_notices(session: Session, branch_id: str, year: int | None = None) -> list[NoticeRow]:
    overrides = workdays.overrides(session)
    out = []
    for n, p in _rows(session, branch_id):
        if year is not None and n.start_on.year != year and n.end_on.year != year:
            continue
        facts = _facts(n, overrides)
        meeting = p.join_date if n.kind == "发展对象" else p.full_member_date
        check = rules.check_notice_dates(n.start_on, n.end_on, facts.workdays, meeting,
                                         "支部大会" if n.kind == "发展对象" else "转正")
        out.append(NoticeRow(n.id, p.id, p.name, n.kind, n.start_on, n.end_on, n.result, n.note, facts.workdays.days,
                             check, facts.workdays.note))
    return out


@dataclass(frozen=True)
class NoticeFinding:
    person_id: str
    name: str
    label: str  # 发展对象公示 / 转正公示
    note: str


def year_findings(session: Session, branch_id: str, year: int, today: date) -> list[NoticeFinding]:
    """People received at a 支部大会 or made full members in ``year`` whose 公示 is missing or does not meet
    the rules — the 公示 steps of their timeline, as the person detail shows them."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    stmt = select(Person).where(Person.branch_id == branch_id, col(Person.deleted_at).is_(None),
                                col(Person.status).in_(ACTIVE_STATUSES))
    notices: dict[str, dict[str, dev.NoticeFacts]] = {}
    overrides = workdays.overrides(session)
    for n, _p in _rows(session, branch_id):
        notices.setdefault(n.person_id, {})[n.kind] = _facts(n, overrides)
    out = []
    for p in session.exec(stmt):
        meetings = {"发展对象公示": p.join_date, "转正公示": p.full_member_date}
        if not any(d is not None and start <= d <= end for d in meetings.values()):
            continue
        values = {f: getattr(p, f) for f in _STEP_FIELDS}
        # judged as at the end of the year (or today), as the person's timeline showed it then
        for step in dev.timeline(values, min(today, end), notices=notices.get(p.id, {})):
            when = meetings.get(step.label)
            if when is not None and start <= when <= end and step.state == dev.BREACH:
                out.append(NoticeFinding(p.id, p.name, step.label, step.note))
    return sorted(out, key=lambda f: stroke_key(f.name))
