import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import select

from dangjian_desktop.db import Database
from dangjian_desktop.db.audit import set_actor
from dangjian_desktop.db.models import AuditLog
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from tests.factories import person_input


def audit_rows(db: Database, row_id: str) -> list[AuditLog]:
    with db.session_scope() as s:
        return list(s.exec(select(AuditLog).where(AuditLog.row_id == row_id).order_by(AuditLog.at)))


@pytest.fixture
def signed_in() -> Iterator[None]:
    """Changes made by a named user; the name is cleared afterwards so it does not reach later tests."""
    set_actor("组织委员李明")
    yield
    set_actor("")


@pytest.mark.usefixtures("signed_in")
def test_add_edit_delete_restore_each_write_an_audit_row(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("张建国")).id
    with db.session_scope() as s:
        values = people.person_input(people.get_person(s, pid))
        people.save_person(s, branch_id, data=replace(values, phone="13800000000"), person_id=pid)
    with db.session_scope() as s:
        people.delete_person(s, pid)
    with db.session_scope() as s:
        assert people.list_rows(s, branch_id) == []
        assert [p.id for p in people.list_deleted(s, branch_id)] == [pid]
        people.restore_person(s, pid)
    with db.session_scope() as s:
        assert [r.name for r in people.list_rows(s, branch_id)] == ["张建国"]

    rows = audit_rows(db, pid)
    assert [r.action for r in rows] == ["insert", "update", "delete", "restore"]
    assert all(r.actor == "组织委员李明" and r.table_name == "person" for r in rows)
    assert json.loads(rows[0].changes)["name"] == [None, "张建国"]
    assert json.loads(rows[1].changes) == {"phone": ["13912345678", "13800000000"]}


def test_unchanged_save_writes_no_audit_row(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input()).id
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=people.person_input(people.get_person(s, pid)), person_id=pid)
    assert [r.action for r in audit_rows(db, pid)] == ["insert"]


def test_duplicate_id_is_refused_naming_the_holder(db: Database, branch_id: str) -> None:
    values = person_input("张建国")
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=values)
    with pytest.raises(ValidationError) as info, db.session_scope() as s:
        people.save_person(s, branch_id, data=replace(values, name="李四"))
    assert "张建国" in info.value.field_errors["id_number"]
    with db.session_scope() as s:
        assert people.count_people(s) == 1


def test_pinyin_keys_are_stored(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("曾建国"))
        row = people.list_rows(s, branch_id)[0]
    assert (row.name_pinyin, row.name_initials) == ("zengjianguo", "zjg")


def test_transfer_out_updates_status_and_is_listed(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input()).id
    with db.session_scope() as s:
        transfers.add_transfer(s, pid, transfers.TransferInput(
            direction="转出", transfer_date=date(2026, 3, 5), other_unit="中共某县某社区党委",
            letter_no="0012", dues_paid_until="2026-02"))
    with db.session_scope() as s:
        person = people.get_person(s, pid)
        moves = transfers.list_transfers(s, pid)
    assert (person.status, person.status_date) == ("转出", date(2026, 3, 5))
    assert [(m.direction, m.letter_no) for m in moves] == [("转出", "0012")]


def test_transfer_validation(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input()).id
    with pytest.raises(ValidationError) as info, db.session_scope() as s:
        transfers.add_transfer(s, pid, transfers.TransferInput(direction="转出", transfer_date=None,
                                                               dues_paid_until="2026年2月"))
    assert set(info.value.field_errors) == {"transfer_date", "other_unit", "dues_paid_until"}


def test_rows_say_what_needs_attention(db: Database, branch_id: str) -> None:
    today = date(2026, 11, 21)
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input(
            "魏明龙", category="预备党员", join=date(2025, 12, 1), approval_date=date(2026, 1, 10)), today=today)
        people.save_person(s, branch_id, data=person_input(
            "李瑞", category="入党申请人", join=None, apply_date=date(2026, 9, 8)), today=today)
        people.save_person(s, branch_id, data=person_input("王国"), today=today)
        rows = {r.name: r.attention for r in people.list_rows(s, branch_id, today)}
    assert rows == {"魏明龙": "转为正式党员即将到期", "李瑞": "首次谈话已逾期", "王国": ""}


def test_text_utf8_cannot_hold_is_dropped_not_fatal(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("张建国", note="坏\ud800字符", work_unit="村委会\udfff")).id
    with db.session_scope() as s:
        person = people.get_person(s, pid)
    assert (person.note, person.work_unit) == ("坏字符", "村委会")


def test_person_input_holds_every_editable_column_with_the_table_defaults() -> None:
    """The editor, the import and the demo build a PersonInput: a new column left out of it would never be
    saved, and a default differing from the table's would change people imported without that column."""
    from dataclasses import MISSING, fields

    from pydantic_core import PydanticUndefined

    from dangjian_desktop.db.base import RecordBase
    from dangjian_desktop.db.models import Person

    system = {*RecordBase.model_fields, "branch_id", "name_pinyin", "name_initials", "import_batch_id"}
    columns = {k: info.default for k, info in Person.model_fields.items() if k not in system}
    given = {f.name: f.default for f in fields(people.PersonInput)}
    assert set(given) == set(columns)
    assert {k: v for k, v in given.items() if v is not MISSING} == {
        k: v for k, v in columns.items() if v is not PydanticUndefined}
