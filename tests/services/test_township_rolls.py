"""A person on two branches' rolls at the township: the new branch's 数据包 (with the 转入) came before the old
branch's (with the 转出). The township counts the person in the new branch only, in the 汇总 and in the 党内统计
alike, and lists the old branch's 转出未报; once the old branch's newer package comes, the figures are the same
and nothing is listed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from docx import Document

from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.domain import party_stats as ps
from dangjian_desktop.services import branches
from dangjian_desktop.services.exchange.merge import import_file
from dangjian_desktop.services.exchange.package import export_package
from dangjian_desktop.services.meetings import attachments as meeting_attachments
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people.transfers import TransferInput, add_transfer
from dangjian_desktop.services.township import summary as ts
from dangjian_desktop.services.township import summary_report as tr
from dangjian_desktop.services.township.statistics import party_stats
from dangjian_desktop.services.township.statistics_export import summary_lines
from dangjian_desktop.services.township.statistics_rolls import DoubleRoll, PendingOut, RollRecord, decide, read_rolls
from tests.factories import person_input

A, B = "中共测试镇甲村党支部", "中共测试镇乙村党支部"
MOVED = person_input("王强", birth=date(1976, 4, 9))
MOVED_ON = date(2026, 3, 2)
TODAY = date(2026, 6, 1)


class BranchPc:
    """A branch's own database on its PC, exporting its 数据包."""

    def __init__(self, folder: Path, name: str, code: str) -> None:
        folder.mkdir()
        self.folder, self.code = folder, code
        self.path = folder / "台账.sqlite3"
        self.db = Database.open(self.path)
        upgrade(self.db.engine, self.path)
        with self.db.session_scope() as s:
            self.branch_id = branches.create_branch(s, branches.BranchInput(
                name=name, parent_org="中共测试镇委员会", kind="村", code=code)).id
        for n in range(3):
            self.add(person_input(f"{code}党员{n}", birth=date(1960 + n, 3 if code == "A" else 4, 1)))

    def add(self, data: people.PersonInput) -> str:
        with self.db.session_scope() as s:
            return people.save_person(s, self.branch_id, data=data, today=TODAY).id

    def move(self, person_id: str, direction: str, other: str) -> None:
        with self.db.session_scope() as s:
            add_transfer(s, person_id, TransferInput(direction, MOVED_ON, other_unit=other), today=TODAY)

    def package(self, name: str) -> Path:
        out = self.folder.parent / f"{self.code}-{name}.zip"
        with self.db.session_scope() as s:
            export_package(s, branch_id=self.branch_id, out=out, key_dir=self.folder / "keys",
                           attachments_root=meeting_attachments.attachments_dir(self.path))
        return out


def _import(db: Database, package: Path, tmp_path: Path) -> None:
    with db.session_scope() as s:
        import_file(s, package, attachments_root=tmp_path / "乡镇附件")


def _figures(db: Database) -> dict[str, object]:
    """What the township's views count, by branch name."""
    with db.session_scope() as s:
        summary = ts.township_summary(s, year=2026, today=TODAY)
        autumn = ts.township_summary(s, year=2026, today=date(2026, 11, 2))  # 学时 are judged from October on
        stats = party_stats(s, year=2026, as_of=TODAY)
    assert stats.township is not None
    return {
        "members": {b.name: b.members for b in summary.branches},
        "stages": {b.name: [st.count for st in b.stages] for b in summary.branches},
        "study": {b.name: (b.hours_short, b.notes_short) for b in autumn.branches},
        "dues": {b.name: [m.members for m in b.dues] for b in summary.branches},
        "stats": {u.name: (u.change.last_total, u.change.counts[ps.TRANSFERRED_IN],
                           u.change.counts[ps.TRANSFERRED_OUT], u.change.this_total, u.change.difference,
                           u.counts["gender"]) for u in stats.rows},
        "moves": [(m.name, m.out_date, m.in_date) for m in stats.township.change.moves],
    }


