"""What the sub-commands share: the --db and --branch options, opening the database for one
transaction, and picking the branch a command works on."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.db.engine import Database
from dangjian_desktop.db.session import open_database
from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import default_db_path
from dangjian_desktop.services import branches

Handler = Callable[[argparse.Namespace], int]


def add_db_and_branch(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --db given before the sub-command (on the main parser) when none is given after it
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件（默认在用户数据目录）")
    parser.add_argument("--branch", metavar="NAME", help="支部名称（数据库中有多个支部时必填）")


def open_db(args: argparse.Namespace) -> Database:
    return open_database(getattr(args, "db", None) or default_db_path())


@contextmanager
def command_session(args: argparse.Namespace) -> Iterator[Session]:
    """One transaction on the command's database; the database is closed afterwards, also on error."""
    db = open_db(args)
    try:
        with db.session_scope() as s:
            yield s
    finally:
        db.dispose()


def pick_branch(session: Session, name: str | None) -> str:
    """The id of the branch named ``name``, or of the only branch. UserError when that is not clear."""
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
