"""The 汇总 as an .xlsx workbook: one sheet per table of the report, each with the report's title, the title and
header rows repeated on every printed page, page numbers in the footer, the naming columns kept in view, money
as numbers with two decimals, headers broken between words, the note under the table merged across it and
wrapped. Fonts as the 党内统计 workbook's (party_stats_xlsx: 黑体 title, 宋体 text)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.export.docx_layout import Span
from dangjian_desktop.export.party_stats_xlsx import BODY_FONT, BODY_SIZE, TITLE_FONT, TITLE_SIZE, number_pages
from dangjian_desktop.export.people_xlsx import display_width, print_landscape_a4, save_atomic
from dangjian_desktop.export.township_report import (
    Money,
    ReportTable,
    TownshipReport,
    Value,
    cell_text,
    header_lines,
)

MONEY_FORMAT = "0.00"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
MISSING_FILL = PatternFill("solid", fgColor="FFC7CE")  # 缺 / 无效
FIRST_ROW = 4  # title, subtitle, header, then the rows


def _put(ws: Worksheet, row: int, column: int, value: Value, *, bold: bool = False) -> int:
    """Write one value; returns how many columns it took."""
    cell = ws.cell(row=row, column=column)
    cols = value.cols if isinstance(value, Span) else 1
    if isinstance(value, Money):
        cell.value = value.fen / 100
        cell.number_format = MONEY_FORMAT
        cell.alignment = Alignment(horizontal="right", vertical="center")
    elif isinstance(value, int):
        cell.value = value
        cell.alignment = Alignment(horizontal="center", vertical="center")
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", cell_text(value))
        cell.value = text or None
        cell.data_type = "s"  # never a formula
        cell.alignment = Alignment(horizontal="center" if column > 1 else "left", vertical="center",
                                   wrap_text=column > 1 and len(text) > 8)
        if text in ("缺", "无效"):
            cell.fill = MISSING_FILL
    cell.font = Font(name=BODY_FONT, size=BODY_SIZE, bold=bold)
    for c in range(column, column + cols):
        ws.cell(row=row, column=c).border = _BORDER
    if cols > 1:
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + cols - 1)
    return cols


NOTE_CHARS_PER_UNIT = 1 / 2.1  # Chinese characters per unit of column width (11 pt 宋体)


def _sheet(ws: Worksheet, title: str, subtitle: str, table: ReportTable) -> None:
    n = max(len(table.headers), 1)
    last = get_column_letter(n)
    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name=TITLE_FONT, size=TITLE_SIZE)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
    ws.append([f"{table.name}　{subtitle}"])
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].font = Font(name=BODY_FONT, size=BODY_SIZE)
    headers = [header_lines(h) for h in table.headers]
    for c, header in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=header)
        cell.font = Font(name=BODY_FONT, size=BODY_SIZE, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = _BORDER
    ws.row_dimensions[3].height = 16 * max(h.count("\n") + 1 for h in headers) + 6
    rows = [*table.rows, *([table.totals] if table.totals is not None else [])]
    total_row = FIRST_ROW + len(table.rows) if table.totals is not None else None
    for r, values in enumerate(rows, start=FIRST_ROW):
        c = 1
        for value in values:
            c += _put(ws, r, c, value, bold=r == total_row or (r - FIRST_ROW) in table.bold_rows)
    widths = []
    for c in range(1, n + 1):
        texts = [cell_text(row[c - 1]) for row in rows if c - 1 < len(row) and not isinstance(row[c - 1], Span)]
        head = max(display_width(line) for line in headers[c - 1].split("\n"))
        widest = max([head, *(display_width(t) for t in texts)])
        widths.append(max(5, min(widest + 1.5, 40)))
        ws.column_dimensions[get_column_letter(c)].width = widths[-1]
    if table.note:
        at = FIRST_ROW + len(rows) + 1
        note = ws.cell(row=at, column=1, value=table.note)
        note.font = Font(name=BODY_FONT, size=BODY_SIZE - 1)
        note.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=n)
        per_line = max(1, int(sum(widths) * NOTE_CHARS_PER_UNIT))
        ws.row_dimensions[at].height = 15 * -(-len(table.note) // per_line) + 4
    ws.freeze_panes = f"{get_column_letter(table.key_columns + 1)}{FIRST_ROW}"
    ws.print_title_rows = "1:3"
    print_landscape_a4(ws)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    number_pages(ws)


def write_xlsx(report: TownshipReport, path: Path) -> Path:
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    used: set[str] = set()
    for table in report.tables:
        name = ILLEGAL_CHARACTERS_RE.sub("", table.name)
        for bad in "[]:*?/\\":
            name = name.replace(bad, "")
        name = name[:31] or "表"
        while name in used:
            name = name[:29] + f"{len(used) % 100:02d}"
        used.add(name)
        _sheet(wb.create_sheet(name), report.title, report.subtitle, table)
    wb.properties.title = report.title
    wb.properties.creator = report.signer or "支部台账"
    save_atomic(wb, Path(path))
    return Path(path)
