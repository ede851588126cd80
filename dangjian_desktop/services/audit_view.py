"""修改记录: who changed what and when, field by field, for one record, one person, or everything.

Reads the audit rows db/audit.py writes with every change and turns them into Chinese text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session, SQLModel, col
from sqlmodel import select as sm_select

from dangjian_desktop.db.models.audit import AuditLog
from dangjian_desktop.domain.people_columns import FIELD_LABELS

ACTION_LABELS = {"insert": "新增", "update": "修改", "delete": "删除（移入回收站）", "restore": "从回收站恢复",
                 "purge": "彻底删除"}
TABLE_LABELS = {
    "branch": "支部信息", "committee_member": "支部委员", "party_group": "党小组", "person": "党员信息",
    "org_transfer": "组织关系转接", "import_batch": "花名册导入", "dues_assessment": "党费核定",
    "dues_payment": "党费缴纳", "dues_payment_month": "党费所交月份", "dues_rate_table": "党费标准",
    "discipline": "党纪处分",
    "duty_area": "党员责任区", "duty_area_person": "责任区联系对象", "duty_area_record": "责任区履责记录",
    "duty_pledge": "党员承诺", "duty_pledge_review": "承诺评议", "duty_pair": "党员结对", "duty_notice": "承诺公示",
    "duty_workday": "工作日校正", "exchange_source": "数据包来源支部", "exchange_conflict": "数据包冲突",
    "app_user": "用户", "app_setting": "设置", "audit_log": "修改记录", "attachment_blob": "附件内容",
}
_PREFIX_LABELS = {"meeting": "会议记录", "case": "三卡一法", "study": "学习笔记"}
_FIELD_EXTRA = {
    "name": "名称", "deleted_at": "删除时间", "group_id": "所在党小组", "branch_id": "支部", "person_id": "人员",
    "status_date": "组织关系变动日期", "status_note": "组织关系说明", "suspended_date": "停止党籍日期",
    "restored_date": "恢复党籍日期", "first_talk_date": "首次谈话日期",
    "training_start": "集中培训开始", "training_end": "集中培训结束", "training_hours": "培训学时",
    "join_date": "入党日期", "probation_extension_months": "延长预备期（月）", "introducer1": "入党介绍人一",
    "introducer2": "入党介绍人二", "import_batch_id": "导入批次", "parent_org": "上级党组织", "kind": "类型",
    "session_no": "届次", "election_date": "选举日期", "role": "职务", "leader_name": "组长", "sort_order": "排序",
    "direction": "转接方向", "transfer_date": "转接日期", "other_unit": "对方单位", "letter_no": "介绍信编号",
    "dues_paid_until": "党费交至", "year": "年度", "from_month": "起始月份", "month": "月份",
    "base_fen": "交纳基数", "rate_bp": "比例", "due_fen": "月应缴", "amount_fen": "金额", "reduction": "减免",
    "reason": "原因", "approval_note": "批准情况", "paid_on": "缴纳日期", "receiver": "收款人", "paid_by": "代缴人",
    "payment_id": "缴费单", "content": "内容", "file_name": "文件名", "row_count": "行数", "undone_at": "撤销时间",
    "title": "标题", "date": "日期", "place": "地点", "topic": "主题", "note": "备注",
    "decided_on": "处分决定日期", "decided_by": "决定机关", "probation_start": "留党察看起始日期",
    "probation_years": "留党察看期限（年）", "restored_on": "恢复党员权利日期", "leader_id": "组长（台账人员）",
    # 会议记录
    "held_on": "日期", "start_time": "开始时间", "end_time": "结束时间", "host": "主持人", "recorder": "记录人",
    "lecturer": "授课人", "observers": "列席人员", "types": "会议类型", "summary": "摘要", "late_entry": "补录",
    "finalized_at": "定稿时间", "meeting_id": "会议", "can_vote": "有表决权", "written_opinion": "书面意见",
    "candidate": "候选人", "is_election": "选举事项", "resolution": "决议", "speeches": "发言记录",
    "vote_method": "表决方式", "votes_for": "赞成票", "votes_against": "反对票", "votes_abstain": "弃权票",
    "written_for": "书面表决", "changes": "修改内容", "ext": "文件类型", "sha256": "文件校验码", "size": "文件大小",
    # 三卡一法
    "case_id": "一人一事", "card_type_id": "卡片类型", "card_date": "填卡日期", "action": "事项",
    "event_date": "日期", "closed_on": "销号日期", "opened_on": "建档日期", "confirmation": "确认意见",
    "confirmed": "已确认", "level": "等级", "next_follow_up": "下次回访", "noticed_via": "发现途径",
    "person_post": "职务", "person_unit": "工作单位", "responsible": "责任人", "result": "结果",
    "key": "项目", "label": "名称", "options": "选项", "required": "必填", "active": "启用",
    # 学习
    "session_id": "学习活动", "form": "学习形式", "hours": "学时", "location": "地点", "material_text": "学习材料内容",
    "materials": "学习材料", "reflection": "心得体会", "word_count": "字数",
    # 责任区与承诺
    "area_id": "责任区", "member_id": "结对党员", "day": "日期", "is_workday": "工作日", "done_on": "完成日期",
    "due_on": "应完成日期", "duty": "职责", "start_on": "公示开始", "end_on": "公示结束", "ended_on": "结束日期",
    "grade": "评议等级", "reviewed_on": "评议日期", "pledged_on": "承诺日期",
    # 支部、用户、数据包、设置
    "code": "支部编码", "read_only": "只读（数据包导入）", "started_on": "开始日期", "value": "值",
    "data": "文件内容",
    "fingerprint": "密钥指纹", "public_key": "公钥", "last_exported_at": "最近导出时间",
    "last_imported_at": "最近导入时间", "exported_at": "导出时间", "held": "本机所存版本", "incoming": "数据包中的版本",
    "incoming_updated_at": "数据包中修改时间", "resolved_at": "处理时间", "row_id": "记录", "at": "时间",
    "actor": "操作人",
}
_ID_WITHOUT_KEY = {"leader_id": "person"}  # person ids kept without a foreign key (see db/models/org.py)
QUIET_TABLES = {"dues_payment_month"}  # shown through their payment
_MAX_TEXT = 200
_NOT_SHOWN = {"deleted_at", "id"}  # the record itself is named in its own column; deletion is the action


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: datetime  # local time
    actor: str
    action: str
    action_label: str
    table: str
    table_label: str
    row_id: str
    record: str  # a name for the record, e.g. the person's name
    changes: tuple[FieldChange, ...]

    def summary(self) -> str:
        return "；".join(f"{c.label}：{c.before} → {c.after}" for c in self.changes)


def table_label(table: str) -> str:
    if table in TABLE_LABELS:
        return TABLE_LABELS[table]
    return next((label for prefix, label in _PREFIX_LABELS.items() if table.startswith(prefix)), table)


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name) or _FIELD_EXTRA.get(name)
    if label:
        return label
    return next((FIELD_LABELS[k] for k in FIELD_LABELS if k in name), name)


def _short(text: str) -> str:
    text = "".join(ch if ch.isprintable() or ch == "\n" else "�" for ch in text).replace("\n", "⏎")
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + f"…（共 {len(text)} 字）"


def format_value(name: str, value: Any, names: dict[str, str] | None = None) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool) or name.startswith("is_"):
        return "是" if value else "否"
    if name.endswith("_fen") and isinstance(value, int):
        return f"{value / 100:.2f} 元"
    if name == "rate_bp" and isinstance(value, int):
        return f"{value / 100:g}%"
    if isinstance(value, str) and name.endswith("_id"):
        return (names or {}).get(value, "（已不存在）")
    if isinstance(value, str) and (name.endswith("_at") or name == "at") and "T" in value:
        try:
            when = datetime.fromisoformat(value)
            when = when if when.tzinfo else when.replace(tzinfo=UTC)
            return when.astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
    if isinstance(value, datetime | date):
        return value.isoformat()
    return _short(str(value))


def _table(name: str) -> Table | None:
    table = SQLModel.metadata.tables.get(name)
    return table if isinstance(table, Table) else None


def _names(session: Session, ids_by_table: dict[str, set[str]]) -> dict[str, str]:
    """A display name for each row id: its ``name``, else the name of its person."""
    out: dict[str, str] = {}
    person_of: dict[str, str] = {}
    for table_name, ids in ids_by_table.items():
        table = _table(table_name)
        if table is None or not ids:
            continue
        cols = table.c
        wanted = [cols.id] + [c for c in (cols.get("name"), cols.get("person_id")) if c is not None]
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            for row in session.execute(select(*wanted).where(cols.id.in_(id_list[start:start + 500]))):
                data = row._mapping
                if data.get("name"):
                    out[data["id"]] = str(data["name"])
                elif data.get("person_id"):
                    person_of[data["id"]] = data["person_id"]
    if person_of:
        out.update({k: v for k, v in _names(session, {"person": set(person_of.values())}).items()})
        for row_id, person_id in person_of.items():
            out[row_id] = out.get(person_id, "")
    return out


def _entries(session: Session, logs: list[AuditLog]) -> list[AuditEntry]:
    parsed: list[tuple[AuditLog, dict[str, Any]]] = []
    wanted: dict[str, set[str]] = {}
    for log in logs:
        try:
            changes = json.loads(log.changes or "{}")
        except ValueError:
            changes = {}
        if not isinstance(changes, dict):
            changes = {}
        parsed.append((log, changes))
        wanted.setdefault(log.table_name, set()).add(log.row_id)
        table = _table(log.table_name)
        for key, pair in changes.items():
            if key.endswith("_id") and table is not None and key in table.c:
                targets = [fk.column.table.name for fk in table.c[key].foreign_keys] or \
                    [t for t in (_ID_WITHOUT_KEY.get(key),) if t]
                for target in targets:
                    wanted.setdefault(target, set()).update(v for v in (pair or []) if isinstance(v, str))
    names = _names(session, wanted)
    out = []
    for log, changes in parsed:
        fields = tuple(
            FieldChange(key, field_label(key), format_value(key, pair[0], names), format_value(key, pair[1], names))
            for key, pair in changes.items()
            if isinstance(pair, list) and len(pair) == 2 and key not in _NOT_SHOWN)
        at = log.at if log.at.tzinfo else log.at.replace(tzinfo=UTC)
        record = names.get(log.row_id) or str(changes.get("name", [None, ""])[1] or "")
        out.append(AuditEntry(log.id, at.astimezone(), log.actor, log.action, ACTION_LABELS.get(log.action, log.action),
                              log.table_name, table_label(log.table_name), log.row_id, record, fields))
    return out


def history(session: Session, *, row_ids: list[str] | None = None, limit: int = 1000,
            include_quiet: bool = False) -> list[AuditEntry]:
    """Audit entries, newest first: for the given rows, or for everything."""
    stmt = sm_select(AuditLog).order_by(col(AuditLog.at).desc(), col(AuditLog.id)).limit(limit)
    if row_ids is not None:
        stmt = stmt.where(col(AuditLog.row_id).in_(row_ids))
    if not include_quiet:
        stmt = stmt.where(col(AuditLog.table_name).not_in(QUIET_TABLES))
    return _entries(session, list(session.exec(stmt)))


def person_history(session: Session, person_id: str, limit: int = 1000) -> list[AuditEntry]:
    """Changes to a person and to every record that belongs to them (transfers, dues, …)."""
    ids = {person_id}
    for table in SQLModel.metadata.sorted_tables:
        if "person_id" in table.c and "id" in table.c and table.name not in QUIET_TABLES:
            ids.update(session.execute(select(table.c.id).where(table.c.person_id == person_id)).scalars())
    return history(session, row_ids=sorted(ids), limit=limit)
