"""数据包 from the command line.

    python -m dangjian_desktop export-package --db PATH [--branch NAME] --out FILE.zip
    python -m dangjian_desktop import-package --db PATH FILE.zip [FILE.zip ...] [--accept-new-key FINGERPRINT]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dangjian_desktop.cli.common import Handler, add_db_and_branch, add_db_option, open_db, pick_branch
from dangjian_desktop.errors import UserError


def register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser(
        "export-package", help="导出本支部的数据包（交乡镇党委汇总）",
        description="把一个支部的全部记录（含已删除记录的删除标记和会议附件）导出为一个签名的数据包。"
                    "数据包含身份证号码，属内部资料：只用U盘交给上级党委，不得外传。")
    add_db_and_branch(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.zip", help="输出的数据包文件")
    return run_export


def register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Handler:
    parser = subparsers.add_parser(
        "import-package", help="导入支部的数据包（乡镇汇总用）",
        description="核对签名和校验值后，把支部数据包并入数据库（没有时新建）。每个数据包一次完成，出错时不留下任何内容。"
                    "某支部的第一个数据包会登记它的密钥指纹，请打电话与支部书记核对。")
    add_db_option(parser)
    parser.add_argument("packages", nargs="+", type=Path, metavar="FILE.zip", help="数据包文件（可多个）")
    parser.add_argument("--accept-new-key", metavar="指纹",
                        help="支部换了电脑时：接受用这把新密钥签名的数据包。须填写新密钥的完整指纹（打电话与支部书记"
                             "核对过的，8组），与数据包的指纹完全一致才更换，并记入修改记录")
    return run_import


def run_export(args: argparse.Namespace) -> int:
    from dangjian_desktop.services.exchange.package import export_package
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    db = open_db(args)
    try:
        with db.session_scope() as s:
            branch_id = pick_branch(s, args.branch)
            result = export_package(s, branch_id=branch_id, out=args.out, attachments_root=attachments_dir(db.path))
            from dangjian_desktop.services.branches import get_branch

            code = get_branch(s, branch_id).code
    finally:
        db.dispose()
    print(f"已导出“{result.branch_name}”的数据包：{result.path}（{result.rows} 条记录，{result.attachments} 个附件）")
    print(f"本机密钥指纹：{result.fingerprint}")
    print("数据包含党员身份证号码等个人信息，属内部资料：只用U盘交给上级党委，不得外传。")
    if not code:
        print("提示：支部信息中还没有填写支部编码（由乡镇党委给定）。")
    for name in result.missing_attachments:
        print(f"注意：找不到附件文件“{name}”，数据包中没有它。")
    return 0


def _plain(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()


def run_import(args: argparse.Namespace) -> int:
    from dangjian_desktop.services.exchange.merge import Preview, import_file
    from dangjian_desktop.services.exchange.wording import imported
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    failed = 0
    wanted = _plain(args.accept_new_key or "")
    if args.accept_new_key is not None and len(wanted) != 32:
        print("--accept-new-key 要填写新密钥的完整指纹（8组，每组4个字符），例如：“1A2B 3C4D … 7E8F”。")
        return 2

    def accept(seen: Preview) -> bool:
        print(f"  “{seen.branch_name}”的密钥不同于登记的：\n  登记的指纹：{seen.old_fingerprint}\n"
              f"  数据包指纹：{seen.fingerprint}")
        if not wanted:
            print("  如果该支部换了电脑，请电话核对新指纹后用 --accept-new-key \"新指纹\" 再导入。")
            return False
        if _plain(seen.fingerprint) != wanted:
            print("  --accept-new-key 填写的指纹与这个数据包的指纹不一致，没有更换密钥。")
            return False
        return True

    db = open_db(args, writes=True)
    try:
        for path in args.packages:
            try:
                with db.session_scope() as s:
                    r = import_file(s, path, attachments_root=attachments_dir(db.path), confirm_key_change=accept)
            except UserError as exc:
                failed += 1
                print(f"未导入 {path.name}：{exc.message}")
                continue
            print(imported(path.name, r).replace("\n", "\n  "))  # as the window says it
            if r.old_fingerprint:
                print(f"  已更换该支部的密钥（记入修改记录）：{r.old_fingerprint} → {r.fingerprint}")
            if r.new_branch:
                print(f"  新登记的支部密钥指纹：{r.fingerprint}")
                print("  请打电话与该支部书记逐组核对这串指纹。不一致时，这个数据包不是该支部导出的："
                      "不要采用该支部的数字，请该支部核实后重新报送。")
    finally:
        db.dispose()
    return 1 if failed else 0
