"""党内统计 of a township: a move between two of its branches is a 转出 of one branch and a 转入 of the other,
but neither of the township (the official 两年党员数综合比较 counts what comes from or goes to outside the
unit reported). The township row = the sum of its branches less those moves; every 差额 still balances."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import OrgTransfer, Person
from dangjian_desktop.domain import party_stats as ps
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from dangjian_desktop.services.township.statistics import party_stats
from dangjian_desktop.services.township.statistics_export import export_party_stats, summary_lines
from tests.factories import person_input

TODAY = date(2026, 3, 1)
BIRTH = date(1975, 6, 1)


def _branch(db: Database, name: str) -> str:
    with db.session_scope() as s:
        return branches.create_branch(s, branches.BranchInput(name=name, parent_org="中共测试镇委员会")).id


def _add(db: Database, branch_id: str, name: str, birth: date = BIRTH, **values: object) -> str:
    with db.session_scope() as s:
        return people.save_person(s, branch_id, data=person_input(name, birth=birth, **values), today=TODAY).id


def _move(db: Database, person_id: str, direction: str, when: date, other: str) -> None:
    with db.session_scope() as s:
        transfers.add_transfer(s, person_id, transfers.TransferInput(direction, when, other), today=TODAY)


def _moved(db: Database, a: str, b: str, name: str, out_on: date, in_on: date) -> None:
    """The person leaves branch ``a`` and arrives in ``b``, as both secretaries record it. The 公民身份号码 is
    kept once per database, so the arriving record is entered without it."""
    _move(db, _add(db, a, name), "转出", out_on, "中共测试镇乙村党支部")
    _move(db, _add(db, b, name, id_number=None), "转入", in_on, "中共测试镇甲村党支部")


def test_a_move_between_two_branches_is_internal_to_the_township(db: Database, tmp_path: Path) -> None:
    a, b = _branch(db, "中共测试镇甲村党支部"), _branch(db, "中共测试镇乙村党支部")
    for n in range(3):
        _add(db, a, f"甲{n}")
        _add(db, b, f"乙{n}")
    _moved(db, a, b, "赵刚", date(2025, 5, 10), date(2025, 5, 20))
    _move(db, _add(db, b, "钱进", join=date(2010, 7, 1)), "转入", date(2025, 8, 1), "中共外县某村党支部")
    _move(db, _add(db, a, "孙福"), "转出", date(2025, 9, 1), "中共外县某社区党支部")
    with db.session_scope() as s:
        stats = party_stats(s, year=2025, as_of=TODAY)
    rows = {u.name: u.change for u in stats.rows}
    left, arrived = rows["中共测试镇甲村党支部"], rows["中共测试镇乙村党支部"]
    assert (left.counts[ps.TRANSFERRED_OUT], arrived.counts[ps.TRANSFERRED_IN]) == (2, 2)
    town = rows["合计"]
    assert (town.counts[ps.TRANSFERRED_IN], town.counts[ps.TRANSFERRED_OUT]) == (1, 1)  # 钱进, 孙福: from outside
    assert [(m.name, m.from_branch, m.to_branch) for m in town.moves] == [("赵刚", a, b)]
    assert (town.last_total, town.this_total, town.difference) == (8, 8, 0)
    assert all(c.difference == 0 for c in rows.values())

    lines = summary_lines(stats)
    assert "乡镇内转接 1：在本单位的支部之间转接，不计入合计的转入、转出" in lines
    assert "  赵刚：中共测试镇甲村党支部 → 中共测试镇乙村党支部（2025-05-20）" in lines

    out = tmp_path / "统计.xlsx"
    with db.session_scope() as s:
        export_party_stats(s, year=2025, path=out, as_of=TODAY)
    ws = load_workbook(out)["两年党员数综合比较"]
    cells = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
    total = next(r for r in cells if r and r[0] == "合计" and isinstance(r[1], int))
    # 单位, 上年底, 增加合计, 发展, 恢复, 转入, 减少合计, 出党, 停止党籍, 死亡, 转出, 本年底, 差额
    assert total == ["合计", 8, 1, 0, 0, 1, 1, 0, 0, 0, 1, 8, 0]
    at = next(i for i, r in enumerate(cells) if r and str(r[0]).startswith("乡镇内转接：本年 1 名党员"))
    assert cells[at + 1] == ["转出支部", "姓名", "转入支部和日期"]
    assert cells[at + 2] == ["中共测试镇甲村党支部", "赵刚", "中共测试镇乙村党支部（2025-05-10转出，2025-05-20转入）"]


def test_one_branch_alone_counts_its_moves_and_no_township_note(db: Database) -> None:
    a, b = _branch(db, "中共测试镇甲村党支部"), _branch(db, "中共测试镇乙村党支部")
    _moved(db, a, b, "赵刚", date(2025, 5, 10), date(2025, 5, 20))
    with db.session_scope() as s:
        stats = party_stats(s, year=2025, branch_id=b, as_of=TODAY)
    assert stats.whole.change.counts[ps.TRANSFERRED_IN] == 1 and stats.whole.change.moves == []
    assert not any("乡镇内转接" in line for line in summary_lines(stats))


def test_a_move_over_the_new_year_is_a_decrease_then_an_increase(db: Database) -> None:
    """Left in December, arrived in January: at 上年底… the township's books did not hold the person between."""
    a, b = _branch(db, "中共测试镇甲村党支部"), _branch(db, "中共测试镇乙村党支部")
    _moved(db, a, b, "赵刚", date(2025, 12, 28), date(2026, 1, 6))
    with db.session_scope() as s:
        before, after = (party_stats(s, year=y, as_of=TODAY).township for y in (2025, 2026))
    assert before is not None and after is not None
    assert (before.change.counts[ps.TRANSFERRED_OUT], before.change.moves, before.change.difference) == (1, [], 0)
    assert (after.change.counts[ps.TRANSFERRED_IN], after.change.moves, after.change.difference) == (1, [], 0)


