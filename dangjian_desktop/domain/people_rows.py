"""Reading one data row of a roster spreadsheet into person fields, the way people fill them in.

Pure rules, no database: dates in any common notation, ID numbers with spaces, phones with
dashes, 无/— for empty, totals and note lines recognised so they are skipped, not imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.dates import add_months, is_empty, parse_date
from dangjian_desktop.domain.people import CATEGORIES
from dangjian_desktop.domain.people_columns import (
    DATE_FIELDS,
    FIELD_LABELS,
    FLAG_FIELDS,
    GROUP,
    HeaderMatch,
    map_header_row,
)

_TOTALS = re.compile(r"^(合计|总计|小计|共计|累计|总人数|共\d+[人名])")
_NOTE = re.compile(r"^(注|说明|备注|填表人|填报人|审核人|制表人|负责人|联系人|填表日期|填报日期|制表日期)\d*[:：]")
_PHONE_SPLIT = re.compile(r"[/、,，;；\s]+")
_CATEGORY_WORDS = {
    "正式党员": "正式党员", "正式": "正式党员", "中共党员": "正式党员", "党员": "正式党员",
    "预备党员": "预备党员", "预备": "预备党员", "中共预备党员": "预备党员",
    "发展对象": "发展对象", "入党积极分子": "入党积极分子", "积极分子": "入党积极分子",
    "入党申请人": "入党申请人", "申请人": "入党申请人", "申请入党": "入党申请人",
}
_EDUCATION_WORDS = {
    "本科": "大学", "大学本科": "大学", "大本": "大学", "学士": "大学", "硕士": "研究生", "博士": "研究生",
    "硕士研究生": "研究生", "博士研究生": "研究生", "大学专科": "大专", "专科": "大专", "高职": "大专",
    "中技": "中专", "技校": "中专", "职高": "中专", "中师": "中专", "中等专科": "中专", "高小": "小学",
    "初小": "小学", "文盲": "其他", "半文盲": "其他",
}
_STATUS_WORDS = {"流动党员": "流出", "流出党员": "流出", "失去联系": "失联", "已故": "去世", "死亡": "去世"}
_YES = {"是", "√", "✓", "✔", "y", "yes", "1", "true", "有"}
_NO = {"否", "×", "✗", "n", "no", "0", "false", "不是"}


@dataclass
class RowParse:
    """Person fields read from one row, the 党小组 name, and what the reader noticed."""

    values: dict[str, Any] = field(default_factory=dict)
    group_name: str = ""
    warnings: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # field → message (cells that could not be read)


# Free text where a leading apostrophe is content; elsewhere it is the mark that made Excel keep a
# number (an ID, a phone number) as text, and is dropped.
KEEPS_APOSTROPHE = frozenset({"note", "address", "work_unit", "native_place", "party_post"})


def cell_text(value: object, *, keep_apostrophe: bool = False) -> str:
    """What a cell shows, as text: 13912345678.0 → '13912345678', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    text = str(value).replace("\u3000", " ").strip()
    if not keep_apostrophe:
        text = text.lstrip("'").strip()
    return "" if is_empty(text) else text


def skip_reason(cells: Sequence[object], match: HeaderMatch) -> str | None:
    """Why a row is not a person: '' for a blank line (skipped silently), a label, or None (a person)."""
    texts = [cell_text(c) for c in cells]
    filled = [t for t in texts if t]
    if not filled:
        return ""
    first = re.sub(r"\s+", "", filled[0])
    name_col = match.column_of("name")
    name = re.sub(r"\s+", "", texts[name_col]) if name_col is not None and name_col < len(texts) else ""
    if _TOTALS.match(first) or _TOTALS.match(name):
        return "合计行"
    if _NOTE.match(first):
        return "说明行"
    if not any(texts[c] for c in match.columns if c < len(texts)):
        return ""  # only 序号 or columns not imported
    if len(filled) >= 3 and len(set(filled)) == 1:
        return "说明行"  # one merged cell across the table
    # a header repeated further down names the 姓名 column (every alias has 名): only then map the row
    if any("名" in t for t in filled if len(t) <= 20) and map_header_row(cells) is not None:
        return "表头行"
    return None


def _float_month(value: float) -> list[tuple[int, int]]:
    """A number typed as a date (1975.03): the (year, month) it may mean; 1975.1 is January or October."""
    year_text, _, frac = repr(round(value, 4)).partition(".")
    year = int(year_text)
    if frac == "1":
        return [(year, 1), (year, 10)]
    if len(frac) <= 2 and 1 <= int(frac.ljust(1, "0")) <= 12:
        return [(year, int(frac))]
    return []


