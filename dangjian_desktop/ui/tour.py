"""The window tour: every tab and dialog on a demo database, saved as PNGs.

    python -m dangjian_desktop.ui.tour --out DIR [--scale 1.5] [--screen 1366x728]

The main window is sized to the screen's work area (default 1366×728 at 100 %, 1280×680 logical pixels
at 150 %: what a taskbar leaves of 1366×768 and of 1920×1080 displays). Each dialog is opened the way
the secretary opens it (through the same action) and pictured at the size it opens with. ``sizes.txt``
beside the pictures lists every window's size and minimum size, and whether it fits the work area.

The help window's pictures come from this tour: ``--help-pictures`` writes them to resources/help/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Step = tuple[str, Callable[[Any], object]]  # (picture name, what to do with the main window)


@dataclass
class Shot:
    name: str
    title: str
    width: int
    height: int
    min_width: int
    min_height: int
    path: Path | None = None

    def fits(self, screen: tuple[int, int]) -> bool:
        return self.min_width <= screen[0] and self.min_height <= screen[1]

    def line(self, screen: tuple[int, int]) -> str:
        mark = "ok  " if self.fits(screen) and self.width <= screen[0] and self.height <= screen[1] else "TOO BIG"
        return (f"{mark} {self.name}: {self.title} — opens {self.width}×{self.height}, "
                f"minimum {self.min_width}×{self.min_height}")


def _select_first(view: Any) -> None:
    model = view.model()
    if model is not None and model.rowCount() > 0:
        view.setCurrentIndex(model.index(0, 0))
        view.selectRow(0)


def _show_tab(w: Any, name: str) -> None:
    if name in ("花名册", "党费"):
        w.tabs.setCurrentWidget(w.roster_tabs)
        w.roster_tabs.setCurrentWidget(w.ledger if name == "花名册" else w.dues)
        return
    w.tabs.setCurrentWidget({"会议记录": w.meetings, "三卡一法": w.cases, "学习笔记": w.study,
                             "责任区与承诺": w.duty, "年度自查": w.selfcheck}[name])


def tab_steps() -> list[Step]:
    return [(f"tab_{name}", lambda w, n=name: _show_tab(w, n))
            for name in ("花名册", "党费", "会议记录", "三卡一法", "学习笔记", "责任区与承诺", "年度自查")]


def _township(w: Any) -> Any:
    """The 乡镇汇总 tab, shown once the database holds a second branch (the tour adds a demo one if needed)."""
    if w.township is None:
        from dangjian_desktop.services.demo.branch import create_demo_branch

        with w.db.session_scope() as s:
            changed = create_demo_branch(s, seed=2, name="中共演示镇后山村党支部")
        w.events.emit_changed(changed)
    w.tabs.setCurrentWidget(w.township)
    return w.township


def _township_branch(w: Any) -> object:
    tab = _township(w)
    summary = tab.summary
    return w.open_township_branch(summary.branches[0].branch_id, "党费", summary.year)


def _package_conflicts(w: Any) -> object:
    """文件 → 数据包冲突, once a village branch's second 数据包 changed one of its 定稿 meetings (the branch's
    own database and key are made beside the tour's database, and both packages imported)."""
    from dangjian_desktop.services.demo.exchange import create_demo_conflict
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    folder = w.db.path.parent / "数据包冲突演示"
    if not folder.exists():
        folder.mkdir()
        with w.db.session_scope() as s:
            changed = create_demo_conflict(s, folder=folder, attachments_root=attachments_dir(w.db.path))
        w.events.emit_changed(changed)
    return w.open_package_conflicts()


def township_steps() -> list[Step]:
    """The 乡镇汇总 tab, the branch record it opens (adds a second branch to the database), and the review of
    a 数据包's changes to 定稿 records (imports a third branch, twice)."""
    return [("tab_乡镇汇总", _township), ("dlg_汇总_支部自查", _township_branch),
            ("dlg_数据包冲突", _package_conflicts)]


def _on(tab: str, call: str, view: str | None = None) -> Callable[[Any], object]:
    """Show ``tab``, select the first row of ``view`` (an attribute path from the window), call ``call``."""

    def attr(w: Any, path: str) -> Any:
        obj = w
        for part in path.split("."):
            obj = getattr(obj, part)
        return obj

    def step(w: Any) -> object:
        _show_tab(w, tab)
        if view is not None:
            _select_first(attr(w, view))
        return attr(w, call)()

    return step


def _backups(w: Any) -> object:
    """备份与恢复 with backups to list: yesterday's automatic one and one taken by hand today."""
    from datetime import datetime, timedelta

    from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk

    if w.db.path is not None and not bk.list_backups(w.db.path):
        bk.make_backup(w.db.path, bk.AUTO, now=datetime.now() - timedelta(days=1))
        bk.make_backup(w.db.path, bk.MANUAL)
    return w.open_backups()


