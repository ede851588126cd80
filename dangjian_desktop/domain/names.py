"""Names: pinyin search keys and the 姓氏笔画 order official name lists use.

姓氏笔画 order (as 党代会 and 委员会 name lists use it): the surname first, by its number of strokes, fewer
first; where the counts tie, by the strokes in writing order — the first stroke, then the second … — in the
order 横、竖、撇、点、折 (1 2 3 4 5: 王 1121 before 井 1132 before 方 4153); then the given name the same way,
character by character; a name that is a prefix of another comes first. A compound surname (欧阳, 司马, 诸葛,
上官 …) is ordered by its first character, and its given name follows it.

Stroke order: resources/data/stroke_order.txt (the mainland standard, from Rime's 五筆畫 dictionary; see
build_stroke_order.py); the count is the length of that sequence. Characters it lacks use Unihan kTotalStrokes
(strokes.txt) and come after those of the same count whose order is known, by code point. Characters without
stroke data at all (Latin letters, digits) sort after all Han characters.
"""

from __future__ import annotations

import re
from functools import cache

from dangjian_desktop.paths import resource_path

# Surnames read differently from the common reading of the character.
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "盖": "ge", "乐": "yue", "员": "yun", "繁": "po", "瞿": "qu", "尉": "yu", "冼": "xian",
    "覃": "qin", "种": "chong", "翟": "zhai", "缪": "miao", "召": "shao", "过": "guo", "华": "hua",
    "纪": "ji", "任": "ren", "沈": "shen", "秘": "bi", "那": "na", "藏": "zang", "牟": "mu",
    "隗": "wei", "洗": "xian", "长": "chang", "重": "chong", "宿": "su", "句": "gou",
}
_UNKNOWN = 999


@cache
def _stroke_table() -> dict[int, int]:
    table: dict[int, int] = {}
    text = resource_path("data", "strokes.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        start_hex, _, codes = line.partition(":")
        start = int(start_hex, 16)
        for offset, ch in enumerate(codes):
            n = ord(ch) - 0x21
            if n:
                table[start + offset] = n
    return table


@cache
def _order_table() -> dict[str, str]:
    text = resource_path("data", "stroke_order.txt").read_text(encoding="utf-8")
    return {line[0]: line[1:] for line in text.splitlines() if line}


def strokes(ch: str) -> int | None:
    """Total strokes of one Han character, or None if unknown."""
    order = _order_table().get(ch)
    return len(order) if order else _stroke_table().get(ord(ch))


def stroke_order(ch: str) -> str:
    """The strokes of ``ch`` in writing order as 横竖撇点折 = 1–5 ("" if unknown): 王 → "1121"."""
    return _order_table().get(ch, "")


COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
    "令狐", "钟离", "澹台", "端木", "西门", "南宫", "独孤", "呼延", "万俟", "百里", "东郭", "闻人", "太史", "申屠",
    "赫连", "拓跋", "司空", "欧阳",
))
_SUFFIX = "~"  # after every digit: a character whose order is unknown follows those of its count that are known


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name): a compound surname when the name starts with one and has more after it."""
    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


_CharKey = tuple[int, str, int]
_char_keys: dict[str, _CharKey] = {}
_END = (0, "", 0)  # ends the surname-and-given-name part: a name that is a prefix of another sorts first


def _char_key(ch: str) -> _CharKey:
    key = _char_keys.get(ch)
    if key is None:
        order = _order_table().get(ch)
        key = (len(order), order, ord(ch)) if order else (_stroke_table().get(ord(ch), _UNKNOWN), _SUFFIX, ord(ch))
        _char_keys[ch] = key
    return key


def stroke_key(name: str) -> tuple[_CharKey, ...]:
    """Sort key for 姓氏笔画 order: the surname's (first) character, then the given name's characters, then the
    rest of a compound surname as the last tie-break."""
    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        return (*map(_char_key, name[:1] + name[2:]), _END, _char_key(name[1]))
    return (*map(_char_key, name), _END)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def pinyin_syllables(name: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # its dictionaries take ~0.3 s to load: only when needed

    name = _LONE_SURROGATE.sub("", name)  # half of a character (a broken paste): no sound, not storable
    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    if name and name[0] in SURNAME_READINGS and syllables:
        syllables[0] = SURNAME_READINGS[name[0]]
    return [s.lower().replace("ü", "v") for s in syllables]


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangjianguo', 'zjg') for 张建国."""
    syllables = pinyin_syllables(name)
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def pinyin_sort_key(name: str) -> tuple[str, str]:
    return " ".join(pinyin_syllables(name)), name
