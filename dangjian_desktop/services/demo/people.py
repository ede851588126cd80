"""Plausible people for a demo or benchmark roster: names, ID numbers, places and 发展党员 dates.

Pure functions of a ``random.Random``: no database. Everything generated passes
``domain.people.check_person`` and the time limits of ``domain.development``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dangjian_desktop.domain.dates import add_months
from dangjian_desktop.domain.idcard import check_digit


@dataclass(frozen=True)
class County:
    name: str  # 榆中县
    province: str  # 甘肃
    region: str  # 6-digit 行政区划代码, the first six digits of an ID number
    area_code: str  # telephone area code
    towns: tuple[str, ...]


COUNTIES = (
    County("榆中县", "甘肃", "620123", "0931", ("金崖镇", "夏官营镇", "和平镇", "甘草店镇", "青城镇", "定远镇",
                                              "连搭镇", "新营镇", "高崖镇", "清水驿乡", "龙泉乡", "韦营乡")),
    County("皋兰县", "甘肃", "620122", "0931", ("石洞镇", "忠和镇", "什川镇", "九合镇", "水阜镇", "黑石镇")),
    County("永登县", "甘肃", "620121", "0931", ("红城镇", "中堡镇", "武胜驿镇", "河桥镇", "连城镇", "苦水镇",
                                              "大同镇", "树屏镇", "上川镇", "柳树镇")),
)

# (surname, weight). Includes few-stroke surnames (丁 于 马 王 方) that lead 姓氏笔画 lists and
# surnames read differently from the character's common reading (曾 zeng, 单 shan, 解 xie).
SURNAMES = (
    ("王", 30), ("李", 28), ("张", 26), ("刘", 18), ("陈", 12), ("杨", 14), ("赵", 10), ("马", 12), ("魏", 6),
    ("牛", 5), ("金", 5), ("郭", 6), ("何", 5), ("徐", 4), ("孙", 5), ("胡", 5), ("朱", 4), ("高", 5),
    ("丁", 4), ("于", 4), ("方", 3), ("文", 2), ("石", 3), ("白", 3), ("冯", 3), ("岳", 3), ("祁", 2),
    ("贾", 3), ("柴", 2), ("雒", 2), ("蒲", 2), ("党", 2), ("曾", 2), ("单", 2), ("解", 1), ("谢", 3),
    ("韩", 3), ("董", 3), ("周", 4), ("吴", 4), ("罗", 3), ("宋", 3), ("邓", 2), ("包", 1), ("保", 1),
)
_HUI_SURNAMES = ("马", "马", "马", "丁", "白", "杨", "海", "穆", "拜", "沙")
_MALE_CHARS = "建国军明强伟文华平春生福海林峰杰涛鹏斌刚德永成忠志兵彦宏俊新兴东亮学祥宝贵仁义智武龙"
_FEMALE_CHARS = "秀英兰芳玉梅霞丽娟红萍燕琴桂花珍凤静婷雪瑞慧敏莉娜艳丹欣悦晓"
ETHNICITIES = (("汉族", 87), ("回族", 9), ("东乡族", 2), ("土族", 1), ("满族", 1))
_MOBILE_PREFIXES = ("130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                    "157", "158", "159", "173", "177", "180", "181", "182", "186", "187", "188", "189", "199")
_NUMERALS = "一二三四五六七八九十"
_VILLAGE_HEADS = "上下东西前后新大小红黄石柳杏沙"
_VILLAGE_TAILS = ("庄", "沟", "坪", "岔", "川", "湾", "滩", "营", "堡", "岘", "台", "寨")

_SCHOOLED = ("研究生", "大学", "大专", "中专")
COMMITTEE_JOBS = {"书记": "党支部书记、村委会主任", "副书记": "村委会副主任", "组织委员": "村文书",
                  "宣传委员": "小学教师", "纪检委员": "村务监督委员会主任"}


def weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def make_name(rng: random.Random, male: bool, ethnicity: str = "汉族") -> str:
    surname = rng.choice(_HUI_SURNAMES) if ethnicity in ("回族", "东乡族") else weighted(rng, SURNAMES)
    chars = _MALE_CHARS if male else _FEMALE_CHARS
    given = rng.choice(chars)
    if rng.random() < 0.72:
        second = rng.choice(chars)
        given += second if second != given or not male else rng.choice(chars)
    return surname + given


def make_id_number(rng: random.Random, region: str, birth: date, male: bool) -> str:
    """A well-formed 18-digit number: region, birth date, order code (odd 17th digit = 男), check digit."""
    order = rng.randrange(0, 100)
    sex_digit = rng.randrange(0, 10, 2) + (1 if male else 0)
    first17 = f"{region}{birth:%Y%m%d}{order:02d}{sex_digit}"
    return first17 + check_digit(first17)


def make_mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def make_village(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return weighted(rng, SURNAMES) + "家" + rng.choice(_VILLAGE_TAILS) + "村"
    return rng.choice(_VILLAGE_HEADS) + rng.choice(_VILLAGE_TAILS) + "村"


def birth_for_age(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    """A birth date giving an age in [min_age, max_age] on ``today``."""
    earliest = add_months(today, -12 * (max_age + 1)) + timedelta(days=1)
    latest = add_months(today, -12 * min_age)
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def education_for(rng: random.Random, birth: date) -> str:
    if birth.year < 1960:
        return rng.choice(("小学", "初中", "初中", "高中"))
    if birth.year < 1975:
        return rng.choice(("初中", "初中", "高中", "中专"))
    if birth.year < 1990:
        return rng.choice(("初中", "高中", "中专", "大专", "大学"))
    return rng.choice(("高中", "大专", "大专", "大学", "大学"))


def occupation_for(rng: random.Random, age: int, education: str, male: bool) -> str:
    """工作单位及职务 of a villager, plausible for the age and schooling."""
    options = [("村民", 30), ("种植户", 14), ("养殖户", 6)]
    if age < 65:
        options += [("个体工商户", 5), ("农机手" if male else "公益性岗位保洁员", 2), ("护林员", 1)]
    if age < 55:
        options.append(("外出务工", 6))
    if education in _SCHOOLED and age < 60:
        options += [("小学教师", 3), ("村卫生室医生", 1), ("村会计", 1), ("合作社负责人", 2)]
    if education in ("大学", "研究生") and age <= 35:
        options.append(("大学生村官", 1))
    return weighted(rng, tuple(options))


@dataclass
class PeopleFactory:
    """Makes people of one county, never repeating an ID number, a phone number or (per branch) a name.

    ``unique_names=False`` allows namesakes, as a very large roster has (and is faster).
    """

    rng: random.Random
    county: County
    today: date
    unique_names: bool = True
    used_ids: set[str] = field(default_factory=set)
    used_phones: set[str] = field(default_factory=set)
    used_names: set[str] = field(default_factory=set)

    def new_branch(self) -> None:
        """Names need only be unique within one branch."""
        self.used_names = set()

    def name(self, male: bool, ethnicity: str = "汉族") -> str:
        if not self.unique_names:
            return make_name(self.rng, male, ethnicity)
        for _ in range(200):
            name = make_name(self.rng, male, ethnicity)
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        return name  # a tiny branch vocabulary exhausted: a repeated name is still realistic

    def id_number(self, birth: date, male: bool, region: str | None = None) -> str:
        while True:
            number = make_id_number(self.rng, region or self.county.region, birth, male)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def phone(self, landline_chance: float = 0.0) -> str:
        while True:
            if self.rng.random() < landline_chance:
                number = f"{self.county.area_code}-{self.rng.randrange(5_200_000, 5_299_999)}"
            else:
                number = make_mobile(self.rng)
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def person(self, town: str, village: str, *, min_age: int, max_age: int, male: bool | None = None,
               occupation: str | None = None, born_in: County | None = None) -> dict[str, Any]:
        """The personal fields of one villager (no party fields)."""
        rng = self.rng
        male = rng.random() < 0.68 if male is None else male
        birth = birth_for_age(rng, self.today, min_age, max_age)
        ethnicity = weighted(rng, ETHNICITIES)
        county = born_in or self.county
        if born_in is None and rng.random() < 0.08:  # married in or moved from a neighbouring county
            county = rng.choice(COUNTIES)
        age = self.today.year - birth.year
        education = education_for(rng, birth)
        retired = age >= (60 if male else 55) and rng.random() < 0.3
        if retired:
            work = "退休教师" if education in _SCHOOLED and rng.random() < 0.5 else "退休职工"
        else:
            work = occupation or occupation_for(rng, age, education, male)
        return {
            "name": self.name(male, ethnicity),
            "gender": "男" if male else "女",
            "ethnicity": ethnicity,
            "birth_date": birth,
            "id_number": self.id_number(birth, male, county.region),
            "native_place": county.province + county.name.removesuffix("县"),
            "education": education,
            "work_unit": work,
            "phone": self.phone(0.15 if age >= 60 else 0.0),
            "address": f"{self.county.name}{town}{village}{rng.choice(_NUMERALS)}社{rng.randrange(1, 80)}号",
            "is_retired": retired,
            "is_veteran": male and 25 <= age <= 70 and rng.random() < 0.08,
        }


# Age ranges (on ``today``) that keep every applicant ≥ 18 when applying.
AGE_RANGES = {"入党申请人": (20, 38), "入党积极分子": (21, 40), "发展对象": (23, 42), "预备党员": (24, 42)}


def _days(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(days=rng.randint(low, high))


def _to_activist(rng: random.Random, activist: date) -> dict[str, Any]:
    """申请入党 ≥ 6 months before 积极分子, 首次谈话 within a month of applying."""
    apply = add_months(activist, -6) - _days(rng, 0, 150)
    return {"apply_date": apply, "first_talk_date": apply + _days(rng, 5, 27), "activist_date": activist}


def _to_candidate(rng: random.Random, candidate: date) -> dict[str, Any]:
    """确定发展对象 ≥ 1 year after 积极分子."""
    activist = add_months(candidate, -12) - _days(rng, 0, 60)
    return {**_to_activist(rng, activist), "candidate_date": candidate}


def _to_join(rng: random.Random, join: date, today: date) -> dict[str, Any]:
    """The whole record up to 支部大会接收, then 审批 within 3 months and 入党宣誓."""
    training_end = join - _days(rng, 10, 40)
    training_days = rng.randint(3, 5)
    training_start = training_end - timedelta(days=training_days - 1)
    review = training_start - _days(rng, 5, 30)
    values = _to_candidate(rng, review - _days(rng, 10, 40))
    approval = join + _days(rng, 20, 80)
    oath = approval + _days(rng, 1, 20)
    values.update(review_date=review, training_start=training_start, training_end=training_end,
                  training_hours=training_days * 8, join_date=join,
                  approval_date=approval if approval <= today else None,
                  oath_date=oath if oath <= today and approval <= today else None)
    return values


def development_values(rng: random.Random, category: str, today: date, *, due_soon: bool = False,
                       overdue_talk: bool = False, converted_within_years: int = 1) -> dict[str, Any]:
    """The 发展党员 dates of someone in ``category`` on ``today``, within every time limit.

    ``due_soon``: a 预备党员 whose 预备期 ends within 30 days. ``overdue_talk``: an 入党申请人 whose
    首次谈话 is past its one-month limit. A 正式党员 gets a full record, converted in the last
    ``converted_within_years`` years (use :func:`long_standing_member_values` for older members).
    """
    if category == "入党申请人":
        if overdue_talk:
            return {"apply_date": today - _days(rng, 45, 90)}
        apply = today - _days(rng, 35, 150)
        return {"apply_date": apply, "first_talk_date": apply + _days(rng, 5, 27)}
    if category == "入党积极分子":
        return _to_activist(rng, today - _days(rng, 60, 420))
    if category == "发展对象":
        candidate = today - _days(rng, 20, 150)
        values = _to_candidate(rng, candidate)
        review = candidate + _days(rng, 10, 40)
        if review <= today:
            values["review_date"] = review
            end = review + _days(rng, 10, 30)
            if end <= today:
                values.update(training_start=end - timedelta(days=3), training_end=end, training_hours=32)
        return values
    if category == "预备党员":
        if due_soon:
            join = add_months(today, -12) + _days(rng, 5, 25)
        else:
            join = add_months(today, -rng.randint(3, 9)) - _days(rng, 0, 20)
        values = _to_join(rng, join, today)
        full_apply = add_months(join, 12) - _days(rng, 10, 25)
        if full_apply <= today:
            values["full_apply_date"] = full_apply
        return values
    if category == "正式党员":
        months_back = 12 + rng.randint(1, max(1, 12 * converted_within_years - 1))
        join = add_months(today, -months_back) - _days(rng, 0, 20)
        values = _to_join(rng, join, today)
        end = add_months(join, 12)
        values.update(full_apply_date=end - _days(rng, 10, 25), full_member_date=min(end + _days(rng, 0, 20), today))
        return values
    raise ValueError(f"unknown category {category!r}")


def long_standing_member_values(rng: random.Random, birth: date, today: date) -> dict[str, Any]:
    """A 正式党员 of long standing: 入党日期 (often 七一), 审批, 宣誓 and 转正 a year later."""
    age = today.year - birth.year
    join_age = rng.randint(20, max(20, min(45, age - 3)))
    latest = add_months(today, -24)
    join = min(add_months(birth, 12 * join_age) + _days(rng, 0, 364), latest)
    if rng.random() < 0.25 and date(join.year, 7, 1) <= latest:
        join = date(join.year, 7, 1)
    approval = join + _days(rng, 15, 75)
    return {"join_date": join, "approval_date": approval, "oath_date": approval + _days(rng, 0, 20),
            "full_member_date": add_months(join, 12) + _days(rng, 0, 15)}
