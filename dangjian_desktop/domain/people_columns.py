"""Column headers of roster spreadsheets (党员花名册): which words mean which person field.

Pure rules, no database: used by the import to find and read the header row, and by the
export so that an exported workbook always re-imports.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

GROUP = "group_name"  # not a Person column: the 党小组 is looked up (or created) by name
IGNORE = "_ignore"  # 序号 and the like

# field → header words; the first one is the header the export writes.
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "党员姓名", "名字"),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "出生时间", "生日"),
    "id_number": ("公民身份号码", "身份证号", "身份证号码", "公民身份证号码", "公民身份证号", "身份证",
                  "居民身份证号码", "身份证件号码"),
    "native_place": ("籍贯",),
    "education": ("学历", "文化程度", "最高学历", "全日制学历"),
    "category": ("人员类别", "党员类别", "类别", "身份类别", "党员身份", "政治面貌"),
    "join_date": ("加入党组织日期", "入党日期", "入党时间", "加入党组织时间", "加入中国共产党日期",
                  "入党年月", "支部大会接收日期"),
    "full_member_date": ("转为正式党员日期", "转正日期", "转正时间", "转为正式党员时间", "转正年月"),
    "work_unit": ("工作单位及职务", "工作单位", "单位职务", "单位及职务", "工作单位及职务职称", "工作岗位",
                  "职业", "工作单位职务"),
    "phone": ("联系电话", "手机", "电话", "手机号码", "手机号", "联系方式", "电话号码"),
    "address": ("现居住地", "家庭住址", "住址", "现住址", "家庭地址", "居住地", "现居住地址"),
    GROUP: ("所在党小组", "党小组"),
    "party_post": ("党内职务",),
    "is_hardship": ("困难党员", "是否困难党员"),
    "is_veteran": ("退役军人", "是否退役军人"),
    "is_retired": ("离退休", "是否离退休", "离退休人员"),
    "status": ("组织关系状态", "党籍状态", "组织关系"),
    "suspended_date": ("停止党籍日期",),
    "restored_date": ("恢复党籍日期",),
    "apply_date": ("申请入党日期", "申请入党时间", "递交入党申请书日期", "提交入党申请日期", "入党申请日期"),
    "first_talk_date": ("首次谈话日期", "谈话日期"),
    "activist_date": ("确定积极分子日期", "确定为入党积极分子日期", "确定入党积极分子日期", "确定为积极分子日期",
                      "列为积极分子日期", "列为入党积极分子日期"),
    "candidate_date": ("确定发展对象日期", "确定为发展对象日期", "列为发展对象日期"),
    "review_date": ("政治审查日期", "政审日期"),
    "approval_date": ("上级党委审批日期", "党委审批日期"),
    "oath_date": ("入党宣誓日期", "宣誓日期"),
    "full_apply_date": ("转正申请日期", "提出转正申请日期", "递交转正申请日期"),
    "contact_persons": ("培养联系人",),
    "note": ("备注", "说明"),
    IGNORE: ("序号", "编号", "序", "顺序号", "No", "No."),
}

# The header words mapped to fields: every "…日期" also as "…时间" (and the other way round).
_LOOKUP: dict[str, str] = {}
for _field, _words in _ALIASES.items():
    for _word in _words:
        for _variant in {_word, _word.replace("日期", "时间"), _word.replace("时间", "日期")}:
            _LOOKUP.setdefault(_variant.lower(), _field)

FIELD_LABELS: dict[str, str] = {f: words[0] for f, words in _ALIASES.items() if f != IGNORE}
FIELD_LABELS["birth_date"] = "出生日期"
DATE_FIELDS = tuple(f for f in FIELD_LABELS if f.endswith("_date"))
FLAG_FIELDS = ("is_hardship", "is_veteran", "is_retired")
MIN_FIELDS = 3  # 姓名 plus at least two more known columns make a header row

_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]|【.*?】|〔.*?〕")
_SPLIT = re.compile(r"[/\\、]")
_NOISE = re.compile(r"[\s*※:：;；,，、/\\·．.]+")


def normalize_header(text: object) -> str:
    """'出生\\n年月（年.月）' → '出生年月（年.月）' without spaces, full-width forms folded."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text))
    return re.sub(r"\s+", "", folded).strip("*※:：")


def field_for_header(text: object) -> str | None:
    """The person field a header cell names, IGNORE for 序号, None when it is not a known header."""
    norm = normalize_header(text)
    if not norm:
        return None
    candidates = [norm, _BRACKETS.sub("", norm)]
    candidates += [_NOISE.sub("", c) for c in candidates]
    candidates += [part for c in candidates[1:2] for part in _SPLIT.split(c) if part]
    for cand in candidates:
        hit = _LOOKUP.get(cand.lower())
        if hit:
            return hit
    return None


@dataclass
class HeaderMatch:
    """Where the header is on a sheet and which column holds which field (0-based indexes)."""

    row: int
    data_start: int
    columns: dict[int, str]
    unknown: list[str] = field(default_factory=list)  # header texts not understood (ignored)

    def column_of(self, name: str) -> int | None:
        for col, f in self.columns.items():
            if f == name:
                return col
        return None


def map_header_row(cells: Sequence[object]) -> HeaderMatch | None:
    """Column → field for one row, or None when the row is not a roster header."""
    columns: dict[int, str] = {}
    unknown: list[str] = []
    for col, cell in enumerate(cells):
        f = field_for_header(cell)
        if f is None:
            text = normalize_header(cell)
            if text and text not in unknown:
                unknown.append(text)
        elif f != IGNORE and f not in columns.values():
            columns[col] = f
    if "name" not in columns.values() or len(columns) < MIN_FIELDS:
        return None
    return HeaderMatch(row=0, data_start=1, columns=columns, unknown=unknown)


def find_header(rows: Sequence[Sequence[object]], scan: int = 30) -> HeaderMatch | None:
    """The first row within ``scan`` rows that is a roster header (title lines above it are skipped).

    A second header line right below (e.g. 申请入党日期 under a merged 发展党员情况) adds its columns.
    """
    for index, cells in enumerate(rows[:scan]):
        match = map_header_row(cells)
        if match is None:
            continue
        match.row, match.data_start = index, index + 1
        if index + 1 < len(rows):
            _merge_second_line(match, rows[index + 1], cells)
        return match
    return None


def _merge_second_line(match: HeaderMatch, below: Sequence[object], above: Sequence[object]) -> None:
    name_col = match.column_of("name")
    assert name_col is not None
    name_below = below[name_col] if name_col < len(below) else None
    if name_below not in (None, "") and normalize_header(name_below) != normalize_header(above[name_col]):
        return  # the next line is already data
    extra: dict[int, str] = {}
    for col, cell in enumerate(below):
        f = field_for_header(cell)
        if f and f != IGNORE and f not in match.columns.values() and f not in extra.values():
            extra[col] = f
    if extra:
        for col, f in extra.items():
            match.columns[col] = f
        match.unknown = [u for u in match.unknown if field_for_header(u) is None]
        match.data_start += 1
