"""The branch's count of 党员学习教育活动 (each 集中学习 recorded in 学习笔记 is one) per half-year and year,
against the branch's own target — one function for the 学习笔记 tab, the 年度自查 grid and findings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case
from sqlalchemy import select as core_select
from sqlmodel import Session, col, func

from dangjian_desktop.db import settings
from dangjian_desktop.db.models.study import StudySession
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.branches import get_branch


def get_target(session: Session, branch_id: str) -> int:
    return settings.get(session, settings.ACTIVITY_TARGET, branch_id=branch_id)


def set_target(session: Session, branch_id: str, target: int) -> Changed:
    errors = rules.check_activity_target(target)
    if errors:
        raise ValidationError(errors)
    get_branch(session, branch_id)
    settings.put(session, settings.ACTIVITY_TARGET, target, branch_id=branch_id)
    return Changed("branch", (branch_id,))


def activity_count(session: Session, branch_id: str, year: int, *, today: date | None = None) -> rules.ActivityCount:
    today = today or date.today()
    in_first_half = case((col(StudySession.held_on) <= date(year, 6, 30), 1), else_=0)  # portable: no date functions
    stmt = (core_select(func.count(), func.coalesce(func.sum(in_first_half), 0))
            .where(col(StudySession.branch_id) == branch_id, col(StudySession.deleted_at).is_(None),
                   col(StudySession.held_on).between(date(year, 1, 1), date(year, 12, 31))))
    total, first = (int(n) for n in session.execute(stmt).one())
    return rules.ActivityCount(year, get_target(session, branch_id), first, total, today)
