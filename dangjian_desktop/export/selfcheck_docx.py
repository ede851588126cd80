"""The 年度自查 report as a Word document in the official layout (portrait, GB/T 9704)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain.selfcheck_start import UNUSED, UNUSED_LABEL
from dangjian_desktop.export.archive_docx import Block
from dangjian_desktop.export.docx_layout import Cell, Span
from dangjian_desktop.export.docx_template import Template

_PERIOD = re.compile(r"^\d{4}年(第\d季度)?")
_CN_NUMBERS = "一二三四五六七八九十"
_SYMBOL = {sc.OK: "✓", sc.MISSING: "缺", sc.PENDING: "", sc.NA: "", UNUSED: UNUSED_LABEL}


def report_title(branch_name: str, year: int) -> str:
    return f"{branch_name}{year}年度党建工作自查报告"


def grid_table(grid: list[sc.GridRow]) -> tuple[list[str], list[list[Cell]]]:
    """项目 × 12 months; a quarter's or the year's item spans its months."""
    rows: list[list[Cell]] = []
    for row in grid:
        cells: list[Cell] = [row.label]
        month = 1
        for cell in sorted(row.cells, key=lambda c: c.first_month):
            if cell.first_month > month:
                cells += [""] * (cell.first_month - month)
            symbol = cell.mark or _SYMBOL[cell.state]
            note = _PERIOD.sub("", cell.note)  # the column heads say which months
            text = symbol if cell.months == 1 else cell.mark or (f"{symbol}　{note}" if symbol else note)
            cells.append(Span(text, cell.months) if cell.months > 1 else text)
            month = cell.first_month + cell.months
        cells += [""] * (13 - month)
        rows.append(cells)
    return ["项目", *(f"{m}月" for m in range(1, 13))], rows


def report_blocks(branch_name: str, year: int, as_of: date, grid: list[sc.GridRow], findings: list[sc.Finding], *,
                  width_mm: float, stamp: dict[str, str] | None = None) -> list[Block]:
    """The report's content, for the Word file and the PDF copy alike; with ``stamp`` (an archived copy) its
    归档章 in the top right of the first page. The month grid goes on a landscape 附表 after the report when
    it cannot fit the portrait text width (``width_mm``)."""
    from dangjian_desktop.export import docx_layout as dl

    out: list[Block] = []
    if stamp is not None:
        out.append(Block("stamp", fields=list(stamp.items())))
    out.append(Block("title", report_title(branch_name, year), fields=[("outline", "1")] if stamp is not None else []))
    out.append(Block("subtitle", f"（自查截至{as_of.year}年{as_of.month}月{as_of.day}日）"))
    counts = {s: sum(f.severity == s for f in findings) for s in sr.SEVERITY_LABELS}
    out.append(Block("heading", "一、总体情况"))
    if findings:
        out.append(Block("text", f"对照党章、《中国共产党支部工作条例（试行）》等规定，本年度自查发现问题{len(findings)}个，"
                                 f"其中严重{counts[sr.SERIOUS]}个、需提醒{counts[sr.WARN]}个、提示{counts[sr.INFO]}个。"))
    else:
        out.append(Block("text", "对照党章、《中国共产党支部工作条例（试行）》等规定自查，未发现问题。"))
    headers, rows = grid_table(grid)
    note = "注：“✓”为已开展，“缺”为没有记录，空白为未到期，“未启用”为启用本软件之前的月份；季度、年度项目跨该期的各月。"
    appendix = dl.fit_table(headers, rows, width_mm, sizes=dl.TABLE_SIZES[:1]) is None
    out.append(Block("heading", "二、组织生活开展情况"))
    if appendix:
        out.append(Block("text", "各项组织生活逐月开展情况见附表。"))
    else:
        out += [Block("table", headers=headers, rows=rows), Block("note", note)]
    out.append(Block("heading", "三、发现的问题"))
    n = 0
    for severity, label in sr.SEVERITY_LABELS.items():
        items = [f for f in findings if f.severity == severity]
        if not items:
            continue
        out.append(Block("subheading", f"（{_CN_NUMBERS[n]}）{label}问题（{len(items)}个）"))
        n += 1
        out += [Block("text", f"{i}. {f.text}。依据：{f.basis}。") for i, f in enumerate(items, 1)]
    if not findings:
        out.append(Block("text", "无。"))
    out.append(Block("heading", "四、整改措施"))
    out.append(Block("text", "对以上问题，支部委员会逐项明确责任人和整改时限，能补正的及时补正，不能补正的如实说明情况，"
                             "并在今后工作中按规定的频次和时限开展。"))
    out.append(Block("right", f"{branch_name}　　"))
    out.append(Block("right", f"{as_of.year}年{as_of.month}月{as_of.day}日　　"))
    if appendix:
        out += [Block("page", "landscape"), Block("heading", "附表"), Block("subtitle", f"{year}年度组织生活开展情况"),
                Block("table", headers=headers, rows=rows), Block("note", note)]
    return out


def write_report(branch_name: str, year: int, as_of: date, grid: list[sc.GridRow], findings: list[sc.Finding],
                 path: Path, *, template: Template | None = None, fields: dict[str, str] | None = None,
                 stamp: dict[str, str] | None = None, author: str = "", created: datetime | None = None) -> Path:
    """The report as a Word file (see report_blocks)."""
    from dangjian_desktop.export.archive_docx import write_blocks
    from dangjian_desktop.export.docx_layout import builtin_template

    width = (template or builtin_template()).text_width_mm(False)
    blocks = report_blocks(branch_name, year, as_of, grid, findings, width_mm=width, stamp=stamp)
    return write_blocks(path, blocks, template=template, fields=fields, title=report_title(branch_name, year),
                        author=author or branch_name, created=created)
