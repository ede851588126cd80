"""Full-text search across study notes and sessions.

The database's own index answers (db/dialect: on SQLite the FTS5 trigram index ``study_fts``, on
PostgreSQL pg_trgm GIN indexes); where it cannot (SQLite, only words of one or two characters) the rows
are read with (I)LIKE. Every word must appear in the title or the text; the hits are the same on both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from dangjian_desktop.db.dialect import dialect_of
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.study import StudyNote, StudySession

HIT_START, HIT_END = "\x02", "\x03"  # around the matched words in a snippet
SNIPPET_CHARS = 24


@dataclass(frozen=True)
class SearchHit:
    kind: str  # 'note' / 'session'
    ref_id: str
    title: str
    snippet: str  # with HIT_START/HIT_END around the matches
    when: date
    who: str  # the note's author, or the session's host

    @property
    def kind_label(self) -> str:
        return "笔记" if self.kind == "note" else "学习活动"


def terms(query: str) -> list[str]:
    return [t for t in query.replace("\u3000", " ").split() if t]


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(texts: list[str], words: list[str]) -> str:
    """Around the first match in the first text that has one, with the words marked."""
    for body in texts:
        flat = " ".join(body.split())
        lower = flat.lower()
        hits = [(lower.find(w.lower()), w) for w in words if w.lower() in lower]
        if not hits:
            continue
        first = min(p for p, _w in hits)
        start = max(0, first - SNIPPET_CHARS // 2)
        piece = flat[start:start + SNIPPET_CHARS * 2]
        for w in sorted({w for _p, w in hits}, key=len, reverse=True):
            idx = piece.lower().find(w.lower())
            if idx >= 0:
                piece = piece[:idx] + HIT_START + piece[idx:idx + len(w)] + HIT_END + piece[idx + len(w):]
        return ("…" if start else "") + piece + ("…" if start + SNIPPET_CHARS * 2 < len(flat) else "")
    return ""


def search(session: Session, branch_id: str, query: str, limit: int = 200) -> list[SearchHit]:
    """Notes and sessions of the branch containing every word of ``query`` (best matches first)."""
    words = terms(query)
    if not words:
        return []
    found = dialect_of(session).search_study(session, branch_id, words, limit)
    if found is None:
        return _search_like(session, branch_id, words, limit)
    need_texts = any(r[3] is None for r in found)  # the index gave no snippets: cut them from the rows
    notes = _note_info(session, [r[1] for r in found if r[0] == "note"], need_texts)
    sessions = _session_info(session, [r[1] for r in found if r[0] == "session"], need_texts)
    hits = []
    for kind, ref_id, title, snip in found:
        when, who, texts = (notes if kind == "note" else sessions).get(ref_id, (None, "", []))
        if when is not None:
            snippet = _snippet(texts, words) if snip is None else " ".join(snip.split())
            hits.append(SearchHit(kind, ref_id, title, snippet, when, who))
    return hits


Info = dict[str, tuple[date, str, list[str]]]  # id → (date, who, the texts a snippet is cut from)


def _note_info(session: Session, ids: list[str], texts: bool) -> Info:
    if not ids:
        return {}
    if not texts:
        brief = (core_select(col(StudyNote.id), col(StudyNote.note_date), col(Person.name))
                 .join(Person, col(Person.id) == col(StudyNote.person_id)).where(col(StudyNote.id).in_(ids)))
        return {i: (d, n, []) for i, d, n in session.execute(brief)}
    stmt = (core_select(StudyNote, col(Person.name))
            .join(Person, col(Person.id) == col(StudyNote.person_id)).where(col(StudyNote.id).in_(ids)))
    return {n.id: (n.note_date, name, [n.title, n.content, n.reflection]) for n, name in session.execute(stmt)}


def _session_info(session: Session, ids: list[str], texts: bool) -> Info:
    if not ids:
        return {}
    if not texts:
        brief = core_select(col(StudySession.id), col(StudySession.held_on), col(StudySession.host)).where(
            col(StudySession.id).in_(ids))
        return {i: (d, h, []) for i, d, h in session.execute(brief)}
    stmt = core_select(StudySession).where(col(StudySession.id).in_(ids))
    return {s.id: (s.held_on, s.host, [s.topic, s.materials, s.material_text, s.host, s.note])
            for (s,) in session.execute(stmt)}


def _search_like(session: Session, branch_id: str, words: list[str], limit: int) -> list[SearchHit]:
    note_cols = [col(StudyNote.title), col(StudyNote.content), col(StudyNote.reflection)]
    stmt = (core_select(StudyNote, col(Person.name)).join(Person, col(Person.id) == col(StudyNote.person_id))
            .where(col(StudyNote.branch_id) == branch_id, col(StudyNote.deleted_at).is_(None),
                   *[or_(*[c.ilike(_like(w), escape="\\") for c in note_cols]) for w in words])
            .order_by(col(StudyNote.note_date).desc()).limit(limit))
    hits = [SearchHit("note", n.id, n.title, _snippet([n.title, n.content, n.reflection], words), n.note_date, name)
            for n, name in session.execute(stmt)]
    session_cols = [col(StudySession.topic), col(StudySession.materials), col(StudySession.material_text),
                    col(StudySession.host), col(StudySession.note)]
    stmt2 = (core_select(StudySession).where(
        col(StudySession.branch_id) == branch_id, col(StudySession.deleted_at).is_(None),
        *[or_(*[c.ilike(_like(w), escape="\\") for c in session_cols]) for w in words])
        .order_by(col(StudySession.held_on).desc()).limit(limit))
    hits += [SearchHit("session", s.id, s.topic,
                       _snippet([s.topic, s.materials, s.material_text, s.host, s.note], words), s.held_on, s.host)
             for (s,) in session.execute(stmt2)]
    hits.sort(key=lambda h: h.when, reverse=True)
    return hits[:limit]
