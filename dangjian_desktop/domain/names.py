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

Pinyin keys (search, 拼音 order): read as pypinyin reads a name, from its tables generated into pinyin_data.py
(tools/build_pinyin_table.py): about 2 MB in memory instead of pypinyin's 50, loaded in milliseconds.
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
_NOT_HAN, _NO_READING = 0, 1  # the table's codes below the syllables' (2 …)


class _PinyinTable:
    """domain/pinyin_data.py made ready for look-ups: a code for each code point from the first Han character
    to the last, and the dictionary's words by their first character."""

    def __init__(self) -> None:
        from array import array

        from dangjian_desktop.domain import pinyin_data as data

        ranges = [tuple(int(x, 16) for x in (r.split("-") * 2)[:2]) for r in data.HAN.split()]
        self.base = ranges[0][0]
        self.codes = array("H", bytes(2 * (max(hi for _, hi in ranges) + 1 - self.base)))
        for lo, hi in ranges:
            self.codes[lo - self.base:hi + 1 - self.base] = array("H", [_NO_READING]) * (hi + 1 - lo)
        self.syllables = ["", ""]
        for line in data.READINGS.splitlines():
            syllable, _, chars = line.partition(" ")
            code = len(self.syllables)
            self.syllables.append(syllable)
            for ch in chars:
                self.codes[ord(ch) - self.base] = code
        # "长" → "|七短八|上|…|": "|" + the rest of a word is in it for every word beginning with 长 and every start
        # of such a word; "|" + rest + "|" for the words themselves
        self.words = {line[0]: line[1:] + "|" for line in data.WORDS.splitlines()}
        self.spoken = dict(line.split(" ", 1) for line in data.SPOKEN.splitlines())

    def code(self, ch: str) -> int:
        k = ord(ch) - self.base
        return self.codes[k] if 0 <= k < len(self.codes) else _NOT_HAN

    def read_han(self, run: str, out: list[str]) -> None:
        """The syllables of a run of Han characters, split into words as pypinyin does (the longest word at each
        place, looked for until the run stops being the start of any word; if the run's end is reached that way
        without a word, the rest of the run is read character by character)."""
        at = 0
        while at < len(run):
            rests = self.words.get(run[at])
            size = 1
            if rests is not None:
                end = at + 1
                while end < len(run) and "|" + run[at + 1:end + 1] in rests:
                    end += 1
                    if "|" + run[at + 1:end] + "|" in rests:
                        size = end - at
                if size == 1 and end == len(run):  # the whole rest starts a word but holds none
                    size = len(run) - at
                    self._read_chars(run[at:], out)
                    at += size
                    continue
            word = run[at:at + size]
            spoken = self.spoken.get(word) if size > 1 else None
            if spoken is not None:
                out.extend(spoken.split(" "))
            else:
                self._read_chars(word, out)
            at += size

    def _read_chars(self, chars: str, out: list[str]) -> None:
        for ch in chars:
            code = self.code(ch)
            out.append(self.syllables[code] if code > _NO_READING else ch)


@cache
def _pinyin_table() -> _PinyinTable:
    return _PinyinTable()


def pinyin_syllables(name: str) -> list[str]:
    """The syllables of ``name`` as pypinyin's ``lazy_pinyin(name, style=Style.NORMAL, errors="default")`` gives
    them (from its tables, generated into pinyin_data.py): each Han character's default reading, or a word's
    reading where the name holds a word of the dictionary read otherwise (长春 chang chun); a Han character
    without a reading as it is; a run of other characters as it is, in one piece. Then the surname's reading
    (SURNAME_READINGS), lower case, ü as v."""
    name = _LONE_SURROGATE.sub("", name)  # half of a character (a broken paste): no sound, not storable
    table = _pinyin_table()
    syllables: list[str] = []
    start, n = 0, len(name)
    while start < n:
        han = table.code(name[start]) != _NOT_HAN
        end = start + 1
        while end < n and (table.code(name[end]) != _NOT_HAN) == han:
            end += 1
        if han:
            table.read_han(name[start:end], syllables)
        else:
            syllables.append(name[start:end])
        start = end
    if name and name[0] in SURNAME_READINGS and syllables:
        syllables[0] = SURNAME_READINGS[name[0]]
    return [s.lower().replace("ü", "v") for s in syllables]


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangjianguo', 'zjg') for 张建国."""
    syllables = pinyin_syllables(name)
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def pinyin_sort_key(name: str) -> tuple[str, str]:
    return " ".join(pinyin_syllables(name)), name