def test_different_people_of_the_same_name_are_not_paired(db: Database) -> None:
    a, b = _branch(db, "中共测试镇甲村党支部"), _branch(db, "中共测试镇乙村党支部")
    _move(db, _add(db, a, "张伟"), "转出", date(2025, 5, 10), "外地")
    _move(db, _add(db, b, "张伟", birth=date(1990, 1, 1), id_number=None), "转入", date(2025, 5, 20), "外地")
    with db.session_scope() as s:
        town = party_stats(s, year=2025, as_of=TODAY).township
    assert town is not None and town.change.moves == []
    assert (town.change.counts[ps.TRANSFERRED_IN], town.change.counts[ps.TRANSFERRED_OUT]) == (1, 1)


# ------------------------------------------------------------- township = branches − internal moves

_day = st.dates(date(2024, 10, 1), date(2026, 2, 28))
_plan = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), _day, st.integers(-5, 40),
                           st.booleans(), st.sampled_from(("正式党员", "预备党员"))), max_size=6)
_outside = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(("转入", "转出")), _day), max_size=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=_plan, outside=_outside, year=st.sampled_from((2025, 2026)))
def test_township_is_the_sum_of_its_branches_less_the_moves_between_them(
        db: Database, moves: list[tuple[int, int, date, int, bool, str]], outside: list[tuple[int, str, date]],
        year: int) -> None:
    """Records written straight to the tables. Each planned move is a person's record in one branch with a
    转出 and a record of the same person (name, 出生日期) in another with a 转入 some days later (or, a
    secretary being late, a few days earlier); a move within one branch, or one over the year's end, is
    no move between branches of that year. Every example adds three new branches; the township is every
    branch of the database, so examples accumulate, and the assertions hold for all of them together."""
    start, end = ps.report_days(year, TODAY)
    with db.session_scope() as s:
        ids = [branches.create_branch(s, branches.BranchInput(name=f"支部{len(branches.list_branches(s))}")).id
               for _ in range(3)]
        expected = 0
        for n, (i, j, out_on, days, has_birth, category) in enumerate(moves):
            in_on = min(out_on + timedelta(days=days), TODAY)
            name, birth = f"迁{ids[0][:6]}{n}", date(1970, 1, 1) + timedelta(days=n) if has_birth else None
            join = date(2000, 1, 1)
            for branch, direction, when in ((ids[i], "转出", out_on), (ids[j], "转入", in_on)):
                p = Person(branch_id=branch, name=name, birth_date=birth, category=category, join_date=join,
                           status="转出" if direction == "转出" else "正常", status_date=when)
                s.add(p)
                s.flush()
                s.add(OrgTransfer(person_id=p.id, direction=direction, transfer_date=when))
            expected += i != j and has_birth and start < out_on <= end and start < in_on <= end
        for n, (i, direction, when) in enumerate(outside):
            p = Person(branch_id=ids[i], name=f"外{ids[0][:6]}{n}", birth_date=date(1960, 1, 1) + timedelta(days=n),
                       category="正式党员", join_date=date(2000, 1, 1),
                       status="转出" if direction == "转出" else "正常", status_date=when)
            s.add(p)
            s.flush()
            s.add(OrgTransfer(person_id=p.id, direction=direction, transfer_date=when))
    with db.session_scope() as s:
        stats = party_stats(s, year=year, as_of=TODAY)
    town = stats.township
    assert town is not None
    tc, parts = town.change, [u.change for u in stats.branches]
    mine = [m for m in tc.moves if m.from_branch in ids]
    assert len(mine) == expected
    for m in tc.moves:
        assert m.from_branch != m.to_branch and start < m.out_date <= end and start < m.in_date <= end
    assert len({m.out_person for m in tc.moves}) == len({m.in_person for m in tc.moves}) == len(tc.moves)
    assert tc.counts[ps.TRANSFERRED_IN] == sum(c.counts[ps.TRANSFERRED_IN] for c in parts) - len(tc.moves)
    assert tc.counts[ps.TRANSFERRED_OUT] == sum(c.counts[ps.TRANSFERRED_OUT] for c in parts) - len(tc.moves)
    for k in (*ps.INCREASES, *ps.DECREASES):
        if k not in (ps.TRANSFERRED_IN, ps.TRANSFERRED_OUT):
            assert tc.counts[k] == sum(c.counts[k] for c in parts), k
    assert (tc.last_total, tc.this_total) == (sum(c.last_total for c in parts), sum(c.this_total for c in parts))
    # the 差额 balances: the moves take as much from the increases as from the decreases
    assert tc.difference == sum(c.difference for c in parts) == sum(g.difference for g in tc.gaps)
    assert tc.difference == 0
