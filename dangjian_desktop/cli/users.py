"""Users of a database on a server, from the command line.

    python -m dangjian_desktop add-user --db URL --name USERNAME --role 管理员 [--full-name 姓名] [--branch NAME]

The first user (the first 管理员) is added this way; the password is asked for on the terminal. Later
users are added by a 管理员 or 书记, here (after signing in) or in 用户管理 in the window.
"""

from __future__ import annotations

import argparse
import getpass

from dangjian_desktop.cli.common import Handler, add_db_option, open_db, pick_branch
from dangjian_desktop.errors import UserError, ValidationError


def register_add(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    from dangjian_desktop.services.users import ROLES

    parser = subparsers.add_parser(
        "add-user", help="添加登录用户（服务器数据库；第一个管理员用它建立）",
        description="在数据库中添加一个登录用户，密码在命令行窗口中输入（输入时不显示）。"
                    "数据库中还没有用户时，第一个用户应是管理员；以后添加用户须由管理员或书记登录。")
    add_db_option(parser)
    parser.add_argument("--name", required=True, metavar="用户名", help="登录时输入的用户名")
    parser.add_argument("--role", required=True, choices=ROLES, help="角色：" + "、".join(ROLES))
    parser.add_argument("--full-name", default="", metavar="姓名", help="姓名（修改记录中的操作人；默认同用户名）")
    parser.add_argument("--branch", metavar="NAME", help="记录员所属支部的名称（数据库中只有一个支部时可省略）")
    return run_add


def run_add(args: argparse.Namespace) -> int:
    from dangjian_desktop.services import users

    db = open_db(args, writes=True)
    try:
        with db.session_scope() as s:
            first = not users.has_users(s)
            if first and args.role not in users.FULL_ROLES:
                raise UserError("数据库中还没有用户：第一个用户应是管理员（--role 管理员），由他再添加其他人。")
            branch_id = pick_branch(s, args.branch) if args.role == users.CLERK else None
        password = getpass.getpass(f"为“{args.name}”设置密码：")
        repeat = getpass.getpass("再输入一遍：")
        with db.session_scope() as s:
            try:
                users.add_user(s, data=users.UserInput(username=args.name, full_name=args.full_name or args.name,
                                                       role=args.role, branch_id=branch_id),
                               password=password, repeat=repeat)
            except ValidationError as exc:
                raise UserError("；".join(exc.field_errors.values())) from exc
            server = users.sign_in_required(s)
    finally:
        db.dispose()
    print(f"已添加用户“{args.name}”（{args.role}）。")
    if not server:
        print("提示：这是本机的数据库文件，打开时不要求登录；数据库放到服务器上以后，用户登录才起作用。")
    return 0
