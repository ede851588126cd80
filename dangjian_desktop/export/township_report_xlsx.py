"""The 汇总 as an .xlsx workbook: one sheet per table of the report, each with the report's title, a header
row repeated when printed, the naming columns kept in view, money as numbers with two decimals."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.export.docx_layout import Span
from dangjian_desktop.export.people_xlsx import FONT_NAME, display_width, print_landscape_a4, save_atomic
from dangjian_desktop.export.township_report import Money, ReportTable, TownshipReport, Value, cell_text

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
    cell.font = Font(name=FONT_NAME, size=11, bold=bold)
    for c in range(column, column + cols):
        ws.cell(row=row, column=c).border = _BORDER
    if cols > 1:
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + cols - 1)
    return cols


def _sheet(ws: Worksheet, title: str, subtitle: str, table: ReportTable) -> None:
    n = max(len(table.headers), 1)
    last = get_column_letter(n)
    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name=FONT_NAME, size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32
    ws.append([f"{table.name}　{subtitle}"])
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].font = Font(name=FONT_NAME, size=11)
    for c, header in enumerate(table.headers, start=1):
        cell = ws.cell(row=3, column=c, value=header)
        cell.font = Font(name=FONT_NAME, size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = _BORDER
    ws.row_dimensions[3].height = 30
    rows = [*table.rows, *([table.totals] if table.totals is not None else [])]
    for r, values in enumerate(rows, start=FIRST_ROW):
        c = 1
        for value in values:
            c += _put(ws, r, c, value, bold=table.totals is not None and r == FIRST_ROW + len(rows) - 1)
    for c in range(1, n + 1):
        texts = [cell_text(row[c - 1]) for row in rows if c - 1 < len(row) and not isinstance(row[c - 1], Span)]
        widest = max([display_width(table.headers[c - 1]) // 2 + 2, *(display_width(t) for t in texts)])
        ws.column_dimensions[get_column_letter(c)].width = max(6, min(widest + 2, 40))
    if table.note:
        ws.cell(row=FIRST_ROW + len(rows) + 1, column=1, value=table.note).font = Font(name=FONT_NAME, size=10)
    ws.freeze_panes = f"{get_column_letter(table.key_columns + 1)}{FIRST_ROW}"
    ws.print_title_rows = "3:3"
    print_landscape_a4(ws)


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
