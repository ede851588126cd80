"""会议记录 rules: meeting types, voting rights, quorum and pass rules, 补录, frequencies.

All thresholds are *strictly more than* a fraction: exactly half is not enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dangjian_desktop.domain.dates import local_day

GENERAL = "支部党员大会"
COMMITTEE = "支部委员会"
GROUP = "党小组会"
LECTURE = "党课"
THEME_DAY = "主题党日"
LIFE = "组织生活会"
APPRAISAL = "民主评议党员"
OTHER = "其他"
TYPES = (GENERAL, COMMITTEE, GROUP, LECTURE, THEME_DAY, LIFE, APPRAISAL, OTHER)
SHORT_NAMES = {COMMITTEE: "支委会", GENERAL: "党员大会"}
TEMPLATE_TYPES = (COMMITTEE, THEME_DAY)  # started from the last meeting of the kind

PRESENT = "出席"
LATE = "迟到"
LEAVE = "请假"
ABSENT = "缺席"
ATTENDANCE_STATES = (PRESENT, LATE, LEAVE, ABSENT)
VOTE_METHODS = ("举手表决", "无记名投票", "鼓掌通过")
LATE_ENTRY_DAYS = 3  # *local* default; the setting meetings.late_entry_days (db/settings.py) overrides it
ADMISSION_WORDS = ("接收预备党员", "接收为预备党员", "吸收预备党员", "发展为预备党员")
NO_VOTE_CATEGORIES = ("预备党员", "入党申请人", "入党积极分子", "发展对象")


def split_types(text: str) -> list[str]:
    return [t for t in (p.strip() for p in text.replace(",", "、").split("、")) if t]


def join_types(types: list[str] | tuple[str, ...]) -> str:
    return "、".join(t for t in TYPES if t in types) + "".join(f"、{t}" for t in types if t not in TYPES)


def has_vote(category: str, on_probation: bool = False) -> bool:
    """表决权 on the meeting's day. 党章第七条: 预备党员没有表决权; 第四十条: 党员在留党察看期间没有表决权
    (``on_probation``: a 留党察看 record running on that day, domain/discipline.py). People not yet members
    have none either."""
    return category not in NO_VOTE_CATEGORIES and not on_probation


def more_than_half(n: int) -> int:
    """The smallest count strictly greater than half of ``n`` (5 → 3, 6 → 4)."""
    return n // 2 + 1


def more_than_four_fifths(n: int) -> int:
    """The smallest count strictly greater than ⅘ of ``n`` (10 → 9, 5 → 5)."""
    return (4 * n) // 5 + 1


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str


def general_quorum(entitled: int, present: int) -> Check:
    """支部党员大会: present voters > ½ of the voters entitled to attend."""
    if entitled <= 0:
        return Check(False, "没有有表决权的正式党员，无法判断会议是否有效")
    need = more_than_half(entitled)
    if present >= need:
        return Check(True, f"应到有表决权党员 {entitled} 人，实到 {present} 人，超过半数，会议有效")
    return Check(False, f"应到有表决权党员 {entitled} 人，实到 {present} 人，未超过半数（至少要 {need} 人），"
                        "会议不能作出决议")


def committee_quorum(members: int, present: int) -> Check:
    """支部委员会: more than half of the committee present."""
    if members <= 0:
        return Check(False, "支部没有登记支委成员，无法判断支委会是否有效")
    need = more_than_half(members)
    if present >= need:
        return Check(True, f"支委 {members} 人，到会 {present} 人，超过半数，会议有效")
    return Check(False, f"支委 {members} 人，到会 {present} 人，未超过半数（至少要 {need} 人），会议无效")


def election_quorum(entitled: int, present: int) -> Check:
    """选举: present voters > ⅘ of the entitled voters."""
    need = more_than_four_fifths(entitled)
    if entitled > 0 and present >= need:
        return Check(True, f"实到 {present} 人超过应到 {entitled} 人的五分之四，选举有效")
    return Check(False, f"选举须到会人数超过应到 {entitled} 人的五分之四（至少 {need} 人），实到 {present} 人，不能进行选举")


def vote_result(entitled: int, votes_for: int, written_for: int = 0) -> Check:
    """A resolution passes if 赞成 (with written opinions of absent voters) > ½ of the ENTITLED voters."""
    total = votes_for + written_for
    need = more_than_half(entitled)
    counted = f"赞成 {votes_for} 票" + (f"（另有书面意见赞成 {written_for} 票）" if written_for else "")
    if entitled > 0 and total >= need:
        return Check(True, f"{counted}，超过应到有表决权党员 {entitled} 人的半数，通过")
    return Check(False, f"{counted}，未超过应到有表决权党员 {entitled} 人的半数（至少要 {need} 票），未通过")


def is_admission_item(title: str) -> bool:
    return any(w in title for w in ADMISSION_WORDS)


def days_late(held_on: date, entered: datetime | date) -> int:
    """Calendar days from the meeting to the day the record was entered, on the computer's local calendar."""
    return (local_day(entered) - held_on).days


def is_late_entry(held_on: date, entered: datetime | date, limit_days: int = LATE_ENTRY_DAYS) -> bool:
    """补录: entered more than ``limit_days`` days after the meeting (on day N it is still on time)."""
    return days_late(held_on, entered) > limit_days


def valid_time(text: str) -> bool:
    if not text:
        return True
    parts = text.split(":")
    return (len(parts) == 2 and all(p.isdigit() for p in parts) and 0 <= int(parts[0]) < 24
            and 0 <= int(parts[1]) < 60)
