"""Generate the township benchmark (DESIGN.md §5): 40 branch 数据包 of 10 years each, each signed by its
own key, and the same 40 again after a few per cent of each branch's records were edited or deleted.

    .venv/bin/python bench/generate_township.py                    # 40 branches × 100 members, cached
    .venv/bin/python bench/generate_township.py --branches 3 --members 20 --out /tmp/t

The branches' records come from ``generate_large.generate`` (the same rows as the large database:
meetings per the rules with attendance and 议题, dues months, cases with cards, study sessions and
notes). On top of that each branch gets its 支部编码 and a meeting photo or scan a quarter (stored
under ``attachments/`` by hash, as ``meetings.attachments`` stores them). Every branch is exported
with ``export_package`` and its own key directory (one key pair per branch PC).

Then, for the second set, each branch's records are edited as the branch's secretary would over a
few weeks (directly in SQL, with a later ``updated_at``): 3 % of the people get a new phone number,
3 % of the study notes are rewritten and 1 % deleted, 1 % of the dues payments are deleted (with
their months), 3 % of the cases and case events are updated, 1 % of the meetings get an amendment
(修改说明) with a changed summary and attendance reason, and two 定稿 meetings are edited without an
amendment (the township lists those as conflicts). Each branch also adds 1 % new study notes.
These packages are exported a day later with the same keys.

Layout of the output folder (default ``bench/out/township-<key>/``)::

    source/source.sqlite3 (+ attachments/)   the branches' records (after the edits)
    keys/NN/                                  each branch PC's key pair
    packages/NN.zip                           the first packages
    edited/NN.zip                             the packages after the edits
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Connection, Table, select

from bench.generate_large import OUT_DIR, RECORD_KINDS, Context, Spec
from dangjian_desktop.db.migrate import head_revision
from dangjian_desktop.db.models import new_id
from dangjian_desktop.db.session import open_database

TOWNSHIP_VERSION = 1  # bump when what is generated here changes
EDIT_SHARE = 0.03
DELETE_SHARE = 0.01


@dataclass(frozen=True)
class TownSpec:
    branches: int = 40
    members: int = 100
    seed: int = 7
    today: date = field(default_factory=lambda: date(date.today().year, 1, 1))

    def key(self) -> str:
        return (f"b{self.branches}-m{self.members}-s{self.seed}-d{self.today:%Y%m%d}"
                f"-t{TOWNSHIP_VERSION}-r{head_revision()}")


@dataclass
class TownshipFiles:
    root: Path
    packages: list[Path]
    edited: list[Path]

    @property
    def source(self) -> Path:
        return self.root / "source" / "source.sqlite3"

    def township_db(self) -> Path:
        """Where the benchmark leaves the township database (the 汇总 benchmark opens it)."""
        return self.root / "township" / "township.sqlite3"


def _table(name: str) -> Table:
    from sqlmodel import SQLModel

    return SQLModel.metadata.tables[name]


def _branch_ids(conn: Connection) -> list[str]:
    branch = _table("branch")
    return [r[0] for r in conn.execute(select(branch.c.id).order_by(branch.c.name))]


def _photo(rng: random.Random, n: int) -> bytes:
    """A small file that looks like a JPEG scan (random content, so every one is its own hash)."""
    return b"\xff\xd8\xff\xe0" + rng.randbytes(rng.randint(15_000, 60_000)) + n.to_bytes(4, "big") + b"\xff\xd9"


def add_codes_and_attachments(conn: Connection, attachments: Path, rng: random.Random) -> int:
    """支部编码 per branch, and a photo on the first meeting of each quarter (about 40 per branch)."""
    from dangjian_desktop.services.meetings.attachments import stored_path

    branch, meeting, attachment = _table("branch"), _table("meeting"), _table("meeting_attachment")
    rows: list[dict[str, Any]] = []
    for n, branch_id in enumerate(_branch_ids(conn), start=1):
        conn.execute(branch.update().where(branch.c.id == branch_id).values(code=f"ZB{n:04d}"))
        seen: set[tuple[int, int]] = set()
        for mid, held_on, created in conn.execute(
                select(meeting.c.id, meeting.c.held_on, meeting.c.created_at)
                .where(meeting.c.branch_id == branch_id).order_by(meeting.c.held_on)):
            quarter = (held_on.year, (held_on.month - 1) // 3)
            if quarter in seen:
                continue
            seen.add(quarter)
            data = _photo(rng, len(rows))
            sha = hashlib.sha256(data).hexdigest()
            target = stored_path(attachments, sha, ".jpg")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            rows.append({"id": new_id(), "created_at": created, "updated_at": created, "deleted_at": None,
                         "meeting_id": mid, "sha256": sha, "ext": ".jpg",
                         "original_name": f"会议照片{held_on:%Y%m%d}.jpg", "size": len(data), "sort_order": 0})
    if rows:
        conn.execute(attachment.insert(), rows)
    return len(rows)


def _sample(rng: random.Random, ids: list[str], share: float) -> list[str]:
    return rng.sample(ids, max(1, round(len(ids) * share))) if ids else []


def edit_branch(conn: Connection, branch_id: str, rng: random.Random, at: datetime) -> dict[str, int]:
    """A few weeks of a secretary's changes to one branch, all stamped ``at`` (see the module docstring)."""
    person, note, payment, month = _table("person"), _table("study_note"), _table("dues_payment"), \
        _table("dues_payment_month")
    case, event, meeting, attendance, amendment = _table("case_record"), _table("case_event"), _table("meeting"), \
        _table("meeting_attendance"), _table("meeting_amendment")
    counts: dict[str, int] = {}

    def ids(stmt: Any) -> list[str]:
        return [r[0] for r in conn.execute(stmt)]

    people = ids(select(person.c.id).where(person.c.branch_id == branch_id).order_by(person.c.id))
    for pid in _sample(rng, people, EDIT_SHARE):
        conn.execute(person.update().where(person.c.id == pid)
                     .values(phone=f"139{rng.randint(0, 99_999_999):08d}", updated_at=at))
    counts["person"] = max(1, round(len(people) * EDIT_SHARE))

    notes = ids(select(note.c.id).where(note.c.branch_id == branch_id).order_by(note.c.id))
    edited = _sample(rng, notes, EDIT_SHARE + DELETE_SHARE)
    cut = max(1, round(len(notes) * DELETE_SHARE))
    for nid in edited[cut:]:
        conn.execute(note.update().where(note.c.id == nid)
                     .values(reflection="重新学习后补充了自己的体会：要把学到的落实到为群众办实事上。", updated_at=at))
    conn.execute(note.update().where(note.c.id.in_(edited[:cut])).values(deleted_at=at, updated_at=at))
    counts["study_note"] = len(edited)
    template = conn.execute(select(note).where(note.c.id == notes[0])).mappings().one() if notes else None
    if template is not None:
        new = [{**template, "id": new_id(), "created_at": at, "updated_at": at,
                "note_date": at.date(), "title": "新补录的学习笔记", "reflection": ""}
               for _ in range(max(1, round(len(notes) * DELETE_SHARE)))]
        conn.execute(note.insert(), new)
        counts["study_note_new"] = len(new)

    paid = ids(select(payment.c.id).where(payment.c.person_id.in_(people)).order_by(payment.c.id))
    gone = _sample(rng, paid, DELETE_SHARE)
    conn.execute(payment.update().where(payment.c.id.in_(gone)).values(deleted_at=at, updated_at=at))
    conn.execute(month.update().where(month.c.payment_id.in_(gone)).values(deleted_at=at, updated_at=at))
    counts["dues_payment"] = len(gone)

    cases = ids(select(case.c.id).where(case.c.branch_id == branch_id).order_by(case.c.id))
    for cid in _sample(rng, cases, EDIT_SHARE):
        conn.execute(case.update().where(case.c.id == cid).values(person_phone="13800138000", updated_at=at))
    events = ids(select(event.c.id).where(event.c.case_id.in_(cases)).order_by(event.c.id))
    for eid in _sample(rng, events, EDIT_SHARE):
        conn.execute(event.update().where(event.c.id == eid).values(note="补充：已电话回访本人。", updated_at=at))
    counts["case"] = max(1, round(len(cases) * EDIT_SHARE))

    meetings = ids(select(meeting.c.id).where(meeting.c.branch_id == branch_id, meeting.c.finalized_at.is_not(None))
                   .order_by(meeting.c.id))
    chosen = _sample(rng, meetings, DELETE_SHARE + 2 / max(1, len(meetings)))
    amended, unamended = chosen[:-2], chosen[-2:]
    for mid in amended:
        conn.execute(meeting.update().where(meeting.c.id == mid)
                     .values(summary="会议议题明确，发言积极；会后补充了落实分工。", updated_at=at))
        conn.execute(amendment.insert(), [{"id": new_id(), "created_at": at, "updated_at": at, "deleted_at": None,
                                           "meeting_id": mid, "reason": "补充会议小结中的落实分工",
                                           "changes": "会议小结：补充落实分工"}])
        first = conn.execute(select(attendance.c.id).where(attendance.c.meeting_id == mid)
                             .order_by(attendance.c.sort_order).limit(1)).scalar()
        if first is not None:
            conn.execute(attendance.update().where(attendance.c.id == first)
                         .values(reason="会后补记：因事请假", updated_at=at))
    for mid in unamended:  # edited after 定稿 without a 修改说明: a conflict at the township
        conn.execute(meeting.update().where(meeting.c.id == mid).values(place="村委会二楼会议室", updated_at=at))
    counts["meeting_amended"], counts["meeting_conflict"] = len(amended), len(unamended)
    return counts


