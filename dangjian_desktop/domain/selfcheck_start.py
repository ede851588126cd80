"""启用日期 in 年度自查: months before the branch started using this software are 未启用, not gaps.

A cell of the year grid lying wholly before the start month, with nothing recorded in it, is shown as
未启用 and gives no finding. A cell with records keeps its state (a secretary who entered earlier
meetings sees them judged). Findings that sum up the whole year are limited the same way: 党费 arrears
count only months since the start, unless payments were recorded for earlier months (then the whole
党费 row is judged), and 学时/笔记 targets for a
year started after January are not judged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain.dues_months import SERIOUS, arrears_level

UNUSED = "unused"  # cell state: 未启用
UNUSED_LABEL = "未启用"
_WHOLE_YEAR = (sr.STUDY_HOURS, sr.STUDY_NOTES)
_ARREARS = re.compile(r"连续(\d+)个月未交纳党费")


def start_month(started_on: date | None, year: int) -> int:
    """The first month of ``year`` that is judged: 1 if the start is in an earlier year (or unknown),
    13 if it is in a later one."""
    if started_on is None or started_on.year < year:
        return 1
    if started_on.year > year:
        return 13
    return started_on.month


def limit_to_start(grid: list[sc.GridRow], findings: list[sc.Finding], *, started_on: date | None, year: int,
                   as_of: date, rule_kinds: dict[str, str], dues_months_recorded: set[int]
                   ) -> tuple[list[sc.GridRow], list[sc.Finding]]:
    """The grid and findings with the months before ``started_on`` taken out.

    ``rule_kinds`` maps a rule key to its kind; ``dues_months_recorded`` are the months of ``year`` with
    a 党费 payment on record (any before the start: the 党费 row is judged from January).
    """
    first = start_month(started_on, year)
    if first == 1:
        return grid, findings
    note = f"启用本软件之前（{started_on.year}年{started_on.month}月{started_on.day}日起使用）" if started_on else UNUSED_LABEL
    early_dues = any(m < first for m in dues_months_recorded)  # 党费 kept from before the start: judged
    unused_targets: set[tuple[str, sc.Target]] = set()
    rows = []
    for row in grid:
        key = row.rule_key.split(":", 1)[0]
        is_dues = rule_kinds.get(key) == sr.DUES
        cells = []
        for cell in row.cells:
            before = cell.first_month + cell.months - 1 < first
            recorded = cell.state == sc.OK or (is_dues and early_dues)
            if before and not recorded:
                unused_targets.add((key, cell.target))
                cell = replace(cell, state=UNUSED, note=note, mark=UNUSED_LABEL)
            cells.append(cell)
        rows.append(replace(row, cells=tuple(cells)))
    last = min(as_of, date(year, 12, 31))
    months_used = max(0, last.month - first + 1) if last.year == year else 0
    kept = []
    for f in findings:
        kind = rule_kinds.get(f.rule_key)
        if (f.rule_key, f.target) in unused_targets:
            continue
        if kind in _WHOLE_YEAR:
            continue  # a year begun after January cannot be held to a whole year's hours and notes
        if kind == sr.DUES and not early_dues:
            match = _ARREARS.search(f.text)
            if match and int(match.group(1)) > months_used:
                level = arrears_level(months_used)
                if not level:
                    continue
                text = _ARREARS.sub(f"启用本软件以来连续{months_used}个月未交纳党费", f.text)
                f = replace(f, text=text, severity=sr.SERIOUS if level == SERIOUS else sr.WARN)
        kept.append(f)
    return rows, kept

