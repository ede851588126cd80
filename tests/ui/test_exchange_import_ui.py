"""文件 → 导入数据包 as the township's clerk uses it: several packages chosen at once, each imported on its own
(one refused leaves nothing and stops nothing), and one message that says in plain words what became of
each — what changed, "已经导入过", an older package, or why it was refused. An imported branch's meeting
opens as 查看会议记录."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from sqlmodel import Session, select

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.db.models import Branch, Person
from dangjian_desktop.db.models.exchange import ExchangeSource
from dangjian_desktop.db.models.meetings import MeetingAttendance
from dangjian_desktop.services import branches
from dangjian_desktop.services.exchange import keys
from dangjian_desktop.services.exchange.package import export_package
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.main_window import MainWindow
from tests.factories import person_input
from tests.helpers import with_dialog
from tests.services.test_exchange import BranchSide, Township, _change_table, dump, make_side, make_town, rewrite
from tests.ui.conftest import WORK_AREA

TECHNICAL = re.compile(r"package\.json|manifest|signature|tables/|\.json|SHA|sha256|[a-z]+_[a-z]+")


@dataclass
class Clerk:
    """The township's window, with what its dialogs were asked and said."""

    window: MainWindow
    chosen: list[Path] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    said: list[tuple[str, str, bool]] = field(default_factory=list)  # (text, title, problem)
    answer: bool = True
    while_asked: list[tuple[Any, str]] = field(default_factory=list)  # the pointer and the status line

    def choose(self, *paths: Path) -> str:
        self.chosen[:] = paths
        self.window.import_package_action.trigger()
        return self.said[-1][0]


@pytest.fixture
def sides(db: Database, db_path: Path, branch_id: str, tmp_path: Path) -> Iterator[tuple[BranchSide, Township]]:
    side, town = make_side(db, db_path, branch_id, tmp_path), make_town(tmp_path)
    town.db.dispose()  # the window opens it
    yield side, town
    town.db.dispose()


@pytest.fixture
def clerk(qtbot: QtBot, sides: tuple[BranchSide, Township], monkeypatch: pytest.MonkeyPatch) -> Iterator[Clerk]:
    _side, town = sides
    win = create_main_window(town.path)
    qtbot.addWidget(win)
    win.show()
    c = Clerk(win)
    monkeypatch.setattr(win.dialogs, "open_files", lambda *_a: list(c.chosen))
    def confirm(text: str, *_a: object) -> bool:
        c.asked.append(text)
        c.while_asked.append((QApplication.overrideCursor(), win.statusBar().currentMessage()))
        return c.answer

    monkeypatch.setattr(win.dialogs, "confirm", confirm)
    monkeypatch.setattr(win.dialogs, "report",
                        lambda text, title="", *, problem=False: c.said.append((text, title, problem)))
    yield c
    win.close()


def _other_branch(side: BranchSide, name: str, people_names: list[str]) -> str:
    with side.db.session_scope() as s:
        bid = branches.create_branch(s, branches.BranchInput(name=name, kind="村", election_date=date(2024, 1, 1))).id
        for n, person in enumerate(people_names):
            people.save_person(s, bid, data=person_input(person, birth=date(1980 + n, 1, 1)))
    return bid


def _export(side: BranchSide, branch_id: str, out: Path) -> Path:
    with side.db.session_scope() as s:
        export_package(s, branch_id=branch_id, out=out, attachments_root=side.attachments, key_dir=side.key_dir)
    return out


def _names(db: Database, model: Any) -> set[str]:
    with Session(db.engine) as s:
        return {r.name for r in s.exec(select(model))}


