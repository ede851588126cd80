"""公民身份号码 (GB 11643-1999): normalisation, check digit, birth date and sex."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SHAPE = re.compile(r"^\d{17}[\dX]$")
_SPACES = re.compile(r"[\s\u3000\-]+")
_FULLWIDTH = str.maketrans("０１２３４５６７８９ＸｘX", "0123456789XXX")


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date
    gender: str  # 男 / 女


def normalize(raw: str) -> str:
    """Strip spaces and dashes, full-width digits to ASCII, lower-case x to X."""
    return _SPACES.sub("", raw).translate(_FULLWIDTH).upper()


def check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def mask(number: str) -> str:
    """Show the first 6 and last 4 characters only."""
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def parse(raw: str, today: date | None = None) -> IdInfo:
    """Validate and decode an ID number; raise ValueError with a Chinese message."""
    number = normalize(raw)
    if len(number) != 18:
        raise ValueError(f"公民身份号码应为18位，现在是{len(number)}位")
    if not _SHAPE.match(number):
        raise ValueError("公民身份号码前17位应为数字，最后一位为数字或X")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValueError(f"公民身份号码中的出生日期 {number[6:14]} 不是有效日期") from None
    today = today or date.today()
    if born > today or born.year < 1900:
        raise ValueError(f"公民身份号码中的出生日期 {born:%Y-%m-%d} 不合理")
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise ValueError(f"公民身份号码校验位错误（最后一位应为 {expected}），请核对是否输错")
    gender = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number=number, birth_date=born, gender=gender)
