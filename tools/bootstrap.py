"""Set up a development machine and run the application or the test suite.

Standard library only: this module runs before any dependency is installed.

    python3 -m tools.bootstrap          # set up what is missing, then start the app
    python3 -m tools.bootstrap test     # set up what is missing, then lint, type-check, test

Extra arguments after ``run`` go to the application, after ``test`` to pytest.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-deps"

# Debian packages: what Qt needs to start, and the TrueType CJK font for PDFs.
APP_DEBS = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-image0", "libxcb-xinerama0", "fonts-wqy-zenhei",
    "fonts-hanazono", "fonts-symbola",  # PDFs: CJK Extension B names (𠮷 𪚥), emoji
]
# What the tests use besides: pdffonts/pdftotext, LibreOffice for .docx → PDF, Xvfb for screenshots,
# and a PostgreSQL server (with pg_trgm from contrib) for the tests that run on both databases.
TEST_DEBS = ["poppler-utils", "libreoffice-writer-nogui", "xvfb", "postgresql", "postgresql-contrib"]
PG_URL_ENV = "DJ_TEST_PG_URL"


def _say(msg: str) -> None:
    print(f"[bootstrap] {msg}", flush=True)


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _missing_debs(packages: list[str]) -> list[str]:
    missing = []
    for pkg in packages:
        r = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in r.stdout:
            missing.append(pkg)
    return missing


def ensure_system_packages(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = _missing_debs(packages)
    if not missing:
        return
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if shutil.which("sudo") is None:
            _say("缺少系统软件包，请以 root 身份安装：apt-get install -y " + " ".join(missing))
            return
        prefix = ["sudo"]
    _say("安装系统软件包：" + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True, env=env,
    )


def _find_python311() -> str:
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    for name in ("python3.11", "py"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("需要 Python 3.11（Python 3.11 is required）")


def ensure_venv(extras: str) -> Path:
    py = _venv_python()
    if not py.exists():
        _say(f"创建虚拟环境 {VENV}")
        base = _find_python311()
        if base == sys.executable:
            venv.EnvBuilder(with_pip=True).create(VENV)
        else:
            subprocess.run([base, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    have = STAMP.read_text(encoding="utf-8").strip() if STAMP.exists() else ""
    if have != wanted:
        target = f"{ROOT}[{extras}]" if extras else str(ROOT)
        _say("安装 Python 依赖 …")
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "-e", target], check=True)
        STAMP.write_text(wanted, encoding="utf-8")
    return py


def run_app(args: list[str]) -> int:
    ensure_system_packages(APP_DEBS)
    py = ensure_venv("dev")
    return subprocess.call([str(py), "-m", "dangjian_desktop", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    ensure_system_packages(APP_DEBS + TEST_DEBS)
    py = ensure_venv("dev")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    steps = [
        ("ruff", [str(py), "-m", "ruff", "check", "."]),
        ("mypy", [str(py), "-m", "mypy"]),
        ("pytest", [str(py), "-m", "pytest", *args]),
    ]
    with _test_server(env):
        for name, cmd in steps:
            _say(f"运行 {name}")
            rc = subprocess.call(cmd, cwd=ROOT, env=env)
            if rc != 0:
                _say(f"{name} 失败（退出码 {rc}）")
                return rc
    _say("全部通过")
    return 0


@contextlib.contextmanager
def _test_server(env: dict[str, str]) -> Iterator[None]:
    """A throwaway PostgreSQL cluster for the tests that run on both databases, stopped and removed
    afterwards (also on failure). An address already in DJ_TEST_PG_URL is used as it is. Anything that
    stops the cluster from starting ends the run: the PostgreSQL half of the suite must not go missing."""
    if env.get(PG_URL_ENV):
        _say(f"PostgreSQL：使用 {PG_URL_ENV} 给出的服务器")
        yield
        return
    if not sys.platform.startswith("linux"):
        _say(f"PostgreSQL：本机不自动启动测试服务器，数据库服务器上的测试将跳过（可设置 {PG_URL_ENV}）")
        yield
        return
    from tools.pg_cluster import Cluster, ClusterError

    cluster = Cluster()
    try:
        try:
            env[PG_URL_ENV] = cluster.start()
        except (ClusterError, OSError) as exc:
            raise SystemExit(f"[bootstrap] 无法启动测试用的 PostgreSQL：{exc}") from exc
        _say(f"PostgreSQL 测试服务器：{cluster.root}")
        yield
    finally:
        cluster.stop()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv.pop(0) if argv and argv[0] in ("run", "test") else "run"
    if command == "test":
        return run_tests(argv)
    return run_app(argv)


if __name__ == "__main__":
    raise SystemExit(main())
