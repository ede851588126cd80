"""Who works on a database on a server: users, their roles, signing in, and what each role may change.

On a database file on one computer nobody signs in (the optional start-up password stays as it was);
on a server (any other kind of database) every person signs in with 用户名 and password before the
window opens. The signed-in person travels with every session (``Database.info`` → ``session.info``):
the 修改记录 names them as 操作人, and before anything is written (``before_flush``) their role is
checked here, in the service layer, whatever window or command asked for the change:

- 管理员 and 书记: everything;
- 记录员: the records of their own branch, moving records to the 回收站 and back; not 彻底删除, not
  settings, not users (except their own password), not other branches, not new branches;
- 查阅: reads and exports; every change is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper
from sqlmodel import Session, col, select
from sqlmodel.main import default_registry

from dangjian_desktop.db import audit
from dangjian_desktop.db.base import RecordBase
from dangjian_desktop.db.dialect import dialect_for
from dangjian_desktop.db.models.audit import AppSetting
from dangjian_desktop.db.models.org import Branch
from dangjian_desktop.db.models.users import AppUser
from dangjian_desktop.errors import NotAllowedError, UserError, ValidationError
from dangjian_desktop.services import Changed, get_live
from dangjian_desktop.services.password import hash_password, matches

ADMIN, SECRETARY, CLERK, INSPECTOR = "管理员", "书记", "记录员", "查阅"
ROLES = (ADMIN, SECRETARY, CLERK, INSPECTOR)
FULL_ROLES = frozenset({ADMIN, SECRETARY})
ROLE_TEXT = {
    ADMIN: "管理员：可以做所有事情，包括用户管理和设置",
    SECRETARY: "书记：与管理员相同，可以做所有事情",
    CLERK: "记录员：录入和修改本支部的记录，可以删除到回收站；不能彻底删除、不能改设置和用户",
    INSPECTOR: "查阅：只能查看、打印和导出，不能修改",
}
# what a 查阅 account is told, by the window (before it offers anything) and by the check before writing
INSPECTOR_MESSAGE = "查阅账户只能查阅和导出，不能修改记录。"
MIN_PASSWORD = 6
USER_KEY = "user"
# settings anyone may change: how the window looks, which branch it shows
_OWN_SETTINGS = ("ui.", "branch.current")
_USERNAME = re.compile(r"^[^\s]{1,50}$")


@dataclass(frozen=True)
class CurrentUser:
    """The person signed in, as the session carries them."""

    id: str
    username: str
    name: str  # the 操作人 shown in 修改记录
    role: str
    branch_id: str | None

    @property
    def full(self) -> bool:
        return self.role in FULL_ROLES

    @property
    def can_edit(self) -> bool:
        return self.role != INSPECTOR


@dataclass(frozen=True)
class UserInput:
    username: str
    full_name: str
    role: str
    branch_id: str | None = None
    active: bool = True


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: str
    branch_id: str | None
    branch_name: str
    active: bool
    version: int


# --- who is signed in ------------------------------------------------------------------------
def sign_in_required(session: Session) -> bool:
    """On a server every person signs in; a database file on one computer keeps its start-up password."""
    return not dialect_for(session.get_bind().dialect.name).file_based


def act_as(info: dict[str, Any], user: CurrentUser) -> None:
    """Make ``user`` the person of every session opened with ``info`` (``Database.info``)."""
    info[USER_KEY] = user
    info[audit.ACTOR_KEY] = user.name


def current_user(session: Session) -> CurrentUser | None:
    user = session.info.get(USER_KEY)
    return user if isinstance(user, CurrentUser) else None


def _current(row: AppUser) -> CurrentUser:
    return CurrentUser(row.id, row.username, row.full_name or row.username, row.role, row.branch_id)


def sign_in(session: Session, username: str, password: str) -> CurrentUser:
    """The person with this 用户名 and password; UserError when they do not match (never says which)."""
    row = session.exec(select(AppUser).where(AppUser.username == username.strip(),
                                             col(AppUser.deleted_at).is_(None))).first()
    if row is None or not matches(row.password_hash, password):
        raise UserError("用户名或密码不对。")
    if not row.active:
        raise UserError("这个账号已停用。请找管理员。")
    return _current(row)


def has_users(session: Session) -> bool:
    return session.exec(select(AppUser.id).where(col(AppUser.deleted_at).is_(None))).first() is not None


def local_actor(session: Session, branch_id: str | None) -> str:
    """The 操作人 without sign-in: the branch secretary's name as set in 支部信息, or 本机."""
    from dangjian_desktop.db.models.org import CommitteeMember

    if branch_id is not None:
        name = session.exec(select(CommitteeMember.name).where(
            CommitteeMember.branch_id == branch_id, CommitteeMember.role == "书记",
            col(CommitteeMember.deleted_at).is_(None))).first()
        if name and name.strip():
            return name.strip()
    return audit.NO_NAME


