"""建立支部: the first-run step (also used later to edit the branch's details)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain.people import COMMITTEE_ROLES
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed, branches
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.first_run_ui import Ui_FirstRunDialog
from dangjian_desktop.ui.widgets import DateField

DEMO_CHOSEN = 2  # exec() result when the user asks for the demo branch


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, branch_id: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.db, self.branch_id = db, branch_id
        self.changed: Changed | None = None
        self.roles: dict[str, QLineEdit] = {r: getattr(self.ui, f"role_{r}") for r in COMMITTEE_ROLES}
        self.started_on = DateField(self)
        self.started_on.setObjectName("startedOn")
        self.started_on.setToolTip("从哪天起用本软件记台账。年度自查不把这之前的月份算作缺少记录。")
        started_label = QLabel("启用日期(&T)：")
        started_label.setBuddy(self.started_on)
        self.ui.branchForm.insertRow(5, started_label, self.started_on)
        self.started_on.set_value(date.today().replace(day=1))
        fields = {"name": self.ui.branchName, "kind": self.ui.kind, "election_date": self.ui.electionDate,
                  "started_on": self.started_on, "groups": self.ui.groups, "committee": self.ui.role_书记}
        self.errors = FieldErrors(fields, self.ui.errorSummary)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("建立支部(&O)" if branch_id is None else "保存(&S)")
            ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.demoButton.clicked.connect(lambda: self.done(DEMO_CHOSEN))
        if branch_id is not None:
            self._load(branch_id)
        else:
            self.ui.groups.setPlainText("第一党小组\n第二党小组")
        self.ui.branchName.setFocus()

    def _load(self, branch_id: str) -> None:
        self.setWindowTitle("支部信息")
        self.ui.intro.setText("修改本支部的基本信息、支委会和党小组。")
        self.ui.demoButton.setVisible(False)
        with self.db.session_scope() as s:
            b = branches.get_branch(s, branch_id)
            roles = branches.committee(s, branch_id)
            groups = [g.name for g in branches.list_groups(s, branch_id)]
        self.ui.branchName.setText(b.name)
        self.ui.parentOrg.setText(b.parent_org)
        self.ui.kind.setCurrentText(b.kind)
        self.ui.sessionNo.setValue(b.session_no or 0)
        self.ui.electionDate.set_value(b.election_date)
        self.started_on.set_value(b.started_on)
        for role, edit in self.roles.items():
            edit.setText(roles.get(role, ""))
        self.ui.groups.setPlainText("\n".join(groups))
        self.ui.groups.setEnabled(False)
        self.ui.groups.setToolTip("党小组在台账中随人员维护；新的党小组会在导入或编辑时自动建立。")

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
            committee={r: e.text() for r, e in self.roles.items()},
            groups=None if self.branch_id else self.ui.groups.toPlainText().splitlines(),
        )
        try:
            with self.db.session_scope() as s:
                if self.branch_id is None:
                    self.changed = branches.create_branch(s, data)
                else:
                    self.changed = branches.update_branch(s, self.branch_id, data)
        except ValidationError as exc:
            self.errors.show(exc.field_errors)
            return
        self.accept()
