"""年度档案导出 benchmark against DESIGN.md §5: one branch's year archive, and its peak memory.

    .venv/bin/python bench/bench_archive.py [--reps 5] [--no-count] [--no-profile] [--no-memory] [--skip-demo]
        [--branches 30 --members 100] [--alone] [--db postgresql+psycopg://…]

``--branches``/``--members`` pick the large database (e.g. ``--branches 1 --members 3000``: one branch of
3,000 members); ``--alone`` also runs the same branch-year in a database holding only that branch (its rows
copied out of the large file, cached beside it), to show the export does not depend on how many other
branches the file holds.

With ``--db`` the large case runs on that database server (the large database's rows are generated
into it first when it holds none); the demo case stays on its SQLite file.

What is timed: ``archive.export_year(session, branch_id, year, out_dir, count=False, today=...)`` — the
whole export (records read from the database, the five volumes, the 年度自查 and its report, the
归档文件目录, the manifest) into a fresh folder, median of --reps runs after one discarded warm-up run; the
CPU seconds of the same runs (the machine may be busy with other work) and the SQL statements of one more run.

(a) demo: the demo branch as the CLI ``demo`` command makes it (``create_demo_branch`` with its
    defaults: 36 people, 1 year, seed 1, today), in a temporary database; its current year.
(b) large: the busiest branch-year of the large database (bench/generate_large.py) — the one with the
    most meetings + 学习笔记 + 一人一事 cases — with ``today`` the large database's date.

Budget: ≤ 3 s per branch year; peak memory ≤ 300 MB.

Baseline, in the same process: python-docx writing the same content plainly. The Volume objects the
export built are captured (from its ``write_volume`` calls) and written again with ``docx.Document()``
and nothing else: for each volume a few cover lines, the 卷内目录 as a table, then for every item its
title, each text line and each “label：value” field as a plain paragraph and each table as a plain
table (``cell.text``); the 归档文件目录 as one table of every item. No fonts, sizes, widths, borders,
page breaks or page-number fields — the same paragraphs and cells through python-docx's public API.
A second, lower floor writes the very same paragraphs and cells as minimal WordprocessingML text
(``<w:p><w:r><w:t>``, ``<w:tbl>``) straight into a deflated .docx package with ``zipfile`` — no
python-docx, no lxml: what merely serialising and compressing that much text as Word costs in Python.
The 自查报告 (not in the volumes) is left out of both. Ratio = export ÷ baseline; the “write only”
ratios compare just the export's ``write_volume`` + ``write_directory`` time with them.

Split: one more run with the functions export_year calls wrapped by timers (each
``archive_volumes.*_volume`` builder, ``archive_docx.write_volume`` per file, ``write_directory``,
``selfcheck.check_year``, the report writer, the manifest); and one run under cProfile (top functions by
cumulative and by own time). Neither is part of the medians.

Memory, each in a fresh child process that opens the database and runs the export once: the peak
RSS during the export (the kernel's high-water mark VmHWM, reset just before it — the whole process,
interpreter, libraries and SQLite cache included: the figure judged against the budget) and its growth
over the RSS just before the export; and, in another child, the tracemalloc peak (Python objects only:
lxml's and SQLite's C allocations are not counted, so it is lower). ``ru_maxrss`` is not used: a child
started by fork + exec inherits the benchmark process's own maximum with it.

count=True (each volume's PDF copy laid out by the app, whose pages give the 页数: what the secretary's
export does) is timed the same way (median of --reps after a warm-up) against its own baseline in the same
run: bare reportlab laying out the same paragraphs and cells (``Paragraph`` per line, ``Table`` of
``Paragraph`` cells in equal columns, one CJK font, ``SimpleDocTemplate``) plus the plain python-docx
baseline above. Ratio = count=True export ÷ (bare reportlab + plain python-docx).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import text  # noqa: E402

from bench.generate_large import Spec, large_database, server_database  # noqa: E402
from dangjian_desktop.db.session import open_database  # noqa: E402
from dangjian_desktop.export import archive_docx, archive_pdf  # noqa: E402
from dangjian_desktop.export.docx_layout import clean  # noqa: E402
from dangjian_desktop.services.year import archive  # noqa: E402
from tests.statements import recording  # noqa: E402

BUDGET_S = 3.0
BUDGET_MB = 300.0
DEMO = {"members": 36, "years": 1, "seed": 1}  # the CLI ``demo`` defaults
_BUSIEST = """
    SELECT branch_id, year, SUM(n) AS total, SUM(CASE WHEN kind = 'meeting' THEN n ELSE 0 END),
           SUM(CASE WHEN kind = 'note' THEN n ELSE 0 END), SUM(CASE WHEN kind = 'case' THEN n ELSE 0 END)
    FROM (SELECT 'meeting' AS kind, branch_id, {year_of_held_on} AS year, COUNT(*) AS n
          FROM meeting WHERE deleted_at IS NULL GROUP BY 2, 3
          UNION ALL
          SELECT 'note', branch_id, {year_of_note_date}, COUNT(*)
          FROM study_note WHERE deleted_at IS NULL GROUP BY 2, 3
          UNION ALL
          SELECT 'case', branch_id, {year_of_opened_on}, COUNT(*)
          FROM case_record WHERE deleted_at IS NULL GROUP BY 2, 3) AS counted
    GROUP BY branch_id, year ORDER BY total DESC, year DESC LIMIT 1"""


def _busiest_sql(dialect: str) -> Any:
    year = "CAST(strftime('%Y', {}) AS INTEGER)" if dialect == "sqlite" else "CAST(EXTRACT(YEAR FROM {}) AS INTEGER)"
    return text(_BUSIEST.format(**{f"year_of_{c}": year.format(c) for c in ("held_on", "note_date", "opened_on")}))


# --- the two cases -------------------------------------------------------------------------------------
def demo_database(folder: Path) -> tuple[Path, str, int, date]:
    """A demo database made the way the CLI ``demo`` command makes it; its branch, current year, today."""
    from dangjian_desktop.services.demo.branch import create_demo_branch

    today = date.today()
    path = folder / "demo.sqlite3"
    db = open_database(path)
    try:
        with db.session_scope() as s:
            branch_id = create_demo_branch(s, today=today, **DEMO).id
    finally:
        db.dispose()
    return path, branch_id, today.year, today


def busiest(path: Path | str) -> tuple[str, int, dict[str, int]]:
    """The branch-year of the large database with the most meetings + notes + cases."""
    db = open_database(path)
    try:
        with db.session_scope() as s:
            branch_id, year, total, meetings, notes, cases = s.execute(_busiest_sql(db.engine.dialect.name)).one()
    finally:
        db.dispose()
    # (SUM is an exact numeric on PostgreSQL: whole numbers here)
    return branch_id, int(year), {"records": int(total), "meetings": int(meetings), "notes": int(notes),
                                  "cases_opened": int(cases)}


def _export(s: Any, branch_id: str, year: int, today: date, *, count: bool = False) -> archive.ArchiveResult:
    out = Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        return archive.export_year(s, branch_id, year, out, count=count, today=today)
    finally:
        shutil.rmtree(out, ignore_errors=True)


# --- the split: wrap what export_year calls ------------------------------------------------------------
@contextmanager
def timed_calls() -> Iterator[tuple[dict[str, float], list[Any]]]:
    """Wrap the functions export_year calls (module attributes, looked up at call time) with timers.

    Yields the seconds per label and the Volume objects passed to ``write_volume`` (for the baseline).
    Functions that do not exist (renamed since) are skipped.
    """
    from dangjian_desktop.export import manifest, selfcheck_docx
    from dangjian_desktop.services.year import selfcheck
    from dangjian_desktop.services.year import volumes as archive_volumes

    seconds: dict[str, float] = defaultdict(float)
    volumes: list[Any] = []
    patched: list[tuple[Any, str, Any]] = []

    def wrap(module: Any, name: str, label: Callable[..., str], keep: bool = False) -> None:
        original = getattr(module, name, None)
        if not callable(original):
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label(*args, **kwargs)] += time.perf_counter() - started
                if keep:
                    volumes.append(args[0])

        patched.append((module, name, original))
        setattr(module, name, timed)

    for name in dir(archive_volumes):
        if name.endswith("_volume"):
            wrap(archive_volumes, name, lambda *a, _n=name, **k: f"build {_n}")
    wrap(archive_docx, "write_volume", lambda v, *a, **k: f"write {v.file_name}", keep=True)
    wrap(archive_docx, "write_directory", lambda *a, **k: "write 00_归档文件目录")
    wrap(selfcheck, "check_year", lambda *a, **k: "selfcheck.check_year")
    wrap(selfcheck_docx, "write_report", lambda *a, **k: "write 07_年度自查报告")
    wrap(archive, "write_manifest", lambda *a, **k: "write manifest")
    wrap(manifest, "write_manifest", lambda *a, **k: "write manifest")
    wrap(archive_pdf, "count_and_write_volume", lambda _v, path, *a, **k: f"count pages {path.name}")
    try:
        yield seconds, volumes
    finally:
        for module, name, original in reversed(patched):
            setattr(module, name, original)


# --- the baseline: plain python-docx -------------------------------------------------------------------
def _plain_table(doc: Any, headers: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    for row, values in zip(table.rows, [headers, *rows], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = clean(value)


def plain_write(volumes: list[Any], folder: Path) -> None:
    """The same volumes' content as unstyled paragraphs and tables, plus the directory (see module doc)."""
    from docx import Document

    everything: list[list[str]] = []
    for v in volumes:
        doc = Document()
        for line in (v.marking, v.title, v.fonds, f"{v.year}年", v.retention, f"{len(v.items)}件", "卷内目录"):
            doc.add_paragraph(line)
        _plain_table(doc, archive_docx.DIRECTORY_HEADERS, archive_docx.directory_rows(v.items))
        for item in v.items:
            doc.add_paragraph(clean(item.title))
            for b in item.blocks:
                if b.kind == "fields":
                    for label, value in b.fields:
                        if value:
                            doc.add_paragraph(clean(f"{label}：{value}"))
                elif b.kind == "table":
                    _plain_table(doc, b.headers, b.rows)
                else:
                    for line in (b.text or "").splitlines() or [""]:
                        doc.add_paragraph(clean(line))
        doc.add_paragraph("备考表")
        doc.save(str(folder / v.file_name))
        everything += [[str(len(everything) + 1), it.archive_no, it.doc_no, it.responsible, it.title, it.date,
                        it.secrecy, "", it.note or v.title] for it in v.items]
    doc = Document()
    doc.add_paragraph("归档文件目录")
    _plain_table(doc, archive_docx.DIRECTORY_HEADERS, everything)
    doc.save(str(folder / "00_归档文件目录.docx"))


_PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'),
}
_BODY = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>')


class _RawDocument:
    """Paragraphs and tables as bare WordprocessingML text, saved as a minimal .docx package."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add_paragraph(self, line: str) -> None:
        self.parts.append(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')

    def add_table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.parts.append("<w:tbl>")
        for values in [headers, *rows]:
            self.parts.append("<w:tr>" + "".join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{escape(clean(v))}</w:t></w:r></w:p></w:tc>'
                for v in values) + "</w:tr>")
        self.parts.append("</w:tbl>")

    def save(self, path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, xml in _PACKAGE.items():
                z.writestr(name, xml)
            z.writestr("word/document.xml", _BODY.format("".join(self.parts)))


def raw_write(volumes: list[Any], folder: Path) -> None:
    """The same paragraphs and cells as :func:`plain_write`, as bare WordprocessingML in a zip."""
    everything: list[list[str]] = []
    for v in volumes:
        doc = _RawDocument()
        for line in (v.marking, v.title, v.fonds, f"{v.year}年", v.retention, f"{len(v.items)}件", "卷内目录"):
            doc.add_paragraph(line)
        doc.add_table(archive_docx.DIRECTORY_HEADERS, archive_docx.directory_rows(v.items))
        for item in v.items:
            doc.add_paragraph(clean(item.title))
            for b in item.blocks:
                if b.kind == "fields":
                    for label, value in b.fields:
                        if value:
                            doc.add_paragraph(clean(f"{label}：{value}"))
                elif b.kind == "table":
                    doc.add_table(b.headers, b.rows)
                else:
                    for line in (b.text or "").splitlines() or [""]:
                        doc.add_paragraph(clean(line))
        doc.add_paragraph("备考表")
        doc.save(folder / v.file_name)
        everything += [[str(len(everything) + 1), it.archive_no, it.doc_no, it.responsible, it.title, it.date,
                        it.secrecy, "", it.note or v.title] for it in v.items]
    doc = _RawDocument()
    doc.add_paragraph("归档文件目录")
    doc.add_table(archive_docx.DIRECTORY_HEADERS, everything)
    doc.save(folder / "00_归档文件目录.docx")


def plain_pdf(volumes: list[Any], folder: Path) -> None:
    """The same paragraphs and cells as :func:`plain_write`, laid out by bare reportlab: one CJK font,
    ``Paragraph`` per line, ``Table`` of ``Paragraph`` cells in equal columns, ``SimpleDocTemplate`` on A4;
    no page numbers, 归档章, measured widths or landscape pages, and nothing filled in later."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from dangjian_desktop.export.pdf_fonts import register_cjk_fonts

    font = register_cjk_fonts()[0]
    body = ParagraphStyle("plain", fontName=font, fontSize=15.75, leading=28.95, wordWrap="CJK")
    small = ParagraphStyle("plain-cell", fontName=font, fontSize=9, leading=10.8, wordWrap="CJK")
    width = A4[0] - 2 * 72

    def para(text: str, style: Any = body) -> Any:
        return Paragraph(escape(clean(text)), style)

    def table(headers: list[str], rows: list[list[Any]]) -> Any:
        data = [[para(v if isinstance(v, str) else v.text, small) for v in row] for row in [headers, *rows]]
        cols = max(len(r) for r in data)
        data = [r + [""] * (cols - len(r)) for r in data]
        return Table(data, colWidths=[width / cols] * cols, repeatRows=1)

    everything: list[list[str]] = []
    for v in volumes:
        story = [para(line) for line in (v.marking, v.title, v.fonds, f"{v.year}年", v.retention,
                                         f"{len(v.items)}件", "卷内目录")]
        story.append(table(archive_docx.DIRECTORY_HEADERS, archive_docx.directory_rows(v.items)))
        for item in v.items:
            story.append(para(item.title))
            for b in item.blocks:
                if b.kind == "fields":
                    story += [para(f"{label}：{value}") for label, value in b.fields if value]
                elif b.kind == "table":
                    story.append(table(b.headers, b.rows))
                else:
                    story += [para(line) for line in (b.text or "").splitlines() or [""]]
        story.append(para("备考表"))
        SimpleDocTemplate(str(folder / (v.file_name[:-5] + ".pdf")), pagesize=A4).build(story)
        everything += [[str(len(everything) + 1), it.archive_no, it.doc_no, it.responsible, it.title, it.date,
                        it.secrecy, "", it.note or v.title] for it in v.items]
    SimpleDocTemplate(str(folder / "00_归档文件目录.pdf"), pagesize=A4).build(
        [para("归档文件目录"), table(archive_docx.DIRECTORY_HEADERS, everything)])


