"""The pinyin of names from the generated tables (domain/pinyin_data.py) is pypinyin's, to the syllable.

pypinyin is a development dependency: the application reads only the tables tools/build_pinyin_table.py
writes from it. These tests hold the two together: the same keys as pypinyin's ``lazy_pinyin`` gave for
every name the keys were stored for before (SURNAME_READINGS, lower case and ü → v on top, as names.py does).
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian_desktop.domain import pinyin_data
from dangjian_desktop.domain.names import SURNAME_READINGS, pinyin_keys, pinyin_syllables
from dangjian_desktop.services.demo import people as demo

pypinyin = pytest.importorskip("pypinyin")
from pypinyin.constants import PHRASES_DICT  # noqa: E402


def pypinyin_syllables(name: str) -> list[str]:
    """The keys' syllables as they were computed with pypinyin itself."""
    name = "".join(ch for ch in name if not "\ud800" <= ch <= "\udfff")
    syllables = pypinyin.lazy_pinyin(name, style=pypinyin.Style.NORMAL, errors="default")
    if name and name[0] in SURNAME_READINGS and syllables:
        syllables[0] = SURNAME_READINGS[name[0]]
    return [s.lower().replace("ü", "v") for s in syllables]


def gb2312() -> list[str]:
    """The 6,763 characters of GB 2312 levels 1 and 2."""
    chars = []
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def differing(names: list[str]) -> list[tuple[str, list[str], list[str]]]:
    return [(n, pinyin_syllables(n), pypinyin_syllables(n)) for n in names
            if pinyin_syllables(n) != pypinyin_syllables(n)]


def test_the_table_is_what_its_generator_makes_from_pypinyin() -> None:
    from pathlib import Path

    from tools import build_pinyin_table

    assert Path(pinyin_data.__file__).resolve() == build_pinyin_table.TARGET
    assert build_pinyin_table.TARGET.read_text(encoding="utf-8") == build_pinyin_table.generate(), (
        "domain/pinyin_data.py is stale: run python -m tools.build_pinyin_table")


def test_every_name_the_demo_generator_makes() -> None:
    surnames = sorted({s for s, _ in demo.SURNAMES} | set(demo._HUI_SURNAMES))
    given_names = sorted({g for chars in (demo._MALE_CHARS, demo._FEMALE_CHARS)
                          for g in (*chars, *(a + b for a in chars for b in chars))})
    names = [s + g for s in surnames for g in given_names]
    assert len(names) > 100_000
    assert differing(names) == []


def test_every_gb2312_character_alone_and_as_a_given_name() -> None:
    chars = gb2312()
    assert len(chars) == 6763
    assert differing([*chars, *("王" + c for c in chars), *("曾" + c + "华" for c in chars)]) == []


def test_every_word_of_the_dictionary_in_a_name() -> None:
    """The words split a name as in pypinyin (the longest first): 王长春 is wang chang chun (长春), 王长林 wang
    zhang lin (长's own reading: 长林 is no word)."""
    words = sorted(PHRASES_DICT)
    assert differing([*("王" + w for w in words), *(w + "明" for w in words)]) == []
    assert pinyin_keys("王长春") == ("wangchangchun", "wcc")
    assert pinyin_keys("王长林") == ("wangzhanglin", "wzl")


def test_a_run_that_only_starts_words_is_read_character_by_character() -> None:
    """pypinyin's split: 心长发 starts the word 心长发短 but holds none, so it is read by its characters and
    the word 长发 inside it is not looked for."""
    assert pinyin_syllables("长发") == ["chang", "fa"]
    assert pinyin_syllables("心长发") == pypinyin_syllables("心长发") == ["xin", "zhang", "fa"]


def test_random_names_of_common_characters() -> None:
    rng = random.Random(18)
    chars = gb2312()
    words = sorted(PHRASES_DICT)
    names = ["".join(rng.choice(chars) for _ in range(rng.randint(2, 4))) for _ in range(20_000)]
    names += ["".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(20_000)]
    assert differing(names) == []


def test_other_characters_stay_as_they_are() -> None:
    """A run of other characters is one piece, lower case; a Han character without a reading stays on its own;
    the · of a transcribed name is a piece of its own."""
    assert pinyin_syllables("阿依古丽·买买提") == ["a", "yi", "gu", "li", "·", "mai", "mai", "ti"]
    assert pinyin_syllables("张A3 x") == ["zhang", "a3 x"]
    assert pinyin_syllables("Anna") == ["anna"]
    assert pinyin_syllables("") == pinyin_syllables("\ud842") == []
    no_reading = next(chr(cp) for cp in range(0x4E00, 0xA000) if cp not in pypinyin.constants.PINYIN_DICT)
    assert pinyin_syllables("张" + no_reading + no_reading) == ["zhang", no_reading, no_reading]
    assert pinyin_syllables("𠀋一") == pypinyin_syllables("𠀋一")
    assert pinyin_keys("Ünal 吕") == ("vnal lv", "vl")


_PIECES = st.sampled_from([*"王长春李朝阳重庆曾单解心发女红行𠀋𪚥豈鿿", "\ue815", "\ud842", *"aZü3 ·-_（）", "长发",
                           "建国", "朝阳", "心长", "心长发短", "〇"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_any_text_as_pypinyin_reads_it(name: str) -> None:
    assert pinyin_syllables(name) == pypinyin_syllables(name)
