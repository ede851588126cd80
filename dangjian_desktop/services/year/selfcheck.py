"""年度自查: gather a branch's year from every record kind, check it against the branch's rule table.

Each record kind contributes its facts through one ``_gather_*`` function; a kind whose gatherer is
not listed contributes nothing, and its rules are left out rather than reported as missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session

from dangjian_desktop.db import settings
from dangjian_desktop.db.models import Branch, PartyGroup
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain.people import ACTIVE_STATUSES, MEMBER_CATEGORIES
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed, branches
from dangjian_desktop.services.dues import ledger as dues_ledger
from dangjian_desktop.services.dues import reports as dues_reports
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.year import selfcheck_start, structure

if TYPE_CHECKING:
    from dangjian_desktop.domain.study import MemberYear
    from dangjian_desktop.services.cases.records import CaseRow
    from dangjian_desktop.services.meetings.listing import MeetingRow
    from dangjian_desktop.services.township.statistics_rolls import Rolls


@dataclass(frozen=True)
class SelfCheck:
    branch_name: str
    year: int
    as_of: date
    grid: list[sc.GridRow]
    findings: list[sc.Finding]

    @property
    def serious(self) -> list[sc.Finding]:
        return sc.serious(self.findings)


def get_rules(session: Session, branch_id: str) -> sr.RuleTable:
    text = settings.get(session, settings.SELFCHECK_RULES, branch_id=branch_id)
    return sr.RuleTable.from_json(text) if text else sr.RuleTable()


def rules_by_branch(session: Session, branch_ids: list[str]) -> dict[str, sr.RuleTable]:
    """``get_rules`` of many branches in one statement."""
    return {b: sr.RuleTable.from_json(text) if text else sr.RuleTable()
            for b, text in settings.get_per_branch(session, settings.SELFCHECK_RULES, branch_ids).items()}


def set_rules(session: Session, branch_id: str, table: sr.RuleTable) -> Changed:
    branches.get_branch(session, branch_id)
    settings.put(session, settings.SELFCHECK_RULES, table.to_json(), branch_id=branch_id)
    return Changed("branch", (branch_id,))


def _gather_roster(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    branch = branches.get_branch(session, branch_id)
    year_end = year_end_members(session, [branch_id], facts)
    roster_facts(facts, branch, branches.list_groups(session, branch_id),
                 people.list_rows(session, branch_id, facts.today),
                 year_end.get(branch_id, {}) if year_end is not None else None)


def year_end_members(session: Session, branch_ids: list[str], facts: sc.YearFacts,
                     rolls: Rolls | None = None) -> dict[str, dict[str, str]] | None:
    """For a past year: each branch's 党员 on its books on the year's 31 December (id → name), by the rule the
    党内统计 counts 本年底党员数 with (``domain.party_stats.on_books``): the members whose 谈心谈话, 学时 and
    notes the year is judged on, not today's roster. None for the year under way (today's roster)."""
    from dangjian_desktop.domain import party_stats as ps
    from dangjian_desktop.services.township.statistics import member_facts

    end = date(facts.year, 12, 31)
    if facts.today <= end:
        return None
    found: dict[str, dict[str, str]] = {b: {} for b in branch_ids}
    for f in member_facts(session, branch_ids, rolls):
        if ps.on_books(f, end, facts.today):
            found[f.branch_id][f.person_id] = f.name
    return found


def roster_facts(facts: sc.YearFacts, branch: Branch, groups: list[PartyGroup], rows: list[people.PersonRow],
                 year_end: dict[str, str] | None = None) -> None:
    """``year_end``: a past year's members on 31 December (``year_end_members``), in place of today's."""
    facts.term_end = branches.term_end(branch)
    facts.groups = {g.id: g.name for g in groups}
    for row in rows:
        if row.status not in ACTIVE_STATUSES:
            continue
        if row.category in MEMBER_CATEGORIES and year_end is None:
            facts.members[row.id] = row.name
        if row.attention:
            facts.development.append((row.id, row.name, row.attention))
    if year_end is not None:
        facts.members.update(year_end)


def _gather_dues(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    """The dues figures exactly as the 党费 tab, the 登记表 and ``dues-report`` show them: one ledger and
    one arrears list, both as of the same day."""
    as_of = dm.report_day(facts.year, facts.today)
    dues_facts(facts, dues_ledger.ledger(session, branch_id, facts.year, as_of=as_of))
    facts.dues_arrears = [sc.DuesArrears(a.person_id, a.name, a.months, a.level, a.months_text, len(a.unassessed))
                          for a in dues_reports.arrears_list(session, branch_id, as_of)]


def dues_facts(facts: sc.YearFacts, grid: dues_ledger.DuesGrid) -> None:
    facts.dues_months = {m.month: sc.DuesMonth(m.due_fen, m.paid_fen, m.owing_count, m.unassessed_count, m.due_now)
                         for m in grid.months}


def _gather_meetings(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    """The meetings as the 会议记录 list shows them (attendance and quorum from the same rows)."""
    from dangjian_desktop.services.meetings.listing import list_meetings

    meeting_facts(facts, list_meetings(session, branch_id, year=facts.year))


def meeting_facts(facts: sc.YearFacts, rows: list[MeetingRow]) -> None:
    from dangjian_desktop.domain import meetings as mr

    for m in rows:
        facts.meetings.append(sc.MeetingFact(
            m.id, m.held_on, tuple(mr.split_types(m.types)), m.group_id, m.valid, m.late_entry, m.title,
            draft=m.finalized_at is None, entered_on=m.created_at.astimezone().date()))
    facts.known.add("meeting")


def _gather_talks_and_cases(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    from dangjian_desktop.services.cases import cards as cases_cards
    from dangjian_desktop.services.cases import records as cases

    talked = cases_cards.coverage(session, branch_id, facts.year)
    facts.talked = {r.person_id for r in talked.rows if r.talks}
    facts.known.add("talks")
    case_facts(facts, cases.list_cases(session, branch_id, today=facts.today))


def case_facts(facts: sc.YearFacts, rows: list[CaseRow]) -> None:
    for row in rows:
        if row.overdue_days > 0 and row.next_follow_up is not None:
            facts.overdue_cases.append((row.id, row.person_name, row.next_follow_up))
    facts.known.add("cases")


def _gather_study(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    from dangjian_desktop.services.study import year as study_year

    study_facts(facts, lambda: study_year.year_view(session, branch_id, facts.year))


def study_judged(facts: sc.YearFacts) -> bool:
    """学时 and notes are judged over the year: from the fourth quarter on."""
    return facts.today >= date(facts.year, 10, 1)


def study_facts(facts: sc.YearFacts, year_view: Callable[[], list[MemberYear]]) -> None:
    facts.known.add("study")
    if not study_judged(facts):
        return
    for r in year_view():
        if r.person_id not in facts.members:  # a past year: not a member at its end (joined since)
            continue
        if r.hours < r.hours_target:
            facts.study_short.append((r.person_id, r.name, float(r.hours), float(r.hours_target)))
        if r.notes < r.notes_target:
            facts.notes_short.append((r.person_id, r.name, r.notes, r.notes_target))


def _gather_duty(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    from dangjian_desktop.services.duty import selfcheck as duty_selfcheck

    duty_selfcheck.gather(session, branch_id, facts)


GATHERERS: list[Callable[[Session, str, sc.YearFacts], None]] = [
    _gather_roster, _gather_dues, _gather_meetings, _gather_talks_and_cases, _gather_study, _gather_duty]


def new_facts(year: int, today: date | None = None) -> sc.YearFacts:
    """The empty facts of ``year`` as of ``today`` (a past year is seen as of 1 January after it)."""
    today = today or date.today()
    if not 2000 <= year <= today.year:
        raise UserError(f"只能自查2000年至{today.year}年的记录")
    return sc.YearFacts(year=year, today=min(today, date(year + 1, 1, 1)) if year < today.year else today)


def check_year(session: Session, branch_id: str, year: int, *, today: date | None = None) -> SelfCheck:
    facts = new_facts(year, today)
    for gather in GATHERERS:
        gather(session, branch_id, facts)
    rules = get_rules(session, branch_id)
    grid, findings = sc.evaluate(facts, rules)
    grid, findings = selfcheck_start.limit_to_start(session, branch_id, year, facts.today, rules, grid, findings)
    findings = structure.with_findings(session, branch_id, facts.today, findings)
    return SelfCheck(branches.get_branch(session, branch_id).name, year, facts.today, grid, findings)
