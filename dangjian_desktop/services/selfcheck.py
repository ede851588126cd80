"""年度自查: gather a branch's year from every record kind, check it against the branch's rule table.

Each record kind contributes its facts through one ``_gather_*`` function; a kind whose gatherer is
not listed contributes nothing, and its rules are left out rather than reported as missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_rules as sr
from dangjian_desktop.domain.roster import ACTIVE_STATUSES, MEMBER_CATEGORIES
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import Changed, branches, dues_ledger, dues_reports, people

RULES_KEY = "selfcheck_rules:{branch_id}"


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
    text = branches.get_setting(session, RULES_KEY.format(branch_id=branch_id))
    return sr.RuleTable.from_json(text) if text else sr.RuleTable()


def set_rules(session: Session, branch_id: str, table: sr.RuleTable) -> Changed:
    branches.get_branch(session, branch_id)
    branches.set_setting(session, RULES_KEY.format(branch_id=branch_id), table.to_json())
    return Changed("branch", (branch_id,))


def _gather_roster(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    branch = branches.get_branch(session, branch_id)
    facts.term_end = branches.term_end(branch)
    facts.groups = {g.id: g.name for g in branches.list_groups(session, branch_id)}
    for row in people.list_rows(session, branch_id, facts.today):
        if row.status not in ACTIVE_STATUSES:
            continue
        if row.category in MEMBER_CATEGORIES:
            facts.members[row.id] = row.name
        if row.attention:
            facts.development.append((row.id, row.name, row.attention))


def _gather_dues(session: Session, branch_id: str, facts: sc.YearFacts) -> None:
    grid = dues_ledger.ledger(session, branch_id, facts.year, as_of=min(facts.today, date(facts.year, 12, 31)))
    facts.dues_months = {m.month: m.owing_count for m in grid.months}
    as_of = min(facts.today, date(facts.year + 1, 1, 1))
    facts.dues_arrears = [(a.person_id, a.name, a.months, a.level)
                          for a in dues_reports.arrears_list(session, branch_id, as_of)]


GATHERERS: list[Callable[[Session, str, sc.YearFacts], None]] = [_gather_roster, _gather_dues]


def check_year(session: Session, branch_id: str, year: int, *, today: date | None = None) -> SelfCheck:
    today = today or date.today()
    if not 2000 <= year <= today.year:
        raise UserError(f"只能自查2000年至{today.year}年的记录")
    facts = sc.YearFacts(year=year, today=min(today, date(year + 1, 1, 1)) if year < today.year else today)
    for gather in GATHERERS:
        gather(session, branch_id, facts)
    grid, findings = sc.evaluate(facts, get_rules(session, branch_id))
    return SelfCheck(branches.get_branch(session, branch_id).name, year, facts.today, grid, findings)
