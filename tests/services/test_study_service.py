"""学习笔记 services: sessions and attendance, 学时 totals against targets, notes, copy hints, search."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.domain.study import StudyTargets
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import copy_hints as study_copy
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.study import search as study_search
from dangjian_desktop.services.study import year as study_year
from tests.factories import person_input
from tests.study_texts import EDITED_COPY, FROM_MATERIAL, HONEST_A, HONEST_B, HONEST_C, MATERIAL

TODAY = date(2026, 11, 20)


@pytest.fixture
def ids(db: Database, branch_id: str) -> dict[str, str]:
    """王建国 is the 书记 (committee), the others plain members; 赵六 is an 入党积极分子."""
    out = {}
    with db.session_scope() as s:
        for n, name in enumerate(["王建国", "张三", "李四", "王五"]):
            out[name] = people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1),
                                                                        party_post="书记" if n == 0 else "")).id
        out["赵六"] = people.save_person(s, branch_id, data=person_input(
            "赵六", birth=date(1995, 1, 1), category="入党积极分子", join=None, apply_date=date(2024, 1, 1),
            first_talk_date=date(2024, 1, 10), activist_date=date(2024, 8, 1))).id
    return out


def add_session(db: Database, branch_id: str, who: list[str], hours: int, when: date, **extra: object) -> str:
    with db.session_scope() as s:
        return study.save_session(s, branch_id, study.SessionInput(
            held_on=when, topic=str(extra.pop("topic", "学习二十大报告")), hours=hours, attendees=who,
            **extra), today=TODAY).id  # type: ignore[arg-type]


def add_note(db: Database, branch_id: str, person: str, body: str, when: date, session_id: str | None = None,
             reflection: str = "", title: str = "学习笔记") -> str:
    with db.session_scope() as s:
        return study.save_note(s, branch_id, study.NoteInput(person, when, title, body, reflection, session_id),
                               today=TODAY).id


def test_hours_total_per_member_against_32_and_56(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    everyone = [ids[n] for n in ("王建国", "张三", "李四", "王五", "赵六")]
    for month in range(1, 9):  # eight half days: 32 学时
        add_session(db, branch_id, everyone if month != 3 else everyone[:2], 4, date(2026, month, 10))
    add_session(db, branch_id, [ids["张三"]], 8, date(2025, 6, 1))  # another year does not count
    sid = add_session(db, branch_id, [ids["李四"]], 2, date(2026, 9, 1))
    with db.session_scope() as s:
        study.delete_session(s, sid)  # a deleted session gives no 学时
        rows = {r.name: r for r in study_year.year_view(s, branch_id, 2026)}
    assert set(rows) == {"王建国", "张三", "李四", "王五"}  # the 积极分子 is not a member yet
    assert (rows["王建国"].hours, rows["王建国"].hours_target, rows["王建国"].is_leader) == (32, 56, True)
    assert rows["王建国"].hours_short == 24
    assert (rows["张三"].hours, rows["张三"].hours_target, rows["张三"].hours_short) == (32, 32, 0)
    assert (rows["李四"].hours, rows["李四"].hours_short) == (28, 4)


def test_notes_and_reflections_count_against_configurable_targets(db: Database, branch_id: str,
                                                                    ids: dict[str, str]) -> None:
    with db.session_scope() as s:
        study_year.set_targets(s, branch_id, StudyTargets(member_hours=4, leader_hours=8, notes=2, reflections=1))
    add_session(db, branch_id, list(ids.values()), 8, date(2026, 3, 1))
    add_note(db, branch_id, ids["张三"], HONEST_A, date(2026, 3, 2), reflection="要带头")
    add_note(db, branch_id, ids["张三"], HONEST_C, date(2026, 4, 2), reflection="多学习")
    add_note(db, branch_id, ids["李四"], HONEST_B, date(2026, 3, 2))
    with db.session_scope() as s:
        rows = {r.name: r for r in study_year.year_view(s, branch_id, 2026)}
        short = [r.name for r in study_year.short_members(list(rows.values()))]
    assert (rows["张三"].notes, rows["张三"].reflections, rows["张三"].is_short) == (2, 2, False)
    assert rows["张三"].words == len("".join(HONEST_A.split())) + 3 + len("".join(HONEST_C.split())) + 3
    assert rows["李四"].shortfall_text() == "差 1 篇笔记、1 篇心得"
    assert sorted(short) == sorted(["王建国", "李四", "王五"])


def test_session_and_note_are_checked(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        study.save_session(s, branch_id, study.SessionInput(held_on=None, topic="", hours=0), today=TODAY)
    assert set(err.value.field_errors) == {"held_on", "topic", "hours"}
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        study.save_note(s, branch_id, study.NoteInput(None, date(2027, 1, 1), "", ""), today=TODAY)
    assert set(err.value.field_errors) == {"person_id", "note_date", "content"}


def test_attendance_can_be_changed(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    sid = add_session(db, branch_id, [ids["张三"], ids["李四"]], 2, date(2026, 2, 1))
    with db.session_scope() as s:
        data = study.session_input(s, sid)
        data.attendees = [ids["李四"], ids["王五"]]
        study.save_session(s, branch_id, data, session_id=sid, today=TODAY)
    with db.session_scope() as s:
        assert set(study.attendees(s, sid)) == {ids["李四"], ids["王五"]}
        assert study.list_sessions(s, branch_id, 2026)[0].attendees == 2


def test_copy_hints_catch_an_edited_copy_and_material_but_not_honest_notes(db: Database, branch_id: str,
                                                                            ids: dict[str, str]) -> None:
    sid = add_session(db, branch_id, list(ids.values()), 4, date(2026, 3, 1), material_text=MATERIAL)
    a = add_note(db, branch_id, ids["张三"], HONEST_A, date(2026, 3, 2), sid)
    b = add_note(db, branch_id, ids["李四"], HONEST_B, date(2026, 3, 3), sid)
    c = add_note(db, branch_id, ids["王五"], HONEST_C, date(2026, 3, 3), sid)
    with db.session_scope() as s:
        assert study_copy.year_hints(s, branch_id, 2026) == {}
        fresh = study_copy.check_text(s, branch_id, ids["王建国"], date(2026, 4, 1), EDITED_COPY, "", sid)
    assert [(h.source_kind, h.source_id) for h in fresh] == [("note", a)]
    assert "张三" in fresh[0].summary() and "2026" in fresh[0].summary()
    copy = add_note(db, branch_id, ids["王建国"], EDITED_COPY, date(2026, 4, 1), sid)
    taken = add_note(db, branch_id, ids["王五"], FROM_MATERIAL, date(2026, 4, 2), sid)
    with db.session_scope() as s:
        hints = study_copy.year_hints(s, branch_id, 2026)
        assert study_copy.check_note(s, a) == []  # the earlier note is not the one flagged
    assert set(hints) == {copy, taken}
    assert hints[taken][0].source_kind == "material" and "学习材料" in hints[taken][0].summary()
    assert b not in hints and c not in hints
    with db.session_scope() as s:  # the index follows deletions
        study.delete_note(s, a)
    with db.session_scope() as s:
        assert copy not in study_copy.year_hints(s, branch_id, 2026)


def test_own_earlier_notes_are_not_copy_hints(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    add_note(db, branch_id, ids["张三"], HONEST_A, date(2026, 3, 2))
    with db.session_scope() as s:
        assert study_copy.check_text(s, branch_id, ids["张三"], date(2026, 5, 1), EDITED_COPY, "") == []


def test_full_text_search_in_chinese(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    sid = add_session(db, branch_id, [ids["张三"]], 4, date(2026, 3, 1), topic="全面推进乡村振兴专题学习",
                      material_text=MATERIAL, host="王建国")
    a = add_note(db, branch_id, ids["张三"], HONEST_A, date(2026, 3, 2), title="苹果合作社")
    b = add_note(db, branch_id, ids["李四"], HONEST_B, date(2026, 3, 3), reflection="垃圾分类要坚持")
    with db.session_scope() as s:
        hits = study_search.search(s, branch_id, "乡村振兴")
        assert {(h.kind, h.ref_id) for h in hits} == {("session", sid), ("note", a), ("note", b)}
        assert all(study_search.HIT_START + "乡村振兴" + study_search.HIT_END in h.snippet for h in hits)
        assert [h.ref_id for h in study_search.search(s, branch_id, "垃圾分类")] == [b]
        assert [h.ref_id for h in study_search.search(s, branch_id, "合作社 包装")] == [a]  # 2 characters: LIKE
        assert {h.ref_id for h in study_search.search(s, branch_id, "苹果")} == {a}  # title and body, by LIKE
        assert study_search.search(s, branch_id, "党") != []
        assert study_search.search(s, branch_id, "不存在的词语") == []
        assert study_search.search(s, branch_id, '"引号" 100%') == []
        assert study_search.search(s, "another-branch", "乡村振兴") == []
        hit = study_search.search(s, branch_id, "苹果合作社")[0]
        assert (hit.kind_label, hit.who, hit.when) == ("笔记", "张三", date(2026, 3, 2))
    with db.session_scope() as s:  # edits and deletions reach the index
        study.save_note(s, branch_id, study.NoteInput(ids["李四"], date(2026, 3, 3), "", "改写了", ""), note_id=b,
                        today=TODAY)
        study.delete_note(s, a)
    with db.session_scope() as s:
        assert {h.ref_id for h in study_search.search(s, branch_id, "乡村振兴")} == {sid}
        if db.engine.dialect.name == "sqlite":  # SQLite's index is a table of its own (PostgreSQL's is on the rows)
            assert s.execute(text("SELECT count(*) FROM study_fts")).scalar() == 2
        assert [h.ref_id for h in study_search.search(s, branch_id, "改写了")] == [b]


def test_like_search_on_short_words_gives_snippets(db: Database, branch_id: str, ids: dict[str, str]) -> None:
    add_note(db, branch_id, ids["张三"], HONEST_A, date(2026, 3, 2))
    with db.session_scope() as s:
        (hit,) = study_search.search(s, branch_id, "苹果")
    assert study_search.HIT_START + "苹果" + study_search.HIT_END in hit.snippet
