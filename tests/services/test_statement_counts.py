"""Statements per user action do not grow with the number of rows (no N+1).

Each action runs on a small and on a larger branch; the statement counts must be the same, and small.
An ``executemany`` counts as one statement (it is one round trip for the whole list).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import AttendanceData, ItemData, MeetingData
from dangjian_desktop.export.people_xlsx import SheetData
from dangjian_desktop.services.meetings import printing
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_import
from tests.factories import person_input
from tests.statements import Recorded, recording

TODAY = date(2026, 3, 1)
HEADER = ["序号", "姓名", "性别", "公民身份号码", "出生日期", "人员类别", "入党日期", "转正日期", "所在党小组", "联系电话"]


def _sheet(n: int) -> SheetData:
    rows: list[list[object]] = [["中共测试村党支部党员花名册"], HEADER]
    for i in range(n):
        v = person_input(f"导入{i}号", birth=date(1960 + i % 30, 1 + i % 12, 1 + i % 27))
        group = ("第一党小组", "第二党小组", "新建第三党小组")[i % 3]
        rows.append([i + 1, v.name, v.gender, v.id_number, v.birth_date, "正式党员", "2005-07-01",
                     "2006-07-01", group, v.phone])
    rows.append(["合计", f"{n} 人"])
    return SheetData("花名册", rows)


def _count(db: Database, action: Callable[[], object]) -> Recorded:
    with recording(db.engine) as seen:
        action()
    return seen


def _import(db: Database, branch_id: str, n: int) -> tuple[Recorded, Recorded]:
    with recording(db.engine) as previewed, db.session_scope() as s:
        preview = sheet_import.preview_sheets(s, branch_id, [_sheet(n)], file_name="花名册.xlsx", today=TODAY)
    assert len(preview.importable) == n, preview.report_lines()
    with recording(db.engine) as committed, db.session_scope() as s:
        sheet_import.commit(s, branch_id, preview)
    return previewed, committed


@pytest.mark.parametrize("n", [30])
def test_roster_import_reads_and_writes_per_file_not_per_row(db: Database, branch_id: str, n: int) -> None:
    small_preview, small_commit = _import(db, branch_id, 3)
    with db.session_scope() as s:
        for pid in sheet_import.undo_last_import(s, branch_id).ids:
            assert pid
    big_preview, big_commit = _import(db, branch_id, n)
    assert big_preview.count == small_preview.count <= 8, big_preview.statements
    # the group created by the first import exists the second time: one INSERT fewer
    assert big_commit.count <= small_commit.count <= 14, big_commit.statements
    inserts = big_commit.matching("INSERT INTO person")
    assert len(inserts) == 1 and big_commit.executemany >= 2  # people, then their audit rows
    with db.session_scope() as s:
        rows = people.list_rows(s, branch_id)
    assert len(rows) == n and {r.group_name for r in rows} == {"第一党小组", "第二党小组", "新建第三党小组"}
    assert all(r.name_initials for r in rows)


def test_saving_a_person_is_a_handful_of_statements(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        for i in range(20):
            people.save_person(s, branch_id, data=person_input(f"已有{i}", birth=date(1970, 1, 1 + i)))
    with recording(db.engine) as added, db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("新人")).ids[0]
    with recording(db.engine) as edited, db.session_scope() as s:
        people.save_person(s, branch_id, data=replace(person_input("新人"), phone="13800000000"), person_id=pid)
    assert added.count <= 8, added.statements
    assert edited.count <= 8, edited.statements


def _branch_of(db: Database, branch_id: str, n: int) -> None:
    with db.session_scope() as s:
        for i in range(n):
            people.save_person(s, branch_id, data=person_input(f"成员{n}-{i}", birth=date(1950 + i % 40, 2, 1 + i % 27)))


@pytest.mark.parametrize("read_rows", [people.list_rows, people.ledger_rows])
def test_opening_the_ledger_reads_the_branch_once(db: Database, branch_id: str, read_rows: Any) -> None:
    def read() -> Recorded:
        with recording(db.engine) as seen, db.session_scope() as s:
            read_rows(s, branch_id)
        return seen

    _branch_of(db, branch_id, 3)
    small = read()
    _branch_of(db, branch_id, 40)
    big = read()
    assert big.count == small.count <= 2  # the people, and the local 积极分子 waiting period
    with db.session_scope() as s:  # the ledger's columns hold the rows the list does
        assert list(people.ledger_rows(s, branch_id)) == people.list_rows(s, branch_id)


def _meeting(db: Database, branch_id: str, attendees: int, items: int) -> str:
    data = MeetingData(
        types=[rules.GENERAL], title="支部党员大会", held_on=date(2026, 2, 10), start_time="09:00", end_time="11:00",
        place="村委会", host="王建国", recorder="李明",
        attendance=[AttendanceData(f"出席{i}", status=rules.LEAVE if i % 4 == 0 else rules.PRESENT,
                                   reason="外出" if i % 4 == 0 else "") for i in range(attendees)],
        items=[ItemData(f"议题{i}", speeches="发言。" * 20, resolution="同意") for i in range(items)])
    with db.session_scope() as s:
        return meetings.save_meeting(s, branch_id, data).ids[0]


def test_printing_a_meeting_reads_each_table_once(db: Database, branch_id: str) -> None:
    small, big = _meeting(db, branch_id, 3, 1), _meeting(db, branch_id, 60, 6)
    counts = []
    for mid in (small, big):
        with recording(db.engine) as seen, db.session_scope() as s:
            printing.meeting_print(s, mid)
        counts.append(seen.count)
    assert counts[0] == counts[1] <= 10, counts
