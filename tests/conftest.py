"""Shared fixtures: every test gets its own database in tmp_path, built by the real migrations."""

from __future__ import annotations

import contextlib
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
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    upgrade(database.engine, db_path)
    yield database
    database.dispose()


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
