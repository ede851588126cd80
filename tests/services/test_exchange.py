"""数据包: a branch's records out in a signed zip, and into the township's database by UUID."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import HEAD_REVISION, upgrade
from dangjian_desktop.db.models import AuditLog, Branch, Person
from dangjian_desktop.db.models.exchange import ExchangeConflict, ExchangeSource
from dangjian_desktop.db.models.meetings import Meeting, MeetingAmendment
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches, soft_delete
from dangjian_desktop.services.exchange import keys
from dangjian_desktop.services.exchange.merge import ImportResult, import_file
from dangjian_desktop.services.exchange.package import export_package
from dangjian_desktop.services.exchange.tables import carried_tables
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from tests.factories import person_input
from tests.statements import Recorded, recording

HELD = date(2026, 3, 2)
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@dataclass
class BranchSide:
    db: Database
    path: Path
    branch_id: str
    people: dict[str, str]
    meeting_id: str  # 定稿, with a photo
    key_dir: Path

    @property
    def attachments(self) -> Path:
        return meeting_attachments.attachments_dir(self.path)

    def export(self, out: Path, key_dir: Path | None = None) -> Path:
        with self.db.session_scope() as s:
            export_package(s, branch_id=self.branch_id, out=out, attachments_root=self.attachments,
                           key_dir=key_dir or self.key_dir)
        return out


@dataclass
class Township:
    db: Database
    path: Path

    @property
    def attachments(self) -> Path:
        return meeting_attachments.attachments_dir(self.path)

    def take(self, package: Path) -> ImportResult:
        with self.db.session_scope() as s:
            return import_file(s, package, attachments_root=self.attachments)


@pytest.fixture
def side(db: Database, db_path: Path, branch_id: str, tmp_path: Path) -> BranchSide:
    return make_side(db, db_path, branch_id, tmp_path)


def make_side(db: Database, db_path: Path, branch_id: str, tmp_path: Path) -> BranchSide:
    """The branch: three people and a 定稿 meeting with a photo."""
    with db.session_scope() as s:
        branches.update_branch(s, branch_id, branches.BranchInput(
            name="中共测试村党支部", parent_org="中共测试镇委员会", kind="村", code="TC-007"))
        ids = {name: people.save_person(s, branch_id, data=person_input(name, birth=date(1970 + n, 1, 1))).id
               for n, name in enumerate(["王建国", "李明", "张三"])}
    with db.session_scope() as s:
        att = meeting_attendance.expected(s, branch_id, HELD, [rules.GENERAL])
        data = MeetingData(types=[rules.GENERAL], title="第一季度支部党员大会", held_on=HELD, start_time="09:00",
                           end_time="11:00", place="村委会", host="王建国", recorder="李明", attendance=att)
        mid = meetings.save_meeting(s, branch_id, data).id
        photo = tmp_path / "会场照片.png"
        photo.write_bytes(PHOTO)
        meeting_attachments.add_attachment(s, mid, photo, meeting_attachments.attachments_dir(db_path))
    with db.session_scope() as s:
        meetings.finalize(s, mid)
    return BranchSide(db, db_path, branch_id, ids, mid, tmp_path / "branch_keys")


@pytest.fixture
def town(tmp_path: Path) -> Iterator[Township]:
    township = make_town(tmp_path)
    yield township
    township.db.dispose()


def make_town(tmp_path: Path) -> Township:
    """A new township database."""
    path = tmp_path / "乡镇" / "汇总.sqlite3"
    path.parent.mkdir()
    database = Database.open(path)
    upgrade(database.engine, path)
    return Township(database, path)


def dump(db: Database, branch_id: str | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """Every carried table's rows by id (all branches), without this database's own columns (read_only, the version counting its saves)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in carried_tables():
            rows = {r["id"]: {k: v for k, v in r.items() if k not in ("read_only", "version")}
                    for r in conn.execute(select(table)).mappings()}
            out[table.name] = rows
    return out


def count_rows(db: Database, model: Any) -> int:
    with Session(db.engine) as s:
        return len(s.exec(select(model)).all())  # type: ignore[call-overload]


