"""学习笔记 rules: 学时 and targets, word counts, copy hints on Chinese text."""

from __future__ import annotations

from dangjian_desktop.domain import study
from dangjian_desktop.domain.study_copy import ShingleIndex, compare, normalize
from tests.study_texts import EDITED_COPY, FROM_MATERIAL, HONEST_A, HONEST_B, HONEST_C, MATERIAL


def test_hour_presets_follow_the_rule_and_bad_hours_are_refused() -> None:
    assert dict(study.HOUR_PRESETS)["半天"] == 4 and dict(study.HOUR_PRESETS)["全天"] == 8
    assert study.check_hours(2) == ""
    assert "至少为1" in study.check_hours(0)
    assert study.check_hours(41) != ""


def test_targets_default_to_32_and_56() -> None:
    t = study.StudyTargets()
    assert (t.hours_for(False), t.hours_for(True)) == (32, 56)


def test_shortfall_text() -> None:
    row = study.MemberYear("p", "王芳", "", False, hours=24, hours_target=32, notes=12, notes_target=12,
                           reflections=1, reflections_target=4, words=100)
    assert row.is_short and row.shortfall_text() == "差 8 学时、3 篇心得"
    done = study.MemberYear("p", "王芳", "", False, 40, 32, 12, 12, 4, 4, 100)
    assert not done.is_short and done.shortfall_text() == "达标"


def test_word_count_skips_spaces_and_line_breaks() -> None:
    assert study.word_count("学习 二十大\n报告", "心得。") == 10


def test_normalize_drops_punctuation_and_keeps_offsets() -> None:
    norm, offsets = normalize("学习，二十大！ AB")
    assert norm == "学习二十大ab"
    assert offsets == [0, 1, 3, 4, 5, 8, 9]


def test_an_edited_copy_is_caught_with_its_passages() -> None:
    overlap = compare(EDITED_COPY, HONEST_A)
    assert overlap.is_hint
    assert any("统一包装、统一销售，每斤多卖了五毛钱" in p for p in overlap.passages)
    for a, b in overlap.note_spans:  # spans point at the original texts, punctuation included
        assert EDITED_COPY[a:b]
    assert all(HONEST_A[a:b] for a, b in overlap.source_spans)


def test_honest_notes_on_the_same_topic_are_not_flagged() -> None:
    for a, b in [(HONEST_A, HONEST_B), (HONEST_B, HONEST_C), (HONEST_C, HONEST_A), (HONEST_A, MATERIAL),
                 (HONEST_B, MATERIAL), (HONEST_C, MATERIAL)]:
        assert not compare(a, b).is_hint, (a[:10], b[:10])


def test_a_note_taken_from_the_material_is_caught() -> None:
    overlap = compare(FROM_MATERIAL, MATERIAL)
    assert overlap.is_hint
    assert any("中国式现代化全面推进中华民族伟大复兴" in p for p in overlap.passages)


def test_short_notes_are_not_judged() -> None:
    assert not compare("认真学习。", "认真学习。").is_hint


def test_index_finds_only_the_copied_note_and_ignores_stock_phrasing() -> None:
    index = ShingleIndex()
    index.add("a", HONEST_A)
    index.add("b", HONEST_B)
    index.add("c", HONEST_C)
    assert [d for d, _n in index.candidates(EDITED_COPY)] == ["a"]
    assert index.candidates(EDITED_COPY, exclude=["a"]) == []
    assert index.candidates(HONEST_B, exclude=["b"]) == []
    stock = "不忘初心、牢记使命，坚持以人民为中心的发展思想。"
    for i in range(12):
        index.add(f"s{i}", stock + f"第{i}篇，" + "各不相同的内容" * (i % 3))
    assert "不忘初心牢记" in index.common(stock + "今天学习")
