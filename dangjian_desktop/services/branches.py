"""The branch (党支部), its committee seats and 党小组 (services/committee.py links them to the roster)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models import Branch, CommitteeMember, PartyGroup
from dangjian_desktop.domain.dates import add_months
from dangjian_desktop.domain.people import BRANCH_KINDS, COMMITTEE_ROLES, MEMBER_ROLE, term_years
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.users import INSPECTOR_MESSAGE, current_user, may_edit


@dataclass(frozen=True)
class Seat:
    """A committee seat (or a 党小组's 组长): the role, the name, and the person on the roster if linked."""

    role: str
    name: str
    person_id: str | None = None


@dataclass
class BranchInput:
    name: str
    parent_org: str = ""
    kind: str = "村"
    session_no: int | None = None
    election_date: date | None = None
    committee: dict[str, str] | None = None  # role → name (linked to the roster when the name is one person there)
    groups: list[str] | None = None  # 党小组 names
    started_on: date | None = None  # 启用日期
    seats: list[Seat] | None = None  # the committee picked from the roster; replaces ``committee`` when given
    group_leaders: dict[str, Seat] | None = None  # 党小组 id → its 组长
    code: str | None = None  # 支部编码 from the township (None: leave as it is)

    def committee_seats(self) -> list[Seat] | None:
        if self.seats is not None:
            return [s for s in self.seats if s.name.strip()]
        if self.committee is None:
            return None
        return [Seat(role, name.strip()) for role, name in self.committee.items() if name.strip()]


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
    if data.code is not None and len(data.code.strip()) > 50:
        errors["code"] = "支部编码过长"
    if data.started_on and data.started_on > (today or date.today()):
        errors["started_on"] = "启用日期在今天之后"
    seats = data.committee_seats() or []
    for seat in seats:
        if seat.role not in (*COMMITTEE_ROLES, MEMBER_ROLE):
            errors["committee"] = f"未知的委员职务：{seat.role}"
    named = [s.role for s in seats if s.role != MEMBER_ROLE]
    if len(set(named)) != len(named):
        errors["committee"] = "同一职务只能有一人"
    linked = [s.person_id for s in seats if s.person_id]
    if len(set(linked)) != len(linked):
        errors["committee"] = "同一人在支委会中只能担任一个职务"
    names = [g.strip() for g in data.groups or [] if g.strip()]
    if len(set(names)) != len(names):
        errors["groups"] = "党小组名称有重复"
    return errors


def create_branch(session: Session, data: BranchInput, today: date | None = None) -> Changed:
    errors = _check(data, today)
    if errors:
        raise ValidationError(errors)
    branch = Branch(name=data.name.strip(), parent_org=data.parent_org.strip(), kind=data.kind,
                    session_no=data.session_no, election_date=data.election_date, started_on=data.started_on,
                    code=(data.code or "").strip())
    session.add(branch)
    session.flush()
    _write_committee(session, branch.id, data.committee_seats() or [])
    for order, name in enumerate(g.strip() for g in data.groups or [] if g.strip()):
        session.add(PartyGroup(branch_id=branch.id, name=name, sort_order=order))
    set_current_branch(session, branch.id)
    return Changed("branch", (branch.id,))


def update_branch(session: Session, branch_id: str, data: BranchInput, today: date | None = None) -> Changed:
    require_writable(session, branch_id)
    errors = _check(data, today)
    if errors:
        raise ValidationError(errors)
    branch = get_branch(session, branch_id)
    branch.name, branch.parent_org, branch.kind = data.name.strip(), data.parent_org.strip(), data.kind
    branch.session_no, branch.election_date = data.session_no, data.election_date
    branch.started_on = data.started_on
    if data.code is not None:
        branch.code = data.code.strip()
    session.add(branch)
    seats = data.committee_seats()
    if seats is not None:
        old = {(r.role, r.name, r.person_id): r for r in session.exec(select(CommitteeMember).where(
            CommitteeMember.branch_id == branch_id, col(CommitteeMember.deleted_at).is_(None)))}
        kept = {(s.role, s.name, s.person_id) for s in _linked(session, branch_id, seats)}
        if set(old) != kept:  # rewrite only what changed, so 修改记录 shows real changes
            for row in old.values():
                row.deleted_at = utcnow()
                session.add(row)
            _write_committee(session, branch_id, seats)
    for group_id, leader in (data.group_leaders or {}).items():
        group = session.get(PartyGroup, group_id)
        if group is None or group.branch_id != branch_id:
            raise NotFoundError("找不到这个党小组")
        group.leader_name, group.leader_id = leader.name.strip(), leader.person_id
        session.add(group)
    return Changed("branch", (branch_id,))


def _linked(session: Session, branch_id: str, seats: list[Seat]) -> list[Seat]:
    """Seats with a person: as picked, or the one person of that name on the branch's books."""
    from dangjian_desktop.services.committee import roster_ids_by_name

    unique = roster_ids_by_name(session, branch_id)
    return [s if s.person_id else Seat(s.role, s.name, unique.get(s.name)) for s in seats]


def _write_committee(session: Session, branch_id: str, seats: list[Seat]) -> None:
    order = {role: n for n, role in enumerate((*COMMITTEE_ROLES, MEMBER_ROLE))}
    for n, seat in enumerate(sorted(_linked(session, branch_id, seats), key=lambda s: order.get(s.role, 99))):
        session.add(CommitteeMember(branch_id=branch_id, role=seat.role, name=seat.name.strip(),
                                    person_id=seat.person_id, sort_order=n))


def get_branch(session: Session, branch_id: str) -> Branch:
    branch = session.get(Branch, branch_id)
    if branch is None or branch.deleted_at is not None:
        raise NotFoundError("找不到这个支部")
    return branch


def list_branches(session: Session) -> list[Branch]:
    return list(session.exec(select(Branch).where(col(Branch.deleted_at).is_(None)).order_by(Branch.name)))


def committee(session: Session, branch_id: str) -> dict[str, str]:
    """Role → name of the seats 支部信息 records (services/committee.recorded_seats)."""
    from dangjian_desktop.services.committee import recorded_seats

    return {s.role: s.name for s in recorded_seats(session, branch_id)}


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
    """The branch the window shows: the one last chosen, or the only/first one. On a server each signed-in
    person has their own choice (a 记录员's own branch until they choose), so one clerk's choice never moves
    another's window."""
    user = current_user(session)
    if user is None:
        wanted = settings.get(session, settings.CURRENT_BRANCH)
    else:
        wanted = settings.get(session, settings.USER_BRANCH, branch_id=user.id) or (user.branch_id or "")
    branches = list_branches(session)
    for b in branches:
        if b.id == wanted:
            return b.id
    return branches[0].id if branches else None


def set_current_branch(session: Session, branch_id: str) -> Changed:
    user = current_user(session)
    if user is None:
        settings.put(session, settings.CURRENT_BRANCH, branch_id)
        return Changed("settings", (settings.CURRENT_BRANCH.name,))
    settings.put(session, settings.USER_BRANCH, branch_id, branch_id=user.id)
    return Changed("settings", (settings.USER_BRANCH.name,))


READ_ONLY_MESSAGE = ("“{name}”是从数据包导入的支部，在这里只能查看，不能修改。"
                     "如需更正，请该支部在自己的电脑上修改后重新导出数据包。")


def require_writable(session: Session, branch_id: str) -> None:
    """Refuse to write a branch imported from a 数据包 (the township reads it; the branch keeps it)."""
    branch = session.get(Branch, branch_id)
    if branch is not None and branch.read_only:
        raise UserError(READ_ONLY_MESSAGE.format(name=branch.name))


def why_read_only(session: Session, branch_id: str | None) -> str:
    """Why the records of ``branch_id`` cannot be changed here, in plain words ("" when they can): the person
    signed in has a 查阅 account, or the branch was imported from a 数据包. The same checks as before a write."""
    if not may_edit(session):
        return INSPECTOR_MESSAGE
    branch = session.get(Branch, branch_id) if branch_id else None
    return READ_ONLY_MESSAGE.format(name=branch.name) if branch is not None and branch.read_only else ""


def require_writable_person(session: Session, person_id: str) -> None:
    from dangjian_desktop.db.models import Person

    person = session.get(Person, person_id)
    if person is not None:
        require_writable(session, person.branch_id)


def branch_of_record(session: Session, obj: object) -> str | None:
    """The branch a record belongs to: its ``branch_id``, else through the foreign key by which a 数据包 carries
    it (a card through its case, a payment through the person …); a per-branch setting by its name. None for
    what belongs to no branch (the audit log, this database's exchange tables, global settings)."""
    from dangjian_desktop.db.models import AppSetting

    if isinstance(obj, Branch):
        return obj.id
    if isinstance(obj, AppSetting):
        return obj.key.split("@", 1)[1] if "@" in obj.key else None
    table = getattr(obj, "__tablename__", "")
    if table not in _carried():
        return None
    branch_id = getattr(obj, "branch_id", None)
    if isinstance(branch_id, str):
        return branch_id
    parent = _parents().get(table)
    if parent is None:
        return None
    column, model = parent
    key = getattr(obj, column, None)
    if key is None:
        return None
    with session.no_autoflush:
        found = session.get(model, key)
    return branch_of_record(session, found) if found is not None else None


_PARENTS: dict[str, tuple[str, type]] = {}
_CARRIED: set[str] = set()


def _carried() -> set[str]:
    if not _CARRIED:
        from dangjian_desktop.services.exchange.tables import carried_tables

        _CARRIED.update(t.name for t in carried_tables())
    return _CARRIED


def _parents() -> dict[str, tuple[str, type]]:
    """Table name → (column, parent model) for the record tables without ``branch_id`` (as 数据包 carry them)."""
    if not _PARENTS:
        from sqlmodel import SQLModel

        from dangjian_desktop.services.exchange.tables import carried_tables, parent_column

        models = {m.class_.__tablename__: m.class_ for m in SQLModel._sa_registry.mappers}
        tables = carried_tables()
        for i, table in enumerate(tables):
            if "branch_id" in table.c or table.name == "branch":
                continue
            found = parent_column(table, {t.name for t in tables[:i]})
            if found is not None and found[1].name in models:
                _PARENTS[table.name] = (found[0], models[found[1].name])
    return _PARENTS


_GUARD_HELD = "branches.guard_held"


def _guard_flush(session: Session, _ctx: object, _instances: object) -> None:
    """Every write to a record of an imported (read-only) branch is refused, whichever service makes it:
    a new, changed, deleted or restored record, a card, an attachment, a per-branch setting."""
    checked: set[str] = set()
    dirty = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    for obj in (*session.new, *dirty, *session.deleted):
        branch_id = branch_of_record(session, obj)
        if branch_id is not None and branch_id not in checked:
            with session.no_autoflush:
                branch = session.get(Branch, branch_id)
            # held for the session: the identity map keeps objects weakly, and each flush would read it again
            session.info.setdefault(_GUARD_HELD, {})[branch_id] = branch
            if branch is not None and _stored_read_only(branch):
                raise UserError(READ_ONLY_MESSAGE.format(name=branch.name))
            checked.add(branch_id)


def _stored_read_only(branch: Branch) -> bool:
    """Whether the branch is read-only as this database holds it (a branch being marked read-only in this
    very transaction, with its records, is still being written — that is what an import does)."""
    from sqlalchemy import inspect

    state = inspect(branch)
    if state.pending:
        return False
    history = state.attrs.read_only.history
    return bool(history.deleted[0]) if history.deleted else bool(branch.read_only)


def install_guard() -> None:
    """On every session, from the import of this module on: the window and the command line import it
    before any session opens, and every service that writes a branch's records imports it."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session as OrmSession

    if not event.contains(OrmSession, "before_flush", _guard_flush):
        event.listen(OrmSession, "before_flush", _guard_flush)


install_guard()
