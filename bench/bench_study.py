"""学习笔记 benchmarks on the large database (DESIGN.md §5): copy hints for a new note, and full-text search.

    .venv/bin/python bench/bench_study.py [--reps 15] [--db postgresql+psycopg://…]

With ``--db`` a database server is measured instead of the SQLite file: the large database's rows are
generated into it first when it holds none (its full-text search is pg_trgm, db/dialect/postgresql.py).

(a) Copy check: ``study_copy.check_text`` for a new note (an honest one, and an edited copy of an
    existing note) in a branch whose year holds about 400 notes (that year and the one before).
    Cold = the per-branch, per-year shingle index is built first (first check after start-up or
    after the notes changed); warm = the index is reused. Baseline in the same run: comparing the
    new note with every note of the same window one by one (``compare`` without the index).
(b) Search: ``study_search.search`` for Chinese words of 3+ characters (FTS5 trigram index) and for
    one- and two-character words (LIKE), within one branch of the 60,000 notes. Baseline in the
    same run: the LIKE scan over the notes and sessions that the index replaces.
Figures are medians in milliseconds; the ratios against the baselines are what count.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import select  # noqa: E402
from sqlmodel import col  # noqa: E402

from bench.generate_large import Spec, large_database, server_database  # noqa: E402
from dangjian_desktop.db.models.study import StudyNote  # noqa: E402
from dangjian_desktop.db.session import open_database  # noqa: E402
from dangjian_desktop.domain.study_copy import compare  # noqa: E402
from dangjian_desktop.services import branches  # noqa: E402
from dangjian_desktop.services.demo.study import TOPICS, compose_note  # noqa: E402
from dangjian_desktop.services.study import copy_hints as study_copy  # noqa: E402
from dangjian_desktop.services.study import search as study_search  # noqa: E402

BUDGET_SEARCH_MS = 200.0
BUDGET_CHECK_MS = 1000.0  # "well under a second", cold
QUERIES_FTS = ["乡村振兴", "合作社", "垃圾分类", "带头作用 基层"]
QUERIES_SHORT = ["党", "纪律"]


def _ms(fn: Any, reps: int, before: Any = None) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(reps):
        if before is not None:
            before()
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--db", metavar="URL", help="a database server to measure instead of the SQLite file")
    args = parser.parse_args(argv)
    spec = Spec()
    target: str | Path = server_database(args.db, spec) if args.db else large_database(spec)
    db = open_database(target)
    rng = random.Random(7)
    year = spec.today.year - 1
    name = db.engine.url.render_as_string() if args.db else Path(target).name
    results: dict[str, Any] = {"database": name, "backend": db.engine.dialect.name, "year": year, "reps": args.reps}
    with db.session_scope() as s:
        branch_id = branches.current_branch_id(s)
        assert branch_id is not None
        notes_total = s.execute(select(col(StudyNote.id)).where(col(StudyNote.deleted_at).is_(None))).all()
        window = s.execute(select(StudyNote).where(
            col(StudyNote.branch_id) == branch_id,
            col(StudyNote.note_date).between(date(year - 1, 1, 1), date(year, 12, 31)))).scalars().all()
        results["notes_in_database"] = len(notes_total)
        results["notes_in_window"] = len(window)
        source = window[len(window) // 2]
        other = next(n.person_id for n in window if n.person_id != source.person_id)
        honest = compose_note(rng, TOPICS[0][0], 6)
        copy = "学习以后有些想法，" + source.content.split("，", 1)[1].replace("觉得", "感觉", 1) + "以后一定改进。"
        when = date(year, 12, 30)

        def check(text: str) -> Any:
            return study_copy.check_text(s, branch_id, other, when, text, "")

        cold, _ = _ms(lambda: check(honest), max(3, args.reps // 3), before=study_copy._CACHE.clear)
        warm_honest, found_honest = _ms(lambda: check(honest), args.reps)
        warm_copy, found_copy = _ms(lambda: check(copy), args.reps)
        texts = [f"{n.content}\n{n.reflection}" for n in window if n.person_id != other]
        brute, brute_hits = _ms(lambda: [t for t in texts if compare(copy, t).is_hint], max(3, args.reps // 3))
        results["copy_check_ms"] = {
            "cold_build_index_and_check": round(cold, 1), "warm_honest_note": round(warm_honest, 1),
            "warm_edited_copy": round(warm_copy, 1), "baseline_compare_with_every_note": round(brute, 1),
            "ratio_warm_to_baseline": round(warm_copy / brute, 3), "budget_ms": BUDGET_CHECK_MS,
            "within_budget": cold <= BUDGET_CHECK_MS,
            "honest_note_hints": len(found_honest), "edited_copy_hints": len(found_copy),
            "baseline_hits": len(brute_hits),
        }
        searches = {}
        for q in QUERIES_FTS + QUERIES_SHORT:
            took, hits = _ms(lambda q=q: study_search.search(s, branch_id, q), args.reps)
            base, base_hits = _ms(lambda q=q: study_search._search_like(s, branch_id, study_search.terms(q), 200),
                                  max(3, args.reps // 3))
            searches[q] = {"ms": round(took, 1), "hits": len(hits), "baseline_like_ms": round(base, 1),
                           "baseline_hits": len(base_hits), "ratio": round(took / base, 3) if base else None,
                           "within_budget": took <= BUDGET_SEARCH_MS}
        results["search"] = searches
    db.dispose()
    out = HERE / "out" / f"bench_study-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
