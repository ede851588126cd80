"""党内统计 over real records: hand-built rosters through the services, the ledger's own counts, and the
township row against the sum of its branches (hypothesis, with messy records)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangjian_desktop.db import Database
from dangjian_desktop.db.models import OrgTransfer, Person
from dangjian_desktop.domain import party_stats as ps
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from dangjian_desktop.services.people.rows import category_counts
from dangjian_desktop.services.township.statistics import BREAKDOWNS, party_stats
from tests.factories import person_input

TODAY = date(2026, 3, 1)


def add(db: Database, branch_id: str, name: str, **values: object) -> str:
    with db.session_scope() as s:
        return people.save_person(s, branch_id, data=person_input(name, **values), today=TODAY).id


def move(db: Database, person_id: str, direction: str, when: date) -> None:
    with db.session_scope() as s:
        transfers.add_transfer(s, person_id, transfers.TransferInput(direction, when, "中共某镇某村党支部"),
                               today=TODAY)


def set_values(db: Database, branch_id: str, person_id: str, **values: object) -> None:
    with db.session_scope() as s:
        current = people.person_input(people.get_person(s, person_id))
        people.save_person(s, branch_id, data=replace(current, **values), person_id=person_id, today=TODAY)


@pytest.fixture
def roster(db: Database, branch_id: str) -> dict[str, str]:
    """A branch's 2025: two members all year, one admitted, one transferred in, one out, one died,
    one 停止党籍, one restored, one expelled, and an applicant who is never counted."""
    ids = {
        "stay1": add(db, branch_id, "张建国"),
        "stay2": add(db, branch_id, "李秀英", male=False, ethnicity="回族", education="大专"),
        "new": add(db, branch_id, "王小明", birth=date(1998, 4, 2), category="预备党员", join=date(2025, 6, 30)),
        "in": add(db, branch_id, "赵刚", join=date(2010, 7, 1)),
        "out": add(db, branch_id, "钱进"),
        "died": add(db, branch_id, "孙福", birth=date(1940, 1, 1), join=date(1965, 3, 1)),
        "stopped": add(db, branch_id, "周末"),
        "back": add(db, branch_id, "吴用"),
        "expelled": add(db, branch_id, "郑重"),
        "applicant": add(db, branch_id, "冯一", category="入党积极分子", join=None, activist_date=date(2025, 1, 5)),
    }
    move(db, ids["in"], "转入", date(2025, 8, 1))
    move(db, ids["out"], "转出", date(2025, 5, 10))
    set_values(db, branch_id, ids["died"], status="去世", status_date=date(2025, 4, 2))
    set_values(db, branch_id, ids["stopped"], status="停止党籍", status_date=date(2025, 9, 9))
    set_values(db, branch_id, ids["back"], suspended_date=date(2024, 6, 1), restored_date=date(2025, 7, 1))
    set_values(db, branch_id, ids["expelled"], status="出党", status_date=date(2025, 11, 11))
    return ids


def test_each_figure_of_the_year_from_the_records(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        stats = party_stats(s, year=2025, branch_id=branch_id, as_of=TODAY)
    c = stats.whole.change
    # 上年底: 张建国 李秀英 钱进 孙福 周末 郑重 (吴用 was 停止党籍; 赵刚 not here yet; 王小明 not admitted)
    assert c.last_total == 6
    assert {k: c.counts[k] for k in (*ps.INCREASES, *ps.DECREASES)} == {
        "发展党员": 1, "恢复党籍": 1, "转入组织关系": 1, "出党": 1, "停止党籍": 1, "死亡": 1, "转出组织关系": 1}
    assert (c.increase, c.decrease) == (3, 4)
    assert c.this_total == 5 and c.difference == 0 and c.gaps == []
    u = stats.whole
    assert u.counts["gender"] == [4, 1, 0]
    assert u.counts["ethnic"] == [4, 1, 0]
    assert u.counts["category"] == [4, 1]
    assert u.counts["education"][2] == 1  # 大学专科
    assert u.counts["age"][0] == 1  # 王小明, 27
    for key in BREAKDOWNS:
        assert sum(u.counts[key]) == u.total, key


def test_the_year_so_far_agrees_with_the_ledgers_count(db: Database, branch_id: str,
                                                       roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        stats = party_stats(s, year=2026, branch_id=branch_id, as_of=TODAY)
        counts = category_counts(people.list_rows(s, branch_id, today=TODAY))
    assert stats.whole.total == counts["正式党员"] + counts["预备党员"]
    assert stats.whole.counts["category"] == [counts["正式党员"], counts["预备党员"]]
    assert stats.whole.change.last_total == stats.whole.total  # nothing happened in 2026 yet


def test_a_status_without_its_date_shows_as_a_difference_naming_the_person(db: Database, branch_id: str,
                                                                           roster: dict[str, str]) -> None:
    set_values(db, branch_id, roster["stay1"], status="去世", status_date=None)
    with db.session_scope() as s:
        stats = party_stats(s, year=2026, branch_id=branch_id, as_of=TODAY)
    c = stats.whole.change
    assert c.difference == -1
    assert [(g.name, g.difference) for g in c.gaps] == [("张建国", -1)]
    assert "未填状态日期" in c.gaps[0].reason


def test_restored_needs_the_suspension_date_and_order(db: Database, branch_id: str) -> None:
    pid = add(db, branch_id, "陈平")
    with pytest.raises(ValidationError) as err:
        set_values(db, branch_id, pid, restored_date=date(2025, 7, 1))
    assert "停止党籍日期" in err.value.field_errors["suspended_date"]
    with pytest.raises(ValidationError) as err:
        set_values(db, branch_id, pid, suspended_date=date(2025, 8, 1), restored_date=date(2025, 7, 1))
    assert "早于" in err.value.field_errors["restored_date"]


def test_township_lists_every_branch_and_a_total(db: Database, branch_id: str, roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        other = branches.create_branch(s, branches.BranchInput(name="中共测试社区党支部", parent_org="中共测试镇委员会",
                                                               kind="社区")).id
    add(db, other, "何平", join=date(2025, 3, 3), category="预备党员")
    with db.session_scope() as s:
        stats = party_stats(s, year=2025, as_of=TODAY)
    assert [u.name for u in stats.rows] == ["合计", "中共测试村党支部", "中共测试社区党支部"]
    assert stats.title == "中共测试镇委员会（2个支部）"
    assert stats.whole.change.this_total == 6 and stats.whole.change.counts[ps.DEVELOPED] == 2


def test_a_year_outside_the_records_is_refused(db: Database, branch_id: str) -> None:
    with db.session_scope() as s, pytest.raises(UserError):
        party_stats(s, year=2027, as_of=TODAY)


# ------------------------------------------------------------- township = sum of branches

_days = st.one_of(st.none(), st.dates(date(2023, 1, 1), date(2026, 2, 28)))
_person = st.fixed_dictionaries({
    "category": st.sampled_from(("正式党员", "预备党员", "入党积极分子")),
    "status": st.sampled_from(("正常", "正常", "正常", "转出", "流出", "停止党籍", "出党", "去世")),
    "status_date": _days, "join_date": _days, "full_member_date": _days,
    "suspended_date": _days, "restored_date": _days,
    "gender": st.sampled_from(("男", "女", "")), "ethnicity": st.sampled_from(("汉族", "回族", "", "其他")),
    "education": st.sampled_from(("研究生", "大学", "大专", "中专", "高中", "初中", "小学", "其他", "")),
    "birth_date": st.one_of(st.none(), st.dates(date(1930, 1, 1), date(2006, 1, 1))),
    "transfers": st.lists(st.tuples(st.dates(date(2023, 1, 1), date(2026, 2, 28)), st.sampled_from(("转入", "转出"))),
                          max_size=3),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(branches_people=st.lists(st.lists(_person, max_size=6), min_size=1, max_size=3),
       year=st.sampled_from((2024, 2025, 2026)))
def test_township_equals_the_sum_of_its_branches(db: Database, branches_people: list[list[dict[str, object]]],
                                                 year: int) -> None:
    """Records written straight to the tables (missing dates, odd orders: what imports and old data hold).
    Every branch in the database so far is part of the township, examples accumulate."""
    with db.session_scope() as s:
        for members in branches_people:
            bid = branches.create_branch(s, branches.BranchInput(name=f"支部{len(branches.list_branches(s))}")).id
            for i, values in enumerate(members):
                moves = values.pop("transfers")
                p = Person(branch_id=bid, name=f"人{i}", **values)  # type: ignore[arg-type]
                s.add(p)
                s.flush()
                for when, direction in moves:  # type: ignore[attr-defined]
                    s.add(OrgTransfer(person_id=p.id, direction=direction, transfer_date=when))
                values["transfers"] = moves
    with db.session_scope() as s:
        stats = party_stats(s, year=year, as_of=TODAY)
    town = stats.township
    assert town is not None
    parts = stats.branches
    tc = town.change
    assert tc.last_total == sum(u.change.last_total for u in parts)
    assert tc.this_total == sum(u.change.this_total for u in parts)
    # a branch's 转出 and another's 转入 of one person (the same name and 出生日期) is a move inside the
    # township: neither a 转入 nor a 转出 of it (test_party_stats_internal)
    moved = len(tc.moves)
    for k in (*ps.INCREASES, *ps.DECREASES):
        inside = moved if k in (ps.TRANSFERRED_IN, ps.TRANSFERRED_OUT) else 0
        assert tc.counts[k] == sum(u.change.counts[k] for u in parts) - inside, k
    assert tc.difference == sum(u.change.difference for u in parts)
    assert tc.difference == sum(g.difference for g in tc.gaps)
    assert sorted(g.person_id for g in tc.gaps) == sorted(g.person_id for u in parts for g in u.change.gaps)
    for key in BREAKDOWNS:
        assert town.counts[key] == [sum(col) for col in zip(*(u.counts[key] for u in parts), strict=True)], key
        assert sum(town.counts[key]) == town.total, key


def test_a_transfer_out_without_the_status_changed_is_listed_against_the_ledger(
        db: Database, branch_id: str, roster: dict[str, str]) -> None:
    with db.session_scope() as s:
        transfers.add_transfer(s, roster["stay1"], transfers.TransferInput(
            "转出", date(2026, 1, 10), "中共某镇某村党支部", update_status=False), today=TODAY)
        stats = party_stats(s, year=2026, branch_id=branch_id, as_of=TODAY)
        counts = category_counts(people.list_rows(s, branch_id, today=TODAY))
    listed = [g for g in stats.whole.change.gaps if g.difference == 0]
    assert [g.name for g in listed] == ["张建国"]
    assert stats.whole.total + len(listed) == counts["正式党员"] + counts["预备党员"]
