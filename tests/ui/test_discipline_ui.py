"""党纪处分 entered from the ledger: the dialog, and what the person's detail then shows."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import discipline
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.ledger.discipline_dialog import DisciplineDialog
from dangjian_desktop.ui.ledger.person_detail import PersonDetail
from tests.factories import person_input


def test_enter_a_probation_then_see_it_in_the_detail(qtbot: QtBot, db: Database, branch_id: str) -> None:
    """党章第四十条: the detail says the member has no vote while the 察看 runs; the notice about the note goes."""
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input("李明", note="2025年受留党察看处分")).id
    detail = PersonDetail(db)
    qtbot.addWidget(detail)
    detail.show_person(pid)
    assert "还没有登记党纪处分记录" in detail.toPlainText()

    dialog = DisciplineDialog(db, pid, DialogService())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.probation_start.isEnabled()
    ui.kind.setCurrentText("留党察看")
    assert ui.probation_start.isEnabled() and ui.restored_on.isEnabled()
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert not ui.errorSummary.isHidden() and dialog.changed is None  # no dates yet
    ui.decided_on.edit.setText("2025-09-01")
    ui.probation_start.edit.setText("2025-09-01")
    ui.probation_years.setCurrentText("二年")
    ui.decided_by.setText("中共测试镇纪律检查委员会")
    save.click()
    assert dialog.changed is not None
    assert ui.records.count() == 1 and "留党察看二年" in ui.records.item(0).text()
    with db.session_scope() as s:
        row = discipline.list_for_person(s, pid)[0]
    assert (row.probation_start, row.probation_years) == (date(2025, 9, 1), 2)

    detail.show_person(pid)
    text = detail.toPlainText()
    assert "留党察看二年（2025-09-01 起，至 2027-09-01）" in text
    assert "还没有登记党纪处分记录" not in text
