"""Roster workbooks: reading .xlsx/.xls into plain rows of cell values, writing the roster as .xlsx.

Reading: the file type is taken from its content, not its name (a renamed .xls still opens);
merged cells are filled in, so a 党小组 merged down several rows belongs to each of them; Excel
dates come back as ``datetime``; whole numbers as ``int``.

Writing: dates are real Excel dates shown as yyyy-mm-dd (they sort and filter in Excel and WPS
and read back exactly), ID and phone numbers are text (so Excel never shows 6.2E+17), and the file
is written to a temporary file beside the target and moved into place.
"""

from __future__ import annotations

import io
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.errors import UserError
from dangjian_desktop.export.atomic import write_atomic

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FONT_NAME = "宋体"
CELL_LIMIT = 32767  # the most characters an Excel cell holds
DATE_FORMAT = "yyyy-mm-dd"


@dataclass
class SheetData:
    """One worksheet as rows of plain values (None, str, int, float, bool, datetime)."""

    name: str
    rows: list[list[object]]
    hidden: bool = False


@dataclass(frozen=True)
class Column:
    """A column of the written roster: its header and how its values are stored (text/date/number)."""

    header: str
    kind: str = "text"


# ---------------------------------------------------------------- reading

def read_workbook(path: Path, *, max_rows: int = 20000, max_cols: int = 120) -> list[SheetData]:
    """Every worksheet of an .xlsx/.xlsm or .xls file. Raises UserError for a file that cannot be read."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"找不到文件：{path}", detail=str(exc)) from exc
    except PermissionError as exc:
        raise UserError(f"无法读取文件“{path.name}”：文件可能正被其他程序独占打开，或没有读取权限。",
                        detail=str(exc)) from exc
    except OSError as exc:
        raise UserError(f"无法读取文件“{path.name}”。", detail=str(exc)) from exc
    if not content:
        raise UserError(f"文件“{path.name}”是空的。")
    if content.startswith(_ZIP):
        return _read_xlsx(path.name, content, max_rows, max_cols)
    if content.startswith(_OLE2):
        return _read_xls(path.name, content, max_rows, max_cols)
    raise UserError(f"“{path.name}”不是 Excel 工作簿（.xlsx 或 .xls）。如果是 CSV、网页或文本文件，"
                    "请先用 Excel 或 WPS 打开，另存为“Excel 工作簿 (.xlsx)”后再导入。")


def _read_xlsx(file_name: str, content: bytes, max_rows: int, max_cols: int) -> list[SheetData]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions (data validation etc.) do not matter here
            wb = load_workbook(io.BytesIO(content), data_only=True)
    except Exception as exc:  # any parser failure on a damaged or foreign file is the file's fault
        raise UserError(f"无法打开“{file_name}”：文件已损坏，或不是 Excel 工作簿。", detail=repr(exc)) from exc
    sheets: list[SheetData] = []
    for ws in wb.worksheets:
        n_rows, n_cols = min(ws.max_row, max_rows), min(ws.max_column, max_cols)
        rows: list[list[object]] = [
            [_plain(v) for v in row] for row in ws.iter_rows(max_row=n_rows, max_col=n_cols, values_only=True)
        ]
        for rng in ws.merged_cells.ranges:
            _fill(rows, rng.min_row - 1, rng.max_row, rng.min_col - 1, rng.max_col)
        sheets.append(SheetData(ws.title, _trim(rows, ws.title, ws.max_row > max_rows),
                                hidden=ws.sheet_state != "visible"))
    wb.close()
    return sheets


def _read_xls(file_name: str, content: bytes, max_rows: int, max_cols: int) -> list[SheetData]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=content, formatting_info=True, on_demand=False)
    except Exception as exc:  # xlrd raises several types for damaged, encrypted or non-BIFF files
        raise UserError(f"无法打开“{file_name}”：文件已损坏、设置了打开密码，或不是 Excel 97-2003 工作簿。"
                        "请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。", detail=repr(exc)) from exc
    sheets: list[SheetData] = []
    for sh in book.sheets():
        n_rows, n_cols = min(sh.nrows, max_rows), min(sh.ncols, max_cols)
        rows = [[_xls_value(sh.cell(r, c), book.datemode) for c in range(n_cols)] for r in range(n_rows)]
        for rlo, rhi, clo, chi in sh.merged_cells:
            _fill(rows, rlo, rhi, clo, chi)
        sheets.append(SheetData(sh.name, _trim(rows, sh.name, sh.nrows > max_rows), hidden=sh.visibility != 0))
    book.release_resources()
    return sheets


def _xls_value(cell: object, datemode: int) -> object:
    import xlrd

    ctype, value = getattr(cell, "ctype", 0), getattr(cell, "value", None)
    if ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(value, datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return _plain(value)
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return _plain(value)


def _plain(value: object) -> object:
    """Whole floats that fit exactly become int (1.0 → 1); everything else as is."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _fill(rows: list[list[object]], r0: int, r1: int, c0: int, c1: int) -> None:
    """Copy a merged range's top-left value into every cell of the range (rows r0..r1-1, cols c0..c1-1)."""
    if r0 >= len(rows) or c0 >= len(rows[r0]):
        return
    value = rows[r0][c0]
    for r in range(r0, min(r1, len(rows))):
        for c in range(c0, min(c1, len(rows[r]))):
            rows[r][c] = value


