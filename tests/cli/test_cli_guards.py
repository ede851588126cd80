"""The command line respects what guards the window: the lock (no writing while the window has the file
open) and the start-up password (no records out without it)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services import password
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

HOLD = ("import sys, time; from pathlib import Path; from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock; "
        "DatabaseLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)")


@pytest.fixture
def window_open(db_path: Path) -> Iterator[None]:
    """Another process (the window) holds the database's lock."""
    with subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            yield
        finally:
            child.kill()


def count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as con:
        return int(con.execute("SELECT count(*) FROM person").fetchone()[0])


def test_import_members_refuses_while_the_window_has_the_file_open(
        db: Database, db_path: Path, branch_id: str, samples_dir: Path, window_open: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    code = cli.main(["import-members", "--db", str(db_path), str(samples_dir / "党员花名册_样例.xlsx"), "--skip-bad"])
    assert code == 2
    assert "已经打开了这个数据文件" in capsys.readouterr().err
    assert count(db_path) == 0


def test_import_members_writes_when_nobody_holds_the_file(db: Database, db_path: Path, branch_id: str,
                                                          samples_dir: Path) -> None:
    db.dispose()
    cli.main(["import-members", "--db", str(db_path), str(samples_dir / "党员花名册_样例.xlsx"), "--skip-bad"])
    assert count(db_path) > 0
    assert not db_path.with_name(db_path.name + ".lock").exists()  # released afterwards


@pytest.fixture
def protected(db: Database, db_path: Path, branch_id: str) -> Path:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国"))
        password.set_password(s, "正确密码", "正确密码")
    db.dispose()
    return db_path


def test_export_members_needs_the_password(protected: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "花名册.xlsx"
    monkeypatch.delenv("DANGJIAN_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", open(Path(__file__)))  # not a terminal: nobody to ask  # noqa: SIM115
    assert cli.main(["export-members", "--db", str(protected), "--out", str(out)]) == 2
    assert "启动密码" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("DANGJIAN_PASSWORD", "不对")
    assert cli.main(["export-members", "--db", str(protected), "--out", str(out)]) == 2
    assert "密码不对" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("DANGJIAN_PASSWORD", "正确密码")
    assert cli.main(["export-members", "--db", str(protected), "--out", str(out)]) == 0
    assert out.exists()
    sys.stdin.close()


def test_print_case_needs_the_password_asked_on_the_terminal(protected: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import getpass

    monkeypatch.delenv("DANGJIAN_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or "不对")
    out = tmp_path / "事项.pdf"
    assert cli.main(["print-case", "--db", str(protected), "--id", "任意", "--out", str(out)]) == 2
    assert asked == ["启动密码："] and "密码不对" in capsys.readouterr().err and not out.exists()
