"""党内统计 from one person's timeline: the stock on a day, the flows of a year, the 差额, and the bands."""

from __future__ import annotations

from datetime import date

import pytest

from dangjian_desktop.domain import party_stats as ps
from dangjian_desktop.domain import party_stats_bands as bands
from dangjian_desktop.domain.party_stats import MemberFacts

AS_OF = date(2026, 3, 1)  # the report day: 2025 is over, 2026 is not
YEAR = 2025


def member(name: str = "甲", **kw: object) -> MemberFacts:
    values: dict[str, object] = {"person_id": name, "name": name, "branch_id": "b", "category": "正式党员",
                                 "join_date": date(2000, 7, 1)}
    values.update(kw)
    return MemberFacts(**values)  # type: ignore[arg-type]


def change(*people: MemberFacts, year: int = YEAR) -> ps.YearChange:
    return ps.year_change(people, year, AS_OF)


def test_a_member_all_year_counts_at_both_ends_and_nowhere_between() -> None:
    c = change(member())
    assert (c.last_total, c.this_total, c.increase, c.decrease, c.difference) == (1, 1, 0, 0, 0)


def test_admitted_in_the_year_is_developed_and_counted_at_the_end_only() -> None:
    c = change(member(category="预备党员", join_date=date(2025, 6, 30)))
    assert (c.last_total, c.counts[ps.DEVELOPED], c.this_total, c.difference) == (0, 1, 1, 0)


def test_admitted_on_the_last_day_of_the_year_is_that_years() -> None:
    assert change(member(join_date=date(2025, 12, 31))).counts[ps.DEVELOPED] == 1
    assert change(member(join_date=date(2024, 12, 31))).counts[ps.DEVELOPED] == 0


def test_transferred_in_mid_year_after_joining_elsewhere_is_a_transfer_not_a_development() -> None:
    c = change(member(join_date=date(2025, 2, 1), transfers=((date(2025, 8, 1), ps.IN),)))
    assert c.counts[ps.DEVELOPED] == 0
    assert (c.last_total, c.counts[ps.TRANSFERRED_IN], c.this_total, c.difference) == (0, 1, 1, 0)


def test_transferred_out_mid_year() -> None:
    c = change(member(status="转出", status_date=date(2025, 5, 10), transfers=((date(2025, 5, 10), ps.OUT),)))
    assert (c.last_total, c.counts[ps.TRANSFERRED_OUT], c.this_total, c.difference) == (1, 1, 0, 0)


def test_status_transferred_out_without_a_transfer_record_counts_once() -> None:
    c = change(member(status="转出", status_date=date(2025, 5, 10)))
    assert (c.counts[ps.TRANSFERRED_OUT], c.this_total, c.difference) == (1, 0, 0)


def test_out_and_back_in_the_same_year() -> None:
    c = change(member(transfers=((date(2025, 3, 1), ps.OUT), (date(2025, 9, 1), ps.IN))))
    assert (c.last_total, c.increase, c.decrease, c.this_total, c.difference) == (1, 1, 1, 1, 0)


def test_died_suspended_and_expelled_in_the_year() -> None:
    c = change(member("甲", status="去世", status_date=date(2025, 4, 2)),
               member("乙", status="停止党籍", status_date=date(2025, 9, 9)),
               member("丙", status="出党", status_date=date(2025, 11, 11)))
    assert (c.counts[ps.DIED], c.counts[ps.SUSPENDED], c.counts[ps.EXPELLED]) == (1, 1, 1)
    assert (c.last_total, c.this_total, c.difference) == (3, 0, 0)


def test_died_after_transferring_out_is_not_this_branchs_decrease() -> None:
    c = change(member(status="去世", status_date=date(2025, 10, 1), transfers=((date(2025, 3, 1), ps.OUT),)))
    assert (c.counts[ps.TRANSFERRED_OUT], c.counts[ps.DIED], c.difference) == (1, 0, 0)


def test_suspended_last_year_and_restored_this_year() -> None:
    f = member(suspended_date=date(2024, 6, 1), restored_date=date(2025, 7, 1))
    c = change(f)
    assert (c.last_total, c.counts[ps.RESTORED], c.this_total, c.difference) == (0, 1, 1, 0)
    before = change(f, year=2024)
    assert (before.last_total, before.counts[ps.SUSPENDED], before.this_total, before.difference) == (1, 1, 0, 0)


def test_suspended_and_restored_within_the_year() -> None:
    c = change(member(suspended_date=date(2025, 2, 1), restored_date=date(2025, 10, 1)))
    assert (c.counts[ps.SUSPENDED], c.counts[ps.RESTORED], c.last_total, c.this_total, c.difference) == (1, 1, 1, 1, 0)


