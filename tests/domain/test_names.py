from pathlib import Path

from dangjian_desktop.domain.names import pinyin_keys, split_name, stroke_key, stroke_order, strokes
from dangjian_desktop.paths import resource_path


def test_stroke_counts_from_unihan() -> None:
    assert strokes("一") == 1
    assert strokes("丁") == 2
    assert strokes("王") == 4
    assert strokes("张") == 7
    assert strokes("曾") == 12


def test_surname_stroke_order() -> None:
    names = ["曾强", "张建国", "王五一", "丁一", "马建华", "王五", "于敏"]
    assert sorted(names, key=stroke_key) == ["丁一", "于敏", "马建华", "王五", "王五一", "张建国", "曾强"]


def test_pinyin_keys_and_surname_readings() -> None:
    assert pinyin_keys("张建国") == ("zhangjianguo", "zjg")
    assert pinyin_keys("曾强") == ("zengqiang", "zq")
    assert pinyin_keys("单雄信")[1] == "sxx"
    assert pinyin_keys("吕梁")[0] == "lvliang"


def test_pinyin_keys_ignore_a_lone_surrogate() -> None:
    # half of a character from a broken paste: no sound, and UTF-8 (so SQLite) cannot hold it
    assert pinyin_keys("张\ud842建国") == ("zhangjianguo", "zjg")
    assert "\ud842" not in "".join(pinyin_keys("\ud842"))


def test_equal_counts_by_the_first_strokes_in_the_order_heng_shu_pie_dian_zhe() -> None:
    """姓氏笔画: equal counts are ordered by the first stroke, then the second …, as 横、竖、撇、点、折
    (《GB13000.1字符集汉字笔顺规范》: 王 一一丨一, 井 一一丿丨, 方 丶一𠃌丿, 毛 丿一一乚)."""
    assert [stroke_order(c) for c in "王井方毛"] == ["1121", "1132", "4153", "3115"]
    assert sorted(["方明", "毛华", "井冈", "王平"], key=stroke_key) == ["王平", "井冈", "毛华", "方明"]


def test_mainland_stroke_order_not_the_taiwan_one() -> None:
    """The mainland standard: 竖钩 counts as 竖 (丁 一亅 = 12), 艹 has three strokes (草 9 strokes), 北 丨一一丿乚."""
    assert (stroke_order("丁"), stroke_order("北"), strokes("草")) == ("12", "21135", 9)


def test_given_name_the_same_way_after_the_surname() -> None:
    """Same surname: the given name's characters by count, then by strokes (芳 1224153 before 丽 1254254, both
    7 strokes); a shorter name that is a prefix of another first."""
    names = ["王五一", "王丽", "王五", "王", "王芳"]
    assert sorted(names, key=stroke_key) == ["王", "王五", "王五一", "王芳", "王丽"]


def test_compound_surnames_by_their_first_character() -> None:
    """欧阳, 司马, 诸葛, 上官 are placed by 欧, 司, 诸, 上; their given name then counts as for anyone with that
    first character (欧丽 before 欧阳明: 丽 7 strokes, 明 8)."""
    assert split_name("欧阳明") == ("欧阳", "明") and split_name("欧阳") == ("欧", "阳")
    names = ["诸葛亮", "欧阳明", "司马光", "上官婉", "欧丽", "王五", "诸明"]
    assert sorted(names, key=stroke_key) == ["上官婉", "王五", "司马光", "欧丽", "欧阳明", "诸明", "诸葛亮"]


def test_characters_without_order_data_follow_those_of_their_count() -> None:
    latin = sorted(["Anna", "丁一", "𠀋一"], key=stroke_key)
    assert latin[0] == "丁一" and latin[-1] == "Anna"


def test_the_stroke_order_file_is_what_its_generator_makes() -> None:
    import pytest

    source = Path("/usr/share/rime-data/stroke.dict.yaml")
    if not source.is_file():
        pytest.skip("Debian's rime-data-stroke is not installed")
    from resources.data.build_stroke_order import read_orders

    shipped = resource_path("data", "stroke_order.txt").read_text(encoding="utf-8")
    assert shipped == "".join(f"{ch}{order}\n" for ch, order in sorted(read_orders(source).items()))
