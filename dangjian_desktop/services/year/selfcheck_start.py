"""启用日期 for 年度自查: what the rule in domain/selfcheck_start.py needs from the database."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import DuesPaymentMonth, Person
from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain import selfcheck_start as rule
from dangjian_desktop.services import branches


def limit_to_start(session: Session, branch_id: str, year: int, as_of: date, rules: sr.RuleTable,
                   grid: list[sc.GridRow], findings: list[sc.Finding]
                   ) -> tuple[list[sc.GridRow], list[sc.Finding]]:
    """The self-check of ``year`` without the months before the branch's 启用日期."""
    started_on = branches.get_branch(session, branch_id).started_on
    if rule.start_month(started_on, year) == 1:
        return grid, findings
    recorded = set(session.exec(select(DuesPaymentMonth.month).join(
        Person, col(Person.id) == DuesPaymentMonth.person_id).where(
        Person.branch_id == branch_id, DuesPaymentMonth.year == year,
        col(DuesPaymentMonth.deleted_at).is_(None)).distinct()))
    return rule.limit_to_start(grid, findings, started_on=started_on, year=year, as_of=as_of,
                               rule_kinds={r.key: r.kind for r in rules.rules}, dues_months_recorded=recorded)
