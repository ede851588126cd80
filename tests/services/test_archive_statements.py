"""The year archive reads each table once per branch-year: its statement count does not grow with the
number of meetings, their attendance and 议题, or the 学习笔记 (no per-record look-ups)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import AttendanceData, ItemData, MeetingData
from dangjian_desktop.services.cases import card_types, cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import records as study
from dangjian_desktop.services.year import archive
from tests.factories import person_input
from tests.statements import Recorded, recording

TODAY = date(2026, 6, 30)


def _add(db: Database, branch_id: str, members: int, meetings_n: int, notes: int, start: int, cases_n: int = 0) -> None:
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
        talk = next(t for t in card_types.list_card_types(s, branch_id) if t.role == "talk")
        for n in range(cases_n):  # 一人一事 with cards and a history (opened, moved on, some closed)
            opened = date(2026, 1 + n % 5, 1 + n % 20)
            case_id = cases.save_case(s, branch_id, data=cases.CaseInput(
                f"成员{start + n}", opened, next_follow_up=date(2026, 7, 1), person_id=ids[n % len(ids)],
                category="思想问题", summary=f"事由{start + n}"), today=TODAY).id
            for k in range(1 + n % 3):
                cards.save_card(s, case_id, data=cards.CardInput(talk.id, {
                    "talk_date": opened + timedelta(days=k), "place": "村委会", "talker": "王建国", "way": "面谈",
                    "content": f"谈话{k}。"}), today=TODAY)
            if n % 2:
                cases.close_case(s, case_id, result="已解决", confirmed=True, closed_on=date(2026, 6, 1), today=TODAY)


def _export(db: Database, branch_id: str, out: Path) -> Recorded:
    with recording(db.engine) as seen, db.session_scope() as s:
        result = archive.export_year(s, branch_id, 2026, out, count=False, today=TODAY)
    assert result.counts["三会一课及组织生活记录"] and result.counts["学习记录"] and result.counts["一人一事思想政治工作记录（三卡一法）"]
    return seen


def test_year_archive_statements_do_not_grow_with_the_records(db: Database, branch_id: str, tmp_path: Path) -> None:
    _add(db, branch_id, members=3, meetings_n=2, notes=2, start=0, cases_n=1)
    small = _export(db, branch_id, tmp_path / "small")
    _add(db, branch_id, members=12, meetings_n=8, notes=15, start=100, cases_n=9)
    big = _export(db, branch_id, tmp_path / "big")
    assert big.count == small.count, [sql for sql, _p in big.statements]
    assert len(big.matching("FROM case_event")) == 1 and len(big.matching("FROM case_card_field")) == 1
    per_meeting = [sql for sql, _p in big.statements if "FROM meeting_attendance" in sql and "count(" not in sql]
    assert len(per_meeting) == 1, per_meeting
    assert len(big.matching("FROM study_note")) <= 3


def test_a_printout_read_with_others_is_the_one_built_from_the_meeting(db: Database, branch_id: str) -> None:
    """The archive's printouts add up attendance in the database and read only names and reasons; they say what
    the printout built from the meeting's own record says (counts, names by state in order, vote checks)."""
    from dangjian_desktop.services.meetings import printing

    states = [(rules.PRESENT, ""), (rules.LATE, "堵车"), (rules.LEAVE, "外出务工"), (rules.ABSENT, ""),
              (rules.LATE, ""), (rules.ABSENT, "生病"), (rules.PRESENT, ""), (rules.LEAVE, "")]
    attendance = [AttendanceData(f"党员{chr(0x4e00 + 7 * i)}", status=states[i % len(states)][0],
                                 reason=states[i % len(states)][1], can_vote=i % 5 != 1,
                                 category="预备党员" if i % 5 == 1 else "正式党员",
                                 written_opinion=i % 8 == 3) for i in range(23)]
    items = [ItemData("接收预备党员", candidate="张三", vote_method="举手表决", votes_for=9, votes_against=1, written_for=1),
             ItemData("选举支部委员", vote_method="无记名投票", is_election=True, votes_for=12, votes_abstain=1),
             ItemData("学习", speeches="发言一\n发言二")]
    ids = []
    with db.session_scope() as s:
        for n in range(3):
            data = MeetingData(types=[rules.GENERAL], title=f"支部党员大会{n}", held_on=date(2026, 3, 1 + n),
                               start_time="09:00", end_time="11:00", place="村委会", host="王建国", recorder="李明",
                               attendance=attendance[: 23 - 7 * n] if n < 2 else [], items=items)
            ids.append(meetings.save_meeting(s, branch_id, data).ids[0])
    with db.session_scope() as s:
        read = printing.meeting_prints(s, list(reversed(ids)))[::-1]
        for mid, printed in zip(ids, read, strict=True):
            data, info = meetings.meeting_data(s, mid), meetings.meeting_info(s, mid)
            assert printed == printing.build_print(data, printed.branch, printed.group, info, []), mid
    first = read[0]
    assert (first.expected, first.present) == ("23 人（有表决权 18 人）", "12 人（有表决权 9 人）")
    assert first.late == "党员万（堵车）、党员东、党员丿（堵车）、党员乔、党员乷（堵车）、党员二"
    assert first.present_names.endswith("党员亚、党员万、党员东、党员丿、党员乔、党员乷、党员二")
    assert first.absent == "党员丕、党员丣（生病）、党员乍、党员乛（生病）、党员亅、党员亓（生病）"
    assert "多于到会的有表决权党员 9 人" in first.items[0].vote_result
    assert (read[2].expected, read[2].present_names, read[2].leave) == ("0 人", "", "")
