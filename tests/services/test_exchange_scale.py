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
    _import_all(db_path, files.packages)
    db = open_database(db_path)
    try:
        with db.session_scope() as s:
            triggers = {r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
            assert {"study_note_fts_ai", "study_session_fts_ai"} <= triggers
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
    finally:
        db.dispose()
