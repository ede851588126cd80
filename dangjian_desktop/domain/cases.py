"""三卡一法 rules: the closed loop 摸排 → 谈心 → 帮扶 → 回访 → 销号, follow-ups and overdue cases.

Pure: no database, no Qt.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

STATUSES = ("摸排", "谈心", "帮扶", "回访", "销号")
CLOSED = "销号"
OPEN_STATUSES = STATUSES[:-1]
CATEGORIES = ("思想问题", "工作困难", "家庭/生活困难", "健康", "诉求", "其他")
NOTICED_VIA = ("走访", "谈心", "反映", "观察")
LEVELS = ("一般", "关注", "重点")
# days to the next follow-up by 关注等级, as a suggestion when a case is opened or a card added
FOLLOW_UP_DAYS = {"重点": 7, "关注": 14, "一般": 30}

# what a card of a default kind says about where the case stands on the method
_STATUS_BY_ROLE = {"thought": "摸排", "talk": "谈心", "help": "帮扶"}


def suggested_follow_up(level: str, on: date) -> date:
    return on + timedelta(days=FOLLOW_UP_DAYS.get(level, 30))


def is_overdue(status: str, next_follow_up: date | None, today: date) -> bool:
    """An open case whose follow-up date has passed."""
    return status != CLOSED and next_follow_up is not None and next_follow_up < today


def overdue_days(status: str, next_follow_up: date | None, today: date) -> int:
    return (today - next_follow_up).days if next_follow_up and is_overdue(status, next_follow_up, today) else 0


def status_after_card(status: str, role: str, *, follow_up_visit: bool = False) -> str:
    """The status once a card is added: the method only moves forward, never past 回访 by itself.

    A 谈心谈话卡 on a case already being helped is the follow-up visit (回访).
    """
    if status == CLOSED:
        return status
    target = _STATUS_BY_ROLE.get(role)
    if target is None:
        return status
    if role == "talk" and STATUSES.index(status) >= STATUSES.index("帮扶"):
        target = "回访"
    if follow_up_visit:
        target = "回访"
    return target if STATUSES.index(target) > STATUSES.index(status) else status


def check_case(values: dict[str, object], today: date) -> dict[str, str]:
    """Field messages for a case (the person, dates, status, level)."""
    errors: dict[str, str] = {}
    if not str(values.get("person_name") or "").strip():
        errors["person_name"] = "请填写当事人姓名"
    opened = values.get("opened_on")
    if not isinstance(opened, date):
        errors["opened_on"] = "请填写立案（发现）日期"
    elif opened > today:
        errors["opened_on"] = "立案日期不能晚于今天"
    status = values.get("status")
    if status not in OPEN_STATUSES:
        errors["status"] = "销号请用“销号”功能，并填写办理结果和本人确认" if status == CLOSED else "请选择进展"
    if values.get("level") not in LEVELS:
        errors["level"] = "请选择关注等级"
    follow = values.get("next_follow_up")
    if not isinstance(follow, date):
        errors["next_follow_up"] = "未销号的事项要定下次回访日期"
    elif isinstance(opened, date) and follow < opened:
        errors["next_follow_up"] = "下次回访日期不能早于立案日期"
    if not str(values.get("category") or "").strip():
        errors["category"] = "请选择或填写类别"
    return errors


def check_close(result: str, confirmed: bool, closed_on: date | None, opened_on: date, today: date) -> dict[str, str]:
    """销号 needs a result and the person's confirmation (双向确认)."""
    errors: dict[str, str] = {}
    if not result.strip():
        errors["result"] = "销号前要写明办理结果"
    if not confirmed:
        errors["confirmed"] = "销号前要经本人确认（双向确认）"
    if closed_on is None:
        errors["closed_on"] = "请填写销号日期"
    elif closed_on > today:
        errors["closed_on"] = "销号日期不能晚于今天"
    elif closed_on < opened_on:
        errors["closed_on"] = "销号日期不能早于立案日期"
    return errors


def check_reopen(reason: str, next_follow_up: date | None, on: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "请写明重新打开的原因"
    if next_follow_up is None:
        errors["next_follow_up"] = "请定下次回访日期"
    elif next_follow_up < on:
        errors["next_follow_up"] = "下次回访日期不能早于今天"
    return errors


_ID_NUMBER = re.compile(r"(?<![0-9])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])(1[3-9]\d)\d{4}(\d{4})(?![0-9])")


def mask_id_number(value: str) -> str:
    """First 6 and last 4 shown (DESIGN §4.6)."""
    value = value.strip()
    return value[:6] + "*" * (len(value) - 10) + value[-4:] if len(value) > 10 else value


def mask_phone(value: str) -> str:
    value = value.strip()
    return value[:3] + "*" * (len(value) - 7) + value[-4:] if len(value) >= 8 else value


def mask_text(text: str) -> str:
    """Any ID number or mobile number written into free text, masked the same way."""
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "*" * 8 + m.group(2), text)
    return _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
