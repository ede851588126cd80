"""``demo``: fill a database with a demo village branch, for trying the application out."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from sqlmodel import Session

from dangjian_desktop.cli.common import add_db_option, open_db
from dangjian_desktop.domain import development
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.demo.branch import DemoExistsError, create_demo_branch
from dangjian_desktop.services.people import records as people


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Callable[[argparse.Namespace], int]:
    parser = subparsers.add_parser("demo", help="创建一个演示支部（村党支部，含完整的党员台账）",
                                   description="在数据库中创建一个演示用的村党支部及其党员台账。")
    add_db_option(parser, required=True, help="数据库文件或数据库地址（文件不存在时新建）")
    parser.add_argument("--members", type=int, default=36, help="人员数（默认 36）")
    parser.add_argument("--years", type=int, default=1, help="生成几年的历史记录（默认 1）")
    parser.add_argument("--seed", type=int, default=1, help="随机种子，同一种子生成相同的数据（默认 1）")
    return run


def run(args: argparse.Namespace) -> int:
    today = date.today()
    db = open_db(args, writes=True)
    try:
        try:
            with db.session_scope() as s:
                branch_id = create_demo_branch(s, members=args.members, years=args.years, seed=args.seed,
                                               today=today).id
        except DemoExistsError as exc:
            raise UserError(f"{exc.message}请换一个 --seed，或另选数据库文件。") from exc
        with db.session_scope() as s:
            for line in summary(s, branch_id, today):
                print(line)
        print(f"数据库文件：{db.path}" if db.path is not None else f"数据库：{db.engine.url}")  # password masked
    finally:
        db.dispose()
    return 0


def summary(session: Session, branch_id: str, today: date) -> list[str]:
    """A few lines in Chinese describing the new branch."""
    branch = branches.get_branch(session, branch_id)
    rows = people.list_rows(session, branch_id)
    counts = people.category_counts(rows)
    moved = sum(1 for r in rows if r.status == "转出")
    lines = [f"已创建演示支部：{branch.name}（上级党组织：{branch.parent_org}）",
             "人员 {} 人：{}".format(len(rows), "，".join(f"{k} {v}" for k, v in counts.items()))
             + (f"（另有已转出 {moved} 人）" if moved else "")]
    roles = branches.committee(session, branch_id)
    lines.append("支部委员：" + "，".join(f"{role} {name}" for role, name in roles.items()))
    groups = branches.list_groups(session, branch_id)
    lines.append("党小组：" + "，".join(f"{g.name}（组长 {g.leader_name}）" for g in groups))
    wait = people.activist_wait_months(session)
    due = [f"{r.name}：{step.label}{development.STATE_LABELS[step.state]}（{step.note}）"
           for r in rows for step in development.attention(development.timeline(
               people.person_values(people.get_person(session, r.id)), today, wait))]
    if due:
        lines.append("需要关注：" + "；".join(due))
    return lines
