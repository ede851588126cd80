"""The planner answers "live rows of one branch" through a branch index, whatever else the file holds."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import text

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import RecordBase
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services import branches
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.meetings import listing as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import records as study
from tests.statements import recording


@pytest.fixture(scope="module")
def several_branches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(__file__).resolve().parents[2] / "bench" / "generate_large.py"
    spec = importlib.util.spec_from_file_location("bench_generate_large_plans", path)
    assert spec is not None and spec.loader is not None
    gen: ModuleType = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = gen
    spec.loader.exec_module(gen)
    out = tmp_path_factory.mktemp("plans") / "多支部.sqlite3"
    return gen.generate(out, gen.Spec(4, 6, seed=2, today=date(2026, 1, 1)))  # type: ignore[no-any-return]


def _plan(db: Database, sql: str, params: object) -> list[str]:
    with db.engine.connect() as conn:
        return [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]  # type: ignore[arg-type]


def test_branch_lists_use_a_branch_index(several_branches: Path) -> None:
    db = open_database(several_branches)
    try:
        with db.session_scope() as s:
            branch_id = branches.list_branches(s)[1].id
        with recording(db.engine) as seen, db.session_scope() as s:
            assert people.list_rows(s, branch_id)
            assert meetings.list_meetings(s, branch_id)
            assert study.list_notes(s, branch_id, 2025)
            assert study.list_sessions(s, branch_id)
            assert cases.list_cases(s, branch_id)
        branch_tables = [t.name for t in RecordBase.metadata.tables.values() if "branch_id" in t.c]
        checked = 0
        for sql, params in seen.statements:
            for table in branch_tables:
                if f"{table}.branch_id = " not in sql or f"{table}.deleted_at IS NULL" not in sql:
                    continue
                plan = _plan(db, sql, params)
                lines = [p for p in plan if f" {table} " in p + " "]
                assert lines and all("USING" in p and "branch" in p for p in lines), (table, plan)
                checked += 1
        assert checked >= 5
    finally:
        db.dispose()


def test_statistics_are_kept(db: Database, branch_id: str) -> None:
    """Migrations leave statistics behind (ANALYZE), so the planner need not guess."""
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar() == 1


# tables of no branch (the working-day calendar), and 党纪处分 records, looked up by person over the file (few)
_WHOLE_TABLES = ("duty_workday", "discipline", "app_setting")


def test_the_year_archive_reads_no_other_branch(several_branches: Path, tmp_path: Path) -> None:
    """Every statement of a branch's year archive reaches its rows through an index: no table of every branch is
    walked (a card count over all cases, payments of every branch), so the export does not slow down as the file
    holds more branches."""
    from dangjian_desktop.services.year import archive

    db = open_database(several_branches)
    try:
        with db.session_scope() as s:
            branch_id = branches.list_branches(s)[1].id
        with recording(db.engine) as seen, db.session_scope() as s:
            result = archive.export_year(s, branch_id, 2025, tmp_path, count=False, today=date(2026, 1, 1))
        assert all(result.counts.values()), result.counts
        walked = []
        for sql, params in seen.statements:
            if sql.lstrip().upper().startswith("SELECT"):
                walked += [(p, sql[:200]) for p in _plan(db, sql, params)
                           if p.startswith("SCAN") and p.split()[1] not in _WHOLE_TABLES]
        assert not walked, walked
    finally:
        db.dispose()
