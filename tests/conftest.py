"""Shared fixtures: every test gets its own database, built by the real migrations.

The ``db`` of the modules in BOTH_BACKENDS is a SQLite file in tmp_path and, in a second run of the
test, a fresh PostgreSQL database on the server named by DJ_TEST_PG_URL (``python3 -m tools.bootstrap
test`` starts a throwaway one): each test's database is copied from a template the migrations built
once per test run. Without DJ_TEST_PG_URL the PostgreSQL runs are skipped, saying why.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.services import branches

# shared/ sits beside the checkout (…/main and …/shared), locally and in CI
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
TESTS = Path(__file__).resolve().parent

PG_URL_ENV = "DJ_TEST_PG_URL"  # a PostgreSQL database whose user may create databases
# the tests run on SQLite and on PostgreSQL (the others use SQLite files only)
BOTH_BACKENDS = ("services", "db/test_migrations.py")
BACKENDS = ("sqlite", "postgresql")


def _on_both(path: Path) -> bool:
    relative = path.resolve().relative_to(TESTS).as_posix()
    return any(relative == b or relative.startswith(b + "/") for b in BOTH_BACKENDS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and _on_both(metafunc.definition.path) \
            and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The kind of database ``db`` is: 'sqlite' (a file), or 'postgresql' in the second run of a test of
    BOTH_BACKENDS."""
    name: str = getattr(request, "param", "sqlite")
    if name == "postgresql" and not os.environ.get(PG_URL_ENV):
        pytest.skip(f"PostgreSQL run: {PG_URL_ENV} is not set (python3 -m tools.bootstrap test starts a server)")
    return name


class PostgresServer:
    """The test server: a template database migrated once, then one copy of it per test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"dj_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.counter = itertools.count(1)
        self._template_ready = False

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def empty_database(self) -> str:
        """A new, empty database (for the migration tests)."""
        name = f"{self.prefix}_{next(self.counter)}"
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def migrated_database(self) -> str:
        """A new database at the newest schema, copied from the template."""
        if not self._template_ready:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}"')
            self._execute(f'CREATE DATABASE "{self.template}"')
            template = Database.open(self.url_of(self.template))
            try:
                upgrade(template.engine, None)
            finally:
                template.dispose()
            self._template_ready = True
        name = f"{self.prefix}_{next(self.counter)}"
        # FILE_COPY (PostgreSQL ≥ 15; the only way before) copies the small template's files at once
        strategy = " STRATEGY FILE_COPY" if self.admin.dialect.server_version_info >= (15,) else ""
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"{strategy}')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template_ready:
            self.drop(self.template)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"PostgreSQL run: {PG_URL_ENV} is not set")
    server = PostgresServer(url)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh PostgreSQL database at the newest schema (dropped afterwards)."""
    name = pg_server.migrated_database()
    try:
        yield pg_server.url_of(name)
    finally:
        pg_server.drop(name)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep logs, settings and default databases out of the real user profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))


@pytest.fixture(autouse=True)
def _no_dialog_waiter_left() -> Iterator[None]:
    """A with_dialog whose dialog never opened fails its test instead of polling into the next one."""
    yield
    helpers = sys.modules.get("tests.helpers")
    if helpers is not None:
        left = helpers.disarm_dialog_waiters()
        assert left == 0, f"with_dialog: {left} dialog(s) the test waited for never opened"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The application is offline: any attempt to open a network connection fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the application must not open network connections")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "台账.sqlite3"


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if backend == "postgresql":
        database = Database.open(request.getfixturevalue("pg_url"))
    else:
        db_path = request.getfixturevalue("db_path")
        database = Database.open(db_path)
        upgrade(database.engine, db_path)
    yield database
    database.dispose()


@pytest.fixture
def db_arg(db: Database) -> str:
    """``--db`` for the command line: the test database's file, or its server address."""
    if db.path is not None:
        return str(db.path)
    return db.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def branch_id(db: Database) -> str:
    with db.session_scope() as s:
        changed = branches.create_branch(s, branches.BranchInput(
            name="中共测试村党支部", parent_org="中共测试镇委员会", kind="村",
            election_date=date(2024, 3, 1), committee={"书记": "王建国", "组织委员": "李明"},
            groups=["第一党小组", "第二党小组"],
        ))
    return changed.id


@pytest.fixture
def samples_dir() -> Path:
    if not (SAMPLES / "党员花名册_样例.xlsx").is_file():
        pytest.fail(f"the shared sample files are missing: expected {SAMPLES} beside the checkout")
    return SAMPLES


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the test run: fail the test instead.

    Tests that expect a prompt replace the DialogService method (or QMessageBox) themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> object:
        raise AssertionError(f"unexpected message box: {title}: {text}")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a tiny file system that is all but full (a U盘 with no room)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    mount = tmp_path / "U盘"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=False).returncode:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        with (mount / "别的文件").open("wb") as f, contextlib.suppress(OSError):
            f.write(b"\0" * (256 * 1024 - 8 * 1024))
        yield mount / "备份"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