def _trim(rows: list[list[object]], sheet_name: str, cut: bool) -> list[list[object]]:
    """Drop empty trailing cells and rows (sheets formatted far beyond their data).

    ``cut``: the sheet had more rows than were read; that is refused if the last row read has data.
    """
    out = []
    for row in rows:
        end = len(row)
        while end and row[end - 1] is None:
            end -= 1
        out.append(row[:end])
    if cut and out and out[-1]:
        raise UserError(f"工作表“{sheet_name}”超过 {len(rows)} 行，太大了，无法导入。请把人员分成几个文件。")
    while out and not out[-1]:
        out.pop()
    return out


# ---------------------------------------------------------------- writing

def display_width(text: str) -> int:
    """Width in Excel character units: Chinese (wide) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_text(value: object) -> str:
    if isinstance(value, datetime | date):
        return "0000-00-00"
    return "" if value is None else str(value)


def cut_cells(columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> list[tuple[int, str, int]]:
    """The text cells longer than an Excel cell holds: (row index, column header, length)."""
    return [(r, column.header, len(text)) for r, values in enumerate(rows)
            for column, value in zip(columns, values, strict=False)
            if column.kind not in ("date", "number") and len(text := _cell_text(value)) > CELL_LIMIT]


def write_roster(path: Path, *, title: str, subtitle: str, columns: Sequence[Column],
                 rows: Sequence[Sequence[object]], sheet_name: str = "党员花名册", freeze_columns: int = 0) -> Path:
    """Write a title line, a subtitle line, the header and one row per entry to ``path`` (.xlsx)."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_name[:31]
    n = max(len(columns), 1)
    last = get_column_letter(n)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name=FONT_NAME, size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32
    ws.append([subtitle])
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].font = Font(name=FONT_NAME, size=11)
    ws.append([c.header for c in columns])
    for cell in ws[3]:
        cell.font = Font(name=FONT_NAME, size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = border
    ws.row_dimensions[3].height = 30

    body_font = Font(name=FONT_NAME, size=11)
    for r, values in enumerate(rows, start=4):
        for c, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = ws.cell(row=r, column=c)
            if column.kind == "date" and isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
            elif column.kind == "number" and isinstance(value, int | float):
                cell.value = value
            else:
                # cut here, not silently by openpyxl: callers say so (see cut_cells)
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", _cell_text(value))[:CELL_LIMIT] or None
                cell.number_format = "@"
                cell.data_type = "s"  # never a formula, even if the text starts with "="
            cell.font = body_font
            cell.border = border
            cell.alignment = Alignment(horizontal=None if column.kind == "text" else "center",
                                       vertical="center", wrap_text=column.kind == "text")

    for c, column in enumerate(columns, start=1):
        widest = max([display_width(column.header) // 2 + 2]
                     + [display_width(_cell_text(v[c - 1])) for v in rows if c - 1 < len(v)])
        ws.column_dimensions[get_column_letter(c)].width = max(6, min(widest + 2, 40))
    ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}4"
    if rows:
        ws.auto_filter.ref = f"A3:{last}{len(rows) + 3}"
    ws.print_title_rows = "3:3"
    print_landscape_a4(ws)
    save_atomic(wb, path)
    return path


def print_landscape_a4(ws: Worksheet) -> None:
    """Print a sheet on A4 landscape, as wide as one page and as many pages long as it needs."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def save_atomic(wb: Workbook, path: Path) -> None:
    """Save to a temporary file in the same folder, then replace ``path`` in one step."""
    write_atomic(path, wb.save)
