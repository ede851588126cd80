"""One 公民身份号码 in several branches: a member who moved keeps the old branch's 转出 record beside the new
branch's; only one branch can have the number on its roll (在册), and a branch holds the number once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import col, select

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.db.models import Person
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import branches
from dangjian_desktop.services.exchange.merge import import_file
from dangjian_desktop.services.exchange.package import export_package
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people.transfers import TransferInput, add_transfer
from tests.factories import person_input

MOVED = person_input("王强", birth=date(1976, 4, 9))
LEFT = date(2026, 3, 1)


def _second_branch(db: Database, name: str = "中共乙村党支部") -> str:
    with db.session_scope() as s:
        return branches.create_branch(s, branches.BranchInput(name=name, parent_org="中共测试镇委员会", kind="村")).id


def _transfer_out(db: Database, person_id: str) -> None:
    with db.session_scope() as s:
        add_transfer(s, person_id, TransferInput("转出", LEFT, other_unit="中共乙村党支部"), today=date(2026, 6, 1))


def test_a_number_on_another_branch_roll_is_refused_naming_that_branch(db: Database, branch_id: str) -> None:
    other = _second_branch(db)
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=MOVED)
    with pytest.raises(ValidationError) as info, db.session_scope() as s:
        people.save_person(s, other, data=MOVED)
    assert info.value.field_errors["id_number"] == "此身份证号码已在“中共测试村党支部”在册（王强），请先办理转出"
    with db.session_scope() as s:
        assert people.count_people(s, other) == 0


def test_after_the_transfer_out_the_other_branch_takes_the_member(db: Database, branch_id: str) -> None:
    other = _second_branch(db)
    with db.session_scope() as s:
        old = people.save_person(s, branch_id, data=MOVED).id
    _transfer_out(db, old)
    with db.session_scope() as s:
        new = people.save_person(s, other, data=MOVED).id
    with db.session_scope() as s:  # the old branch still edits its history record
        people.save_person(s, branch_id, data=people.person_input(people.get_person(s, old)), person_id=old)
    with pytest.raises(ValidationError) as info, db.session_scope() as s:  # the new branch: once only
        people.save_person(s, other, data=replace(MOVED, name="王强二"))
    assert info.value.field_errors["id_number"] == "这个公民身份号码已登记给“王强”，不能重复"
    # back on the old branch's roll only after the new branch transfers him out
    with pytest.raises(UserError, match="“中共乙村党支部”在册"), db.session_scope() as s:
        add_transfer(s, old, TransferInput("转入", date(2026, 5, 1), other_unit="中共乙村党支部"), today=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="中共乙村党支部"), db.session_scope() as s:
        people.save_person(s, branch_id, data=replace(people.person_input(people.get_person(s, old)), status="正常"),
                           person_id=old)
    with db.session_scope() as s:
        statuses = {p.branch_id: p.status for p in s.exec(select(Person).where(Person.id_number == MOVED.id_number))}
    assert statuses == {branch_id: "转出", other: "正常"} and new


def test_restoring_from_the_recycle_bin_follows_the_same_rule(db: Database, branch_id: str) -> None:
    other = _second_branch(db)
    with db.session_scope() as s:
        old = people.save_person(s, branch_id, data=MOVED).id
    with db.session_scope() as s:
        people.delete_person(s, old)
    with db.session_scope() as s:
        people.save_person(s, other, data=MOVED)
    with pytest.raises(UserError, match="无法恢复：此身份证号码已在“中共乙村党支部”在册"), db.session_scope() as s:
        people.restore_person(s, old)


def _branch_package(tmp_path: Path, name: str, code: str, status: str) -> Path:
    """A branch's own database holding 王强 with ``status``, exported as its 数据包."""
    path = tmp_path / code / "台账.sqlite3"
    path.parent.mkdir()
    db = Database.open(path)
    try:
        upgrade(db.engine, path)
        with db.session_scope() as s:
            bid = branches.create_branch(s, branches.BranchInput(name=name, parent_org="中共测试镇委员会", kind="村",
                                                                 code=code)).id
            people.save_person(s, bid, data=replace(MOVED, status=status, status_date=LEFT))
            people.save_person(s, bid, data=person_input(f"{code}书记", birth=date(1968, 2, 2 if code == "A" else 3)))
        out = tmp_path / f"{code}.zip"
        with db.session_scope() as s:
            export_package(s, branch_id=bid, out=out, attachments_root=meeting_attachments.attachments_dir(path),
                           key_dir=tmp_path / code / "keys")
        return out
    finally:
        db.dispose()


def test_the_township_imports_both_records_of_a_member_who_moved(db: Database, tmp_path: Path) -> None:
    """A's package holds 王强 转出, B's holds him 转入 (正常): both are imported, each as its branch's."""
    packages = [_branch_package(tmp_path, "中共甲村党支部", "A", "转出"),
                _branch_package(tmp_path, "中共乙村党支部", "B", "正常")]
    for package in packages:
        with db.session_scope() as s:
            import_file(s, package, attachments_root=tmp_path / "乡镇附件")
    with db.session_scope() as s:
        held = {(p.branch_id, p.status) for p in s.exec(
            select(Person).where(Person.id_number == MOVED.id_number, col(Person.deleted_at).is_(None)))}
        names = {b.id: b.name for b in branches.list_branches(s)}
        assert people.count_people(s) == 4
    assert {(names[b], status) for b, status in held} == {("中共甲村党支部", "转出"), ("中共乙村党支部", "正常")}
    for package in packages:  # and again: nothing changes
        with db.session_scope() as s:
            import_file(s, package, attachments_root=tmp_path / "乡镇附件")
    with db.session_scope() as s:
        assert people.count_people(s) == 4


def test_a_roster_import_follows_the_same_rule(db: Database, branch_id: str, tmp_path: Path) -> None:
    from dangjian_desktop.services.people import sheet_import
    from tests.services.test_people_import import make_workbook

    other = _second_branch(db)
    with db.session_scope() as s:
        old = people.save_person(s, branch_id, data=MOVED).id
    path = make_workbook(tmp_path / "乙村花名册.xlsx", [
        [1, "王强", "男", "汉族", "1976.04", MOVED.id_number, "高中", "正式党员", "2005.07.01", "2006.07.01"]])

    def read() -> sheet_import.ImportPreview:
        with db.session_scope() as s:
            return sheet_import.preview_file(s, other, path, today=date(2026, 6, 1))

    on_roll = read()
    assert [r.status for r in on_roll.rows] == [sheet_import.DUPLICATE]
    assert on_roll.rows[0].messages == ["此身份证号码已在“中共测试村党支部”在册（王强），请先办理转出"]
    _transfer_out(db, old)
    moved = read()
    assert [r.status for r in moved.rows] == [sheet_import.OK]
    with db.session_scope() as s:
        sheet_import.commit(s, other, moved)
    with db.session_scope() as s:
        assert [r.name for r in people.list_rows(s, other)] == ["王强"]
