"""党费 rules: the 2008 brackets at their edges, fixed amounts, rounding, money input, months, arrears."""

from datetime import date

import pytest

from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import (
    Bracket,
    CategoryRule,
    DuesRuleError,
    RateTable,
    default_rate_table,
    format_fen,
    format_rate,
    monthly_due_fen,
    parse_money_fen,
    parse_rate_bp,
    round_due,
    suggest_category,
)

TABLE = default_rate_table()


@pytest.mark.parametrize(("base", "rate", "due"), [
    ("0", 50, 0),
    ("2000", 50, 1000),
    ("3000.00", 50, 1500),       # the upper bound belongs to the lower bracket
    ("3000.01", 100, 3000),      # 30.0001 元 → 30.00
    ("4999.99", 100, 5000),      # 49.9999 → 50.00
    ("5000", 100, 5000),
    ("5000.01", 150, 7500),      # 75.00015 → 75.00
    ("10000", 150, 15000),
    ("10000.01", 200, 20000),    # 200.0002 → 200.00
    ("25000", 200, 50000),
])
def test_employed_brackets_at_their_edges(base: str, rate: int, due: int) -> None:
    assert monthly_due_fen("在职", parse_money_fen(base), TABLE) == (rate, due)


@pytest.mark.parametrize(("base", "rate", "due"), [
    ("3000", 50, 1500),
    ("5000", 50, 2500),
    ("5000.01", 100, 5000),
    ("8000", 100, 8000),
])
def test_retired_brackets(base: str, rate: int, due: int) -> None:
    assert monthly_due_fen("离退休", parse_money_fen(base), TABLE) == (rate, due)


@pytest.mark.parametrize(("category", "due"), [("农民", 50), ("学生", 20), ("下岗失业", 20), ("低保/困难", 20)])
def test_fixed_amounts_ignore_the_base(category: str, due: int) -> None:
    assert monthly_due_fen(category, 0, TABLE) == (0, due)
    assert monthly_due_fen(category, 900_000, TABLE) == (0, due)


def test_other_is_entered_by_hand_and_unknown_categories_are_refused() -> None:
    with pytest.raises(DuesRuleError, match="直接填写"):
        monthly_due_fen("其他", 100_000, TABLE)
    with pytest.raises(DuesRuleError, match="未知的缴费类别"):
        monthly_due_fen("干部", 100_000, TABLE)
    with pytest.raises(DuesRuleError, match="负数"):
        monthly_due_fen("在职", -1, TABLE)


def test_rounding_is_half_up_and_exact() -> None:
    assert round_due(100_100 * 50) == 501         # 1001 元 × 0.5% = 500.5 分 → 501 (not banker's 500)
    assert round_due(100_099 * 50) == 500         # 500.495 分 → 500
    assert monthly_due_fen("在职", 299_999, TABLE) == (50, 1500)   # 14.99995 元 → 15.00
    assert monthly_due_fen("在职", 333_333, TABLE) == (100, 3333)  # 33.3333 元 → 33.33


def test_rounding_to_jiao_and_yuan() -> None:
    assert round_due(333_333 * 100, "jiao") == 3330      # 33.3333 元 → 33.3
    assert round_due(335_000 * 100, "jiao") == 3350      # 33.50 stays
    assert round_due(334_500 * 100, "jiao") == 3350      # 33.45 → 33.5 (half up)
    assert round_due(334_499 * 100, "jiao") == 3340
    assert round_due(345_000 * 100, "yuan") == 3500      # 34.50 → 35
    assert round_due(344_999 * 100, "yuan") == 3400
    table = RateTable(dict(TABLE.rules), "yuan")
    assert monthly_due_fen("在职", 450_000, table) == (100, 4500)
    assert monthly_due_fen("农民", 0, table) == (0, 50)  # fixed amounts are not rounded


