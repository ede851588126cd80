"""What an import of a 数据包 did, in the clerk's words: per kind of record (人员, 会议记录, 党费 …), each
counted once whatever of its rows changed (a meeting whose attendance was corrected is one meeting
changed), and plainly when nothing changed: the same package again, or an older one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from dangjian_desktop.domain.dates import local_time

if TYPE_CHECKING:
    from dangjian_desktop.services.exchange.merge import ImportResult

# kind of record → its measure word and tables: (table, None) a record's own rows, (table, column) rows
# that are part of the record the column names (a meeting's attendance, a payment's months)
KINDS: dict[str, tuple[str, tuple[tuple[str, str | None], ...]]] = {
    "人员": ("人", (("person", None),)),
    "组织关系转接": ("次", (("org_transfer", None),)),
    "党纪处分": ("条", (("discipline", None),)),
    "党费": ("笔", (("dues_payment", None), ("dues_payment_month", "payment_id"))),
    "党费标准": ("条", (("dues_assessment", None), ("dues_rate_table", None))),
    "会议记录": ("次", (("meeting", None), ("meeting_attendance", "meeting_id"), ("meeting_item", "meeting_id"),
                     ("meeting_attachment", "meeting_id"), ("meeting_amendment", "meeting_id"))),
    "学习活动": ("次", (("study_session", None), ("study_attendance", "session_id"))),
    "学习笔记": ("篇", (("study_note", None),)),
    "一人一事": ("件", (("case_record", None), ("case_card", "case_id"), ("case_event", "case_id"))),
    "责任区与承诺": ("条", tuple((t, None) for t in ("duty_area", "duty_area_record", "duty_area_person", "duty_notice",
                                                 "duty_pledge", "duty_pledge_review", "duty_pair"))),
    "支部信息": ("项", tuple((t, None) for t in ("branch", "party_group", "committee_member", "case_card_type",
                                             "case_card_field"))),
}
BRANCH_KIND = "支部信息"
KIND_OF: dict[str, tuple[str, str | None]] = {
    table: (kind, parent) for kind, (_unit, tables) in KINDS.items() for table, parent in tables}


def changes(result: ImportResult) -> str:
    """"人员新增1人、删除1人；会议记录修改1次" — or, where the kinds do not say it, the rows."""
    parts = []
    for kind, (unit, _tables) in KINDS.items():
        tally = result.kinds.get(kind)
        if tally is None or (kind == BRANCH_KIND and result.new_branch):  # a new branch comes with its settings
            continue
        said = [f"{verb}{n}{unit}" for verb, n in (("新增", tally.added), ("修改", tally.changed),
                                                    ("删除", tally.deleted)) if n]
        parts.append(kind + "、".join(said))
    if parts:
        return "；".join(parts)
    if result.added or result.replaced:  # only bookkeeping rows, or records added already deleted
        deleted = f"（其中{result.deleted}条删除）" if result.deleted else ""
        return f"新增{result.added}条记录，修改{result.replaced}条{deleted}"
    return ""


def exported(result: ImportResult) -> str:
    return local_time(result.exported_at)


def outcome(result: ImportResult) -> str:
    """What importing one package did, in a sentence or two (its conflicts and key are said apart)."""
    held = local_time(result.held_exported_at)
    if not result.changed:
        if result.older:
            return (f"这个数据包（导出于 {exported(result)}）比已导入的（导出于 {held}）旧，"
                    "没有用它改动任何记录。")
        if result.seen_before:
            return "这个数据包已经导入过，没有新的内容。"
        return f"这个数据包（导出于 {exported(result)}）和已导入的内容相同，没有需要改动的记录。"
    said = changes(result)
    if result.new_branch:
        head = "已导入（第一次导入这个支部，已登记它的密钥）"
    elif result.older:
        head = f"已导入（这个数据包比已导入的旧，导出于 {held} 的那个较新；只采用了其中较新的记录）"
    else:
        head = "已导入"
    return f"{head}：{said}。" if said else f"{head}。"


_TABLES = {"meeting": "会议记录", "meeting_attendance": "会议出席情况", "meeting_item": "会议议题"}


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of four on two lines (a message box would break a line inside a group)."""
    groups = fingerprint.split(" ")
    return f"　　{' '.join(groups[:4])}\n　　{' '.join(groups[4:])}"


def conflict_line(table: str, incoming: str) -> str:
    """A 定稿 record a package would have changed, by what it is and its title: “· 会议记录“…””."""
    row = json.loads(incoming)
    what = _TABLES.get(table, "记录")
    title = row.get("title") or row.get("name") or ""
    return f"· {what}“{title}”" if title else f"· {what}"


def imported(name: str, r: ImportResult) -> str:
    """What became of one package that was taken (the window's message and the command line say the same):
    its records, its key, the 定稿 changes left for review."""
    text = f"{name}（{r.branch_name}）\n{outcome(r)}"
    if r.old_fingerprint:
        text += f"\n该支部的密钥已更换为：\n{fingerprint_lines(r.fingerprint)}"
    if r.conflicts:
        lines = [conflict_line(c.table_name, c.incoming) for c in r.conflicts]
        text += ("\n以下记录已定稿，数据包中对它们的改动没有附修改说明，没有采用，已留待核对：\n"
                 + "\n".join(lines[:20]) + (f"\n……共 {len(lines)} 处" if len(lines) > 20 else "")
                 + "\n可以在“文件 → 数据包冲突”中逐项对照两个版本。")
    return text