DEMO_PASSWORD = "dangjian2026"


def _users(w: Any) -> list[str]:
    """The accounts of a server's 台账 (管理员, a branch's 记录员, the township's 查阅): added once to the tour's
    database; nobody signs in with them, so the rest of the tour works as without accounts."""
    from dangjian_desktop.services import users

    with w.db.session_scope() as s:
        if not users.has_users(s):
            for name, full_name, role, branch in (("admin", "管理员老张", users.ADMIN, None),
                                                  ("jilu", "记录员小王", users.CLERK, w.ledger.branch_id),
                                                  ("chayue", "镇纪委赵敏", users.INSPECTOR, None)):
                users.add_user(s, data=users.UserInput(name, full_name, role, branch), password=DEMO_PASSWORD,
                               repeat=DEMO_PASSWORD)
        return [u.username for u in users.list_users(s)]


def _users_dialog(w: Any) -> object:
    _users(w)
    return w.open_users()


def _sign_in(w: Any) -> object:
    """登录, as on a server before the window opens, with the server named under the fields."""
    from dangjian_desktop.ui.users_dialog import SignInDialog

    _users(w)
    return SignInDialog(w.db, w, where="台账服务器（dangjian）").exec()


def _help(w: Any) -> object:
    """使用说明 (a window beside the main one, not modal): pictured like the dialogs."""
    w.open_help()
    return w.help_window.exec()


def _password_prompt(w: Any) -> object:
    """The lock screen after a long pause (asks for the start-up password)."""
    from dangjian_desktop.ui.backup.password_dialog import PasswordPrompt

    return PasswordPrompt(w.db, w, locked=True).exec()


def _start_password(w: Any) -> object:
    """The start-up password, asked before the window opens."""
    from dangjian_desktop.ui.backup.password_dialog import PasswordPrompt

    return PasswordPrompt(w.db, w).exec()


def _privacy_password(w: Any) -> object:
    """The password asked before 三卡一法 is shown (its records are about people's private matters)."""
    from dangjian_desktop.ui.backup.password_dialog import PasswordPrompt

    return PasswordPrompt(w.db, w, reason="“三卡一法”记录涉及个人隐私，请输入密码：").exec()


def _drive_picker(w: Any) -> object:
    """选择U盘, opened from 备份与恢复 → 备份到U盘."""
    from dangjian_desktop.ui.backup.dialog import DrivePicker

    return DrivePicker(w.db.path, w).exec() if w.db.path is not None else None


def _reopen_case(w: Any) -> object:
    """重新打开 a case that was closed (销号)."""
    from dangjian_desktop.domain import cases as rules
    from dangjian_desktop.services.cases import records as cases
    from dangjian_desktop.ui.cases.close_dialog import ReopenDialog

    with w.db.session_scope() as s:
        closed = [c.id for c in cases.list_cases(s, w.ledger.branch_id) if c.status == rules.CLOSED]
    return ReopenDialog(w.db, closed[0], w).exec() if closed else None


def _bug(w: Any) -> object:
    """程序出错: what an unexpected error looks like to the secretary."""
    from dangjian_desktop.ui.dialog_service import BugDialog

    details = "Traceback (most recent call last):\n  File \"…\", line 1, in <module>\nRuntimeError: 演示"
    return BugDialog(details, w).exec()


