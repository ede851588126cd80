"""A writer saving every record kind — people, import batches, dues payments, meetings, cases with their
cards, study sessions with notes, restores from the 回收站 — killed (SIGKILL) at random moments: after
every kill the file passes the start-up check and the integrity check, every commit the writer reported
is there and no record is there in part. A bounded trial (a fixed number of kills); the long one is
``python -m tools.fault_trial --kills 300``. Then the start-up paths a crash or a mishap leaves."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dangjian_desktop import app as app_module
from dangjian_desktop.db.dialect.sqlite import integrity
from dangjian_desktop.db.dialect.sqlite.backup import automatic as bk
from tests.db.test_recovery import answer, count_people, damage_an_index, leave_hot_journal
from tools import fault_trial

KILLS = 12


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("seed", [1, 2])
def test_killed_writer_of_every_record_kind_loses_nothing_and_leaves_nothing_half_done(tmp_path: Path,
                                                                                      seed: int) -> None:
    db_path = tmp_path / "台账.sqlite3"
    branch_id = fault_trial.prepare(db_path)
    figures = fault_trial.trial(db_path, branch_id, KILLS, seed=seed, max_wait=0.4)
    assert figures.problems == [] and (figures.corruptions, figures.lost, figures.partial) == (0, 0, 0)
    assert figures.kills == KILLS
    assert all(figures.commits[kind] >= KILLS for kind in ("person", "import", "payment", "meeting", "case",
                                                           "study")), figures.commits
    assert figures.commits["restore"] >= 1 and figures.journals >= 1  # some kills hit a transaction mid-way
    assert integrity.full_check(db_path).state == integrity.OK


def filled(tmp_path: Path) -> Path:
    db_path = tmp_path / "台账.sqlite3"
    fault_trial.prepare(db_path)
    return db_path


# --- the start-up paths -----------------------------------------------------------------------------
def test_start_with_the_file_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = filled(tmp_path)
    bk.make_backup(db_path, bk.AUTO)
    db_path.unlink()
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert app_module.check_database_file(db_path) and "找不到数据文件" in shown[0]
    assert count_people(db_path) == 6


def test_start_with_the_file_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = filled(tmp_path)
    bk.make_backup(db_path, bk.AUTO)
    db_path.write_bytes(b"")
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert app_module.check_database_file(db_path) and "数据文件是空的" in shown[0]
    assert count_people(db_path) == 6
    assert [b.kind for b in bk.list_backups(db_path)].count(bk.BEFORE_RESTORE) == 1  # the empty file, kept


def test_start_with_an_index_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = filled(tmp_path)
    damage_an_index(db_path)
    answer(monkeypatch)  # the quick check at start passes: the first backup finds it (tests/db/test_recovery.py)
    assert app_module.check_database_file(db_path)
    assert integrity.full_check(db_path).state == integrity.INDEX_DAMAGED
    saved = integrity.repair_indexes(db_path)
    assert integrity.full_check(db_path).state == integrity.OK
    assert integrity.full_check(saved).state == integrity.INDEX_DAMAGED


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_start_with_a_journal_left_by_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = filled(tmp_path)
    before = count_people(db_path)
    leave_hot_journal(db_path)
    answer(monkeypatch)  # nothing to ask: the unfinished transaction is rolled back
    assert app_module.check_database_file(db_path)
    assert not integrity.journal_path(db_path).exists()
    assert count_people(db_path) == before
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0  # the DELETE was undone
