"""One running instance per database: a lock file next to it (``<name>.lock``).

The file holds the process id, when that process started and the computer name. A lock left behind
by a crash does not block: if it names this computer and that process is no longer running — or the
id now belongs to another process, started at another time — it is taken over. A lock from another
computer (a database on a shared folder) is respected. Every writer takes it: the window and the
commands that change the database (import-members, demo, restore, check --repair).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
from pathlib import Path

from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)


class AlreadyOpenError(UserError):
    """Another running copy of the application has this database open."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _host() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (Windows and POSIX)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def process_started(pid: int) -> int | None:
    """When process ``pid`` started, as an opaque number that differs between two processes that had
    the same id one after the other; None if it cannot be told (then the id alone is trusted)."""
    if pid <= 0:
        return None
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return None
        try:
            times = [wintypes.FILETIME() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                return None
            return (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime  # creation time
        finally:
            kernel32.CloseHandle(handle)
    try:  # Linux: field 22 of /proc/PID/stat, clock ticks after boot (the name in field 2 may hold spaces)
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def holder_running(holder: dict[str, object]) -> bool:
    """Whether the process a lock names (on this computer) is still the one that took it."""
    pid = holder.get("pid")
    if not isinstance(pid, int) or not pid_alive(pid):
        return False
    started = holder.get("started")
    if isinstance(started, int):
        now = process_started(pid)
        if now is not None and now != started:
            return False  # the id was given to another process after the holder ended
    return True


def _holder(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # half-written or unreadable: treated as stale
    return data if isinstance(data, dict) else None


class DatabaseLock:
    """Held while the window has the database open. ``acquire()`` raises AlreadyOpenError."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.held = False
        self.took_over = False  # a lock left by a crash was taken over: the last session did not end cleanly

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"pid": os.getpid(), "host": _host(), "started": process_started(os.getpid())}, f)
        return True

    def acquire(self) -> None:
        for _attempt in range(3):
            try:
                if self._create():
                    self.held = True
                    return
            except OSError as exc:
                if not os.access(self.path.parent, os.W_OK):
                    return  # a read-only folder: nothing can be saved there anyway; the start-up check says so
                raise UserError(f"无法在数据文件旁建立锁文件：{self.path}", detail=str(exc)) from exc
            holder = _holder(self.path)
            pid = holder.get("pid") if holder else None
            host = holder.get("host") if holder else None
            if holder is not None and isinstance(pid, int) and pid != os.getpid() and (
                    host != _host() or holder_running(holder)):
                where = "" if host == _host() else f"（在电脑“{host}”上）"
                raise AlreadyOpenError(f"支部台账已经打开了这个数据文件{where}，或者正在用命令处理它。"
                                       "请切换到已经打开的窗口（看看任务栏），或等命令做完再试。",
                                       detail=str(self.path))
            log.warning("taking over a stale lock %s (%s)", self.path, holder)
            self.took_over = True
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        raise AlreadyOpenError("支部台账已经打开了这个数据文件。", detail=str(self.path))

    def release(self) -> None:
        if self.held:
            holder = _holder(self.path)
            if holder is not None and holder.get("pid") == os.getpid():
                try:
                    self.path.unlink()
                except OSError as exc:
                    log.warning("could not remove lock %s: %s", self.path, exc)
            self.held = False
