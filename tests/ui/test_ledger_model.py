"""The ledger's table model on its own, without widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from dangjian_desktop.domain.names import pinyin_keys
from dangjian_desktop.services.people.records import PersonRow
from dangjian_desktop.ui.ledger.model import COLUMNS, ID_COLUMN, LedgerFilter, LedgerModel

BASE = PersonRow(id="", name="", gender="男", ethnicity="汉族", birth_date=date(1980, 1, 1), id_number=None,
                 education="", work_unit="", phone="", address="", group_id=None, group_name="", party_post="",
                 category="正式党员", join_date=None, full_member_date=None, status="正常", name_pinyin="",
                 name_initials="", is_hardship=False, is_veteran=False, is_retired=False)


def row(name: str, **kw: object) -> PersonRow:
    full, initials = pinyin_keys(name)
    return replace(BASE, id=name, name=name, name_pinyin=full, name_initials=initials, **kw)  # type: ignore[arg-type]


ROWS = [row("张建国", phone="13912345678", id_number="620102198005120011"), row("王芳", status="转出"),
        row("丁一", group_id="g1"), row("张军", category="预备党员", birth_date=date(1999, 1, 1)),
        row("曾强", attention="首次谈话已逾期")]


def names(model: LedgerModel) -> list[str]:
    return [model.row_at(i).name for i in range(model.rowCount())]


def test_typing_narrows_to_the_same_result_as_a_fresh_filter() -> None:
    model = LedgerModel()
    model.set_rows(ROWS)
    for text in ("z", "zh", "zha", "zhang", "zhangj"):
        model.set_filter(LedgerFilter(text=text))
        fresh = LedgerModel()
        fresh.set_rows(ROWS)
        fresh.set_filter(LedgerFilter(text=text))
        assert names(model) == names(fresh)
    assert names(model) == ["张军", "张建国"]
    model.set_filter(LedgerFilter(text="zha"))  # deleting a character widens again
    assert names(model) == ["张军", "张建国"]
    model.set_filter(LedgerFilter(text="0011"))
    assert names(model) == ["张建国"]


def test_status_group_and_category_filters() -> None:
    model = LedgerModel()
    model.set_rows(ROWS)
    assert "王芳" not in names(model)  # 转出: not on the books
    model.set_filter(LedgerFilter(status=None))
    assert "王芳" in names(model)
    model.set_filter(LedgerFilter(group_id="g1"))
    assert names(model) == ["丁一"]
    model.set_filter(LedgerFilter(group_id=""))  # 未分组
    assert "丁一" not in names(model)
    model.set_filter(LedgerFilter(category="预备党员"))
    assert names(model) == ["张军"]
    assert model.counts["正式党员"] == 3 and model.counts["预备党员"] == 1


def test_header_sort_and_masked_ids() -> None:
    model = LedgerModel()
    model.set_rows(ROWS)
    age = [c.title for c in COLUMNS].index("年龄")
    model.sort(age, Qt.SortOrder.AscendingOrder)
    assert names(model)[-1] == "张军"  # youngest last when sorted by birth date
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["曾强", "张建国", "张军", "丁一"]  # 建 8 strokes > 军 6
    idx = model.index(names(model).index("张建国"), ID_COLUMN)
    assert model.data(idx) == "620102********0011"
    model.set_mask_ids(False)
    assert model.data(idx) == "620102198005120011"


def test_any_sequence_of_typing_deleting_and_filters_matches_a_fresh_filter() -> None:
    """Narrowing scans the previous result, widening takes an earlier one back from the stack, the
    candidates are cached per group/category/status: whatever the order, the rows are a fresh filter's."""
    import random

    rng = random.Random(7)
    model = LedgerModel()
    model.set_rows(ROWS)
    fresh = LedgerModel()
    fresh.set_rows(ROWS)
    text = ""
    for _ in range(80):  # kept short: PySide6 6.12 loses a reference to None per model reset
        roll = rng.random()
        if roll < 0.45:
            text += rng.choice("zhangjwfdy013 ")
        elif roll < 0.8:
            text = text[:-1]
        elif roll < 0.9:
            text = ""
        flt = LedgerFilter(text=text, group_id=rng.choice([None, None, "g1", ""]),
                           category=rng.choice([None, None, "预备党员"]), status=rng.choice(["在册", "在册", None]))
        model.set_filter(flt)
        if rng.random() < 0.05:
            descending = rng.random() < 0.5
            model.sort(rng.choice([0, 2, 12]), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        fresh.set_rows(ROWS)  # a fresh start: no caches, no stack
        if model._sort is not None:
            fresh.sort(*model._sort)
        fresh.set_filter(flt)
        assert names(model) == names(fresh), (text, flt)


MIXED = [*ROWS, row("阿里Ali", phone="0931-8xy"), row("Ann Lee"), row("张一张", id_number="62010219800512001X")]


def test_chinese_and_mixed_names_filter_as_one_text_would() -> None:
    """The ledger keeps ASCII search texts apart from the names; a needle finds what it would find in
    the one text 姓名 拼音 首字母 身份证号 电话 of each row."""
    import random

    def expected(flt: LedgerFilter) -> set[str]:
        needle = flt.text.strip().lower().replace(" ", "")
        return {r.name for r in MIXED if r.status in ("正常",) and needle in "\t".join(
            (r.name, r.name_pinyin, r.name_initials, r.id_number or "", r.phone)).lower()}

    model = LedgerModel()
    model.set_rows(MIXED)
    rng = random.Random(3)
    text = ""
    for _ in range(300):
        if rng.random() < 0.55:
            text += rng.choice(["张", "一", "阿", "里", "a", "l", "i", "x", "8", "Ali", "ZH", "0"])
        else:
            text = text[:-1]
        model.set_filter(LedgerFilter(text=text))
        assert set(names(model)) == expected(LedgerFilter(text=text)), text
    model.set_filter(LedgerFilter(text="ali"))
    assert names(model) == ["阿里Ali"]
    model.set_filter(LedgerFilter(text="n l"))  # spaces typed are dropped: "nl" is not in "ann lee"
    assert names(model) == []
    model.set_filter(LedgerFilter(text="nn"))
    assert names(model) == ["Ann Lee"]
    model.set_filter(LedgerFilter(text="里a"))
    assert names(model) == ["阿里Ali"]
    model.set_filter(LedgerFilter(text="001x"))
    assert names(model) == ["张一张"]
