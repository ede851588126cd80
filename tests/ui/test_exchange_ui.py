"""文件 → 导出数据包 / 导入数据包: the secretary is told where the package may go; the township confirms a new
branch's fingerprint before anything is imported, and is told which 定稿 changes were not applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.services import branches
from dangjian_desktop.services.exchange import keys
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.main_window import MainWindow
from tests.factories import person_input


@pytest.fixture
def township(tmp_path: Path) -> Path:
    path = tmp_path / "乡镇" / "汇总.sqlite3"
    path.parent.mkdir()
    db = Database.open(path)
    upgrade(db.engine, path)
    with db.session_scope() as s:
        branches.create_branch(s, branches.BranchInput(name="中共测试镇机关党支部", kind="机关",
                                                       election_date=date(2024, 1, 1)))
    db.dispose()
    return path


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    win = create_main_window(path)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def branch_window(qtbot: QtBot, db: Database, db_path: Path, branch_id: str) -> Iterator[MainWindow]:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("王建国"))
    db.dispose()
    win = _window(qtbot, db_path)
    yield win
    win.close()


def test_export_then_import_with_the_fingerprint_confirmed(branch_window: MainWindow, qtbot: QtBot, township: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    shown: list[str] = []
    target = tmp_path / "U盘" / "测试村数据包"
    target.parent.mkdir()
    monkeypatch.setattr(branch_window.dialogs, "confirm", lambda text, *_a: asked.append(text) or True)
    monkeypatch.setattr(branch_window.dialogs, "save_file", lambda *_a: target)
    monkeypatch.setattr(branch_window.dialogs, "info_with_folder", lambda text, *_a: shown.append(text))
    branch_window.export_package_action.trigger()
    package = target.with_name("测试村数据包.zip")
    assert package.is_file()
    assert "内部资料" in asked[0] and "乡镇党委" in asked[0]
    fingerprint = keys.fingerprint(keys.public_b64(keys.load_or_create_key()))  # this computer's key
    groups = fingerprint.split(" ")
    assert f"本机密钥指纹：\n　　{' '.join(groups[:4])}\n　　{' '.join(groups[4:])}\n" in shown[0]

    town = _window(qtbot, township)
    try:
        confirms: list[str] = []
        infos: list[str] = []
        monkeypatch.setattr(town.dialogs, "open_files", lambda *_a: [package])
        monkeypatch.setattr(town.dialogs, "confirm", lambda text, *_a: confirms.append(text) or False)
        monkeypatch.setattr(town.dialogs, "report", lambda text, *_a, **_k: infos.append(text))
        town.import_package_action.trigger()
        assert " ".join(confirms[0].replace("　", " ").split()).count(fingerprint) == 1
        with sqlite3.connect(township) as con:  # not confirmed: nothing imported
            assert con.execute("SELECT count(*) FROM person").fetchone() == (0,)
        assert infos[-1].startswith("测试村数据包.zip\n未导入：没有确认“中共测试村党支部”的密钥指纹")

        monkeypatch.setattr(town.dialogs, "confirm", lambda text, *_a: confirms.append(text) or True)
        town.import_package_action.trigger()
        assert infos[-1].startswith("测试村数据包.zip（中共测试村党支部）\n") and "只能查看" in infos[-1]
        assert "已导入（第一次导入这个支部，已登记它的密钥）：人员新增1人。" in infos[-1]
        with sqlite3.connect(township) as con:
            assert con.execute("SELECT name FROM person").fetchall() == [("王建国",)]
            assert con.execute("SELECT read_only FROM branch WHERE name = '中共测试村党支部'").fetchone() == (1,)
        assert any("中共测试村党支部" in a.text() for a in town.switch_menu.actions())
    finally:
        town.close()
