"""文件 → 数据包冲突: the clerk sees each change to a 定稿 record that was not applied, both versions side by
side with the differing fields marked, and marks it 已处理 (the held version stays); a branch's new key is
asked for with both fingerprints shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.services.exchange import keys
from dangjian_desktop.ui.exchange_dialog import ConflictsDialog
from dangjian_desktop.ui.main_window import MainWindow
from tests.services.test_exchange import BranchSide, Township, dump, make_side, make_town
from tests.services.test_exchange_hardening import _conflicting_edit, _new_computer


@pytest.fixture
def sides(db: Database, db_path: Path, branch_id: str, tmp_path: Path) -> Iterator[tuple[BranchSide, Township]]:
    side, town = make_side(db, db_path, branch_id, tmp_path), make_town(tmp_path)
    yield side, town
    town.db.dispose()


@pytest.fixture
def town_window(qtbot: QtBot, sides: tuple[BranchSide, Township], tmp_path: Path) -> Iterator[MainWindow]:
    side, town = sides
    _conflicting_edit(side, town, tmp_path)
    town.db.dispose()
    win = create_main_window(town.path)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_both_versions_side_by_side_and_marked_handled(town_window: MainWindow, qtbot: QtBot,
                                                      sides: tuple[BranchSide, Township]) -> None:
    assert town_window.package_conflicts_action.text() == "数据包冲突(&C)…"
    dialog = ConflictsDialog(town_window.db, town_window.dialogs, town_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.rowCount() == 1
    assert [dialog.list.item(0, c).text() for c in (0, 1)] == ["中共测试村党支部", "会议记录"]
    assert "会议名称" in dialog.list.item(0, 3).text() and "地点" in dialog.list.item(0, 3).text()
    rows = {dialog.fields.item(r, 0).text().strip("●　 "): r for r in range(dialog.fields.rowCount())}
    title, host = rows["会议名称"], rows["主持人"]
    assert [dialog.fields.item(title, c).text() for c in (1, 2)] == ["第一季度支部党员大会", "改过的标题"]
    assert dialog.fields.item(title, 0).text().startswith("●")
    assert QFont(dialog.fields.item(title, 2).font()).bold()
    assert dialog.fields.item(title, 2).background().color().name() == "#fff1b8"
    assert not dialog.fields.item(host, 0).text().startswith("●") and not dialog.fields.item(host, 2).font().bold()
    before = dump(town_window.db)

    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.list.rowCount() == 0 and "没有待核对" in dialog.status.text()
    assert not dialog.resolve_button.isEnabled()
    assert dump(town_window.db) == before  # the held (finalized) version stays
    dialog.show_resolved.setChecked(True)
    assert dialog.list.rowCount() == 1 and dialog.list.item(0, 3).text().startswith("已处理")
    assert "标记为已处理" in dialog.status.text() and not dialog.resolve_button.isEnabled()
    dialog.close()


def test_a_new_key_is_asked_for_with_both_fingerprints(qtbot: QtBot, sides: tuple[BranchSide, Township],
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    side, town = sides
    first = town.take(side.export(tmp_path / "1.zip"))
    package = _new_computer(side, tmp_path)
    town.db.dispose()
    win = create_main_window(town.path)
    qtbot.addWidget(win)
    win.show()
    try:
        asked: list[str] = []
        infos: list[str] = []
        monkeypatch.setattr(win.dialogs, "open_files", lambda *_a: [package])
        monkeypatch.setattr(win.dialogs, "confirm", lambda text, *_a: asked.append(text) or False)
        monkeypatch.setattr(win.dialogs, "report", lambda text, *_a, **_k: infos.append(text))
        before = dump(town.db)
        win.import_package_action.trigger()
        flat = " ".join(asked[0].replace("　", " ").split())
        new = keys.fingerprint(keys.public_b64(keys.load_or_create_key(tmp_path / "新电脑")))
        assert first.fingerprint in flat and new in flat and "登记的密钥指纹" in flat and "这个数据包的指纹" in flat
        # 否: nothing imported, and the clerk is told so and why
        assert infos == ["新电脑.zip\n未导入：没有确认更换“中共测试村党支部”的密钥（新指纹与支部核对不一致，或还没有核实），"
                         "这个数据包没有导入，该支部已有的记录没有改动。核实一致后，可以再导入它。"]
        assert dump(town.db) == before
        monkeypatch.setattr(win.dialogs, "confirm", lambda text, *_a: asked.append(text) or True)
        win.import_package_action.trigger()
        assert "该支部的密钥已更换为" in infos[-1] and "已导入：人员新增1人。" in infos[-1]
    finally:
        win.close()
