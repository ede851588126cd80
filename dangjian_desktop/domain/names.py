"""Names: pinyin search keys and the 姓氏笔画 order official name lists use.

姓氏笔画 order compares names character by character: fewer total strokes first (Unihan
kTotalStrokes, simplified forms); equal counts fall back to the Unicode radical-stroke order of
the character, as CLDR's stroke collation does; a name that is a prefix of another comes first.
Characters without stroke data (Latin letters, digits) sort after all Han characters.
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


def strokes(ch: str) -> int | None:
    """Total strokes of one Han character, or None if unknown."""
    return _stroke_table().get(ord(ch))


def stroke_key(name: str) -> tuple[tuple[int, int], ...]:
    """Sort key for 姓氏笔画 order."""
    table = _stroke_table()
    return tuple((table.get(ord(ch), _UNKNOWN), ord(ch)) for ch in name)


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