def rewrite(package: Path, out: Path, change: Callable[[dict[str, bytes]], None], *,
            key: Ed25519PrivateKey | None = None) -> Path:
    """A copy of ``package`` with members changed; re-signed with ``key`` when given (else the old manifest stays)."""
    with zipfile.ZipFile(package) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    if key is not None:
        files = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()
                 if n not in ("manifest.json", "signature.json")}
        manifest = json.dumps({"format": "支部台账数据包", "files": files}, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":")).encode()
        members["manifest.json"] = manifest
        members["signature.json"] = json.dumps({
            "algorithm": "Ed25519", "public_key": keys.public_b64(key),
            "signature": base64.b64encode(key.sign(manifest)).decode()}).encode()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def test_round_trip_carries_every_record_and_the_photo(side: BranchSide, town: Township, tmp_path: Path) -> None:
    package = side.export(tmp_path / "测试村数据包.zip")
    with zipfile.ZipFile(package) as zf:
        info = json.loads(zf.read("package.json"))
        people_rows = json.loads(zf.read("tables/person.json"))
    assert info["classification"] == "内部资料" and "不得外传" in info["notice"]
    assert info["schema_revision"] == HEAD_REVISION
    assert info["branch"]["code"] == "TC-007"
    with side.db.session_scope() as s:
        full_ids = {s.get(Person, i).id_number for i in side.people.values()}  # type: ignore[union-attr]
    assert {r["id_number"] for r in people_rows} == full_ids and all(len(n) == 18 for n in full_ids)

    result = town.take(package)
    assert result.new_branch and result.added > 10 and result.conflicts == []
    assert dump(town.db) == dump(side.db)
    with town.db.session_scope() as s:
        branch = s.get(Branch, side.branch_id)
        assert branch is not None and branch.read_only and branch.code == "TC-007"
        source = s.exec(select(ExchangeSource)).scalars().one()  # type: ignore[call-overload]
        assert source.fingerprint == result.fingerprint
    sha = hashlib.sha256(PHOTO).hexdigest()
    assert meeting_attachments.stored_path(town.attachments, sha, ".png").read_bytes() == PHOTO
    if sys.platform != "win32":
        assert (keys.key_path(side.key_dir).stat().st_mode & 0o777) == 0o600


def test_fingerprint_is_read_in_groups(side: BranchSide) -> None:
    key = keys.load_or_create_key(side.key_dir)
    shown = keys.fingerprint(keys.public_b64(key))
    groups = shown.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert keys.load_or_create_key(side.key_dir).public_key().public_bytes_raw() == key.public_key().public_bytes_raw()


def test_importing_the_same_package_again_changes_nothing(side: BranchSide, town: Township, tmp_path: Path) -> None:
    package = side.export(tmp_path / "p.zip")
    town.take(package)
    before, audits = dump(town.db), count_rows(town.db, AuditLog)
    again = town.take(package)
    assert (again.added, again.replaced, again.conflicts, again.new_branch) == (0, 0, [], False)
    assert dump(town.db) == before and count_rows(town.db, AuditLog) == audits


def _record_tables(recorded: Recorded) -> set[str]:
    """The carried tables the recorded statements read or wrote (but the branch's own row, which every import
    reads by its key to know whose package it is)."""
    names = {t.name for t in carried_tables()} - {"branch"}
    return {name for sql, _p in recorded.statements for name in re.findall(r"\b[a-z_]+\b", sql) if name in names}


