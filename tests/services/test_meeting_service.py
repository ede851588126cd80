"""Meeting services: saving with attendance and votes, 补录, 定稿 lock and amendments, drafts, attachments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.meetings import MeetingAttachment
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import ItemData, MeetingData
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import branches
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import drafts as meeting_drafts
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.meetings.listing import list_meetings
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

HELD = date(2026, 3, 2)


@pytest.fixture
def roster(db: Database, branch_id: str) -> dict[str, str]:
    with db.session_scope() as s:
        group = branches.list_groups(s, branch_id)[0].id
        ids = {}
        for n, name in enumerate(["王建国", "李明", "张三", "赵四"]):
            ids[name] = people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1),
                                                                       group_id=group)).id
        ids["刘小红"] = people.save_person(s, branch_id, data=person_input(
            "刘小红", birth=date(1995, 1, 1), category="预备党员", join=date(2025, 7, 1))).id
        ids["新来的"] = people.save_person(s, branch_id, data=person_input(
            "新来的", birth=date(1996, 1, 1), category="预备党员", join=date(2026, 6, 1))).id
    return ids


def _data(db: Database, branch_id: str, types: list[str] | None = None, held: date = HELD) -> MeetingData:
    types = types or [rules.GENERAL]
    with db.session_scope() as s:
        att = meeting_attendance.expected(s, branch_id, held, types)
    return MeetingData(types=types, title="第一季度支部党员大会", held_on=held, start_time="09:00", end_time="11:00",
                       place="村委会会议室", host="王建国", recorder="李明", attendance=att)


def test_roster_as_of_the_meeting_date_with_voting_rights(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    data = _data(db, branch_id)
    names = {a.name: a for a in data.attendance}
    assert "新来的" not in names  # joined after the meeting
    assert names["刘小红"].category == "预备党员" and not names["刘小红"].can_vote
    assert all(a.can_vote for a in data.attendance if a.category == "正式党员")
    with db.session_scope() as s:
        committee = meeting_attendance.expected(s, branch_id, HELD, [rules.COMMITTEE])
    assert [a.name for a in committee] == ["王建国", "李明"]


def test_save_and_read_back(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    data = _data(db, branch_id)
    data.attendance[0].status, data.attendance[0].reason = rules.LEAVE, "外出务工"
    data.items.append(ItemData("讨论接收刘小红为预备党员", candidate="刘小红", speeches="张三：同意。",
                               vote_method="举手表决", votes_for=3, resolution="同意接收"))
    with db.session_scope() as s:
        mid = meetings.save_meeting(s, branch_id, data, now=datetime(2026, 3, 2, 12, tzinfo=UTC)).id
    with db.session_scope() as s:
        back = meetings.meeting_data(s, mid)
        rows = list_meetings(s, branch_id, year=2026, search="刘小红")
    assert back.items[0].candidate == "刘小红" and back.attendance[0].reason == "外出务工"
    assert [r.id for r in rows] == [mid]
    assert rows[0].expected == 5 and rows[0].present == 4 and not rows[0].late_entry


def test_validation_errors(db: Database, branch_id: str) -> None:
    with db.session_scope() as s, pytest.raises(ValidationError) as exc:
        meetings.save_meeting(s, branch_id, MeetingData(types=[], title=" ", held_on=None, start_time="25:00"))
    assert set(exc.value.field_errors) >= {"types", "title", "held_on", "start_time"}


def test_late_entry_marking_and_configurable_days(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        on_time = meetings.save_meeting(s, branch_id, _data(db, branch_id), now=datetime(2026, 3, 5, tzinfo=UTC)).id
        late = meetings.save_meeting(s, branch_id, _data(db, branch_id), now=datetime(2026, 3, 6, tzinfo=UTC)).id
    with db.session_scope() as s:
        assert not meetings.meeting_info(s, on_time).late_entry
        assert meetings.meeting_info(s, late).late_entry
        meetings.set_late_entry_days(s, 1)
    with db.session_scope() as s:
        strict = meetings.save_meeting(s, branch_id, _data(db, branch_id), now=datetime(2026, 3, 4, tzinfo=UTC)).id
        assert meetings.meeting_info(s, strict).late_entry
        assert {r.id: r.late_entry for r in list_meetings(s, branch_id)}[late]


def test_finalized_record_is_locked_and_amendments_are_kept(db: Database, branch_id: str,
                                                            roster: dict[str, str]) -> None:
    data = _data(db, branch_id)
    with db.session_scope() as s:
        mid = meetings.save_meeting(s, branch_id, data).id
        meetings.finalize(s, mid)
    with db.session_scope() as s:
        info = meetings.meeting_info(s, mid)
        assert info.locked and info.finalized_at is not None
        with pytest.raises(UserError):
            meetings.finalize(s, mid)
    data = MeetingData.from_json(data.to_json())
    with db.session_scope() as s:
        data = meetings.meeting_data(s, mid)
    data.place = "党员活动室"
    with db.session_scope() as s, pytest.raises(ValidationError) as exc:
        meetings.save_meeting(s, branch_id, data, mid)
    assert "reason" in exc.value.field_errors
    with db.session_scope() as s:
        meetings.save_meeting(s, branch_id, data, mid, reason="地点记错了")
    with db.session_scope() as s:
        history = meetings.meeting_info(s, mid).amendments
        assert meetings.meeting_data(s, mid).place == "党员活动室"
    assert len(history) == 1 and history[0].reason == "地点记错了"
    assert "地点：“村委会会议室” 改为 “党员活动室”" in history[0].changes


def test_template_from_last_meeting_of_its_kind(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    data = _data(db, branch_id, [rules.COMMITTEE])
    data.title = "三月支委会"
    data.items.append(ItemData("研究党费收缴", speeches="很长的发言", vote_method="举手表决", votes_for=2))
    with db.session_scope() as s:
        meetings.save_meeting(s, branch_id, data)
        new = meetings.template_from_last(s, branch_id, rules.COMMITTEE, date(2026, 4, 1))
        with pytest.raises(UserError):
            meetings.template_from_last(s, branch_id, rules.THEME_DAY)
    assert new.title == "三月支委会" and new.place == "村委会会议室" and new.held_on == date(2026, 4, 1)
    assert new.items[0].title == "研究党费收缴" and new.items[0].speeches == "" and new.items[0].votes_for == 0


def test_autosaved_draft_is_recovered_and_discarded(tmp_path: Path) -> None:
    root = meeting_drafts.drafts_dir(tmp_path / "db.sqlite3")
    key = meeting_drafts.draft_key("b1", None)
    assert meeting_drafts.load_draft(root, key) is None
    data = MeetingData(types=[rules.THEME_DAY], title="主题党日", held_on=HELD, summary="写到一半的小结……")
    meeting_drafts.save_draft(root, key, data, reason="")
    draft = meeting_drafts.load_draft(root, key)
    assert draft is not None and draft.data == data
    assert meeting_drafts.load_draft(root, "other") is None
    meeting_drafts.discard_draft(root, key)
    assert meeting_drafts.load_draft(root, key) is None
    (root / "junk").mkdir()
    meeting_drafts.save_draft(root, key, data)
    next(root.glob("meeting-*.json")).write_text("{broken", encoding="utf-8")
    assert meeting_drafts.load_draft(root, key) is None


def test_attachments_are_stored_once_by_content_hash(db: Database, db_path: Path, branch_id: str,
                                                     tmp_path: Path) -> None:
    with db.session_scope() as s:
        mid = meetings.save_meeting(s, branch_id, MeetingData(types=[rules.THEME_DAY], title="主题党日", held_on=HELD)).id
    photo = tmp_path / "../会议照片 (1).JPG"
    photo.write_bytes(b"\xff\xd8 fake jpeg")
    root = meeting_attachments.attachments_dir(db_path)
    with db.session_scope() as s:
        meeting_attachments.add_attachment(s, mid, photo, root)
        meeting_attachments.add_attachment(s, mid, photo, root)
        atts = meeting_attachments.list_attachments(s, mid)
    assert len(atts) == 2 and atts[0].sha256 == atts[1].sha256 and atts[0].ext == ".jpg"
    stored = meeting_attachments.stored_path(root, atts[0].sha256, atts[0].ext)
    assert stored.read_bytes() == photo.read_bytes()
    assert [p for p in root.rglob("*") if p.is_file()] == [stored]
    with pytest.raises(UserError):
        meeting_attachments.stored_path(root, "../../etc/passwd", "")
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ")
    with db.session_scope() as s, pytest.raises(UserError):
        meeting_attachments.add_attachment(s, mid, bad, root)
    with db.session_scope() as s:
        meeting_attachments.remove_attachment(s, atts[0].id)
        assert len(meeting_attachments.list_attachments(s, mid)) == 1
        assert s.get(MeetingAttachment, atts[0].id).deleted_at is not None  # type: ignore[union-attr]
