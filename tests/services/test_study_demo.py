"""The demo branch's year of study: sessions, notes, and exactly the two copied notes flagged."""

from __future__ import annotations

from datetime import date

from dangjian_desktop.db import Database
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.study import copy_hints as study_copy
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.study import year as study_year

TODAY = date(2026, 11, 20)


def test_demo_year_of_study_with_two_copied_notes(db: Database) -> None:
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=TODAY).id
    with db.session_scope() as s:
        sessions = study.list_sessions(s, branch_id)
        notes = study.list_notes(s, branch_id)
        hints = {**study_copy.year_hints(s, branch_id, 2025), **study_copy.year_hints(s, branch_id, 2026)}
        rows = study_year.year_view(s, branch_id, 2026)
    assert len(sessions) >= 24 and {r.form for r in sessions} >= {"集中学习", "专题研讨", "党课"}
    assert len(notes) >= 200
    kinds = sorted(h[0].source_kind for h in hints.values())
    assert kinds == ["material", "note"]
    assert any(r.hours >= r.hours_target for r in rows) and any(r.is_short for r in rows)
