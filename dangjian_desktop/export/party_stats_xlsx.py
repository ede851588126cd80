"""党内统计 tables as .xlsx: plain tables in, one sheet per table out, laid out like the official 年报表.

Each sheet: the title (黑体), a line with the unit, the dates and 单位：名, a two-row header whose groups
(本年增加, 本年减少, 性别, 年龄 …) are merged over their columns and whose single columns are merged down
both rows, the row of 栏号 (甲, 1, 2 …) the official tables carry, then one row per unit with real
numbers. Notes (the 差额 list, the moves between a township's branches) follow below the table. Printed
landscape on A4, one page wide, with the header rows repeated. The sources of the layout are cited in ``domain/party_stats_bands``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangjian_desktop.export.atomic import write_atomic
from dangjian_desktop.export.people_xlsx import print_landscape_a4

# the fonts of every workbook of the 汇总 and the 党内统计 (DESIGN §3: Windows fonts the inspector's Excel or WPS
# has): the title in 黑体, everything else in 宋体, headers bold
TITLE_FONT = "黑体"
BODY_FONT = "宋体"
TITLE_SIZE = 16
BODY_SIZE = 11
PAGE_FOOTER = "第 &P 页，共 &N 页"  # the footer of every printed page


def number_pages(ws: Worksheet) -> None:
    """Page numbers in the footer of every printed page (odd and even alike)."""
    ws.oddFooter.center.text = PAGE_FOOTER
    ws.oddFooter.center.font = BODY_FONT
    ws.oddFooter.center.size = 10
    ws.evenFooter.center.text = PAGE_FOOTER
    ws.page_margins.bottom = max(ws.page_margins.bottom, 0.75)  # inches: room for the footer inside the margin
    ws.page_margins.footer = 0.3
HEADER_TOP = 3  # title, subtitle, then the two header rows, then 栏号
FIRST_ROW = HEADER_TOP + 3
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


@dataclass(frozen=True)
class HeaderGroup:
    """A header cell: alone (merged down both header rows) or over ``parts`` (one column each)."""

    label: str
    parts: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return max(1, len(self.parts))


@dataclass(frozen=True)
class Notes:
    """A further list under the table (after the 差额 list): a title line, a header, rows."""

    title: str
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)  # the last cell of each spans the rest


@dataclass
class StatsTable:
    sheet: str
    title: str
    subtitle: str
    groups: list[HeaderGroup]  # the first is the 单位 column (甲)
    rows: list[list[object]]  # first cell the unit's name, then numbers
    notes_title: str = ""
    notes_header: tuple[str, ...] = ()
    notes: list[tuple[str, ...]] = field(default_factory=list)  # the last cell of each spans the rest
    bold_first_row: bool = False  # the township's 合计
    more_notes: list[Notes] = field(default_factory=list)

    @property
    def columns(self) -> int:
        return sum(g.width for g in self.groups)


def write_party_stats(path: Path, tables: Sequence[StatsTable]) -> Path:
    def write(tmp: Path) -> None:
        wb = Workbook()
        first = wb.active
        assert first is not None
        wb.remove(first)
        for table in tables:
            _sheet(wb.create_sheet(table.sheet), table)
        wb.save(tmp)

    return write_atomic(Path(path), write)


def _cell(ws: Worksheet, row: int, column: int, value: object, *, font: Font, align: Alignment,
          border: bool = True) -> None:
    cell = ws.cell(row=row, column=column, value=value)
    cell.font, cell.alignment = font, align
    if border:
        cell.border = _BORDER


def _span(ws: Worksheet, r1: int, c1: int, r2: int, c2: int) -> None:
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    for r in range(r1, r2 + 1):  # a merged range shows the borders of all its cells
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = _BORDER


def _sheet(ws: Worksheet, t: StatsTable) -> None:
    n = t.columns
    body, bold = Font(name=BODY_FONT, size=BODY_SIZE), Font(name=BODY_FONT, size=BODY_SIZE, bold=True)
    _cell(ws, 1, 1, t.title, font=Font(name=TITLE_FONT, size=TITLE_SIZE), align=_CENTER, border=False)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    _cell(ws, 2, 1, t.subtitle, font=body, align=_LEFT, border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].height = 18

    top, sub, numbers = HEADER_TOP, HEADER_TOP + 1, HEADER_TOP + 2
    c = 1
    for g in t.groups:
        _cell(ws, top, c, g.label, font=bold, align=_CENTER)
        if g.parts:
            _span(ws, top, c, top, c + g.width - 1)
            for i, part in enumerate(g.parts):
                _cell(ws, sub, c + i, part, font=bold, align=_CENTER)
        else:
            _span(ws, top, c, sub, c)
        c += g.width
    for col in range(1, n + 1):  # 栏号: 甲 for the unit, then 1, 2, …
        _cell(ws, numbers, col, "甲" if col == 1 else col - 1, font=body, align=_CENTER)
    ws.row_dimensions[top].height = 22
    ws.row_dimensions[sub].height = 48

    for r, row in enumerate(t.rows):
        at = FIRST_ROW + r
        font = bold if (t.bold_first_row and r == 0) else body
        for i, value in enumerate(row, start=1):
            _cell(ws, at, i, value, font=font, align=_LEFT if i == 1 else _CENTER)
        ws.row_dimensions[at].height = 20

    _widths(ws, t)
    at = FIRST_ROW + len(t.rows) + 1
    blocks = ([Notes(t.notes_title, t.notes_header, list(t.notes))] if t.notes_title else []) + list(t.more_notes)
    for block in blocks:
        at = _notes(ws, at, block, n, body, bold) + 1

    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=2)
    ws.print_title_rows = f"{top}:{numbers}"
    print_landscape_a4(ws)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    number_pages(ws)


def _notes(ws: Worksheet, at: int, block: Notes, n: int, body: Font, bold: Font) -> int:
    """Write ``block`` from row ``at``; returns the row after it."""
    _cell(ws, at, 1, block.title, font=bold, align=_LEFT, border=False)
    ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=n)
    at += 1
    lines = ([block.header] if block.rows and block.header else []) + list(block.rows)
    for k, values in enumerate(lines):
        is_header = k == 0 and bool(block.header)
        for i, value in enumerate(values, start=1):
            _cell(ws, at, i, value, font=bold if is_header else body,
                  align=_CENTER if is_header or i < len(values) else _LEFT)
        _span(ws, at, len(values), at, n)
        room = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(len(values), n + 1))
        per_line = max(1, int(room / 2.1))  # a Chinese character takes about two width units
        ws.row_dimensions[at].height = 16 * max(1, -(-len(str(values[-1])) // per_line)) + 4
        at += 1
    return at


def _widths(ws: Worksheet, t: StatsTable) -> None:
    """The unit column as wide as its longest name; number columns as wide as their header words
    need on two or three lines."""
    names = ([str(r[0]) for r in t.rows] + [t.groups[0].label] + [v[0] for v in t.notes]
             + [v[0] for b in t.more_notes for v in b.rows])
    ws.column_dimensions["A"].width = min(40, max(10, 2.1 * max(len(s) for s in names) + 2))
    c = 2
    for g in t.groups[1:]:
        for part in g.parts or (g.label,):
            if "\n" in part:  # the caller chose the line breaks
                per_line = max(_em(line) for line in part.split("\n"))
            else:
                em = _em(part)
                per_line = em if em <= 4 else -(-em // 2) if em <= 8 else -(-em // 3)  # one line, two, or three
            ws.column_dimensions[get_column_letter(c)].width = max(6.5, min(16, 2.1 * per_line + 1.8))
            c += 1


def _em(text: str) -> int:
    """Width in Chinese characters: digits and Latin letters take about half of one."""
    return -(-sum(2 if ord(ch) > 0x2E7F else 1 for ch in text) // 2)
