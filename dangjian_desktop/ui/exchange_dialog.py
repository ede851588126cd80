"""文件 → 导出数据包 / 导入数据包: the branch's signed package out, and packages of branches in (at the township)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.services import Changed
from dangjian_desktop.services.exchange.merge import ImportResult, KeyNotConfirmed, Preview
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import guarded, run_op

WHERE_IT_GOES = ("数据包含本支部全部党员的身份证号码、联系电话等个人信息，属内部资料。\n"
                 "只能用U盘当面交给乡镇党委（党建办），交接后从U盘删除；"
                 "不得通过微信、QQ、邮箱或网盘传送，不得外传。")
_TABLES = {"meeting": "会议记录", "meeting_attendance": "会议出席情况", "meeting_item": "会议议题"}


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
            f"本机密钥指纹：\n{_groups(r.fingerprint)}\n乡镇党委第一次导入时会打电话核对这串指纹。\n\n{WHERE_IT_GOES}")
    if r.missing_attachments:
        text += "\n\n注意：找不到这些附件的文件，数据包中没有它们：" + "、".join(r.missing_attachments)
    dialogs.info_with_folder(text, r.path.parent, "导出数据包")
    return r.path


def run_package_import(parent: QWidget, db: Database, dialogs: DialogService, events: DataEvents) -> ImportResult | None:
    from dangjian_desktop.services.exchange.merge import import_package
    from dangjian_desktop.services.exchange.package import read_package
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    path = dialogs.open_file("导入数据包", "数据包 (*.zip)", dialogs.default_folder())
    if path is None:
        return None
    read = guarded(dialogs, lambda: read_package(path))
    if read is None:
        return None
    pkg = read.value

    def confirm(seen: Preview) -> bool:
        code = f"（编码 {seen.branch_code}）" if seen.branch_code else ""
        return dialogs.confirm(
            f"这是“{seen.branch_name}”{code}的第一个数据包，导入后以它的密钥为准。\n\n"
            f"请打电话给该支部书记，请对方在“导出数据包”后显示的指纹与下面逐组核对：\n\n"
            f"{_groups(seen.fingerprint)}\n\n完全一致才点“是”导入；不一致请点“否”。", "核对密钥指纹")

    done = run_op(db, dialogs, lambda s: import_package(s, pkg, attachments_root=attachments_dir(db.path),
                                                        confirm_new_key=confirm),
                  refused=lambda exc: isinstance(exc, KeyNotConfirmed))  # 否: nothing to say
    if done is None:
        return None
    r = done.value
    events.emit_changed(Changed("branch", (r.branch_id,)))
    text = (f"已导入“{r.branch_name}”的数据包：新增 {r.added} 条，更新 {r.replaced} 条（其中删除 {r.deleted} 条），"
            f"未变 {r.unchanged} 条。\n导入的支部在本机只能查看，不能修改。")
    if r.conflicts:
        lines = [_conflict_line(c.table_name, c.incoming) for c in r.conflicts]
        text += ("\n\n以下记录已定稿，数据包中对它们的改动没有附修改说明，没有采用，已留待核对：\n"
                 + "\n".join(lines[:20]) + (f"\n……共 {len(lines)} 处" if len(lines) > 20 else ""))
    dialogs.info(text, "导入数据包")
    return r


def _groups(fingerprint: str) -> str:
    """Eight groups of four on two lines (a message box would break a line inside a group)."""
    groups = fingerprint.split(" ")
    return f"　　{' '.join(groups[:4])}\n　　{' '.join(groups[4:])}"


def _conflict_line(table: str, incoming: str) -> str:
    row = json.loads(incoming)
    what = _TABLES.get(table, "记录")
    title = row.get("title") or row.get("name") or ""
    return f"· {what}“{title}”" if title else f"· {what}"
