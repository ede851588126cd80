"""党纪处分 as a record: the kinds, the 留党察看 period, and whether it takes away the vote on a given day.

《中国共产党章程》第四十条: 党的纪律处分有五种：警告、严重警告、撤销党内职务、留党察看、开除党籍。
留党察看最长不超过两年。党员在留党察看期间没有表决权、选举权和被选举权。党员经过留党察看，确已改正
错误的，应当恢复其党员的权利。《中国共产党纪律处分条例》: 留党察看分为留党察看一年、留党察看二年。

The period runs from its start date for one or two years, or until the day rights were restored if that is
entered (恢复党员权利之日 the vote is back). On the day the period ends the member votes again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from dangjian_desktop.domain.dates import add_months

WARNING, SERIOUS_WARNING, POST_REMOVED, PROBATION, EXPELLED = "警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"
KINDS = (WARNING, SERIOUS_WARNING, POST_REMOVED, PROBATION, EXPELLED)
PROBATION_YEARS = (1, 2)


@dataclass(frozen=True)
class Penalty:
    """One 党纪处分 as the rules need it."""

    kind: str
    decided_on: date | None = None
    probation_start: date | None = None
    probation_years: int | None = None
    restored_on: date | None = None


def probation_end(p: Penalty) -> date | None:
    """The first day the member has the rights back: 恢复党员权利 date, else start + 1 or 2 years."""
    if p.kind != PROBATION or p.probation_start is None:
        return None
    if p.restored_on is not None:
        return p.restored_on
    return add_months(p.probation_start, 12 * (p.probation_years or 1))


def probation_running(penalties: Iterable[Penalty], day: date) -> bool:
    """A 留党察看 is running on ``day``: started on or before it, and its end is after it."""
    for p in penalties:
        end = probation_end(p)
        if p.kind == PROBATION and p.probation_start is not None and end is not None \
                and p.probation_start <= day < end:
            return True
    return False


def check(p: Penalty, note: str = "", decided_by: str = "", today: date | None = None) -> dict[str, str]:
    """Field errors for one record (empty when it can be saved)."""
    errors: dict[str, str] = {}
    today = today or date.today()
    if p.kind not in KINDS:
        errors["kind"] = "请选择处分种类"
    if p.decided_on is None:
        errors["decided_on"] = "请填写处分决定日期"
    elif p.decided_on > today:
        errors["decided_on"] = "处分决定日期在今天之后"
    if len(decided_by) > 200:
        errors["decided_by"] = "决定机关过长（不超过200字）"
    if p.kind == PROBATION:
        if p.probation_start is None:
            errors["probation_start"] = "请填写留党察看的起始日期"
        if p.probation_years not in PROBATION_YEARS:
            errors["probation_years"] = "留党察看期限为一年或二年（党章第四十条）"
        if p.restored_on is not None and p.probation_start is not None and p.restored_on <= p.probation_start:
            errors["restored_on"] = "恢复党员权利日期应在察看起始日期之后"
        if p.restored_on is not None and p.restored_on > today:
            errors["restored_on"] = "恢复党员权利日期在今天之后"
    return errors


def mentions_probation(*texts: str) -> bool:
    """Free text that speaks of a 留党察看 (notes kept before the records existed)."""
    return any(PROBATION in (t or "") for t in texts)


def describe(p: Penalty) -> str:
    """One line for the person's detail: 留党察看二年（2025-03-01 起，至 2027-03-01）."""
    if p.kind != PROBATION or p.probation_start is None:
        return p.kind
    years = {1: "一年", 2: "二年"}.get(p.probation_years or 1, "")
    end = probation_end(p)
    until = f"，{end:%Y-%m-%d} 恢复党员权利" if p.restored_on else f"，至 {end:%Y-%m-%d}" if end else ""
    return f"{p.kind}{years}（{p.probation_start:%Y-%m-%d} 起{until}）"
