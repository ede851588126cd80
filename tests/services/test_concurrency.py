"""Two people editing one record: the second save is refused, nothing is overwritten, nothing is lost.

Each editor reads the record (and its version) in one transaction and saves in another, as the windows
do; ``concurrency.expect`` carries the version read to the save.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.cases import CaseRecord
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import STALE_MESSAGE, StaleRecordError
from dangjian_desktop.services import concurrency
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


def _save(db: Database, loaded: concurrency.Loaded, action: Any) -> concurrency.Loaded:
    """One editor's save, as ui/ops.run_op runs it: the version read is expected, then written."""
    with db.session_scope() as s:
        concurrency.expect(s, [loaded])
        action(s)
        concurrency.finish(s)
        return concurrency.saved(s, loaded.model, loaded.id)


@pytest.fixture
def meeting_id(db: Database, branch_id: str) -> str:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("王建国"))
        held = date(2026, 3, 2)
        expected = meeting_attendance.expected(s, branch_id, held, [rules.GENERAL])
        return meetings.save_meeting(s, branch_id, MeetingData(
            types=[rules.GENERAL], title="三月党员大会", held_on=held, place="村委会", attendance=expected)).id


def _open_meeting(db: Database, meeting_id: str) -> tuple[MeetingData, concurrency.Loaded]:
    with db.session_scope() as s:
        return meetings.meeting_data(s, meeting_id), concurrency.loaded(meetings.get_meeting(s, meeting_id))


def test_second_save_of_a_meeting_is_refused_and_nothing_is_lost(db: Database, branch_id: str,
                                                                 meeting_id: str) -> None:
    first_data, first = _open_meeting(db, meeting_id)
    second_data, second = _open_meeting(db, meeting_id)
    assert first == second and first.version == 1

    mine = replace(first_data, title="三月党员大会（研究发展党员）")
    after = _save(db, first, lambda s: meetings.save_meeting(s, branch_id, mine, meeting_id))
    assert after.version > first.version

    theirs = replace(second_data, summary="会议要求各党小组抓好落实。", place="党员活动室")
    with pytest.raises(StaleRecordError, match=STALE_MESSAGE):
        _save(db, second, lambda s: meetings.save_meeting(s, branch_id, theirs, meeting_id))

    held, now = _open_meeting(db, meeting_id)
    assert held.title == "三月党员大会（研究发展党员）"  # the first save stands
    assert (held.summary, held.place) == ("", "村委会")  # nothing of the refused save was written
    assert now == after
    assert theirs.summary == "会议要求各党小组抓好落实。"  # the second person's text is still theirs

    reopened, fresh = _open_meeting(db, meeting_id)  # 重新打开, then saving again works
    _save(db, fresh, lambda s: meetings.save_meeting(s, branch_id, replace(reopened, summary=theirs.summary),
                                                      meeting_id))
    held, _ = _open_meeting(db, meeting_id)
    assert (held.title, held.summary) == ("三月党员大会（研究发展党员）", "会议要求各党小组抓好落实。")


def test_a_change_to_the_attendance_alone_makes_the_whole_meeting_newer(db: Database, branch_id: str,
                                                                         meeting_id: str) -> None:
    data, first = _open_meeting(db, meeting_id)
    _, second = _open_meeting(db, meeting_id)
    assert data.attendance
    absent = [replace(a, status="请假", reason="外出务工") for a in data.attendance]
    _save(db, first, lambda s: meetings.save_meeting(s, branch_id, replace(data, attendance=absent), meeting_id))
    with pytest.raises(StaleRecordError):
        _save(db, second, lambda s: meetings.save_meeting(s, branch_id, replace(data, title="改名"), meeting_id))
    held, _ = _open_meeting(db, meeting_id)
    assert [a.status for a in held.attendance] == ["请假"] * len(absent) and held.title == "三月党员大会"


def test_someone_saving_between_the_check_and_the_write_is_caught_too(db: Database, branch_id: str,
                                                                      meeting_id: str) -> None:
    """The UPDATE itself is made WHERE version = the version read (SQLAlchemy's version_id_col)."""
    with db.session_scope() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        with db.engine.begin() as other:  # another clerk commits after this session read the row
            other.execute(text("UPDATE meeting SET title = '别人改的', version = version + 1 WHERE id = :id"),
                          {"id": meeting_id})
        meeting.title = "我改的"
        with pytest.raises(StaleRecordError):
            concurrency.finish(s)
        s.rollback()
    held, _ = _open_meeting(db, meeting_id)
    assert held.title == "别人改的"


