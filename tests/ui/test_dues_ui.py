"""The 党费 sub-tab driven as a clerk would: assess, pay, collect a month, export the register."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.dues.model import FIRST_MONTH, HEADERS
from dangjian_desktop.ui.dues.tab import DuesTab
from dangjian_desktop.ui.events import DataEvents
from tests.factories import person_input
from tests.helpers import with_dialog

TODAY = date(2026, 11, 21)


@pytest.fixture
def tab(qtbot: QtBot, db: Database, branch_id: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[DuesTab]:
    with db.session_scope() as s:
        for name in ("张建国", "王芳", "丁一"):
            people.save_person(s, branch_id, data=person_input(name, join=date(2005, 7, 1)))
    dialogs = DialogService()
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda text, *_a: infos.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    widget = DuesTab(db, DataEvents(), dialogs, today=TODAY)
    widget.infos = infos  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def select(tab: DuesTab, name: str) -> None:
    assert tab.model.grid is not None
    row = next(i for i, r in enumerate(tab.model.grid.rows) if r.name == name)
    tab.grid.selectRow(row)


def cell(tab: DuesTab, name: str, header: str) -> str:
    assert tab.model.grid is not None
    row = next(i for i, r in enumerate(tab.model.grid.rows) if r.name == name)
    return str(tab.model.data(tab.model.index(row, HEADERS.index(header))))


def assess(tab: DuesTab, qtbot: QtBot, name: str, category: str, base: str) -> None:
    def act(dialog: QDialog) -> None:
        dialog.findChild(QComboBox, "assessCategory").setCurrentText(category)
        dialog.findChild(QLineEdit, "assessBase").setText(base)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    select(tab, name)
    with_dialog(qtbot, act)
    tab.assess_action.trigger()


def test_assess_pay_and_see_the_grid(tab: DuesTab, qtbot: QtBot) -> None:
    assert "3 人未核定" in tab.summary.text()
    assess(tab, qtbot, "张建国", "在职", "4500")
    assert cell(tab, "张建国", "比例") == "1%" and cell(tab, "张建国", "月应缴") == "45.00"
    assert cell(tab, "张建国", "3月") == "未交"
    assert tab.model.grid is not None
    zhang = next(i for i, r in enumerate(tab.model.grid.rows) if r.name == "张建国")
    assert tab.model.data(tab.model.index(zhang, FIRST_MONTH + 2), Qt.ItemDataRole.BackgroundRole) is not None

    def pay(dialog: QDialog) -> None:
        months = dialog.findChild(QListWidget, "paymentMonths")
        for i in range(months.count()):  # May–October: 补交 reaches 6 months back from November
            months.item(i).setCheckState(Qt.CheckState.Checked if 4 <= i <= 9 else Qt.CheckState.Unchecked)
        dialog.findChild(QLineEdit, "paymentReceiver").setText("李明")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    select(tab, "张建国")
    with_dialog(qtbot, pay)
    tab.pay_action.trigger()
    assert cell(tab, "张建国", "5月") == "45.00补"  # paid in November for May: 补交
    assert cell(tab, "张建国", "全年实缴") == "270.00"
    assert cell(tab, "张建国", "4月") == "未交"


def test_back_pay_beyond_six_months_shows_a_message_and_writes_nothing(tab: DuesTab, qtbot: QtBot) -> None:
    assess(tab, qtbot, "王芳", "离退休", "3000")
    messages: list[str] = []

    def pay_january(dialog: QDialog) -> None:
        months = dialog.findChild(QListWidget, "paymentMonths")
        for i in range(months.count()):
            months.item(i).setCheckState(Qt.CheckState.Checked if i == 0 else Qt.CheckState.Unchecked)
        dialog.paid_on.set_value(date(2026, 9, 1))  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        messages.append(dialog.summary.text() + " " + " ".join(  # type: ignore[attr-defined]
            label.text() for label in dialog.findChildren(type(dialog.summary))  # type: ignore[attr-defined]
            if label.objectName().startswith("error_")))
        dialog.reject()

    select(tab, "王芳")
    with_dialog(qtbot, pay_january)
    tab.pay_action.trigger()
    assert "6" in messages[0] and "补交" in messages[0], messages
    assert cell(tab, "王芳", "全年实缴") == ""


def test_collection_day_and_exported_register_totals(tab: DuesTab, qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for name, base in (("张建国", "4500"), ("王芳", "2000"), ("丁一", "12000")):
        assess(tab, qtbot, name, "在职", base)

    def collect(dialog: QDialog) -> None:
        dialog.findChild(QSpinBox, "collectMonth").setValue(11)
        items = dialog.findChild(QListWidget, "collectList")
        assert items.count() == 3
        for i in range(items.count()):
            items.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(qtbot, collect)
    tab.collect_action.trigger()
    assert cell(tab, "丁一", "11月") == "240.00"  # 12000 元 × 2%
    assert cell(tab, "王芳", "11月") == "10.00"  # 2000 元 × 0.5%
    total_paid = 45_00 + 10_00 + 240_00
    assert tab.model.data(tab.model.index(3, HEADERS.index("11月"))) == format_fen(total_paid)

    for suffix in (".xlsx", ".docx", ".pdf"):
        target = tmp_path / f"登记表{suffix}"
        monkeypatch.setattr(tab.dialogs, "save_file", lambda *_a, t=target: t)
        tab.export_action.trigger()
        assert target.exists()
    doc = Document(str(tmp_path / "登记表.docx"))
    totals = [c.text for c in doc.tables[0].rows[-1].cells]
    assert totals[1] == "合计" and totals[6 + 10] == "295.00" and totals[19] == "295.00"
    wb = openpyxl.load_workbook(tmp_path / "登记表.xlsx")
    values = [[c.value for c in row] for row in wb.active.iter_rows()]
    assert any(row[1] == "合计" for row in values)
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "登记表.pdf")).pages)
    assert "295.00" in text and "丁一" in text


def test_the_tab_and_the_selfcheck_show_the_ledgers_figures(qtbot: QtBot, db: Database) -> None:
    """On the demo branch: the 党费 tab's summary, its arrears list and 公示表, and the 年度自查 grid all show
    what the ledger computed, as of the same day."""
    from dangjian_desktop.domain import selfcheck as sc
    from dangjian_desktop.services.demo.branch import create_demo_branch
    from dangjian_desktop.services.dues import ledger
    from dangjian_desktop.ui.selfcheck.tab import SelfCheckTab

    with db.session_scope() as s:
        create_demo_branch(s, today=TODAY)
    dues = DuesTab(db, DataEvents(), DialogService(), today=TODAY)
    check = SelfCheckTab(db, DataEvents(), DialogService(), today=TODAY)
    for w in (dues, check):
        qtbot.addWidget(w)
        w.show()
    grid = dues.model.grid
    assert grid is not None and grid.as_of == TODAY
    with db.session_scope() as s:
        assert ledger.ledger(s, grid.branch_id, 2026, as_of=TODAY).year_owed_fen == grid.year_owed_fen
    assert f"欠缴 {format_fen(grid.year_owed_fen)} 元" in dues.summary.text()
    owed = sum(int(dues.arrears.item(r, 3).text().replace(".", "")) for r in range(dues.arrears.rowCount()))
    assert owed == grid.year_owed_fen > 0  # the arrears list adds up to the year's 欠缴
    public = dues.public
    assert public.item(public.rowCount() - 1, 7).text() == format_fen(grid.year_owed_fen)  # the 公示表's 合计
    assert check.result is not None
    dues_row = next(r for r in check.result.grid if r.rule_key == "dues")
    for cell_, month in zip(dues_row.cells, grid.months, strict=True):
        if month.due_now:
            assert cell_.mark == f"收{format_fen(month.paid_fen)}/应{format_fen(month.due_fen)}"
            assert (cell_.state == sc.OK) == month.settled


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_rate_table_headers_are_whole_at_large_text(qtbot: QtBot, db: Database, branch_id: str,
                                                     scale: float) -> None:
    from PySide6.QtWidgets import QApplication, QTableWidget

    from dangjian_desktop.ui.dues.rates_dialog import RateTableDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    larger = app.font()
    larger.setPointSizeF(before.pointSizeF() * scale)
    app.setFont(larger)
    try:
        dialog = RateTableDialog(db, branch_id, DialogService(None))
        qtbot.addWidget(dialog)
        dialog.show()
        for grid in dialog.findChildren(QTableWidget):
            header = grid.horizontalHeader()
            title = grid.horizontalHeaderItem(0).text()
            assert grid.columnWidth(0) >= header.fontMetrics().horizontalAdvance(title)
            assert grid.viewport().width() - grid.columnWidth(0) >= header.fontMetrics().horizontalAdvance("比例")
    finally:
        app.setFont(before)