def test_the_new_branch_counts_the_person_and_the_old_one_is_asked_for_its_package(
        db: Database, tmp_path: Path) -> None:
    a, b = BranchPc(tmp_path / "甲", A, "A"), BranchPc(tmp_path / "乙", B, "B")
    in_a = a.add(MOVED)
    old_a = a.package("年初")  # 王强 still 正常 in 甲村
    a.move(in_a, "转出", B)
    new_a = a.package("转出后")
    b.move(b.add(replace(MOVED, status="正常")), "转入", A)
    new_b = b.package("转入后")

    _import(db, new_b, tmp_path)  # 乙村's package comes first …
    _import(db, old_a, tmp_path)  # … 甲村's is the one from before the move
    with db.session_scope() as s:
        held = people.count_people(s)
        rolls = read_rolls(s)
        names = {x.id: x.name for x in branches.list_branches(s)}
        summary = ts.township_summary(s, year=2026, today=TODAY)
        stats = party_stats(s, year=2026, as_of=TODAY)
    assert held == 8  # both records are kept, each its branch's
    assert [(names[p.from_branch], p.name, names[p.to_branch], p.arrived_on, p.came_from) for p in rolls.pending] == [
        (A, "王强", B, MOVED_ON, A)]
    assert rolls.doubles == ()
    pending = _figures(db)
    assert pending["members"] == {A: 3, B: 4}  # not 4 and 4
    assert pending["study"] == {A: (3, 3), B: (4, 4)}  # nobody has studied yet: short in 乙村 only
    assert pending["dues"] == {A: [4, 4, 4] + [3] * 9, B: [3, 3] + [4] * 10}  # 党费 to 甲村 up to March
    assert pending["stats"][A] == (4, 0, 1, 3, 0, [3, 0, 0])  # 甲村: 转出 (not yet reported) on the day of the 转入
    assert pending["stats"][B] == (3, 1, 0, 4, 0, [4, 0, 0])
    assert pending["stats"]["合计"] == (7, 0, 0, 7, 0, [7, 0, 0])  # a move inside the township: counted once
    assert pending["moves"] == [("王强", MOVED_ON, MOVED_ON)]

    # what the clerk is shown: 甲村's 转出未报, in the 汇总 and its report, and in the 党内统计
    line = {x.name: x for x in summary.branches}
    assert [p.name for p in line[A].pending_out] == ["王强"] and line[B].pending_out == ()
    overview = tr.overview_table(summary)
    column = overview.headers.index("转出未报(人)")
    assert {row[1]: row[column] for row in overview.rows} == {A: 1, B: 0}
    row_a = [r[1] for r in overview.rows].index(A)
    assert overview.tips[row_a][column] == f"王强（2026-03-02转入{B}）"
    packages = tr.package_table(summary)
    assert packages.rows[row_a][packages.headers.index("转出未报(人)")] == 1  # the same figure as in 总览
    assert packages.rows[row_a][packages.headers.index("情况")] == f"转出未报：王强（2026-03-02转入{B}）"
    out = tmp_path / "汇总.docx"
    tr.write_summary(summary, out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert f"{A}的王强已于2026年3月2日转入{B}，{A}尚未报送其转出" in text
    lines = summary_lines(stats)
    assert f"  王强：{A}（未报转出）→ {B}（2026-03-02转入）" in lines
    assert not any("花名册" in g.reason for u in stats.rows for g in u.change.gaps)  # not a roster to correct

    _import(db, new_a, tmp_path)  # 甲村's newer package: the 转出 is on record
    with db.session_scope() as s:
        assert read_rolls(s).pending == ()
        summary = ts.township_summary(s, year=2026, today=TODAY)
    assert all(x.pending_out == () for x in summary.branches)
    assert _figures(db) == pending  # the same figures, now from 甲村's own record


# ------------------------------------------------------------------------------ the rule alone

def _r(pid: str, branch: str, *, joined: date | None = date(2005, 7, 1), last_in: date | None = None,
       number: str = "110101197604090011") -> RollRecord:
    return RollRecord(pid, "王强", branch, number, joined, last_in, "外地" if last_in else "")


def test_the_later_transfer_in_decides() -> None:
    rolls = decide([_r("a", "A"), _r("b", "B", last_in=date(2026, 3, 2))])
    assert rolls.pending == (PendingOut("a", "王强", "A", "B", "b", date(2026, 3, 2), "外地"),)
    assert rolls.not_counted == {"a"} and rolls.pending_from("A") and not rolls.pending_from("B")
    # moved A → B → A: 甲村's own later 转入 wins over 乙村's earlier one
    back = decide([_r("a", "A", last_in=date(2026, 5, 1)), _r("b", "B", last_in=date(2026, 3, 2))])
    assert [(p.person_id, p.to_branch) for p in back.pending] == [("b", "A")]


def test_without_a_later_transfer_in_both_are_counted_and_listed() -> None:
    no_transfer = decide([_r("a", "A"), _r("b", "B", joined=date(2010, 1, 1))])
    same_day = decide([_r("a", "A", last_in=date(2026, 3, 2)), _r("b", "B", last_in=date(2026, 3, 2))])
    joined_later = decide([_r("a", "A", joined=date(2026, 4, 1)), _r("b", "B", last_in=date(2026, 3, 2))])
    for rolls in (no_transfer, same_day, joined_later):
        assert rolls.pending == () and rolls.not_counted == set()
        assert rolls.doubles == (DoubleRoll("王强", "110101197604090011", ("A", "B")),)
        assert rolls.doubles_of("A") == rolls.doubles_of("B") == list(rolls.doubles)


def test_one_branch_or_different_numbers_are_no_double_roll() -> None:
    assert decide([_r("a", "A"), _r("b", "B", last_in=date(2026, 3, 2), number="110101197604090038")]) == decide([])
    assert decide([_r("a", "A", last_in=date(2026, 3, 2))]).pending == ()