def test_a_service_flushing_over_a_newer_row_is_refused_as_stale_too(db: Database, branch_id: str,
                                                                      meeting_id: str) -> None:
    """Services flush by themselves (before writing a history row, say): a stale write surfaces there, inside
    the action, and is the same refusal (ui/ops.run_op runs the action inside ``stale_refused``)."""
    with pytest.raises(StaleRecordError), db.session_scope() as s, concurrency.stale_refused():
        meeting = meetings.get_meeting(s, meeting_id)
        with db.engine.begin() as other:
            other.execute(text("UPDATE meeting SET title = '别人改的', version = version + 1 WHERE id = :id"),
                          {"id": meeting_id})
        meeting.title = "我改的"
        s.flush()  # the service's own flush
    held, _ = _open_meeting(db, meeting_id)
    assert held.title == "别人改的"


def test_second_save_of_a_person_is_refused(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        person_id = people.save_person(s, branch_id, data=person_input("李明", phone="13800000000")).id

    def open_person() -> tuple[people.PersonInput, concurrency.Loaded]:
        with db.session_scope() as s:
            row = people.get_person(s, person_id)
            return people.person_input(row), concurrency.loaded(row)

    first_values, first = open_person()
    second_values, second = open_person()
    _save(db, first, lambda s: people.save_person(s, branch_id, data=replace(first_values, phone="13911112222"),
                                                   person_id=person_id))
    theirs = replace(second_values, address="新村三组", phone="13700000000")
    with pytest.raises(StaleRecordError):
        _save(db, second, lambda s: people.save_person(s, branch_id, data=theirs, person_id=person_id))
    values, now = open_person()
    assert (values.phone, values.address) == ("13911112222", "")
    assert now.version == first.version + 1 and now.model is Person


def test_second_save_of_a_case_is_refused(db: Database, branch_id: str) -> None:
    today = date(2026, 6, 15)
    values = cases.CaseInput(person_name="赵六", category="家庭/生活困难", noticed_via="走访", level="关注",
                             responsible="王建国", opened_on=date(2026, 5, 2), summary="家中老人无人照顾。",
                             status="摸排", next_follow_up=date(2026, 6, 20))
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=values, today=today).id

    def open_case() -> tuple[cases.CaseInput, concurrency.Loaded]:
        with db.session_scope() as s:
            row = cases.get_case(s, case_id)
            return cases.case_input(row), concurrency.loaded(row)

    first_values, first = open_case()
    second_values, second = open_case()
    _save(db, first, lambda s: cases.save_case(s, branch_id, data=replace(first_values, status="帮扶"), case_id=case_id,
                                                today=today))
    with pytest.raises(StaleRecordError):
        _save(db, second, lambda s: cases.save_case(s, branch_id, data=replace(second_values, summary="改写的事由"),
                                                     case_id=case_id, today=today))
    held, now = open_case()
    assert (held.status, held.summary) == ("帮扶", "家中老人无人照顾。")
    assert now.model is CaseRecord
    with db.session_scope() as s:  # the refused save wrote no history either
        assert [e.action for e in cases.case_events(s, case_id)].count("状态") == 1


def test_a_record_moved_to_the_recycle_bin_meanwhile_is_not_saved_over(db: Database, branch_id: str,
                                                                       meeting_id: str) -> None:
    _data, loaded = _open_meeting(db, meeting_id)
    with db.session_scope() as s:
        meetings.delete_meeting(s, meeting_id)
    with pytest.raises(StaleRecordError):
        _save(db, loaded, lambda s: s.add(Meeting(branch_id=branch_id, types="支委会", title="别的",
                                                  held_on=date(2026, 3, 3))))
    with db.session_scope() as s:
        assert s.get(Meeting, meeting_id).deleted_at is not None  # type: ignore[union-attr]


