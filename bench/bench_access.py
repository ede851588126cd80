"""What signing in and optimistic locking cost a save: the same person saved N times in its own
transaction (as the editor does), with nobody signed in (the baseline), with a 管理员, with a 记录员 (whose
branch is looked up before the write), and with the editor's version checked. Figures are ratios to the
baseline of the same run.

    .venv/bin/python bench/bench_access.py [--saves 300] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dangjian_desktop.db.session import open_database
from dangjian_desktop.services import branches, concurrency, users
from dangjian_desktop.services.people import records as people

OUT = Path(__file__).resolve().parent / "out"
PASSWORD = "bench-2026"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--db", default="", help="a server URL (an empty database); default: a new file")
    args = parser.parse_args()
    target = args.db or str(Path(tempfile.mkdtemp()) / "bench_access.sqlite3")
    db = open_database(target)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部", kind="村")).id
        person_id = people.save_person(s, branch_id, data=people.PersonInput(
            name="张建国", gender="男", category="正式党员", birth_date=date(1980, 5, 12),
            join_date=date(2005, 7, 1), full_member_date=date(2006, 7, 1))).id
        users.add_user(s, data=users.UserInput("admin", "管理员", users.ADMIN), password=PASSWORD, repeat=PASSWORD)
        users.add_user(s, data=users.UserInput("jilu", "记录员", users.CLERK, branch_id), password=PASSWORD,
                       repeat=PASSWORD)
    with db.session_scope() as s:
        admin, clerk = users.sign_in(s, "admin", PASSWORD), users.sign_in(s, "jilu", PASSWORD)

    def run(user: users.CurrentUser | None, check_version: bool) -> float:
        db.info.clear()
        if user is not None:
            users.act_as(db.info, user)
        started = time.perf_counter()
        for n in range(args.saves):
            with db.session_scope() as s:
                row = people.get_person(s, person_id)
                loaded, data = concurrency.loaded(row), people.person_input(row)
            with db.session_scope() as s:
                if check_version:
                    concurrency.expect(s, [loaded])
                people.save_person(s, branch_id, data=replace(data, phone=f"139{n:08d}"), person_id=person_id)
                concurrency.finish(s)
        return time.perf_counter() - started

    run(None, False)  # warm-up
    figures = {}
    base = run(None, False)
    for name, user, check in (("管理员", admin, False), ("记录员", clerk, False), ("记录员+版本", clerk, True),
                              ("无人登录+版本", None, True)):
        figures[name] = run(user, check) / base
    db.info.clear()
    db.dispose()
    print(f"{db.engine.dialect.name}: {args.saves} saves, baseline {base / args.saves * 1000:.2f} ms a save")
    for name, ratio in figures.items():
        print(f"  {name}: {ratio:.2f}× the baseline")
    OUT.mkdir(exist_ok=True)
    (OUT / f"bench_access-{db.engine.dialect.name}.json").write_text(
        json.dumps({"saves": args.saves, "baseline_s": base, "ratios": figures}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
