"""Full-text search across study notes and sessions.

On SQLite the ``study_fts`` index (FTS5, trigram tokenizer, kept in step by triggers) answers words
of three or more characters; shorter words (one or two Chinese characters) cannot be looked up in a
trigram index and are matched with LIKE instead. On other databases everything uses (I)LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, text
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.study import StudyNote, StudySession

HIT_START, HIT_END = "\x02", "\x03"  # around the matched words in a snippet
MIN_FTS_TERM = 3  # the trigram tokenizer needs three characters
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


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _fts_query(branch_id: str, words: list[str]) -> str:
    """The branch's rows (matched in the index, not by reading every row) containing every word."""
    return f"branch_id : {_quoted(branch_id)} AND {{title body}} : (" + " AND ".join(map(_quoted, words)) + ")"


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
    bind = session.get_bind()
    long_words = [w for w in words if len(w) >= MIN_FTS_TERM]
    if bind.dialect.name == "sqlite" and long_words:
        return _search_fts(session, branch_id, words, long_words, limit)
    return _search_like(session, branch_id, words, limit)


def _search_fts(session: Session, branch_id: str, words: list[str], long_words: list[str],
                limit: int) -> list[SearchHit]:
    params: dict[str, Any] = {"m": _fts_query(branch_id, long_words), "limit": limit}
    extra = ""
    for i, w in enumerate(w for w in words if len(w) < MIN_FTS_TERM):
        params[f"s{i}"] = _like(w)
        extra += f" AND (title LIKE :s{i} ESCAPE '\\' OR body LIKE :s{i} ESCAPE '\\')"
    sql = text("SELECT kind, ref_id, title, snippet(study_fts, 4, char(2), char(3), '…', 16), "
               "snippet(study_fts, 3, char(2), char(3), '…', 16) FROM study_fts "
               f"WHERE study_fts MATCH :m{extra} ORDER BY rank LIMIT :limit")
    found = session.execute(sql, params).all()
    notes = _note_info(session, [r[1] for r in found if r[0] == "note"])
    sessions = _session_info(session, [r[1] for r in found if r[0] == "session"])
    hits = []
    for kind, ref_id, title, body_snip, title_snip in found:
        snip = body_snip if HIT_START in body_snip or HIT_START not in title_snip else title_snip
        when, who = (notes if kind == "note" else sessions).get(ref_id, (None, ""))
        if when is not None:
            hits.append(SearchHit(kind, ref_id, title, " ".join(snip.split()), when, who))
    return hits


def _note_info(session: Session, ids: list[str]) -> dict[str, tuple[date, str]]:
    if not ids:
        return {}
    stmt = (core_select(col(StudyNote.id), col(StudyNote.note_date), col(Person.name))
            .join(Person, col(Person.id) == col(StudyNote.person_id)).where(col(StudyNote.id).in_(ids)))
    return {i: (d, n) for i, d, n in session.execute(stmt)}


def _session_info(session: Session, ids: list[str]) -> dict[str, tuple[date, str]]:
    if not ids:
        return {}
    stmt = core_select(col(StudySession.id), col(StudySession.held_on), col(StudySession.host)).where(
        col(StudySession.id).in_(ids))
    return {i: (d, h) for i, d, h in session.execute(stmt)}


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
