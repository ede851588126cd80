"""Attachments on a server live in its database: a second computer (another data folder) sees and opens a
photo the first one added; a SQLite file keeps its files beside it and its attachment_blob table empty."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.services.exchange.package import export_package
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from tests.conftest import PostgresServer
from tests.services.test_exchange import PHOTO, BranchSide, make_side, make_town


def blobs(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM attachment_blob")).scalar_one())


def reopened(db: Database, request: pytest.FixtureRequest) -> Database:
    """The same database as another computer opens it (a file: the same file)."""
    return Database.open(db.path if db.path is not None else request.getfixturevalue("pg_url"))


def test_a_second_computer_opens_the_photo_the_first_added(db: Database, db_path: Path, branch_id: str,
                                                            tmp_path: Path, backend: str,
                                                            request: pytest.FixtureRequest) -> None:
    side = make_side(db, db_path, branch_id, tmp_path)  # the photo added through this computer's folder
    elsewhere = tmp_path / "另一台电脑" / "attachments"
    other = reopened(db, request)
    try:
        with other.session_scope() as s:
            [att] = meeting_attachments.list_attachments(s, side.meeting_id)
            found = meeting_attachments.local_file(s, elsewhere, att.sha256, att.ext)
            beside = meeting_attachments.local_file(s, side.attachments, att.sha256, att.ext)
        assert beside is not None and beside.read_bytes() == PHOTO
        if backend == "postgresql":
            assert blobs(db) == 1  # the bytes are in the database, read into the other computer's folder
            assert found is not None and found.is_relative_to(elsewhere) and found.read_bytes() == PHOTO
        else:
            assert blobs(db) == 0  # a file keeps its attachments beside it (one folder for everyone using it)
            assert found is None
    finally:
        other.dispose()


def test_damaged_bytes_in_the_database_are_not_shown(db: Database, db_path: Path, branch_id: str, tmp_path: Path,
                                                     backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("a file keeps no bytes in its database")
    side = make_side(db, db_path, branch_id, tmp_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_blob SET data = :d"), {"d": b"not the photo"})
    with db.session_scope() as s:
        [att] = meeting_attachments.list_attachments(s, side.meeting_id)
        assert meeting_attachments.local_file(s, tmp_path / "别处", att.sha256, att.ext) is None


def test_a_package_exported_on_another_computer_carries_the_photo_and_a_server_import_keeps_it(
        db: Database, db_path: Path, branch_id: str, tmp_path: Path, backend: str,
        request: pytest.FixtureRequest) -> None:
    side = make_side(db, db_path, branch_id, tmp_path)
    out = tmp_path / "数据包.zip"
    elsewhere = tmp_path / "另一台电脑" / "attachments"
    root = elsewhere if backend == "postgresql" else side.attachments
    with db.session_scope() as s:
        result = export_package(s, branch_id=branch_id, out=out, attachments_root=root, key_dir=side.key_dir)
    assert result.attachments == 1 and not result.missing_attachments
    with zipfile.ZipFile(out) as zf:
        assert [zf.read(n) for n in zf.namelist() if n.startswith("attachments/")] == [PHOTO]
    if backend != "postgresql":
        town = make_town(tmp_path)
        try:
            assert town.take(out).files_written == 1 and blobs(town.db) == 0
        finally:
            town.db.dispose()
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.migrated_database()
    town_db = Database.open(server.url_of(name))
    try:
        from dangjian_desktop.services.exchange.merge import import_file

        with town_db.session_scope() as s:
            import_file(s, out, attachments_root=tmp_path / "乡镇电脑" / "attachments")
        assert blobs(town_db) == 1
        with town_db.session_scope() as s:
            [att] = meeting_attachments.list_attachments(s, side.meeting_id)
            seen = meeting_attachments.local_file(s, tmp_path / "乡镇另一台电脑", att.sha256, att.ext)
        assert seen is not None and seen.read_bytes() == PHOTO
    finally:
        town_db.dispose()
        server.drop(name)


def test_photos_added_before_the_database_kept_them_are_uploaded_by_the_computer_that_has_them(
        db: Database, db_path: Path, branch_id: str, tmp_path: Path, backend: str) -> None:
    side: BranchSide = make_side(db, db_path, branch_id, tmp_path)
    if backend != "postgresql":
        with db.session_scope() as s:
            assert meeting_attachments.upload_missing(s, side.attachments) == 0
        assert blobs(db) == 0
        return
    with db.engine.begin() as conn:  # as an attachment added before revision 0015 was
        conn.execute(text("DELETE FROM attachment_blob"))
    elsewhere = tmp_path / "另一台电脑"
    with db.session_scope() as s:
        [att] = meeting_attachments.list_attachments(s, side.meeting_id)
        assert meeting_attachments.local_file(s, elsewhere, att.sha256, att.ext) is None
        assert meeting_attachments.upload_missing(s, elsewhere) == 0  # that computer does not have it
    with db.session_scope() as s:
        assert meeting_attachments.upload_missing(s, side.attachments) == 1
    with db.session_scope() as s:
        assert meeting_attachments.upload_missing(s, side.attachments) == 0  # once
        path = meeting_attachments.local_file(s, elsewhere, att.sha256, att.ext)
    assert path is not None and path.read_bytes() == PHOTO
