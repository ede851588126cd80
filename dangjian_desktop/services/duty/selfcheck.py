"""What the 年度自查 learns from the 党员责任区 records: the study activity count, areas without a
responsible member, members without a pledge, pledges without a year-end assessment, 积极分子 without an
area or a 培养联系人, and 公示 missing or too short."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from dangjian_desktop.domain import duty as rules
from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services.duty import activity, areas, notices, pledges
from dangjian_desktop.services.duty.common import roster

_TAB = "责任区与承诺"


def _names(names: list[str]) -> str:
    return "、".join(names[:12]) + ("等" if len(names) > 12 else "")


def gather(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    year, today = facts.year, facts.today
    facts.activity = activity.activity_count(session, branch_id, year, today=today)
    facts.known.add("activities")
    listed: dict[str, list[tuple[str, sc.Target]]] = {k: [] for k in sr.DUTY_KINDS}
    all_areas = areas.list_areas(session, branch_id)
    for a in all_areas:
        if not a.leaders:
            listed[sr.DUTY_AREAS].append((f"党员责任区“{a.name}”没有确定责任党员", sc.Target(_TAB, a.id)))
    year_pledges = pledges.year_pledges(session, branch_id, year)
    if today >= date(year, 4, 1):  # pledges are made at the start of the year
        missing = [m.name for m in year_pledges if not m.pledges]
        if missing:
            listed[sr.PLEDGES].append((f"{year}年有 {len(missing)} 名党员没有作出承诺：{_names(missing)}",
                                       sc.Target(_TAB)))
    if today >= date(year + 1, 1, 1) or today >= date(year, 12, 1):  # the assessment is made at the year end
        unreviewed = [m.name for m in year_pledges if m.pledges and m.review is None]
        if unreviewed:
            listed[sr.PLEDGE_REVIEWS].append((f"{year}年有 {len(unreviewed)} 名党员的承诺没有年终践诺评定："
                                              f"{_names(unreviewed)}", sc.Target(_TAB)))
    in_area = {p.person_id for a in all_areas for p in a.with_role(rules.ACTIVIST)}
    for p in roster(session, branch_id, ("入党积极分子", "发展对象")):
        gaps = [what for what, gap in (("没有纳入党员责任区", p.id not in in_area),
                                       ("没有确定培养联系人", not p.contact_persons.strip())) if gap]
        if gaps:
            listed[sr.ACTIVISTS].append((f"{p.category}{p.name}" + "，".join(gaps), sc.Target("党员台账", p.id)))
    for f in notices.year_findings(session, branch_id, year, today):
        listed[sr.NOTICES].append((f"{f.name}：{f.label}{'，' if f.note else ''}{f.note}", sc.Target(_TAB, f.person_id)))
    facts.listed.update(listed)
    facts.known.add("duty")
