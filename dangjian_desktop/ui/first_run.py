"""建立支部 / 支部信息: the first-run step, later the branch's details, its committee and 党小组 leaders picked
from the roster, and the structure checks of 《中国共产党支部工作条例（试行）》."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget
from sqlmodel import Session

from dangjian_desktop.db import Database
from dangjian_desktop.domain import branch_structure
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.domain.people import COMMITTEE_ROLES, EXTRA_MEMBER_SEATS, MEMBER_ROLE
from dangjian_desktop.services import Changed, branches, committee, concurrency
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.first_run_ui import Ui_FirstRunDialog
from dangjian_desktop.ui.ops import run_op

DEMO_CHOSEN = 2  # exec() result when the user asks for the demo branch
IMPORT_CHOSEN = 3  # … when a township clerk would rather import the branches' 数据包
_COLOURS = {branch_structure.SERIOUS: "#b00020", branch_structure.WARN: "#b26a00", branch_structure.INFO: "#555"}


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, branch_id: str | None = None,
                 dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id = db, branch_id
        self.dialogs = dialogs or DialogService(self)
        self.changed: Changed | None = None
        self.posts_changed: Changed | None = None  # 党内职务 brought in line with the committee
        self.loaded: concurrency.Loaded | None = None  # the version of the branch shown (editing one)
        self.seats: list[tuple[str, QComboBox]] = [(r, getattr(self.ui, f"role_{r}")) for r in COMMITTEE_ROLES]
        self.seats += [(MEMBER_ROLE, getattr(self.ui, f"role_{MEMBER_ROLE}{n}")) for n in
                       range(1, EXTRA_MEMBER_SEATS + 1)]
        self.leaders: dict[str, QComboBox] = {}
        self.names: dict[str, str] = {}  # roster person id → name
        self.started_on = self.ui.startedOn
        self.started_on.set_value(date.today().replace(day=1))
        fields = {"name": self.ui.branchName, "kind": self.ui.kind, "election_date": self.ui.electionDate,
                  "started_on": self.started_on, "groups": self.ui.groups, "committee": self.ui.role_书记,
                  "code": self.ui.branchCode}
        self.errors = FieldErrors(fields, self.ui.errorSummary, self.ui.tabs)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("建立支部(&O)" if branch_id is None else "保存(&O)")
            ok.setDefault(True)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText("取消")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.demoButton.clicked.connect(lambda: self.done(DEMO_CHOSEN))
        self.ui.importButton.clicked.connect(lambda: self.done(IMPORT_CHOSEN))
        self.ui.groupLeaders.setVisible(False)
        self.ui.structureTitle.setVisible(False)
        self.ui.termEndLabel.setVisible(False)
        self.ui.termEnd.setVisible(False)
        if branch_id is not None:
            self._load(branch_id)
        else:
            self.ui.groups.setPlainText("第一党小组\n第二党小组")
        self.ui.tabs.setCurrentIndex(0)
        self.ui.branchName.setFocus()

    # --- loading -----------------------------------------------------------------------------
    def _load(self, branch_id: str) -> None:
        self.setWindowTitle("支部信息")
        self.ui.intro.setText("修改本支部的基本信息、支委会和党小组组长。支委和组长从台账中选择，"
                              "学时要求、支委会到会人数和党小组会主持人都以此为准。")
        self.ui.demoButton.setVisible(False)
        self.ui.importButton.setVisible(False)
        with self.db.session_scope() as s:
            b = branches.get_branch(s, branch_id)
            self.loaded = concurrency.loaded(b)  # the branch as shown: someone else's newer save refuses this one
            seats = committee.recorded_seats(s, branch_id)
            groups = [(g.id, g.name, committee.group_leader(s, g)) for g in branches.list_groups(s, branch_id)]
            roster = committee.roster_choices(s, branch_id)
            self.names = {pid: name for name, _label, pid in roster}
            notices = committee.structure(s, branch_id)
            ends = branches.term_end(b)
        self.ui.branchName.setText(b.name)
        self.ui.parentOrg.setText(b.parent_org)
        self.ui.branchCode.setText(b.code)
        self.ui.kind.setCurrentText(b.kind)
        self.ui.sessionNo.setValue(b.session_no or 0)
        self.ui.electionDate.set_value(b.election_date)
        self.started_on.set_value(b.started_on)
        self.ui.termEnd.setText(fmt(ends) or "（填写选举日期后计算）")
        self.ui.termEndLabel.setVisible(True)
        self.ui.termEnd.setVisible(True)
        free = [s for s in seats if s.role == MEMBER_ROLE]
        for role, combo in self.seats:
            _fill(combo, roster)
            if role == MEMBER_ROLE:
                seat = free.pop(0) if free else None
            else:
                seat = next((x for x in seats if x.role == role), None)
            if seat is not None:
                _choose(combo, seat.name, seat.person_id)
        self.ui.groups.setVisible(False)
        self.ui.groupsLabel.setText("党小组组长(&G)")
        self.ui.groupsLabel.setBuddy(self.ui.groupLeaders)
        table = self.ui.groupLeaders
        table.setVisible(True)
        table.setHorizontalHeaderLabels(["党小组", "组长"])
        table.setRowCount(len(groups))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (gid, name, leader) in enumerate(groups):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            table.setItem(row, 0, item)
            combo = QComboBox(objectName=f"leader_{row}")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            _fill(combo, roster)
            if leader is not None:
                _choose(combo, leader.name, leader.person_id)
            table.setCellWidget(row, 1, combo)
            self.leaders[gid] = combo
        self._show_notices(notices)

    def _show_notices(self, notices: list[branch_structure.Notice]) -> None:
        self.ui.structureTitle.setVisible(True)
        if not notices:
            self.ui.structureNotes.setText("<span style='color:#1b5e20'>✓ 正式党员人数、支委会设置和任期符合"
                                           "《中国共产党支部工作条例（试行）》的要求。</span>")
            return
        self.ui.structureNotes.setText("<br>".join(
            f"<span style='color:{_COLOURS[n.severity]}'>● {escape(n.text)}</span>"
            f"<br><span style='color:#666;font-size:small'>　依据：{escape(n.basis)}</span>" for n in notices))

    # --- saving ------------------------------------------------------------------------------
    def _seat(self, role: str, combo: QComboBox) -> branches.Seat:
        person_id = _picked_id(combo)
        name = self.names.get(person_id, "") if person_id else combo.currentText().strip()
        return branches.Seat(role, name, person_id)

    def _seats(self) -> list[branches.Seat]:
        return [self._seat(role, combo) for role, combo in self.seats if combo.currentText().strip()]

    def save(self) -> None:
        try:
            elected = self.ui.electionDate.value()
        except ValueError as exc:
            self.errors.show({"election_date": str(exc)})
            return
        try:
            started = self.started_on.value()
        except ValueError as exc:
            self.errors.show({"started_on": str(exc)})
            return
        data = branches.BranchInput(
            name=self.ui.branchName.text(), parent_org=self.ui.parentOrg.text(), kind=self.ui.kind.currentText(),
            session_no=self.ui.sessionNo.value() or None, election_date=elected, started_on=started,
            code=self.ui.branchCode.text(),
            seats=self._seats(),
            groups=None if self.branch_id else self.ui.groups.toPlainText().splitlines(),
            group_leaders={gid: self._seat("组长", c) for gid, c in self.leaders.items()} or None,
        )
        changes: list[committee.PostChange] = []
        if self.branch_id is not None:
            with self.db.session_scope() as s:
                changes = committee.post_changes(s, self.branch_id, data.committee_seats() or [])
            if changes and not self.dialogs.confirm(
                    "支委会的变动与这些人的“党内职务”不一致，是否一并修改党内职务？\n\n"
                    + "\n".join(c.text() for c in changes)
                    + "\n\n选“否”则只保存支部信息，党内职务不变。", title="同时修改党内职务"):
                changes = []
        branch_id = self.branch_id

        def save(s: Session) -> tuple[Changed, Changed | None]:
            if branch_id is None:
                return branches.create_branch(s, data), None
            changed = branches.update_branch(s, branch_id, data)
            return changed, committee.apply_post_changes(s, changes) if changes else None

        done = run_op(self.db, self.dialogs, save, invalid=lambda exc: self.errors.show(exc.field_errors),
                      versions=[self.loaded])
        if not done:
            return
        self.changed, posts = done.value
        if posts is not None:
            self.posts_changed = posts
        self.accept()


def _fill(combo: QComboBox, roster: list[tuple[str, str, str]]) -> None:
    combo.clear()
    combo.addItem("", None)
    for _name, label, person_id in roster:
        combo.addItem(label, person_id)
    combo.setCurrentIndex(0)


def _choose(combo: QComboBox, name: str, person_id: str | None) -> None:
    index = combo.findData(person_id) if person_id else -1
    if index < 0 and person_id:  # left the books since: keep the name as typed
        combo.setEditText(name)
        return
    if index < 0:
        index = combo.findText(name)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(name)


def _picked_id(combo: QComboBox) -> str | None:
    """The roster person chosen in ``combo`` (None when a name was typed that is not on the list)."""
    index = combo.currentIndex()
    if index > 0 and combo.itemText(index) == combo.currentText():
        data = combo.itemData(index)
        return str(data) if data else None
    return None