# --- the same branch in a database of its own ------------------------------------------------------------
def alone_database(path: Path, branch_id: str) -> Path:
    """A copy of ``branch_id``'s rows out of the database ``path`` into one of its own (made by the real
    migrations; cached beside it): every table's rows that belong to the branch — its own ``branch_id``,
    or references to rows already copied — and the tables of no branch whole."""
    from sqlalchemy import inspect

    from dangjian_desktop.db.engine import refresh_statistics
    from dangjian_desktop.db.models import RecordBase

    out = path.with_name(f"alone-{branch_id[:8]}-{path.name}")
    if out.exists():
        return out
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    open_database(tmp).dispose()  # the schema, by the migrations
    db = open_database(tmp)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.exec_driver_sql("ATTACH DATABASE ? AS big", (str(path),))
            present = set(inspect(conn).get_table_names())
            for table in RecordBase.metadata.sorted_tables:
                if table.name not in present:
                    continue
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                where = []
                if table.name == "branch":
                    where.append("id = :b")
                elif "branch_id" in table.c:
                    where.append("branch_id = :b")
                for fk in table.foreign_keys:
                    parent = fk.column.table.name
                    if parent == table.name or fk.parent.name == "branch_id":
                        continue
                    test = f'"{fk.parent.name}" IN (SELECT "{fk.column.name}" FROM main."{parent}")'
                    where.append(f'("{fk.parent.name}" IS NULL OR {test})' if fk.parent.nullable else test)
                conn.execute(text(f'INSERT INTO main."{table.name}" ({columns}) SELECT {columns} FROM big."{table.name}"'
                                  + (" WHERE " + " AND ".join(where) if where else "")), {"b": branch_id})
        with db.engine.begin() as conn:
            refresh_statistics(conn)
    finally:
        db.dispose()
    tmp.rename(out)
    return out


