"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a server that listens
only on a Unix socket in that folder, removed again afterwards.

Standard library only (it runs from tools/bootstrap.py before the virtual environment exists).

    python3 -m tools.pg_cluster          # start one, print its URL, stop it on Enter

initdb and the server refuse to run as root: as root they run as the ``postgres`` user (created by the
Debian package) through ``runuser``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

PG_DEBS = ["postgresql", "postgresql-contrib"]
SUPERUSER = "postgres"


class ClusterError(RuntimeError):
    """The cluster could not be set up (said loudly: the PostgreSQL tests would otherwise not run)."""


def pg_bin_dir() -> Path:
    """The newest installed server's bin folder (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ClusterError("找不到 PostgreSQL 的 initdb（请安装 postgresql 软件包）")


def _as_server_user() -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise ClusterError("以 root 运行时需要 runuser 才能以 postgres 用户启动数据库")
        return ["runuser", "-u", SUPERUSER, "--"]
    return []


def _run(cmd: list[str], log: Path) -> None:
    with log.open("ab") as out:
        rc = subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT)
    if rc != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        program = Path(cmd[cmd.index("--") + 1] if "--" in cmd else cmd[0]).name
        raise ClusterError(f"{program} failed ({rc}):\n{tail}")


class Cluster:
    """One temporary cluster. ``url`` is a SQLAlchemy URL of its ``postgres`` database."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or tempfile.mkdtemp(prefix="dj-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log = self.root / "server.log"
        self.bin = pg_bin_dir()
        self.running = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/postgres?host={self.socket_dir}"

    def start(self) -> str:
        prefix = _as_server_user()
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if prefix:
            shutil.chown(self.root, SUPERUSER)
            shutil.chown(self.socket_dir, SUPERUSER)
        self.log.touch()
        if prefix:
            shutil.chown(self.log, SUPERUSER)
        _run([*prefix, str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
              "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], self.log)
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   "-c shared_buffers=64MB")
        _run([*prefix, str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
              "-o", options, "start"], self.log)
        self.running = True
        return self.url

    def stop(self) -> None:
        if self.running:
            with contextlib.suppress(Exception):
                subprocess.call([*_as_server_user(), str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                                 "immediate", "-w", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


if __name__ == "__main__":
    with running_cluster() as c:
        print(c.url, flush=True)
        with contextlib.suppress(EOFError, KeyboardInterrupt):
            sys.stdin.readline()
