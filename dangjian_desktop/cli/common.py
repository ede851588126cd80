"""What the sub-commands and the window share: the --db option (defined here only), the --branch
option, opening the database for one transaction, and picking the branch a command works on.

``--db`` takes a database file or a database URL (``postgresql+psycopg://user@host/name``); a URL is
checked here, once, so every command and the window refuse the same unusable address the same way.
Commands that work on the file itself (check, and backup and restore of a file) take a file (``db_file``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop.db.dialect import is_server
from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock
from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import default_db_path

if TYPE_CHECKING:  # loaded when a command runs, not for the window (which starts before the database layer)
    from sqlmodel import Session

    from dangjian_desktop.db.engine import Database

Handler = Callable[[argparse.Namespace], int]


DB_HELP = "数据库文件或数据库地址（默认：用户数据目录中的数据库文件）"
DbTarget = Path | str  # a file, or a database URL


def db_target(text: str) -> DbTarget:
    """The value of --db: a file path, or a database URL whose driver this computer has."""
    if not is_server(text):
        return Path(text)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise argparse.ArgumentTypeError(f"无法识别的数据库地址：{text}") from exc
    shown = url.render_as_string(hide_password=True)
    try:
        url.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError) as exc:
        raise argparse.ArgumentTypeError(
            f"本机无法连接这种数据库：{shown}（缺少“{url.drivername}”所需的组件）。请改用数据库文件。") from exc
    return text


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False, help: str = DB_HELP) -> None:
    """The one definition of --db. SUPPRESS keeps a --db given before the sub-command (on the main parser)
    when none is given after it."""
    parser.add_argument("--db", type=db_target, required=required, default=argparse.SUPPRESS,
                        metavar="文件或地址", help=help)


def add_db_and_branch(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    parser.add_argument("--branch", metavar="NAME", help="支部名称（数据库中有多个支部时必填）")


PASSWORD_ENV = "DANGJIAN_PASSWORD"


def open_db(args: argparse.Namespace, *, writes: bool = False) -> Database:
    """The command's database, opened after the start-up password (if one is set) was given.

    A command that ``writes`` first takes the lock the window takes, so it never writes while the
    window has the file open (and the window does not open while it writes)."""
    target = getattr(args, "db", None) or default_db_path()
    lock = DatabaseLock(target) if writes and isinstance(target, Path) else None
    if lock is not None:
        lock.acquire()
    try:
        from dangjian_desktop.db.session import open_database

        db = open_database(target)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    db.hold(lock)
    try:
        require_password(db)
        sign_in(db)
    except BaseException:
        db.dispose()
        raise
    return db


def require_password(db: Database) -> None:
    """The start-up password guards the commands as it guards the window: asked for on the terminal,
    or read from the environment variable DANGJIAN_PASSWORD (for scripts); refused otherwise."""
    from dangjian_desktop.services import password

    with db.session_scope() as s:
        if not password.has_password(s):
            return
        given = os.environ.get(PASSWORD_ENV)
        if given is None:
            if not sys.stdin.isatty():
                raise UserError(f"这个数据文件设有启动密码。请在命令行窗口中运行，按提示输入密码；"
                                f"或把密码放在环境变量 {PASSWORD_ENV} 中。")
            given = getpass.getpass("启动密码：")
        if not password.check(s, given):
            raise UserError("启动密码不对，命令没有执行。")


USER_ENV = "DANGJIAN_USER"


def sign_in(db: Database) -> None:
    """On a server with users, a command runs as a signed-in user (as the window does): 用户名 and password
    asked for on the terminal, or read from DANGJIAN_USER and DANGJIAN_PASSWORD (for scripts). Their role
    decides what the command may change, and the 修改记录 names them."""
    from dangjian_desktop.services import users

    with db.session_scope() as s:
        if not users.sign_in_required(s) or not users.has_users(s):
            from dangjian_desktop.db import audit
            from dangjian_desktop.services import branches

            audit.set_actor(users.local_actor(s, branches.current_branch_id(s)))  # as the window names them
            return
        name, given = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
        if name is None or given is None:
            if not sys.stdin.isatty():
                raise UserError(f"这个数据库要求登录。请在命令行窗口中运行，按提示输入用户名和密码；"
                                f"或把它们放在环境变量 {USER_ENV} 和 {PASSWORD_ENV} 中。")
            name = input("用户名：") if name is None else name
            given = getpass.getpass("密码：")
        user = users.sign_in(s, name, given)
    users.act_as(db.info, user)


def db_file(args: argparse.Namespace) -> Path:
    """The --db of a command that works on the file itself; a database URL is refused."""
    target = getattr(args, "db", None) or default_db_path()
    if isinstance(target, str):
        raise UserError("检查和修复只适用于数据库文件，不适用于数据库地址；服务器上的数据库由服务器自己检查，"
                        "请服务器管理员处理。备份和恢复可以用 backup、restore 命令。")
    return target


@contextmanager
def command_session(args: argparse.Namespace, *, writes: bool = False) -> Iterator[Session]:
    """One transaction on the command's database; the database is closed afterwards, also on error."""
    db = open_db(args, writes=writes)
    try:
        with db.session_scope() as s:
            yield s
    finally:
        db.dispose()


def pick_branch(session: Session, name: str | None) -> str:
    """The id of the branch named ``name``, or of the only branch. UserError when that is not clear."""
    from dangjian_desktop.services import branches

    found = branches.list_branches(session)
    if not found:
        raise UserError("数据库中还没有支部。请先在软件中新建支部，或运行 demo 命令生成演示数据。")
    if name:
        for b in found:
            if b.name == name.strip():
                return b.id
        raise UserError(f"数据库中没有名为“{name}”的支部。现有支部：" + "、".join(b.name for b in found))
    if len(found) > 1:
        raise UserError("数据库中有多个支部，请用 --branch 指定：" + "、".join(b.name for b in found))
    return found[0].id
