"""Configurable card types: defaults on first use, adding a field, renaming, retiring; old cards stay readable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dangjian_desktop.db import Database
from dangjian_desktop.domain.cases_fields import RETIRED, FieldDef
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from tests.services.test_cases_service import TODAY, case_input, talk_values


def test_the_three_default_cards_are_created_on_first_use(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        types = cases_types.list_card_types(s, branch_id)
    with db.session_scope() as s:
        again = cases_types.list_card_types(s, branch_id)
    assert [t.name for t in types] == ["思想动态卡", "谈心谈话卡", "帮扶解难卡"]
    assert [t.id for t in again] == [t.id for t in types]  # created once
    talk = types[1]
    assert [f.label for f in talk.fields][:4] == ["谈话日期", "谈话地点", "谈话人", "谈话方式"]
    way = next(f for f in talk.fields if f.key == "way")
    assert (way.kind, way.options, way.required) == ("choice", ("面谈", "家访", "电话"), True)
    help_card = types[2]
    assert "本人反馈（双向确认）" in [f.label for f in help_card.fields]


def test_changed_definitions_keep_old_cards_readable(db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        talk = next(t for t in cases_types.list_card_types(s, branch_id) if t.role == "talk")
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
        card_id = cases_cards.save_card(s, case_id, data=cases_cards.CardInput(talk.id, {**talk_values(), "views": "希望单位调休"}), today=TODAY).id
    # rename the card and a field, retire a field, add a required one
    fields = [replace(f, label="谈话对象诉求") if f.key == "views" else f for f in talk.fields if f.key != "place"]
    fields.append(FieldDef("", "谈话时长", "choice", True, ("半小时以内", "半小时以上")))
    with db.session_scope() as s:
        cases_types.save_card_type(s, branch_id, "谈心谈话记录卡", fields, card_type_id=talk.id)
    with db.session_scope() as s:
        changed = cases_types.get_card_type(s, talk.id)
        cards = cases_cards.list_cards(s, case_id)
    assert changed.name == "谈心谈话记录卡" and changed.role == "talk"
    added = changed.fields[len(fields) - 1]
    assert (added.key, added.label, added.required) == ("f1", "谈话时长", True)
    place = next(f for f in changed.fields if f.key == "place")
    assert not place.active
    shown = {v.label: v.text for v in cards[0].shown}
    assert cards[0].type_name == "谈心谈话记录卡"
    assert shown["谈话对象诉求"] == "希望单位调休"
    assert shown[f"谈话地点{RETIRED}"] == "村委会"
    assert "谈话时长" not in shown  # the old card has no value for the new field
    # a new card must fill the new required field; the retired one is no longer asked for
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(talk.id, talk_values(date(2026, 6, 1))), today=TODAY)
    assert set(err.value.field_errors) == {"f1"}
    # editing the old card keeps the retired field's value
    with db.session_scope() as s:
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(talk.id, {**talk_values(), "f1": "半小时以上"}), card_id=card_id, today=TODAY)
    with db.session_scope() as s:
        card = cases_cards.list_cards(s, case_id)[0]
    assert card.values["place"] == "村委会" and card.values["f1"] == "半小时以上"
    # renamed cards still count as talks
    with db.session_scope() as s:
        assert cases_cards.coverage(s, branch_id, 2026).year == 2026


def test_a_new_card_type_and_its_checks(db: Database, branch_id: str) -> None:
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        cases_types.save_card_type(s, branch_id, "谈心谈话卡", [FieldDef("", "方式", "choice")])
    assert set(err.value.field_errors) == {"name", "fields"}
    with db.session_scope() as s:
        new_id = cases_types.save_card_type(s, branch_id, "回访记录卡", [
            FieldDef("", "回访日期", "date", True), FieldDef("", "回访情况", "long", True),
            FieldDef("", "回访人", "person")]).id
        cases_types.move_card_type(s, branch_id, new_id, -1)
    with db.session_scope() as s:
        types = cases_types.list_card_types(s, branch_id)
    assert [t.name for t in types] == ["思想动态卡", "谈心谈话卡", "回访记录卡", "帮扶解难卡"]
    assert [f.key for f in types[2].fields] == ["f1", "f2", "f3"]
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(), today=TODAY).id
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(new_id, {"f1": "2026年6月10日", "f2": "情绪好转"}), today=TODAY)
    with db.session_scope() as s:
        card = cases_cards.list_cards(s, case_id)[0]
        status = cases.get_case(s, case_id).status
    assert card.card_date == date(2026, 6, 10) and card.values["f1"] == "2026-06-10"
    assert status == "摸排"  # a card of an added kind does not move the case by itself
