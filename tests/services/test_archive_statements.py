"""The year archive reads each table once per branch-year: its statement count does not grow with the
number of meetings, their attendance and 议题, or the 学习笔记 (no per-record look-ups)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import AttendanceData, ItemData, MeetingData
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.year import archive
from tests.factories import person_input
from tests.statements import Recorded, recording

TODAY = date(2026, 6, 30)


def _add(db: Database, branch_id: str, members: int, meetings_n: int, notes: int, start: int) -> None:
    with db.session_scope() as s:
        ids = [people.save_person(s, branch_id, data=person_input(f"成员{start + i}", birth=date(1960 + i % 30, 3, 1 + i % 27)))
               .ids[0] for i in range(members)]
        for m in range(meetings_n):
            meetings.save_meeting(s, branch_id, MeetingData(
                types=[rules.GENERAL], title=f"支部党员大会{start + m}", held_on=date(2026, 1 + m % 5, 10 + m % 15),
                start_time="09:00", end_time="11:00", place="村委会", host="王建国", recorder="李明",
                attendance=[AttendanceData(f"成员{start + i}", person_id=pid, status=rules.LEAVE if i % 4 == 0 else rules.PRESENT,
                                           reason="外出" if i % 4 == 0 else "") for i, pid in enumerate(ids)],
                items=[ItemData(f"议题{n}", speeches="发言。" * 10, resolution="同意") for n in range(3)]))
        for n in range(notes):
            study.save_note(s, branch_id, study.NoteInput(ids[n % len(ids)], date(2026, 2, 1 + n % 27), f"笔记{start + n}",
                                                          "学习内容。" * 20, reflection="心得。" if n % 2 else ""),
                            today=TODAY)


def _export(db: Database, branch_id: str, out: Path) -> Recorded:
    with recording(db.engine) as seen, db.session_scope() as s:
        result = archive.export_year(s, branch_id, 2026, out, count=False, today=TODAY)
    assert result.counts["三会一课及组织生活记录"] and result.counts["学习记录"]
    return seen


def test_year_archive_statements_do_not_grow_with_the_records(db: Database, branch_id: str, tmp_path: Path) -> None:
    _add(db, branch_id, members=3, meetings_n=2, notes=2, start=0)
    small = _export(db, branch_id, tmp_path / "small")
    _add(db, branch_id, members=12, meetings_n=8, notes=15, start=100)
    big = _export(db, branch_id, tmp_path / "big")
    assert big.count == small.count, [sql for sql, _p in big.statements]
    per_meeting = [sql for sql, _p in big.statements if "FROM meeting_attendance" in sql and "count(" not in sql]
    assert len(per_meeting) == 1, per_meeting
    assert len(big.matching("FROM study_note")) <= 3