def test_a_package_taken_again_is_not_read_again(side: BranchSide, town: Township, tmp_path: Path) -> None:
    """Each table whose hash is that of the one merged before is skipped without reading its rows: the
    same package again touches no record table, and a later one only the tables that changed."""
    package = side.export(tmp_path / "1.zip")
    first = town.take(package)
    with recording(town.db.engine) as again:
        result = town.take(package)
    assert (result.added, result.replaced, result.unchanged) == (0, 0, first.added)
    assert _record_tables(again) == set() and not again.matching("exchange_incoming")
    assert again.count <= 6, [sql for sql, _p in again.statements]  # the key and the source: a few statements
    pid = side.people["张三"]
    with side.db.session_scope() as s:
        people.save_person(s, side.branch_id, data=person_input("张三", birth=date(1972, 1, 1), phone="13900000000"),
                           person_id=pid)
    with recording(town.db.engine) as later:
        result = town.take(side.export(tmp_path / "2.zip"))
    assert (result.added, result.replaced, result.unchanged) == (0, 1, first.added - 1)
    assert "person" in _record_tables(later) and not _record_tables(later) & {"meeting", "meeting_attendance"}
    with recording(town.db.engine) as third:  # and that one again: nothing read
        town.take(tmp_path / "2.zip")
    assert _record_tables(third) == set()
    with town.db.session_scope() as s:
        person = s.get(Person, pid)
        assert person is not None and person.phone == "13900000000"


def test_0017_sources_taken_before_keep_no_hashes_and_merge_in_full_once(side: BranchSide, town: Township,
                                                                        tmp_path: Path) -> None:
    """Migration 0017 down (the column dropped) and up again: a source registered before it holds no hashes,
    so its next package is merged table by table (changing nothing), and the one after is skipped."""
    from alembic import command

    from dangjian_desktop.db.migrate import _config, current_revision

    package = side.export(tmp_path / "1.zip")
    first = town.take(package)
    with town.db.engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0016")
    assert current_revision(town.db.engine) == "0016"
    with town.db.engine.connect() as conn:
        assert "table_hashes" not in {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(exchange_source)")}
    upgrade(town.db.engine, town.path)
    with town.db.session_scope() as s:
        source = s.exec(select(ExchangeSource)).scalars().one()  # type: ignore[call-overload]
        assert source.table_hashes is None
    before = dump(town.db)
    with recording(town.db.engine) as full:
        again = town.take(package)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, first.added)
    assert {"person", "meeting_attendance"} <= _record_tables(full) and dump(town.db) == before
    with recording(town.db.engine) as skipped:
        town.take(package)
    assert _record_tables(skipped) == set()


def test_a_change_to_a_finalized_meetings_attendance_alone_is_a_conflict(side: BranchSide, town: Township,
                                                                         tmp_path: Path) -> None:
    """Only the attendance changed (the meeting's table is as merged before): the 定稿 tables are still
    merged together, so the change is listed, not applied."""
    from dangjian_desktop.db.models.meetings import MeetingAttendance

    town.take(side.export(tmp_path / "1.zip"))
    later = datetime.now(UTC) + timedelta(seconds=5)
    with side.db.session_scope() as s:  # changed behind the 定稿 lock
        row = s.exec(select(MeetingAttendance).where(  # type: ignore[call-overload]
            MeetingAttendance.meeting_id == side.meeting_id)).scalars().first()
        s.execute(update(MeetingAttendance).where(MeetingAttendance.id == row.id).values(
            status="缺席", reason="改过", updated_at=later))
    result = town.take(side.export(tmp_path / "2.zip"))
    assert [(c.table_name, c.row_id) for c in result.conflicts] == [("meeting_attendance", row.id)]
    with town.db.session_scope() as s:
        held = s.get(MeetingAttendance, row.id)
        assert held is not None and held.reason != "改过"


def test_a_newer_edit_replaces_and_an_older_package_changes_nothing(side: BranchSide, town: Township,
                                                                    tmp_path: Path) -> None:
    first = side.export(tmp_path / "1.zip")
    pid = side.people["张三"]
    with side.db.session_scope() as s:
        people.save_person(s, side.branch_id, data=person_input("张三", birth=date(1972, 1, 1), phone="13900000000"),
                           person_id=pid)
    second = side.export(tmp_path / "2.zip")
    town.take(first)
    result = town.take(second)
    assert result.replaced == 1 and result.added == 0
    town.take(first)  # older than what is held
    with town.db.session_scope() as s:
        person = s.get(Person, pid)
        assert person is not None and person.phone == "13900000000"


