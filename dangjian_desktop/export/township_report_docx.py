"""The 汇总 as a Word report: landscape A4 in the house layout (docx_layout: GB/T 9704 fonts, header rows
repeated on every page, rows kept whole).

The columns are sized here, not by docx_layout's general rule (which lets a long run of Chinese break after
four characters): a branch's name, a date, a figure and a mark never break; a header breaks only between
words (``township_report.header_lines``); only the columns of running text (``ReportTable.wrap``) wrap. The
largest of 五号, 小五 and 六号 at which that fits the page is used. A short table is kept on one page; a long
one's last two rows are kept together and with the note under it (keepNext), so neither a 合计 row nor a note
starts a page alone; subtotal rows are bold.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from dangjian_desktop.export import docx_layout as dl
from dangjian_desktop.export.docx_layout import Cell, Span
from dangjian_desktop.export.township_report import ReportTable, TownshipReport, Value, cell_text, header_lines

SIZES = (10.5, 9.0, 7.5)  # 五号, 小五, 六号
_PT_PER_MM = 72 / 25.4
_PAD_PT = 2 * 0.4 * _PT_PER_MM + 2.0  # the cell's left and right margins, and what viewers' rounding adds
_BOLD = 1.08
KEEP_ROWS = 2  # the table's last rows held on the page of the note under it
WHOLE_ROWS = 12  # a table of up to this many rows is kept on one page (with its caption and its note)


def _cell(value: Value) -> Cell:
    return value if isinstance(value, Span) else cell_text(value)


def _measure(headers: list[str], rows: list[list[Cell]], wrap: frozenset[int], size: float,
             bold_from: int) -> tuple[list[float], list[float]]:
    """Each column's least width (pt: nothing breaks that must not) and natural width (its longest line)."""
    n = len(headers)
    least = [_PAD_PT + size] * n
    for c, header in enumerate(headers):
        least[c] = max(least[c], max(dl.text_em(line) for line in header.split("\n")) * size * _BOLD + _PAD_PT)
    natural = list(least)
    spans: list[tuple[int, int, float]] = []
    for r, row in enumerate(rows):
        scale = size * (_BOLD if r >= bold_from else 1.0)
        c = 0
        for value in row:
            cols = value.cols if isinstance(value, Span) else 1
            text = value.text if isinstance(value, Span) else value
            whole = dl.text_em(text) * scale + _PAD_PT
            if cols > 1:
                spans.append((c, cols, whole))
            elif c in wrap:  # at most 8 characters a line; a date stays whole, and “（当天）” goes on a line of its own
                pieces = max(max(dl.tokens_em(piece)) for piece in _BEFORE_BRACKET.split(text))
                least[c] = max(least[c], min(pieces, 8.0) * scale + _PAD_PT)
                natural[c] = max(natural[c], whole)
            else:
                least[c] = max(least[c], whole)
                natural[c] = max(natural[c], whole)
            c += cols
    for c, cols, need in spans:
        for widths in (least, natural):
            have = sum(widths[c:c + cols])
            if need > have:
                for k in range(c, c + cols):
                    widths[k] += (need - have) / cols
    return least, natural


def column_widths(headers: list[str], rows: list[list[Cell]], wrap: frozenset[int], width_mm: float,
                  bold_from: int) -> tuple[float, list[str], list[float]]:
    """(text size, headers, column widths in mm) at the largest of SIZES that fits ``width_mm``, the headers on
    one line if they fit so, else broken between words."""
    total = width_mm * _PT_PER_MM
    broken = [header_lines(h) for h in headers]
    for size, heads in ((s, h) for s in SIZES for h in (headers, broken)):
        least, natural = _measure(heads, rows, wrap, size, bold_from)
        if sum(least) > total + 0.01:
            continue
        if sum(natural) <= total:
            widths = [w * total / sum(natural) for w in natural]
        else:
            room = [b - a for a, b in zip(least, natural, strict=True)]
            spare = total - sum(least)
            widths = [a + spare * r / sum(room) for a, r in zip(least, room, strict=True)]
        return size, heads, [w / _PT_PER_MM for w in widths]
    least, _natural = _measure(broken, rows, wrap, SIZES[-1], bold_from)
    return SIZES[-1], broken, [w * width_mm / sum(least) for w in least]


_BEFORE_BRACKET = re.compile("(?=（)")
_PSTYLE = re.compile(r'(<w:pPr><w:pStyle w:val="[^"]*"/>|<w:pPr>)')
_RFONTS = re.compile(r"(<w:rFonts [^>]*/>)(?!<w:b/>)")


def _table(doc: dl.Doc, table: ReportTable) -> None:
    rows = [[_cell(v) for v in row] for row in table.rows]
    if table.totals is not None:
        rows.append([_cell(v) for v in table.totals])
    size, headers, widths = column_widths(table.headers, rows, table.wrap, doc.text_width_mm,
                                          len(table.rows) if table.totals is not None else len(rows))
    for row in rows:  # a wrapping cell too long for its column breaks before its bracket, not inside it
        for c, value in enumerate(row):
            if (c in table.wrap and isinstance(value, str) and "（" in value
                    and dl.text_em(value) * size + _PAD_PT > widths[c] * _PT_PER_MM):
                row[c] = value.replace("（", "\n（")
    dl.add_table(doc, headers, rows, widths, size=size, bold_last_row=table.totals is not None)
    pieces = doc.parts[-1].split("<w:tr>")  # the table's properties, the header row, then the body rows
    for r in table.bold_rows:
        pieces[2 + r] = _RFONTS.sub(r"\1<w:b/><w:bCs/>", pieces[2 + r])
    first = 2 if len(rows) <= WHOLE_ROWS else max(2, len(pieces) - KEEP_ROWS)  # a 合计 never alone on a page
    last = len(pieces) if table.note else len(pieces) - 1  # without a note the last row need not keep
    for k in range(first, last):
        pieces[k] = _PSTYLE.sub(r"\1<w:keepNext/>", pieces[k])
    doc.parts[-1] = "<w:tr>".join(pieces)


def _title(report: TownshipReport) -> str:
    """The title on two lines after the 上级党组织's name, when it is too long for one."""
    if report.signer and report.title.startswith(report.signer) and dl.text_em(report.title) > 20:
        return report.signer + "\n" + report.title[len(report.signer):]
    return report.title


def write_docx(report: TownshipReport, path: Path, *, created: datetime | None = None) -> Path:
    doc = dl.new_document(landscape=True, title=report.title, author=report.signer or "支部台账", created=created)
    dl.add_title(doc, _title(report))
    dl.add_text(doc, report.subtitle, dl.HEADING2, align="center", keep=True)
    last = report.tables[-1] if report.tables else None
    for section in report.sections:
        dl.add_text(doc, section.heading, dl.HEADING1, keep=True)
        for line in section.lines:
            dl.add_text(doc, line)
        for table in section.tables:
            dl.add_text(doc, table.name, dl.NOTE, align="center", keep=True)
            _table(doc, table)
            if table.note:  # the last one held with the 落款 below it
                dl.add_text(doc, table.note, dl.NOTE, keep=table is last)
    dl.add_text(doc, "", keep=True)
    if report.signer:
        dl.add_text(doc, f"{report.signer}　　", align="right", keep=True)
    if report.date_line:
        dl.add_text(doc, f"{report.date_line}　　", align="right")
    return dl.save(doc, path)
