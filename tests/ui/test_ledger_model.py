"""The ledger's table model on its own, without widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

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


def test_a_narrowing_keystroke_compares_only_the_previous_hits_and_backspace_none() -> None:
    model = LedgerModel()
    model.set_rows(MIXED)
    listed = model.rowCount()
    model.set_filter(LedgerFilter(text="z"))
    assert model.scanned == listed  # the first character: every candidate
    for text in ("zh", "zha", "zhan"):
        before = model.rowCount()
        model.set_filter(LedgerFilter(text=text))
        assert model.scanned == before < listed  # only the rows the text before it kept
    kept = names(model)
    model.set_filter(LedgerFilter(text="zha"))  # Backspace: the earlier result, nothing compared
    assert model.scanned == 0 and names(model) == ["张一张", "张军", "张建国"]
    model.set_filter(LedgerFilter(text="zhan"))
    assert names(model) == kept
    model.set_filter(LedgerFilter(text="张"))
    assert model.scanned == listed  # the first Chinese character: the candidates' names
    model.set_filter(LedgerFilter(text="张一"))
    assert model.scanned == 3 and names(model) == ["张一张"]  # 张军 张建国 张一张: their names only
    model.set_filter(LedgerFilter(text="张"))
    assert model.scanned == 0 and len(names(model)) == 3


def test_a_filter_changes_the_layout_and_the_selection_follows_the_person() -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = LedgerModel()
    model.set_rows(ROWS)
    resets, layouts = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: layouts.append(1))
    held = QPersistentModelIndex(model.index(names(model).index("张建国"), 3))
    gone = QPersistentModelIndex(model.index(names(model).index("丁一"), 0))
    model.set_filter(LedgerFilter(text="zh"))
    assert names(model) == ["张军", "张建国"] and not resets and layouts == [1]
    assert model.row_at(held.row()).name == "张建国" and held.column() == 3
    assert not gone.isValid()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(held.row()).name == "张建国" and names(model) == ["张建国", "张军"]
    model.set_filter(LedgerFilter(text="zh", category="正式党员"))
    assert names(model) == ["张建国"] and held.row() == 0
    model.set_filter(LedgerFilter(text="zh", category="正式党员"))  # the same filter: no signal
    assert len(layouts) == 3 and not resets


def test_reading_new_rows_lets_go_of_the_old_ones_first() -> None:
    model = LedgerModel()
    model.set_rows(ROWS)
    model.set_filter(LedgerFilter(text="zh"))
    seen: list[int] = []

    def read() -> list[PersonRow]:
        seen.append(model.total())
        return MIXED

    model.read_rows(read)
    assert seen == [0]
    assert names(model) == ["张一张", "张军", "张建国"]  # the filter stays, over the new rows


def test_the_row_numbers_are_as_wide_as_qt_would_make_them(qtbot: QtBot) -> None:
    """The ledger's row numbers measure only the count of digits; Qt's header measures 200 numbers."""
    from PySide6.QtWidgets import QHeaderView

    from dangjian_desktop.ui.ledger.row_numbers import RowNumbers

    model = LedgerModel()
    model.set_rows([replace(row("张三"), id=str(i)) for i in range(12_345)])
    ours, qts = RowNumbers(), QHeaderView(Qt.Orientation.Vertical)
    for header in (ours, qts):
        qtbot.addWidget(header)
        header.setModel(model)
    for flt in (LedgerFilter(), LedgerFilter(text="zzz"), LedgerFilter(text="zs"), LedgerFilter(text="张三")):
        model.set_filter(flt)
        assert qts.sizeHint().width() <= ours.sizeHint().width() <= qts.sizeHint().width() + 4, flt


NAMES = ("张建国", "王芳", "丁一", "张军", "曾强", "阿里Ali", "Ann Lee", "张一张", "欧阳建军", "李长青")
STATUS_FILTERS = ("在册", None, "转出", "正常")


def _naive(rows: list[PersonRow], flt: LedgerFilter) -> list[str]:
    """The filter as its words say, row by row over every row in the order shown without a filter."""
    from dangjian_desktop.domain.people import ACTIVE_STATUSES

    needle = flt.text.strip().lower().replace(" ", "")
    kept = []
    for r in rows:
        if flt.group_id is not None and (r.group_id or "") != flt.group_id:
            continue
        if flt.category and r.category != flt.category:
            continue
        if flt.status == "在册" and r.status not in ACTIVE_STATUSES:
            continue
        if flt.status not in (None, "在册") and r.status != flt.status:
            continue
        if needle in "\t".join((r.name, r.name_pinyin, r.name_initials, r.id_number or "", r.phone)).lower():
            kept.append(r.id)
    return kept


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(("正常", "转出", "停止党籍")),
                                 st.sampled_from(("正式党员", "预备党员")), st.sampled_from((None, "g1", "g2")),
                                 st.text("013x", max_size=6)), min_size=1, max_size=25),
       steps=st.lists(st.one_of(st.sampled_from(list("zhaiq013x 张王一阿里长")), st.just("\b"), st.just("\b\b"),
                                st.tuples(st.sampled_from((None, "g1", "")), st.sampled_from((None, "预备党员")),
                                          st.sampled_from(STATUS_FILTERS)),
                                st.tuples(st.sampled_from((0, 2, 12)), st.booleans())), max_size=40))
def test_the_rows_listed_are_always_a_naive_filters(people: list[tuple[str, str, str, str | None, str]],
                                                    steps: list[Any]) -> None:
    """Whatever is typed, deleted, chosen or sorted in whatever order, the listed rows are the rows a
    plain row-by-row filter keeps, in the order shown without a filter."""
    rows = [replace(row(name), id=f"p{i}", status=status, category=category, group_id=group, phone=phone,
                    id_number=f"62010219800512{phone:0>4}"[-18:] if phone else None)
            for i, (name, status, category, group, phone) in enumerate(people)]
    model, everyone = LedgerModel(), LedgerModel()
    model.set_rows(rows)
    everyone.set_rows(rows)
    everyone.set_filter(LedgerFilter(status=None))
    flt = LedgerFilter()
    for step in steps:
        if isinstance(step, str) and step.startswith("\b"):
            flt = replace(flt, text=flt.text[:-len(step)])
        elif isinstance(step, str):
            flt = replace(flt, text=flt.text + step)
        elif len(step) == 3:
            flt = replace(flt, group_id=step[0], category=step[1], status=step[2])
        else:
            order = Qt.SortOrder.DescendingOrder if step[1] else Qt.SortOrder.AscendingOrder
            model.sort(step[0], order)
            everyone.sort(step[0], order)
        model.set_filter(flt)
        listed = [model.row_at(i).id for i in range(model.rowCount())]
        in_order = [everyone.row_at(i) for i in range(everyone.rowCount())]
        assert listed == _naive(in_order, flt), (flt, step)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(("正常", "转出")),
                                 st.sampled_from(("正式党员", "预备党员")), st.sampled_from((None, "g1"))),
                       min_size=1, max_size=12),
       steps=st.lists(st.one_of(
           st.tuples(st.just("update"), st.integers(0, 15), st.sampled_from(NAMES), st.sampled_from(("正常", "转出")),
                     st.sampled_from(("正式党员", "预备党员")), st.sampled_from((None, "g1")), st.text("01", max_size=3)),
           st.tuples(st.just("filter"), st.sampled_from(("", "z", "zh", "张", "王", "1")), st.sampled_from((None, "g1", "")),
                     st.sampled_from((None, "预备党员")), st.sampled_from(STATUS_FILTERS)),
           st.tuples(st.just("sort"), st.sampled_from((0, 2, 3, 12)), st.booleans()),
           st.tuples(st.just("order"), st.sampled_from(("姓氏笔画", "拼音")))), max_size=25))
def test_updating_saved_rows_equals_reading_every_row_again(people: list[tuple[str, str, str, str | None]],
                                                            steps: list[Any]) -> None:
    """A person saved (changed or new) taken into the held rows, orders and filters lists what a model
    given every row afresh lists, with the same counts."""
    rows = [replace(row(name), id=f"p{i}", status=status, category=category, group_id=group)
            for i, (name, status, category, group) in enumerate(people)]
    model = LedgerModel()
    model.set_rows(rows)
    flt, sort, order = LedgerFilter(), None, "姓氏笔画"
    for step in steps:
        if step[0] == "update":
            _, n, name, status, category, group, phone = step
            at = min(n, len(rows))  # one past the end: a new person
            new = replace(row(name), id=f"p{at}", status=status, category=category, group_id=group, phone=phone,
                          birth_date=date(1970 + n, 1, 1))
            rows = [*rows[:at], new, *rows[at + 1:]]
            model.update_rows([new])
        elif step[0] == "filter":
            flt = LedgerFilter(text=step[1], group_id=step[2], category=step[3], status=step[4])
            model.set_filter(flt)
        elif step[0] == "sort":
            sort = (step[1], Qt.SortOrder.DescendingOrder if step[2] else Qt.SortOrder.AscendingOrder)
            model.sort(*sort)
        else:
            order = step[1]
            model.set_name_order(order)
            if sort is not None:
                model.sort(*sort)
        fresh = LedgerModel()
        fresh.set_rows(rows)
        fresh.set_name_order(order)
        if sort is not None:
            fresh.sort(*sort)
        fresh.set_filter(flt)
        assert model.visible_rows() == fresh.visible_rows(), step
        assert model.all_rows() == fresh.all_rows()
        assert model.counts == fresh.counts
