"""年度自查 rules on plain facts: exactly the gaps that exist, none on a complete year."""

from __future__ import annotations

from datetime import date

import pytest

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr

YEAR = 2026
GROUPS = {"g1": "第一党小组", "g2": "第二党小组"}


def complete_year(today: date = date(2027, 1, 10)) -> sc.YearFacts:
    meetings = []
    for m in range(1, 13):
        meetings += [sc.MeetingFact(f"c{m}", date(YEAR, m, 5), ("支部委员会",)),
                     sc.MeetingFact(f"t{m}", date(YEAR, m, 10), ("主题党日", "党课") if m % 3 == 0 else ("主题党日",)),
                     sc.MeetingFact(f"a{m}", date(YEAR, m, 12), ("党小组会",), group_id="g1"),
                     sc.MeetingFact(f"b{m}", date(YEAR, m, 13), ("党小组会",), group_id="g2")]
    meetings += [sc.MeetingFact(f"g{q}", date(YEAR, q * 3, 20), ("支部党员大会",), valid=True) for q in range(1, 5)]
    meetings += [sc.MeetingFact("life", date(YEAR, 12, 15), ("组织生活会", "民主评议党员"))]
    return sc.YearFacts(YEAR, today, groups=dict(GROUPS), meetings=meetings, members={"p1": "张三", "p2": "李四"},
                        talked={"p1", "p2"}, term_end=date(2029, 3, 1),
                        known={"meeting", "talks", "study", "cases"})


def keys(findings: list[sc.Finding]) -> list[str]:
    return [f.rule_key for f in findings]


def test_a_complete_year_has_no_findings_and_an_all_green_grid() -> None:
    grid, findings = sc.evaluate(complete_year())
    assert findings == []
    assert {c.state for row in grid for c in row.cells} == {sc.OK}
    labels = [row.label for row in grid]
    assert labels[:3] == ["支部委员会", "党小组会（第一党小组）", "党小组会（第二党小组）"]
    assert "党费收缴" in labels and "谈心谈话" in labels


def test_exactly_the_gaps_that_exist() -> None:
    facts = complete_year()
    facts.meetings = [m for m in facts.meetings if m.id not in ("c3", "g2", "b7", "life")]
    facts.meetings.append(sc.MeetingFact("late", date(YEAR, 5, 2), ("支委会补充",), backfilled=True, title="五月"))
    facts.dues_arrears = [sc.DuesArrears("p9", "王五", 7, "serious")]
    _grid, findings = sc.evaluate(facts)
    texts = [f.text for f in findings]
    assert "2026年3月没有支部委员会的记录" in texts
    assert "2026年第2季度没有支部党员大会的记录" in texts
    assert "2026年7月没有党小组会（第二党小组）的记录" in texts
    assert "2026年没有组织生活会的记录" in texts
    assert "王五连续7个月未交纳党费" in texts
    assert any("补录" in t for t in texts)
    assert "2026年没有民主评议党员的记录" in texts  # held at the same meeting as the 组织生活会
    assert len(findings) == 7
    assert findings[0].severity == sr.SERIOUS


def test_periods_not_yet_ended_are_pending_not_gaps() -> None:
    facts = complete_year(today=date(YEAR, 4, 15))
    facts.meetings = [m for m in facts.meetings if m.held_on < date(YEAR, 4, 1)]
    grid, findings = sc.evaluate(facts)
    committee = next(r for r in grid if r.rule_key == "branch_committee")
    assert [c.state for c in committee.cells[:4]] == [sc.OK, sc.OK, sc.OK, sc.PENDING]
    general = next(r for r in grid if r.rule_key == "general_meeting")
    assert [(c.first_month, c.months, c.state) for c in general.cells] == [
        (1, 3, sc.OK), (4, 3, sc.PENDING), (7, 3, sc.PENDING), (10, 3, sc.PENDING)]
    assert findings == []


def test_month_and_quarter_boundaries() -> None:
    facts = complete_year(today=date(YEAR, 4, 1))  # March has just ended; Q1 too
    facts.meetings = [m for m in facts.meetings if m.id not in ("c3", "g1")]
    facts.meetings.append(sc.MeetingFact("c3b", date(YEAR, 4, 1), ("支部委员会",)))  # held on 1 April: counts for April
    texts = [f.text for f in sc.evaluate(facts)[1]]
    assert "2026年3月没有支部委员会的记录" in texts
    assert "2026年第1季度没有支部党员大会的记录" in texts


def test_rules_switched_off_or_made_quarterly() -> None:
    facts = complete_year()
    facts.meetings = [m for m in facts.meetings if not m.id.startswith("c") or m.id in ("c2", "c5", "c8", "c11")]
    table = sr.RuleTable()
    assert len(sc.evaluate(facts, table)[1]) == 8
    quarterly = table.with_changes("branch_committee", period=sr.QUARTERLY)
    assert sc.evaluate(facts, quarterly)[1] == []
    off = sr.RuleTable.from_json(table.with_changes("branch_committee", enabled=False).to_json())
    assert sc.evaluate(facts, off)[1] == []
    assert all(r.rule_key != "branch_committee" for r in sc.evaluate(facts, off)[0])
    with pytest.raises(sr.RuleError):
        table.with_changes("talks", period=sr.MONTHLY)


def test_talks_development_term_study_and_cases() -> None:
    facts = complete_year(today=date(YEAR, 11, 20))
    facts.talked = {"p1"}
    facts.development = [("p3", "魏明龙", "转为正式党员即将到期")]
    facts.term_end = date(2027, 3, 1)
    facts.study_short = [("p2", "李四", 20, 32)]
    facts.notes_short = [("p2", "李四", 1, 4)]
    facts.overdue_cases = [("k1", "赵六", date(YEAR, 10, 1))]
    grid, findings = sc.evaluate(facts)
    assert set(keys(findings)) >= {"talks", "development", "term", "study_hours", "study_notes", "cases"}
    talks = next(r for r in grid if r.rule_key == "talks")
    assert talks.cells[0].state == sc.PENDING and "1 / 2" in talks.cells[0].note
    assert any("李四" in f.text and "学时" in f.text for f in findings)


def test_record_kinds_not_kept_yet_are_not_reported_missing() -> None:
    facts = complete_year()
    facts.known = set()
    facts.meetings = []
    grid, findings = sc.evaluate(facts)
    assert findings == []
    assert [r.rule_key for r in grid] == ["dues"]


def test_a_meeting_without_quorum_does_not_count_for_its_quarter() -> None:
    facts = complete_year()
    facts.meetings = [m for m in facts.meetings if m.id != "g2"]
    facts.meetings.append(sc.MeetingFact("g2x", date(YEAR, 5, 20), ("支部党员大会",), valid=False, title="二季度"))
    grid, findings = sc.evaluate(facts)
    texts = [f.text for f in findings]
    assert "2026年第2季度没有有效的支部党员大会（到会人数未过半数）" in texts
    assert any("未过半数" in t for t in texts)
    general = next(r for r in grid if r.rule_key == "general_meeting")
    assert (general.cells[1].state, general.cells[1].mark) == (sc.MISSING, "无效")  # the grid says so too