# --- memory, in a child process ------------------------------------------------------------------------
def _status_mb(key: str) -> float | None:
    """VmRSS / VmHWM of this process from /proc/self/status (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def child_memory(kind: str, db_path: str, branch_id: str, year: int, today: str) -> int:
    """Run one export in this (fresh) process; print its memory figures as JSON.

    Peak RSS is the kernel's high-water mark VmHWM, reset just before the export (``clear_refs``).
    ``ru_maxrss`` is not used on Linux: a child started by fork + exec inherits the parent's maximum,
    which here is the benchmark process with the large database open. Without /proc (macOS) it is the
    fallback, and then an upper bound.
    """
    import tracemalloc

    import docx  # noqa: F401  (imported before measuring: the growth is the export's data, not module code)

    from dangjian_desktop.export import docx_layout, selfcheck_docx  # noqa: F401
    from dangjian_desktop.services.year import selfcheck  # noqa: F401

    db = open_database(db_path if "://" in db_path else Path(db_path))
    with db.session_scope() as s:
        s.execute(text("SELECT 1"))
        if kind == "tracemalloc":
            tracemalloc.start()
        with suppress(OSError):
            Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
        before = _status_mb("VmRSS")
        _export(s, branch_id, year, date.fromisoformat(today))
        peak = _status_mb("VmHWM")
        if peak is None:
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
        result = {"rss_before_mb": before, "peak_rss_mb": peak, "after_mb": _status_mb("VmRSS")}
        if kind == "tracemalloc":
            result = {"tracemalloc_peak_mb": tracemalloc.get_traced_memory()[1] / 2**20}
            tracemalloc.stop()
    db.dispose()
    print(json.dumps(result))
    return 0


def memory(db_path: Path | str, branch_id: str, year: int, today: date) -> dict[str, float | None]:
    figures: dict[str, float | None] = {}
    for kind in ("rss", "tracemalloc"):
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child-memory", kind, str(db_path),
                               branch_id, str(year), today.isoformat()], capture_output=True, text=True, check=True)
        figures.update(json.loads(proc.stdout.strip().splitlines()[-1]))
    before, peak = figures.get("rss_before_mb"), figures.get("peak_rss_mb")
    figures["peak_rss_growth_mb"] = peak - before if peak is not None and before is not None else None
    return {k: None if v is None else round(v, 1) for k, v in figures.items()}


# --- one case ------------------------------------------------------------------------------------------
_CPU: list[float] = []  # the CPU seconds of the runs _median_s timed last (the machine may be shared)


def _median_s(fn: Callable[[], Any], reps: int) -> tuple[float, list[float]]:
    fn()  # warm-up, discarded
    times = []
    _CPU.clear()
    for _ in range(reps):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        _CPU.append(time.process_time() - cpu)
    return statistics.median(times), times


def _profile(fn: Callable[[], Any], top: int = 15) -> dict[str, Any]:
    """One run under cProfile: the project's functions by cumulative time, everything by own time,
    and the time spent inside SQLite (the sqlite3 cursor's own time)."""
    profiler = cProfile.Profile()
    profiler.runcall(fn)
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == __file__:
            continue
        short = filename.split("site-packages/")[-1].removeprefix(str(HERE.parent) + "/")
        rows.append({"function": name if filename == "~" else f"{short}:{line}({name})", "calls": calls,
                     "own_s": round(own, 3), "cumulative_s": round(cumulative, 3)})
    project = [r for r in rows if r["function"].startswith("dangjian_desktop/")]
    return {"by_cumulative": sorted(project, key=lambda r: -r["cumulative_s"])[:top],
            "by_own": sorted(rows, key=lambda r: -r["own_s"])[:top],
            "sqlite_own_s": round(sum(r["own_s"] for r in rows if "sqlite3." in r["function"]), 3),
            "total_s": round(max((r["cumulative_s"] for r in project), default=0.0), 3)}


def run_case(name: str, db_path: Path | str, branch_id: str, year: int, today: date, args: argparse.Namespace,
             extra: dict[str, Any]) -> dict[str, Any]:
    print(f"[{name}] {year}: export_year × {args.reps} …", flush=True)
    db = open_database(db_path)
    result: dict[str, Any] = {"database": getattr(db_path, "name", db_path), "branch_id": branch_id, "year": year,
                              "today": today.isoformat(), **extra}
    try:
        with db.session_scope() as s:
            export_s, runs = _median_s(lambda: _export(s, branch_id, year, today), args.reps)
            export_cpu = statistics.median(_CPU)
            with recording(db.engine) as statements:
                _export(s, branch_id, year, today)
            with timed_calls() as (split, volumes):
                started = time.perf_counter()
                exported = _export(s, branch_id, year, today)
                split_total = time.perf_counter() - started
            folder = Path(tempfile.mkdtemp(prefix="bench-plain-"))
            try:
                baseline_s, _ = _median_s(lambda: plain_write(volumes, folder), args.reps)
                raw_s, _ = _median_s(lambda: raw_write(volumes, folder), args.reps)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            write_s = sum(v for k, v in split.items() if k.startswith("write 0") and "自查" not in k)
            result.update({
                "counts": exported.counts, "items": sum(exported.counts.values()),
                "export_median_s": round(export_s, 3), "export_runs_s": [round(t, 3) for t in runs],
                "export_cpu_median_s": round(export_cpu, 3), "statements": statements.count,
                "baseline_plain_docx_median_s": round(baseline_s, 3), "ratio": round(export_s / baseline_s, 2),
                "baseline_raw_xml_median_s": round(raw_s, 3), "ratio_raw": round(export_s / raw_s, 2),
                "write_only_s": round(write_s, 3), "ratio_write_only": round(write_s / baseline_s, 2),
                "ratio_write_only_raw": round(write_s / raw_s, 2),
                "budget_s": BUDGET_S, "within_budget": export_s <= BUDGET_S,
                "split_s": {k: round(v, 3) for k, v in sorted(split.items())},
                "split_other_s": round(split_total - sum(split.values()), 3), "split_run_total_s": round(split_total, 3),
            })
            if args.profile:
                print(f"[{name}] profile …", flush=True)
                result["profile"] = _profile(lambda: _export(s, branch_id, year, today))
            if args.count:
                print(f"[{name}] count=True (PDF copies) × {args.reps} …", flush=True)
                counted_s, counted_runs = _median_s(lambda: _export(s, branch_id, year, today, count=True), args.reps)
                with timed_calls() as (count_split, _):
                    counted = _export(s, branch_id, year, today, count=True)
                folder = Path(tempfile.mkdtemp(prefix="bench-plain-pdf-"))
                try:
                    bare_pdf_s, _ = _median_s(lambda: plain_pdf(volumes, folder), args.reps)
                finally:
                    shutil.rmtree(folder, ignore_errors=True)
                bare_s = bare_pdf_s + baseline_s
                result["count_true"] = {
                    "median_s": round(counted_s, 3), "runs_s": [round(t, 3) for t in counted_runs],
                    "pages_counted": counted.pages_counted,
                    "pdf_s": round(sum(v for k, v in count_split.items() if k.startswith("count")), 3),
                    "baseline_bare_reportlab_s": round(bare_pdf_s, 3),
                    "baseline_bare_reportlab_plus_docx_s": round(bare_s, 3),
                    "ratio": round(counted_s / bare_s, 2), "budget_s": BUDGET_S,
                    "within_budget": counted_s <= BUDGET_S}
    finally:
        db.dispose()
    if args.memory:
        print(f"[{name}] memory (child processes) …", flush=True)
        result["memory_mb"] = memory(db_path, branch_id, year, today)
        peak = result["memory_mb"]["peak_rss_mb"]
        result["memory_mb"]["within_budget"] = peak is not None and peak <= BUDGET_MB
    return result


# --- report --------------------------------------------------------------------------------------------
def _verdict(ok: bool) -> str:
    return "OK" if ok else "超出 OVER"


def report(cases: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["", f"{'figure':<46}{'median':>9}{'baseline':>10}{'ratio':>8}{'budget':>9}  result", "-" * 92]
    for name, r in cases.items():
        title = f"year archive, {name} {r['year']} ({r['items']} items)"
        lines.append(f"{title:<46}{r['export_median_s']:>8.2f}s{r['baseline_plain_docx_median_s']:>9.2f}s"
                     f"{r['ratio']:>7.1f}×{'≤3 s':>9}  {_verdict(r['within_budget'])}")
        if "export_cpu_median_s" in r:
            lines.append(f"    CPU {r['export_cpu_median_s']:.2f} s (median of the same runs), {r['statements']} SQL statements")
        lines.append(f"{'  vs. raw WordprocessingML floor':<46}{r['export_median_s']:>8.2f}s"
                     f"{r['baseline_raw_xml_median_s']:>9.2f}s{r['ratio_raw']:>7.1f}×")
        lines.append(f"{'  write_volume + write_directory only':<46}{r['write_only_s']:>8.2f}s"
                     f"{r['baseline_plain_docx_median_s']:>9.2f}s{r['ratio_write_only']:>7.1f}×")
        lines.append(f"{'    … vs. raw WordprocessingML floor':<46}{r['write_only_s']:>8.2f}s"
                     f"{r['baseline_raw_xml_median_s']:>9.2f}s{r['ratio_write_only_raw']:>7.1f}×")
        m = r.get("memory_mb")
        if m is not None:
            lines.append(f"{'  peak memory: process RSS (VmHWM)':<46}{m['peak_rss_mb'] or float('nan'):>7.0f}MB{'':>18}"
                         f"{'≤300 MB':>9}  {_verdict(m['within_budget'])}")
            lines.append(f"    RSS before the export {m['rss_before_mb']} MB, growth {m['peak_rss_growth_mb']} MB; "
                         f"tracemalloc peak (Python objects only) {m.get('tracemalloc_peak_mb')} MB")
        c = r.get("count_true")
        if c is not None:
            lines.append(f"{'  with page counts (count=True, PDF copies)':<46}{c['median_s']:>8.2f}s"
                         f"{c['baseline_bare_reportlab_plus_docx_s']:>9.2f}s{c['ratio']:>7.1f}×{'≤3 s':>9}  "
                         f"{_verdict(c['within_budget'])}")
            lines.append(f"    baseline: bare reportlab {c['baseline_bare_reportlab_s']:.2f} s + plain python-docx; "
                         f"laying out the PDF copies {c['pdf_s']:.2f} s of one run; pages counted: {c['pages_counted']}")
        lines.append(f"    split (one instrumented run, {r['split_run_total_s']:.2f} s):")
        for label, seconds in r["split_s"].items():
            lines.append(f"      {label:<40}{seconds:>7.3f} s")
        lines.append(f"      {'other (folder, rename, checks)':<40}{r['split_other_s']:>7.3f} s")
        profile = r.get("profile")
        if profile:
            lines.append(f"    profile (one cProfile run, times inflated: {profile['total_s']:.2f} s in all, "
                         f"{profile['sqlite_own_s']:.2f} s inside SQLite):")
        for key, heading in (("by_cumulative", "project functions by cumulative time"), ("by_own", "own time")):
            rows = (profile or {}).get(key, [])
            if rows:
                lines.append(f"    top {heading}:")
                lines += [f"      {p['cumulative_s']:>7.3f} s cum {p['own_s']:>7.3f} s own {p['calls']:>8}  "
                          f"{p['function']}" for p in rows[:12]]
    lines.append("baseline = python-docx writing the same volumes' paragraphs and table cells unstyled; "
                 "raw floor = the same as bare WordprocessingML in a zip (see the module docstring)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--no-count", dest="count", action="store_false", help="skip the count=True run")
    parser.add_argument("--no-profile", dest="profile", action="store_false", help="skip the cProfile run")
    parser.add_argument("--skip-large", action="store_true", help="only the demo branch")
    parser.add_argument("--db", metavar="URL", help="run the large case on this database server")
    parser.add_argument("--branches", type=int, default=Spec.branches, help="the large database's branches")
    parser.add_argument("--members", type=int, default=Spec.members, help="… and members per branch")
    parser.add_argument("--alone", action="store_true",
                        help="also the same branch-year in a database holding that branch only (a copy of its rows)")
    parser.add_argument("--skip-demo", action="store_true", help="only the large case")
    parser.add_argument("--no-memory", dest="memory", action="store_false", help="skip the memory children")
    parser.add_argument("--child-memory", nargs=5, metavar=("KIND", "DB", "BRANCH", "YEAR", "TODAY"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_memory:
        kind, db, branch, year, today = args.child_memory
        return child_memory(kind, db, branch, int(year), today)
    cases: dict[str, dict[str, Any]] = {}
    if not args.skip_demo:
        with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
            started = time.perf_counter()
            path, branch_id, year, today = demo_database(Path(tmp))
            made = round(time.perf_counter() - started, 1)
            cases["demo branch"] = run_case("demo", path, branch_id, year, today, args,
                                            {"demo": DEMO, "demo_built_s": made})
    if not args.skip_large:
        spec = Spec(args.branches, args.members)
        large: Path | str = server_database(args.db, spec) if args.db else large_database(spec)
        branch_id, year, records = busiest(large)
        label = f"large {spec.branches}×{spec.members} busiest"
        cases[label] = run_case("large", large, branch_id, year, spec.today, args, records)
        if args.alone and isinstance(large, Path):
            alone = alone_database(large, branch_id)
            cases[f"{label}, the branch alone"] = run_case("alone", alone, branch_id, year, spec.today, args, records)
    out = HERE / "out" / f"bench_archive-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n".join(report(cases)))
    print(f"\n{out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
