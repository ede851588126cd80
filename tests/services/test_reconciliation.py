"""Every view of a year gives the same figures: the ledger, the 登记表 (rows, .xlsx, archive volume), the
arrears list, the 公示表, ``dues-report`` and the 年度自查 (grid and findings).

Branches are generated: members who join or arrive by 转入 mid-year, who leave by 转出, who are assessed
this year, only an earlier year (the standard is carried) or never, 免交, a base changed mid-year, months
paid on time, late (补交), short or not at all; meetings with and without quorum, some left 未定稿.
"""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dangjian_desktop.cli.dues import report_lines
from dangjian_desktop.db import Database
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain import meetings as mr
from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.domain.meetings_data import AttendanceData, MeetingData
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues import export as dues_export
from dangjian_desktop.services.dues import ledger as dl
from dangjian_desktop.services.dues import reports
from dangjian_desktop.services.dues.payments import PaymentInput, record_payment
from dangjian_desktop.services.dues.standards import AssessmentInput, set_assessment
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.meetings.listing import list_meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from dangjian_desktop.services.year import selfcheck
from dangjian_desktop.services.year import volumes as av
from tests.factories import person_input

YEAR = 2026
TODAY = date(2026, 11, 21)  # October is the last month that has ended
_names = itertools.count(1)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
_GIVEN = "建国明华强军平伟芳娟敏静丽红英兰秀梅玉珍海涛福忠宝林刚彦慧燕俊斌志龙"