def test_rate_table_round_trips_through_json_and_can_be_edited() -> None:
    assert RateTable.from_json(TABLE.to_json()) == TABLE
    local = RateTable({**TABLE.rules, "农民": CategoryRule("fixed", fixed_fen=100)}, "jiao")
    back = RateTable.from_json(local.to_json())
    assert back.rounding == "jiao" and monthly_due_fen("农民", 0, back) == (0, 100)
    assert monthly_due_fen("在职", 300_000, back) == (50, 1500)
    # a table saved with only some categories keeps the defaults for the rest
    partial = RateTable.from_json('{"rules": {"农民": {"kind": "fixed", "fixed_fen": 30}}}')
    assert monthly_due_fen("农民", 0, partial) == (0, 30) and monthly_due_fen("学生", 0, partial) == (0, 20)


@pytest.mark.parametrize(("text", "message"), [
    ("not json", "格式不正确"),
    ('{"rounding": "mao"}', "取整方式"),
    ('{"rules": {"农民": {"kind": "fixed", "fixed_fen": -5}}}', "定额"),
    ('{"rules": {"在职": {"kind": "brackets", "brackets": [{"upto_fen": 100, "rate_bp": 50}]}}}', "最后一档"),
    ('{"rules": {"在职": {"kind": "brackets", "brackets": [{"upto_fen": 500, "rate_bp": 50}, '
     '{"upto_fen": 100, "rate_bp": 60}, {"upto_fen": null, "rate_bp": 70}]}}}', "从低到高"),
    ('{"rules": {"干部": {"kind": "manual"}}}', "未知的缴费类别"),
])
def test_broken_rate_tables_are_refused(text: str, message: str) -> None:
    with pytest.raises(DuesRuleError, match=message):
        RateTable.from_json(text)


def test_custom_brackets() -> None:
    table = RateTable({"在职": CategoryRule("brackets", (Bracket(200_000, 30), Bracket(None, 80)))})
    table.check()
    assert monthly_due_fen("在职", 200_000, table) == (30, 600)
    assert monthly_due_fen("在职", 200_001, table) == (80, 1600)


@pytest.mark.parametrize(("text", "fen"), [
    ("12.5", 1250), ("12.50元", 1250), ("1,234.56", 123456), ("¥ 8", 800), ("￥0.2", 20), ("１２．３", 1230),
    ("0", 0), (".5", 50), ("3000.01", 300001), ("12,345,678", 1234567800), ("+5", 500), ("7.", 700),
])
def test_money_input_is_read_into_fen(text: str, fen: int) -> None:
    assert parse_money_fen(text) == fen


@pytest.mark.parametrize(("text", "message"), [
    ("", "请填写金额"), ("  ", "请填写金额"), ("-3", "不能为负数"), ("−3", "不能为负数"), ("1.234", "两位小数"),
    ("12,34", "千位分隔符"), ("abc", "不是有效的金额"), ("1.2.3", "不是有效的金额"), (".", "不是有效的金额"),
    ("1" + "0" * 12, "金额过大"),
])
def test_bad_money_input_gets_a_chinese_message(text: str, message: str) -> None:
    with pytest.raises(DuesRuleError, match=message):
        parse_money_fen(text)


def test_formatting_money_and_rates() -> None:
    assert format_fen(4500) == "45.00" and format_fen(5) == "0.05" and format_fen(-120) == "-1.20"
    assert format_fen(123_456_789, grouping=True) == "1,234,567.89"
    assert [format_rate(bp) for bp in (50, 100, 150, 200, 0, 25)] == ["0.5%", "1%", "1.5%", "2%", "0%", "0.25%"]
    assert parse_rate_bp("1.5%") == 150 and parse_rate_bp("0.5") == 50 and parse_rate_bp("２%") == 200
    for bad in ("abc", "1.234%", "101%", ""):
        with pytest.raises(DuesRuleError):
            parse_rate_bp(bad)


def test_category_suggestions_from_the_roster() -> None:
    assert suggest_category("种植户") == "农民" and suggest_category("外出务工（江苏省苏州市）") == "农民"
    assert suggest_category("村民", is_hardship=True) == "低保/困难"
    assert suggest_category("退休职工") == "离退休" and suggest_category("村民", is_retired=True) == "离退休"
    assert suggest_category("小学教师") == "在职" and suggest_category("大学生村官") == "在职"


# ---------------------------------------------------------------- months, 补交, arrears

