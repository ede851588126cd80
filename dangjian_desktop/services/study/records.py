"""学习笔记: study sessions with attendance ticked from the roster, and members' notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func, select

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.study import StudyAttendance, StudyNote, StudySession
from dangjian_desktop.domain import study as rules
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed, get_live, soft_delete
from dangjian_desktop.services.branches import require_writable


@dataclass
class SessionInput:
    held_on: date | None
    topic: str
    form: str = "集中学习"
    hours: int = 2
    host: str = ""
    location: str = ""
    materials: str = ""
    material_text: str = ""
    note: str = ""
    attendees: list[str] = field(default_factory=list)  # person ids


@dataclass
class NoteInput:
    person_id: str | None
    note_date: date | None
    title: str
    content: str
    reflection: str = ""
    session_id: str | None = None


@dataclass(frozen=True)
class SessionRow:
    id: str
    held_on: date
    topic: str
    form: str
    hours: int
    host: str
    materials: str
    attendees: int
    created_at: datetime | None = None  # 录入时间


@dataclass(frozen=True)
class NoteRow:
    id: str
    person_id: str
    name: str
    note_date: date
    title: str
    session_topic: str
    word_count: int
    has_reflection: bool


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


# --- sessions ------------------------------------------------------------------------------------
def check_session(data: SessionInput, today: date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.held_on is None:
        errors["held_on"] = "请填写学习日期"
    elif data.held_on > (today or date.today()):
        errors["held_on"] = "学习日期在今天之后"
    if not data.topic.strip():
        errors["topic"] = "请填写学习主题"
    elif len(data.topic.strip()) > 200:
        errors["topic"] = "学习主题过长（最多200字）"
    if data.form not in rules.FORMS:
        errors["form"] = "请选择学习形式"
    message = rules.check_hours(data.hours)
    if message:
        errors["hours"] = message
    if len(data.host) > 100:
        errors["host"] = "主持人/授课人过长"
    if len(data.location) > 100:
        errors["location"] = "地点过长"
    return errors


def save_session(session: Session, branch_id: str, data: SessionInput, *, session_id: str | None = None,
                 today: date | None = None) -> Changed:
    """Add (``session_id`` None) or update a study session and its attendance."""
    require_writable(session, branch_id)
    errors = check_session(data, today)
    members = _branch_people(session, branch_id, data.attendees)
    if len(members) != len(set(data.attendees)):
        errors["attendees"] = "所选参加人员中有不属于本支部的人"
    if errors:
        raise ValidationError(errors)
    assert data.held_on is not None
    row = StudySession(branch_id=branch_id, held_on=data.held_on, topic="") if session_id is None \
        else get_session(session, session_id)
    row.held_on, row.topic, row.form, row.hours = data.held_on, data.topic.strip(), data.form, data.hours
    row.host, row.location = data.host.strip(), data.location.strip()
    row.materials, row.material_text, row.note = data.materials.strip(), data.material_text, data.note
    session.add(row)
    session.flush()
    _set_attendance(session, row.id, set(data.attendees))
    return Changed("study_session", (row.id,))


def _branch_people(session: Session, branch_id: str, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    stmt = core_select(col(Person.id)).where(col(Person.id).in_(ids), col(Person.branch_id) == branch_id,
                                             col(Person.deleted_at).is_(None))
    return {r[0] for r in session.execute(stmt)}


def _set_attendance(session: Session, session_id: str, wanted: set[str]) -> None:
    current = attendance_rows(session, session_id)
    for person_id, row in current.items():
        if person_id not in wanted:
            row.deleted_at = utcnow()
            session.add(row)
    for person_id in sorted(wanted - set(current)):
        session.add(StudyAttendance(session_id=session_id, person_id=person_id))


def attendance_rows(session: Session, session_id: str) -> dict[str, StudyAttendance]:
    rows = session.exec(select(StudyAttendance).where(StudyAttendance.session_id == session_id,
                                                      col(StudyAttendance.deleted_at).is_(None)))
    return {r.person_id: r for r in rows}


def attendees(session: Session, session_id: str) -> list[str]:
    return sorted(attendance_rows(session, session_id))


def get_session(session: Session, session_id: str) -> StudySession:
    return get_live(session, StudySession, session_id, "找不到这次学习（可能已被删除）")


def session_input(session: Session, session_id: str) -> SessionInput:
    row = get_session(session, session_id)
    return SessionInput(held_on=row.held_on, topic=row.topic, form=row.form, hours=row.hours, host=row.host,
                        location=row.location, materials=row.materials, material_text=row.material_text,
                        note=row.note, attendees=attendees(session, session_id))


def delete_session(session: Session, session_id: str) -> Changed:
    """To the 回收站; notes linked to it keep their text and stay linked (shown without the session)."""
    return soft_delete(session, StudySession, session_id, "找不到这次学习（可能已被删除）")


def list_sessions(session: Session, branch_id: str, year: int | None = None) -> list[SessionRow]:
    # counted per session listed (through the session_id index), not over every branch's attendance
    n = (core_select(func.count()).where(col(StudyAttendance.session_id) == col(StudySession.id),
                                         col(StudyAttendance.deleted_at).is_(None)).scalar_subquery())
    stmt = (core_select(StudySession, n)
            .where(col(StudySession.branch_id) == branch_id, col(StudySession.deleted_at).is_(None)))
    if year is not None:
        start, end = _year_range(year)
        stmt = stmt.where(col(StudySession.held_on).between(start, end))
    stmt = stmt.order_by(col(StudySession.held_on).desc(), col(StudySession.created_at).desc())
    return [SessionRow(id=s.id, held_on=s.held_on, topic=s.topic, form=s.form, hours=s.hours, host=s.host,
                       materials=s.materials, attendees=n or 0, created_at=s.created_at)
            for s, n in session.execute(stmt)]


# --- notes ---------------------------------------------------------------------------------------
def check_note(data: NoteInput, today: date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.person_id:
        errors["person_id"] = "请选择是谁的笔记"
    if data.note_date is None:
        errors["note_date"] = "请填写笔记日期"
    elif data.note_date > (today or date.today()):
        errors["note_date"] = "笔记日期在今天之后"
    if len(data.title.strip()) > 200:
        errors["title"] = "标题过长（最多200字）"
    if not data.content.strip() and not data.reflection.strip():
        errors["content"] = "请填写笔记内容或心得体会"
    return errors


def save_note(session: Session, branch_id: str, data: NoteInput, *, note_id: str | None = None,
              today: date | None = None) -> Changed:
    require_writable(session, branch_id)
    errors = check_note(data, today)
    if data.person_id and not _branch_people(session, branch_id, [data.person_id]):
        errors["person_id"] = "所选人员不属于本支部"
    if data.session_id:
        linked = session.get(StudySession, data.session_id)
        if linked is None or linked.branch_id != branch_id or linked.deleted_at is not None:
            errors["session_id"] = "所选学习活动不存在"
    if errors:
        raise ValidationError(errors)
    assert data.person_id is not None and data.note_date is not None
    row = StudyNote(branch_id=branch_id, person_id=data.person_id, note_date=data.note_date) if note_id is None \
        else get_note(session, note_id)
    row.person_id, row.note_date, row.session_id = data.person_id, data.note_date, data.session_id or None
    row.title = data.title.strip()
    row.content, row.reflection = data.content.strip(), data.reflection.strip()
    row.word_count = rules.word_count(row.content, row.reflection)
    session.add(row)
    session.flush()
    return Changed("study_note", (row.id,))


def get_note(session: Session, note_id: str) -> StudyNote:
    return get_live(session, StudyNote, note_id, "找不到这篇笔记（可能已被删除）")


def note_input(session: Session, note_id: str) -> NoteInput:
    row = get_note(session, note_id)
    return NoteInput(person_id=row.person_id, note_date=row.note_date, title=row.title, content=row.content,
                     reflection=row.reflection, session_id=row.session_id)


def delete_note(session: Session, note_id: str) -> Changed:
    return soft_delete(session, StudyNote, note_id, "找不到这篇笔记（可能已被删除）")


def list_notes(session: Session, branch_id: str, year: int | None = None,
               person_id: str | None = None) -> list[NoteRow]:
    stmt = (core_select(StudyNote, col(Person.name), col(StudySession.topic))
            .join(Person, col(Person.id) == col(StudyNote.person_id))
            .outerjoin(StudySession, (col(StudySession.id) == col(StudyNote.session_id))
                       & col(StudySession.deleted_at).is_(None))
            .where(col(StudyNote.branch_id) == branch_id, col(StudyNote.deleted_at).is_(None)))
    if year is not None:
        start, end = _year_range(year)
        stmt = stmt.where(col(StudyNote.note_date).between(start, end))
    if person_id:
        stmt = stmt.where(col(StudyNote.person_id) == person_id)
    stmt = stmt.order_by(col(StudyNote.note_date).desc(), col(StudyNote.created_at).desc())
    return [NoteRow(id=n.id, person_id=n.person_id, name=name, note_date=n.note_date, title=n.title,
                    session_topic=topic or "", word_count=n.word_count, has_reflection=bool(n.reflection))
            for n, name, topic in session.execute(stmt)]
