"""backup and restore on a database server: a verified copy into a new data file, and back into an empty
server database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services import copy_db
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from tests.conftest import PostgresServer
from tests.services.test_exchange import PHOTO, make_side


@pytest.fixture
def server_with_branch(db: Database, db_path: Path, branch_id: str, tmp_path: Path, pg_url: str) -> str:
    """A server database holding a branch (people, a 定稿 meeting with its photo), copied from a file."""
    make_side(db, db_path, branch_id, tmp_path)
    db.dispose()
    assert cli.main(["copy-db", "--from", str(db_path), "--to", pg_url]) == 0
    return pg_url


def test_backup_then_restore_into_an_empty_server_database(server_with_branch: str, pg_server: PostgresServer,
                                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    folder = tmp_path / "U盘" / "备份"
    assert cli.main(["backup", "--db", server_with_branch, "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "已备份并校验" in out and "人员 3 人" in out and "附件 1 个" in out
    [backup] = folder.glob("*.sqlite3")
    assert [p.read_bytes() for p in meeting_attachments.attachments_dir(backup).rglob("*.png")] == [PHOTO]

    empty = pg_server.empty_database()
    try:
        url = pg_server.url_of(empty)
        before = backup.read_bytes()
        assert cli.main(["restore", "--db", url, "--from", str(backup)]) == 0
        assert "逐表核对一致，附件 1 个" in capsys.readouterr().out
        assert backup.read_bytes() == before  # the backup file is read, never changed
        a, b = Database.open(server_with_branch), Database.open(url)
        try:
            assert copy_db.compare(a.engine, b.engine) == []
            with b.session_scope() as s:  # the photo is in the restored database: any computer opens it
                [sha] = s.exec(text("SELECT sha256 FROM meeting_attachment")).scalars()  # type: ignore[call-overload]
                path = meeting_attachments.local_file(s, tmp_path / "另一台电脑", sha, ".png")
            assert path is not None and path.read_bytes() == PHOTO
        finally:
            a.dispose()
            b.dispose()
        # a second restore into the now filled database is refused, and changes nothing
        assert cli.main(["restore", "--db", url, "--from", str(backup)]) == 2
        assert "目标数据库中已有" in capsys.readouterr().err
    finally:
        pg_server.drop(empty)


def test_backup_to_a_named_file_which_must_be_new(server_with_branch: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "服务器备份.sqlite3"
    assert cli.main(["backup", "--db", server_with_branch, "--out", str(out)]) == 0
    a, b = Database.open(server_with_branch), Database.open(out)
    try:
        assert copy_db.compare(a.engine, b.engine) == []
    finally:
        a.dispose()
        b.dispose()
    size = out.stat().st_size
    assert cli.main(["backup", "--db", server_with_branch, "--out", str(out)]) == 2
    assert "备份文件已存在" in capsys.readouterr().err and out.stat().st_size == size


def test_a_damaged_backup_is_not_restored(pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "坏的.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert cli.main(["restore", "--db", pg_url, "--from", str(bad)]) == 2
    assert "已损坏" in capsys.readouterr().err
    target = Database.open(pg_url)
    try:
        with target.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar_one() == 0
    finally:
        target.dispose()


def test_check_still_refuses_a_server_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--db", "sqlite:///台账.sqlite3"]) == 2
    assert "只适用于数据库文件" in capsys.readouterr().err
