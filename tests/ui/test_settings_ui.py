"""设置: every local rule with its default and source, saved through the registry and used by the rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database, settings
from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dues import monthly_due_fen
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import local_settings
from dangjian_desktop.services.dues import standards as dues
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.study import year as study_year
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.settings_dialog import WIDGETS, SettingsDialog
from tests.factories import person_input


def test_every_local_rule_is_in_the_dialog_with_its_default_and_source(qtbot: QtBot, db: Database,
                                                                        branch_id: str) -> None:
    dialog = SettingsDialog(db, branch_id, DialogService())
    qtbot.addWidget(dialog)
    assert set(WIDGETS) == {s.name for s in settings.LOCAL}
    for s in settings.LOCAL:
        assert dialog.spins[s.name].value() == s.default
        rule = getattr(dialog.ui, f"{WIDGETS[s.name]}Rule").text()
        assert rule.startswith(f"默认 {s.default}") and s.rule in rule
    assert "学时" in dialog.ui.member_hoursRule.text() and "32" in dialog.ui.member_hoursRule.text()
    assert dialog.ui.dues_rounding.currentData() == "fen"


def test_changed_settings_are_saved_and_the_rules_follow_them(qtbot: QtBot, db: Database, branch_id: str) -> None:
    """DESIGN §4: 补录 days (§4.3), 学时 and notes targets (§4.5), the 积极分子 waiting period (§4.1) and the dues
    rounding (§4.2) are *local*."""
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=person_input(
            "赵积极", category="入党积极分子", join=None, apply_date=date(2025, 1, 10),
            first_talk_date=date(2025, 1, 20), activist_date=date(2025, 8, 1)))
    dialog = SettingsDialog(db, branch_id, DialogService())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.late_entry_days.setValue(5)
    ui.member_hours.setValue(40)
    ui.activist_wait_months.setValue(12)
    ui.dues_rounding.setCurrentIndex(ui.dues_rounding.findData("jiao"))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() and dialog.changed is not None
    with db.session_scope() as s:
        assert settings.get(s, settings.LATE_ENTRY_DAYS) == 5
        assert study_year.get_targets(s, branch_id).member_hours == 40
        late = meetings.save_meeting(s, branch_id, MeetingData(types=[rules.COMMITTEE], title="支委会",
                                                               held_on=date(2026, 3, 2)),
                                     now=datetime(2026, 3, 6, 12, tzinfo=UTC)).id
        assert not meetings.meeting_info(s, late).late_entry  # 4 days: within the 5 now allowed
        row = next(r for r in people.list_rows(s, branch_id, date(2026, 3, 2)) if r.id == pid.id)
        assert "确定为入党积极分子不符合时限" in row.attention  # 7 months after applying: fewer than 12
        table = dues.get_rate_table(s, branch_id)
    assert table.rounding == "jiao"
    assert monthly_due_fen("在职", 345678, table)[1] == 3460  # 1% of 3456.78 元 = 34.5678 元 → 34.6 元

    again = SettingsDialog(db, branch_id, DialogService())
    qtbot.addWidget(again)
    assert again.ui.late_entry_days.value() == 5 and again.ui.dues_rounding.currentData() == "jiao"
    again.ui.defaultsButton.click()
    assert again.ui.late_entry_days.value() == 3 and again.ui.dues_rounding.currentData() == "fen"


def test_out_of_range_values_are_refused_together(db: Database, branch_id: str) -> None:
    data = local_settings.defaults()
    data.values["meetings.late_entry_days"] = 400
    data.values["study.member_hours"] = -1
    with pytest.raises(ValidationError) as exc, db.session_scope() as s:
        local_settings.save(s, branch_id=branch_id, data=data)
    assert set(exc.value.field_errors) == {"meetings.late_entry_days", "study.member_hours"}
    with db.session_scope() as s:
        assert local_settings.read(s, branch_id=branch_id) == local_settings.defaults()
