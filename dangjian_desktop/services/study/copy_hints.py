"""Copy hints for study notes: which notes look copied from another member's note or from the
linked session's material text, with the passages in common (domain/study_copy.py does the comparing).

Notes are compared with other members' notes of the same branch dated in the same or the previous
year. An inverted index of those notes' shingles is built per branch and year and kept in memory
until the notes change, so checking a note looks only at the few notes that share text with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select as core_select
from sqlmodel import Session, col, func

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.study import StudyNote, StudySession
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.domain.study_copy import Overlap, ShingleIndex, compare


@dataclass(frozen=True)
class CopyHint:
    """A note that has long passages in common with ``source`` — for the secretary to look at."""

    source_kind: str  # 'note' (another member's note) or 'material' (the session's material text)
    source_id: str
    source_label: str
    source_text: str
    note_text: str
    overlap: Overlap

    def summary(self) -> str:
        if self.source_kind == "material":
            return f"大段文字与{self.source_label}相同"
        return f"与{self.source_label}有大段文字相同"


@dataclass(frozen=True)
class _Doc:
    person_id: str
    name: str
    note_date: date
    created_at: datetime
    title: str
    text: str


@dataclass
class _YearIndex:
    signature: tuple[object, ...]
    index: ShingleIndex
    docs: dict[str, _Doc]


_CACHE: dict[tuple[str, int], _YearIndex] = {}


def note_text(content: str, reflection: str) -> str:
    return f"{content}\n{reflection}".strip()


def _window(year: int) -> tuple[date, date]:
    return date(year - 1, 1, 1), date(year, 12, 31)


def _signature(session: Session, branch_id: str, year: int) -> tuple[object, ...]:
    start, end = _window(year)
    row = session.execute(core_select(func.count(), func.count(col(StudyNote.deleted_at)),
                                      func.max(col(StudyNote.updated_at))).where(
        col(StudyNote.branch_id) == branch_id, col(StudyNote.note_date).between(start, end))).one()
    return tuple(row)


def year_index(session: Session, branch_id: str, year: int) -> _YearIndex:
    """The shingle index of the branch's notes dated in ``year`` and the year before (cached)."""
    key = (branch_id, year)
    signature = _signature(session, branch_id, year)
    cached = _CACHE.get(key)
    if cached is not None and cached.signature == signature:
        return cached
    start, end = _window(year)
    stmt = (core_select(col(StudyNote.id), col(StudyNote.person_id), col(Person.name), col(StudyNote.note_date),
                        col(StudyNote.created_at), col(StudyNote.title), col(StudyNote.content),
                        col(StudyNote.reflection))
            .join(Person, col(Person.id) == col(StudyNote.person_id))
            .where(col(StudyNote.branch_id) == branch_id, col(StudyNote.deleted_at).is_(None),
                   col(StudyNote.note_date).between(start, end)))
    index = ShingleIndex()
    docs: dict[str, _Doc] = {}
    for note_id, person_id, name, note_date, created, title, content, reflection in session.execute(stmt):
        text = note_text(content, reflection)
        docs[note_id] = _Doc(person_id, name, note_date, created, title, text)
        index.add(note_id, text)
    built = _YearIndex(signature, index, docs)
    _CACHE[key] = built
    return built


def _label(doc: _Doc) -> str:
    title = f"《{doc.title}》" if doc.title else ""
    return f"{doc.name}{fmt(doc.note_date)}的笔记{title}"


def _note_hints(built: _YearIndex, text: str, person_id: str, note_date: date, created: datetime | None,
                exclude: str | None) -> list[CopyHint]:
    """Hints from other members' notes written before this one (or on the same day)."""
    own = {d for d, doc in built.docs.items() if doc.person_id == person_id}
    if exclude:
        own.add(exclude)
    hints = []
    ignore = None
    for doc_id, _count in built.index.candidates(text, exclude=own, limit=5):
        doc = built.docs[doc_id]
        if doc.note_date > note_date or (doc.note_date == note_date and created is not None
                                          and doc.created_at > created):
            continue  # the other note is the later one: the hint is shown on that one
        ignore = ignore if ignore is not None else built.index.common(text)
        overlap = compare(text, doc.text, ignore)
        if overlap.is_hint:
            hints.append(CopyHint("note", doc_id, _label(doc), doc.text, text, overlap))
        if len(hints) == 2:
            break
    return hints


def _material_hint(session: Session, text: str, session_id: str | None) -> CopyHint | None:
    if not session_id:
        return None
    linked = session.get(StudySession, session_id)
    if linked is None or linked.deleted_at is not None or not linked.material_text.strip():
        return None
    overlap = compare(text, linked.material_text)
    if not overlap.is_hint:
        return None
    return CopyHint("material", linked.id, f"学习活动“{linked.topic}”的学习材料", linked.material_text, text, overlap)


def check_text(session: Session, branch_id: str, person_id: str, note_date: date, content: str, reflection: str,
               session_id: str | None = None, note_id: str | None = None) -> list[CopyHint]:
    """Hints for a note as typed (saved or not): the other notes and material it has long passages in common with."""
    text = note_text(content, reflection)
    built = year_index(session, branch_id, note_date.year)
    created = built.docs[note_id].created_at if note_id and note_id in built.docs else None
    hints = _note_hints(built, text, person_id, note_date, created, note_id)
    material = _material_hint(session, text, session_id)
    return [material, *hints] if material else hints


def check_note(session: Session, note_id: str) -> list[CopyHint]:
    note = session.get(StudyNote, note_id)
    if note is None or note.deleted_at is not None:
        return []
    return check_text(session, note.branch_id, note.person_id, note.note_date, note.content, note.reflection,
                      note.session_id, note.id)


def year_hints(session: Session, branch_id: str, year: int) -> dict[str, list[CopyHint]]:
    """Hints for every note of the branch dated in ``year`` that has any: note id → hints."""
    built = year_index(session, branch_id, year)
    linked: dict[str, str] = {note_id: sid for note_id, sid in session.execute(
        core_select(col(StudyNote.id), col(StudyNote.session_id)).where(
            col(StudyNote.branch_id) == branch_id, col(StudyNote.deleted_at).is_(None),
            col(StudyNote.session_id).is_not(None),
            col(StudyNote.note_date).between(date(year, 1, 1), date(year, 12, 31))))}
    out: dict[str, list[CopyHint]] = {}
    for note_id, doc in built.docs.items():
        if doc.note_date.year != year:
            continue
        hints = _note_hints(built, doc.text, doc.person_id, doc.note_date, doc.created_at, note_id)
        material = _material_hint(session, doc.text, linked.get(note_id))
        if material:
            hints.insert(0, material)
        if hints:
            out[note_id] = hints
    return out
