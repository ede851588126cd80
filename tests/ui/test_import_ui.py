"""Excel import from the window: preview, confirm, undo; bad rows keep the file out."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from dangjian_desktop.app import create_main_window
from dangjian_desktop.db import Database
from dangjian_desktop.services.people import sheet_import
from dangjian_desktop.ui.ledger.import_dialog import ImportPreviewDialog
from dangjian_desktop.ui.main_window import MainWindow
from tests.helpers import with_dialog
from tests.ui.test_ledger_ui import names_shown


@pytest.fixture
def window(qtbot: QtBot, db: Database, db_path: Path, branch_id: str,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    db.dispose()
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    win.show()
    infos: list[str] = []
    monkeypatch.setattr(win.dialogs, "info", lambda text, *_a: infos.append(text))
    monkeypatch.setattr(win.dialogs, "confirm", lambda *_a: True)
    win.infos = infos  # type: ignore[attr-defined]
    yield win
    win.close()


def test_import_sample_then_undo(window: MainWindow, qtbot: QtBot, samples_dir: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window.dialogs, "open_file", lambda *_a: samples_dir / "党员花名册_样例.xlsx")
    seen: list[int] = []

    def confirm(dialog: QDialog) -> None:
        table = dialog.findChild(QTableWidget, "previewTable")
        seen.append(table.rowCount())
        dialog.findChild(QPushButton, "importAll").click()

    with_dialog(qtbot, confirm)
    window.import_action.trigger()
    assert seen == [24]
    assert len(names_shown(window)) == 24
    assert window.infos == ["已导入 24 人。"]  # type: ignore[attr-defined]
    groups = [window.ledger.group_combo.itemText(i) for i in range(window.ledger.group_combo.count())]
    assert "第三党小组" in groups

    window.undo_import_action.trigger()
    assert names_shown(window) == []


def test_bad_row_blocks_import_all_and_cancel_writes_nothing(window: MainWindow, qtbot: QtBot, samples_dir: Path,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "有错误的花名册.xlsx"
    shutil.copy(samples_dir / "党员花名册_样例.xlsx", path)
    wb = openpyxl.load_workbook(path)
    wb.active["F8"] = "620102197406069435"  # wrong check digit
    wb.save(path)
    monkeypatch.setattr(window.dialogs, "open_file", lambda *_a: path)
    state: dict[str, object] = {}

    def look_then_cancel(dialog: QDialog) -> None:
        all_button = dialog.findChild(QPushButton, "importAll")
        good_button = dialog.findChild(QPushButton, "importGood")
        state["all_enabled"] = all_button.isEnabled()
        state["good_text"] = good_button.text()
        table = dialog.findChild(QTableWidget, "previewTable")
        state["row8"] = [table.item(4, c).text() for c in range(4)]  # data starts on Excel row 4
        dialog.reject()

    with_dialog(qtbot, look_then_cancel)
    window.import_action.trigger()
    assert state["all_enabled"] is False
    assert "23" in str(state["good_text"])
    row8 = state["row8"]
    assert isinstance(row8, list) and row8[:3] == ["8", "黄磊", "有错误"] and "校验位" in row8[3]
    assert names_shown(window) == []


def _preview(statuses: list[str]) -> sheet_import.ImportPreview:
    preview = sheet_import.ImportPreview(branch_id="b", file_name="花名册.xlsx", sheet_name="Sheet1", header_row=3,
                                          columns={"姓名": "name"}, ignored_columns=[], today=date(2026, 6, 1))
    preview.rows = [sheet_import.RowResult(4 + n, f"党员{n}", status, ["公民身份号码校验位错误"] if status != "ok" else [])
                    for n, status in enumerate(statuses)]
    return preview


def test_the_import_button_counts_only_what_can_be_imported(qtbot: QtBot) -> None:
    nothing = ImportPreviewDialog(_preview([sheet_import.ERROR] * 3 + [sheet_import.DUPLICATE]))
    qtbot.addWidget(nothing)
    button = nothing.findChild(QPushButton, "importAll")
    assert not button.isEnabled() and "4" not in button.text() and "没有" in button.text()
    assert nothing.findChild(QPushButton, "importGood").isHidden()
    some = ImportPreviewDialog(_preview([sheet_import.OK, sheet_import.OK, sheet_import.ERROR]))
    qtbot.addWidget(some)
    assert not some.findChild(QPushButton, "importAll").isEnabled()
    good = some.findChild(QPushButton, "importGood")
    assert not good.isHidden() and "2" in good.text() and good.isEnabled()
    every = ImportPreviewDialog(_preview([sheet_import.OK] * 2))
    qtbot.addWidget(every)
    assert every.findChild(QPushButton, "importAll").isEnabled()
    assert every.findChild(QPushButton, "importAll").text() == "导入全部 2 人(&I)"
