"""pytest-qt's model tester on every table model the window shows, filled with the demo branch, and kept
attached while the models are filtered, sorted and reloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTabWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.services.demo.branch import create_demo_branch


def test_every_table_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester, db: Database,
                                                   db_path: Path) -> None:
    with db.session_scope() as s:
        create_demo_branch(s, members=24)
    db.dispose()
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    for tabs in window.findChildren(QTabWidget):  # a tab fills its tables when it is first looked at
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
    models: dict[int, QAbstractItemModel] = {}
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and type(model).__module__.startswith("dangjian_desktop"):
            models[id(model)] = model
    names = {type(m).__name__ for m in models.values()}
    assert {"LedgerModel", "MeetingListModel", "CaseListModel", "DuesGridModel", "RowsModel"} <= names
    filled = [m for m in models.values() if m.rowCount() > 0]
    assert len(filled) >= 5
    for model in models.values():
        qtmodeltester.check(model, force_py=True)

    # the testers stay connected: resets by filtering, ordering, sorting and reloading are checked too
    ledger = window.ledger
    ledger.filter_edit.insert("王")
    ledger.filter_edit.clear()
    ledger.order_combo.setCurrentIndex(ledger.order_combo.count() - 1)
    ledger.model.sort(0)
    ledger.reload()
    window.meetings.reload()
    window.cases.reload()
    window.study.reload()
