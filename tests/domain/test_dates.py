from datetime import date, datetime

import pytest

from dangjian_desktop.domain.dates import add_months, parse_date


@pytest.mark.parametrize(("text", "expected", "month_only"), [
    ("1990-07-01", date(1990, 7, 1), False),
    ("2001/7/1", date(2001, 7, 1), False),
    ("1980年5月12日", date(1980, 5, 12), False),
    ("1980年5月", date(1980, 5, 1), True),
    ("1975.03", date(1975, 3, 1), True),
    ("1976.02.27", date(1976, 2, 27), False),
    ("19750302", date(1975, 3, 2), False),
    (" １９９０．０７．０１ ", date(1990, 7, 1), False),
    (datetime(1977, 2, 27, 0, 0), date(1977, 2, 27), False),
    (29000, date(1979, 5, 25), False),  # Excel serial number
])
def test_dates_as_people_write_them(text: object, expected: date, month_only: bool) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.value == expected
    assert parsed.month_only is month_only


@pytest.mark.parametrize("empty", [None, "", "无", "—", "  ", "空"])
def test_empty_markers(empty: object) -> None:
    assert parse_date(empty) is None


@pytest.mark.parametrize("bad", ["明年", "1990-02-30", "1990", 1990, "12/07/1990"])
def test_unreadable_dates_raise_a_chinese_message(bad: object) -> None:
    with pytest.raises(ValueError, match="“"):
        parse_date(bad)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 12, 15), 12) == date(2024, 12, 15)


def test_year_dot_month_typed_into_a_number_cell() -> None:
    parsed = parse_date(1975.03)
    assert parsed is not None and (parsed.value, parsed.month_only) == (date(1975, 3, 1), True)
    assert parse_date(1980.12).value == date(1980, 12, 1)  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="1月还是10月"):
        parse_date(1975.1)
