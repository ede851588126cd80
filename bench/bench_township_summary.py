"""乡镇汇总 on a township database (DESIGN.md §5: "the 汇总 view opens ≤ 1 s").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_township_summary.py [--db FILE] [--branches 30] [--reps 5]

Measured on the large database (bench/generate_large.py; ``--db`` takes any township database, e.g. one
filled by importing 40 branch packages):
(a) ``township_summary`` for the last full year: cold (first in the process) and warm (median), and the
    number of SQL statements it sends — the same for any number of branches;
(b) the tab opening: ``TownshipTab.refresh`` (the summary, its tables and the table views);
(c) the baseline in the same run: each branch's own ``check_year`` one after another (what the 汇总
    would cost computed branch by branch), and its statement count.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import event  # noqa: E402

from bench.generate_large import Spec, large_database  # noqa: E402
from dangjian_desktop.db.session import open_database  # noqa: E402
from dangjian_desktop.services import branches  # noqa: E402
from dangjian_desktop.services.township.summary import township_summary  # noqa: E402
from dangjian_desktop.services.year import selfcheck  # noqa: E402

BUDGET_MS = 1000.0


def _counted(engine: Any, fn: Any) -> tuple[float, int, Any]:
    seen = [0]

    def count(*_a: Any) -> None:
        seen[0] += 1

    event.listen(engine, "before_cursor_execute", count)
    try:
        started = time.perf_counter()
        result = fn()
        took = (time.perf_counter() - started) * 1000
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return took, seen[0], result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="汇总这个数据库（默认：生成的大型数据库）")
    parser.add_argument("--branches", type=int, default=30)
    parser.add_argument("--members", type=int, default=100, help="每个支部的人数（生成的数据库）")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--year", type=int, help="汇总的年度（默认：最近一个完整年度）")
    args = parser.parse_args(argv)
    if args.db is not None:
        path, today = args.db, date(date.today().year, 1, 1)
    else:
        spec = Spec(branches=args.branches, members=args.members)
        path, today = large_database(spec), spec.today
    year = args.year or today.year - 1
    if year >= today.year:
        today = date.today()
    db = open_database(path)
    results: dict[str, Any] = {"database": path.name, "year": year, "as_of": str(today), "reps": args.reps}
    with db.session_scope() as s:
        n = len(branches.list_branches(s))
        cold, statements, summary = _counted(db.engine, lambda: township_summary(s, year=year, today=today))
        warm = [_counted(db.engine, lambda: township_summary(s, year=year, today=today))[0] for _ in range(args.reps)]
        base_ms, base_statements, _ = _counted(db.engine, lambda: [
            selfcheck.check_year(s, b.branch_id, year, today=today) for b in summary.branches])
    results["branches"] = n
    results["summary_ms"] = {"cold": round(cold, 1), "warm_median": round(statistics.median(warm), 1),
                             "statements": statements}
    results["baseline_check_year_each_branch"] = {"ms": round(base_ms, 1), "statements": base_statements}
    results["ratio_summary_to_baseline"] = round(statistics.median(warm) / base_ms, 3)

    from dangjian_desktop.app import ensure_app
    from dangjian_desktop.ui.dialog_service import DialogService
    from dangjian_desktop.ui.events import DataEvents
    from dangjian_desktop.ui.township.tab import TownshipTab

    ensure_app()
    tab = TownshipTab(db, DataEvents(), DialogService(), today=today)
    index = tab.year_combo.findData(year)
    tab.year_combo.blockSignals(True)
    tab.year_combo.setCurrentIndex(index if index >= 0 else 0)
    tab.year_combo.blockSignals(False)
    opens = []
    for _ in range(args.reps):
        started = time.perf_counter()
        tab.refresh()
        opens.append((time.perf_counter() - started) * 1000)
    results["tab_open_ms"] = {"first": round(opens[0], 1), "median": round(statistics.median(opens), 1),
                              "budget_ms": BUDGET_MS, "within_budget": max(opens) <= BUDGET_MS}
    db.dispose()
    out = HERE / "out" / f"bench_township_summary-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
