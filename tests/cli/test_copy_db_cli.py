"""copy-db from the command line: a branch's file to a server (or another file) and back, with a summary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services import copy_db
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from tests.services.test_exchange import PHOTO, make_side


@pytest.fixture
def branch_file(db: Database, db_path: Path, branch_id: str, tmp_path: Path) -> Path:
    make_side(db, db_path, branch_id, tmp_path)
    db.dispose()
    return db_path


@pytest.fixture(params=("sqlite", "postgresql"))
def middle(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "中转" / "中转.sqlite3")


def test_copy_there_and_back_prints_what_was_checked(branch_file: Path, middle: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["copy-db", "--from", str(branch_file), "--to", middle]) == 0
    out = capsys.readouterr().out
    assert "逐表核对行数和内容校验值：一致" in out
    assert "person：3 行" in out and "附件 1 个（本次写入 1 个" in out

    back = tmp_path / "回来" / "台账.sqlite3"
    assert cli.main(["copy-db", "--from", middle, "--to", str(back)]) == 0
    assert "附件 1 个（本次写入 1 个" in capsys.readouterr().out
    a, b = Database.open(branch_file), Database.open(back)
    try:
        assert copy_db.compare(a.engine, b.engine) == []
    finally:
        a.dispose()
        b.dispose()
    photos = list(meeting_attachments.attachments_dir(back).rglob("*.png"))
    assert [p.read_bytes() for p in photos] == [PHOTO]
    if os.name == "posix":  # the new data file holds personal records: its owner's only
        assert back.stat().st_mode & 0o077 == 0


def test_a_target_with_records_is_refused_unless_told_to_merge(branch_file: Path, middle: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["copy-db", "--from", str(branch_file), "--to", middle]) == 0
    capsys.readouterr()
    assert cli.main(["copy-db", "--from", str(branch_file), "--to", middle]) == 2
    err = capsys.readouterr().err
    assert "目标数据库中已有" in err and "--merge" in err
    assert cli.main(["copy-db", "--from", str(branch_file), "--to", middle, "--merge"]) == 0
    out = capsys.readouterr().out
    assert "已合并" in out and "新增 0 条" in out and "核对一致" in out  # the same records again: nothing added
    a, b = Database.open(branch_file), Database.open(middle)
    try:
        assert copy_db.compare(a.engine, b.engine) == []
    finally:
        a.dispose()
        b.dispose()


def test_a_missing_source_file_is_refused_and_no_target_is_left(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "新.sqlite3"
    assert cli.main(["copy-db", "--from", str(tmp_path / "没有.sqlite3"), "--to", str(target)]) == 2
    assert "找不到数据文件" in capsys.readouterr().err
    assert not target.exists()


def test_a_failed_copy_leaves_no_new_target_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "空.sqlite3"
    source.write_bytes(b"")
    target = tmp_path / "新.sqlite3"
    assert cli.main(["copy-db", "--from", str(source), "--to", str(target)]) == 2
    assert "不是支部台账的数据库" in capsys.readouterr().err
    assert not target.exists()
