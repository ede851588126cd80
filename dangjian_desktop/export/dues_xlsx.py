"""The 党费收缴登记表 as .xlsx: plain rows in, a landscape A4 sheet out.

The sheet is laid out by ``xlsx_roster.write_roster`` (title, subtitle, header, bordered rows,
column widths, print setup); this module then makes the money columns real numbers shown with two
decimals, colours the months still owed, and adds the 合计 row and a legend. Everything happens on a
temporary file that replaces the target in one step.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.export.atomic import write_atomic
from dangjian_desktop.export.people_xlsx import FONT_NAME, Column, write_roster

MONEY_FORMAT = "0.00"
OWED_FILL = PatternFill("solid", fgColor="FFC7CE")  # light red: a month still owed
MONEY, CENTER = "money", "center"  # column kinds besides write_roster's number and text
FIRST_ROW = 4  # write_roster: title, subtitle, header, then the rows


def _text(value: int | str, kind: str) -> object:
    """What write_roster gets: money as '45.00' (so widths fit), 序号 as a number, the rest as text."""
    return format_fen(value) if kind == MONEY and isinstance(value, int) else value


def write_dues_register(path: Path, *, title: str, subtitle: str, headers: Sequence[str], kinds: Sequence[str],
                        rows: Sequence[Sequence[int | str]], totals: Sequence[int | str], legend: str = "",
                        owed: Collection[tuple[int, int]] = ()) -> Path:
    """Write the register. ``kinds`` per column: number / text / center (short text) / money (int fen, or a
    mark such as 免交).

    ``owed``: (row index, column index) of month cells to colour as still owed.
    """
    columns = [Column(h, "number" if k == "number" else "text") for h, k in zip(headers, kinds, strict=True)]
    text_rows = [[_text(v, k) for v, k in zip(row, kinds, strict=True)] for row in rows]

    def write(tmp: Path) -> None:
        write_roster(tmp, title=title, subtitle=subtitle, columns=columns, rows=text_rows, sheet_name="党费收缴登记表",
                     freeze_columns=2)
        wb = load_workbook(io.BytesIO(tmp.read_bytes()))  # by content: the temporary name is not .xlsx
        ws = wb.active
        assert ws is not None
        for r, row in enumerate(rows):
            for c, (value, kind) in enumerate(zip(row, kinds, strict=True)):
                cell = ws.cell(row=FIRST_ROW + r, column=c + 1)
                if kind == MONEY and isinstance(value, int):
                    cell.value = Decimal(value) / 100
                    cell.number_format = MONEY_FORMAT
                    cell.alignment = Alignment(horizontal="right", vertical="center")
                elif kind in (MONEY, CENTER):  # a mark such as 免交, a rate, a category
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                if (r, c) in owed:
                    cell.fill = OWED_FILL
        _totals_row(ws, FIRST_ROW + len(rows), totals, kinds)
        if legend:
            at = FIRST_ROW + len(rows) + 1
            ws.cell(row=at, column=1, value=legend).font = Font(name=FONT_NAME, size=10)
            ws.merge_cells(f"A{at}:{get_column_letter(len(headers))}{at}")
        wb.save(tmp)

    return write_atomic(Path(path), write)


def _totals_row(ws: Worksheet, at: int, totals: Sequence[int | str], kinds: Sequence[str]) -> None:
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(name=FONT_NAME, size=11, bold=True)
    for c, (value, kind) in enumerate(zip(totals, kinds, strict=True), start=1):
        cell = ws.cell(row=at, column=c)
        if kind == MONEY and isinstance(value, int):
            cell.value = Decimal(value) / 100
            cell.number_format = MONEY_FORMAT
            cell.alignment = Alignment(horizontal="right", vertical="center")
        else:
            cell.value = value if value != "" else None
            cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.font = bold
        cell.border = border