def test_several_packages_at_once_one_refused_the_others_imported(clerk: Clerk, sides: tuple[BranchSide, Township],
                                                                 tmp_path: Path) -> None:
    side, town = sides
    first = side.export(tmp_path / "一村.zip")
    second = _export(side, _other_branch(side, "中共测试二村党支部", ["刘一", "刘二"]), tmp_path / "二村.zip")
    third_id = _other_branch(side, "中共测试三村党支部", ["陈一", "陈二"])

    def same_id_number(rows: list[dict[str, Any]]) -> None:
        rows[1]["id_number"] = rows[0]["id_number"]  # the database refuses it half way through the merge

    bad = rewrite(_export(side, third_id, tmp_path / "三村原.zip"), tmp_path / "三村.zip",
                  _change_table("person", same_id_number), key=keys.load_or_create_key(side.key_dir))
    word = tmp_path / "通知.zip"
    with zipfile.ZipFile(word, "w") as zf:  # a Word file renamed: a zip, but not a package
        zf.writestr("word/document.xml", "<w:document/>")

    text = clerk.choose(first, bad, word, second)

    assert len(clerk.said) == 1  # one message for all of them
    _, title, problem = clerk.said[0]
    assert title == "导入数据包" and problem
    assert len(clerk.asked) == 3 and all("核对" in a for a in clerk.asked)  # each new branch's fingerprint
    assert "三村.zip" in clerk.asked[1]
    # asked with the ordinary pointer, the status line saying which file is being imported
    assert clerk.while_asked == [(None, f"正在导入数据包 {name}（第 {n} 个，共 4 个），请稍候……")
                                 for n, name in ((1, "一村.zip"), (2, "三村.zip"), (4, "二村.zip"))]
    assert QApplication.overrideCursor() is None and clerk.window.statusBar().currentMessage() == ""
    blocks = text.split("\n\n")
    assert blocks[0] == "选了 4 个数据包：2 个已导入，2 个未导入。"
    assert blocks[1].startswith("一村.zip（中共测试村党支部）\n")
    assert "已导入（第一次导入这个支部，已登记它的密钥）：人员新增3人；" in blocks[1]
    assert "会议记录新增1次" in blocks[1]
    assert blocks[2].startswith("三村.zip\n未导入：“中共测试三村党支部”的数据包中有记录与本数据库已有的记录冲突")
    assert blocks[3].startswith("通知.zip\n未导入：这个文件不是支部台账导出的数据包")
    assert blocks[4].startswith("二村.zip（中共测试二村党支部）\n") and "人员新增2人" in blocks[4]
    assert blocks[-1] == "导入的支部在本机只能查看，不能修改。"
    assert not TECHNICAL.search(text), text
    # the refused one left nothing; the two after it are there
    assert _names(town.db, Branch) == {"中共测试村党支部", "中共测试二村党支部"}
    assert {"刘一", "刘二", "王建国"} <= _names(town.db, Person) and not {"陈一", "陈二"} & _names(town.db, Person)
    with Session(town.db.engine) as s:
        assert len(s.exec(select(ExchangeSource)).all()) == 2
    assert any("中共测试二村党支部" in a.text() for a in clerk.window.switch_menu.actions())


def test_what_changed_again_and_the_older_package(clerk: Clerk, sides: tuple[BranchSide, Township],
                                                  tmp_path: Path) -> None:
    side, town = sides
    old = side.export(tmp_path / "十月.zip")
    clerk.choose(old)
    with side.db.session_scope() as s:
        people.save_person(s, side.branch_id, data=person_input("赵六", birth=date(1990, 5, 1)))
        people.delete_person(s, side.people["张三"])
        later = datetime.now(UTC) + timedelta(seconds=5)
        s.execute(update(MeetingAttendance).where(MeetingAttendance.meeting_id == side.meeting_id)  # type: ignore[arg-type]
                  .values(updated_at=later))  # the 定稿 meeting's attendance, changed without an amendment
    new = side.export(tmp_path / "十一月.zip")

    text = clerk.choose(new)
    assert text.startswith("十一月.zip（中共测试村党支部）\n")
    assert "\n已导入：人员新增1人、删除1人。\n" in text  # the attendance was not applied: a conflict, listed
    assert "没有采用，已留待核对" in text and clerk.said[-1][2] is False
    before = dump(town.db)

    text = clerk.choose(new, old)
    assert text.split("\n\n") == [
        "选了 2 个数据包：2 个没有新的内容。",
        "十一月.zip（中共测试村党支部）\n这个数据包已经导入过，没有新的内容。",
        f"十月.zip（中共测试村党支部）\n这个数据包（导出于 {_when(old)}）比已导入的"
        f"（导出于 {_when(new)}）旧，没有用它改动任何记录。"]
    assert dump(town.db) == before and clerk.said[-1][2] is False
    assert len(clerk.asked) == 1  # the branch's key was confirmed once, with the first package


def _when(package: Path) -> str:
    import json

    with zipfile.ZipFile(package) as zf:
        exported = datetime.fromisoformat(json.loads(zf.read("package.json"))["exported_at"])
    return exported.astimezone().strftime("%Y-%m-%d %H:%M")


