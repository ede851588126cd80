"""The command line is honest: an unknown word is an error, not a window; --db means the same everywhere."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from dangjian_desktop import app as app_module
from dangjian_desktop import cli
from dangjian_desktop.cli import common


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, list[str]]]:
    """The windows main() would open: (database, Qt arguments) instead of a real window."""
    opened: list[tuple[object, list[str]]] = []

    def fake_run_gui(target: object, qt_args: list[str]) -> int:
        opened.append((target, qt_args))
        return 0

    monkeypatch.setattr(app_module, "run_gui", fake_run_gui)
    return opened


@pytest.mark.parametrize(("argv", "meant"), [
    (["improt-members", "名册.xlsx"], "import-members"),
    (["--db", "台账.sqlite3", "exprot", "--year", "2026"], "export"),
    (["sign-in", "--meeting", "1"], "sign-in-sheet"),
])
def test_a_misspelt_command_is_an_error_with_the_nearest_match(
        argv: list[str], meant: str, windows: list, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert f"没有“{argv[2] if argv[0] == '--db' else argv[0]}”这个命令" in err
    assert f"是不是想用：{meant}" in err
    assert all(name in err for name in ("demo", "import-members", "check-year", "restore"))
    assert windows == []


def test_an_unknown_word_without_a_near_match_lists_the_commands(windows: list,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["xyzzy"]) == 2
    err = capsys.readouterr().err
    assert "是不是想用" not in err
    assert "可用的命令：demo、" in err
    assert windows == []


def test_no_command_opens_the_window_with_the_db_and_the_qt_options(windows: list, tmp_path: Path) -> None:
    assert cli.main(["--db", str(tmp_path / "台账.sqlite3"), "-style", "fusion"]) == 0
    assert windows == [(tmp_path / "台账.sqlite3", ["-style", "fusion"])]
    assert cli.main([]) == 0
    assert windows[-1] == (None, [])


def test_db_before_the_command_is_the_same_as_after(windows: list, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "没有.sqlite3"
    assert cli.main(["--db", str(missing), "check"]) == 1
    before = capsys.readouterr().out
    assert cli.main(["check", "--db", str(missing)]) == 1
    assert capsys.readouterr().out == before
    assert windows == []


def test_db_accepts_a_file_or_a_url() -> None:
    assert common.db_target("D:/党建/台账.sqlite3") == Path("D:/党建/台账.sqlite3")
    assert common.db_target("sqlite:///台账.sqlite3") == "sqlite:///台账.sqlite3"
    with pytest.raises(argparse.ArgumentTypeError, match="无法识别的数据库地址"):
        common.db_target("://nothing")


def test_a_url_this_computer_cannot_use_is_refused_in_chinese_without_the_password(
        windows: list, capsys: pytest.CaptureFixture[str]) -> None:
    url = "nosuchdb+nodriver://书记:密码123@server/台账"
    with pytest.raises(argparse.ArgumentTypeError, match="本机无法连接这种数据库") as refused:
        common.db_target(url)
    assert "密码123" not in str(refused.value)
    for argv in (["--db", url], ["cases", "--db", url], ["--db", url, "cases"]):
        with pytest.raises(SystemExit) as exited:
            cli.main(argv)
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert "本机无法连接这种数据库" in err and "密码123" not in err
    assert windows == []


def test_the_file_commands_refuse_a_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--db", "sqlite:///台账.sqlite3"]) == 2
    assert "只适用于数据库文件" in capsys.readouterr().err


def test_db_is_defined_once_for_every_command() -> None:
    parser, handlers = cli.build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    with_db = {}
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            if "--db" in action.option_strings:
                with_db[name] = action.type
    assert set(with_db) == set(handlers) - {"verify", "copy-db"}  # copy-db: --from and --to, read the same way
    copy = subparsers.choices["copy-db"]
    assert {a.type for a in copy._actions if {"--from", "--to"} & set(a.option_strings)} == {common.db_target}
    assert set(with_db.values()) == {common.db_target}
    assert next(a for a in parser._actions if "--db" in a.option_strings).type is common.db_target