def _read_date(f: str, value: object, id_birth: date | None, out: RowParse) -> date | None:
    label = FIELD_LABELS[f]
    shown = cell_text(value)
    if isinstance(value, float) and 1900 < value < 2200 and not value.is_integer():
        months = _float_month(value)
        if f == "birth_date" and id_birth is not None and (id_birth.year, id_birth.month) in months:
            return id_birth
        if len(months) != 1:
            out.errors[f] = f"{label}“{shown}”是数字格式，看不出是哪个月，请写作 {int(value)}.01 或 {int(value)}.10"
            return None
        year, month = months[0]
        value = f"{year}年{month}月"
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        out.errors[f] = f"{label}：{exc}"
        return None
    if parsed is None:
        return None
    d = parsed.value
    if f == "birth_date" and id_birth is not None and (d.year, d.month) == (id_birth.year, id_birth.month):
        if not parsed.month_only and d != id_birth and d.day == 1:
            out.warnings.append(f"出生日期按公民身份号码记为 {id_birth:%Y-%m-%d}")
        elif not parsed.month_only:
            return d
        return id_birth
    if parsed.month_only:
        out.warnings.append(f"{label}只有年月（{shown}），已记为 {d:%Y-%m-%d}，请核对")
    return d


def _read_id(value: object, out: RowParse) -> str | None:
    if isinstance(value, float):
        out.errors["id_number"] = ("公民身份号码被 Excel 存成了数字，末几位已经丢失；"
                                   "请把这一列设为“文本”格式后重新录入")
        return None
    text = cell_text(value)
    return idcard.normalize(text) if text else None


def _read_flag(f: str, value: object, out: RowParse) -> bool:
    text = cell_text(value).lower()
    if text in _YES:
        return True
    if text and text not in _NO:
        out.errors[f] = f"{FIELD_LABELS[f]}应填“是”或“否”（现在是“{text}”）"
    return False


def _read_text(f: str, value: object, out: RowParse) -> str:
    text = cell_text(value, keep_apostrophe=f in KEEPS_APOSTROPHE)
    if f == "gender":
        return {"男性": "男", "女性": "女"}.get(text, text)
    if f == "ethnicity" and text and not text.endswith("族") and len(text) <= 3:
        return text + "族"
    if f == "education":
        return _EDUCATION_WORDS.get(text, text)
    if f == "category":
        return _CATEGORY_WORDS.get(re.sub(r"\s+", "", text), text)
    if f == "status":
        return _STATUS_WORDS.get(text, text) or "正常"
    if f == "phone":
        parts = [p for p in _PHONE_SPLIT.split(text) if p]
        if len(parts) > 1 and all(sum(ch.isdigit() for ch in p) >= 7 for p in parts):
            out.warnings.append(f"联系电话填了多个号码，只记第一个（另有：{'、'.join(parts[1:])}）")
            return parts[0]
    return text


def infer_category(values: dict[str, Any], today: date) -> str:
    """人员类别 from the dates given, for a row that leaves it empty."""
    if values.get("full_member_date"):
        return "正式党员"
    join = values.get("join_date")
    if join:
        return "预备党员" if add_months(join, 12) > today else "正式党员"
    for f, category in (("candidate_date", "发展对象"), ("activist_date", "入党积极分子"),
                        ("apply_date", "入党申请人")):
        if values.get(f):
            return category
    return ""


def read_row(cells: Sequence[object], match: HeaderMatch, today: date) -> RowParse:
    """The person fields of one data row (not yet checked against the roster rules)."""
    out = RowParse()
    raw = {f: (cells[c] if c < len(cells) else None) for c, f in match.columns.items()}
    id_number = _read_id(raw["id_number"], out) if "id_number" in raw else None
    if id_number:
        out.values["id_number"] = id_number
    try:
        id_birth = idcard.parse(id_number, today).birth_date if id_number else None
    except ValueError:
        id_birth = None
    for f, value in raw.items():
        if f == "id_number":
            continue
        if f == GROUP:
            out.group_name = re.sub(r"\s+", "", cell_text(value))
        elif f in DATE_FIELDS:
            out.values[f] = _read_date(f, value, id_birth, out)
        elif f in FLAG_FIELDS:
            out.values[f] = _read_flag(f, value, out)
        else:
            out.values[f] = _read_text(f, value, out)
    if "category" in raw and not out.values.get("category"):
        guess = infer_category(out.values, today)
        if guess:
            out.values["category"] = guess
            out.warnings.append(f"人员类别未填写，按所填日期记为“{guess}”，请核对")
        else:
            out.errors["category"] = "人员类别未填写（正式党员、预备党员、发展对象、入党积极分子或入党申请人）"
    elif "category" not in raw:
        out.values["category"] = infer_category(out.values, today) or "正式党员"
    elif out.values["category"] not in CATEGORIES:
        out.errors["category"] = f"人员类别“{out.values['category']}”不对，应为{'、'.join(CATEGORIES)}之一"
    return out
