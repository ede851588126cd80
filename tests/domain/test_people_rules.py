from datetime import date

from dangjian_desktop.domain.people import check_person, normalize_phone, phone_error
from tests.factories import make_id_number

TODAY = date(2026, 11, 21)


def base(**extra: object) -> dict:
    values = {"name": "张建国", "category": "正式党员", "join_date": date(2005, 7, 1), "gender": "", "phone": ""}
    values.update(extra)
    return values


def test_birth_date_and_sex_filled_from_the_id() -> None:
    clean, errors = check_person(base(id_number=make_id_number(date(1980, 5, 12), male=False).lower()), TODAY)
    assert errors == {}
    assert clean["birth_date"] == date(1980, 5, 12)
    assert clean["gender"] == "女"


def test_birth_date_and_sex_must_agree_with_the_id() -> None:
    idn = make_id_number(date(1980, 5, 12), male=True)
    _, errors = check_person(base(id_number=idn, birth_date=date(1980, 5, 13), gender="女"), TODAY)
    assert "1980-05-12" in errors["birth_date"]
    assert "身份证上是男" in errors["gender"]


def test_development_steps_must_be_in_order() -> None:
    _, errors = check_person(base(category="入党积极分子", join_date=None, apply_date=date(2025, 3, 1),
                                  first_talk_date=date(2025, 2, 1)), TODAY)
    assert "首次谈话" in errors["first_talk_date"] and "早于" in errors["first_talk_date"]


def test_applicant_must_be_18() -> None:
    idn = make_id_number(date(2008, 6, 1))
    _, errors = check_person(base(category="入党申请人", join_date=None, id_number=idn,
                                  apply_date=date(2026, 1, 10)), TODAY)
    assert errors["apply_date"] == "申请入党时未满18周岁"


def test_member_needs_join_date_and_probationer_has_no_full_date() -> None:
    assert "入党日期" in check_person(base(join_date=None), TODAY)[1]["join_date"]
    _, errors = check_person(base(category="预备党员", full_member_date=date(2006, 7, 1)), TODAY)
    assert "full_member_date" in errors


def test_future_dates_and_empty_name() -> None:
    _, errors = check_person(base(name="  ", join_date=date(2027, 1, 1)), TODAY)
    assert errors["name"] == "请填写姓名"
    assert "今天之后" in errors["join_date"]


def test_phone_numbers() -> None:
    assert normalize_phone("181-2768-4268") == "18127684268"
    assert normalize_phone("+86 139 1234 5678") == "13912345678"
    assert phone_error("18127684268") is None
    assert phone_error("0931-8123456") is None
    assert "11位" in (phone_error("1812768426") or "")
    assert phone_error("abc") is not None