def test_second_save_of_the_settings_is_refused_and_nothing_is_lost(db: Database, branch_id: str) -> None:
    """Two people open the 设置 (nothing stored yet); the first saves; the second's save writes nothing."""
    from dangjian_desktop.services import local_settings

    def open_settings() -> tuple[local_settings.LocalSettings, local_settings.Versions]:
        with db.session_scope() as s:
            return local_settings.read(s, branch_id=branch_id), local_settings.versions(s, branch_id=branch_id)

    (mine, seen_a), (theirs, seen_b) = open_settings(), open_settings()
    assert seen_a == seen_b and all(v is None for _k, v in seen_a.settings)
    name = local_settings.settings.LOCAL[0].name
    mine.values[name] += 1
    with db.session_scope() as s:
        local_settings.save(s, branch_id=branch_id, data=mine, seen=seen_a)
    theirs.values[name] += 2
    theirs.rounding = "yuan"
    with db.session_scope() as s, pytest.raises(StaleRecordError) as refused:
        local_settings.save(s, branch_id=branch_id, data=theirs, seen=seen_b)
    assert refused.value.message == STALE_MESSAGE
    held, seen = open_settings()
    assert held.values[name] == mine.values[name] and held.rounding == "fen"  # the first save stands, whole
    # the second person reopens: now the save goes through, and the first person's copy is the stale one
    held.values[name] += 2
    with db.session_scope() as s:
        local_settings.save(s, branch_id=branch_id, data=held, seen=seen)
    with db.session_scope() as s, pytest.raises(StaleRecordError):
        local_settings.save(s, branch_id=branch_id, data=mine, seen=seen_a)


def test_a_changed_dues_rounding_makes_the_settings_newer(db: Database, branch_id: str) -> None:
    """The rounding lives in the 党费标准: a save of it meanwhile refuses an older 设置 too."""
    from dangjian_desktop.services import local_settings

    with db.session_scope() as s:
        data, seen = local_settings.read(s, branch_id=branch_id), local_settings.versions(s, branch_id=branch_id)
    with db.session_scope() as s:
        other = local_settings.read(s, branch_id=branch_id)
        other.rounding = "jiao"
        local_settings.save(s, branch_id=branch_id, data=other)
    with db.session_scope() as s, pytest.raises(StaleRecordError):
        local_settings.save(s, branch_id=branch_id, data=data, seen=seen)
    with db.session_scope() as s:
        assert local_settings.read(s, branch_id=branch_id).rounding == "jiao"


def test_second_save_of_a_dues_standard_is_refused_and_nothing_is_lost(db: Database, branch_id: str) -> None:
    """核定党费标准: two people open one member's standard for the year; the second save writes nothing,
    whether the first added the year's standard or changed it."""
    from dangjian_desktop.services.dues.standards import AssessmentInput, assessment_versions, list_assessments
    from dangjian_desktop.services.dues.standards import set_assessment as assess

    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("王建国"), today=date(2026, 7, 20)).id

    def open_standard() -> tuple[tuple[str, int], ...]:
        with db.session_scope() as s:
            return assessment_versions(s, pid, 2026)

    def held() -> list[tuple[int, int]]:
        with db.session_scope() as s:
            return [(a.from_month, a.base_fen) for a in list_assessments(s, pid, 2026)]

    first, second = open_standard(), open_standard()
    assert first == second == ()
    with db.session_scope() as s:
        assess(s, pid, 2026, AssessmentInput("在职", base_fen=450_000, from_month=1), first)
    with db.session_scope() as s, pytest.raises(StaleRecordError):
        assess(s, pid, 2026, AssessmentInput("在职", base_fen=900_000, from_month=3), second)
    assert held() == [(1, 450_000)]

    first, second = open_standard(), open_standard()
    with db.session_scope() as s:
        assess(s, pid, 2026, AssessmentInput("在职", base_fen=500_000, from_month=1), first)
    with db.session_scope() as s, pytest.raises(StaleRecordError):
        assess(s, pid, 2026, AssessmentInput("在职", base_fen=300_000, from_month=1), second)
    assert held() == [(1, 500_000)]
    with db.session_scope() as s:  # reopened, it saves
        assess(s, pid, 2026, AssessmentInput("在职", base_fen=300_000, from_month=1), assessment_versions(s, pid, 2026))
    assert held() == [(1, 300_000)]
