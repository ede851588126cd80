"""A new 三卡一法 card starts from its case, and a level set on a card moves the case."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.ui.cases.card_dialog import CardDialog
from tests.services.test_cases_service import TODAY, case_input


def test_a_new_card_takes_the_case_s_way_and_level_and_its_level_moves_the_case(
        qtbot: QtBot, db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        case_id = cases.save_case(s, branch_id, data=case_input(noticed_via="反映"), today=TODAY).id
        thought = next(t for t in cases_types.list_card_types(s, branch_id) if t.role == "thought")
    dialog = CardDialog(db, branch_id, case_id, card_type_id=thought.id, today=TODAY)
    qtbot.addWidget(dialog)
    way = dialog.findChild(QComboBox, "field_noticed_via")
    level = dialog.findChild(QComboBox, "field_level")
    assert (way.currentText(), level.currentText()) == ("反映", "关注")
    level.setCurrentText("重点")
    dialog.findChild(QPlainTextEdit, "field_description").setPlainText("出院后情绪低落。")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session_scope() as s:
        assert cases.get_case(s, case_id).level == "重点"
