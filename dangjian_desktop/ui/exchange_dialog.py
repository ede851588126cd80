"""文件 → 导出数据包 / 导入数据包 / 数据包冲突: the branch's signed package out, packages of branches in (at the
township), and the review of the changes to 定稿 records that were not applied (forms/conflicts_dialog.ui)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.exchange.conflicts import ConflictView
from dangjian_desktop.services.exchange.merge import ImportResult, Preview
from dangjian_desktop.services.exchange.wording import fingerprint_lines, imported
from dangjian_desktop.ui.busy import busy_cursor
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.forms.conflicts_dialog_ui import Ui_ConflictsDialog
from dangjian_desktop.ui.ops import run_op

WHERE_IT_GOES = ("数据包含本支部全部党员的身份证号码、联系电话等个人信息，属内部资料。\n"
                 "只能用U盘当面交给乡镇党委（党建办），交接后从U盘删除；"
                 "不得通过微信、QQ、邮箱或网盘传送，不得外传。")


def run_package_export(parent: QWidget, db: Database, branch_id: str, dialogs: DialogService) -> Path | None:
    from dangjian_desktop.services.branches import get_branch
    from dangjian_desktop.services.exchange.package import export_package
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    if not dialogs.confirm(f"{WHERE_IT_GOES}\n\n继续导出数据包吗？", "导出数据包"):
        return None
    named = run_op(db, dialogs, lambda s: get_branch(s, branch_id).name)
    if named is None:
        return None
    suggested = dialogs.default_folder() / f"{named.value}_数据包_{date.today():%Y%m%d}.zip"
    out = dialogs.save_file("导出数据包", "数据包 (*.zip)", suggested)
    if out is None:
        return None
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    done = run_op(db, dialogs, lambda s: export_package(s, branch_id=branch_id, out=out,
                                                        attachments_root=attachments_dir(db.path)))
    if done is None:
        return None
    r = done.value
    text = (f"已导出“{r.branch_name}”的数据包：\n{r.path}\n（{r.rows} 条记录，{r.attachments} 个附件）\n\n"
            f"本机密钥指纹：\n{fingerprint_lines(r.fingerprint)}\n乡镇党委第一次导入时会打电话核对这串指纹。\n\n{WHERE_IT_GOES}")
    if r.missing_attachments:
        text += "\n\n注意：找不到这些附件的文件，数据包中没有它们：" + "、".join(r.missing_attachments)
    dialogs.info_with_folder(text, r.path.parent, "导出数据包")
    return r.path


def run_package_import(parent: QWidget, db: Database, dialogs: DialogService, events: DataEvents) -> list[ImportResult]:
    """文件 → 导入数据包: one or several packages, each in its own transaction in the order chosen (one refused
    leaves nothing of itself and does not stop the others), then one message saying what became of each."""
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    paths = dialogs.open_files("导入数据包（可选一个或几个，按住 Ctrl 多选）", "数据包 (*.zip)", dialogs.default_folder())
    results: list[ImportResult] = []
    blocks: list[str] = []
    refused = 0
    bar = parent.statusBar() if isinstance(parent, QMainWindow) else None
    try:
        for n, path in enumerate(paths, 1):
            if bar is not None:
                bar.showMessage(f"正在导入数据包 {path.name}"
                                + (f"（第 {n} 个，共 {len(paths)} 个）" if len(paths) > 1 else "") + "，请稍候……")
            with busy_cursor():  # also repaints the status line before the work starts
                taken, said = _import_one(db, dialogs, path, attachments_dir(db.path))
            if taken is None:
                refused += 1
                blocks.append(f"{path.name}\n未导入：{said}")
            else:
                results.append(taken)
                blocks.append(said)
    finally:
        if bar is not None:
            bar.clearMessage()
    if not paths:
        return results
    changed = [r.branch_id for r in results if r.changed]
    if changed:
        events.emit_changed(Changed("branch", tuple(dict.fromkeys(changed))))
    text = "\n\n".join(blocks)
    if len(paths) > 1:
        fresh = sum(r.changed for r in results)
        counts = [(fresh, "已导入"), (len(results) - fresh, "没有新的内容"), (refused, "未导入")]
        head = f"选了 {len(paths)} 个数据包：" + "，".join(f"{k} 个{what}" for k, what in counts if k) + "。"
        text = f"{head}\n\n{text}"
    if any(r.changed for r in results):
        text += "\n\n导入的支部在本机只能查看，不能修改。"
    dialogs.report(text, "导入数据包", problem=bool(refused))
    return results


def _import_one(db: Database, dialogs: DialogService, path: Path, attachments: Path) -> tuple[ImportResult | None, str]:
    """One package in its own transaction: what it did, or None and why it was refused (nothing of it kept)."""
    from dangjian_desktop.services.exchange.merge import import_file

    why: list[str] = []

    def refused(exc: UserError) -> bool:
        why.append(exc.message)
        return True  # said with the others, in one message

    done = run_op(db, dialogs, lambda s: import_file(
        s, path, attachments_root=attachments, confirm_new_key=lambda seen: _asking(_ask_key, dialogs, seen, path),
        confirm_key_change=lambda seen: _asking(_ask_key_change, dialogs, seen, path)), refused=refused)
    if done is None:
        return None, why[0] if why else "没有导入。"
    return done.value, imported(path.name, done.value)


@contextmanager
def _pointer() -> Iterator[None]:
    """The ordinary pointer while the clerk is asked, inside an import that shows the busy one."""
    busy = QApplication.overrideCursor() is not None
    if busy:
        QApplication.restoreOverrideCursor()
    try:
        yield
    finally:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _asking(ask: Callable[[DialogService, Preview, Path, str], bool], dialogs: DialogService, seen: Preview,
            path: Path) -> bool:
    """Ask the clerk about a package's key, with the ordinary pointer and the branch's code when it has one."""
    code = f"（编码 {seen.branch_code}）" if seen.branch_code else ""
    with _pointer():
        return ask(dialogs, seen, path, code)


def _ask_key(dialogs: DialogService, seen: Preview, path: Path, code: str) -> bool:
    return dialogs.confirm(
        f"{path.name}：这是“{seen.branch_name}”{code}的第一个数据包，导入后以它的密钥为准。\n\n"
        f"请打电话给该支部书记，请对方在“导出数据包”后显示的指纹与下面逐组核对：\n\n"
        f"{fingerprint_lines(seen.fingerprint)}\n\n完全一致才点“是”导入；不一致请点“否”（这个数据包不导入）。", "核对密钥指纹")


def _ask_key_change(dialogs: DialogService, seen: Preview, path: Path, code: str) -> bool:
    return dialogs.confirm(
        f"{path.name}：“{seen.branch_name}”{code}的这个数据包是用另一把密钥签名的，和以前登记的不一样。\n\n"
        f"登记的密钥指纹：\n{fingerprint_lines(seen.old_fingerprint or '')}\n\n这个数据包的指纹：\n{fingerprint_lines(seen.fingerprint)}\n\n"
        "只有该支部换了电脑（或重装了支部台账）时才会这样。请打电话给该支部书记，"
        "请对方读出新电脑“导出数据包”后显示的指纹，与上面“这个数据包的指纹”逐组核对。\n\n"
        "完全一致才点“是”：以后以新密钥为准（记入修改记录）。不一致或无法核实请点“否”（这个数据包不导入）。",
        "更换支部密钥")


class ConflictsDialog(QDialog):
    """文件 → 数据包冲突: the changes to 定稿 records that were not applied, both versions side by side."""

    def __init__(self, db: Database, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.dialogs = db, dialogs
        self.ui = Ui_ConflictsDialog()  # laid out in forms/conflicts_dialog.ui
        self.ui.setupUi(self)
        self.views: list[ConflictView] = []
        self.list, self.fields, self.status = self.ui.conflictList, self.ui.conflictFields, self.ui.conflictStatus
        self.show_resolved, self.resolve_button = self.ui.showResolved, self.ui.resolveConflictButton
        header = self.list.horizontalHeader()
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        fh = self.fields.horizontalHeader()
        fh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # rows as high as their wrapped text at the columns' real widths (measured before the dialog is
        # shown, the columns are narrow and a short title took a quarter of the table)
        self.fields.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭(&C)")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_resolved.toggled.connect(self.refresh)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.refresh()

    def refresh(self) -> None:
        from dangjian_desktop.services.exchange.conflicts import list_conflicts

        keep = self.selected()
        done = run_op(self.db, self.dialogs, lambda s: list_conflicts(
            s, include_resolved=self.show_resolved.isChecked()))
        self.views = done.value if done is not None else []
        self.list.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            when = v.exported_at.astimezone().strftime("%Y-%m-%d %H:%M") if v.exported_at else ""
            changed = "、".join(v.changed_labels) or "（新增的记录）"
            if v.resolved_at is not None:
                changed = f"已处理 · {changed}"
            for column, text in enumerate((v.branch_name, v.kind, v.title, changed, when)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.list.setItem(row, column, item)
        picked = next((i for i, v in enumerate(self.views) if keep and v.id == keep.id), 0)
        if self.views:
            self.list.selectRow(picked)
        self.show_selected()

    def selected(self) -> ConflictView | None:
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    def show_selected(self) -> None:
        view = self.selected()
        fields = view.fields if view is not None else []
        self.fields.setRowCount(len(fields))
        marked = QColor("#fff1b8")
        for row, f in enumerate(fields):
            cells = (f"● {f.label}" if f.changed else f"　 {f.label}", f.held, f.incoming)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if f.changed:
                    item.setBackground(marked)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.fields.setItem(row, column, item)
        first = next((row for row, f in enumerate(fields) if f.changed), None)
        if first is not None:  # the first difference in sight, whatever the text size
            self.fields.scrollToItem(self.fields.item(first, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        if view is None:
            self.status.setText("没有待核对的数据包冲突。" if not self.show_resolved.isChecked() else "没有数据包冲突。")
        elif view.resolved_at is not None:
            self.status.setText(f"已于 {view.resolved_at.astimezone():%Y-%m-%d %H:%M} 标记为已处理（保留本机版本）。")
        else:
            self.status.setText(f"不同的项目：{'、'.join(view.changed_labels) or '（本机没有这条记录，数据包新增的）'}")
        self.resolve_button.setEnabled(view is not None and view.resolved_at is None)

    def resolve_selected(self) -> None:
        from dangjian_desktop.services.exchange.conflicts import resolve

        view = self.selected()
        if view is None or view.resolved_at is not None:
            return
        if run_op(self.db, self.dialogs, lambda s: resolve(s, conflict_id=view.id)) is not None:
            self.refresh()


def open_conflicts(parent: QWidget, db: Database, dialogs: DialogService) -> None:
    dialog = ConflictsDialog(db, dialogs, parent)
    dialog.exec()


