"""乡镇汇总 on a township database (DESIGN.md §5: "the 汇总 view opens ≤ 1 s").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_township_summary.py [--db FILE] [--branches 40] [--reps 5]

Measured on the large database (bench/generate_large.py, 40 branches × 100 members × 10 years by default;
``--db`` takes any township database, e.g. one filled by importing 40 branch packages), for the busiest
year (the one with the most meetings, attendance, 党费 months and study rows; ``--year`` to choose):
(a) ``township_summary``: cold (the first call in the process) and warm (median), and the number of SQL
    statements it sends — the same for any number of branches;
(b) the baseline in the same run: the very statements the summary sent, replayed through the plain
    ``sqlite3`` module and fetched (the same tables, rows and columns with nothing done with them): the
    cost of reading what the 汇总 needs, and the ratio of the summary to it;
    each also as CPU time of the process (``time.process_time``), steadier than the clock on a busy machine;
(c) the tab opening as the secretary sees it: ``TownshipTab`` built and shown at 1366×700, which fills
    it (the summary, its tables, the page in view), until painted — first and median; then each other page
    the first time it is shown (laid out then), median per page;
(d) for orientation: each branch's own ``check_year`` one after another (the 汇总 computed branch by branch);
(e) the first opening after start, each in a fresh process with the real main window on the database (the
    year chosen as above): ``immediately`` — the tab clicked as soon as the window shows, before anything is
    prepared (the 汇总 worked out then, statements compiled and the page cache empty for the first time);
    ``after_warm_up`` — clicked a few seconds after start, once the window's warm-up (a second after it
    shows: fonts and PDF modules, and the 汇总 of the tab's year in the background) has run;
    ``during_warm_up`` — clicked the moment the warm-up starts (the tab waits for the 汇总 being prepared).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
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
# the year's rows of the biggest kinds: the busiest year has the most of them together
_BUSY = ("SELECT y, SUM(n) FROM ("
         " SELECT CAST(strftime('%Y', held_on) AS INTEGER) AS y, COUNT(*) AS n FROM meeting"
         "  WHERE deleted_at IS NULL GROUP BY 1"
         " UNION ALL SELECT CAST(strftime('%Y', m.held_on) AS INTEGER), COUNT(*) FROM meeting_attendance a"
         "  JOIN meeting m ON m.id = a.meeting_id WHERE a.deleted_at IS NULL GROUP BY 1"
         " UNION ALL SELECT year, COUNT(*) FROM dues_payment_month WHERE deleted_at IS NULL GROUP BY 1"
         " UNION ALL SELECT CAST(strftime('%Y', note_date) AS INTEGER), COUNT(*) FROM study_note"
         "  WHERE deleted_at IS NULL GROUP BY 1"
         ") GROUP BY y ORDER BY 2 DESC, 1 DESC LIMIT 1")


def _recorded(engine: Any, fn: Callable[[], Any]) -> tuple[float, list[tuple[str, Any]], Any]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        started = time.perf_counter()
        result = fn()
        took = (time.perf_counter() - started) * 1000
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return took, seen, result


def _replay(path: Path, statements: list[tuple[str, Any]]) -> tuple[float, float, int]:
    """The statements through plain sqlite3, every row fetched: (ms, CPU ms, rows)."""
    conn = sqlite3.connect(path)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        rows = 0
        for sql, params in statements:
            rows += len(conn.execute(sql, params or ()).fetchall())
        return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, rows
    finally:
        conn.close()


def busiest_year(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(_BUSY).fetchone()
    finally:
        conn.close()
    return int(row[0])


def first_opening(path: Path, year: int, mode: str) -> float:
    """In this (fresh) process: the main window on ``path``; the 汇总 tab clicked as ``mode`` says; the
    milliseconds from the click to the tab painted."""
    from PySide6.QtWidgets import QApplication

    from dangjian_desktop import app
    from dangjian_desktop.ui.township.tab import TownshipTab

    window = app.create_main_window(path)
    window.resize(1366, 728)
    window.show()
    QApplication.processEvents()
    tab = window.township
    assert isinstance(tab, TownshipTab), "not a township database"
    if tab.year_combo.findData(year) < 0:
        tab.year_combo.addItem(f"{year}年", year)
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(year))  # the tab is hidden: nothing computed yet
    if mode != "immediately":
        app._warm_up(window)  # what the window does a second after it shows
        if mode == "after_warm_up":
            deadline = time.perf_counter() + 5
            while time.perf_counter() < deadline:  # the clerk looks at the roster meanwhile
                QApplication.processEvents()
                time.sleep(0.02)
    started = time.perf_counter()
    window.tabs.setCurrentWidget(tab)
    tab.repaint()
    QApplication.processEvents()
    took = (time.perf_counter() - started) * 1000
    assert tab.summary is not None and tab.summary.year == year
    window.close()
    window.db.dispose()
    return took


def _first_openings(path: Path, year: int, reps: int) -> dict[str, Any]:
    import subprocess

    found: dict[str, Any] = {}
    for mode in ("immediately", "during_warm_up", "after_warm_up"):
        runs = []
        for _ in range(reps):
            out = subprocess.run([sys.executable, __file__, "--db", str(path), "--year", str(year),
                                  "--first-opening-child", mode], check=True, capture_output=True, text=True,
                                 env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
            runs.append(float(out.stdout.strip().splitlines()[-1]))
        found[mode] = {"median": round(statistics.median(runs), 1), "all": [round(r, 1) for r in runs],
                       "within_budget": max(runs) <= BUDGET_MS}
    return found


def _load() -> dict[str, Any]:
    try:
        loads = os.getloadavg()
    except OSError:
        return {}
    return {"load_1min": round(loads[0], 2), "load_5min": round(loads[1], 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="汇总这个数据库（默认：生成的大型数据库）")
    parser.add_argument("--branches", type=int, default=40)
    parser.add_argument("--members", type=int, default=100, help="每个支部的人数（生成的数据库）")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--year", type=int, help="汇总的年度（默认：记录最多的一年）")
    parser.add_argument("--today", type=date.fromisoformat, help="统计的日期（默认：生成的数据库的“今天”或本年1月1日）")
    parser.add_argument("--no-baseline-check-year", action="store_true", help="不测逐个支部的年度自查（较慢）")
    parser.add_argument("--first-openings", type=int, default=3, help="启动后第一次打开的测量次数（每次一个新进程；0：不测）")
    parser.add_argument("--first-opening-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.first_opening_child:
        print(first_opening(args.db, args.year, args.first_opening_child))
        return 0
    if args.db is not None:
        path, today = args.db, args.today or date(date.today().year, 1, 1)
    else:
        spec = Spec(branches=args.branches, members=args.members)
        path, today = large_database(spec), args.today or spec.today
    year = args.year or busiest_year(path)
    if year >= today.year:
        today = date.today()
    db = open_database(path)
    results: dict[str, Any] = {"database": path.name, "year": year, "as_of": str(today), "reps": args.reps,
                               "load_before": _load()}
    with db.session_scope() as s:
        n = len(branches.list_branches(s))
        cold, statements, summary = _recorded(db.engine, lambda: township_summary(s, year=year, today=today))
        warm, warm_cpu = [], []
        for _ in range(args.reps):
            cpu = time.process_time()
            warm.append(_recorded(db.engine, lambda: township_summary(s, year=year, today=today))[0])
            warm_cpu.append((time.process_time() - cpu) * 1000)
    replays = [_replay(path, statements) for _ in range(args.reps + 1)][1:]  # the first one warms the cache
    raw_ms = statistics.median(ms for ms, _cpu, _rows in replays)
    raw_cpu = statistics.median(cpu for _ms, cpu, _rows in replays)
    results["branches"] = n
    results["summary_ms"] = {"cold": round(cold, 1), "warm_median": round(statistics.median(warm), 1),
                             "warm_all": [round(w, 1) for w in warm], "statements": len(statements),
                             "warm_cpu_median": round(statistics.median(warm_cpu), 1)}
    results["baseline_raw_sqlite3_same_statements"] = {"ms": round(raw_ms, 1), "cpu_ms": round(raw_cpu, 1),
                                                       "rows": replays[0][2]}
    results["ratio_summary_warm_to_raw"] = round(statistics.median(warm) / raw_ms, 2)
    results["ratio_summary_warm_cpu_to_raw_cpu"] = round(statistics.median(warm_cpu) / raw_cpu, 2)

    from PySide6.QtWidgets import QApplication

    from dangjian_desktop.app import ensure_app
    from dangjian_desktop.ui.dialog_service import DialogService
    from dangjian_desktop.ui.events import DataEvents
    from dangjian_desktop.ui.township.tab import TownshipTab

    ensure_app()
    opens, opens_cpu = [], []
    pages: dict[str, list[float]] = {}
    for _ in range(args.reps):
        started, cpu = time.perf_counter(), time.process_time()
        tab = TownshipTab(db, DataEvents(), DialogService(), today=today)
        index = tab.year_combo.findData(year)
        if index < 0:
            tab.year_combo.addItem(f"{year}年", year)
            index = tab.year_combo.count() - 1
        tab.year_combo.blockSignals(True)
        tab.year_combo.setCurrentIndex(index)
        tab.year_combo.blockSignals(False)
        tab.resize(1366, 700)
        tab.show()  # a tab fills itself when shown (RecordTab.showEvent)
        tab.repaint()
        QApplication.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        opens_cpu.append((time.process_time() - cpu) * 1000)
        for page in range(1, tab.pages.count()):  # a page is laid out when first shown
            started = time.perf_counter()
            tab.pages.setCurrentIndex(page)
            tab.repaint()
            QApplication.processEvents()
            pages.setdefault(tab.pages.tabText(page), []).append((time.perf_counter() - started) * 1000)
        tab.close()
        tab.deleteLater()
        QApplication.processEvents()
    results["tab_open_ms"] = {"first": round(opens[0], 1), "median": round(statistics.median(opens), 1),
                              "all": [round(o, 1) for o in opens], "cpu_median": round(statistics.median(opens_cpu), 1),
                              "budget_ms": BUDGET_MS,
                              "within_budget": max(opens) <= BUDGET_MS}
    results["ratio_tab_open_to_raw"] = round(statistics.median(opens) / raw_ms, 2)
    results["page_first_shown_ms_median"] = {name: round(statistics.median(t), 1) for name, t in pages.items()}
    if not args.no_baseline_check_year:
        with db.session_scope() as s:
            base_ms, base_statements, _ = _recorded(db.engine, lambda: [
                selfcheck.check_year(s, b.branch_id, year, today=today) for b in summary.branches])
        results["reference_check_year_each_branch"] = {"ms": round(base_ms, 1), "statements": len(base_statements)}
    db.dispose()
    if args.first_openings:
        results["first_opening_after_start_ms"] = _first_openings(path, year, args.first_openings)
    results["load_after"] = _load()
    out = HERE / "out" / f"bench_township_summary-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
