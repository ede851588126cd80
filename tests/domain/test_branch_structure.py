"""Branch structure rules of 《中国共产党支部工作条例（试行）》(2018)."""

from __future__ import annotations

from datetime import date

from dangjian_desktop.domain import branch_structure as bs
from dangjian_desktop.domain.people import committee_role

TODAY = date(2026, 3, 2)
FULL = ["书记", "副书记", "组织委员", "宣传委员", "纪检委员"]


def keys(full: int, roles: list[str], term_end: date | None = None) -> set[str]:
    return {n.key for n in bs.check(full, roles, term_end, TODAY)}


def test_fewer_than_three_full_members_cannot_stand_alone() -> None:
    """第六条: 有正式党员3人以上的，应当成立党支部; 不足3人的，成立联合党支部."""
    assert "structure_members" in keys(2, ["书记"])
    assert "structure_members" not in keys(3, ["书记"])


def test_seven_full_members_need_a_committee_and_six_do_not() -> None:
    """第二十条: 正式党员7人以上的党支部，应当设立党支部委员会; 不足7人的，不设委员会，只选书记（必要时副书记）.
    A branch going from 7 to 6 正式党员 no longer needs one."""
    assert "structure_committee" in keys(7, ["书记", "副书记"])
    assert keys(6, ["书记", "副书记"]) == set()
    assert "structure_committee" not in keys(7, FULL[:3])


def test_committee_of_three_to_five_at_most_seven() -> None:
    """第二十条: 一般设委员3至5人，最多不超过7人."""
    assert "committee_size" in keys(9, ["书记", "组织委员"])
    assert keys(9, FULL[:3]) == set() and keys(9, FULL) == set()
    assert keys(30, [*FULL, "委员", "委员"]) == set()
    too_many = [n for n in bs.check(30, [*FULL, "委员", "委员", "委员"], None, TODAY) if n.key == "committee_size"]
    assert too_many and too_many[0].severity == bs.SERIOUS


def test_term_due_and_coming() -> None:
    """换届: 村、社区每届5年，其他3年 (term_years); due once ended, announced half a year ahead."""
    assert bs.term_notice(date(2026, 3, 1), TODAY).severity == bs.SERIOUS  # type: ignore[union-attr]
    assert bs.term_notice(date(2026, 8, 1), TODAY).severity == bs.WARN  # type: ignore[union-attr]
    assert bs.term_notice(date(2027, 3, 2), TODAY) is None
    assert "term" in keys(9, FULL[:3], date(2026, 3, 1))


def test_the_party_post_names_a_committee_role() -> None:
    assert committee_role("村党支部书记兼村委会主任") == "书记"
    assert committee_role("支部副书记") == "副书记"
    assert committee_role("纪检委员") == "纪检委员"
    assert committee_role("支委委员") == "委员"
    assert committee_role("党小组组长") == "" and committee_role("村委委员") == ""
