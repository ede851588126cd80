"""The 汇总 as a Word report: landscape A4 in the house layout (docx_layout: GB/T 9704 fonts, tables sized to
their content so numbers never break, header rows repeated on every page, rows kept whole)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dangjian_desktop.export.archive_docx import Block, write_blocks
from dangjian_desktop.export.docx_layout import Cell, Span
from dangjian_desktop.export.township_report import TownshipReport, Value, cell_text


def _cell(value: Value) -> Cell:
    return value if isinstance(value, Span) else cell_text(value)


def report_blocks(report: TownshipReport) -> list[Block]:
    out = [Block("title", report.title), Block("subtitle", report.subtitle)]
    for section in report.sections:
        out.append(Block("heading", section.heading))
        out += [Block("text", line) for line in section.lines]
        for table in section.tables:
            rows = [[_cell(v) for v in row] for row in table.rows]
            if table.totals is not None:
                rows.append([_cell(v) for v in table.totals])
            out += [Block("caption", table.name), Block("table", headers=table.headers, rows=rows)]
            if table.note:
                out.append(Block("note", table.note))
    if report.signer:
        out.append(Block("right", f"{report.signer}　　"))
    if report.date_line:
        out.append(Block("right", f"{report.date_line}　　"))
    return out


def write_docx(report: TownshipReport, path: Path, *, created: datetime | None = None) -> Path:
    return write_blocks(path, report_blocks(report), title=report.title, author=report.signer or "支部台账",
                        created=created, landscape=True)
