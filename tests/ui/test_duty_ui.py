"""The 责任区与承诺 tab driven as a user would: an area with its people and record (三卡一法 read in), pledges
and the 践诺 assessment, a pair whose visit is a 三卡一法 card, a 公示 too short across a holiday, and a
working-day correction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.duty import pairs
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.duty.form_dialog import FormDialog
from dangjian_desktop.ui.duty.tab import DutyTab
from dangjian_desktop.ui.duty.workdays_dialog import WorkdaysDialog
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.widgets import DateField
from tests.factories import person_input
from tests.helpers import with_dialog

TODAY = date(2026, 11, 29)


@pytest.fixture
def tab(qtbot: QtBot, db: Database, branch_id: str) -> Iterator[DutyTab]:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("王建国"), today=TODAY)
        people.save_person(s, branch_id, data=person_input("李明", birth=date(1985, 3, 2)), today=TODAY)
        people.save_person(s, branch_id, data=person_input(
            "孙强", birth=date(1998, 4, 4), category="发展对象", join=None, apply_date=date(2024, 1, 10),
            first_talk_date=date(2024, 1, 20), activist_date=date(2024, 8, 1), candidate_date=date(2025, 9, 1),
            contact_persons="王建国"), today=TODAY)
        cases.save_case(s, branch_id, data=cases.CaseInput(person_name="刘大爷", category="家庭/生活困难", noticed_via="走访", level="关注", responsible="王建国", opened_on=date(2026, 3, 1), summary="独居老人，冬季取暖困难", status="摸排", next_follow_up=date(2026, 12, 1)), today=TODAY)
    events = DataEvents()
    widget = DutyTab(db, events, DialogService(), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def fill(dialog: QDialog, **values: object) -> None:
    assert isinstance(dialog, FormDialog)
    for key, value in values.items():
        w = dialog.widgets[key]
        if isinstance(w, DateField):
            w.edit.setText(str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))
        elif isinstance(w, QComboBox):
            index = next((i for i in range(w.count()) if w.itemText(i).startswith(str(value))), -1)
            if index >= 0:
                w.setCurrentIndex(index)
            else:
                w.setEditText(str(value))
    dialog.save()


def test_an_area_its_people_and_its_record(tab: DutyTab, qtbot: QtBot) -> None:
    assert "还没有责任区" in tab.area_summary.text()
    with_dialog(qtbot, lambda d: fill(d, name="第一村民小组", kind="村民小组"))
    tab.addAreaAction.trigger()
    assert tab.areas_model.rows[0][:3] == ["第一村民小组", "村民小组", "（未确定）"]
    assert tab.areas_model.attention == {0}  # no responsible member yet: red
    for role, who in (("负责人", "王建国"), ("成员", "刘大爷"), ("积极分子", "孙强")):
        with_dialog(qtbot, lambda d, r=role, w=who: fill(d, role=r, person=w))
        tab.addAreaPersonAction.trigger()
    assert tab.areas_model.rows[0][2] == "王建国" and tab.areas_model.attention == set()
    assert [r[:2] for r in tab.people_model.rows] == [["负责人", "王建国"], ["成员", "刘大爷"], ["积极分子", "孙强"]]
    assert tab.people_model.rows[2][3] == "王建国"  # the 积极分子's 培养联系人
    # the case of 刘大爷 is in the area's record without being entered here
    assert [r[0] for r in tab.record_model.rows] == ["思想政治工作"]
    assert tab.record_model.rows[0][5] == "三卡一法"
    # a refused record keeps the dialog open with the message
    seen = with_dialog(qtbot, lambda d: (fill(d, content=""), d.reject()))
    tab.addRecordAction.trigger()
    assert seen and seen[0].findChild(type(tab.area_summary), "error_content") is not None
    with_dialog(qtbot, lambda d: fill(d, duty="2.", content="每月安全巡查", done_on="2026-04-10", result="无违章"))
    tab.addRecordAction.trigger()
    assert [r[0] for r in tab.record_model.rows] == ["安全与纪律", "思想政治工作"]


def test_pledges_and_assessment(tab: DutyTab, qtbot: QtBot) -> None:
    tab.pages.setCurrentIndex(1)
    assert tab.pledges_model.attention == {0, 1}  # nobody has pledged
    tab.pledges_view.selectRow(1)
    with_dialog(qtbot, lambda d: fill(d, content="帮助两户困难群众", pledged_on="2026-02-10"))
    tab.addPledgeAction.trigger()
    row = next(i for i, r in enumerate(tab.pledges_model.rows) if r[2] == "帮助两户困难群众")
    tab.pledges_view.selectRow(row)
    name = tab.pledges_model.rows[row][0]
    with_dialog(qtbot, lambda d: fill(d, grade="较好", reviewed_on="2026-11-20"))
    tab.reviewPledgeAction.trigger()
    shown = next(r for r in tab.pledges_model.rows if r[0] == name)
    assert shown[4] == "较好" and "1 人已作承诺，1 人已作年终践诺评定" in tab.pledge_summary.text()


def test_a_pair_and_its_visit_as_a_case_card(tab: DutyTab, qtbot: QtBot, db: Database) -> None:
    tab.pages.setCurrentIndex(2)
    assert "已结对党员 0 / 2 人" in tab.pair_summary.text() and "孙强" in tab.pair_summary.text()
    with_dialog(qtbot, lambda d: fill(d, member_id="王建国", kind="培养积极分子", partner_id="孙强",
                                      started_on="2026-03-01"))
    tab.addPairAction.trigger()
    assert tab.pairs_model.rows[0][:3] == ["王建国", "培养积极分子", "孙强"]
    assert tab.pairs_model.attention == {0}  # no visit yet
    tab.pairs_view.selectRow(0)

    def talk(dialog: QDialog) -> None:
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("谈心谈话卡"))  # type: ignore[attr-defined]
        widgets = dialog.widgets  # type: ignore[attr-defined]
        widgets["talk_date"].edit.setText("2026-04-02")
        widgets["talker"].setEditText("王建国")
        widgets["way"].setCurrentText("面谈")
        widgets["content"].setPlainText("谈入党动机")
        dialog.save()  # type: ignore[attr-defined]

    with_dialog(qtbot, talk)
    tab.logVisitAction.trigger()
    assert tab.pairs_model.rows[0][5:7] == ["1", "2026-04-02"] and tab.pairs_model.attention == set()
    with db.session_scope() as s:
        assert len(pairs.list_pairs(s, tab.branch_id or "")) == 1
    assert "已结对党员 1 / 2 人" in tab.pair_summary.text() and "孙强" not in tab.pair_summary.text()


def test_a_notice_too_short_across_a_holiday_then_corrected(tab: DutyTab, qtbot: QtBot) -> None:
    tab.pages.setCurrentIndex(3)
    with_dialog(qtbot, lambda d: fill(d, person_id="孙强", kind="发展对象公示", start_on="2026-04-28",
                                      end_on="2026-05-06", result="无异议"))
    tab.addNoticeAction.trigger()
    row = tab.notices_model.rows[0]
    assert row[:2] == ["孙强", "发展对象公示"] and row[4] == "4" and "不足5个工作日" in row[6]
    assert tab.notices_model.attention == {0}

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkdaysDialog)
        dialog.day.edit.setText("2026-05-02")
        dialog.kind.setCurrentIndex(0)
        dialog.add()
        assert dialog.list.count() == 1 and "2026-05-02　上班" in dialog.list.item(0).text()
        dialog.accept()

    with_dialog(qtbot, correct)
    tab.workdaysAction.trigger()
    assert tab.notices_model.rows[0][4] == "5" and tab.notices_model.rows[0][6] == "符合要求"


def test_study_tab_counts_activities_against_the_local_target(qtbot: QtBot, db: Database, branch_id: str) -> None:
    from PySide6.QtWidgets import QSpinBox

    from dangjian_desktop.services.study import records as study
    from dangjian_desktop.ui.study.tab import StudyTab

    with db.session_scope() as s:
        for month in (2, 4, 9):
            study.save_session(s, branch_id, study.SessionInput(held_on=date(2026, month, 5), topic=f"{month}月学习"),
                               today=TODAY)
    events = DataEvents()
    widget = StudyTab(db, events, DialogService(), today=TODAY)
    events.study_changed.connect(widget.reload)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert "党员学习教育活动 3 次（上半年 2 次，下半年 1 次），全年目标 24 次" in widget.year_summary.text()

    def set_target(dialog: QDialog) -> None:
        spin = dialog.findChild(QSpinBox, "target_activities")
        assert spin is not None and spin.value() == 24
        spin.setValue(12)
        dialog.save()  # type: ignore[attr-defined]

    with_dialog(qtbot, set_target)
    widget.targets_action.trigger()
    assert "全年目标 12 次，半年检查目标 6 次" in widget.year_summary.text()
    widget.close()