def _name(n: int) -> str:
    return _SURNAMES[n % len(_SURNAMES)] + _GIVEN[(n // len(_SURNAMES)) % len(_GIVEN)] + \
        _GIVEN[(n * 7) % len(_GIVEN)]


@dataclass
class MemberPlan:
    standard: str  # this_year / last_year (carried) / none / waived / base_change
    joined: int  # month of 入党 this year (0: long before)
    arrived: int  # month of 转入 this year (0: none)
    left: int  # month of 转出 this year (0: none)
    paid: list[int] = field(default_factory=list)  # months paid on the collection day
    late: list[int] = field(default_factory=list)  # months paid late, in one 补交 at the end of October
    short: list[int] = field(default_factory=list)  # months paid only 0.10 元


members = st.builds(
    MemberPlan,
    standard=st.sampled_from(["this_year", "this_year", "last_year", "none", "waived", "base_change"]),
    joined=st.sampled_from([0, 0, 0, 4, 9]),
    arrived=st.sampled_from([0, 0, 0, 3]),
    left=st.sampled_from([0, 0, 0, 5, 8]),
    paid=st.lists(st.integers(1, 10), max_size=10, unique=True),
    late=st.lists(st.integers(5, 10), max_size=3, unique=True),
    short=st.lists(st.integers(1, 10), max_size=2, unique=True),
)
meeting_plans = st.lists(st.tuples(st.integers(1, 11), st.booleans(), st.booleans()), max_size=5)  # month, quorum, final


def _build(db: Database, plans: list[MemberPlan], meeting_list: list[tuple[int, bool, bool]]) -> str:
    with db.session_scope() as s:
        n = next(_names)
        branch_id = branches.create_branch(s, branches.BranchInput(name=f"中共测试{n}村党支部", kind="村")).id
        ids = []
        for plan in plans:
            k = next(_names)
            join = date(YEAR, plan.joined, 10) if plan.joined else date(2001, 7, 1)
            pid = people.save_person(s, branch_id, data=person_input(
                _name(k), birth=date(1950 + k % 40, 1 + k % 12, 1 + k % 28), join=join,
                category="预备党员" if plan.joined else "正式党员"), today=TODAY).id
            ids.append(pid)
            if plan.arrived and not plan.joined:
                transfers.add_transfer(s, pid, transfers.TransferInput(
                    "转入", date(YEAR, plan.arrived, 12), other_unit="中共某县某村党支部",
                    dues_paid_until=f"{YEAR}-{plan.arrived - 1:02d}"), today=TODAY)
            if plan.standard in ("last_year", "this_year", "base_change") and not plan.joined and not plan.arrived:
                set_assessment(s, pid, YEAR - 1, AssessmentInput("在职", base_fen=400_000))
                record_payment(s, pid, PaymentInput(date(YEAR - 1, 6, 15), [(YEAR - 1, m) for m in range(1, 13)],
                                                    receiver="王会计"), today=TODAY)  # last year was paid
            if plan.standard in ("this_year", "base_change"):
                set_assessment(s, pid, YEAR, AssessmentInput("农民" if plan.joined else "在职", base_fen=0
                                                             if plan.joined else 450_000))
            if plan.standard == "base_change" and not plan.joined:
                set_assessment(s, pid, YEAR, AssessmentInput("在职", base_fen=520_000, from_month=6))
            if plan.standard == "waived":
                set_assessment(s, pid, YEAR, AssessmentInput("低保/困难", reduction="免交", reason="因病致困",
                                                             approval_note="经支委会研究同意"))
        for pid, plan in zip(ids, plans, strict=True):
            row = dl.person_year(s, pid, YEAR, as_of=TODAY)
            payable = {c.month for c in row.months if c.state not in (
                dm.NOT_MEMBER_YET, dm.NOT_ARRIVED, dm.TRANSFERRED, dm.LEFT, dm.WAIVED)
                and not (plan.left and not plan.arrived and c.month > plan.left)}
            late = [m for m in plan.late if m in payable]
            for m in sorted(set(plan.paid) & payable - set(late)):
                amount = 10 if m in plan.short else (row.months[m - 1].due_fen or 50)
                record_payment(s, pid, PaymentInput(date(YEAR, m, 15), [(YEAR, m)], amount_fen=amount,
                                                    receiver="王会计"), today=TODAY)
            if late:
                record_payment(s, pid, PaymentInput(date(YEAR, 10, 28), [(YEAR, m) for m in late],
                                                    amount_fen=sum(row.months[m - 1].due_fen or 50 for m in late),
                                                    note="补交"), today=TODAY)
        for pid, plan in zip(ids, plans, strict=True):
            if plan.left and not plan.arrived:
                transfers.add_transfer(s, pid, transfers.TransferInput(
                    "转出", date(YEAR, plan.left, 20), other_unit="中共兰州市某社区委员会"), today=TODAY)
        voters = [people.get_person(s, pid) for pid in ids if people.get_person(s, pid).category == "正式党员"]
        for month, quorum, final in meeting_list:
            here = len(voters) // 2 + 1 if quorum else len(voters) // 2
            data = MeetingData(["支部党员大会"], f"{month}月党员大会", date(YEAR, month, 8), host="王会计",
                               recorder="王会计", attendance=[
                                   AttendanceData(p.name, p.id, status=mr.PRESENT if i < here else mr.ABSENT,
                                                  reason="" if i < here else "外出务工")
                                   for i, p in enumerate(voters)])
            created = datetime(YEAR, month, 9, 2, tzinfo=UTC)
            mid = meetings.save_meeting(s, branch_id, data, now=created).ids[0]
            if final:
                meetings.finalize(s, mid, now=created)
    return branch_id


def _xlsx_figures(path: Path, count: int) -> list[tuple[str, Decimal, Decimal]]:
    ws = load_workbook(io.BytesIO(path.read_bytes())).active
    assert ws is not None
    out = []
    for r in range(4, 4 + count):
        name = ws.cell(r, 2).value
        due, paid = ws.cell(r, 19).value, ws.cell(r, 20).value
        out.append((str(name), Decimal(str(due)), Decimal(str(paid))))
    return out


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(plans=st.lists(members, min_size=1, max_size=6), meeting_list=meeting_plans)
def test_every_view_gives_the_same_figures(db: Database, tmp_path: Path, plans: list[MemberPlan],
                                           meeting_list: list[tuple[int, bool, bool]]) -> None:
    branch_id = _build(db, plans, meeting_list)
    as_of = dm.report_day(YEAR, TODAY)
    with db.session_scope() as s:
        grid = dl.ledger(s, branch_id, YEAR, as_of=as_of)
        reg = dues_export.register(s, branch_id, YEAR, as_of=as_of)
        sheet = reports.publicity(s, branch_id, YEAR, as_of=as_of)
        owing = reports.arrears_list(s, branch_id, as_of)
        volume = av.dues_volume(s, branch_id, YEAR, "测试", as_of)
        check = selfcheck.check_year(s, branch_id, YEAR, today=TODAY)
        listed = list_meetings(s, branch_id, year=YEAR)
        xlsx = tmp_path / f"{branch_id}.xlsx"
        dues_export.export_register(s, branch_id, YEAR, xlsx, as_of=as_of)
        console = report_lines("测试", grid, owing)
    rows = {r.person_id: r for r in grid.rows}
    last_due = dm.last_due_month(as_of)

    # the ledger: totals are the sums of its cells; nothing is owed for a month not yet ended
    assert grid.year_due_fen == sum(r.year_due_fen for r in grid.rows)
    assert grid.year_owed_fen == sum(r.year_owed_fen for r in grid.rows)
    for r in grid.rows:
        for c in r.months:
            if dm.month_index(YEAR, c.month) > last_due:
                assert c.owed_fen == 0 and c.state in (dm.NOT_DUE, dm.PAID, dm.WAIVED, dm.TRANSFERRED, dm.LEFT,
                                                       dm.NOT_MEMBER_YET, dm.NOT_ARRIVED)
            if c.state == dm.UNASSESSED:  # no standard: never settled, never 免交
                assert c.paid_fen == 0 and not r.has_standard
        if r.carried is not None:
            assert not r.assessed and any("未核定" in n for n in r.notes)

    # the 登记表: its rows, its .xlsx and the archive's volume say the same
    assert [row[1] for row in reg.rows] == [r.name for r in grid.rows]
    assert [(row[-3], row[-2]) for row in reg.rows] == [(r.year_due_fen, r.year_paid_fen) for r in grid.rows]
    assert (reg.totals[-3], reg.totals[-2]) == (grid.year_due_fen, grid.year_paid_fen)
    assert _xlsx_figures(xlsx, len(grid.rows)) == [(r.name, _yuan(r.year_due_fen), _yuan(r.year_paid_fen))
                                                   for r in grid.rows]
    table = next(b for b in volume.items[0].blocks if b.kind == "table")
    assert table.rows[:-1] == reg.text_rows() and table.rows[-1] == reg.text_totals()
    publicity_table = next(b for b in volume.items[1].blocks if b.kind == "table")
    assert [row[1] for row in publicity_table.rows[:-1]] == [r.name for r in grid.rows]

    # the 公示表
    assert [(p.name, p.year_due_fen, p.year_paid_fen, p.owed_fen) for p in sheet.rows] == [
        (r.name, r.year_due_fen, r.year_paid_fen, r.year_owed_fen) for r in grid.rows]
    assert (sheet.year_due_fen, sheet.year_paid_fen, sheet.owed_fen) == (
        grid.year_due_fen, grid.year_paid_fen, grid.year_owed_fen)

    # the arrears list: exactly those who owe or were never assessed, with the ledger's months and amounts
    listed_ids = {a.person_id for a in owing}
    assert listed_ids == {r.person_id for r in grid.rows if r.year_owed_fen or r.unassessed_months}
    january = dm.month_index(YEAR, 1)
    for a in owing:
        r = rows[a.person_id]
        assert tuple(i for i in a.owing if i >= january) == tuple(
            dm.month_index(YEAR, c.month) for c in r.months if c.owed_fen or c.state == dm.UNASSESSED)
        earlier = [i for i in a.owing if i < january]  # a run reaching back: last year, never assessed either
        assert earlier == list(range(january - len(earlier), january))
        assert a.owed_fen == r.year_owed_fen  # last year's standards were paid in full: nothing owed there
        assert len(a.unassessed) == len(r.unassessed_months) + len(earlier)
        states = {dm.month_index(YEAR, c.month): c.state for c in r.months}
        end = last_due
        while states.get(end) in (dm.TRANSFERRED, dm.LEFT):
            end -= 1
        run = dm.unpaid_run(states, end)
        assert a.months == run + (len(earlier) if run == end - january + 1 else 0)

    # dues-report prints the same totals
    assert any(f"应缴{format_fen(grid.year_due_fen, grouping=True)}元，实缴{format_fen(grid.year_paid_fen, grouping=True)}"
               f"元，欠缴{format_fen(grid.year_owed_fen, grouping=True)}元" in line for line in console)
    for a in owing:
        assert any(line.strip().startswith(a.name) and a.months_text in line for line in console)

    # the 年度自查: each month's cell is the ledger's 收/应, 缺 exactly when the month is not settled
    dues_row = next(g for g in check.grid if g.rule_key == "dues")
    for cell, month in zip(dues_row.cells, grid.months, strict=True):
        if not month.due_now:
            assert cell.state == sc.PENDING
            continue
        assert cell.mark == f"收{format_fen(month.paid_fen)}/应{format_fen(month.due_fen)}"
        assert cell.state == (sc.OK if month.settled else sc.MISSING)
    dues_findings = {f.target.record_id for f in check.findings if f.rule_key == "dues"}
    assert dues_findings == {a.person_id for a in owing if a.level or a.unassessed}
    for r in grid.rows:  # a member owing for a month is never behind a ✓
        for c, cell in zip(r.months, dues_row.cells, strict=True):
            if c.owed_fen or c.state == dm.UNASSESSED:
                assert cell.state == sc.MISSING

    # meetings: the grid and the findings agree with the meeting list's quorum
    general = next(g for g in check.grid if g.rule_key == "general_meeting")
    invalid = {m.id for m in listed if m.valid is False}
    assert {f.target.record_id for f in check.findings if f.rule_key == "quorum"} == invalid
    for cell in general.cells:
        inside = [m for m in listed if cell.first_month <= m.held_on.month < cell.first_month + cell.months]
        valid = [m for m in inside if m.valid is not False]
        assert (cell.state == sc.OK) == bool(valid)
        if any(m.valid is False for m in inside) and not valid:
            assert cell.mark == "无效"
        gap = [f for f in check.findings if f.rule_key == "general_meeting" and f.target.month == cell.first_month]
        assert bool(gap) == (cell.state == sc.MISSING)
    drafts = {f.target.record_id for f in check.findings if f.rule_key == "drafts"}
    assert drafts == {m.id for m in listed if m.finalized_at is None
                      and (TODAY - max(m.held_on, m.created_at.astimezone().date())).days > 30}


def test_a_member_whose_new_year_has_no_standard_still_owes(db: Database, branch_id: str) -> None:
    """未核定 in 2026: the 2025 standard is carried, the months owe it, and every view says so."""
    with db.session_scope() as s:
        carried = people.save_person(s, branch_id, data=person_input("张建国"), today=TODAY).id
        never = people.save_person(s, branch_id, data=person_input("李明", birth=date(1981, 3, 3)), today=TODAY).id
        set_assessment(s, carried, 2025, AssessmentInput("在职", base_fen=450_000))
        record_payment(s, carried, PaymentInput(date(2025, 6, 15), [(2025, m) for m in range(1, 13)]), today=TODAY)
    with db.session_scope() as s:
        grid = dl.ledger(s, branch_id, 2026, as_of=TODAY)
        owing = {a.name: a for a in reports.arrears_list(s, branch_id, TODAY)}
        check = selfcheck.check_year(s, branch_id, 2026, today=TODAY)
        reg = dues_export.register(s, branch_id, 2026, as_of=TODAY)
    zhang = next(r for r in grid.rows if r.name == "张建国")
    li = next(r for r in grid.rows if r.person_id == never)
    assert zhang.carried is not None and zhang.due_fen == 4500 and "未核定，暂按2025年标准" in zhang.notes
    assert [c.state for c in zhang.months[:11]] == [dm.UNPAID] * 10 + [dm.NOT_DUE]
    assert zhang.year_owed_fen == 10 * 4500
    assert [c.state for c in li.months[:11]] == [dm.UNASSESSED] * 10 + [dm.NOT_DUE]
    assert owing["张建国"].owed_fen == 10 * 4500 and owing["张建国"].level == dm.SERIOUS
    # never assessed, and the branch kept 党费 in 2025 too: nothing paid since January 2025
    assert owing["李明"].owed_text == "未核定" and owing["李明"].months == 22
    assert owing["李明"].months_text == "2025年1月—2026年10月" and owing["李明"].level == dm.SERIOUS
    texts = [f.text for f in check.findings if f.rule_key == "dues"]
    assert "张建国连续10个月未交纳党费" in texts
    assert "李明未核定交纳标准，连续22个月未交纳党费（2025年1月—2026年10月）" in texts
    dues_row = next(g for g in check.grid if g.rule_key == "dues")
    assert [c.state for c in dues_row.cells[:10]] == [sc.MISSING] * 10  # not ✓: nothing was collected
    assert dues_row.cells[0].mark == "收0.00/应45.00"
    assert "1人未核定" in dues_row.cells[0].note
    zhang_row = next(row for row in reg.rows if row[1] == "张建国")
    assert zhang_row[5] == 4500 and "未核定，暂按2025年标准" in str(zhang_row[-1])


def _statements_for_the_year(db: Database, size: int) -> tuple[int, int, int]:
    """Statements to read the ledger, the arrears list and the self-check of a branch of ``size`` members
    (a third assessed this year, a third carried from last year, a third never assessed)."""
    from tests.statements import recording

    plans = [MemberPlan(("this_year", "last_year", "none")[i % 3], 0, 0, 0, paid=[1, 2, 3], late=[5])
             for i in range(size)]
    branch_id = _build(db, plans, [(3, True, True), (6, False, False)])
    with recording(db.engine) as grid, db.session_scope() as s:
        dl.ledger(s, branch_id, YEAR, as_of=TODAY)
    with recording(db.engine) as owing, db.session_scope() as s:
        reports.arrears_list(s, branch_id, TODAY)
    with recording(db.engine) as check, db.session_scope() as s:
        selfcheck.check_year(s, branch_id, YEAR, today=TODAY)
    return grid.count, owing.count, check.count


def test_the_figures_are_read_in_a_fixed_number_of_statements(db: Database) -> None:
    small = _statements_for_the_year(db, 3)
    large = _statements_for_the_year(db, 18)
    assert small == large, (small, large)  # no statement per member, month or meeting
    assert large[0] <= 8