def dialog_steps() -> list[Step]:
    """Every dialog of the application, opened through the action the secretary uses."""
    return [
        ("dlg_建立支部", lambda w: w.create_branch()),
        ("dlg_支部信息", lambda w: w.edit_branch()),
        ("dlg_新增人员", _on("花名册", "ledger.add_person")),
        ("dlg_编辑人员", _on("花名册", "ledger.edit_selected", "ledger.table")),
        ("dlg_组织关系转接", _on("花名册", "ledger.transfer_selected", "ledger.table")),
        ("dlg_回收站", _on("花名册", "ledger.open_recycle_bin")),
        ("dlg_导入预览", _on("花名册", "import_roster")),
        ("dlg_登记缴费", _on("党费", "dues.record_payment", "dues.grid")),
        ("dlg_集中收缴", _on("党费", "dues.collect")),
        ("dlg_核定党费", _on("党费", "dues.assess", "dues.grid")),
        ("dlg_党费标准", _on("党费", "dues.edit_rates")),
        ("dlg_新建会议", _on("会议记录", "meetings.new")),
        ("dlg_编辑会议", _on("会议记录", "meetings.edit", "meetings.table")),
        ("dlg_会议记录打印预览", _on("会议记录", "meetings.print_record", "meetings.table")),
        ("dlg_新增一人一事", _on("三卡一法", "cases.new_case")),
        ("dlg_编辑一人一事", _on("三卡一法", "cases.edit_case", "cases.table")),
        ("dlg_填卡", _on("三卡一法", "cases.add_card", "cases.table")),
        ("dlg_办结", _on("三卡一法", "cases.close_case", "cases.table")),
        ("dlg_谈心谈话覆盖", _on("三卡一法", "cases.show_coverage")),
        ("dlg_卡片类型", _on("三卡一法", "cases.edit_card_types")),
        ("dlg_一人一事打印预览", _on("三卡一法", "cases.print_case", "cases.table")),
        ("dlg_登记学习活动", _on("学习笔记", "study.add_session")),
        ("dlg_新增笔记", _on("学习笔记", "study.add_note")),
        ("dlg_学习目标", _on("学习笔记", "study.edit_targets")),
        ("dlg_新建责任区", _on("责任区与承诺", "duty.add_area")),
        ("dlg_新建结对", _on("责任区与承诺", "duty.add_pair")),
        ("dlg_工作日校正", _on("责任区与承诺", "duty.edit_workdays")),
        ("dlg_自查规则", _on("年度自查", "selfcheck.edit_rules")),
        ("dlg_导出年度档案", lambda w: w.export_archive()),
        ("dlg_备份与恢复", _backups),
        ("dlg_启动密码", lambda w: w.open_password()),
        ("dlg_修改记录", lambda w: w.open_audit()),
        ("dlg_党纪处分", _on("花名册", "ledger.discipline_selected", "ledger.table")),
        ("dlg_设置", lambda w: w.open_settings()),
        ("dlg_党内统计表", lambda w: w.open_party_stats()),
        ("dlg_用户管理", _users_dialog),
        ("dlg_登录", _sign_in),
        ("dlg_锁定", _password_prompt),
        ("dlg_使用说明", _help),
        ("dlg_启动密码输入", _start_password),
        ("dlg_三卡一法密码", _privacy_password),
        ("dlg_选择U盘", _drive_picker),
        ("dlg_重新打开一人一事", _reopen_case),
        ("dlg_程序出错", _bug),
    ]


