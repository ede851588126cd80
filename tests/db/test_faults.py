"""A writing process killed (SIGKILL) at random moments, many times: afterwards the database is intact,
every record whose commit was reported is there, and no record is there in part."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dangjian_desktop.db.dialect.sqlite import integrity
from dangjian_desktop.db.dialect.sqlite.backup.copy import integrity_ok
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services import branches

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15

# One transaction = one person + their 转出 record (+ audit rows); the id is printed after the commit.
WRITER = r"""
import random, sys
from datetime import date, timedelta
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import transfers
from tests.factories import person_input

db = open_database(sys.argv[1])
branch_id, seed = sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
n = 0
while True:
    n += 1
    with db.session_scope() as s:
        birth = date(1940, 1, 1) + timedelta(days=seed * 700 + n)
        pid = people.save_person(s, branch_id, data=person_input(f"进程{seed}号{n}", birth=birth,
                                                             note="备注" * rng.randint(0, 20000))).id
        transfers.add_transfer(s, pid, transfers.TransferInput(direction="转出", transfer_date=date(2026, 1, 5),
                               other_unit="某镇党委", letter_no=str(n)), today=date(2026, 1, 6))
    print(pid, flush=True)
    if n == 1:
        print("ready", flush=True)  # the first save loaded everything (pinyin etc.): from now on it only writes
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_leaves_every_committed_record_and_no_partial_one(tmp_path: Path) -> None:
    db_path = tmp_path / "台账.sqlite3"
    db = open_database(db_path)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部")).id
    db.dispose()
    rng = random.Random(20260101)
    committed: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for run in range(1, RUNS + 1):  # always RUNS kills, however fast or slow the machine is
        with subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), branch_id, str(run)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            first = child.stdout.readline().strip()
            assert child.stdout.readline().strip() == "ready"
            committed.add(first)
            for _ in range(rng.randint(0, 2)):  # let a few more commits happen, then kill in the middle of the next
                committed.add(child.stdout.readline().strip())
            time.sleep(rng.uniform(0.0, 0.05))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        committed.update(line.strip() for line in out.splitlines() if len(line.strip()) == 36)
        # what the app does at start-up: the quick check (rolling back the journal the kill left)
        assert integrity.startup_check(db_path).state == integrity.OK
        check_database(db_path, committed)
    assert len(committed) > RUNS
    assert integrity_ok(db_path, quick=False)


def check_database(db_path: Path, committed: set[str]) -> None:
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        person_ids = {r[0] for r in con.execute("SELECT id FROM person")}
        assert committed <= person_ids, "a record reported as committed is missing"
        # every person has exactly their transfer and their audit rows: nothing half-written
        lonely = con.execute("SELECT count(*) FROM person p WHERE NOT EXISTS "
                             "(SELECT 1 FROM org_transfer t WHERE t.person_id = p.id)").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM org_transfer t WHERE NOT EXISTS "
                              "(SELECT 1 FROM person p WHERE p.id = t.person_id)").fetchone()[0]
        unaudited = con.execute("SELECT count(*) FROM person p WHERE NOT EXISTS "
                                "(SELECT 1 FROM audit_log a WHERE a.row_id = p.id AND a.action = 'insert')").fetchone()[0]
        ghosts = con.execute("SELECT count(*) FROM audit_log a WHERE a.table_name = 'person' AND NOT EXISTS "
                             "(SELECT 1 FROM person p WHERE p.id = a.row_id)").fetchone()[0]
        assert (lonely, orphans, unaudited, ghosts) == (0, 0, 0, 0)
        status = {r[0] for r in con.execute("SELECT status FROM person")}
        assert status <= {"转出"}
