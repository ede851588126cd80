"""No technical words in front of the secretary; the archive's finish message opens its folder."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from dangjian_desktop.ui.audit_dialog import AuditDialog, actor_label
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.selfcheck.archive_dialog import ArchiveOptions
from tests.factories import person_input

TECHNICAL = ("LibreOffice", "GB/T", "9704", "manifest", "verify", "SQLite", "root")


def test_archive_dialog_speaks_plainly(qtbot: QtBot) -> None:
    dialog = ArchiveOptions(DialogService())
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    assert texts and not [t for t in texts if any(word in t for word in TECHNICAL)], texts


def test_finish_message_offers_to_open_the_folder(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    service = DialogService()
    opened: list[Path] = []
    monkeypatch.setattr(service, "open_path", lambda path: opened.append(path) or True)
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == "打开文件夹(&O)")
        seen.append(box.text())
        button.click()

    QTimer.singleShot(0, press)
    service.info_with_folder("已导出到\n某处", tmp_path, "导出完成")
    assert seen == ["已导出到\n某处"] and opened == [tmp_path]


def test_audit_shows_the_local_user_not_the_login_name(qtbot: QtBot, db: Database, branch_id: str) -> None:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国"))
    dialog = AuditDialog(db, None)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() > 0
    actors = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert actors and not actors & {getpass.getuser(), "root", "Administrator", ""}, actors
    assert actor_label(getpass.getuser()) == "本机用户" and actor_label("root") == "本机用户"
    assert actor_label("李明") == "李明"
