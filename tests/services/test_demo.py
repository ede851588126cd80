"""The demo branch: valid through and through, deterministic per seed, and showing what the ledger must show."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.db.models import AuditLog, Branch, CommitteeMember, OrgTransfer, PartyGroup, Person
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain import development, idcard, names
from dangjian_desktop.domain import people as people_rules
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.demo.branch import DemoExistsError, create_demo_branch
from dangjian_desktop.services.people import records as people

TODAY = date(2026, 3, 15)


def _make(db: Database, **kwargs: Any) -> str:
    with db.session_scope() as s:
        return create_demo_branch(s, today=TODAY, **kwargs).id


def _people(s: Session, branch_id: str) -> list[Person]:
    return list(s.exec(select(Person).where(Person.branch_id == branch_id)))


def _snapshot(db: Database, branch_id: str) -> list[tuple[Any, ...]]:
    """Everything generated, without the random UUIDs and timestamps."""
    with db.session_scope() as s:
        branch = s.get(Branch, branch_id)
        assert branch is not None
        group_names = {g.id: (g.name, g.leader_name) for g in branches.list_groups(s, branch_id)}
        rows: list[tuple[Any, ...]] = [(branch.name, branch.parent_org, branch.session_no, branch.election_date)]
        rows.append(tuple(branches.committee(s, branch_id).items()))
        for p in sorted(_people(s, branch_id), key=lambda p: p.id_number or ""):
            values = people.person_values(p)
            values["group_id"] = group_names.get(values["group_id"] or "")
            rows.append(tuple(sorted(values.items())))
            rows.extend((t.direction, t.transfer_date, t.other_unit, t.letter_no, t.dues_paid_until)
                        for t in s.exec(select(OrgTransfer).where(OrgTransfer.person_id == p.id)))
        rows.extend(_meetings(s, branch_id))  # the meeting records too: speeches, hosts, 录入 days
        return rows


@pytest.fixture
def demo(db: Database) -> str:
    return _make(db)


def test_every_person_is_valid_and_within_the_time_limits(db: Database, demo: str) -> None:
    with db.session_scope() as s:
        everyone = _people(s, demo)
        assert len(everyone) == 36
        for p in everyone:
            values = people.person_values(p)
            _, errors = people_rules.check_person(values, TODAY)
            assert errors == {}, (p.name, errors)
            info = idcard.parse(p.id_number or "", TODAY)
            assert (info.birth_date, info.gender) == (p.birth_date, p.gender)
            assert p.id_number is not None and p.id_number.startswith("6201")  # one city's counties
            assert (p.name_pinyin, p.name_initials) == names.pinyin_keys(p.name)
            assert people_rules.phone_error(p.phone) is None and p.phone
            assert p.education in people_rules.EDUCATIONS and p.ethnicity.endswith("族")
            breaches = [s for s in development.timeline(values, TODAY) if s.state == development.BREACH]
            assert breaches == [], (p.name, breaches)
        assert len({p.name for p in everyone}) == len(everyone)
        assert len({p.phone for p in everyone}) == len(everyone)


def test_category_spread_status_and_flags(db: Database, demo: str) -> None:
    with db.session_scope() as s:
        everyone = _people(s, demo)
        categories = Counter(p.category for p in everyone)
        assert categories == {"正式党员": 29, "预备党员": 2, "发展对象": 1, "入党积极分子": 2, "入党申请人": 2}
        assert Counter(p.status for p in everyone) == {"正常": 34, "流出": 1, "转出": 1}
        for flag in ("is_hardship", "is_veteran", "is_retired"):
            assert 1 <= sum(getattr(p, flag) for p in everyone) <= 10, flag
        assert Counter(p.ethnicity for p in everyone).most_common(1)[0][0] == "汉族"
        transfers = list(s.exec(select(OrgTransfer)))
        assert sorted(t.direction for t in transfers) == ["转入", "转出"]
        by_id = {p.id: p for p in everyone}
        for t in transfers:
            person = by_id[t.person_id]
            assert person.status == ("转出" if t.direction == "转出" else "正常")
            assert t.letter_no and t.other_unit and t.dues_paid_until
            assert person.full_member_date is not None and t.transfer_date > person.full_member_date
        assert {p.category for p in everyone if p.status != "正常"} == {"正式党员"}


def test_development_records_are_complete(db: Database, demo: str) -> None:
    with db.session_scope() as s:
        everyone = _people(s, demo)
        full_names = {p.name: p for p in everyone if p.category == "正式党员"}
        for p in everyone:
            if p.category in ("入党积极分子", "发展对象", "预备党员"):
                assert p.apply_date and p.first_talk_date and p.activist_date
                contacts = p.contact_persons.split("、")
                assert len(contacts) == 2 and all(c in full_names for c in contacts)
            if p.category == "预备党员" or (p.category == "正式党员" and p.apply_date):
                assert p.join_date is not None and p.candidate_date and p.training_start and p.approval_date
                for introducer in (p.introducer1, p.introducer2):
                    sponsor = full_names[introducer]
                    assert sponsor.full_member_date is not None and sponsor.full_member_date < p.join_date
            if p.category == "正式党员":
                assert p.join_date and p.full_member_date and p.approval_date
        assert sum(1 for p in everyone if p.category == "正式党员" and p.apply_date) >= 1


def test_attention_shows_due_soon_probation_and_overdue_first_talk(db: Database, demo: str) -> None:
    with db.session_scope() as s:
        flagged = {}
        for p in _people(s, demo):
            steps = development.attention(development.timeline(people.person_values(p), TODAY))
            if steps:
                flagged[p.category] = [(step.label, step.state) for step in steps]
    assert flagged == {
        "预备党员": [("转为正式党员", development.DUE_SOON)],
        "入党申请人": [("首次谈话", development.OVERDUE)],
    }


def test_branch_committee_and_groups(db: Database, demo: str) -> None:
    with db.session_scope() as s:
        branch = branches.get_branch(s, demo)
        assert branch.name.startswith("中共") and branch.name.endswith("村党支部")
        assert branch.parent_org.endswith("委员会") and branch.kind == "村" and branch.session_no
        term_end = branches.term_end(branch)
        assert branch.election_date is not None and term_end is not None and branch.election_date < TODAY < term_end
        roles = branches.committee(s, demo)
        assert {"书记", "组织委员", "宣传委员", "纪检委员"} <= set(roles)
        by_name = {p.name: p for p in _people(s, demo)}
        for role, name in roles.items():
            assert by_name[name].party_post == role and by_name[name].category == "正式党员"
        linked = s.exec(select(CommitteeMember).where(col(CommitteeMember.person_id).is_(None))).all()
        assert linked == []
        groups = branches.list_groups(s, demo)
        assert len(groups) == 3
        for g in groups:
            leader = by_name[g.leader_name]
            assert leader.group_id == g.id and leader.status == "正常"
        applicants = [p for p in by_name.values() if p.category == "入党申请人"]
        assert all(p.group_id is None for p in applicants)
        assert all(p.group_id for p in by_name.values() if p.category != "入党申请人")
        assert len(s.exec(select(PartyGroup)).all()) == 3


def test_everything_is_audited(db: Database, demo: str) -> None:
    with db.session_scope() as s:
        inserted = s.exec(select(AuditLog.row_id).where(AuditLog.table_name == "person",
                                                         AuditLog.action == "insert")).all()
        assert len(inserted) == 36


def test_same_seed_same_branch_other_seed_other_branch(tmp_path: Path) -> None:
    snapshots = []
    for index, seed in enumerate((7, 7, 8)):
        db = open_database(tmp_path / f"{index}.sqlite3")
        try:
            snapshots.append(_snapshot(db, _make(db, seed=seed, years=2)))
        finally:
            db.dispose()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0] != snapshots[2]


@pytest.mark.sqlite_only  # the generator over sizes and seeds (the demo on PostgreSQL: the tests above)
@pytest.mark.parametrize("members", [3, 5, 12, 80])
def test_other_sizes_and_seeds_are_valid(db: Database, members: int) -> None:
    for seed in range(3):
        branch_id = _make(db, members=members, seed=100 * members + seed, years=3, name=f"测试支部{seed}")
        with db.session_scope() as s:
            everyone = _people(s, branch_id)
            assert len(everyone) == members
            assert branches.get_branch(s, branch_id).name == f"测试支部{seed}"
            for p in everyone:
                values = people.person_values(p)
                assert people_rules.check_person(values, TODAY)[1] == {}
                assert not [st for st in development.timeline(values, TODAY) if st.state == development.BREACH]
            assert sum(p.category == "正式党员" for p in everyone) >= 3


def test_the_same_demo_twice_is_refused_with_a_clear_message(db: Database, demo: str) -> None:
    with pytest.raises(DemoExistsError, match="演示"), db.session_scope() as s:
        create_demo_branch(s, today=TODAY)
    with db.session_scope() as s:
        assert len(branches.list_branches(s)) == 1 and people.count_people(s) == 36


def test_too_few_members_is_refused(db: Database) -> None:
    with pytest.raises(UserError), db.session_scope() as s:
        create_demo_branch(s, members=2)


def test_cli_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "演示" / "台账.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--members", "40"]) == 0
    out = capsys.readouterr().out
    assert "已创建演示支部" in out and "人员 40 人" in out and "需要关注" in out
    db = open_database(path)
    try:
        with db.session_scope() as s:
            assert people.count_people(s) == 40
    finally:
        db.dispose()
    # the same seed again would repeat the ID numbers: a clear message, nothing written
    assert cli.main(["demo", "--db", str(path)]) == 2
    assert "请换一个 --seed" in capsys.readouterr().err
    db = open_database(path)
    try:
        with db.session_scope() as s:
            assert people.count_people(s) == 40 and len(branches.list_branches(s)) == 1
    finally:
        db.dispose()


def _meetings(s: Session, branch_id: str) -> list[tuple[Any, ...]]:
    """The meeting records in order: day, title, host, recorder, who was there, the speeches, 定稿 or not."""
    from dangjian_desktop.db.models.meetings import Meeting, MeetingAttendance, MeetingItem

    out = []
    for m in s.exec(select(Meeting).where(Meeting.branch_id == branch_id).order_by(col(Meeting.held_on),
                                                                                   col(Meeting.title))):
        att = s.exec(select(MeetingAttendance).where(MeetingAttendance.meeting_id == m.id)).all()
        here = tuple(sorted(a.name for a in att if a.status in ("出席", "迟到")))
        speeches = tuple(i.speeches for i in s.exec(select(MeetingItem).where(MeetingItem.meeting_id == m.id)))
        out.append((m.held_on, m.title, m.types, m.host, m.recorder, m.lecturer, m.observers, here, speeches,
                    m.finalized_at is not None, m.created_at.date()))
    return out


def test_the_demo_tells_one_consistent_year(db: Database) -> None:
    """Speakers were there, hosts and recorders too; no speech repeated; the study volume's 党课 are the
    meeting records' 党课; records were entered through the year (a few late); amendments after 定稿; one draft."""
    from dangjian_desktop.db.models.cases import CaseCard, CaseRecord
    from dangjian_desktop.db.models.meetings import MeetingAmendment
    from dangjian_desktop.db.models.study import StudyNote
    from dangjian_desktop.services.study import records as study

    today = date(2026, 11, 21)
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=today).id
    with db.session_scope() as s:
        meetings = _meetings(s, branch_id)
        assert len(meetings) > 40
        seen: set[str] = set()
        for day, title, _types, host, recorder, lecturer, observers, here, speeches, _final, entered in meetings:
            allowed = set(here) | set(observers.split("、"))
            assert host in here and recorder in here, (title, host, recorder)
            assert not lecturer or lecturer in here
            for line in "\n".join(speeches).split("\n"):
                speaker = line.split("：", 1)[0] if "：" in line else ""
                assert not speaker or len(speaker) > 4 or speaker in allowed, (title, line)  # a name: was there
            said = "\n".join(speeches)
            assert said not in seen, title  # no two meetings say the same
            seen.add(said)
            assert day <= entered <= today  # entered after the meeting, never "today" for all
        lectures = {(d, t.split("：", 1)[-1]) for d, t, types, *_ in meetings if "党课" in types
                    and d >= date(2025, 12, 1)}
        studied = {(r.held_on, r.topic.removeprefix("党课：")) for r in study.list_sessions(s, branch_id)
                   if r.form == "党课"}
        assert studied and studied == {x for x in lectures if x[0] >= min(d for d, _ in studied)}
        drafts = [m for m in meetings if not m[9]]
        assert len(drafts) == 1 and drafts[0][0] == meetings[-1][0]  # the latest record is still being finished
        assert len(s.exec(select(MeetingAmendment)).all()) == 2
        entered_days = {m[10] for m in meetings}
        assert len(entered_days) > 30
        notes = s.exec(select(StudyNote)).all()
        assert len({n.created_at.date() for n in notes}) > 30
        assert 1 <= sum((n.created_at.date() - n.note_date).days > 10 for n in notes) <= 3  # a few 补录
        cards = s.exec(select(CaseCard)).all()
        assert all(c.card_date <= c.created_at.date() <= c.card_date + timedelta(days=3) for c in cards)
        assert len({c.created_at.date() for c in s.exec(select(CaseRecord)).all()}) > 3
