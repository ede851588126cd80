"""党员责任区, 党员承诺, 一帮一结对 and the 公示 of 发展党员: the rules, as plain data in and out.

The 四个明确 of a 党员责任区 (what each member answers for in the area), the kinds of area, the
grades of the year-end 践诺 assessment, and the check of a 公示 (at least 5 working days, ended
before the meeting that acts on it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dangjian_desktop.domain.workdays import WorkdayCount

AREA_KINDS = ("班组", "岗位", "片区", "村民小组", "其他")
LEADER, MEMBER, ACTIVIST = "负责人", "成员", "积极分子"
AREA_ROLES = (LEADER, MEMBER, ACTIVIST)
DUTIES = {
    1: "带头履职，发挥先锋模范作用",
    2: "责任区内不发生违章指挥、违章操作和违反劳动纪律",
    3: "做好责任区内群众的思想政治工作",
    4: "教育、培养和考察责任区内的入党积极分子",
}
DUTY_SHORT = {1: "先锋模范", 2: "安全与纪律", 3: "思想政治工作", 4: "培养积极分子"}
GRADES = ("好", "较好", "一般", "差")
PAIR_KINDS = ("困难帮扶", "培养积极分子")
NOTICE_KINDS = {"发展对象": "发展对象公示", "转正": "预备党员转正公示"}
NOTICE_RESULTS = ("无异议", "有异议，经核实不影响", "有异议，暂缓")
MIN_NOTICE_WORKDAYS = 5
DEFAULT_ACTIVITY_TARGET = 24  # 党员学习教育活动 a year, checked at mid-year (half) and at the year end


def check_area(values: dict[str, object]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not str(values.get("name") or "").strip():
        errors["name"] = "请填写责任区名称"
    if values.get("kind") not in AREA_KINDS:
        errors["kind"] = "请选择责任区类型"
    return errors


def check_area_record(values: dict[str, object], year: int) -> dict[str, str]:
    errors: dict[str, str] = {}
    if values.get("duty") not in DUTIES:
        errors["duty"] = "请选择是“四个明确”中的哪一项"
    if not str(values.get("content") or "").strip():
        errors["content"] = "请写明做了什么"
    for key, label in (("due_on", "完成时限"), ("done_on", "完成日期")):
        when = values.get(key)
        if isinstance(when, date) and abs(when.year - year) > 1:
            errors[key] = f"{label}应在{year}年前后"
    return errors


def check_pledge(content: str, pledged_on: date | None, year: int, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not content.strip():
        errors["content"] = "请填写承诺事项"
    if pledged_on is None:
        errors["pledged_on"] = "请填写承诺日期"
    elif pledged_on > today:
        errors["pledged_on"] = "承诺日期不能晚于今天"
    elif pledged_on.year not in (year - 1, year):
        errors["pledged_on"] = f"{year}年度的承诺应在{year - 1}年底或{year}年内作出"
    return errors


def check_review(grade: str, reviewed_on: date | None, year: int, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if grade not in GRADES:
        errors["grade"] = "请选择践诺评定等次"
    if reviewed_on is None:
        errors["reviewed_on"] = "请填写评定日期"
    elif reviewed_on > today:
        errors["reviewed_on"] = "评定日期不能晚于今天"
    elif reviewed_on.year not in (year, year + 1):
        errors["reviewed_on"] = f"{year}年度的践诺评定应在年底或次年初进行"
    return errors


@dataclass(frozen=True)
class NoticeCheck:
    ok: bool
    text: str  # '公示 2026-03-02 至 2026-03-06，5 个工作日' or what is wrong


def check_notice_dates(start: date | None, end: date | None, count: WorkdayCount | None,
                       meeting: date | None, meeting_label: str) -> NoticeCheck:
    """A 公示 must run at least 5 working days and end before the meeting that acts on it."""
    if start is None or end is None or count is None:
        return NoticeCheck(False, "未登记公示")
    if end < start:
        return NoticeCheck(False, "公示结束日期早于开始日期")
    span = f"公示 {start:%Y-%m-%d} 至 {end:%Y-%m-%d}，{count.days} 个工作日"
    if count.note:
        span += "（" + count.note + "）"
    if count.days < MIN_NOTICE_WORKDAYS:
        return NoticeCheck(False, f"{span}，不足{MIN_NOTICE_WORKDAYS}个工作日")
    if meeting is not None and meeting <= end:
        return NoticeCheck(False, f"{span}，但{meeting_label}（{meeting:%Y-%m-%d}）在公示期满之前")
    return NoticeCheck(True, span)


def check_notice(values: dict[str, object], today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if values.get("kind") not in NOTICE_KINDS:
        errors["kind"] = "请选择公示类型"
    start, end = values.get("start_on"), values.get("end_on")
    if not isinstance(start, date):
        errors["start_on"] = "请填写公示开始日期"
    elif start > today:
        errors["start_on"] = "公示开始日期不能晚于今天"
    if not isinstance(end, date):
        errors["end_on"] = "请填写公示结束日期"
    elif isinstance(start, date) and end < start:
        errors["end_on"] = "结束日期不能早于开始日期"
    return errors


@dataclass(frozen=True)
class ActivityCount:
    """党员学习教育活动 of a year against the local target: the first half and the whole year."""

    year: int
    target: int
    first_half: int
    year_total: int
    today: date

    @property
    def half_target(self) -> int:
        return (self.target + 1) // 2

    @property
    def half_due(self) -> bool:
        return self.today >= date(self.year, 7, 1)

    @property
    def year_due(self) -> bool:
        return self.today >= date(self.year + 1, 1, 1)

    @property
    def second_half(self) -> int:
        return self.year_total - self.first_half

    @property
    def half_short(self) -> bool:
        return self.half_due and self.first_half < self.half_target

    @property
    def year_short(self) -> bool:
        return self.year_due and self.year_total < self.target

    @property
    def text(self) -> str:
        return (f"{self.year}年党员学习教育活动 {self.year_total} 次（上半年 {self.first_half} 次，"
                f"下半年 {self.second_half} 次），全年目标 {self.target} 次，半年检查目标 {self.half_target} 次")


def check_activity_target(value: object) -> dict[str, str]:
    if not isinstance(value, int) or not 1 <= value <= 200:
        return {"target": "全年活动次数目标应为1至200之间的整数"}
    return {}
