"""One running instance per database: the lock file, a second start, a lock left by a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop.db.dialect.sqlite.lock import (
    AlreadyOpenError,
    DatabaseLock,
    lock_path,
    pid_alive,
    process_started,
)


def test_lock_is_taken_and_released(tmp_path: Path) -> None:
    db = tmp_path / "台账.sqlite3"
    lock = DatabaseLock(db)
    lock.acquire()
    data = json.loads(lock_path(db).read_text(encoding="utf-8"))
    assert data == {"pid": os.getpid(), "host": socket.gethostname(), "started": process_started(os.getpid())}
    assert sys.platform != "linux" or isinstance(data["started"], int)
    lock.release()
    assert not lock_path(db).exists()


def test_second_instance_is_told_the_app_is_already_open(tmp_path: Path) -> None:
    db = tmp_path / "台账.sqlite3"
    code = ("import sys, time; from pathlib import Path; from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock; "
            "DatabaseLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)")
    with subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            with pytest.raises(AlreadyOpenError, match="已经打开"):
                DatabaseLock(db).acquire()
        finally:
            child.kill()
    # the first instance died without releasing: its lock is stale and does not block
    assert lock_path(db).exists()
    lock = DatabaseLock(db)
    lock.acquire()
    assert json.loads(lock_path(db).read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()


def test_a_garbled_lock_file_does_not_block(tmp_path: Path) -> None:
    db = tmp_path / "台账.sqlite3"
    lock_path(db).write_bytes(b"\x00\x01half")
    lock = DatabaseLock(db)
    lock.acquire()
    assert lock.held
    lock.release()


def test_a_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    db = tmp_path / "台账.sqlite3"
    lock_path(db).write_text(json.dumps({"pid": 1, "host": "另一台电脑"}), encoding="utf-8")
    with pytest.raises(AlreadyOpenError, match="另一台电脑"):
        DatabaseLock(db).acquire()


def test_release_leaves_a_lock_taken_over_by_someone_else(tmp_path: Path) -> None:
    db = tmp_path / "台账.sqlite3"
    lock = DatabaseLock(db)
    lock.acquire()
    lock_path(db).write_text(json.dumps({"pid": os.getpid() + 1, "host": "x"}), encoding="utf-8")
    lock.release()
    assert lock_path(db).exists()


def test_pid_alive() -> None:
    assert pid_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid) and not pid_alive(0)


def test_a_stale_lock_whose_id_now_belongs_to_another_process_does_not_block(tmp_path: Path) -> None:
    """The app crashed; later its process id was given to some other program (here: this test's parent)."""
    db = tmp_path / "台账.sqlite3"
    other = os.getppid()
    started = process_started(other)
    if started is None:
        pytest.skip("process start times cannot be read here")
    lock_path(db).write_text(json.dumps({"pid": other, "host": socket.gethostname(), "started": started - 1}),
                             encoding="utf-8")
    lock = DatabaseLock(db)
    lock.acquire()
    assert json.loads(lock_path(db).read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()


def test_a_lock_held_by_a_running_instance_still_blocks_and_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "台账.sqlite3"
    other = os.getppid()
    lock_path(db).write_text(json.dumps({"pid": other, "host": socket.gethostname(),
                                         "started": process_started(other)}), encoding="utf-8")
    with pytest.raises(AlreadyOpenError) as err:
        DatabaseLock(db).acquire()
    assert "切换到已经打开的窗口" in err.value.message and "重新启动电脑" not in err.value.message
