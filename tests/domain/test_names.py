from dangjian_desktop.domain.names import pinyin_keys, stroke_key, strokes


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