# --- checks the services call ------------------------------------------------------------------
def require_full(session: Session, what: str) -> None:
    """Refuse ``what`` (e.g. "管理用户") unless the person signed in is 管理员 or 书记 (or nobody signs in)."""
    user = current_user(session)
    if user is not None and not user.full:
        raise NotAllowedError(f"只有管理员或书记可以{what}。")


def may_edit(session: Session) -> bool:
    user = current_user(session)
    return user is None or user.can_edit


# --- users (管理员) --------------------------------------------------------------------------
def list_users(session: Session) -> list[UserRow]:
    names = {b.id: b.name for b in session.exec(select(Branch))}
    rows = session.exec(select(AppUser).where(col(AppUser.deleted_at).is_(None)).order_by(AppUser.username))
    return [UserRow(u.id, u.username, u.full_name, u.role, u.branch_id, names.get(u.branch_id or "", ""),
                    u.active, u.version) for u in rows]


def get_user(session: Session, user_id: str) -> AppUser:
    return get_live(session, AppUser, user_id, "这个用户已不存在。")


def _check(session: Session, data: UserInput, user_id: str | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    username = data.username.strip()
    if not username:
        errors["username"] = "请填写用户名"
    elif not _USERNAME.match(username):
        errors["username"] = "用户名不能有空格，最多 50 个字符"
    else:
        taken = session.exec(select(AppUser.id).where(AppUser.username == username,
                                                      col(AppUser.deleted_at).is_(None))).first()
        if taken is not None and taken != user_id:
            errors["username"] = f"用户名“{username}”已有人使用"
    if len(data.full_name.strip()) > 100:
        errors["full_name"] = "姓名最多 100 个字符"
    if data.role not in ROLES:
        errors["role"] = "请选择角色"
    elif data.role == CLERK and not data.branch_id:
        errors["branch_id"] = "记录员要选定所属支部"
    return errors


def _check_password(password: str, repeat: str) -> dict[str, str]:
    if len(password) < MIN_PASSWORD:
        return {"password": f"密码至少 {MIN_PASSWORD} 个字符"}
    if password != repeat:
        return {"repeat": "两次输入的密码不一样"}
    return {}


def add_user(session: Session, *, data: UserInput, password: str, repeat: str) -> Changed:
    """A new user; the first one (no users yet) may be added by anyone who can open the database."""
    if has_users(session):
        require_full(session, "管理用户")
    errors = {**_check(session, data, None), **_check_password(password, repeat)}
    if errors:
        raise ValidationError(errors)
    row = AppUser(username=data.username.strip(), full_name=data.full_name.strip(), role=data.role,
                  branch_id=data.branch_id if data.role == CLERK else None, active=data.active,
                  password_hash=hash_password(password))
    session.add(row)
    session.flush()
    _keep_one_full(session)
    return Changed("app_user", (row.id,))


def update_user(session: Session, user_id: str, *, data: UserInput) -> Changed:
    require_full(session, "管理用户")
    row = get_user(session, user_id)
    errors = _check(session, data, user_id)
    if errors:
        raise ValidationError(errors)
    row.username, row.full_name, row.role = data.username.strip(), data.full_name.strip(), data.role
    row.branch_id = data.branch_id if data.role == CLERK else None
    row.active = data.active
    session.add(row)
    session.flush()
    _keep_one_full(session)
    return Changed("app_user", (row.id,))


def set_user_password(session: Session, user_id: str, *, password: str, repeat: str, current: str = "") -> Changed:
    """A 管理员 sets anyone's password; a person changes their own (giving the current one)."""
    row = get_user(session, user_id)
    me = current_user(session)
    if me is not None and me.id == row.id and not me.full:
        if not matches(row.password_hash, current):
            raise ValidationError({"current": "当前密码不对"})
    else:
        require_full(session, "设置别人的密码")
    errors = _check_password(password, repeat)
    if errors:
        raise ValidationError(errors)
    row.password_hash = hash_password(password)
    session.add(row)
    return Changed("app_user", (row.id,))


def _keep_one_full(session: Session) -> None:
    """There is always someone who can manage users: one active 管理员 or 书记."""
    found = session.exec(select(AppUser.id).where(col(AppUser.role).in_(FULL_ROLES), AppUser.active,
                                                  col(AppUser.deleted_at).is_(None))).first()
    if found is None:
        raise UserError("至少要保留一个在用的管理员或书记，否则没有人能管理用户。")


# --- the check before anything is written -------------------------------------------------------
def _models() -> dict[str, type[RecordBase]]:
    out: dict[str, type[RecordBase]] = {}
    for mapper in default_registry.mappers:
        cls = mapper.class_
        if isinstance(cls, type) and issubclass(cls, RecordBase):
            out[mapper.local_table.name] = cls  # type: ignore[attr-defined]
    return out


def _branch_of(session: Session, row: Any, models: dict[str, type[RecordBase]], pending: dict[str, Any],
               depth: int = 0) -> str | None:
    """The branch a record belongs to: its own ``branch_id``, or that of the record it belongs to."""
    if isinstance(row, Branch):
        return row.id
    if getattr(row, "branch_id", None):
        return str(row.branch_id)
    if depth > 4:
        return None
    mapper: Mapper[Any] = inspect(type(row))
    for column in mapper.local_table.columns:
        for fk in column.foreign_keys:
            value = getattr(row, column.key, None)
            parent_model = models.get(fk.column.table.name)
            if value and parent_model is not None:
                parent = pending.get(value) or session.get(parent_model, value)
                if parent is not None:
                    return _branch_of(session, parent, models, pending, depth + 1)
    return None


def _changed_only(row: Any, keys: set[str]) -> bool:
    state = inspect(row)
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    return changed <= keys


def _refusal(session: Session, user: CurrentUser, new: Iterable[Any], dirty: Iterable[Any],
             deleted: Iterable[Any]) -> str:
    writes = [*new, *dirty]
    if not user.can_edit and ([r for r in writes if _guarded(r)] or list(deleted)):
        return INSPECTOR_MESSAGE
    if user.full:
        return ""
    if any(isinstance(r, RecordBase | AppSetting) for r in deleted):
        return "彻底删除只能由管理员或书记进行；删除的记录都在回收站中。"
    models = _models()
    pending = {r.id: r for r in new if isinstance(r, RecordBase)}  # parents saved in the same flush
    for row in writes:
        if isinstance(row, AppSetting):
            if not row.key.startswith(_OWN_SETTINGS):
                return "设置只能由管理员或书记修改。"
        elif isinstance(row, AppUser):
            if row.id != user.id or not _changed_only(row, {"password_hash", "updated_at", "version"}):
                return "用户管理只能由管理员或书记进行。"
        elif isinstance(row, Branch) and row in new:
            return "新建支部只能由管理员或书记进行。"
        elif isinstance(row, RecordBase):
            branch = _branch_of(session, row, models, pending)
            if branch is None or branch != user.branch_id:
                return "您只能修改本支部的记录。"
    return ""


def _guarded(row: Any) -> bool:
    if isinstance(row, AppSetting):
        return not row.key.startswith(_OWN_SETTINGS)
    return isinstance(row, RecordBase)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    user = current_user(session)
    if user is None:
        return
    dirty = [r for r in session.dirty if session.is_modified(r, include_collections=False)]
    with session.no_autoflush:
        message = _refusal(session, user, list(session.new), dirty, list(session.deleted))
    if message:
        raise NotAllowedError(message)


def install() -> None:
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


install()
