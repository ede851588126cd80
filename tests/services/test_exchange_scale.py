"""数据包 import at township scale: the statements do not grow with the package, and the bulk paths keep
every record, the full-text index and the 定稿 rules as the row-by-row services would."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select, text

from dangjian_desktop.db.models.study import StudyNote
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services.exchange.merge import import_file
from dangjian_desktop.services.meetings.attachments import attachments_dir
from dangjian_desktop.services.study import search
from tests.statements import recording

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "generate_township.py"
    spec = importlib.util.spec_from_file_location("bench_generate_township", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _import_all(db_path: Path, packages: list[Path]) -> tuple[int, list[Any]]:
    db = open_database(db_path)
    try:
        results = []
        with recording(db.engine) as seen:
            for package in packages:
                with db.session_scope() as s:
                    results.append(import_file(s, package, attachments_root=attachments_dir(db_path)))
        return seen.count, results
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def small_and_large(gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    root = tmp_path_factory.mktemp("乡镇")
    small = gen.build(root / "small", gen.TownSpec(1, 5, seed=3, today=TODAY), verbose=False)
    large = gen.build(root / "large", gen.TownSpec(1, 15, seed=3, today=TODAY), verbose=False)
    return small, large


def test_statements_do_not_grow_with_the_package(small_and_large: tuple[Any, Any], tmp_path: Path) -> None:
    counts = {}
    for name, files in zip(("small", "large"), small_and_large, strict=True):
        db_path = tmp_path / name / "township.sqlite3"
        first, [r1] = _import_all(db_path, files.packages)
        again, [r2] = _import_all(db_path, files.packages)
        edited, [r3] = _import_all(db_path, files.edited)
        assert r1.added > 0 and (r2.added, r2.replaced) == (0, 0) and r3.replaced > 0 and r3.deleted > 0
        assert len(r3.conflicts) == 2  # the two 定稿 meetings edited without a 修改说明
        counts[name] = (first, again, edited, r1.added)
    assert counts["large"][3] > 1.5 * counts["small"][3]  # the larger package really is larger
    assert counts["small"][:3] == counts["large"][:3], counts


def test_bulk_import_keeps_the_full_text_index_and_the_triggers(small_and_large: tuple[Any, Any],
                                                               tmp_path: Path) -> None:
    files = small_and_large[0]
    db_path = tmp_path / "township.sqlite3"
    trigger_sql = text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            created = s.execute(trigger_sql).all()
            automerge = s.execute(text("SELECT v FROM study_fts_config WHERE k = 'automerge'")).scalar()
    finally:
        db.dispose()
    assert {"study_note_fts_ai", "study_note_fts_au", "study_session_fts_ai"} <= {r[0] for r in created}
    _import_all(db_path, files.packages)
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            assert s.execute(trigger_sql).all() == created  # taken off during the import, put back as they were
            live = s.execute(select(func.count()).select_from(StudyNote).where(
                StudyNote.deleted_at.is_(None))).scalar()  # type: ignore[union-attr]
            indexed = s.execute(text("SELECT count(*) FROM study_fts WHERE kind = 'note'")).scalar()
            assert live == indexed and live
            note = s.execute(select(StudyNote).where(StudyNote.deleted_at.is_(None))).scalars().first()  # type: ignore[union-attr]
            assert note is not None
            word = note.content.strip()[:6]
            hits = search.search(s, note.branch_id, word)
            assert note.id in {h.ref_id for h in hits}
    finally:
        db.dispose()
    # the edited packages: the deleted notes leave the index, the rewritten ones are found by their new words
    _import_all(db_path, files.edited)
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            live = s.execute(select(func.count()).select_from(StudyNote).where(
                StudyNote.deleted_at.is_(None))).scalar()  # type: ignore[union-attr]
            indexed = s.execute(text("SELECT count(*) FROM study_fts WHERE kind = 'note'")).scalar()
            assert live == indexed
            rewritten = s.execute(select(StudyNote).where(StudyNote.reflection.contains("重新学习后补充"),  # type: ignore[attr-defined]
                                                          StudyNote.deleted_at.is_(None))).scalars().all()  # type: ignore[union-attr]
            assert rewritten
            hits = search.search(s, rewritten[0].branch_id, "重新学习后补充")
            assert {n.id for n in rewritten} <= {h.ref_id for h in hits}
            assert s.execute(trigger_sql).all() == created
            # the index merges on its own again after the import (its setting as before, or FTS5's default)
            assert s.execute(text("SELECT v FROM study_fts_config WHERE k = 'automerge'")).scalar() in (automerge, 4)
            # the row-by-row triggers still keep the index: a note rewritten here is found by its new words
            s.execute(text("UPDATE study_note SET reflection = '逐条触发器仍然有效' WHERE id = :i"), {"i": rewritten[0].id})
            hits = search.search(s, rewritten[0].branch_id, "逐条触发器仍然有效")
            assert [h.ref_id for h in hits] == [rewritten[0].id]
            indexed = s.execute(text("SELECT count(*) FROM study_fts WHERE kind = 'note'")).scalar()
            assert live == indexed
    finally:
        db.dispose()


def test_the_full_text_triggers_are_recognised_for_bulk_work(tmp_path: Path) -> None:
    """The migrations' FTS triggers have the shapes the bulk import does set-based (else it falls back to them,
    row by row: correct, but an updated note then costs a MATCH on a growing index)."""
    from dangjian_desktop.db.dialect.sqlite.bulk import full_text

    db = open_database(tmp_path / "t.sqlite3")
    try:
        with db.session_scope() as s:
            rows = s.execute(text("SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
    finally:
        db.dispose()
    for table, kind in (("study_note", "note"), ("study_session", "session")):
        found = full_text([(name, sql) for t, name, sql in rows if t == table])
        assert found is not None and kind in found.insert_sql
        assert (found.target, found.insert_name, found.update_name) == ("study_fts", f"{table}_fts_ai", f"{table}_fts_au")
        assert (found.key, found.branch) == ("ref_id", "branch_id")
    # another shape is left to its trigger
    assert full_text([("x_ai", "CREATE TRIGGER x_ai AFTER INSERT ON x BEGIN UPDATE y SET n = n + 1; END")]) is None


def test_a_package_failing_in_the_indexed_tables_leaves_the_index_and_its_triggers(
        small_and_large: tuple[Any, Any], tmp_path: Path) -> None:
    """The full-text triggers are off while a table's rows go in: a package refused there (a bad date in its
    last note) leaves the triggers, the index and the records as they were."""
    import json

    from dangjian_desktop.errors import UserError
    from dangjian_desktop.services.exchange import keys
    from tests.services.test_exchange import rewrite

    files = small_and_large[0]

    def bad_date(members: dict[str, bytes]) -> None:
        rows = json.loads(members["tables/study_note.json"])
        rows[-1]["note_date"] = "2025-13-45"
        members["tables/study_note.json"] = json.dumps(rows, ensure_ascii=False).encode()

    bad = rewrite(files.packages[0], tmp_path / "bad.zip", bad_date,
                  key=keys.load_or_create_key(files.root / "keys" / "01"))
    db_path = tmp_path / "township.sqlite3"
    trigger_sql = text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            created = s.execute(trigger_sql).all()
        with pytest.raises(UserError), db.session_scope() as s:
            import_file(s, bad, attachments_root=attachments_dir(db_path))
        with db.session_scope() as s:
            assert s.execute(trigger_sql).all() == created
            assert s.execute(text("SELECT count(*) FROM study_note")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM study_fts")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM branch")).scalar() == 0
    finally:
        db.dispose()
    _import_all(db_path, files.packages)  # the good package afterwards: indexed as usual
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            live = s.execute(text("SELECT count(*) FROM study_note WHERE deleted_at IS NULL")).scalar()
            assert live and s.execute(text("SELECT count(*) FROM study_fts WHERE kind = 'note'")).scalar() == live
    finally:
        db.dispose()
