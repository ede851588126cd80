"""党纪处分 records: saved per person, audited, and the only source of the 留党察看 vote rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import audit_view
from dangjian_desktop.services.meetings import attendance
from dangjian_desktop.services.people import discipline
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

MEETING = date(2026, 3, 2)


@pytest.fixture
def ids(db: Database, branch_id: str) -> dict[str, str]:
    with db.session_scope() as s:
        out = {}
        for n, name in enumerate(["王建国", "李明", "张三", "赵四"]):
            out[name] = people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1))).id
        out["刘小红"] = people.save_person(s, branch_id, data=person_input(
            "刘小红", birth=date(1995, 1, 1), category="预备党员", join=date(2025, 7, 1))).id
    return out


def _probation(start: date, years: int = 1, restored: date | None = None) -> discipline.DisciplineData:
    return discipline.DisciplineData(kind="留党察看", decided_on=start, decided_by="中共测试镇纪委",
                                     probation_start=start, probation_years=years, restored_on=restored)


def _votes(db: Database, branch_id: str, day: date = MEETING) -> dict[str, bool]:
    with db.session_scope() as s:
        return {a.name: a.can_vote for a in attendance.expected(s, branch_id, day, [rules.GENERAL])}


def test_vote_follows_the_record_not_the_notes(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    """党章第四十条: no 表决权 only while a 留党察看 runs; 第七条: 预备党员 never. A note about a 察看 that
    ended years ago no longer takes the vote away."""
    with db.session_scope() as s:
        zhang = people.person_input(people.get_person(s, ids["张三"]))
        people.save_person(s, branch_id, data=replace(zhang, note="2019年受留党察看一年处分，2020年恢复党员权利"),
                           person_id=ids["张三"])
        discipline.save_discipline(s, person_id=ids["李明"], data=_probation(date(2025, 9, 1)))
        discipline.save_discipline(s, person_id=ids["赵四"], data=_probation(date(2025, 3, 1)))  # ended 03-01
        discipline.save_discipline(s, person_id=ids["王建国"], data=discipline.DisciplineData(
            kind="严重警告", decided_on=date(2026, 1, 10)))
    votes = _votes(db, branch_id)
    assert votes == {"王建国": True, "李明": False, "张三": True, "赵四": True, "刘小红": False}
    assert not _votes(db, branch_id, date(2026, 2, 28))["赵四"]


def test_restoring_rights_gives_the_vote_back_from_that_day(db: Database, branch_id: str,
                                                           ids: dict[str, str]) -> None:
    """党章第四十条: 确已改正错误的，应当恢复其党员的权利."""
    with db.session_scope() as s:
        rid = discipline.save_discipline(s, person_id=ids["李明"], data=_probation(date(2025, 9, 1), 2)).id
    assert not _votes(db, branch_id)["李明"]
    with db.session_scope() as s:
        discipline.save_discipline(s, person_id=ids["李明"], discipline_id=rid,
                                   data=_probation(date(2025, 9, 1), 2, restored=MEETING))
    assert _votes(db, branch_id)["李明"]
    with db.session_scope() as s:
        discipline.delete_discipline(s, rid)
        assert discipline.list_for_person(s, ids["李明"]) == []
    assert _votes(db, branch_id)["李明"]
    with db.session_scope() as s:  # the 回收站 lists it and puts it back
        from dangjian_desktop.services import recycle

        deleted = [r for r in recycle.list_deleted(s, branch_id) if r.table == "discipline"]
        assert [r.title for r in deleted] == ["李明 2025-09-01 留党察看"]
        recycle.restore(s, "discipline", rid)
    with db.session_scope() as s:
        assert [r.id for r in discipline.list_for_person(s, ids["李明"])] == [rid]
    assert not _votes(db, branch_id, date(2026, 3, 1))["李明"]  # back in force for the days before restoration


def test_saved_records_are_checked_and_audited(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    """党章第四十条: 留党察看最长不超过两年."""
    with pytest.raises(ValidationError) as exc, db.session_scope() as s:
        discipline.save_discipline(s, person_id=ids["李明"], data=_probation(date(2025, 9, 1), 3))
    assert "probation_years" in exc.value.field_errors
    with db.session_scope() as s:
        discipline.save_discipline(s, person_id=ids["李明"], data=discipline.DisciplineData(
            kind="警告", decided_on=date(2026, 1, 10), decided_by="支部大会", probation_start=date(2026, 1, 10),
            probation_years=1))
        row = discipline.list_for_person(s, ids["李明"])[0]
        assert row.probation_start is None and row.probation_years is None  # a period only for 留党察看
        entries = audit_view.person_history(s, ids["李明"])
    entry = next(e for e in entries if e.table == "discipline")
    assert entry.table_label == "党纪处分" and entry.record == "李明"
    assert {c.label for c in entry.changes} >= {"处分决定日期", "决定机关"}


def test_people_whose_notes_mention_probation_are_listed_until_recorded(db: Database, branch_id: str,
                                                                       ids: dict[str, str]) -> None:
    with db.session_scope() as s:
        for name, field in (("张三", "note"), ("赵四", "status_note")):
            values = people.person_input(people.get_person(s, ids[name]))
            people.save_person(s, branch_id, data=replace(values, **{field: "受留党察看一年处分"}), person_id=ids[name])
        assert [r.name for r in discipline.probation_in_notes_only(s, branch_id)] == ["张三", "赵四"]
        assert discipline.needs_record(s, ids["张三"]) and not discipline.needs_record(s, ids["李明"])
        discipline.save_discipline(s, person_id=ids["张三"], data=_probation(date(2019, 5, 1)))
    with db.session_scope() as s:
        assert [r.name for r in discipline.probation_in_notes_only(s, branch_id)] == ["赵四"]
        assert people.get_person(s, ids["张三"]).note == "受留党察看一年处分"  # the note is left as it is
