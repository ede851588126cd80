"""Fault trial: a writer that saves every record kind is killed (SIGKILL) at random moments, again and again.

After every kill the file goes through what the application does at start-up (the start-up check,
which rolls back the journal the kill left), and is then checked: ``PRAGMA integrity_check`` and
``foreign_key_check``, every commit the writer reported is there (a restored record is live again),
and no record is there in part (each transaction writes a record with its parts; either all of it
is there or none).

    python -m tools.fault_trial --kills 300 [--seed 1] [--db PATH]

The tests run a bounded trial (tests/db/test_faults_all_kinds.py); this runs the long one and prints
its figures. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("person", "import", "payment", "meeting", "case", "study", "restore")

# One transaction per step, each a record with its parts; after the commit the writer prints
# "<kind> <id>" (a restore: "restore <table> <id>"). Steps cycle through every kind.
WRITER = r"""
import random, sys
from datetime import date, timedelta
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain.meetings_data import AttendanceData, ItemData, MeetingData
from dangjian_desktop.export.people_xlsx import SheetData
from dangjian_desktop.services import recycle
from dangjian_desktop.services.cases import card_types, cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.dues import payments
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_import, transfers
from dangjian_desktop.services.study import records as study
from tests.factories import make_id_number, person_input

db = open_database(sys.argv[1])
branch_id, seed = sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
today = date(2026, 6, 30)
with db.session_scope() as s:
    talk = next(t for t in card_types.list_card_types(s, branch_id) if t.role == "talk")
    members = [r.id for r in people.list_rows(s, branch_id) if r.status != "转出"][:6]
n = 0
pending_restore = None


def birth(k):
    return date(1940, 1, 1) + timedelta(days=(seed * 997 + k) % 20000)


def step(kind, s):
    global pending_restore
    if kind == "person":
        pid = people.save_person(s, branch_id, data=person_input(f"进程{seed}号{n}", birth=birth(n),
                                 note="备注" * rng.randint(0, 20000))).id
        transfers.add_transfer(s, pid, transfers.TransferInput(direction="转出", transfer_date=date(2026, 1, 5),
                               other_unit="某镇党委", letter_no=str(n)), today=today)
        return f"person {pid}"
    if kind == "import":
        rows = [["姓名", "性别", "公民身份号码", "人员类别", "加入党组织日期", "备注"]]
        for k in range(3):
            b = birth(n * 10 + k + 500000)
            rows.append([f"导入{seed}号{n}乙{k}", "男", make_id_number(b, seq=(n * 3 + k) % 900 + 10), "入党申请人",
                         None, "导" * rng.randint(0, 3000)])
        preview = sheet_import.preview_sheets(s, branch_id, [SheetData("花名册", rows)], file_name=f"批{seed}-{n}.xlsx",
                                              today=today)
        changed = sheet_import.commit(s, branch_id, preview, skip_bad=True)
        batch = sheet_import.last_import(s, branch_id)
        return f"import {batch.id} {len(changed.ids)}"
    if kind == "payment":
        pid = rng.choice(members)
        month = 1 + n % 6
        changed = payments.record_payment(s, pid, payments.PaymentInput(
            date(2026, month, 28), [(2026, month)], amount_fen=100 + n, receiver="李明", repeat_ok=True), today=today)
        return f"payment {changed.ids[0]}"
    if kind == "meeting":
        mid = meetings.save_meeting(s, branch_id, MeetingData(
            types=["支部委员会"], title=f"进程{seed}会议{n}", held_on=date(2026, 5, 1 + n % 28), host="王建国",
            recorder="李明", summary="小结" * rng.randint(0, 20000),
            attendance=[AttendanceData(name=f"出席{k}") for k in range(3)],
            items=[ItemData(title=f"议题{k}") for k in range(2)]), now=None).id
        return f"meeting {mid}"
    if kind == "case":
        cid = cases.save_case(s, branch_id, data=cases.CaseInput(
            person_name=f"对象{seed}-{n}", person_unit="", person_post="", category="家庭/生活困难",
            noticed_via="走访", level="关注", responsible="王建国", opened_on=date(2026, 5, 2),
            summary="情况" * rng.randint(1, 5000), status="摸排", next_follow_up=date(2026, 7, 1)),
            today=today).id
        for k in range(2):
            cards.save_card(s, cid, data=cards.CardInput(talk.id, {
                "talk_date": date(2026, 5, 10 + k), "place": "村委会", "talker": "王建国", "way": "面谈",
                "content": "谈话" * rng.randint(1, 5000)}), today=today)
        return f"case {cid}"
    if kind == "study":
        sid = study.save_session(s, branch_id, study.SessionInput(
            held_on=date(2026, 4, 1 + n % 28), topic=f"进程{seed}学习{n}", material_text="材料" * rng.randint(0, 20000),
            attendees=members[:2]), today=today).id
        nid = study.save_note(s, branch_id, study.NoteInput(
            person_id=members[0], note_date=date(2026, 4, 1 + n % 28), title=f"心得{seed}-{n}",
            content="体会" * rng.randint(10, 5000), session_id=sid), today=today).id
        return f"study {sid} {nid}"
    if kind == "restore":
        if pending_restore is None:  # first a record to the 回收站, in a transaction of its own
            candidates = deletable(s)
            if not candidates:
                return step("meeting", s)
            table, row_id = rng.choice(candidates)
            delete(s, table, row_id)
            pending_restore = (table, row_id)
            return f"deleted {table} {row_id}"
        table, row_id = pending_restore
        recycle.restore(s, table, row_id)
        pending_restore = None
        return f"restore {table} {row_id}"