def _truncated(package: Path, out: Path) -> Path:
    out.write_bytes(package.read_bytes()[: package.stat().st_size // 2])  # copied off the U盘 half way
    return out


def _tampered(package: Path, out: Path) -> Path:
    return rewrite(package, out, _change_table("person", lambda rows: rows[0].update(name="冒名")))


def _extra(package: Path, out: Path) -> Path:
    return rewrite(package, out, lambda members: members.update({"说明.txt": b"hello"}))


@pytest.mark.parametrize(("spoil", "plain"), [
    (_truncated, "这个文件不是有效的数据包：它已损坏或不完整（可能没有拷贝完）"),
    (_tampered, "数据包的内容与它的清单不符：可能在拷贝中损坏了，或在导出后被改动过。已拒绝导入，请让支部重新导出一份。"),
    (_extra, "数据包的内容与它的清单不符："),
])
def test_a_refused_package_is_told_in_plain_words(clerk: Clerk, sides: tuple[BranchSide, Township], tmp_path: Path,
                                                 spoil: Any, plain: str) -> None:
    side, town = sides
    bad = spoil(side.export(tmp_path / "原.zip"), tmp_path / "坏.zip")
    text = clerk.choose(bad)
    assert text.startswith(f"坏.zip\n未导入：{plain}"), text
    assert clerk.said[-1][1:] == ("导入数据包", True)
    assert not TECHNICAL.search(text), text
    assert _names(town.db, Branch) == set() and clerk.asked == []


def test_no_to_the_fingerprint_says_the_package_was_not_imported(clerk: Clerk, sides: tuple[BranchSide, Township],
                                                                 tmp_path: Path) -> None:
    side, town = sides
    package = side.export(tmp_path / "测试村.zip")
    clerk.answer = False
    text = clerk.choose(package)
    assert len(clerk.asked) == 1 and "测试村.zip" in clerk.asked[0]
    assert text == ("测试村.zip\n未导入：没有确认“中共测试村党支部”的密钥指纹（与支部核对不一致，或还没有核对），"
                    "这个数据包没有导入。电话核对一致后，可以再导入它。")
    assert clerk.said[-1][1:] == ("导入数据包", True)
    assert _names(town.db, Branch) == set()
    clerk.answer = True  # confirmed on the phone: the same file again
    assert "\n已导入（第一次导入这个支部" in clerk.choose(package)


def test_an_imported_branchs_meeting_is_titled_as_viewed(qtbot: QtBot, tmp_path: Path) -> None:
    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.services.demo.branch import create_demo_branch

    db = open_database(tmp_path / "乡镇.sqlite3")
    with db.session_scope() as s:
        branch_id = create_demo_branch(s).id
    with db.session_scope() as s:  # as import-package leaves a branch at the township
        s.execute(update(Branch).where(Branch.id == branch_id).values(read_only=True))  # type: ignore[arg-type]
    win = create_main_window(db=db)
    qtbot.addWidget(win)
    win.resize(*WORK_AREA)
    win.show()
    try:
        titles: list[str] = []

        def look(dialog: QDialog) -> None:
            titles.append(dialog.windowTitle())
            dialog.reject()

        win.tabs.setCurrentWidget(win.meetings)
        win.meetings.table.selectRow(0)
        with_dialog(qtbot, look)
        win.meetings.view_selected()
        qtbot.waitUntil(lambda: bool(titles))
        assert re.fullmatch(r"查看会议记录 — .+（只读）", titles[0]), titles
    finally:
        win.close()


def test_a_long_outcome_scrolls_in_a_window_that_fits_the_screen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dangjian_desktop.ui.dialog_service import DialogService, ReportDialog, fits_a_message_box

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: boxes.append(text))
    service = DialogService()
    service.report("选了 1 个数据包：1 个已导入。\n\n一村.zip\n已导入。", "导入数据包")
    assert boxes == ["选了 1 个数据包：1 个已导入。\n\n一村.zip\n已导入。"]  # short: a message box
    blocks = [f"{n}村.zip（中共测试{n}村党支部，导出于 2026-11-29 16:55）\n已导入：人员新增30人；会议记录新增70次"
              for n in range(40)]
    long_text = "选了 40 个数据包：40 个已导入。\n\n" + "\n\n".join(blocks)
    assert not fits_a_message_box(long_text) and fits_a_message_box(boxes[0])
    seen: list[tuple[str, str, str, int, int]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportDialog)
        room = dialog.screen().availableGeometry()
        seen.append((dialog.windowTitle(), dialog.ui.reportSummary.text(), dialog.ui.reportText.toPlainText(),
                     dialog.frameGeometry().height() - room.height(), dialog.ui.reportText.verticalScrollBar().maximum()))
        dialog.reject()

    with_dialog(qtbot, read)
    service.report(long_text, "导入数据包")
    [(title, summary, body, over, scroll)] = seen
    assert (title, summary) == ("导入数据包", "选了 40 个数据包：40 个已导入。") and body == "\n\n".join(blocks)
    assert over <= 0 and scroll > 0 and len(boxes) == 1


def test_the_file_dialog_takes_several_packages(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt's own file dialog (Linux; Windows shows its own, which multi-selects the same way) lets the clerk
    pick several 数据包 with Ctrl held, and gives them all back."""
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QFileDialog, QTreeView

    from dangjian_desktop.ui.dialog_service import DialogService

    for name in ("一村.zip", "二村.zip", "三村.zip"):
        (tmp_path / name).write_bytes(b"PK")
    seen: list[str] = []

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.windowTitle())
        view = dialog.findChild(QTreeView, "treeView")
        assert view is not None
        model, root = view.model(), view.rootIndex()
        qtbot.waitUntil(lambda: model.rowCount(root) == 3)
        rows = {model.index(r, 0, root).data(): r for r in range(3)}
        assert view.selectionMode() == QTreeView.SelectionMode.ExtendedSelection  # Ctrl and Shift add to it
        for name in ("一村.zip", "三村.zip"):
            view.selectionModel().select(model.index(rows[name], 0, root),
                                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        dialog.accept()

    with_dialog(qtbot, pick)
    chosen = DialogService().open_files("导入数据包", "数据包 (*.zip)", tmp_path)
    assert seen == ["导入数据包"]
    assert sorted(chosen) == sorted([tmp_path / "一村.zip", tmp_path / "三村.zip"])
