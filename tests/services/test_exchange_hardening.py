"""数据包 at the township: a branch's new key only with both fingerprints confirmed (and logged), the 定稿
conflicts reviewed side by side and marked 已处理 without ever being applied, and no attachment file
left behind by a package that was not imported."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from dangjian_desktop import cli
from dangjian_desktop.db.models import AuditLog, Person
from dangjian_desktop.db.models.exchange import ExchangeConflict, ExchangeSource
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.exchange import conflicts
from dangjian_desktop.services.exchange import merge as merge_module
from dangjian_desktop.services.exchange.merge import KeyNotConfirmed, Preview, import_file
from dangjian_desktop.services.people import records as people
from tests.factories import person_input
from tests.services.test_exchange import PHOTO, BranchSide, Township, count_rows, dump

# -- key replacement -----------------------------------------------------------------------------------------


def _new_computer(side: BranchSide, tmp_path: Path, name: str = "新电脑") -> Path:
    with side.db.session_scope() as s:
        people.save_person(s, side.branch_id, data=person_input("赵六", phone="13700000000"))
    return side.export(tmp_path / f"{name}.zip", key_dir=tmp_path / name)


def test_a_new_key_needs_both_fingerprints_confirmed_and_is_logged(side: BranchSide, town: Township,
                                                                   tmp_path: Path) -> None:
    first = town.take(side.export(tmp_path / "1.zip"))
    package = _new_computer(side, tmp_path)
    shown: list[Preview] = []
    with pytest.raises(KeyNotConfirmed), town.db.session_scope() as s:
        import_file(s, package, attachments_root=town.attachments,
                    confirm_key_change=lambda seen: shown.append(seen) or False)
    assert shown[0].old_fingerprint == first.fingerprint and shown[0].fingerprint != first.fingerprint
    assert count_rows(town.db, Person) == 3  # nothing of the refused package

    with town.db.session_scope() as s:
        result = import_file(s, package, attachments_root=town.attachments, confirm_key_change=lambda _seen: True)
    assert result.old_fingerprint == first.fingerprint and result.added == 1
    with town.db.session_scope() as s:
        source = s.execute(select(ExchangeSource)).scalars().one()
        assert source.fingerprint == result.fingerprint
        logged = s.execute(select(AuditLog).where(AuditLog.action == "key_change")).scalars().one()  # type: ignore[arg-type]
        assert json.loads(logged.changes)["密钥指纹"] == [first.fingerprint, result.fingerprint]
    # from now on the old computer's packages are the ones refused
    with pytest.raises(UserError, match="登记过的密钥"):
        town.take(side.export(tmp_path / "旧电脑.zip"))


def test_the_command_line_takes_a_new_key_only_with_its_fingerprint(side: BranchSide, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    township = tmp_path / "乡镇" / "汇总.sqlite3"
    assert cli.main(["import-package", "--db", str(township), str(side.export(tmp_path / "1.zip"))]) == 0
    old = re.search(r"新登记的支部密钥指纹：(.+)", capsys.readouterr().out)
    assert old is not None
    package = _new_computer(side, tmp_path)
    assert cli.main(["import-package", "--db", str(township), str(package)]) == 1
    out = capsys.readouterr().out
    new = re.search(r"数据包指纹：(.+)", out)
    assert new is not None and f"登记的指纹：{old.group(1)}" in out and "--accept-new-key" in out
    wrong = "0000 " * 7 + "0000"
    assert cli.main(["import-package", "--db", str(township), str(package), "--accept-new-key", wrong]) == 1
    assert "不一致" in capsys.readouterr().out
    typed = new.group(1).lower()  # as read over the phone: case and spacing do not matter
    assert cli.main(["import-package", "--db", str(township), str(package), "--accept-new-key", typed]) == 0
    assert f"已更换该支部的密钥（记入修改记录）：{old.group(1)} → {new.group(1)}" in capsys.readouterr().out


# -- conflicts ----------------------------------------------------------------------------------------------


def _conflicting_edit(side: BranchSide, town: Township, tmp_path: Path) -> None:
    town.take(side.export(tmp_path / "1.zip"))
    later = datetime.now(UTC) + timedelta(seconds=5)
    with side.db.session_scope() as s:  # changed behind the 定稿 lock
        s.execute(update(Meeting).where(Meeting.id == side.meeting_id)  # type: ignore[arg-type]
                  .values(title="改过的标题", place="党群服务中心", updated_at=later))
    result = town.take(side.export(tmp_path / "2.zip"))
    assert len(result.conflicts) == 1


def test_a_conflict_shows_both_versions_field_by_field(side: BranchSide, town: Township, tmp_path: Path) -> None:
    _conflicting_edit(side, town, tmp_path)
    with town.db.session_scope() as s:
        [view] = conflicts.list_conflicts(s)
        assert conflicts.open_count(s) == 1
    assert view.branch_name == "中共测试村党支部" and view.kind == "会议记录"
    assert "第一季度支部党员大会" in view.title and "2026-03-02" in view.title
    by_label = {f.label: f for f in view.fields}
    assert (by_label["会议名称"].held, by_label["会议名称"].incoming) == ("第一季度支部党员大会", "改过的标题")
    assert by_label["地点"].changed and by_label["会议名称"].changed and not by_label["主持人"].changed
    assert set(view.changed_labels) == {"会议名称", "地点"}  # the 修改时间 is shown but not marked
    assert by_label["修改时间"].held != by_label["修改时间"].incoming
    assert all(not re.search(r"[a-z]_[a-z]", f.label) for f in view.fields)  # no column names on screen


def test_marking_a_conflict_handled_keeps_the_held_version(side: BranchSide, town: Township, tmp_path: Path) -> None:
    _conflicting_edit(side, town, tmp_path)
    before = dump(town.db)
    with town.db.session_scope() as s:
        [view] = conflicts.list_conflicts(s)
        conflicts.resolve(s, conflict_id=view.id)
    after = dump(town.db)
    assert after == before and after["meeting"][side.meeting_id]["title"] == "第一季度支部党员大会"
    with town.db.session_scope() as s:
        assert conflicts.list_conflicts(s) == [] and conflicts.open_count(s) == 0
        [handled] = conflicts.list_conflicts(s, include_resolved=True)
        assert handled.resolved_at is not None
        logged = s.execute(select(AuditLog).where(AuditLog.table_name == "exchange_conflict",  # type: ignore[arg-type]
                                                  AuditLog.action == "update")).scalars().all()
        assert any("resolved_at" in json.loads(a.changes) for a in logged)
    again = town.take(tmp_path / "2.zip")  # the same package again: the handled conflict is not listed anew
    assert again.conflicts == [] and count_rows(town.db, ExchangeConflict) == 1


# -- attachment files of a package that is not imported ------------------------------------------------------


def _files(town: Township) -> list[Path]:
    return sorted(p for p in town.attachments.rglob("*") if p.is_file()) if town.attachments.exists() else []


@pytest.mark.parametrize("where", ["rows", "after_rows", "before_commit"])
def test_a_failed_import_leaves_no_attachment_file(side: BranchSide, town: Township, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    package = side.export(tmp_path / "p.zip")
    written: list[int] = []
    real_table = merge_module._Merge.table

    def failing_table(self: Any, table: Any, rows: Any) -> None:
        written.append(self.result.files_written)
        if table.name == "meeting_attendance":
            raise RuntimeError("disk pulled out half-way")
        real_table(self, table, rows)

    def failing_source(*_a: Any) -> None:
        raise RuntimeError("disk pulled out at the end")

    if where == "rows":
        monkeypatch.setattr(merge_module._Merge, "table", failing_table)
    elif where == "after_rows":
        monkeypatch.setattr(merge_module, "_record_source", failing_source)
    with pytest.raises(RuntimeError), town.db.session_scope() as s:
        result = import_file(s, package, attachments_root=town.attachments)
        assert result.files_written == 1 and _files(town)  # the photo was written …
        raise RuntimeError("the commit never comes")
    if where == "rows":
        assert written and written[-1] == 1  # … before the failure, in the middle of the rows
    assert _files(town) == []  # … and taken back
    assert count_rows(town.db, Person) == 0

    monkeypatch.undo()
    town.take(package)  # imported for real: the photo stays
    assert [p.read_bytes() for p in _files(town)] == [PHOTO]


def test_a_failed_import_keeps_the_files_held_before(side: BranchSide, town: Township, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    package = side.export(tmp_path / "p.zip")
    town.take(package)
    held = _files(town)
    with side.db.session_scope() as s:
        people.save_person(s, side.branch_id, data=person_input("赵六"))
    newer = side.export(tmp_path / "2.zip")
    monkeypatch.setattr(merge_module, "_record_source", lambda *_a: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError), town.db.session_scope() as s:
        import_file(s, newer, attachments_root=town.attachments)
    assert _files(town) == held and held[0].read_bytes() == PHOTO