def test_a_deletion_travels_as_a_tombstone(side: BranchSide, town: Township, tmp_path: Path) -> None:
    town.take(side.export(tmp_path / "1.zip"))
    pid = side.people["李明"]
    with side.db.session_scope() as s:
        soft_delete(s, Person, pid, "gone")
    result = town.take(side.export(tmp_path / "2.zip"))
    assert result.deleted == 1
    with town.db.session_scope() as s:
        person = s.get(Person, pid)
        assert person is not None and person.deleted_at is not None  # in the 回收站, not gone
    # a township seeing the branch for the first time gets the tombstone too
    assert dump(town.db)["person"][pid]["deleted_at"] is not None


def test_a_change_to_a_finalized_meeting_without_amendment_is_listed_not_applied(
        side: BranchSide, town: Township, tmp_path: Path) -> None:
    town.take(side.export(tmp_path / "1.zip"))
    later = datetime.now(UTC) + timedelta(seconds=5)
    with side.db.session_scope() as s:  # changed behind the 定稿 lock (e.g. a copied database edited by hand)
        s.execute(update(Meeting).where(Meeting.id == side.meeting_id).values(title="改过的标题", updated_at=later))
    package = side.export(tmp_path / "2.zip")
    result = town.take(package)
    assert [(c.table_name, c.row_id) for c in result.conflicts] == [("meeting", side.meeting_id)]
    with town.db.session_scope() as s:
        meeting = s.get(Meeting, side.meeting_id)
        assert meeting is not None and meeting.title == "第一季度支部党员大会"
        conflict = s.exec(select(ExchangeConflict)).scalars().one()  # type: ignore[call-overload]
        assert json.loads(conflict.held)["title"] == "第一季度支部党员大会"
        assert json.loads(conflict.incoming)["title"] == "改过的标题"
        assert conflict.branch_id == side.branch_id
    again = town.take(package)
    assert again.conflicts == [] and count_rows(town.db, ExchangeConflict) == 1


def test_a_finalized_meeting_changes_through_its_amendment(side: BranchSide, town: Township, tmp_path: Path) -> None:
    town.take(side.export(tmp_path / "1.zip"))
    with side.db.session_scope() as s:
        data = meetings.meeting_data(s, side.meeting_id)
        data.place = "党群服务中心"
        meetings.save_meeting(s, side.branch_id, data, side.meeting_id, reason="地点记错")
    result = town.take(side.export(tmp_path / "2.zip"))
    assert result.conflicts == []
    with town.db.session_scope() as s:
        meeting = s.get(Meeting, side.meeting_id)
        assert meeting is not None and meeting.place == "党群服务中心" and meeting.finalized_at is not None
        amendment = s.exec(select(MeetingAmendment)).scalars().one()  # type: ignore[call-overload]
        assert amendment.reason == "地点记错"


def _change_table(name: str, edit: Callable[[list[dict[str, Any]]], None]) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        rows = json.loads(members[f"tables/{name}.json"])
        edit(rows)
        members[f"tables/{name}.json"] = json.dumps(rows, ensure_ascii=False).encode()
    return change


def _rename_first(rows: list[dict[str, Any]]) -> None:
    rows[0]["name"] = "冒名"


def test_a_tampered_package_is_refused_and_leaves_nothing(side: BranchSide, town: Township, tmp_path: Path) -> None:
    package = side.export(tmp_path / "p.zip")
    tampered = rewrite(package, tmp_path / "t.zip", _change_table("person", _rename_first))
    with pytest.raises(UserError, match="改动"):
        town.take(tampered)
    # re-signed by someone else's key: the signature holds, but the first key seen decides from then on
    town.take(package)
    forged = rewrite(package, tmp_path / "f.zip", _change_table("person", _rename_first),
                     key=Ed25519PrivateKey.generate())
    with pytest.raises(UserError, match="登记过的密钥") as info:
        town.take(forged)
    assert "指纹" in info.value.message
    with town.db.session_scope() as s:
        assert all(p.name != "冒名" for p in s.exec(select(Person)).scalars())  # type: ignore[call-overload]


def test_a_package_from_another_computer_is_refused(side: BranchSide, town: Township, tmp_path: Path) -> None:
    town.take(side.export(tmp_path / "1.zip"))
    other = side.export(tmp_path / "2.zip", key_dir=tmp_path / "另一台电脑")
    with pytest.raises(UserError, match="登记过的密钥"):
        town.take(other)


