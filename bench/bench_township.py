"""Township benchmark (DESIGN.md §5): 40 branch 数据包 × 10 years imported into a fresh township database.

    .venv/bin/python bench/bench_township.py [--branches 40] [--members 100] [--township-db PATH]

Phases, each in a fresh child process (so each peak memory is its own, VmHWM of the whole process):

- 对照 baseline: the bare reading of the same 40 zips — every member read with ``zipfile`` and every
  table parsed with ``json.loads`` (no signature, no hashes, no database): the floor for touching
  that much data in Python;
- 首次导入 import: all 40 packages into a new township database, one transaction per package, as
  ``import-package`` does (verify the signature and hashes, register each key, merge by UUID, write
  the attachments);
- 重复导入 re-import: the same 40 again (changes nothing; every table's hash is the one merged
  before, so no table is read);
- 修改后导入 re-import after edits: the 40 packages exported after a few per cent of each branch's
  records were edited or deleted (see generate_township.py); the tables that did not change are
  skipped by their hash, the others merged row by row.

Ratios are to the baseline of the same run, for the wall clock and for the CPU time (user + system) of
each child: on a machine shared with other work the CPU time is the steadier figure. The township database is left at ``--township-db``
(default: ``bench/out/township-<key>/township/township.sqlite3``, printed at the end) in the state after
the edited packages, for the 汇总 benchmark to open. Figures are saved as bench/out/bench_township-*.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate_township import TownSpec, township_files  # noqa: E402

BUDGET_S = 60.0
BUDGET_MIB = 500.0


def _cpu_seconds() -> float:
    """User + system CPU time of this process: on a shared, loaded machine it moves far less than the wall clock."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child_baseline(packages: list[Path]) -> dict[str, Any]:
    started = time.perf_counter()
    rows = 0
    for path in packages:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                data = zf.read(info)
                if info.filename.endswith(".json"):
                    parsed = json.loads(data.decode("utf-8"))
                    if info.filename.startswith("tables/"):
                        rows += len(parsed)
    return {"seconds": time.perf_counter() - started, "rows": rows}


def child_import(db_path: Path, packages: list[Path]) -> dict[str, Any]:
    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.services.exchange.merge import import_file
    from dangjian_desktop.services.meetings.attachments import attachments_dir

    started = time.perf_counter()
    db = open_database(db_path)
    totals = {"added": 0, "replaced": 0, "deleted": 0, "unchanged": 0, "conflicts": 0, "files": 0}
    statements = 0

    def count(*_a: Any) -> None:
        nonlocal statements
        statements += 1

    from sqlalchemy import event

    event.listen(db.engine, "before_cursor_execute", count)
    slowest = 0.0
    try:
        for path in packages:
            one = time.perf_counter()
            with db.session_scope() as s:
                r = import_file(s, path, attachments_root=attachments_dir(db_path))
            slowest = max(slowest, time.perf_counter() - one)
            totals["added"] += r.added
            totals["replaced"] += r.replaced
            totals["deleted"] += r.deleted
            totals["unchanged"] += r.unchanged
            totals["conflicts"] += len(r.conflicts)
            totals["files"] += r.files_written
    finally:
        db.dispose()
    return {"seconds": time.perf_counter() - started, "slowest_package": slowest, "statements": statements,
            **totals}


def run_child(phase: str, db_path: Path, packages: list[Path]) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", phase, "--child-db", str(db_path), *map(str, packages)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{phase} 失败：\n{done.stdout}\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="乡镇数据包导入性能测试")
    parser.add_argument("--branches", type=int, default=40)
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--township-db", type=Path, help="乡镇数据库留在这里（供汇总性能测试打开）")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("packages", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = child_baseline(args.packages) if args.child == "baseline" else child_import(args.child_db,
                                                                                             args.packages)
        result["peak_mib"] = _peak_mib()
        result["cpu_seconds"] = _cpu_seconds()
        print(json.dumps(result))
        return 0

    files = township_files(TownSpec(args.branches, args.members, args.seed))
    db_path = (args.township_db or files.township_db()).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        stale.unlink(missing_ok=True)
    import shutil

    shutil.rmtree(db_path.parent / "attachments", ignore_errors=True)
    size = sum(p.stat().st_size for p in files.packages) / 2**20
    print(f"{len(files.packages)} 个数据包，共 {size:.0f} MiB；乡镇数据库：{db_path}", flush=True)

    import os

    load_before = os.getloadavg()[0]
    phases: dict[str, dict[str, Any]] = {}
    phases["baseline"] = run_child("baseline", db_path, files.packages)
    phases["import"] = run_child("import", db_path, files.packages)
    phases["reimport"] = run_child("import", db_path, files.packages)
    phases["edited"] = run_child("import", db_path, files.edited)
    base = phases["baseline"]["seconds"]
    labels = {"baseline": "对照：zip 读取 + JSON 解析", "import": "首次导入 40 个数据包",
              "reimport": "重复导入（不变）", "edited": "修改后再导入"}
    base_cpu = phases["baseline"]["cpu_seconds"]
    print(f"\n{'':28}{'用时 s':>9}{'× 对照':>9}{'CPU s':>9}{'× 对照':>9}{'峰值 MiB':>10}{'语句数':>9}")
    for key, label in labels.items():
        p = phases[key]
        ratio = p["seconds"] / base if base else float("nan")
        cpu_ratio = p["cpu_seconds"] / base_cpu if base_cpu else float("nan")
        print(f"{label:28}{p['seconds']:9.1f}{ratio:9.1f}{p['cpu_seconds']:9.1f}{cpu_ratio:9.1f}{p['peak_mib']:10.0f}"
              f"{p.get('statements', 0):9d}")
    for key in ("import", "reimport", "edited"):
        p = phases[key]
        print(f"  {labels[key]}：新增 {p['added']}，更新 {p['replaced']}（删除 {p['deleted']}），未变 {p['unchanged']}，"
              f"冲突 {p['conflicts']}，附件 {p['files']}；最慢的一个数据包 {p['slowest_package']:.2f} s")
    worst = max(phases[k]["seconds"] for k in ("import", "reimport", "edited"))
    peak = max(phases[k]["peak_mib"] for k in ("import", "reimport", "edited"))
    print(f"\n预算：每项 ≤ {BUDGET_S:.0f} s（最慢 {worst:.1f} s），峰值 ≤ {BUDGET_MIB:.0f} MiB（最高 {peak:.0f} MiB）")
    load = (load_before, os.getloadavg()[0])
    print(f"机器负载（1 分钟平均）：开始 {load[0]:.1f}，结束 {load[1]:.1f}")
    print(f"乡镇数据库（修改后导入的状态，供汇总性能测试）：{db_path}")
    out = HERE / "out" / f"bench_township-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"packages": len(files.packages), "package_mib": size, "township_db": str(db_path), "load": load,
                               "phases": phases}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
