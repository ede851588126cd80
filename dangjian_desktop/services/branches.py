"""The branch (党支部), its committee roles and 党小组."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import Branch, CommitteeMember, PartyGroup
from dangjian_desktop.domain.dates import add_months
from dangjian_desktop.domain.people import BRANCH_KINDS, COMMITTEE_ROLES, term_years
from dangjian_desktop.errors import NotFoundError, ValidationError
from dangjian_desktop.services import Changed


@dataclass
class BranchInput:
    name: str
    parent_org: str = ""
    kind: str = "村"
    session_no: int | None = None
    election_date: date | None = None
    committee: dict[str, str] | None = None  # role → name
    groups: list[str] | None = None  # 党小组 names
    started_on: date | None = None  # 启用日期


def _check(data: BranchInput, today: date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = "请填写支部名称"
    elif len(data.name) > 100:
        errors["name"] = "支部名称过长"
    if data.kind not in BRANCH_KINDS:
        errors["kind"] = "请选择支部类型"
    if data.election_date and data.election_date > (today or date.today()):
        errors["election_date"] = "选举日期在今天之后"
    if data.started_on and data.started_on > (today or date.today()):
        errors["started_on"] = "启用日期在今天之后"
    for role in data.committee or {}:
        if role not in COMMITTEE_ROLES:
            errors["committee"] = f"未知的委员职务：{role}"
    names = [g.strip() for g in data.groups or [] if g.strip()]
    if len(set(names)) != len(names):
        errors["groups"] = "党小组名称有重复"
    return errors


def create_branch(session: Session, data: BranchInput, today: date | None = None) -> Changed:
    errors = _check(data, today)
    if errors:
        raise ValidationError(errors)
    branch = Branch(name=data.name.strip(), parent_org=data.parent_org.strip(), kind=data.kind,
                    session_no=data.session_no, election_date=data.election_date, started_on=data.started_on)
    session.add(branch)
    session.flush()
    _write_committee(session, branch.id, data.committee or {})
    for order, name in enumerate(g.strip() for g in data.groups or [] if g.strip()):
        session.add(PartyGroup(branch_id=branch.id, name=name, sort_order=order))
    set_current_branch(session, branch.id)
    return Changed("branch", (branch.id,))


def update_branch(session: Session, branch_id: str, data: BranchInput, today: date | None = None) -> Changed:
    errors = _check(data, today)
    if errors:
        raise ValidationError(errors)
    branch = get_branch(session, branch_id)
    branch.name, branch.parent_org, branch.kind = data.name.strip(), data.parent_org.strip(), data.kind
    branch.session_no, branch.election_date = data.session_no, data.election_date
    branch.started_on = data.started_on
    session.add(branch)
    if data.committee is not None:
        for old in session.exec(select(CommitteeMember).where(
                CommitteeMember.branch_id == branch_id, col(CommitteeMember.deleted_at).is_(None))):
            old.deleted_at = utcnow()
            session.add(old)
        _write_committee(session, branch_id, data.committee)
    return Changed("branch", (branch_id,))


def _write_committee(session: Session, branch_id: str, committee: dict[str, str]) -> None:
    for order, role in enumerate(COMMITTEE_ROLES):
        name = (committee.get(role) or "").strip()
        if name:
            session.add(CommitteeMember(branch_id=branch_id, role=role, name=name, sort_order=order))


def get_branch(session: Session, branch_id: str) -> Branch:
    branch = session.get(Branch, branch_id)
    if branch is None or branch.deleted_at is not None:
        raise NotFoundError("找不到这个支部")
    return branch


def list_branches(session: Session) -> list[Branch]:
    return list(session.exec(select(Branch).where(col(Branch.deleted_at).is_(None)).order_by(Branch.name)))


def committee(session: Session, branch_id: str) -> dict[str, str]:
    rows = session.exec(select(CommitteeMember).where(
        CommitteeMember.branch_id == branch_id, col(CommitteeMember.deleted_at).is_(None)
    ).order_by(col(CommitteeMember.sort_order)))
    return {r.role: r.name for r in rows}


def term_end(branch: Branch) -> date | None:
    """届满 date: election date + 5 years (村/社区) or 3 years (others)."""
    if branch.election_date is None:
        return None
    return add_months(branch.election_date, 12 * term_years(branch.kind))


def list_groups(session: Session, branch_id: str) -> list[PartyGroup]:
    return list(session.exec(select(PartyGroup).where(
        PartyGroup.branch_id == branch_id, col(PartyGroup.deleted_at).is_(None)
    ).order_by(col(PartyGroup.sort_order), col(PartyGroup.name))))


def ensure_group(session: Session, branch_id: str, name: str) -> PartyGroup:
    """The 党小组 of that name, created if the branch has none by that name."""
    name = name.strip()
    for group in list_groups(session, branch_id):
        if group.name == name:
            return group
    order = len(list_groups(session, branch_id))
    group = PartyGroup(branch_id=branch_id, name=name, sort_order=order)
    session.add(group)
    session.flush()
    return group


def current_branch_id(session: Session) -> str | None:
    """The branch the window shows: the one last chosen, or the only/first one."""
    wanted = settings.get(session, settings.CURRENT_BRANCH)
    branches = list_branches(session)
    for b in branches:
        if b.id == wanted:
            return b.id
    return branches[0].id if branches else None


def set_current_branch(session: Session, branch_id: str) -> None:
    settings.put(session, settings.CURRENT_BRANCH, branch_id)
