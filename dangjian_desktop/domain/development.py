"""The 发展党员 timeline of one person: what is done, what is overdue, what is due soon.

Time limits (DESIGN.md §4.1; the activist wait is local and passed in):
首次谈话 within 1 month of applying; 积极分子 ≥ N months after applying; 发展对象 ≥ 1 year after
积极分子; 集中培训 ≥ 3 days or 24 学时; 上级党委审批 within 3 months of 支部大会接收; 预备期 1 year
from 入党日期 (plus any extension), after which 转正 is due.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dangjian_desktop.domain.dates import add_months
from dangjian_desktop.domain.people import DEVELOPMENT_STEPS
from dangjian_desktop.domain.workdays import WorkdayCount

DUE_SOON_DAYS = 30

DONE, OVERDUE, DUE_SOON, WAITING, BREACH, MISSING = "done", "overdue", "due_soon", "waiting", "breach", "missing"
STATE_LABELS = {DONE: "已完成", OVERDUE: "已逾期", DUE_SOON: "即将到期", WAITING: "待办", BREACH: "不符合时限",
                MISSING: "未登记"}

# How far a person has got, from their 人员类别, as an index into STEP_ORDER.
STEP_ORDER = tuple(field for field, _label in DEVELOPMENT_STEPS)
_CATEGORY_STAGE = {"入党申请人": 0, "入党积极分子": 2, "发展对象": 3, "预备党员": 7, "正式党员": 11}


def _reached(p: Mapping[str, Any]) -> int:
    """The furthest step the record shows: the last step with a date, or what the 人员类别 implies."""
    dated = [i for i, f in enumerate(STEP_ORDER) if p.get(f)]
    return max([*dated, _CATEGORY_STAGE.get(p.get("category") or "", -1)])


def _missing(label: str) -> Step:
    """A step the person is already past, whose date was never recorded (common in old rosters)."""
    return Step(label, None, MISSING, "后续环节已完成，此环节未登记日期")


@dataclass(frozen=True)
class Step:
    label: str
    when: date | None
    state: str
    note: str = ""


def _limit_step(label: str, done: date | None, start: date | None, months: int, today: date,
                what: str) -> Step | None:
    """A step that must happen within ``months`` of ``start``."""
    if start is None:
        return Step(label, done, DONE, "") if done else None
    deadline = add_months(start, months)
    if done is not None:
        if done > deadline:
            return Step(label, done, BREACH, f"超过{what}时限（应在 {deadline:%Y-%m-%d} 前）")
        return Step(label, done, DONE)
    if today > deadline:
        return Step(label, deadline, OVERDUE, f"应在 {deadline:%Y-%m-%d} 前完成，已逾期 {(today - deadline).days} 天")
    if (deadline - today).days <= DUE_SOON_DAYS:
        return Step(label, deadline, DUE_SOON, f"应在 {deadline:%Y-%m-%d} 前完成，还剩 {(deadline - today).days} 天")
    return Step(label, deadline, WAITING, f"应在 {deadline:%Y-%m-%d} 前完成")


def _wait_step(label: str, done: date | None, start: date | None, months: int, what: str) -> Step | None:
    """A step that may happen only ``months`` after ``start``."""
    if done is None:
        if start is None:
            return None
        return Step(label, add_months(start, months), WAITING, f"最早 {add_months(start, months):%Y-%m-%d}")
    if start is not None and done < add_months(start, months):
        return Step(label, done, BREACH, f"距上一步不足{what}")
    return Step(label, done, DONE)


ACTIVIST_WAIT_MONTHS = 6  # *local*: months from applying to 确定积极分子 (db/settings.py lets a branch change it)


def probation_end(join_date: date, extension_months: int = 0) -> date:
    return add_months(join_date, 12 + extension_months)


def timeline(p: Mapping[str, Any], today: date | None = None, activist_wait_months: int = ACTIVIST_WAIT_MONTHS,
             notices: Mapping[str, NoticeFacts] | None = None) -> list[Step]:
    """The steps of one person's record, in order, each with a state and a plain-words note.

    With ``notices`` (the person's 公示 by kind, from the 党员责任区 records) the 公示 before the
    支部大会 and before 转正 are steps too."""
    today = today or date.today()
    g = p.get
    reached = _reached(p)
    steps: list[Step | None] = []
    if g("apply_date"):
        steps.append(Step("申请入党", g("apply_date"), DONE))
    if g("apply_date") and not g("first_talk_date") and reached > 1:
        steps.append(_missing("首次谈话"))
    else:
        steps.append(_limit_step("首次谈话", g("first_talk_date"), g("apply_date"), 1, today, "一个月"))
    if g("apply_date") or g("activist_date"):
        steps.append(_wait_step("确定为入党积极分子", g("activist_date"), g("apply_date"),
                                activist_wait_months, f"{activist_wait_months}个月"))
    if g("activist_date") or g("candidate_date"):
        steps.append(_wait_step("确定为发展对象", g("candidate_date"), g("activist_date"), 12, "一年"))
    if g("review_date"):
        steps.append(Step("政治审查", g("review_date"), DONE))
    steps.append(_training_step(p))
    if notices is not None and (g("candidate_date") or g("join_date")):
        steps.append(_notice_step("发展对象", notices.get("发展对象"), g("candidate_date"), g("join_date"), today))
    if g("join_date"):
        steps.append(Step("支部大会接收（入党）", g("join_date"), DONE))
        if not g("approval_date") and reached > 8:
            steps.append(_missing("上级党委审批"))
        else:
            steps.append(_limit_step("上级党委审批", g("approval_date"), g("join_date"), 3, today, "三个月"))
        if g("oath_date"):
            steps.append(Step("入党宣誓", g("oath_date"), DONE))
        if notices is not None:
            steps.append(_notice_step("转正", notices.get("转正"), g("join_date"), g("full_member_date"), today))
        steps.append(_full_member_step(p, today))
    return [s for s in steps if s is not None]


def _training_step(p: Mapping[str, Any]) -> Step | None:
    start, end, hours = p.get("training_start"), p.get("training_end"), p.get("training_hours")
    if start is None and end is None:
        return None
    days = (end - start).days + 1 if start and end else 0
    if days >= 3 or (hours or 0) >= 24:
        return Step("集中培训", end or start, DONE, f"{days}天" + (f"，{hours}学时" if hours else ""))
    return Step("集中培训", end or start, BREACH, "集中培训应不少于3天或24学时")


def _full_member_step(p: Mapping[str, Any], today: date) -> Step:
    join = p["join_date"]
    ext = int(p.get("probation_extension_months") or 0)
    end = probation_end(join, ext)
    full = p.get("full_member_date")
    label = "转为正式党员" + (f"（预备期延长{ext}个月）" if ext else "")
    if full is not None:
        if full < end:
            return Step(label, full, BREACH, f"预备期未满一年（满期 {end:%Y-%m-%d}）")
        return Step(label, full, DONE)
    if p.get("category") == "正式党员":
        return Step(label, None, DONE, "未登记转正日期")
    if today >= end:
        return Step(label, end, OVERDUE, f"预备期已于 {end:%Y-%m-%d} 期满，应及时讨论转正")
    if (end - today).days <= DUE_SOON_DAYS:
        return Step(label, end, DUE_SOON, f"预备期 {end:%Y-%m-%d} 期满，还剩 {(end - today).days} 天")
    return Step(label, end, WAITING, f"预备期 {end:%Y-%m-%d} 期满")


def attention(steps: list[Step]) -> list[Step]:
    """The steps a secretary should act on (overdue, due soon, breached)."""
    return [s for s in steps if s.state in (OVERDUE, DUE_SOON, BREACH)]


NOTICE_LABELS = {"发展对象": "发展对象公示", "转正": "转正公示"}
_RECENT = timedelta(days=366)  # a meeting this recent without a registered 公示 is a finding


@dataclass(frozen=True)
class NoticeFacts:
    """A registered 公示: its kind, dates, working days (counted by domain.workdays) and result."""

    kind: str  # 发展对象 / 转正
    start: date
    end: date
    workdays: WorkdayCount
    result: str = ""


def _notice_step(kind: str, n: NoticeFacts | None, after: date | None, meeting: date | None,
                 today: date) -> Step | None:
    """The 公示 before the meeting that acts on it (支部大会接收, or the 转正 decision)."""
    from dangjian_desktop.domain.duty import MIN_NOTICE_WORKDAYS, check_notice_dates

    label = NOTICE_LABELS[kind]
    if n is None:
        what = "支部大会讨论前" if kind == "发展对象" else "讨论转正前"
        if meeting is None:
            return Step(label, None, WAITING, f"{what}应公示不少于{MIN_NOTICE_WORKDAYS}个工作日")
        if today - meeting <= _RECENT:
            return Step(label, None, BREACH, f"{what}未登记公示（应公示不少于{MIN_NOTICE_WORKDAYS}个工作日）")
        return None  # long past: older rosters rarely kept it, and it is no longer actionable
    meeting_label = "支部大会" if kind == "发展对象" else "转正"
    checked = check_notice_dates(n.start, n.end, n.workdays, meeting, meeting_label)
    note = checked.text + (f"，{n.result}" if n.result else "")
    if after is not None and n.start < after:
        return Step(label, n.end, BREACH, note + "；公示早于上一环节")
    return Step(label, n.end, DONE if checked.ok else BREACH, note)
