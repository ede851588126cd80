"""修改记录: who, when, what, field by field, with Chinese labels; per person and overall."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dangjian_desktop.db import Database
from dangjian_desktop.db.audit import set_actor
from dangjian_desktop.services import audit_view, branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from tests.factories import person_input


def test_person_history_field_by_field(db: Database, branch_id: str) -> None:
    set_actor("李明")
    try:
        with db.session_scope() as s:
            pid = people.save_person(s, branch_id, data=person_input("张建国", phone="13912345678")).id
        with db.session_scope() as s:
            values = replace(people.person_input(people.get_person(s, pid)), phone="13800001111", is_hardship=True,
                             note="家庭困难")
            people.save_person(s, branch_id, data=values, person_id=pid)
        with db.session_scope() as s:
            transfers.add_transfer(s, pid, transfers.TransferInput(
                direction="转出", transfer_date=date(2026, 1, 5), other_unit="某镇党委", letter_no="12"),
                today=date(2026, 1, 6))
        with db.session_scope() as s:
            people.delete_person(s, pid)
        with db.session_scope() as s:
            people.restore_person(s, pid)
        with db.session_scope() as s:
            entries = audit_view.person_history(s, pid)
    finally:
        set_actor("")
    actions = [e.action_label for e in entries]
    assert actions[:2] == ["从回收站恢复", "删除（移入回收站）"]
    assert "组织关系转接" in [e.table_label for e in entries]
    assert actions[-1] == "新增" and all(e.actor == "李明" for e in entries)
    update = next(e for e in entries if e.action == "update" and e.table == "person" and
                  any(c.field == "phone" for c in e.changes))
    by_field = {c.label: (c.before, c.after) for c in update.changes}
    assert by_field["联系电话"] == ("13912345678", "13800001111")
    assert by_field["困难党员"] == ("否", "是")
    assert by_field["备注"] == ("（空）", "家庭困难")
    assert update.record == "张建国" and update.table_label == "党员信息"
    transfer = next(e for e in entries if e.table == "org_transfer")
    assert transfer.record == "张建国"
    assert {c.label for c in transfer.changes} >= {"转接方向", "转接日期", "对方单位", "介绍信编号"}


def test_overall_history_names_every_record_and_group(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        groups = branches.list_groups(s, branch_id)
        people.save_person(s, branch_id, data=person_input("王芳", male=False, group_id=groups[0].id))
    with db.session_scope() as s:
        entries = audit_view.history(s)
    insert = next(e for e in entries if e.table == "person")
    assert insert.record == "王芳"
    group = next(c for c in insert.changes if c.field == "group_id")
    assert (group.label, group.after) == ("所在党小组", "第一党小组")
    assert {"支部信息", "党小组", "支部委员"} <= {e.table_label for e in entries}
    assert entries == sorted(entries, key=lambda e: e.at, reverse=True)


def test_values_are_shown_readably() -> None:
    assert audit_view.format_value("amount_fen", 1250) == "12.50 元"
    assert audit_view.format_value("rate_bp", 150) == "1.5%"
    long = audit_view.format_value("note", "字" * 5000)
    assert long.endswith("（共 5000 字）") and len(long) < 300
    assert audit_view.format_value("note", "a\x00b\nc") == "a�b⏎c"
    assert audit_view.field_label("meeting_xyz") == "meeting_xyz"
    assert audit_view.table_label("meeting_attendance") == "会议记录"


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_record_kind_and_every_field_it_logs_has_a_chinese_name() -> None:
    """修改记录 speaks Chinese for every table the audit log can name, and every field it writes down."""
    from sqlmodel import SQLModel

    import dangjian_desktop.db.models  # noqa: F401  (every table registered)
    from dangjian_desktop.db import audit

    untranslated = []
    for table in SQLModel.metadata.sorted_tables:
        if not _has_chinese(audit_view.table_label(table.name)):
            untranslated.append(table.name)
        for column in table.columns:
            if column.name in audit._SKIP_FIELDS or column.name in audit_view._NOT_SHOWN:
                continue
            if not _has_chinese(audit_view.field_label(column.name)):
                untranslated.append(f"{table.name}.{column.name}")
    assert untranslated == []


def test_a_duty_record_shows_no_internal_names(db: Database, branch_id: str) -> None:
    from dangjian_desktop.domain.duty import AREA_KINDS
    from dangjian_desktop.services.duty import areas

    with db.session_scope() as s:
        areas.save_area(s, branch_id, data=areas.AreaInput(name="村东责任区", kind=AREA_KINDS[0]))
    with db.session_scope() as s:
        entry = next(e for e in audit_view.history(s) if e.table == "duty_area")
    assert entry.table_label == "党员责任区"
    assert all(_has_chinese(f.label) for f in entry.changes) and "id" not in {f.field for f in entry.changes}