def test_month_arithmetic_across_year_ends() -> None:
    dec, jan = dm.month_index(2025, 12), dm.month_index(2026, 1)
    assert jan - dec == 1 and dm.year_month(jan) == (2026, 1) and dm.year_month(dec) == (2025, 12)
    assert dm.month_of(date(2026, 3, 31)) == dm.month_index(2026, 3)
    assert dm.month_label(dec) == "2025年12月"
    idx = [dm.month_index(2025, m) for m in (11, 12)] + [dm.month_index(2026, m) for m in (1, 2, 5)]
    assert dm.months_label(idx) == "2025年11月—2026年2月、5月"
    with pytest.raises(ValueError):
        dm.month_index(2026, 13)


def test_back_pay_reaches_six_months_and_prepay_the_end_of_the_year() -> None:
    paid_on = date(2026, 7, 15)
    assert dm.payable_range(paid_on) == (dm.month_index(2026, 1), dm.month_index(2026, 12))
    assert dm.payment_month_error(paid_on, dm.month_index(2026, 1)) is None
    message = dm.payment_month_error(paid_on, dm.month_index(2025, 12))
    assert message == "2025年12月的党费不能在2026年7月15日补交：补交最多追溯6个月（最早可补2026年1月）"
    assert dm.payment_month_error(paid_on, dm.month_index(2026, 12)) is None
    assert "预交最多到2026年12月" in (dm.payment_month_error(paid_on, dm.month_index(2027, 1)) or "")
    # across a year end: paid in March 2026 it may still cover September 2025
    assert dm.payment_month_error(date(2026, 3, 1), dm.month_index(2025, 9)) is None
    assert dm.payment_month_error(date(2026, 3, 31), dm.month_index(2025, 8)) is not None
    assert [dm.payment_kind(paid_on, dm.month_index(2026, m)) for m in (6, 7, 8)] == ["补交", "当月", "预交"]


def test_month_states() -> None:
    window = dm.DueWindow(first=dm.month_index(2026, 3), last=dm.month_index(2026, 9))
    as_of = dm.month_index(2026, 6)

    def state(month: int, due: int = 100, paid: int = 0, assessed: bool = True) -> str:
        return dm.month_state(dm.month_index(2026, month), as_of=as_of, window=window, assessed=assessed,
                              due_fen=due, paid_fen=paid)

    assert state(2) == dm.NOT_MEMBER_YET and state(10) == dm.TRANSFERRED
    assert state(3, paid=100) == dm.PAID and state(4, paid=150) == dm.PAID and state(5, paid=40) == dm.PARTIAL
    assert state(6) == dm.UNPAID and state(7) == dm.NOT_DUE and state(7, paid=100) == dm.PAID
    assert state(4, due=0) == dm.WAIVED and state(4, assessed=False) == dm.UNASSESSED
    assert dm.owed_fen(dm.PARTIAL, 100, 40) == 60 and dm.owed_fen(dm.NOT_DUE, 100, 0) == 0


def test_arrears_are_counted_across_year_ends() -> None:
    states = {dm.month_index(2025, m): dm.PAID for m in range(1, 9)}
    states.update({dm.month_index(2025, m): dm.UNPAID for m in (9, 10, 11, 12)})
    states.update({dm.month_index(2026, m): dm.UNPAID for m in (1, 2)})
    assert dm.unpaid_run(states, dm.month_index(2026, 2)) == 6
    assert dm.unpaid_run(states, dm.month_index(2025, 12)) == 4
    assert dm.unpaid_run(states, dm.month_index(2025, 8)) == 0
    states[dm.month_index(2025, 11)] = dm.PARTIAL  # something paid ends the run
    assert dm.unpaid_run(states, dm.month_index(2026, 2)) == 3
    assert dm.unpaid_run({}, dm.month_index(2026, 2)) == 0


def test_arrears_levels() -> None:
    assert [dm.arrears_level(n) for n in (0, 2, 3, 5, 6, 12)] == ["", "", "warn", "warn", "serious", "serious"]
    assert dm.arrears_level(7, reason_approved=True) == "warn"
