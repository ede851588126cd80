from datetime import date

import pytest

from dangjian_desktop.domain import idcard

VALID = "11010519491231002X"  # the GB 11643 worked example


def test_valid_number_decodes_birth_and_sex() -> None:
    info = idcard.parse(VALID, date(2026, 1, 1))
    assert info.birth_date == date(1949, 12, 31)
    assert info.gender == "女"  # 17th digit 2 is even
    assert info.number == VALID


def test_lower_case_x_and_spaces_are_accepted() -> None:
    assert idcard.parse("110105 19491231 002x").number == VALID
    assert idcard.parse("１１０１０５１９４９１２３１００２ｘ").number == VALID


def test_wrong_check_digit_is_refused_with_the_expected_digit() -> None:
    with pytest.raises(ValueError, match="校验位错误（最后一位应为 X）"):
        idcard.parse("110105194912310021")


@pytest.mark.parametrize(("number", "message"), [
    ("11010519490230002X", "不是有效日期"),  # 30 February
    ("11010519491331002X", "不是有效日期"),  # month 13
    ("11010530001231002X", "不合理"),  # born in the future
    ("1101051949123100", "应为18位"),
    ("11010519491231002Y", "最后一位为数字或X"),
])
def test_impossible_numbers(number: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        idcard.parse(number, date(2026, 1, 1))


def test_male_from_odd_17th_digit() -> None:
    first17 = "62292119540721079"
    number = first17 + idcard.check_digit(first17)
    assert number == "62292119540721079X"
    assert idcard.parse(number).gender == "男"


def test_mask_keeps_first_six_and_last_four() -> None:
    assert idcard.mask(VALID) == "110105********002X"
