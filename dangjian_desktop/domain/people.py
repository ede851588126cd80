"""The roster's vocabularies and the checks one person's record must pass."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.dates import age_on

CATEGORIES = ("正式党员", "预备党员", "发展对象", "入党积极分子", "入党申请人")
MEMBER_CATEGORIES = ("正式党员", "预备党员")
STATUSES = ("正常", "转出", "流出", "失联", "停止党籍", "出党", "去世")
ACTIVE_STATUSES = ("正常", "流出", "失联")  # still on the branch's books
GENDERS = ("男", "女")
EDUCATIONS = ("研究生", "大学", "大专", "中专", "高中", "初中", "小学", "其他")
COMMITTEE_ROLES = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员")
MEMBER_ROLE = "委员"  # a committee seat without a named portfolio; may repeat
EXTRA_MEMBER_SEATS = 2  # 支部信息 offers two of them: with the five roles, a committee of up to 7
BRANCH_KINDS = ("村", "社区", "机关", "企业", "学校", "事业单位", "其他")
TRANSFER_DIRECTIONS = ("转入", "转出")

# The 发展党员 steps in the order they must happen: (field, label).
DEVELOPMENT_STEPS = (
    ("apply_date", "申请入党"),
    ("first_talk_date", "首次谈话"),
    ("activist_date", "确定为入党积极分子"),
    ("candidate_date", "确定为发展对象"),
    ("review_date", "政治审查"),
    ("training_start", "集中培训开始"),
    ("training_end", "集中培训结束"),
    ("join_date", "支部大会接收（入党日期）"),
    ("approval_date", "上级党委审批"),
    ("oath_date", "入党宣誓"),
    ("full_apply_date", "提出转正申请"),
    ("full_member_date", "转为正式党员"),
)
DATE_FIELDS = ("birth_date", "status_date", "suspended_date", "restored_date", *(f for f, _ in DEVELOPMENT_STEPS))

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


def committee_role(post: str) -> str:
    """The committee role a 党内职务 names ("" if none): 支部书记 → 书记, 党支部副书记 → 副书记, 支委委员 → 委员.
    A 党小组组长 or a 村委委员 is not on the branch committee."""
    post = post.strip()
    for role in ("副书记", "书记", "组织委员", "宣传委员", "纪检委员"):
        if role in post:
            return role
    return MEMBER_ROLE if post in (MEMBER_ROLE, "支委", "支委委员", "支部委员") else ""


def term_years(branch_kind: str) -> int:
    """村/社区 branches are elected for 5 years, others for 3."""
    return 5 if branch_kind in ("村", "社区") else 3


def normalize_phone(raw: str) -> str:
    """'181-2768-4268' → '18127684268'; landlines keep one dash after the area code."""
    text = re.sub(r"[\s\u3000()（）]", "", raw or "").replace("－", "-").replace("—", "-")
    digits = text.replace("-", "")
    if text.startswith("+86"):
        digits = digits[3:]
    if _MOBILE.match(digits):
        return digits
    return text


def phone_error(phone: str) -> str | None:
    if not phone:
        return None
    if _MOBILE.match(phone) or _LANDLINE.match(phone):
        return None
    if phone.isdigit() and phone.startswith("1"):
        return f"手机号码应为11位（现在是{len(phone)}位）"
    return "联系电话格式不对：手机号11位，座机如 0931-1234567"


def check_person(values: Mapping[str, Any], today: date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Normalise and check one person's fields.

    Returns the cleaned values (ID normalised, birth date and sex filled from the ID when empty)
    and a dict of field → Chinese error message. An empty error dict means the record can be saved.
    """
    today = today or date.today()
    v = dict(values)
    errors: dict[str, str] = {}

    v["name"] = re.sub(r"\s+", "", str(v.get("name") or ""))
    if not v["name"]:
        errors["name"] = "请填写姓名"
    elif len(v["name"]) > 30:
        errors["name"] = "姓名过长"

    raw_id = str(v.get("id_number") or "").strip()
    v["id_number"] = None
    if raw_id:
        try:
            info = idcard.parse(raw_id, today)
        except ValueError as exc:
            errors["id_number"] = str(exc)
        else:
            v["id_number"] = info.number
            birth = v.get("birth_date")
            if birth is None:
                v["birth_date"] = info.birth_date
            elif birth != info.birth_date:
                errors["birth_date"] = f"出生日期与公民身份号码不一致（身份证上是 {info.birth_date:%Y-%m-%d}）"
            if not v.get("gender"):
                v["gender"] = info.gender
            elif v["gender"] != info.gender:
                errors["gender"] = f"性别与公民身份号码不一致（身份证上是{info.gender}）"

    if v.get("gender") and v["gender"] not in GENDERS:
        errors["gender"] = "性别应为“男”或“女”"
    if v.get("category") not in CATEGORIES:
        errors["category"] = "请选择人员类别"
    if v.get("status", "正常") not in STATUSES:
        errors["status"] = "组织关系状态不正确"

    v["phone"] = normalize_phone(str(v.get("phone") or ""))
    msg = phone_error(v["phone"])
    if msg:
        errors["phone"] = msg

    for field in DATE_FIELDS:
        d = v.get(field)
        if d is not None and d > today:
            errors.setdefault(field, f"日期 {d:%Y-%m-%d} 在今天之后")
    birth = v.get("birth_date")
    if birth is not None and "birth_date" not in errors and age_on(birth, today) > 120:
        errors["birth_date"] = "出生日期不合理"

    _check_step_order(v, errors)
    _check_restored(v, errors)
    if birth is not None and v.get("apply_date") and age_on(birth, v["apply_date"]) < 18:
        errors.setdefault("apply_date", "申请入党时未满18周岁")

    category = v.get("category")
    if category in MEMBER_CATEGORIES and v.get("join_date") is None:
        errors.setdefault("join_date", f"{category}须填写入党日期")
    if category == "预备党员" and v.get("full_member_date") is not None:
        errors.setdefault("full_member_date", "已填写转正日期，人员类别应为“正式党员”")
    ext = int(v.get("probation_extension_months") or 0)
    if ext not in (0, 6, 7, 8, 9, 10, 11, 12):
        errors["probation_extension_months"] = "延长预备期为6至12个月"
    hours = v.get("training_hours")
    if hours is not None and not 0 <= int(hours) <= 500:
        errors["training_hours"] = "培训学时不合理"
    return v, errors


def _check_step_order(v: Mapping[str, Any], errors: dict[str, str]) -> None:
    previous: tuple[str, date] | None = None
    for field, label in DEVELOPMENT_STEPS:
        d = v.get(field)
        if d is None:
            continue
        if previous is not None and d < previous[1]:
            errors.setdefault(field, f"“{label}”日期早于“{previous[0]}”（{previous[1]:%Y-%m-%d}），请核对先后顺序")
        previous = (label, d)


def _check_restored(v: Mapping[str, Any], errors: dict[str, str]) -> None:
    """停止党籍 then 恢复党籍: both dates, in order; a restored person's status is no longer 停止党籍."""
    stopped, restored = v.get("suspended_date"), v.get("restored_date")
    if restored is None:
        return
    if stopped is None:
        errors.setdefault("suspended_date", "填写了恢复党籍日期，请同时填写停止党籍日期")
    elif restored < stopped:
        errors.setdefault("restored_date", f"恢复党籍日期早于停止党籍日期（{stopped:%Y-%m-%d}）")
    if v.get("status") == "停止党籍":
        errors.setdefault("status", "已恢复党籍，组织关系状态不应再是“停止党籍”")