def test_a_bad_signature_is_refused(side: BranchSide, town: Township, tmp_path: Path) -> None:
    package = side.export(tmp_path / "p.zip")

    def break_signature(members: dict[str, bytes]) -> None:
        sig = json.loads(members["signature.json"])
        raw = bytearray(base64.b64decode(sig["signature"]))
        raw[0] ^= 1
        sig["signature"] = base64.b64encode(bytes(raw)).decode()
        members["signature.json"] = json.dumps(sig).encode()

    with pytest.raises(UserError, match="签名不对"):
        town.take(rewrite(package, tmp_path / "bad.zip", break_signature))
    assert count_rows(town.db, Branch) == 0


@pytest.mark.parametrize(("field", "value", "shown"), [("app_version", "9.1.0", "9.1.0"),
                                                       ("schema_revision", "0999", "0999")])
def test_a_package_from_a_newer_version_is_refused_clearly(side: BranchSide, town: Township, tmp_path: Path,
                                                           field: str, value: str, shown: str) -> None:
    package = side.export(tmp_path / "p.zip")

    def newer(members: dict[str, bytes]) -> None:
        info = json.loads(members["package.json"])
        info[field] = value
        members["package.json"] = json.dumps(info, ensure_ascii=False).encode()

    key = keys.load_or_create_key(side.key_dir)
    with pytest.raises(UserError, match="较新版本") as info:
        town.take(rewrite(package, tmp_path / "new.zip", newer, key=key))
    assert shown in info.value.message and "升级" in info.value.message
    assert count_rows(town.db, Branch) == 0


def test_a_package_failing_half_way_leaves_nothing(side: BranchSide, town: Township, tmp_path: Path) -> None:
    package = side.export(tmp_path / "p.zip")

    def duplicate_id_number(rows: list[dict[str, Any]]) -> None:
        rows[1]["id_number"] = rows[0]["id_number"]  # two live people with one ID number: the database refuses

    bad = rewrite(package, tmp_path / "bad.zip", _change_table("person", duplicate_id_number),
                  key=keys.load_or_create_key(side.key_dir))
    with pytest.raises(UserError):
        town.take(bad)
    assert count_rows(town.db, Branch) == 0 and count_rows(town.db, Person) == 0
    assert count_rows(town.db, ExchangeSource) == 0
    assert not town.attachments.exists() or not any(town.attachments.rglob("*.png"))


def test_not_a_package(town: Township, tmp_path: Path) -> None:
    junk = tmp_path / "照片.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(UserError, match="不是有效的数据包"):
        town.take(junk)


def test_an_imported_branch_is_read_only(side: BranchSide, town: Township, tmp_path: Path) -> None:
    town.take(side.export(tmp_path / "p.zip"))
    with town.db.session_scope() as s, pytest.raises(UserError, match="只能查看"):
        people.save_person(s, side.branch_id, data=person_input("新人"))
    with town.db.session_scope() as s, pytest.raises(UserError, match="只能查看"):
        branches.update_branch(s, side.branch_id, branches.BranchInput(name="改名"))
    with town.db.session_scope() as s, pytest.raises(UserError, match="只能查看"):
        data = meetings.meeting_data(s, side.meeting_id)
        meetings.save_meeting(s, side.branch_id, data, side.meeting_id, reason="改")


def test_the_branch_itself_cannot_be_overwritten_by_a_package(side: BranchSide, tmp_path: Path) -> None:
    package = side.export(tmp_path / "p.zip")
    with side.db.session_scope() as s, pytest.raises(UserError, match="本机自己录入"):
        import_file(s, package, attachments_root=side.attachments)


def test_key_file_is_private_and_reused(tmp_path: Path) -> None:
    first = keys.load_or_create_key(tmp_path / "k")
    second = keys.load_or_create_key(tmp_path / "k")
    assert keys.public_b64(first) == keys.public_b64(second)
    if os.name == "posix":
        assert keys.key_path(tmp_path / "k").stat().st_mode & 0o077 == 0
