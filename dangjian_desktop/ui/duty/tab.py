"""The 责任区与承诺 tab: 党员责任区 (areas, their people and the year's record of the 四个明确), 党员承诺
(pledges and the 践诺 assessment), 一帮一结对 (pairs, with visits kept as 三卡一法 cards) and the 公示 of
发展党员 (with the working-day count and the calendar's corrections)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.duty import DutyArea, DutyAreaRecord, DutyNotice, DutyPledge
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.export.notice_sheet import NoticeSheet
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.services.duty import areas, notices, pairs, pledges, printing, workdays
from dangjian_desktop.services.duty.common import members, roster
from dangjian_desktop.ui.actions import tab_action
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.duty.form_dialog import FormDialog, combo, date_field, text_edit
from dangjian_desktop.ui.events import DataEvents
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.record_tab import RecordTab
from dangjian_desktop.ui.study.views import RowsModel, rows_view


def _d(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


class DutyTab(RecordTab):
    def __init__(self, db: Database, events: DataEvents, dialogs: DialogService, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(db, events, dialogs, parent, today)
        self.year_combo = QComboBox(objectName="dutyYear")
        for year in range(self.today.year + 1, self.today.year - 10, -1):
            self.year_combo.addItem(f"{year}年", year)
        self.year_combo.setCurrentIndex(1)
        self.pages = QTabWidget(objectName="dutyPages")
        self.pages.addTab(self._areas_page(), "党员责任区(&1)")
        self.pages.addTab(self._pledges_page(), "党员承诺(&2)")
        self.pages.addTab(self._pairs_page(), "一帮一结对(&3)")
        self.pages.addTab(self._notices_page(), "发展党员公示(&4)")
        bar = QHBoxLayout()
        year_label = QLabel("年度(&Y)：")
        year_label.setBuddy(self.year_combo)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.year_combo.currentIndexChanged.connect(self.reload)
        for signal in (events.people_changed, events.cases_changed, events.duty_changed):
            signal.connect(self.reload)
        events.branch_changed.connect(self.reload_branch)

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    # --- pages -------------------------------------------------------------------------------
    def _buttons(self, specs: list[tuple[str, Callable[[], None], str, str | None]]) -> QHBoxLayout:
        bar = QHBoxLayout()
        for text, slot, name, shortcut in specs:
            setattr(self, name, tab_action(self, bar, text, slot, name, shortcut))
        bar.addStretch(1)
        return bar

    def _areas_page(self) -> QWidget:
        self.areas_model = RowsModel(["责任区", "类型", "责任党员", "人员", "积极分子"])
        self.people_model = RowsModel(["身份", "姓名", "单位或住址", "培养联系人"])
        self.record_model = RowsModel(["责任", "日期", "做了什么", "完成时限", "结果", "来源"])
        self.areas_view = rows_view(self.areas_model, "dutyAreas", wrap=True)
        self.area_people_view = rows_view(self.people_model, "dutyAreaPeople", wrap=True)
        self.record_view = rows_view(self.record_model, "dutyAreaRecord", wrap=True)
        self.area_summary = QLabel(objectName="dutyAreaSummary", wordWrap=True)
        right = QSplitter(Qt.Orientation.Vertical)  # the secretary can give either list more room
        top, bottom = QWidget(), QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel("责任区人员（负责人、群众、培养的入党积极分子）"))
        column.addWidget(self.area_people_view, 1)
        column.addLayout(self._buttons([("添加人员(&P)…", self.add_area_person, "addAreaPersonAction", None),
                                        ("移出(&R)", self.remove_area_person, "removeAreaPersonAction", None)]))
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel("本年度“四个明确”履责记录（三卡一法的立案、谈心谈话和帮扶自动列入，不必重复登记）",
                                wordWrap=True))
        column.addWidget(self.record_view, 1)
        right.addWidget(top)
        right.addWidget(bottom)
        right.setStretchFactor(1, 2)
        column.addLayout(self._buttons([
            ("登记履责(&J)…", self.add_record, "addRecordAction", None),
            ("修改履责(&M)…", self.edit_record, "editRecordAction", None),
            ("删除履责", self.delete_record, "deleteRecordAction", None)]))
        split = QSplitter()
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.areas_view, 1)
        left_col.addWidget(self.area_summary)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons([
            ("新建责任区(&N)…", self.add_area, "addAreaAction", "Ctrl+N"),
            ("修改责任区(&G)…", self.edit_area, "editAreaAction", None),
            ("删除责任区", self.delete_area, "deleteAreaAction", None),
            ("打印公示牌(&T)…", self.print_area, "printAreaAction", "Ctrl+P"),
            ("另存为Word(&W)…", self.save_area_docx, "saveAreaDocxAction", None)]))
        layout.addWidget(split, 1)
        self.areas_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_area())
        self.areas_view.doubleClicked.connect(lambda _i: self.edit_area())
        self.record_view.doubleClicked.connect(lambda _i: self.edit_record())
        return page

    def _pledges_page(self) -> QWidget:
        self.pledges_model = RowsModel(["姓名", "人员类别", "承诺事项", "承诺日期", "践诺评定", "评定说明"])
        self.pledges_view = rows_view(self.pledges_model, "dutyPledges", wrap=True)
        self.pledge_summary = QLabel(objectName="dutyPledgeSummary", wordWrap=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons([
            ("添加承诺(&A)…", self.add_pledge, "addPledgeAction", None),
            ("修改承诺(&M)…", self.edit_pledge, "editPledgeAction", None),
            ("删除承诺", self.delete_pledge, "deletePledgeAction", None),
            ("年终践诺评定(&G)…", self.review_pledge, "reviewPledgeAction", None),
            ("打印承诺公示(&T)…", self.print_pledges, "printPledgesAction", None),
            ("另存为Word…", self.save_pledges_docx, "savePledgesDocxAction", None)]))
        layout.addWidget(self.pledges_view, 1)
        layout.addWidget(self.pledge_summary)
        self.pledges_view.doubleClicked.connect(lambda _i: self.edit_pledge())
        return page

    def _pairs_page(self) -> QWidget:
        self.pairs_model = RowsModel(["党员", "类型", "结对对象", "结对日期", "结束日期", "走访/帮扶次数", "最近一次",
                                      "进展"])
        self.pairs_view = rows_view(self.pairs_model, "dutyPairs", wrap=True)
        self.pair_summary = QLabel(objectName="dutyPairSummary", wordWrap=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons([
            ("新建结对(&A)…", self.add_pair, "addPairAction", None),
            ("记录走访或帮扶(&B)…", self.log_visit, "logVisitAction", None),
            ("结束结对(&X)…", self.end_pair, "endPairAction", None),
            ("删除结对", self.delete_pair, "deletePairAction", None)]))
        layout.addWidget(QLabel("每个结对的走访和帮扶记在“三卡一法”的一人一事中（谈心谈话卡、帮扶解难卡），"
                                "在这里和“三卡一法”中都能看到。", wordWrap=True))
        layout.addWidget(self.pairs_view, 1)
        layout.addWidget(self.pair_summary)
        self.pairs_view.doubleClicked.connect(lambda _i: self.log_visit())
        return page

    def _notices_page(self) -> QWidget:
        self.notices_model = RowsModel(["姓名", "公示类型", "开始", "结束", "工作日", "公示结果", "检查"])
        self.notices_view = rows_view(self.notices_model, "dutyNotices", wrap=True)
        self.notice_summary = QLabel(objectName="dutyNoticeSummary", wordWrap=True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons([
            ("登记公示(&A)…", self.add_notice, "addNoticeAction", None),
            ("修改公示(&M)…", self.edit_notice, "editNoticeAction", None),
            ("删除公示", self.delete_notice, "deleteNoticeAction", None),
            ("打印公示(&T)…", self.print_notice, "printNoticeAction", None),
            ("工作日校正(&C)…", self.edit_workdays, "workdaysAction", None)]))
        layout.addWidget(self.notices_view, 1)
        layout.addWidget(self.notice_summary)
        self.notices_view.doubleClicked.connect(lambda _i: self.edit_notice())
        return page

    # --- refresh -----------------------------------------------------------------------------
    def refresh(self) -> None:
        enabled = self.branch_id is not None
        for page in range(self.pages.count()):
            widget = self.pages.widget(page)
            if widget is not None:
                widget.setEnabled(enabled)
        if self.branch_id is None:
            for model in (self.areas_model, self.people_model, self.record_model, self.pledges_model,
                          self.pairs_model, self.notices_model):
                model.set_rows([])
            return
        with self.db.session_scope() as s:
            self.area_rows = areas.list_areas(s, self.branch_id)
            year_pledges = pledges.year_pledges(s, self.branch_id, self.year)
            pair_rows = pairs.list_pairs(s, self.branch_id, year=self.year)
            cover = pairs.coverage(s, self.branch_id, today=self.today)
            notice_rows = notices.list_notices(s, self.branch_id)
        current = self._area_id()
        self.areas_model.set_rows(
            [(a.id, [a.name, a.kind, a.leader_names or "（未确定）", str(len(a.with_role(rules.MEMBER))),
                     "、".join(p.name for p in a.with_role(rules.ACTIVIST))]) for a in self.area_rows],
            {i for i, a in enumerate(self.area_rows) if not a.leaders})
        self.area_summary.setText(f"共 {len(self.area_rows)} 个责任区；红色的还没有确定责任党员。"
                                  if self.area_rows else "还没有责任区。点“新建责任区”，按班组、岗位、片区或村民小组划分。")
        row = self.areas_model.row_of(current) if current else (0 if self.area_rows else -1)
        if row >= 0:
            self.areas_view.selectRow(row)
        self._show_area()
        rows: list[tuple[Any, list[str]]] = []
        missing: set[int] = set()
        for m in year_pledges:
            review = [m.review.grade, m.review.note] if m.review else ["", ""]
            if not m.pledges:
                missing.add(len(rows))
                rows.append(((m.person_id, None), [m.name, m.category, "（未作承诺）", "", *review]))
            for p in m.pledges:
                rows.append(((m.person_id, p.id), [m.name, m.category, p.content, _d(p.pledged_on), *review]))
        self.pledges_model.set_rows(rows, missing)
        pledged = sum(1 for m in year_pledges if m.pledges)
        reviewed = sum(1 for m in year_pledges if m.review)
        self.pledge_summary.setText(f"{self.year}年：{len(year_pledges)} 名党员中 {pledged} 人已作承诺，"
                                    f"{reviewed} 人已作年终践诺评定；红色的还没有承诺。")
        self.pairs_model.set_rows(
            [(p.id, [p.member_name, p.kind, p.partner_name + (f"（{p.partner_unit}）" if p.partner_unit else ""),
                     _d(p.started_on), _d(p.ended_on), str(p.visits), _d(p.last_visit), p.case_status])
             for p in pair_rows], {i for i, p in enumerate(pair_rows) if p.active and p.visits == 0})
        lines = [cover.text + "。"]
        if cover.members_without:
            lines.append("尚未结对的党员：" + "、".join(cover.members_without))
        if cover.activists_without:
            lines.append("没有党员结对培养的积极分子：" + "、".join(cover.activists_without))
        if cover.hardship_without:
            lines.append("没有党员结对帮扶的困难党员：" + "、".join(cover.hardship_without))
        self.pair_summary.setText("\n".join(lines))
        self.notices_model.set_rows(
            [(n.id, [n.name, n.title, _d(n.start_on), _d(n.end_on), str(n.workdays), n.result,
                     n.check_text]) for n in notice_rows],
            {i for i, n in enumerate(notice_rows) if not n.check.ok})
        self.notice_summary.setText(f"公示应不少于{rules.MIN_NOTICE_WORKDAYS}个工作日，并在支部大会讨论前期满。"
                                    + workdays.calendar_note())
        for view in (self.areas_view, self.pledges_view, self.pairs_view, self.notices_view):
            view.resizeColumnsToContents()

    def _area_id(self) -> str | None:
        index = self.areas_view.currentIndex()
        return self.areas_model.key_at(index.row()) if index.isValid() else None

    def _current(self, view: QTableView, model: RowsModel) -> Any:
        index = view.currentIndex()
        return model.key_at(index.row()) if index.isValid() else None

    def _show_area(self) -> None:
        area_id = self._area_id()
        area = next((a for a in getattr(self, "area_rows", []) if a.id == area_id), None)
        if area is None or self.branch_id is None:
            self.people_model.set_rows([])
            self.record_model.set_rows([])
            return
        self.people_model.set_rows([(p.id, [p.role, p.name, p.unit, p.contact_persons if p.role == rules.ACTIVIST
                                            else ""]) for p in area.people],
                                   {i for i, p in enumerate(area.people)
                                    if p.role == rules.ACTIVIST and not p.contact_persons})
        with self.db.session_scope() as s:
            record = areas.year_record(s, area.id, self.year)
        self.record_model.set_rows([((r.id, r.case_id), [rules.DUTY_SHORT[r.duty], _d(r.when), r.content,
                                                         _d(r.due_on), r.result, r.source or "登记"])
                                    for r in record])
        for view in (self.area_people_view, self.record_view):
            view.resizeColumnsToContents()

    # --- helpers -----------------------------------------------------------------------------
    def _emit(self, changed: Changed | None) -> None:
        if changed is None:
            return
        self.events.emit_changed(changed)
        if changed.table == "duty_pair":  # a pair is a 三卡一法 case too
            self.events.cases_changed.emit()
        elif changed.table == "duty_notice":  # a 公示 is a step of the person's timeline
            self.events.people_changed.emit()

    def _form(self, title: str, intro: str, fields: list[tuple[str, str, QWidget]],
              save: Callable[[Session, dict[str, Any]], Changed], edits: tuple[Any, str] | None = None) -> None:
        """``edits``: the model and id of the record the form changes (its version is kept for the save)."""
        versions = []
        if edits is not None:
            with self.db.session_scope() as s:
                versions.append(concurrency.loaded_of(s, *edits))
        dialog = FormDialog(self.db, title, intro, fields, save, self, versions=versions)
        if self.open_editor(dialog):
            self._emit(dialog.changed)

    def _run(self, action: Callable[[Session], Changed]) -> None:
        done = run_op(self.db, self.dialogs, action)
        if done:
            self._emit(done.value)

    def _people(self, members_only: bool) -> list[tuple[str, Any]]:
        assert self.branch_id is not None
        with self.db.session_scope() as s:
            rows = members(s, self.branch_id) if members_only else roster(s, self.branch_id)
        return [(f"{r.name}（{r.category}）", r.id) for r in rows]

    def _preview(self, build: Callable[[Session], NoticeSheet], name: str) -> None:
        from dangjian_desktop.ui.print_preview import PrintPreviewDialog

        with tempfile.TemporaryDirectory(prefix="dangjian-print-") as tmp:
            pdf = Path(tmp) / "preview.pdf"
            if not run_op(self.db, self.dialogs, lambda s: printing.write_sheet(build(s), pdf)):
                return
            PrintPreviewDialog(pdf, self.dialogs, f"{name}.pdf", self, f"打印预览 — {name}").exec()

    def _save_docx(self, build: Callable[[Session], NoticeSheet], name: str) -> None:
        path = self.dialogs.save_file("另存为Word", "Word 文档 (*.docx)", self.dialogs.default_folder() / f"{name}.docx")
        if path is None:
            return
        if path.suffix.lower() != ".docx":
            path = path.with_suffix(".docx")
        if run_op(self.db, self.dialogs, lambda s: printing.write_sheet(build(s), path)):
            self.dialogs.info(f"已保存到\n{path}")

    # --- areas -------------------------------------------------------------------------------
    def _area_fields(self, area: areas.Area | None) -> list[tuple[str, str, QWidget]]:
        return [("name", "责任区名称*(&N)", QLineEdit(area.name if area else "")),
                ("kind", "类型*(&K)", combo([(k, k) for k in rules.AREA_KINDS], area.kind if area else "班组")),
                ("note", "说明(&D)", text_edit(area.note if area else ""))]

    def add_area(self) -> None:
        if self.branch_id is None:
            return
        branch_id = self.branch_id
        self._form("新建党员责任区", "按班组、岗位、片区或村民小组划分，建好后再添加责任党员、群众和积极分子。",
                   self._area_fields(None), lambda s, v: areas.save_area(s, branch_id, data=areas.AreaInput(**v)))

    def _selected_area(self) -> areas.Area | None:
        area_id = self._area_id()
        area = next((a for a in self.area_rows if a.id == area_id), None) if area_id else None
        if area is None:
            self.dialogs.info("请先在左边选中一个责任区。")
        return area

    def edit_area(self) -> None:
        area = self._selected_area()
        if area is not None and self.branch_id is not None:
            branch_id = self.branch_id
            self._form(f"修改责任区 — {area.name}", "", self._area_fields(area),
                       lambda s, v: areas.save_area(s, branch_id, data=areas.AreaInput(**v), area_id=area.id),
                       edits=(DutyArea, area.id))

    def delete_area(self) -> None:
        area = self._selected_area()
        if area is not None and self.dialogs.confirm(f"删除责任区“{area.name}”吗？已登记的履责记录随之删除。"):
            self._run(lambda s: areas.delete_area(s, area.id))

    def add_area_person(self) -> None:
        area = self._selected_area()
        if area is None:
            return
        who = combo([("", None), *self._people(False)], editable=True)
        self._form(f"添加人员 — {area.name}",
                   "负责人须是党员，积极分子须是花名册中的入党积极分子或发展对象；群众不在花名册中的，直接输入姓名。",
                   [("role", "身份*(&R)", combo([(r, r) for r in rules.AREA_ROLES])), ("person", "姓名*(&N)", who),
                    ("unit", "单位或住址(&U)", QLineEdit())],
                   lambda s, v: areas.add_person(s, area.id, v["role"], person_id=v["person"],
                                                 name=who.currentText(), unit=v["unit"]))

    def remove_area_person(self) -> None:
        key = self._current(self.area_people_view, self.people_model)
        if key is not None and self.dialogs.confirm("把这个人移出责任区吗？"):
            self._run(lambda s: areas.remove_person(s, key))

    def _record_fields(self, r: areas.RecordRow | None) -> list[tuple[str, str, QWidget]]:
        return [("duty", "责任*(&R)", combo([(f"{n}. {t}", n) for n, t in rules.DUTIES.items()], r.duty if r else 1)),
                ("content", "做了什么*(&C)", text_edit(r.content if r else "")),
                ("due_on", "完成时限(&D)", date_field(r.due_on if r else None)),
                ("result", "结果(&J)", text_edit(r.result if r else "")),
                ("done_on", "完成日期(&F)", date_field(r.done_on if r else None))]

    def add_record(self) -> None:
        area = self._selected_area()
        if area is not None:
            year = self.year
            self._form(f"登记履责 — {area.name}（{year}年）", "", self._record_fields(None),
                       lambda s, v: areas.save_record(s, area.id, year, data=areas.AreaRecordInput(**v)))

    def edit_record(self) -> None:
        key = self._current(self.record_view, self.record_model)
        area = self._selected_area()
        if key is None or area is None:
            return
        record_id = key[0]
        if not record_id:
            self.dialogs.info("这一条来自“三卡一法”，请到“三卡一法”中查看或修改。")
            return
        with self.db.session_scope() as s:
            row = next(r for r in areas.year_record(s, area.id, self.year) if r.id == record_id)
        year = self.year
        self._form(f"修改履责 — {area.name}", "", self._record_fields(row),
                   lambda s, v: areas.save_record(s, area.id, year, data=areas.AreaRecordInput(**v),
                                                  record_id=record_id),
                   edits=(DutyAreaRecord, record_id))

    def delete_record(self) -> None:
        key = self._current(self.record_view, self.record_model)
        if key is None:
            return
        if not key[0]:
            self.dialogs.info("这一条来自“三卡一法”，不能在这里删除。")
            return
        if self.dialogs.confirm("删除这条履责记录吗？"):
            self._run(lambda s: areas.delete_record(s, key[0]))

    def _area_sheet(self) -> tuple[Callable[[Session], NoticeSheet], str] | None:
        area = self._selected_area()
        if area is None:
            return None
        year, today = self.year, self.today
        safe = re.sub(r'[\\/:*?"<>|\s]+', "_", area.name)[:40]
        return (lambda s: printing.area_sheet(s, area.id, year, today=today)), f"{year}_党员责任区_{safe}"

    def print_area(self) -> None:
        found = self._area_sheet()
        if found:
            self._preview(*found)

    def save_area_docx(self) -> None:
        found = self._area_sheet()
        if found:
            self._save_docx(*found)

    # --- pledges -----------------------------------------------------------------------------
    def _pledge_key(self) -> tuple[str, str | None] | None:
        key = self._current(self.pledges_view, self.pledges_model)
        if key is None:
            self.dialogs.info("请先选中一名党员。")
        return key

    def add_pledge(self) -> None:
        if self.branch_id is None:
            return
        key = self._current(self.pledges_view, self.pledges_model)
        who = combo(self._people(True), key[0] if key else None)
        branch_id, year, today = self.branch_id, self.year, self.today
        self._form(f"添加承诺（{year}年度）", "每条承诺事项单独登记，公示时按党员汇总。",
                   [("person_id", "党员*(&N)", who), ("content", "承诺事项*(&C)", text_edit()),
                    ("pledged_on", "承诺日期*(&D)", date_field(min(today, date(year, 12, 31))))],
                   lambda s, v: pledges.save_pledge(s, branch_id, v["person_id"] or "", year, v["content"],
                                                    v["pledged_on"], today=today))

    def edit_pledge(self) -> None:
        key = self._pledge_key()
        if key is None or self.branch_id is None:
            return
        person_id, pledge_id = key
        if pledge_id is None:
            self.add_pledge()
            return
        with self.db.session_scope() as s:
            m = next(m for m in pledges.year_pledges(s, self.branch_id, self.year) if m.person_id == person_id)
        p = next(p for p in m.pledges if p.id == pledge_id)
        branch_id, year, today = self.branch_id, self.year, self.today
        self._form(f"修改承诺 — {m.name}", "", [("content", "承诺事项*(&C)", text_edit(p.content)),
                                               ("pledged_on", "承诺日期*(&D)", date_field(p.pledged_on))],
                   lambda s, v: pledges.save_pledge(s, branch_id, person_id, year, v["content"], v["pledged_on"],
                                                    pledge_id=pledge_id, today=today),
                   edits=(DutyPledge, pledge_id))

    def delete_pledge(self) -> None:
        key = self._pledge_key()
        if key is not None and key[1] is not None and self.dialogs.confirm("删除这条承诺吗？"):
            self._run(lambda s: pledges.delete_pledge(s, str(key[1])))

    def review_pledge(self) -> None:
        key = self._pledge_key()
        if key is None or self.branch_id is None:
            return
        person_id = key[0]
        with self.db.session_scope() as s:
            m = next(m for m in pledges.year_pledges(s, self.branch_id, self.year) if m.person_id == person_id)
        branch_id, year, today = self.branch_id, self.year, self.today
        r = m.review
        self._form(f"年终践诺评定 — {m.name}（{year}年度）",
                   "每名党员每年评定一次，结果显示在民主评议党员的会议记录中。再次评定会替换原来的结果。",
                   [("grade", "评定等次*(&G)", combo([(g, g) for g in rules.GRADES], r.grade if r else "好")),
                    ("note", "说明(&N)", text_edit(r.note if r else "")),
                    ("reviewed_on", "评定日期*(&D)", date_field(r.reviewed_on if r else min(today, date(year, 12, 31))))],
                   lambda s, v: pledges.save_review(s, branch_id, person_id, year, v["grade"], v["reviewed_on"],
                                                    v["note"], today=today))

    def print_pledges(self) -> None:
        if self.branch_id is not None:
            branch_id, year, today = self.branch_id, self.year, self.today
            self._preview(lambda s: printing.pledge_sheet(s, branch_id, year, today=today), f"{year}年度党员承诺公示")

    def save_pledges_docx(self) -> None:
        if self.branch_id is not None:
            branch_id, year, today = self.branch_id, self.year, self.today
            self._save_docx(lambda s: printing.pledge_sheet(s, branch_id, year, today=today), f"{year}年度党员承诺公示")

    # --- pairs -------------------------------------------------------------------------------
    def add_pair(self) -> None:
        if self.branch_id is None:
            return
        partner = combo([("", None), *self._people(False)], editable=True)
        branch_id, today = self.branch_id, self.today

        def save(s: Session, v: dict[str, Any]) -> Changed:
            return pairs.create_pair(s, branch_id, data=pairs.PairInput(
                **v, partner_name=partner.currentText().split("（")[0]), today=today)

        self._form("新建一帮一结对", "帮扶对象不在花名册中的，直接输入姓名和单位或住址。结对后，走访和帮扶记在“三卡一法”中。",
                   [("member_id", "结对党员*(&M)", combo(self._people(True))),
                    ("kind", "类型*(&K)", combo([(k, k) for k in rules.PAIR_KINDS])),
                    ("partner_id", "结对对象*(&P)", partner), ("partner_unit", "单位或住址(&U)", QLineEdit()),
                    ("started_on", "结对日期*(&D)", date_field(today)), ("note", "说明", text_edit())], save)

    def _pair(self) -> pairs.PairRow | None:
        pair_id = self._current(self.pairs_view, self.pairs_model)
        if pair_id is None or self.branch_id is None:
            self.dialogs.info("请先选中一个结对。")
            return None
        with self.db.session_scope() as s:
            return next((p for p in pairs.list_pairs(s, self.branch_id) if p.id == pair_id), None)

    def log_visit(self) -> None:
        from dangjian_desktop.ui.cases.card_dialog import CardDialog

        pair = self._pair()
        if pair is None or self.branch_id is None or not self.may_change():
            return
        if pair.case_status == "销号":
            self.dialogs.info("这个结对的一人一事已销号；如需继续记录，请先在“三卡一法”中重新打开。")
            return
        dialog = CardDialog(self.db, self.branch_id, pair.case_id, self, today=self.today)
        if self.open_editor(dialog):
            self._emit(dialog.changed)

    def end_pair(self) -> None:
        pair = self._pair()
        if pair is not None:
            today = self.today
            self._form(f"结束结对 — {pair.member_name}与{pair.partner_name}", "",
                       [("ended_on", "结束日期*(&D)", date_field(today))],
                       lambda s, v: pairs.end_pair(s, pair.id, v["ended_on"], today=today))

    def delete_pair(self) -> None:
        pair = self._pair()
        if pair is not None and self.dialogs.confirm("删除这个结对吗？它在“三卡一法”中的记录会一起移到回收站。"):
            self._run(lambda s: pairs.delete_pair(s, pair.id))

    # --- notices -----------------------------------------------------------------------------
    def _notice_fields(self, n: notices.NoticeRow | None) -> list[tuple[str, str, QWidget]]:
        return [("person_id", "公示对象*(&N)", combo(self._people(False), n.person_id if n else None)),
                ("kind", "公示类型*(&K)", combo([(t, k) for k, t in rules.NOTICE_KINDS.items()], n.kind if n else None)),
                ("start_on", "开始日期*(&S)", date_field(n.start_on if n else None)),
                ("end_on", "结束日期*(&E)", date_field(n.end_on if n else None)),
                ("result", "公示结果(&R)", combo([(r, r) for r in ("", *rules.NOTICE_RESULTS)], n.result if n else "",
                                             editable=True)),
                ("note", "说明", text_edit(n.note if n else ""))]

    def _notice_save(self, notice_id: str | None) -> Callable[[Session, dict[str, Any]], Changed]:
        branch_id, today = self.branch_id, self.today
        assert branch_id is not None

        def save(s: Session, v: dict[str, Any]) -> Changed:
            result = self._result_box.currentText() if self._result_box is not None else v["result"]
            return notices.save_notice(s, branch_id, data=notices.NoticeInput(**{**v, "result": result}),
                                       notice_id=notice_id, today=today)

        return save

    def add_notice(self) -> None:
        if self.branch_id is not None:
            fields = self._notice_fields(None)
            self._result_box = fields[4][2] if isinstance(fields[4][2], QComboBox) else None
            self._form("登记发展党员公示", "发展对象在支部大会讨论前、预备党员在讨论转正前，公示不少于5个工作日"
                       "（节假日不计，调休上班的周末计入）。", fields, self._notice_save(None))

    def _notice(self) -> notices.NoticeRow | None:
        notice_id = self._current(self.notices_view, self.notices_model)
        if notice_id is None or self.branch_id is None:
            self.dialogs.info("请先选中一条公示。")
            return None
        with self.db.session_scope() as s:
            return next((n for n in notices.list_notices(s, self.branch_id) if n.id == notice_id), None)

    def edit_notice(self) -> None:
        n = self._notice()
        if n is not None:
            fields = self._notice_fields(n)
            self._result_box = fields[4][2] if isinstance(fields[4][2], QComboBox) else None
            self._form(f"修改公示 — {n.name}", "", fields, self._notice_save(n.id), edits=(DutyNotice, n.id))

    def delete_notice(self) -> None:
        n = self._notice()
        if n is not None and self.dialogs.confirm(f"删除{n.name}的{n.title}记录吗？"):
            self._run(lambda s: notices.delete_notice(s, n.id))

    def print_notice(self) -> None:
        n = self._notice()
        if n is not None:
            today = self.today
            self._preview(lambda s: printing.notice_of(s, n.id, today=today), f"{n.title}_{n.name}")

    def edit_workdays(self) -> None:
        from dangjian_desktop.ui.duty.workdays_dialog import WorkdaysDialog

        dialog = WorkdaysDialog(self.db, self.dialogs, self)
        self.open_editor(dialog)
        self._emit(dialog.changed)

    _result_box: QComboBox | None = None