def export_all(source: Path, keys_root: Path, out_dir: Path, now: datetime) -> list[Path]:
    from dangjian_desktop.services.exchange.package import export_package
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    out_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(source)
    paths = []
    try:
        with db.session_scope() as s:
            branch_ids = _branch_ids(s.connection())
            for n, branch_id in enumerate(branch_ids, start=1):
                out = out_dir / f"{n:02d}.zip"
                export_package(s, branch_id=branch_id, out=out, attachments_root=attachments_dir(source),
                               key_dir=keys_root / f"{n:02d}", now=now)
                paths.append(out)
    finally:
        db.dispose()
    return paths


def build(root: Path, spec: TownSpec, *, verbose: bool = True) -> TownshipFiles:
    """Generate everything under ``root`` (replacing what is there)."""
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    if root.exists():
        shutil.rmtree(root)
    source = root / "source" / "source.sqlite3"
    started = time.perf_counter()

    def say(text: str) -> None:
        if verbose:
            print(f"  {text}（{time.perf_counter() - started:.0f} s）", flush=True)

    _generate_source(source, Spec(spec.branches, spec.members, spec.seed, spec.today), verbose=verbose)
    rng = random.Random(spec.seed)
    db = open_database(source)
    try:
        with db.engine.begin() as conn:
            n = add_codes_and_attachments(conn, attachments_dir(source), rng)
        say(f"支部编码和 {n} 个会议附件")
    finally:
        db.dispose()
    # the generated rows are stamped with the time of generation: the exports and edits come after it
    first = datetime.now(UTC) + timedelta(minutes=1)
    packages = export_all(source, root / "keys", root / "packages", first)
    say(f"导出 {len(packages)} 个数据包")
    edit_at = first + timedelta(days=20)
    later = edit_at + timedelta(days=1)
    totals: dict[str, int] = {}
    db = open_database(source)
    try:
        with db.engine.begin() as conn:
            for branch_id in _branch_ids(conn):
                for k, v in edit_branch(conn, branch_id, rng, edit_at).items():
                    totals[k] = totals.get(k, 0) + v
    finally:
        db.dispose()
    say(f"修改：{json.dumps(totals, ensure_ascii=False)}")
    edited = export_all(source, root / "keys", root / "edited", later)
    say(f"导出修改后的 {len(edited)} 个数据包")
    (root / "done.json").write_text(json.dumps({"spec": spec.key(), "edits": totals}, ensure_ascii=False),
                                    encoding="utf-8")
    return TownshipFiles(root, packages, edited)