@contextmanager
def capturing_dialogs(seen: Callable[[Any], None]) -> Iterator[None]:
    """While inside: every modal dialog is shown, handed to ``seen``, then closed (exec returns 0);
    message boxes and file choosers answer "no" (a file chooser offers the sample roster)."""
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

    from dangjian_desktop.ui.dialog_service import DialogService

    saved: dict[tuple[object, str], object] = {}

    def patch(owner: object, name: str, value: object) -> None:
        saved[(owner, name)] = getattr(owner, name)
        setattr(owner, name, value)

    def exec_(dialog: Any) -> int:
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        seen(dialog)
        dialog.hide()
        return 0

    def no(*_a: object, **_k: object) -> Any:
        return QMessageBox.StandardButton.No

    found = [p / "shared" / "samples" / "党员花名册_样例.xlsx" for p in Path(__file__).resolve().parents]
    sample = next((p for p in found if p.is_file()), Path())
    patch(QDialog, "exec", exec_)
    for name in ("information", "warning", "critical", "question"):
        patch(QMessageBox, name, staticmethod(no))
    patch(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sample) if sample.name else "", "")))
    patch(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    patch(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    patch(DialogService, "confirm", lambda *a, **k: False)
    try:
        yield
    finally:
        for (owner, name), value in saved.items():
            setattr(owner, name, value)


def demo_window(folder: Path) -> Any:
    """A main window on a new database in ``folder`` holding the demo branch."""
    from dangjian_desktop.app import create_main_window
    from dangjian_desktop.services.demo.branch import create_demo_branch

    window = create_main_window(folder / "演示台账.sqlite3")
    with window.db.session_scope() as s:
        changed = create_demo_branch(s)
    window.events.emit_changed(changed)
    return window


def run_tour(window: Any, out: Path | None, screen: tuple[int, int],
             steps: list[Step] | None = None, *, smallest: bool = False) -> list[Shot]:
    """Show every tab and dialog; save a PNG of each into ``out`` (None: only measure). ``smallest``:
    each dialog is pictured at its minimum size (what the smallest screen it fits would show)."""
    from PySide6.QtWidgets import QApplication

    shots: list[Shot] = []

    def take(name: str, widget: Any) -> None:
        for _ in range(3):
            QApplication.processEvents()
        path = None
        if out is not None:
            path = out / f"{name}.png"
            widget.grab().save(str(path))
        minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        shots.append(Shot(name, widget.windowTitle(), widget.width(), widget.height(),
                          minimum.width(), minimum.height(), path))

    window.resize(*screen)
    window.show()
    current: list[str] = [""]
    counter: dict[str, int] = {}

    def seen(dialog: Any) -> None:
        n = counter[current[0]] = counter.get(current[0], 0) + 1
        if smallest:
            dialog.resize(dialog.minimumSizeHint().expandedTo(dialog.minimumSize()))
        take(current[0] if n == 1 else f"{current[0]}_{n}", dialog)

    with capturing_dialogs(seen):
        for name, step in steps if steps is not None else tab_steps() + dialog_steps() + township_steps():
            current[0] = name
            step(window)
            if name.startswith("tab_"):
                take(name, window)
    return shots


# tour picture → picture in the 使用说明 (resources/help/)
HELP_PICTURES = {
    "dlg_建立支部": "建立支部", "dlg_导入预览": "导入预览", "tab_花名册": "花名册", "tab_会议记录": "会议记录",
    "dlg_新建会议": "新建会议", "dlg_会议记录打印预览": "会议记录打印预览", "tab_党费": "党费", "dlg_登记缴费": "登记缴费",
    "tab_三卡一法": "三卡一法", "dlg_填卡": "填卡", "tab_学习笔记": "学习笔记", "dlg_新增笔记": "新增笔记",
    "tab_责任区与承诺": "责任区与承诺",
    "tab_年度自查": "年度自查", "dlg_导出年度档案": "导出年度档案", "dlg_备份与恢复": "备份与恢复",
    "dlg_数据包冲突": "数据包冲突",
}
HELP_WIDTH = 960  # pictures in the help are scaled down to this width at most


def write_help_pictures(shots: list[Shot], folder: Path) -> list[Path]:
    """Copy the tour's pictures that the 使用说明 shows into ``folder``, scaled down for the help."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    written = []
    for shot in shots:
        name = HELP_PICTURES.get(shot.name)
        if name is None or shot.path is None:
            continue
        image = QImage(str(shot.path))
        if image.width() > HELP_WIDTH:
            image = image.scaledToWidth(HELP_WIDTH, Qt.TransformationMode.SmoothTransformation)
        target = folder / f"{name}.png"
        image.save(str(target))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dangjian_desktop.ui.tour",
                                     description="每个标签页和对话框各截一张图（演示数据）")
    parser.add_argument("--out", type=Path, required=True, help="保存截图的文件夹")
    parser.add_argument("--scale", type=float, default=1.0, help="显示缩放，如 1.5 表示 150%%")
    parser.add_argument("--screen", default="", help="可用屏幕区域（逻辑像素），如 1366x728")
    parser.add_argument("--only", default="", help="只截名称中含有这段文字的图")
    parser.add_argument("--help-pictures", action="store_true", help="同时更新“使用说明”中的图片（resources/help/）")
    parser.add_argument("--font-scale", type=int, default=100, help="字号（百分比）")
    parser.add_argument("--smallest", action="store_true", help="对话框按最小尺寸截图")
    args = parser.parse_args(argv)
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    screen = tuple(int(v) for v in args.screen.split("x")) if args.screen else (
        (1366, 728) if args.scale == 1.0 else (1280, 680))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if os.environ.get("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "") == "offscreen":
            # an off-screen "monitor" the size of the work area, in device pixels
            config = Path(tmp) / "screen.json"
            config.write_text(json.dumps({"screens": [{
                "name": "tour", "x": 0, "y": 0, "logicalDpi": 96,
                "width": round(screen[0] * args.scale), "height": round(screen[1] * args.scale)}]}))
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        else:  # a real display (Xvfb): windows open inside the work area asked for, not the whole screen
            from dangjian_desktop.ui import screen_fit

            screen_fit.WORK_AREA = (screen[0], screen[1])
        os.environ.setdefault("XDG_DATA_HOME", tmp)  # the tour leaves the real settings alone
        from dangjian_desktop.app import ensure_app

        ensure_app()
        window = demo_window(Path(tmp))
        if args.font_scale != 100:
            from dangjian_desktop.ui import font_size

            font_size.apply(args.font_scale)
        steps = [s for s in tab_steps() + dialog_steps() + township_steps() if args.only in s[0]]
        shots = run_tour(window, args.out, (screen[0], screen[1]), steps, smallest=args.smallest)
        report = [f"screen {screen[0]}×{screen[1]} logical px, scale {args.scale:g}, 字号 {args.font_scale}%"]
        report += [s.line((screen[0], screen[1])) for s in shots]
        (args.out / "sizes.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
        if args.help_pictures:
            from dangjian_desktop.paths import resource_path

            report += [f"help picture: {p}" for p in write_help_pictures(shots, resource_path("help"))]
        sys.stdout.write("\n".join(report) + "\n")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
