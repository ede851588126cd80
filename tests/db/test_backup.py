"""Backups: verified copies, the list with counts, thinning on disk, the U盘 folder, restore round-trip,
and the ``backup`` / ``restore`` / ``check`` commands."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.db.dialect.sqlite.backup.copy import integrity_ok
from dangjian_desktop.errors import NewerDatabaseError, UserError
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


def add(db: Database, branch_id: str, name: str) -> str:
    with db.session_scope() as s:
        return people.save_person(s, branch_id, data=person_input(name)).id


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return sorted(r[0] for r in con.execute("SELECT name FROM person WHERE deleted_at IS NULL"))


def test_backup_is_verified_and_listed_with_counts(db: Database, db_path: Path, branch_id: str) -> None:
    add(db, branch_id, "张建国")
    add(db, branch_id, "王芳")
    result = bk.make_backup(db_path, bk.MANUAL, now=datetime(2026, 3, 1, 9, 30))
    assert result.path.parent == db_path.parent / "backups"
    assert result.path.name == f"{db_path.stem}_手动_20260301-093000.sqlite3"
    assert integrity_ok(result.path, quick=False)
    [info] = bk.list_backups(db_path)
    assert (info.kind, info.taken_at, info.size) == ("手动", datetime(2026, 3, 1, 9, 30), result.path.stat().st_size)
    summary = bk.summarize(info.path)
    assert summary.ok and summary.people == 2 and summary.records >= 2 + 1 and summary.revision is not None
    # a second backup in the same second gets its own name
    again = bk.make_backup(db_path, bk.MANUAL, now=datetime(2026, 3, 1, 9, 30))
    assert again.path != result.path and len(bk.list_backups(db_path)) == 2


def test_backups_of_another_database_in_the_same_folder_are_not_listed(db: Database, db_path: Path,
                                                                      branch_id: str) -> None:
    bk.make_backup(db_path, bk.MANUAL)
    other = db_path.with_name("别的.sqlite3")
    assert bk.list_backups(other) == []


def test_automatic_backups_are_thinned_on_disk(db: Database, db_path: Path, branch_id: str) -> None:
    start = datetime(2025, 1, 1, 17, 0)
    for n in range(60):
        bk.make_backup(db_path, bk.AUTO, now=start + timedelta(days=n))
    manual = bk.make_backup(db_path, bk.MANUAL, now=start)
    autos = [b for b in bk.list_backups(db_path) if b.kind == bk.AUTO]
    assert len(autos) <= 7 + 4 + 12 and len(autos) < 60
    newest = start + timedelta(days=59)
    assert [b.taken_at for b in autos[:7]] == [newest - timedelta(days=n) for n in range(7)]
    assert datetime(2025, 1, 31, 17, 0) in {b.taken_at for b in autos}  # the newest of January
    assert manual.path.exists()  # manual backups are never thinned


def test_daily_backup_due_once_a_day(db: Database, db_path: Path, branch_id: str) -> None:
    now = datetime(2026, 4, 2, 8, 0)
    assert bk.daily_backup_due(db_path, now)
    bk.make_backup(db_path, bk.AUTO, now=now)
    assert not bk.daily_backup_due(db_path, now.replace(hour=18))
    assert bk.daily_backup_due(db_path, now + timedelta(days=1))


def test_usb_folder_written_when_present_and_reported_when_absent(db: Database, db_path: Path, branch_id: str,
                                                                  tmp_path: Path) -> None:
    usb = tmp_path / "U盘" / "支部台账备份"
    with db.session_scope() as s:
        bk.set_removable_folder(s, usb)
    with db.session_scope() as s:
        assert bk.removable_folder(s) == usb
    absent = bk.make_backup(db_path, bk.AUTO, removable=usb)
    assert absent.path.exists() and absent.removable_path is None and "不在" in absent.removable_note
    usb.mkdir(parents=True)
    present = bk.make_backup(db_path, bk.MANUAL, removable=usb)
    assert present.removable_path is not None and present.removable_path.parent == usb
    assert integrity_ok(present.removable_path, quick=False) and present.removable_note == ""
    assert [b.kind for b in bk.list_backups(db_path, usb)] == ["手动"]


def test_restore_round_trip_saves_the_current_file_first(db: Database, db_path: Path, branch_id: str) -> None:
    add(db, branch_id, "张建国")
    backup = bk.make_backup(db_path, bk.MANUAL).path
    add(db, branch_id, "后来加的")
    db.dispose()
    saved = bk.restore(db_path, backup)
    assert names(db_path) == ["张建国"]
    assert saved is not None and saved.name.startswith(f"{db_path.stem}_恢复前_")
    assert names(saved) == sorted(["张建国", "后来加的"])
    # and back again
    bk.restore(db_path, saved)
    assert names(db_path) == sorted(["张建国", "后来加的"])


def test_restore_refuses_a_damaged_backup_and_leaves_the_file(db: Database, db_path: Path, branch_id: str,
                                                             tmp_path: Path) -> None:
    add(db, branch_id, "张建国")
    db.dispose()
    bad = tmp_path / "坏备份.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="已损坏"):
        bk.restore(db_path, bad)
    assert db_path.read_bytes() == before
    assert not list((db_path.parent / "backups").glob("*恢复前*"))


def test_restore_refuses_a_backup_from_a_newer_version(db: Database, db_path: Path, branch_id: str,
                                                       tmp_path: Path) -> None:
    newer = bk.make_backup(db_path, bk.MANUAL).path
    with sqlite3.connect(newer) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        bk.restore(db_path, newer)
    assert db_path.read_bytes() == before


def test_restore_over_a_damaged_file_keeps_a_raw_copy_and_its_journal(db: Database, db_path: Path,
                                                                      branch_id: str) -> None:
    add(db, branch_id, "张建国")
    good = bk.make_backup(db_path, bk.MANUAL).path
    db.dispose()
    damaged = b"SQLite format 3\x00" + b"\x00" * 100 + b"garbage" * 500
    db_path.write_bytes(damaged)
    journal = db_path.with_name(db_path.name + "-journal")
    journal.write_bytes(b"old journal")
    saved = bk.restore(db_path, good)
    assert saved is not None and "损坏" in saved.name and saved.read_bytes() == damaged
    assert not journal.exists()
    assert saved.with_name(saved.name + "-journal").read_bytes() == b"old journal"
    assert names(db_path) == ["张建国"]


def test_change_marker_moves_with_every_saved_change(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        before = bk.change_marker(s)
    add(db, branch_id, "张建国")
    with db.session_scope() as s:
        assert bk.change_marker(s) != before


# --- command line -------------------------------------------------------------------------------
def test_cli_backup_restore_and_check(db: Database, db_path: Path, branch_id: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    add(db, branch_id, "张建国")
    db.dispose()
    usb = tmp_path / "U盘"
    assert cli.main(["backup", "--db", str(db_path), "--to", str(usb)]) == 0
    [copy] = list(usb.glob("*.sqlite3"))
    assert "已备份并校验" in capsys.readouterr().out and names(copy) == ["张建国"]

    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE person SET name = '改过的'")
    assert cli.main(["restore", "--db", str(db_path), "--from", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "原来的数据文件已先保存为" in out and names(db_path) == ["张建国"]

    assert cli.main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "完整性检查：通过" in out and "与本软件一致" in out and "人员 1 人" in out


def test_cli_check_reports_damage_and_newer_schema(tmp_path: Path, db: Database, db_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    assert cli.main(["check", "--db", str(db_path)]) == 1
    assert "比本软件" in capsys.readouterr().out
    bad = tmp_path / "坏.sqlite3"
    bad.write_bytes(b"not a database" * 300)
    assert cli.main(["check", "--db", str(bad)]) == 1
    assert "未通过" in capsys.readouterr().out


def test_cli_restore_of_a_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["restore", "--db", str(tmp_path / "a.sqlite3"), "--from", str(tmp_path / "无.sqlite3")]) == 2
    assert "找不到备份文件" in capsys.readouterr().err


def test_restore_refused_while_the_app_holds_the_lock(db: Database, db_path: Path, branch_id: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import json
    import os
    import socket

    backup = bk.make_backup(db_path, bk.MANUAL).path
    lock = db_path.with_name(db_path.name + ".lock")
    lock.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname()}), encoding="utf-8")
    assert cli.main(["restore", "--db", str(db_path), "--from", str(backup)]) == 2
    assert "已经打开" in capsys.readouterr().err
    assert names(db_path) == []
