"""The branch's own structure, as 《中国共产党支部工作条例（试行）》(2018) sets it.

- 第六条: 有正式党员3人以上的，应当成立党支部; 正式党员不足3人的单位, 成立联合党支部 — a branch with fewer
  than 3 正式党员 cannot stand alone.
- 第二十条: 正式党员7人以上的党支部，应当设立党支部委员会。党支部委员会由党支部党员大会选举产生，一般设委员
  3至5人，最多不超过7人。正式党员不足7人的党支部，不设党支部委员会，由党支部党员大会选举支部书记1人，必要时
  增设副书记1人。
- 换届: 支部委员会（不设委员会的支部书记、副书记）每届任期3年或5年; 村、社区党组织每届5年 (domain/people.py
  term_years). Due once the term has ended; announced half a year ahead.

Pure: counts and dates in, notices out. Shown in 支部信息 and added to the 年度自查 findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dangjian_desktop.domain.people import COMMITTEE_ROLES, MEMBER_ROLE

SERIOUS, WARN, INFO = "serious", "warn", "info"  # the 年度自查 severities (domain/selfcheck_items.py)
BASIS_MIN = "《中国共产党支部工作条例（试行）》第六条：有正式党员3人以上的，应当成立党支部"
BASIS_COMMITTEE = ("《中国共产党支部工作条例（试行）》第二十条：正式党员7人以上的党支部，应当设立党支部委员会，"
                   "一般设委员3至5人，最多不超过7人")
BASIS_TERM = "支部委员会每届任期3年或5年，村、社区党组织每届任期5年，届满应按期换届"
TERM_NOTICE_DAYS = 183  # announce the 换届 half a year ahead
LEADER_ONLY = ("书记", "副书记")  # a branch without a committee elects these two only


@dataclass(frozen=True)
class Notice:
    key: str  # structure_members / structure_committee / committee_size / term
    severity: str
    text: str
    basis: str


def has_committee(roles: list[str]) -> bool:
    """A 支部委员会 exists once anyone beyond 书记 and 副书记 sits on it."""
    return any(r not in LEADER_ONLY for r in roles)


def term_notice(term_end: date | None, today: date) -> Notice | None:
    """换届: due (the term has ended) or coming (within half a year)."""
    if term_end is None:
        return None
    days = (term_end - today).days
    if days < 0:
        return Notice("term", SERIOUS, f"支委会已于{term_end:%Y-%m-%d}届满，尚未换届", BASIS_TERM)
    if days <= TERM_NOTICE_DAYS:
        return Notice("term", WARN, f"支委会将于{term_end:%Y-%m-%d}届满，应做好换届准备", BASIS_TERM)
    return None


def check(full_members: int, roles: list[str], term_end: date | None, today: date) -> list[Notice]:
    """Notices for a branch with ``full_members`` 正式党员 on its books and a committee of ``roles``."""
    out: list[Notice] = []
    if full_members < 3:
        out.append(Notice("structure_members", SERIOUS,
                          f"正式党员只有 {full_members} 人，不足3人，不能单独成立党支部，应与邻近单位成立联合党支部",
                          BASIS_MIN))
    committee = has_committee(roles)
    if full_members >= 7 and not committee:
        out.append(Notice("structure_committee", WARN,
                          f"正式党员 {full_members} 人，7人以上的党支部应当设立支部委员会（在“支部信息”中登记支委）",
                          BASIS_COMMITTEE))
    if committee and len(roles) < 3:
        out.append(Notice("committee_size", WARN, f"支委会只有 {len(roles)} 人，一般设委员3至5人", BASIS_COMMITTEE))
    elif len(roles) > 7:
        out.append(Notice("committee_size", SERIOUS, f"支委会有 {len(roles)} 人，最多不超过7人", BASIS_COMMITTEE))
    term = term_notice(term_end, today)
    if term is not None:
        out.append(term)
    return out


def role_order(role: str) -> int:
    return COMMITTEE_ROLES.index(role) if role in COMMITTEE_ROLES else len(COMMITTEE_ROLES) if role == MEMBER_ROLE \
        else len(COMMITTEE_ROLES) + 1
