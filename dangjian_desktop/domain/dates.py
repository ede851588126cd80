"""Reading dates as people write them, and date arithmetic by calendar months."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

EMPTY_MARKERS = {"", "无", "—", "——", "-", "--", "－", "/", "空", "暂无", "none", "null", "n/a", "na"}
# 1980年5月12日 / 1980年5月 / 1980-07-01 / 2001/7/1 / 1975.03 / 1975.3.2 / 19750302 / 197503
_YMD = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*(?:[月./\-]\s*(\d{1,2})\s*日?)?\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")
EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True)
class ParsedDate:
    value: date
    month_only: bool = False  # "1975.03": no day given, stored as the 1st


def is_empty(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, str) and value.strip().lower() in EMPTY_MARKERS


def parse_date(value: object) -> ParsedDate | None:
    """A date from a cell or a text field; None when empty. Raises ValueError when unreadable."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return ParsedDate(value.date())
    if isinstance(value, date):
        return ParsedDate(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1900 <= value <= 2200 and float(value).is_integer():
            raise ValueError(f"“{int(value)}”只有年份，请写明年月")
        if isinstance(value, float) and 1900 <= value < 2200:
            return _year_dot_month(value)
        if 1 <= value < 80000:  # an Excel serial number
            return ParsedDate(EXCEL_EPOCH + timedelta(days=int(value)))
        raise ValueError(f"“{value}”不是日期")
    text = str(value).strip().translate(str.maketrans("０１２３４５６７８９．／－", "0123456789./-"))
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    m = _YMD.match(text) or _COMPACT.match(text)
    if not m:
        raise ValueError(f"“{value}”不是可识别的日期（可写作 1990-07-01、1990年7月1日、1990.07）")
    year, month = int(m.group(1)), int(m.group(2))
    day = int(m.group(3)) if m.group(3) else None
    try:
        return ParsedDate(date(year, month, day or 1), month_only=day is None)
    except ValueError:
        raise ValueError(f"“{value}”不是有效日期") from None


def _year_dot_month(value: float) -> ParsedDate:
    """1975.03 typed into a number cell: year 1975, month 3. 1975.1 could be January or October."""
    year_text, _, month_text = repr(value).partition(".")
    if len(month_text) == 2 and 1 <= int(month_text) <= 12:
        return ParsedDate(date(int(year_text), int(month_text), 1), month_only=True)
    if len(month_text) == 1:
        raise ValueError(f"“{value}”是1月还是10月？请写成 {year_text}-0{month_text} 或 {year_text}-{month_text}0")
    raise ValueError(f"“{value}”不是可识别的日期")


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's last day (Jan 31 + 1 → Feb 28/29)."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def fmt(d: date | None) -> str:
    return d.strftime("%Y-%m-%d") if d else ""


def local_day(moment: datetime | date) -> date:
    """The day on the computer's calendar: a stored (UTC) time is turned into local time first, so a record
    saved at 07:30 Beijing time counts on that Beijing day, not on the UTC day before. A time without a
    zone is already local."""
    if isinstance(moment, datetime):
        return moment.astimezone().date() if moment.tzinfo is not None else moment.date()
    return moment


def local_time(t: datetime | None) -> str:
    """A stored UTC time as the PC's local time, to the minute."""
    return t.astimezone().strftime("%Y-%m-%d %H:%M") if t else ""
