"""启用日期: months before the branch started using the software are 未启用 and give no findings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import inspect, text

from dangjian_desktop.db import Database
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.domain.selfcheck_start import UNUSED
from dangjian_desktop.services import branches
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.year import selfcheck
from tests.services.test_selfcheck import TODAY, gappy  # noqa: F401 -- the fixture

START = date(2026, 10, 8)


def start_on(db: Database, branch_id: str, started: date | None) -> None:
    with db.session_scope() as s:
        b = branches.get_branch(s, branch_id)
        branches.update_branch(s, branch_id, branches.BranchInput(
            name=b.name, kind=b.kind, election_date=b.election_date, started_on=started), today=TODAY)


def test_months_before_the_start_are_unused_and_quiet(db: Database, gappy: str) -> None:  # noqa: F811
    with db.session_scope() as s:
        before = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    start_on(db, gappy, START)
    with db.session_scope() as s:
        after = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    committee = next(r for r in after.grid if r.rule_key == "branch_committee")
    assert [c.state for c in committee.cells[:9]] == [UNUSED] * 9
    assert committee.cells[9].state == "missing"  # October, after the start, is judged
    old_gaps = [f for f in before.findings if f.target.tab == "会议记录" and 0 < f.target.month < 10]
    assert old_gaps and not [f for f in after.findings if f.target.tab == "会议记录" and 0 < f.target.month < 10]
    assert len(after.findings) < len(before.findings)
    # 党费: Jan–Mar were paid (records exist) and stay judged; the arrears count only months since the start
    dues_row = next(r for r in after.grid if r.rule_key == "dues")
    assert [c.state for c in dues_row.cells[:5]] == ["ok", "ok", "ok", "missing", "missing"]
    assert [f.text for f in after.findings if f.rule_key == "dues"] == ["柴林志连续7个月未交纳党费"]


def test_a_meeting_before_the_start_is_still_counted(db: Database, gappy: str) -> None:  # noqa: F811
    start_on(db, gappy, START)
    held = date(2026, 3, 12)
    with db.session_scope() as s:
        att = meeting_attendance.expected(s, gappy, held, ["支部委员会"])
        meetings.save_meeting(s, gappy, MeetingData(types=["支部委员会"], title="3月支委会", held_on=held,
                                                    start_time="09:00", end_time="10:00", place="村委会",
                                                    host="王建国", recorder="李明", attendance=att))
        result = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    committee = next(r for r in result.grid if r.rule_key == "branch_committee")
    assert committee.cells[2].state == "ok" and committee.cells[1].state == UNUSED


def test_arrears_count_only_months_since_the_start(db: Database, gappy: str) -> None:  # noqa: F811
    with db.session_scope() as s:  # no payment on record at all: every month before the start is unused
        s.exec(text("UPDATE dues_payment_month SET deleted_at = '2026-01-01'"))  # type: ignore[call-overload]
    start_on(db, gappy, date(2026, 8, 1))
    with db.session_scope() as s:
        result = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    assert [f.text for f in result.findings if f.rule_key == "dues"] == ["柴林志启用本软件以来连续4个月未交纳党费"]
    assert not [f for f in result.findings if f.rule_key in ("study_hours", "study_notes")]


def test_no_start_date_judges_every_month(db: Database, gappy: str) -> None:  # noqa: F811
    start_on(db, gappy, START)
    start_on(db, gappy, None)
    with db.session_scope() as s:
        result = selfcheck.check_year(s, gappy, 2026, today=TODAY)
    assert not [c for r in result.grid for c in r.cells if c.state == UNUSED]


def test_migration_adds_the_column_and_goes_back(db: Database, branch_id: str) -> None:
    from alembic import command

    from dangjian_desktop.db.migrate import _config

    start_on(db, branch_id, START)
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    with db.engine.connect() as conn:
        columns = [c["name"] for c in inspect(conn).get_columns("branch")]
    assert "started_on" not in columns and "name" in columns
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with db.session_scope() as s:
        assert branches.get_branch(s, branch_id).started_on is None


def test_a_start_in_the_future_is_refused(db: Database, branch_id: str) -> None:
    import pytest

    from dangjian_desktop.errors import ValidationError

    with pytest.raises(ValidationError) as caught, db.session_scope() as s:
        b = branches.get_branch(s, branch_id)
        branches.update_branch(s, branch_id, replace(branches.BranchInput(name=b.name), started_on=date(2030, 1, 1)),
                               today=TODAY)
    assert caught.value.field_errors == {"started_on": "启用日期在今天之后"}
