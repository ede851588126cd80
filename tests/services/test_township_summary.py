"""汇总: each branch's line is what its own 年度自查 and 党费台账 say; the totals are their sums; the statements do
not grow with the number of branches; the .xlsx and the Word report say the same and name every branch."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.exchange import ExchangeSource
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services import branches
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.dues import ledger as dl
from dangjian_desktop.services.township import summary as ts
from dangjian_desktop.services.township import summary_report as tr
from dangjian_desktop.services.year import selfcheck
from tests.services.test_reconciliation import TODAY, YEAR, MemberPlan, _build, meeting_plans, members
from tests.statements import recording

_OUTSIDE = (dm.NOT_MEMBER_YET, dm.NOT_ARRIVED, dm.TRANSFERRED, dm.LEFT)


def _assert_line_is_the_branch_own(db: Database, summary: ts.TownshipSummary, branch_id: str) -> None:
    line = next(b for b in summary.branches if b.branch_id == branch_id)
    with db.session_scope() as s:
        check = selfcheck.check_year(s, branch_id, YEAR, today=TODAY)
        grid = dl.ledger(s, branch_id, YEAR, as_of=dm.report_day(YEAR, TODAY))
        rules = selfcheck.get_rules(s, branch_id)
        open_cases = sum(c.is_open for c in cases.list_cases(s, branch_id, today=TODAY))
    kinds = {r.key: r.kind for r in rules.rules}
    assert line.name == check.branch_name and summary.as_of == check.as_of
    assert line.dues_payers == len(grid.rows)  # 应交纳党费人数, as the branch's dues-report says it

    # meetings: the same cells as the self-check grid, and 缺 counted as its findings
    for key, _label in ts.MEETING_KINDS:
        rows = [r for r in check.grid if r.rule_key.split(":", 1)[0] == key]
        mine = line.meeting(key)
        assert mine.missing == sum(f.rule_key == key for f in check.findings)
        if len(rows) == 1:
            assert [(c.first_month, c.months, c.state, c.note) for c in rows[0].cells] == [
                (c.first_month, c.months, c.state, c.note) for c in mine.cells]
            for c, mc in zip(rows[0].cells, mine.cells, strict=True):
                assert mc.invalid == ("无效" in c.mark and c.state != sc.OK)
        for i, mc in enumerate(mine.cells):  # 党小组会: the worst of the groups
            states = {r.cells[i].state for r in rows}
            assert (mc.state == sc.MISSING) == (sc.MISSING in states)
            assert (mc.state == sc.OK) == (states == {sc.OK})

    # 党费: the ledger's months, and the self-check's dues cells drawn from the same figures
    dues_row = next(r for r in check.grid if r.rule_key == "dues")
    for m, mine, cell in zip(grid.months, line.dues, dues_row.cells, strict=True):
        assert (mine.due_fen, mine.paid_fen, mine.owed_fen, mine.owing, mine.due_now) == (
            m.due_fen, m.paid_fen, m.owed_fen, m.owing_count, m.due_now)
        assert mine.members == sum(r.months[m.month - 1].state not in _OUTSIDE for r in grid.rows)
        assert mine.paid_late == sum(r.months[m.month - 1].back_paid for r in grid.rows)
        if m.due_now and cell.state != "unused":
            assert cell.mark == sc.dues_mark(sc.DuesMonth(mine.due_fen, mine.paid_fen))

    # 学时, notes, 一人一事, 发展党员: the self-check's findings, counted
    found = [kinds.get(f.rule_key, "") for f in check.findings]
    if line.study == ts.JUDGED:
        assert (line.hours_short, line.notes_short) == (found.count(sr.STUDY_HOURS), found.count(sr.STUDY_NOTES))
    else:
        assert found.count(sr.STUDY_HOURS) == found.count(sr.STUDY_NOTES) == 0
    assert line.cases_overdue == found.count(sr.CASES)
    assert line.cases_open == open_cases
    assert line.development_overdue == sum(kinds.get(f.rule_key) == sr.DEVELOPMENT and f.severity == sr.SERIOUS
                                           for f in check.findings)
    assert sum(s.attention for s in line.stages) == found.count(sr.DEVELOPMENT)


def _assert_totals(db: Database, summary: ts.TownshipSummary) -> None:
    with db.session_scope() as s:
        grids = [dl.ledger(s, b.branch_id, YEAR, as_of=summary.dues_as_of) for b in summary.branches]
    for m in range(1, 13):
        total = summary.dues_total(m)
        assert (total.due_fen, total.paid_fen, total.owed_fen, total.owing) == (
            sum(g.months[m - 1].due_fen for g in grids), sum(g.months[m - 1].paid_fen for g in grids),
            sum(g.months[m - 1].owed_fen for g in grids), sum(g.months[m - 1].owing_count for g in grids))
    for key, _label in ts.MEETING_KINDS:
        assert summary.meeting_missing(key) == sum(b.meeting(key).missing for b in summary.branches)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(plans=st.lists(st.lists(members, min_size=1, max_size=4), min_size=1, max_size=3),
       meetings=st.lists(meeting_plans, min_size=3, max_size=3))
def test_each_branch_line_is_its_own_self_check_and_the_totals_their_sums(
        db: Database, plans: list[list[MemberPlan]], meetings: list[list[tuple[int, bool, bool]]]) -> None:
    built = [_build(db, p, m) for p, m in zip(plans, meetings, strict=False)]
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
    assert set(built) <= {b.branch_id for b in summary.branches}
    for branch_id in built:
        _assert_line_is_the_branch_own(db, summary, branch_id)
    _assert_totals(db, summary)


def _demo(db: Database, seeds: range) -> list[str]:
    ids = []
    for seed in seeds:
        with db.session_scope() as s:
            ids.append(create_demo_branch(s, members=18, years=1, seed=seed, today=TODAY).id)
    return ids


def test_demo_branches_with_study_cases_and_development_match_their_self_checks(db: Database) -> None:
    ids = _demo(db, range(1, 4))
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
    assert sorted(b.branch_id for b in summary.branches) == sorted(ids)
    assert [b.name for b in summary.branches] == sorted(b.name for b in summary.branches)
    for branch_id in ids:
        _assert_line_is_the_branch_own(db, summary, branch_id)
    _assert_totals(db, summary)
    assert any(b.hours_short or b.notes_short for b in summary.branches)  # the demo has something to show
    assert any(s.count for b in summary.branches for s in b.stages)
    assert any(b.cases_open for b in summary.branches)


def test_statements_do_not_grow_with_the_number_of_branches(db: Database) -> None:
    plan = [MemberPlan("this_year", 0, 0, 0, paid=[1, 2, 3]), MemberPlan("none", 0, 0, 0)]
    for _ in range(2):
        _build(db, plan, [(3, True, True)])
    _demo(db, range(1, 2))

    def count() -> tuple[int, int]:
        with recording(db.engine) as seen, db.session_scope() as s:
            summary = ts.township_summary(s, year=YEAR, today=TODAY)
        return seen.count, len(summary.branches)

    few, n_few = count()
    for _ in range(4):
        _build(db, plan, [(3, True, True)])
    _demo(db, range(2, 4))
    many, n_many = count()
    assert (n_few, n_many) == (3, 9)
    assert many == few, f"{few} statements for {n_few} branches, {many} for {n_many}"
    assert few <= 30


def test_a_branch_without_a_package_since_long_is_pointed_out(db: Database, branch_id: str) -> None:
    other = _demo(db, range(1, 3))
    with db.session_scope() as s:
        s.add(ExchangeSource(branch_id=other[0], public_key="k", fingerprint="f",
                             last_exported_at=datetime(2026, 10, 1, 2, tzinfo=UTC),
                             last_imported_at=datetime(2026, 10, 3, 2, tzinfo=UTC)))
        s.add(ExchangeSource(branch_id=other[1], public_key="k2", fingerprint="f2",
                             last_exported_at=datetime(2026, 5, 1, 2, tzinfo=UTC),
                             last_imported_at=datetime(2026, 5, 3, 2, tzinfo=UTC)))
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
    by_id = {b.branch_id: b for b in summary.branches}
    assert by_id[branch_id].package.text == "本地" and not by_id[branch_id].package.stale
    assert by_id[other[0]].package.text == f"2026-10-01（{(TODAY - date(2026, 10, 1)).days}天前）"
    assert not by_id[other[0]].package.stale
    assert by_id[other[1]].package.stale and by_id[other[1]].package.days == (TODAY - date(2026, 5, 1)).days
    assert [b.branch_id for b in summary.stale] == [other[1]]
    assert by_id[other[1]].package.text == f"2026-05-01以后未报送（{(TODAY - date(2026, 5, 1)).days}天）"
    table = tr.package_table(summary)
    row = table.rows[[b.branch_id for b in summary.branches].index(other[1])]
    assert row[-1] == f"超过{(TODAY - date(2026, 5, 1)).days}天未报送"


def test_a_rule_switched_off_shows_as_not_checked(db: Database, branch_id: str) -> None:
    _demo(db, range(1, 2))
    with db.session_scope() as s:
        selfcheck.set_rules(s, branch_id, selfcheck.get_rules(s, branch_id).with_changes("theme_day", enabled=False)
                            .with_changes("branch_committee", period=sr.QUARTERLY))
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
    line = next(b for b in summary.branches if b.branch_id == branch_id)
    assert line.meeting("theme_day").cells == () and line.meeting("theme_day").note == "不查"
    assert [c.months for c in line.meeting("branch_committee").cells] == [3, 3, 3, 3]
    table = tr.meeting_table(summary, *tr.MEETING_TABLES[0])
    row = table.rows[[b.branch_id for b in summary.branches].index(branch_id)]
    assert [getattr(v, "cols", 1) for v in row[2:6]] == [3, 3, 3, 3]  # one cell over each quarter's months
    _assert_line_is_the_branch_own(db, summary, branch_id)


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_xlsx_and_word_report_say_what_the_summary_says(db: Database, tmp_path: Path) -> None:
    ids = _demo(db, range(1, 4))
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
        xlsx = tr.write_report(s, year=YEAR, path=tmp_path / "汇总.xlsx", today=TODAY)
        docx = tr.write_report(s, year=YEAR, path=tmp_path / "汇总.docx", today=TODAY)
    assert len(ids) == len(summary.branches) == 3

    wb = load_workbook(io.BytesIO(xlsx.read_bytes()))
    assert wb.sheetnames[:2] == ["总览", "支委会"] and "党费逐月明细" in wb.sheetnames
    ws = wb["党费（各支部全年）"]
    for i, b in enumerate(summary.branches):
        r = 4 + i
        assert ws.cell(r, 2).value == b.name
        assert round(ws.cell(r, 4).value * 100) == sum(m.due_fen for m in b.dues if m.due_now)  # months ended
        assert round(ws.cell(r, 6).value * 100) == b.dues_owed_fen
        assert ws.cell(r, 6).number_format == "0.00"
    total_row = 4 + len(summary.branches)
    assert ws.cell(total_row, 2).value == "合计"
    assert round(ws.cell(total_row, 5).value * 100) == sum(
        t.paid_fen for t in (summary.dues_total(m) for m in range(1, 13)) if t.due_now)
    ws = wb["支委会"]
    for i, b in enumerate(summary.branches):
        marks = [ws.cell(4 + i, 3 + m).value or "" for m in range(12)]
        assert marks == [c.mark for c in b.meeting("branch_committee").cells]
        assert ws.cell(4 + i, 15).value == b.meeting("branch_committee").missing
    assert wb["总览"].print_title_rows == "$1:$3"

    text = _docx_text(docx)
    for b in summary.branches:
        assert b.name in text
    assert tr.title(YEAR) in text and "三、党费收缴情况" in text and "五、数据包报送情况" in text
    doc = Document(str(docx))
    first = doc.tables[0]
    assert first.rows[0]._tr.trPr is not None and first.rows[0]._tr.trPr.xpath("./w:tblHeader")  # header repeats
    fonts = {r.element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
             for p in doc.paragraphs for r in p.runs if r.element.rPr is not None and r.element.rPr.rFonts is not None}
    assert fonts & {"仿宋_GB2312", "仿宋", "方正小标宋简体", "黑体"}


def test_only_xlsx_or_docx(db: Database, branch_id: str, tmp_path: Path) -> None:
    import pytest

    from dangjian_desktop.errors import UserError

    with db.session_scope() as s, pytest.raises(UserError, match="xlsx"):
        tr.write_report(s, year=YEAR, path=tmp_path / "汇总.pdf", today=TODAY)


def test_a_past_year_is_seen_as_of_its_end(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR - 1, today=TODAY)
        name = branches.get_branch(s, branch_id).name
    assert summary.as_of == summary.dues_as_of == date(YEAR - 1, 12, 31)  # the figures as of the year's end
    assert summary.made_on == TODAY
    assert [b.name for b in summary.branches] == [name]
    assert all(m.due_now for b in summary.branches for m in b.dues)


def test_a_past_year_counts_the_cases_open_at_its_end_and_the_packages_to_today(db: Database, branch_id: str) -> None:
    """The 一人一事 open on 31 December of a past year (not those opened after it; those closed after it are
    still open then); a 数据包 exported after that day is counted in days to today, never negative."""
    end = date(YEAR - 1, 12, 31)
    opened = {"before, still open": date(YEAR - 1, 11, 2), "before, closed after": date(YEAR - 1, 10, 5),
              "before, closed before": date(YEAR - 1, 3, 1), "after": date(YEAR, 2, 1),
              "after too": date(YEAR, 3, 1)}
    closed = {"before, closed after": date(YEAR, 1, 10), "before, closed before": date(YEAR - 1, 6, 1)}
    with db.session_scope() as s:
        for name, day in opened.items():
            case_id = cases.save_case(s, branch_id, data=cases.CaseInput(name, day, next_follow_up=TODAY, category="思想问题"),
                                      today=TODAY).id
            if name in closed:
                cases.close_case(s, case_id, result="已解决", confirmed=True, closed_on=closed[name], today=TODAY)
        s.add(ExchangeSource(branch_id=branch_id, public_key="k", fingerprint="f",
                             last_exported_at=datetime(2026, 11, 20, 2, tzinfo=UTC),
                             last_imported_at=datetime(2026, 11, 20, 3, tzinfo=UTC)))
    with db.session_scope() as s:
        past = ts.township_summary(s, year=YEAR - 1, today=TODAY)
        now = ts.township_summary(s, year=YEAR, today=TODAY)
        rows = [c for c in cases.list_cases(s, branch_id, today=TODAY) if c.person_name in opened]
    assert [c.open_on(end) for c in sorted(rows, key=lambda c: c.opened_on)] == [False, True, True, False, False]
    assert past.branches[0].cases_open == 2  # opened before the year's end and not closed by then
    assert now.branches[0].cases_open == sum(c.is_open for c in rows) == 3  # now: the still open one and the new ones
    for summary in (past, now):
        package = summary.branches[0].package
        assert package.days == (TODAY - date(2026, 11, 20)).days and package.text == "2026-11-20（1天前）"


def test_a_past_year_is_judged_on_its_members_at_its_end(db: Database, branch_id: str) -> None:
    """A past year's members are those on the books on its 31 December, as the 党内统计 counts 本年底党员数:
    a 预备党员 received since is neither counted in the 汇总 nor owes that year's 谈心谈话 in the self-check."""
    from dangjian_desktop.services.people import records as people
    from dangjian_desktop.services.township.statistics import party_stats
    from tests.factories import person_input

    with db.session_scope() as s:
        newcomer = people.save_person(s, branch_id, data=person_input(
            "新党员", birth=date(1999, 3, 4), category="预备党员", join=date(YEAR, 3, 1))).id
    with db.session_scope() as s:
        past = ts.township_summary(s, year=YEAR - 1, today=TODAY)
        now = ts.township_summary(s, year=YEAR, today=TODAY)
        stats = party_stats(s, year=YEAR - 1, as_of=TODAY)
        check = selfcheck.check_year(s, branch_id, YEAR - 1, today=TODAY)
    assert past.branches[0].members == stats.branches[0].total == stats.branches[0].change.this_total
    assert now.branches[0].members == past.branches[0].members + 1  # today's roster has the newcomer
    talks = next(r for r in check.grid if r.rule_key == "talks")
    assert f"/ {past.branches[0].members} 人" in talks.cells[0].note
    assert all(f.target.record_id != newcomer for f in check.findings)


def test_branches_are_listed_by_code_in_the_summary_and_the_party_statistics(db: Database, branch_id: str) -> None:
    """By 支部编码 when every branch has one (numbers as numbers: 2 before 10), the same in both."""
    from dangjian_desktop.db.models import Branch
    from dangjian_desktop.services.township.statistics import party_stats

    others = _demo(db, range(1, 3))
    with db.session_scope() as s:
        for bid, code in zip([branch_id, *others], ["QSY10", "QSY2", "QSY9"], strict=True):
            row = s.get(Branch, bid)
            assert row is not None
            row.code = code
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=YEAR, today=TODAY)
        stats = party_stats(s, year=YEAR, as_of=TODAY)
    assert [b.code for b in summary.branches] == ["QSY2", "QSY9", "QSY10"]
    assert [u.branch_id for u in stats.branches] == [b.branch_id for b in summary.branches]