def _generate_source(path: Path, spec: Spec, *, verbose: bool) -> None:
    """``generate_large.generate`` without the full-text index: its triggers (one index insert per note, slower
    and slower as the index grows) are taken off while the records go in and put back after. The branches'
    packages do not carry the index; the township builds its own when it imports them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            triggers = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts_ai'").fetchall()
            for name, _sql in triggers:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            ctx = Context(conn, random.Random(spec.seed), spec, datetime.now(UTC))
            for label, insert in RECORD_KINDS:
                started = time.perf_counter()
                count = insert(ctx)
                if verbose:
                    print(f"  {label}: {count} 行，{time.perf_counter() - started:.1f} s", flush=True)
            for _name, sql in triggers:
                conn.exec_driver_sql(sql)
    finally:
        db.dispose()


def township_files(spec: TownSpec | None = None, *, out: Path | None = None, force: bool = False,
                   verbose: bool = True) -> TownshipFiles:
    """The cached packages for ``spec`` (under bench/out/ unless ``out``), generated if missing."""
    spec = spec or TownSpec()
    root = out or OUT_DIR / f"township-{spec.key()}"
    if force or not (root / "done.json").exists():
        if verbose:
            print(f"生成 {spec.branches} 个支部 × {spec.members} 人的数据包 → {root}", flush=True)
        return build(root, spec, verbose=verbose)
    return TownshipFiles(root, sorted((root / "packages").glob("*.zip")), sorted((root / "edited").glob("*.zip")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成乡镇汇总性能测试用的支部数据包")
    parser.add_argument("--branches", type=int, default=40)
    parser.add_argument("--members", type=int, default=100, help="每个支部的人数")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="写到这个文件夹（不使用缓存位置）")
    parser.add_argument("--force", action="store_true", help="即使已有缓存也重新生成")
    args = parser.parse_args(argv)
    files = township_files(TownSpec(args.branches, args.members, args.seed), out=args.out, force=args.force)
    print(files.root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
