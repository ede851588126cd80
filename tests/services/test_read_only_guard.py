"""An imported branch is read-only at the township on every write path: one guard (services/branches.py,
at the flush) refuses any record of it, whichever service writes, and nothing is left half-written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlmodel import Session

from dangjian_desktop.db import Database, settings
from dangjian_desktop.db.models import AuditLog, Branch
from dangjian_desktop.domain import duty as duty_rules
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import local_settings, recycle
from dangjian_desktop.services.cases import card_types, cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.duty import areas, pledges
from dangjian_desktop.services.meetings import attachments
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_import
from tests.factories import person_input
from tests.services.test_cases_service import case_input, talk_values
from tests.services.test_people_import import HEADER, _id, make_workbook

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@dataclass
class Imported:
    db: Database
    branch_id: str
    person_id: str
    deleted_person_id: str
    case_id: str
    talk_type_id: str
    meeting_id: str
    area_id: str
    folder: Path

    @property
    def attachments(self) -> Path:
        return self.folder / "attachments"


@pytest.fixture
def imported(db: Database, branch_id: str, tmp_path: Path) -> Imported:
    """A branch with a record of every kind, then marked as imported (as ``import-package`` leaves it)."""
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("王建国", birth=date(1970, 1, 1))).id
        gone = people.save_person(s, branch_id, data=person_input("李明", birth=date(1971, 1, 1))).id
        people.delete_person(s, gone)
        card_types.ensure_defaults(s, branch_id)
        talk = next(t for t in card_types.list_card_types(s, branch_id) if t.role == "talk")
        case_id = cases.save_case(s, branch_id, data=case_input(), today=date(2026, 5, 2)).id
        data = MeetingData(types=[rules.GENERAL], title="支部党员大会", held_on=date(2026, 3, 2), start_time="09:00",
                           end_time="11:00", place="村委会", host="王建国", recorder="王建国", attendance=[])
        mid = meetings.save_meeting(s, branch_id, data).id
        area_id = areas.save_area(s, branch_id, data=areas.AreaInput(name="第一片区", kind="片区")).id
    with db.session_scope() as s:
        s.execute(update(Branch).where(Branch.id == branch_id).values(read_only=True))  # type: ignore[arg-type]
    return Imported(db, branch_id, pid, gone, case_id, talk.id, mid, area_id, tmp_path)


def _audits(db: Database) -> int:
    with db.session_scope() as s:
        return int(s.execute(select(func.count()).select_from(AuditLog)).scalar_one())


def _roster(folder: Path) -> Path:
    row = [1, "赵六", "男", "汉族", "1980-05", _id("62010219800512123"), "高中", "正式党员", "2005-07-01",
           "2006-07-01", "13800000000", "", ""]
    return make_workbook(folder / "花名册.xlsx", [row], header=HEADER)


def _excel_import(s: Session, b: Imported) -> Any:
    preview = sheet_import.preview_file(s, b.branch_id, _roster(b.folder))
    return sheet_import.commit(s, b.branch_id, preview)


def _local_settings(s: Session, b: Imported) -> Any:
    data = local_settings.read(s, branch_id=b.branch_id)
    data.values[settings.NOTES_TARGET.name] = 20
    return local_settings.save(s, branch_id=b.branch_id, data=data)


def _attachment(s: Session, b: Imported) -> Any:
    photo = b.folder / "会场照片.png"
    photo.write_bytes(PHOTO)
    return attachments.add_attachment(s, b.meeting_id, photo, b.attachments)


WRITES: dict[str, Callable[[Session, Imported], Any]] = {
    "卡片": lambda s, b: cards.save_card(s, b.case_id, data=cards.CardInput(b.talk_type_id, talk_values()), today=date(2026, 5, 12)),
    "卡片类型": lambda s, b: card_types.move_card_type(s, b.branch_id, b.talk_type_id, 1),
    "责任区": lambda s, b: areas.save_area(s, b.branch_id, data=areas.AreaInput(name="第二片区", kind="片区")),
    "责任区人员": lambda s, b: areas.add_person(s, b.area_id, duty_rules.LEADER, person_id=b.person_id),
    "承诺": lambda s, b: pledges.save_pledge(s, b.branch_id, b.person_id, 2026, "带头参加志愿服务", date(2026, 3, 1),
                                           today=date(2026, 3, 2)),
    "会议附件": _attachment,
    "回收站恢复": lambda s, b: recycle.restore(s, "person", b.deleted_person_id),
    "花名册导入": _excel_import,
    "学习目标": lambda s, b: settings.put(s, settings.NOTES_TARGET, 20, branch_id=b.branch_id),
    "本支部设置": _local_settings,
    "删除到回收站": lambda s, b: people.delete_person(s, b.person_id),
}


@pytest.mark.parametrize("path", list(WRITES))
def test_every_write_to_an_imported_branch_is_refused(imported: Imported, path: str) -> None:
    before = _audits(imported.db)
    with pytest.raises(UserError, match="只能查看，不能修改"), imported.db.session_scope() as s:
        WRITES[path](s, imported)
        s.flush()
    assert _audits(imported.db) == before  # nothing written
    assert not imported.attachments.exists() or not any(imported.attachments.rglob("*.*"))
    with imported.db.session_scope() as s:
        assert settings.get(s, settings.NOTES_TARGET, branch_id=imported.branch_id) == settings.NOTES_TARGET.default


def test_the_same_writes_go_through_on_a_branch_of_this_computer(imported: Imported) -> None:
    with imported.db.session_scope() as s:
        s.execute(update(Branch).where(Branch.id == imported.branch_id).values(read_only=False))  # type: ignore[arg-type]
    for path, write in WRITES.items():
        with imported.db.session_scope() as s:
            assert write(s, imported) is not None or path in ("学习目标",)


def test_the_guard_judges_by_what_the_database_holds(imported: Imported) -> None:
    with pytest.raises(UserError, match="只能查看"), imported.db.session_scope() as s:  # no way back to writable
        branch = s.get(Branch, imported.branch_id)
        assert branch is not None
        branch.read_only = False
        s.flush()
    with imported.db.session_scope() as s:  # a branch marked read-only together with its records: as an import
        other = Branch(name="中共测试镇后山村党支部")
        s.add(other)
        s.flush()
        people.save_person(s, other.id, data=person_input("钱七", birth=date(1975, 1, 1)))
        other.read_only = True
        s.add(other)
    with pytest.raises(UserError, match="后山村党支部"), imported.db.session_scope() as s:
        people.save_person(s, other.id, data=person_input("孙八", birth=date(1976, 1, 1)))
