"""The application is offline: the guard in conftest is active, and the main flows never open a socket."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dangjian_desktop import cli
from dangjian_desktop.app import create_main_window
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.dues import export as dues_export
from dangjian_desktop.services.people import sheet_export


def test_the_network_guard_is_active() -> None:
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError, match="network"):
            sock.connect(("192.0.2.1", 80))
    finally:
        sock.close()


def test_main_flows_open_no_socket(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Also refuse creating a socket at all (a bind or a UDP send would not go through connect)."""
    opened: list[object] = []
    real_socket = socket.socket

    class NoSocket(real_socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            opened.append(args)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", NoSocket)
    db_path = tmp_path / "离线.sqlite3"
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    with window.db.session_scope() as s:
        branch_id = create_demo_branch(s, members=12, today=date(2026, 3, 15)).id
    window.events.branch_changed.emit()
    with window.db.session_scope() as s:
        sheet_export.export_roster(s, branch_id, tmp_path / "花名册.xlsx")
        for suffix in (".xlsx", ".docx", ".pdf"):
            dues_export.export_register(s, branch_id, 2026, tmp_path / f"登记表{suffix}", as_of=date(2026, 3, 15))
    bk.make_backup(db_path, bk.MANUAL)
    window.close()
    assert cli.main(["check", "--db", str(db_path)]) == 0
    assert cli.main(["backup", "--db", str(db_path), "--to", str(tmp_path / "U盘")]) == 0
    capsys.readouterr()
    assert opened == []