def test_a_status_without_a_date_leaves_a_difference_in_the_year_reported_and_names_the_person() -> None:
    f = member("王五", status="去世")
    now = ps.year_change([f], 2026, AS_OF)
    assert (now.last_total, now.decrease, now.this_total, now.difference) == (1, 0, 0, -1)
    assert [(g.name, g.difference) for g in now.gaps] == [("王五", -1)]
    assert "未填状态日期" in now.gaps[0].reason
    assert change(f).difference == 0  # the past year, as far as the record can tell, closed


def test_a_duplicated_transfer_in_is_listed_with_what_was_counted() -> None:
    f = member(join_date=date(2020, 1, 1),
               transfers=((date(2025, 3, 1), ps.IN), (date(2025, 4, 1), ps.IN)))
    c = change(f)
    assert c.difference == -1
    assert "转入组织关系2" in c.gaps[0].reason


def test_applicants_are_never_counted() -> None:
    c = change(member(category="发展对象", join_date=None))
    assert (c.last_total, c.this_total, c.increase) == (0, 0, 0)


def test_a_year_not_over_runs_to_the_report_day() -> None:
    assert ps.report_days(2026, AS_OF) == (date(2025, 12, 31), AS_OF)
    assert ps.report_days(2025, AS_OF) == (date(2024, 12, 31), date(2025, 12, 31))


def test_category_on_a_day_before_conversion_is_probationary() -> None:
    assert ps.category_on("正式党员", date(2025, 7, 1), date(2025, 6, 30)) == "预备党员"
    assert ps.category_on("正式党员", date(2025, 7, 1), date(2025, 7, 1)) == "正式党员"


@pytest.mark.parametrize(("birth", "band"), [
    (date(1995, 12, 31), "30岁及以下"),  # 30 on 2025-12-31
    (date(1994, 12, 31), "31至35岁"),  # 31 that day
    (date(1990, 12, 31), "31至35岁"),
    (date(1989, 12, 31), "36至40岁"),
    (date(1965, 1, 1), "56至60岁"),
    (date(1964, 12, 31), "61岁及以上"),
    (date(1965, 12, 31), "56至60岁"),
    (None, bands.UNFILLED),
])
def test_age_bands_at_the_years_end(birth: date | None, band: str) -> None:
    assert bands.age_band(birth, date(2025, 12, 31)) == band


@pytest.mark.parametrize(("joined", "band"), [
    (date(1949, 9, 30), "1949年9月及以前"),
    (date(1949, 10, 1), "1949年10月至1966年4月"),
    (date(1966, 4, 30), "1949年10月至1966年4月"),
    (date(1966, 5, 1), "1966年5月至1976年10月"),
    (date(1976, 11, 1), "1976年11月至1978年12月"),
    (date(1978, 12, 31), "1976年11月至1978年12月"),
    (date(1979, 1, 1), "1979年1月至2002年10月"),
    (date(2002, 11, 1), "2002年11月至2012年10月"),
    (date(2012, 10, 31), "2002年11月至2012年10月"),
    (date(2012, 11, 1), "2012年11月及以后"),
    (None, bands.UNFILLED),
])
def test_join_periods(joined: date | None, band: str) -> None:
    assert bands.join_band(joined) == band


@pytest.mark.parametrize(("education", "band"), [
    ("研究生", "研究生"), ("大学", "大学本科"), ("大专", "大学专科"), ("中专", "中专"), ("高中", "高中、中技"),
    ("初中", "初中及以下"), ("小学", "初中及以下"), ("其他", bands.UNFILLED), ("", bands.UNFILLED),
])
def test_education_bands_cover_the_rosters_words(education: str, band: str) -> None:
    assert bands.education_band(education) == band


def test_ethnic_bands() -> None:
    assert [bands.ethnic_band(e) for e in ("汉族", "回族", "东乡族", "", "其他")] == [
        "汉族", "少数民族", "少数民族", bands.UNFILLED, bands.UNFILLED]


def test_tally_keeps_band_order_and_adds_up() -> None:
    values = ["女", "男", bands.UNFILLED, "男"]
    assert bands.tally(values, bands.GENDER_BANDS) == [2, 1, 1]


def test_a_transfer_out_left_with_an_active_status_is_named_not_dropped() -> None:
    """The 花名册 counts 正常 as on the books; the transfer says gone. The figure follows the transfer and the
    person is listed, so the difference to the ledger's count has a name."""
    f = member("钱进", transfers=((date(2026, 1, 10), ps.OUT),))
    now = ps.year_change([f], 2026, AS_OF)
    assert (now.last_total, now.counts[ps.TRANSFERRED_OUT], now.this_total, now.difference) == (1, 1, 0, 0)
    assert [(g.name, g.difference) for g in now.gaps] == [("钱进", 0)]
    assert "2026-01-10转出" in now.gaps[0].reason
    assert change(f).gaps == []  # a past year is not compared with today's 花名册