def deletable(s):
    from sqlmodel import select
    from dangjian_desktop.db.models import Person
    from dangjian_desktop.db.models.meetings import Meeting
    rows = [("meeting", m.id) for m in s.exec(select(Meeting).where(Meeting.branch_id == branch_id,
                                                                     Meeting.deleted_at == None)).all()[:20]]
    rows += [("person", p.id) for p in s.exec(select(Person).where(Person.branch_id == branch_id,
             Person.deleted_at == None, Person.status == "转出")).all()[:20]]
    return rows


def delete(s, table, row_id):
    if table == "person":
        people.delete_person(s, row_id)
    else:
        meetings.delete_meeting(s, row_id)


kinds = sys.argv[4].split(",")
while True:
    kind = kinds[n % len(kinds)]
    n += 1
    with db.session_scope() as s:
        line = step(kind, s)
    print(line, flush=True)
    if n == len(kinds):
        print("ready", flush=True)  # every kind saved once (imports loaded): from now on it only writes
"""


@dataclass
class Figures:
    kills: int = 0
    commits: Counter[str] = field(default_factory=Counter)
    journals: int = 0  # kills that left a journal behind (rolled back at the next start)
    corruptions: int = 0
    lost: int = 0
    partial: int = 0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{k} {self.commits[k]}" for k in (*KINDS, "deleted"))
        return [f"kills: {self.kills}", f"commits logged: {sum(self.commits.values())} ({kinds})",
                f"kills that left a rollback journal: {self.journals}",
                f"corrupt files: {self.corruptions}", f"lost commits: {self.lost}", f"partial records: {self.partial}",
                *self.problems[:20]]


def prepare(db_path: Path) -> str:
    """A database with a branch and six members (for payments, attendance and notes)."""
    sys.path.insert(0, str(ROOT))
    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.services import branches
    from dangjian_desktop.services.people import records as people
    from tests.factories import person_input

    db = open_database(db_path)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部")).id
        for k in range(6):
            people.save_person(s, branch_id, data=person_input(f"党员{k}"))
    db.dispose()
    return branch_id


def trial(db_path: Path, branch_id: str, kills: int, *, seed: int = 1, max_wait: float = 0.6,
          deadline: float | None = None) -> Figures:
    """Run and kill the writer ``kills`` times (or until ``deadline``, a time.monotonic() value)."""
    from dangjian_desktop.db.dialect.sqlite import integrity

    rng = random.Random(seed)
    figures = Figures()
    log: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    while figures.kills < kills and (deadline is None or time.monotonic() < deadline):
        run = figures.kills + 1
        start = rng.randrange(len(KINDS))
        order = ",".join(KINDS[start:] + KINDS[:start])  # each run starts with another kind
        with subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), branch_id, str(seed * 100_000 + run), order],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            ready: list[str] = []
            for line in child.stdout:
                if line.strip() == "ready":
                    break
                ready.append(line.strip())
            time.sleep(rng.uniform(0.0, max_wait))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
        figures.kills += 1
        if child.returncode != -signal.SIGKILL:
            figures.problems.append(f"run {run}: the writer ended by itself ({child.returncode}) before the kill")
        log += [f"run {run}", *ready, *(line.strip() for line in out.splitlines() if line.strip())]
        if integrity.journal_path(db_path).exists():
            figures.journals += 1
        check = integrity.startup_check(db_path)  # what the next start does: rolls the journal back
        if check.state != integrity.OK:
            figures.corruptions += 1
            figures.problems.append(f"run {run}: start-up check says {check.state} ({check.detail})")
            break
        lost, partial, problems = examine(db_path, log)
        figures.lost, figures.partial = lost, partial
        figures.problems += [f"run {run}: {p}" for p in problems]
        if integrity.full_check(db_path).state != integrity.OK:
            figures.corruptions += 1
            figures.problems.append(f"run {run}: integrity_check failed")
            break
        if lost or partial:
            break
    figures.commits = Counter(line.split()[0] for line in log if not line.startswith("run "))
    return figures


def examine(db_path: Path, log: list[str]) -> tuple[int, int, list[str]]:
    """(lost commits, partial records, what is wrong) for the commits logged so far."""
    problems: list[str] = []
    with sqlite3.connect(db_path) as con:
        if con.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found rows pointing nowhere")

        def live(table: str, row_id: str) -> bool | None:
            row = con.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", (row_id,)).fetchone()
            return None if row is None else row[0] is None

        lost = 0
        state: dict[tuple[str, str], bool | None] = {}
        runs: list[list[str]] = []
        for line in log:
            if line.startswith("run "):
                runs.append([])
            else:
                runs[-1].append(line)
        for lines in runs:
            for at, line in enumerate(lines):
                kind, *ids = line.split()
                if kind == "restore":
                    state[(ids[0], ids[1])] = True
                elif kind == "deleted":
                    # the restore comes a whole cycle later; killed before it was reported, it may or may
                    # not have been committed: only once the run went past it is the record surely deleted
                    restored_later = f"restore {ids[0]} {ids[1]}" in lines[at:]
                    state[(ids[0], ids[1])] = None if len(lines) - at <= len(KINDS) and not restored_later else False
        for line in log:
            kind, *ids = line.split()
            if kind in ("deleted", "restore", "run"):
                continue
            table = {"person": "person", "import": "import_batch", "payment": "dues_payment", "meeting": "meeting",
                     "case": "case_record", "study": "study_session"}[kind]
            if live(table, ids[0]) is None:
                lost += 1
                problems.append(f"{kind} {ids[0]} was reported saved and is missing")
            if kind == "study" and live("study_note", ids[1]) is None:
                lost += 1
                problems.append(f"study note {ids[1]} was reported saved and is missing")
        for (table, row_id), should_live in state.items():
            if should_live is not None and live(table, row_id) is not should_live:
                lost += 1
                problems.append(f"{table} {row_id} should be {'live' if should_live else 'in the 回收站'}")

        def count(sql: str) -> int:
            return int(con.execute(sql).fetchone()[0])

        partial_checks = {
            "person without its transfer": "SELECT count(*) FROM person p WHERE p.status = '转出' AND NOT EXISTS "
                                           "(SELECT 1 FROM org_transfer t WHERE t.person_id = p.id)",
            "transfer without its person": "SELECT count(*) FROM org_transfer t WHERE NOT EXISTS "
                                           "(SELECT 1 FROM person p WHERE p.id = t.person_id)",
            "record without its audit row": "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                            "WHERE a.row_id = p.id AND a.action = 'insert')",
            "audit row of a record never saved": "SELECT count(*) FROM audit_log a WHERE a.action = 'insert' AND "
                                                 "a.table_name = 'person' AND NOT EXISTS "
                                                 "(SELECT 1 FROM person p WHERE p.id = a.row_id)",
            "import batch not matching its people": "SELECT count(*) FROM import_batch b WHERE b.row_count != "
                                                    "(SELECT count(*) FROM person p WHERE p.import_batch_id = b.id)",
            "payment not matching its months": "SELECT count(*) FROM dues_payment d WHERE d.amount_fen != "
                                               "(SELECT coalesce(sum(m.amount_fen), -1) FROM dues_payment_month m "
                                               "WHERE m.payment_id = d.id)",
            "meeting without its 3 attendees and 2 items": "SELECT count(*) FROM meeting m WHERE m.title LIKE '进程%' "
                "AND ((SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id) != 3 "
                "OR (SELECT count(*) FROM meeting_item i WHERE i.meeting_id = m.id) != 2)",
            "case without its 2 cards": "SELECT count(*) FROM case_record c WHERE c.person_name LIKE '对象%' AND "
                                        "(SELECT count(*) FROM case_card k WHERE k.case_id = c.id) != 2",
            "study session without its 2 attendees and note": "SELECT count(*) FROM study_session t WHERE "
                "t.topic LIKE '进程%' AND ((SELECT count(*) FROM study_attendance a WHERE a.session_id = t.id) != 2 "
                "OR (SELECT count(*) FROM study_note n WHERE n.session_id = t.id) != 1)",
            "study note without its session": "SELECT count(*) FROM study_note n WHERE n.title LIKE '心得%' AND NOT "
                                              "EXISTS (SELECT 1 FROM study_session t WHERE t.id = n.session_id)",
        }
        partial = 0
        for what, sql in partial_checks.items():
            found = count(sql)
            if found:
                partial += found
                problems.append(f"{found} × {what}")
    return lost, partial, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fault_trial", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="database file to use (default: a new one in a temporary folder)")
    args = parser.parse_args(argv)
    logging.getLogger("dangjian_desktop").setLevel(logging.ERROR)  # "rolled back the journal": counted instead
    if sys.platform == "win32":
        print("SIGKILL is POSIX: run the trial on Linux.")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="fault-trial-"))
    db_path = args.db or folder / "台账.sqlite3"
    branch_id = prepare(db_path)
    started = time.monotonic()
    figures = trial(db_path, branch_id, args.kills, seed=args.seed)
    print(f"database: {db_path} ({db_path.stat().st_size:,} bytes), {time.monotonic() - started:.0f} s")
    for line in figures.lines():
        print(line)
    return 0 if not (figures.corruptions or figures.lost or figures.partial or figures.problems) else 1


if __name__ == "__main__":
    sys.exit(main())
