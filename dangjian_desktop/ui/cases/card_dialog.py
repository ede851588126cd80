"""Fill in or edit a card of a case: the form is built from the card type's current field definitions
(text → line, long text → box, date → DateField, choice → list, person → roster names or any name)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.cases import CaseCard
from dangjian_desktop.domain.cases_fields import FieldDef
from dangjian_desktop.domain.dates import fmt
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.services.cases import card_types as cases_types
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.cases.cards import CardView
from dangjian_desktop.ui.cases.dialog import fill_person_combo, roster_choices
from dangjian_desktop.ui.form_errors import FieldErrors
from dangjian_desktop.ui.forms.card_dialog_ui import Ui_CardDialog
from dangjian_desktop.ui.ops import run_op
from dangjian_desktop.ui.widgets import DateField, tab_order


class CardDialog(QDialog):
    def __init__(self, db: Database, branch_id: str, case_id: str, parent: QWidget | None = None, *,
                 card: CardView | None = None, card_type_id: str | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.case_id, self.card = db, case_id, card
        self.today = today or date.today()
        self.changed: Changed | None = None
        with db.session_scope() as s:
            self.types = cases_types.list_card_types(s, branch_id)
            case = cases.get_case(s, case_id)
            self.defaults = cases_cards.new_card_defaults(s, case_id) if card is None else {}
            self.loaded = concurrency.loaded_of(s, CaseCard, card.id if card else None)  # a newer save refuses this
        self.roster = roster_choices(db, branch_id)
        self.ui = Ui_CardDialog()  # laid out in forms/card_dialog.ui; the fields come from the card type
        self.ui.setupUi(self)
        self.setWindowTitle(f"{'修改' if card else '填写'}卡片 — {case.person_name}")
        self.type_combo, self.form_host, self.form = self.ui.cardType, self.ui.cardFields, self.ui.cardForm
        self.summary, self.buttons = self.ui.errorSummary, self.ui.buttonBox
        for t in self.types:
            self.type_combo.addItem(t.name, t.id)
        wanted = card.card_type_id if card else card_type_id
        if wanted and self.type_combo.findData(wanted) >= 0:
            self.type_combo.setCurrentIndex(self.type_combo.findData(wanted))
        self.type_combo.setEnabled(card is None)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("保存(&S)")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.widgets: dict[str, QWidget] = {}
        self.type_combo.currentIndexChanged.connect(self._build)
        self._build()

    @property
    def card_type(self) -> cases_types.CardTypeInfo:
        return self.types[self.type_combo.currentIndex()]

    def _build(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets = {}
        fields = self.card_type.active_fields
        stored = self.card.values if self.card else {}
        if not fields or fields[0].kind != "date":
            when = DateField()
            when.set_value(self.card.card_date if self.card else self.today)
            self._add("card_date", "填卡日期*", when)
        for n, f in enumerate(fields):
            value = stored.get(f.key, "") if self.card else self.defaults.get(f.key, "")
            if n == 0 and f.kind == "date" and self.card is None:
                value = fmt(self.today)  # a new card is usually written on the day
            self._add(f.key, f.label + ("*" if f.required else ""), self._editor(f, value))
        retired = [v for v in (self.card.shown if self.card else []) if v.retired]
        for v in retired:
            note = QLabel(v.text, wordWrap=True)
            note.setStyleSheet("color: #666;")
            self.form.addRow(v.label, note)
        follow = DateField()
        follow.setToolTip("同时更新事项的下次回访日期（可不填）")
        self._add("next_follow_up", "下次回访", follow)
        self.errors = FieldErrors(self.widgets, self.summary)
        tab_order(self, [self.type_combo, *self.widgets.values(), self.buttons])
        first = next(iter(self.widgets.values()), None)
        if first is not None:
            first.setFocus()

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"field_{key}")
        self.widgets[key] = widget
        self.form.addRow(label, widget)

    def _editor(self, f: FieldDef, value: str) -> QWidget:
        widget = self._make_editor(f, value)
        if isinstance(widget, QComboBox):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            widget.setMinimumContentsLength(12)
        return widget

    def _make_editor(self, f: FieldDef, value: str) -> QWidget:
        if f.kind == "long":
            box = QPlainTextEdit(value)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(self.fontMetrics().height() * 4)
            return box
        if f.kind == "date":
            field = DateField()
            field.edit.setText(value)
            return field
        if f.kind == "choice":
            combo = QComboBox()
            combo.addItems(["", *f.options])
            if value and combo.findText(value) < 0:
                combo.addItem(value)
            combo.setCurrentText(value)
            return combo
        if f.kind == "person":
            combo = QComboBox()
            fill_person_combo(combo, self.roster, value)
            return combo
        return QLineEdit(value)

    def _value(self, widget: QWidget) -> object:
        if isinstance(widget, DateField):
            return widget.edit.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return None

    def values(self) -> dict[str, object]:
        return {k: self._value(w) for k, w in self.widgets.items() if k not in ("card_date", "next_follow_up")}

    def save(self) -> None:
        bad: dict[str, str] = {}
        dates: dict[str, date | None] = {}
        for key in ("card_date", "next_follow_up"):
            widget = self.widgets.get(key)
            try:
                dates[key] = widget.value() if isinstance(widget, DateField) else None
            except ValueError as exc:
                bad[key] = str(exc)
        if bad:
            self.errors.show(bad)
            return
        data = cases_cards.CardInput(self.card_type.id, self.values(), card_date=dates["card_date"],
                                     next_follow_up=dates["next_follow_up"])
        done = run_op(self.db, self, lambda s: cases_cards.save_card(
            s, self.case_id, data=data, card_id=self.card.id if self.card else None, today=self.today),
            invalid=lambda exc: self.errors.show(exc.field_errors), versions=[self.loaded])
        if done:
            self.changed = done.value
            self.accept()
