"""Roster import against DESIGN.md §5: a 10,000-row 花名册 ≤ 4 × openpyxl's bare read of the same file.

    .venv/bin/python bench/bench_import.py [--rows 10000]

The file: a title row, the header, and ``--rows`` people with valid 公民身份号码, dates, three 党小组 (one
new), phones. Timed in this process, one run each (the machine is shared): openpyxl reading every cell
of the file (read-only mode, the floor for reading it in Python), and the import as the window runs it
— preview (read, check every row against the rules and the database) and commit (one transaction) into
a new database with one branch. The statement count shows that the import does not grow per row.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

HEADER = ["序号", "姓名", "性别", "公民身份号码", "出生日期", "民族", "学历", "人员类别", "入党日期", "转正日期",
          "所在党小组", "联系电话", "工作单位及职务"]


def make_file(path: Path, rows: int) -> Path:
    import openpyxl

    from dangjian_desktop.domain.idcard import check_digit

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["中共测试村党支部党员花名册"])
    ws.append(HEADER)
    surnames, given = "王李张刘陈杨赵黄周吴", "建国明华芳军秀英伟强丽敏静磊"
    for i in range(rows):
        birth = date(1940, 1, 1) + timedelta(days=(i * 37) % 20000)
        first17 = f"620102{birth:%Y%m%d}{i % 100:02d}{(i % 5) * 2 + (i % 2)}"
        join = date(max(birth.year + 20, 1960), 7, 1)
        ws.append([i + 1, surnames[i % 10] + given[i % 14] + given[(i // 14) % 14], "男" if i % 2 else "女",
                   first17 + check_digit(first17), birth.isoformat(), "汉族", "高中", "正式党员", join.isoformat(),
                   join.replace(year=join.year + 1).isoformat(), ("第一党小组", "第二党小组", "第三党小组")[i % 3],
                   f"139{i:08d}", "务农"])
    wb.save(path)
    return path


def bare_read(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = sum(len(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    wb.close()
    return cells


def new_branch(db_path: Path) -> tuple[object, str]:
    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.services import branches

    db = open_database(db_path)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部",
                                                                   groups=["第一党小组", "第二党小组"])).id
    return db, branch_id


def app_import(path: Path, db: object, branch_id: str) -> tuple[int, int]:
    from sqlalchemy import event

    from dangjian_desktop.services.people import sheet_import

    statements = [0]
    engine = db.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", lambda *_a: statements.__setitem__(0, statements[0] + 1))
    with db.session_scope() as s:  # type: ignore[attr-defined]
        preview = sheet_import.preview_file(s, branch_id, path)
        changed = sheet_import.commit(s, branch_id, preview)
    return len(changed.ids), statements[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="花名册导入性能测试")
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = make_file(Path(tmp) / "花名册.xlsx", args.rows)
        bare_read(path)  # file cache and imports
        started = time.perf_counter()
        cells = bare_read(path)
        bare_ms = (time.perf_counter() - started) * 1000
        db, branch_id = new_branch(Path(tmp) / "台账.sqlite3")
        started = time.perf_counter()
        imported, statements = app_import(path, db, branch_id)
        app_ms = (time.perf_counter() - started) * 1000
        db.dispose()  # type: ignore[attr-defined]
    print(f"\n{'figure':<48}{'time':>10}{'baseline':>12}{'ratio':>8}{'budget':>8}")
    print("-" * 86)
    print(f"{f'roster import, {imported:,} rows (preview + commit)':<48}{app_ms:>8.0f}ms{bare_ms:>10.0f}ms"
          f"{app_ms / bare_ms:>7.2f}×{'≤4×':>8}")
    print(f"    baseline: openpyxl reading the same file ({cells:,} cells); {statements} SQL statements in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
