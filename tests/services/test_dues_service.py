"""党费 services: assessments, payments split by month, 补交 limits, collection days, the grid, arrears, 公示."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import col, func, select

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import AuditLog, DuesAssessment, DuesPayment, DuesPaymentMonth
from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import CategoryRule, RateTable, default_rate_table
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services.dues import ledger as dl
from dangjian_desktop.services.dues.payments import (
    AlreadyPaidError,
    PaymentInput,
    collect_month,
    delete_payment,
    list_payments,
    record_payment,
    restore_payment,
)
from dangjian_desktop.services.dues.reports import arrears_list, publicity
from dangjian_desktop.services.dues.standards import (
    AssessmentInput,
    carry_forward,
    get_rate_table,
    list_assessments,
    set_assessment,
    set_rate_table,
)
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from tests.factories import person_input

TODAY = date(2026, 7, 20)


def add(db: Database, branch_id: str, name: str, **extra: Any) -> str:
    with db.session_scope() as s:
        return people.save_person(s, branch_id, data=person_input(name, **extra), today=TODAY).id


def assess(db: Database, person_id: str, year: int = 2026, category: str = "在职", base: int = 450_000,
           **extra: Any) -> str:
    with db.session_scope() as s:
        return set_assessment(s, person_id, year, AssessmentInput(category, base_fen=base, **extra)).id


def pay(db: Database, person_id: str, paid_on: date, months: list[tuple[int, int]], **extra: Any) -> str:
    with db.session_scope() as s:
        return record_payment(s, person_id, PaymentInput(paid_on, months, receiver="李明", **extra), today=TODAY).id


def row(db: Database, person_id: str, year: int = 2026, as_of: date = TODAY) -> dl.GridRow:
    with db.session_scope() as s:
        return dl.person_year(s, person_id, year, as_of=as_of)


def count(db: Database, model: Any) -> int:
    with db.session_scope() as s:
        return int(s.exec(select(func.count()).select_from(model).where(col(model.deleted_at).is_(None))).one())


# ---------------------------------------------------------------- assessments

def test_assessment_from_the_rate_table_and_a_base_change_mid_year(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    first = assess(db, pid, base=450_000)
    assess(db, pid, base=550_000, from_month=7)
    r = row(db, pid)
    assert (r.category, r.base_fen, r.rate_bp, r.due_fen) == ("在职", 450_000, 100, 4500)
    assert [c.due_fen for c in r.months] == [4500] * 6 + [8250] * 6
    assert r.year_due_fen == 6 * 4500 + 6 * 8250
    assert "7月起在职，基数5500.00元，月应缴82.50元" in r.notes
    # correcting the January terms changes that row, it does not add one
    assert assess(db, pid, base=460_000) == first
    with db.session_scope() as s:
        assert [(a.from_month, a.due_fen) for a in list_assessments(s, pid, 2026)] == [(1, 4600), (7, 8250)]
        actions = s.exec(select(AuditLog.action).where(AuditLog.row_id == first)).all()
    assert actions == ["insert", "update"]


@pytest.mark.parametrize(("data", "fields"), [
    (AssessmentInput("其他"), {"due_fen"}),
    (AssessmentInput("在职", base_fen=0), {"base_fen"}),
    (AssessmentInput("在职", base_fen=450_000, due_fen=3000), {"due_fen"}),
    (AssessmentInput("在职", base_fen=450_000, reduction="少交", due_fen=3000), {"reason", "approval_note"}),
    (AssessmentInput("在职", base_fen=450_000, reduction="少交", due_fen=4500, reason="病", approval_note="支委会"),
     {"due_fen"}),
    (AssessmentInput("农民", reduction="免交"), {"reason", "approval_note"}),
    (AssessmentInput("干部"), {"category"}),
    (AssessmentInput("在职", base_fen=-5, from_month=13), {"base_fen", "from_month"}),
])
def test_invalid_assessments_are_refused_field_by_field(db: Database, branch_id: str, data: AssessmentInput,
                                                        fields: set[str]) -> None:
    pid = add(db, branch_id, "张建国")
    with pytest.raises(ValidationError) as info, db.session_scope() as s:
        set_assessment(s, pid, 2026, data)
    assert set(info.value.field_errors) == fields
    assert count(db, DuesAssessment) == 0


def test_reductions_other_and_who_is_assessed(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    assess(db, pid, category="低保/困难", base=0, reduction="免交", reason="因病致困", approval_note="经支委会研究同意")
    assert row(db, pid).due_fen == 0 and row(db, pid).months[0].state == dm.WAIVED
    other = add(db, branch_id, "李秀英", male=False)
    assess(db, other, category="其他", base=0, due_fen=300, rate_bp=None)
    assert row(db, other).due_fen == 300
    cut = add(db, branch_id, "王强")
    assess(db, cut, base=450_000, reduction="少交", due_fen=2000, reason="家庭困难", approval_note="报镇党委批准")
    assert row(db, cut).due_fen == 2000
    activist = add(db, branch_id, "赵文", category="入党积极分子", join=None)
    with pytest.raises(UserError, match="入党积极分子，不交纳党费"), db.session_scope() as s:
        set_assessment(s, activist, 2026, AssessmentInput("农民"))


def test_the_rate_table_is_per_branch_and_editable(db: Database, branch_id: str) -> None:
    from dangjian_desktop.services import branches

    with db.session_scope() as s:
        other_branch = branches.create_branch(s, branches.BranchInput(name="中共邻村党支部")).id
        assert get_rate_table(s, branch_id) == default_rate_table()
        local = RateTable({**default_rate_table().rules, "农民": CategoryRule("fixed", fixed_fen=100)}, "jiao")
        set_rate_table(s, branch_id, local)
        set_rate_table(s, branch_id, local)  # saving again updates the same row
    with db.session_scope() as s:
        assert get_rate_table(s, branch_id) == local and get_rate_table(s, other_branch) == default_rate_table()
        with pytest.raises(UserError, match="取整方式"):
            set_rate_table(s, branch_id, RateTable({}, "mao"))
    pid = add(db, branch_id, "张建国")
    assess(db, pid, category="农民", base=0)
    assert row(db, pid).due_fen == 100
    assess(db, pid, base=333_333)  # 33.3333 元 rounded to the 角
    assert row(db, pid).due_fen == 3330


def test_carry_forward_assesses_the_new_year_from_the_last(db: Database, branch_id: str) -> None:
    a, b = add(db, branch_id, "张建国"), add(db, branch_id, "李秀英", male=False)
    assess(db, a, 2025, base=450_000)
    assess(db, a, 2025, base=600_000, from_month=9)
    assess(db, b, 2025, category="其他", base=0, due_fen=300)
    with db.session_scope() as s:
        assert len(carry_forward(s, branch_id, 2026).ids) == 2
        assert carry_forward(s, branch_id, 2026).ids == ()
    assert (row(db, a).base_fen, row(db, a).due_fen) == (600_000, 9000)
    assert row(db, b).due_fen == 300


# ---------------------------------------------------------------- payments

def test_a_payment_is_split_over_its_months_exactly(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    assess(db, pid)
    pay(db, pid, date(2026, 3, 10), [(2026, 1), (2026, 2), (2026, 3)])
    pay(db, pid, date(2026, 4, 10), [(2026, 4), (2026, 5)], amount_fen=10_000)  # 10 元 more than due
    pay(db, pid, date(2026, 6, 10), [(2026, 6), (2026, 7)], split={(2026, 6): 4500, (2026, 7): 1000})
    r = row(db, pid)
    assert [c.paid_fen for c in r.months[:7]] == [4500, 4500, 4500, 4500, 5500, 4500, 1000]
    # as of 20 July, July is not yet due (a month is due once it has ended): nothing is owed for it yet
    assert [c.state for c in r.months[5:8]] == [dm.PAID, dm.NOT_DUE, dm.NOT_DUE]
    assert r.months[6].owed_fen == 0 and r.year_paid_fen == 29_000
    august = row(db, pid, as_of=date(2026, 8, 1))
    assert [c.state for c in august.months[5:8]] == [dm.PAID, dm.PARTIAL, dm.NOT_DUE]
    assert august.months[6].owed_fen == 3500
    with db.session_scope() as s:
        payments = list_payments(s, pid, 2026)
        assert [p.amount_fen for p in payments] == [5500, 10_000, 13_500]
        assert payments[-1].months_text == "2026年1月—3月" and payments[-1].kind == "补交、当月"
        for p in s.exec(select(DuesPayment)):
            parts = s.exec(select(DuesPaymentMonth).where(DuesPaymentMonth.payment_id == p.id)).all()
            assert sum(m.amount_fen for m in parts) == p.amount_fen
    with pytest.raises(ValidationError, match="不够分到所选的3个月"):
        pay(db, pid, date(2026, 7, 10), [(2026, 8), (2026, 9), (2026, 10)], amount_fen=100)
    with pytest.raises(ValidationError, match="各月金额之和"):
        pay(db, pid, date(2026, 7, 10), [(2026, 8)], amount_fen=100, split={(2026, 8): 200})


def test_unassessed_months_share_the_amount_evenly(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    pay(db, pid, date(2026, 3, 10), [(2026, 1), (2026, 2), (2026, 3)], amount_fen=100)
    assert [c.paid_fen for c in row(db, pid).months[:3]] == [34, 33, 33]
    with pytest.raises(ValidationError, match="请填写缴费金额"):
        pay(db, pid, date(2026, 4, 10), [(2026, 4)])


def test_back_pay_beyond_six_months_is_refused_and_nothing_written(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    assess(db, pid, 2025)
    assess(db, pid, 2026)
    with pytest.raises(ValidationError) as info:
        pay(db, pid, date(2026, 7, 15), [(2025, 12), (2026, 1)])
    assert info.value.field_errors["months"] == (
        "2025年12月的党费不能在2026年7月15日补交：补交最多追溯6个月（最早可补2026年1月）")
    assert count(db, DuesPayment) == count(db, DuesPaymentMonth) == 0
    with pytest.raises(ValidationError, match="预交最多到2026年12月"):
        pay(db, pid, date(2026, 7, 15), [(2027, 1)])
    with pytest.raises(ValidationError, match="在今天之后"):
        pay(db, pid, date(2026, 7, 21), [(2026, 7)])
    pay(db, pid, date(2026, 7, 15), [(2026, 1), (2026, 2)])  # the sixth month back is still allowed
    r = row(db, pid)
    assert r.months[0].back_paid and r.months[0].state == dm.PAID and "补交1月—2月" in r.notes


def test_paying_a_paid_month_again_needs_to_be_explicit(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    assess(db, pid)
    pay(db, pid, date(2026, 3, 10), [(2026, 3)])
    with pytest.raises(AlreadyPaidError, match="2026年3月的党费已交清") as info:
        pay(db, pid, date(2026, 3, 12), [(2026, 3), (2026, 4)])
    assert info.value.months == ((2026, 3),)
    pay(db, pid, date(2026, 3, 12), [(2026, 3)], amount_fen=500, repeat_ok=True, note="自愿多交")
    assert row(db, pid).months[2].paid_fen == 5000


def test_delete_and_restore_a_payment(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "张建国")
    assess(db, pid)
    payment = pay(db, pid, date(2026, 3, 10), [(2026, 2), (2026, 3)], paid_by="张小明")
    assert "张小明代缴" in row(db, pid).notes
    with db.session_scope() as s:
        delete_payment(s, payment)
    assert [c.state for c in row(db, pid).months[1:3]] == [dm.UNPAID, dm.UNPAID]
    assert count(db, DuesPaymentMonth) == 0
    with db.session_scope() as s:
        restore_payment(s, payment)
    assert [c.paid_fen for c in row(db, pid).months[1:3]] == [4500, 4500]


# ---------------------------------------------------------------- collection day

def test_collect_month_ticks_everyone_in_one_go(db: Database, branch_id: str) -> None:
    a, b, c = (add(db, branch_id, n) for n in ("张建国", "李明", "王强"))
    assess(db, a)
    assess(db, b, category="农民", base=0)
    assess(db, c, category="低保/困难", base=0, reduction="免交", reason="因病致困", approval_note="经支委会研究同意")
    pay(db, b, date(2026, 6, 2), [(2026, 6)], amount_fen=20)  # partly paid already
    with db.session_scope() as s:
        changed = collect_month(s, branch_id, 2026, 6, [a, b, c, a], date(2026, 6, 15), "李明", today=TODAY)
    assert len(changed.ids) == 2  # the 免交 member is skipped, the double tick counted once
    assert [row(db, p).months[5].state for p in (a, b, c)] == [dm.PAID, dm.PAID, dm.WAIVED]
    assert row(db, b).months[5].paid_fen == 50
    with db.session_scope() as s:
        assert collect_month(s, branch_id, 2026, 6, [a], date(2026, 6, 16), "李明", today=TODAY).ids == ()


def test_collect_month_refuses_the_whole_batch_with_names(db: Database, branch_id: str) -> None:
    a = add(db, branch_id, "张建国")
    unassessed = add(db, branch_id, "李明")
    activist = add(db, branch_id, "赵文", category="入党积极分子", join=None)
    assess(db, a)
    with pytest.raises(UserError, match="李明2026年的党费尚未核定"), db.session_scope() as s:
        collect_month(s, branch_id, 2026, 6, [a, unassessed], date(2026, 6, 15), "李明", today=TODAY)
    with pytest.raises(UserError, match="不交纳党费"), db.session_scope() as s:
        collect_month(s, branch_id, 2026, 6, [a, activist], date(2026, 6, 15), "李明", today=TODAY)
    with pytest.raises(UserError, match="补交最多追溯6个月"), db.session_scope() as s:
        collect_month(s, branch_id, 2025, 12, [a], date(2026, 7, 1), "李明", today=TODAY)
    assert count(db, DuesPayment) == 0


# ---------------------------------------------------------------- members who come and go

def test_newly_joined_transferred_in_and_transferred_out(db: Database, branch_id: str) -> None:
    new = add(db, branch_id, "刘欣", category="预备党员", join=date(2026, 4, 10))
    assess(db, new, category="农民", base=0)
    r = row(db, new)
    assert [c.state for c in r.months[:4]] == [dm.NOT_MEMBER_YET] * 3 + [dm.UNPAID]
    assert r.year_due_fen == 9 * 50 and "4月入党" in r.notes
    with pytest.raises(ValidationError, match="2026年3月未入党"):
        pay(db, new, date(2026, 4, 15), [(2026, 3), (2026, 4)])

    came = add(db, branch_id, "马福")
    with db.session_scope() as s:
        transfers.add_transfer(s, came, transfers.TransferInput(
            "转入", date(2026, 3, 5), other_unit="中共外县某村党支部", dues_paid_until="2026-02"), today=TODAY)
    assess(db, came, category="农民", base=0)
    r = row(db, came)
    assert [c.state for c in r.months[:3]] == [dm.NOT_ARRIVED, dm.NOT_ARRIVED, dm.UNPAID]
    assert "3月起在本支部交纳（转入）" in r.notes

    gone = add(db, branch_id, "王强")
    assess(db, gone, category="农民", base=0)
    with db.session_scope() as s:
        transfers.add_transfer(s, gone, transfers.TransferInput(
            "转出", date(2026, 5, 20), other_unit="中共兰州市某社区委员会"), today=TODAY)
    r = row(db, gone)
    assert [c.state for c in r.months[3:7]] == [dm.UNPAID, dm.UNPAID, dm.TRANSFERRED, dm.TRANSFERRED]
    assert r.year_due_fen == 5 * 50 and "5月转出" in r.notes
    with pytest.raises(ValidationError, match="已转出"):
        pay(db, gone, date(2026, 7, 1), [(2026, 6)])
    add(db, branch_id, "赵文", category="入党积极分子", join=None)
    with db.session_scope() as s:
        grid = dl.ledger(s, branch_id, 2026, as_of=TODAY)
        assert {r.name for r in grid.rows} == {"刘欣", "马福", "王强"}
        owing = [(r.name, r.months, r.last_month, r.level) for r in arrears_list(s, branch_id, TODAY)]
    # 王强 is listed with what he left unpaid before his transfer (no finding: he is no longer here)
    assert owing == [("王强", 5, (2026, 5), ""), ("马福", 4, (2026, 6), dm.WARN), ("刘欣", 3, (2026, 6), dm.WARN)]


# ---------------------------------------------------------------- views

def test_arrears_are_counted_across_the_year_end(db: Database, branch_id: str) -> None:
    late, ok, waived = (add(db, branch_id, n) for n in ("张建国", "李明", "王强"))
    for year in (2025, 2026):
        assess(db, late, year)
        assess(db, ok, year, category="农民", base=0)
        assess(db, waived, year, category="低保/困难", base=0, reduction="免交", reason="因病致困",
               approval_note="经支委会研究同意")
    pay(db, late, date(2025, 6, 10), [(2025, m) for m in range(1, 7)])
    pay(db, late, date(2025, 8, 10), [(2025, 7), (2025, 8)])
    pay(db, ok, date(2025, 6, 10), [(2025, m) for m in range(1, 13)], amount_fen=600)
    with db.session_scope() as s:
        rows = arrears_list(s, branch_id, date(2026, 3, 10))
    assert [(r.name, r.months, r.first_month, r.last_month, r.level) for r in rows] == [
        ("张建国", 6, (2025, 9), (2026, 2), dm.SERIOUS),
        ("李明", 2, (2026, 1), (2026, 2), ""),
    ]
    assert rows[0].owed_fen == 6 * 4500 and rows[0].months_text == "2025年9月—2026年2月"
    with db.session_scope() as s:
        assert arrears_list(s, branch_id, date(2026, 2, 1))[0].level == dm.WARN  # Sep–Jan: 5 months
        # an approved 少交 is a good reason: still reminded, not a serious finding
        set_assessment(s, late, 2026, AssessmentInput("在职", base_fen=450_000, reduction="少交", due_fen=2000,
                                                      reason="家庭困难", approval_note="经支委会研究同意"))
    with db.session_scope() as s:
        first = arrears_list(s, branch_id, date(2026, 3, 10))[0]
    assert (first.months, first.level, first.reason) == (6, dm.WARN, "少交：家庭困难")


def test_the_grid_and_its_totals(db: Database, branch_id: str) -> None:
    a, b = add(db, branch_id, "张建国"), add(db, branch_id, "李明")
    assess(db, a)
    assess(db, b, category="农民", base=0)
    pay(db, a, date(2026, 1, 10), [(2026, 1)])
    pay(db, a, date(2026, 5, 10), [(2026, 2), (2026, 3), (2026, 4), (2026, 5)])
    pay(db, b, date(2026, 7, 10), [(2026, m) for m in range(1, 13)])  # the whole year, 预交 included
    with db.session_scope() as s:
        grid = dl.ledger(s, branch_id, 2026, as_of=TODAY)
    assert [r.name for r in grid.rows] == sorted(["李明", "张建国"], key=stroke_key)  # 姓氏笔画
    ra = next(r for r in grid.rows if r.name == "张建国")
    assert [c.state for c in ra.months[4:8]] == [dm.PAID, dm.UNPAID, dm.NOT_DUE, dm.NOT_DUE]  # July not over
    assert ra.year_owed_fen == 4500 and ra.year_due_fen == 12 * 4500
    june = grid.months[5]
    assert (june.due_fen, june.paid_fen, june.owed_fen, june.paid_count, june.owing_count) == (4550, 50, 4500, 1, 1)
    assert grid.months[0].collected_fen == 4500 and grid.months[4].collected_fen == 4 * 4500
    assert grid.months[6].collected_fen == 600
    assert grid.year_paid_fen == grid.collected_fen == 5 * 4500 + 600
    assert grid.year_due_fen == sum(r.year_due_fen for r in grid.rows) == 12 * 4550
    assert grid.year_owed_fen == 4500


def test_publicity_sheet_shows_no_bases(db: Database, branch_id: str) -> None:
    a, b = add(db, branch_id, "张建国"), add(db, branch_id, "王强")
    assess(db, a, base=450_000)
    assess(db, a, base=550_000, from_month=7)
    assess(db, b, category="低保/困难", base=0, reduction="免交", reason="因病致困", approval_note="经支委会研究同意")
    pay(db, a, date(2026, 6, 10), [(2026, m) for m in range(1, 7)])
    with db.session_scope() as s:
        sheet = publicity(s, branch_id, 2026, as_of=date(2026, 8, 1))  # July has ended
    assert sheet.title == "中共测试村党支部2026年度党费收缴情况公示"
    by_name = {r.name: r for r in sheet.rows}
    assert by_name["张建国"].rate_text == "1%" and by_name["张建国"].paid_months == 6
    assert "基数" not in by_name["张建国"].note and "欠缴82.50元" in by_name["张建国"].note
    assert by_name["王强"].note == "经批准免交" and by_name["王强"].rate_text == "定额"
    assert sheet.year_paid_fen == 6 * 4500 and sheet.owed_fen == 8250


# ---------------------------------------------------------------- the demo branch

def test_the_demo_branch_has_a_realistic_dues_history(db: Database) -> None:
    from dangjian_desktop.services.demo.branch import create_demo_branch

    today = date(2026, 3, 15)
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=today).id
    with db.session_scope() as s:
        levels = sorted(r.level for r in arrears_list(s, branch_id, today))
        grids = [dl.ledger(s, branch_id, year, as_of=today) for year in (2025, 2026)]
        everyone = [r for g in grids for r in g.rows]
        payments = s.exec(select(DuesPayment)).all()
    assert levels == ["", "serious", "warn"]  # one a month behind, one ≥ 3 months, one ≥ 6 months
    assert all(r.parts for r in everyone)  # every paying member is assessed each year
    assert {r.category for r in everyone} >= {"在职", "离退休", "农民", "低保/困难"}
    assert len({r.name for r in everyone if r.reduction == "免交"}) == 1
    assert len({r.name for r in everyone if any(c.back_paid for c in r.months)}) == 1
    assert any("代缴" in n for r in everyone for n in r.notes)
    assert sum(len(r.parts) > 1 for r in grids[1].rows) == 1  # one base changed during the year
    assert all(p.paid_on <= today and p.receiver for p in payments)
    paid_2025 = sum(c.state in (dm.PAID, dm.WAIVED) for r in grids[0].rows for c in r.months
                    if c.state not in (dm.NOT_MEMBER_YET, dm.NOT_ARRIVED, dm.TRANSFERRED))
    due_2025 = sum(c.state not in (dm.NOT_MEMBER_YET, dm.NOT_ARRIVED, dm.TRANSFERRED)
                   for r in grids[0].rows for c in r.months)
    assert paid_2025 / due_2025 > 0.95  # mostly on time
    assert grids[1].months[2].collected_fen > 0 and grids[1].months[3].collected_fen == 0
