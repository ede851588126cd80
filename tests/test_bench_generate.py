"""The benchmark database generator makes rows the services accept (tiny sizes; no timing here)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from sqlmodel import select

from dangjian_desktop.db.migrate import current_revision, head_revision
from dangjian_desktop.db.models import CommitteeMember, OrgTransfer, Person
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain import names
from dangjian_desktop.domain import people as people_rules
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "generate_large.py"
    spec = importlib.util.spec_from_file_location("bench_generate_large", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("n_branches", "members"), [(2, 5), (1, 100)])
def test_generated_rows_are_valid(gen: ModuleType, tmp_path: Path, n_branches: int, members: int) -> None:
    path = gen.generate(tmp_path / "大库.sqlite3", gen.Spec(n_branches, members, seed=3, today=TODAY))
    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session_scope() as s:
            all_branches = branches.list_branches(s)
            assert len(all_branches) == n_branches
            assert branches.current_branch_id(s) in {b.id for b in all_branches}
            everyone = list(s.exec(select(Person)))
            assert len({p.id_number for p in everyone}) == len(everyone) == n_branches * members
            for b in all_branches:
                rows = people.list_rows(s, b.id)
                assert len(rows) == members
                group_ids = {g.id for g in branches.list_groups(s, b.id)}
                assert group_ids and all(g.leader_name for g in branches.list_groups(s, b.id))
                for r in rows:
                    assert r.group_id is None or r.group_id in group_ids
                    assert r.group_id is not None or r.category == "入党申请人"
                assert "书记" in branches.committee(s, b.id)
            for p in everyone:
                _, errors = people_rules.check_person(people.person_values(p), TODAY)
                assert errors == {}, (p.name, errors)
                assert (p.name_pinyin, p.name_initials) == names.pinyin_keys(p.name)
            by_id = {p.id: p for p in everyone}
            for c in s.exec(select(CommitteeMember)):
                assert c.person_id is not None and by_id[c.person_id].name == c.name
                assert by_id[c.person_id].party_post == c.role
            assert all(t.person_id in by_id for t in s.exec(select(OrgTransfer)))
            if members >= 100:
                counts = people.category_counts(people.list_rows(s, all_branches[0].id))
                assert all(counts.values()), counts
    finally:
        db.dispose()


def test_the_cache_is_keyed_by_parameters(gen: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gen, "OUT_DIR", tmp_path)
    first = gen.large_database(gen.Spec(1, 4, today=TODAY), verbose=False)
    stamp = first.stat().st_mtime_ns
    assert gen.large_database(gen.Spec(1, 4, today=TODAY), verbose=False) == first
    assert first.stat().st_mtime_ns == stamp
    other = gen.large_database(gen.Spec(1, 4, seed=2, today=TODAY), verbose=False)
    assert other != first and other.exists()
    assert not list(tmp_path.glob("*.tmp"))
