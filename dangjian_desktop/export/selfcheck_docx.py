"""The 年度自查 report as a Word document in the official layout (portrait, GB/T 9704)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain.selfcheck_start import UNUSED, UNUSED_LABEL
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


def write_report(branch_name: str, year: int, as_of: date, grid: list[sc.GridRow], findings: list[sc.Finding],
                 path: Path, *, template: Template | None = None, fields: dict[str, str] | None = None,
                 stamp: dict[str, str] | None = None, author: str = "", created: datetime | None = None) -> Path:
    """The report; with ``stamp`` (an archived copy) its 归档章 in the top right of the first page. The month
    grid goes on a landscape 附表 after the report when it cannot fit the portrait text width."""
    from dangjian_desktop.export import docx_layout as dl

    title = report_title(branch_name, year)
    doc = dl.new_document(template=template, fields=fields, title=title, author=author or branch_name, created=created)
    if stamp is not None:
        dl.add_stamp(doc, stamp)
    dl.add_title(doc, title, outline=stamp is not None)
    dl.add_text(doc, f"（自查截至{as_of.year}年{as_of.month}月{as_of.day}日）", dl.HEADING2, align="center")
    counts = {s: sum(f.severity == s for f in findings) for s in sr.SEVERITY_LABELS}
    dl.add_text(doc, "一、总体情况", dl.HEADING1, keep=True)
    if findings:
        dl.add_text(doc, f"对照党章、《中国共产党支部工作条例（试行）》等规定，本年度自查发现问题{len(findings)}个，"
                         f"其中严重{counts[sr.SERIOUS]}个、需提醒{counts[sr.WARN]}个、提示{counts[sr.INFO]}个。")
    else:
        dl.add_text(doc, "对照党章、《中国共产党支部工作条例（试行）》等规定自查，未发现问题。")
    headers, rows = grid_table(grid)
    note = "注：“✓”为已开展，“缺”为没有记录，空白为未到期，“未启用”为启用本软件之前的月份；季度、年度项目跨该期的各月。"
    appendix = dl.fit_table(headers, rows, doc.text_width_mm, sizes=dl.TABLE_SIZES[:1]) is None
    dl.add_text(doc, "二、组织生活开展情况", dl.HEADING1, keep=True)
    if appendix:  # too wide for a portrait page: a landscape 附表 after the report
        dl.add_text(doc, "各项组织生活逐月开展情况见附表。")
    else:
        dl.add_table(doc, headers, rows)
        dl.add_text(doc, note, dl.NOTE)
    dl.add_text(doc, "三、发现的问题", dl.HEADING1, keep=True)
    n = 0
    for severity, label in sr.SEVERITY_LABELS.items():
        items = [f for f in findings if f.severity == severity]
        if not items:
            continue
        dl.add_text(doc, f"（{_CN_NUMBERS[n]}）{label}问题（{len(items)}个）", dl.HEADING2, keep=True)
        n += 1
        for i, f in enumerate(items, 1):
            dl.add_text(doc, f"{i}. {f.text}。依据：{f.basis}。")
    if not findings:
        dl.add_text(doc, "无。")
    dl.add_text(doc, "四、整改措施", dl.HEADING1, keep=True)
    dl.add_text(doc, "对以上问题，支部委员会逐项明确责任人和整改时限，能补正的及时补正，不能补正的如实说明情况，"
                     "并在今后工作中按规定的频次和时限开展。", keep=True)
    dl.add_text(doc, f"{branch_name}　　", align="right", keep=True)
    dl.add_text(doc, f"{as_of.year}年{as_of.month}月{as_of.day}日　　", align="right")
    if appendix:
        dl.new_page(doc, landscape=True)
        dl.add_text(doc, "附表", dl.HEADING1, indent=False, keep=True)
        dl.add_text(doc, f"{year}年度组织生活开展情况", dl.HEADING2, align="center", keep=True)
        dl.add_table(doc, headers, rows)
        dl.add_text(doc, note, dl.NOTE)
    return dl.save(doc, path)
