"""The archive's PDF copies, laid out by the app itself (reportlab, fonts embedded) in the same GB/T 9704
layout as the Word files: A4 with the template's margins, 3号 body text with a 28.95 pt line pitch and
28 characters a line, two-character indents, tables with the Word files' column widths, the 归档章 on
each item's first page, page numbers "— N —" one character in (odd pages right, even pages left).

Printing the PDF gives the same pages on any PC, whatever fonts its Word or WPS has, so the directory's
页数 are counted here, in one layout: each item's first page is recorded as it is drawn, and the
numbers in the 卷内目录 and the 归档章 — boxes of a fixed size, laid out before the numbers are known —
are PDF forms drawn where they stand and filled in when the document is saved, once every page is
known.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from dangjian_desktop.export import docx_layout as dl
from dangjian_desktop.export.archive_docx import (
    DIRECTORY_GROW,
    DIRECTORY_HEADERS,
    FINGERPRINT_NOTE,
    Block,
    Volume,
    directory_rows,
    explain_lines,
    signature_lines,
)
from dangjian_desktop.export.atomic import write_atomic
from dangjian_desktop.export.docx_template import Template
from dangjian_desktop.export.manifest import FINGERPRINT_LABEL
from dangjian_desktop.export.pdf_tables import table_class

MM = 72 / 25.4
# 28 characters of 16 pt do not fit the 156 mm line (442 pt): set 0.25 pt smaller, as the Word files
# set their characters 0.3 pt tighter (docx_layout.GRID_CONDENSE)
BODY_PT = 15.75
LINE_PT = 28.95
# the Word files' table sizes, and smaller ones for a PC whose embedded Chinese font has wide digits
# (WenQuanYi's are 0.6 em; 仿宋's and Times New Roman's 0.5 em), rather than a number broken in two
PDF_TABLE_SIZES = (*dl.TABLE_SIZES, 8.0, 7.5)


def _spaces(text: str) -> str:
    """Full-width spaces as no-break spaces, two each: a paragraph would fold a run of them into one."""
    return dl.clean(text).replace("\u3000", "\u00a0\u00a0")


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from dangjian_desktop.export.pdf_fonts import register_cjk_fonts

        body, bold = register_cjk_fonts()
        self.body_font, self.bold_font = body, bold
        base = dict(fontName=body, fontSize=BODY_PT, leading=LINE_PT, wordWrap="CJK")
        self.body = ParagraphStyle("body", firstLineIndent=2 * BODY_PT, **base)
        self.plain = ParagraphStyle("plain", **base)
        self.center = ParagraphStyle("center", alignment=1, **base)
        self.right = ParagraphStyle("right", alignment=2, **base)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=bold)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=22, leading=36, alignment=1, wordWrap="CJK")
        self.note = ParagraphStyle("note", fontName=body, fontSize=12, leading=20, wordWrap="CJK")
        self.caption = ParagraphStyle("caption", parent=self.note, alignment=1)
        self.mark = ParagraphStyle("mark", fontName=bold, fontSize=14, leading=24)
        self.stamp = ParagraphStyle("stamp", fontName=body, fontSize=9, leading=10, alignment=1)
        self.cells: dict[tuple[float, bool], Any] = {}

    def cell(self, size: float, head: bool) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        style = self.cells.get((size, head))
        if style is None:
            style = self.cells[size, head] = ParagraphStyle(
                f"cell{size}{head}", fontName=self.bold_font if head else self.body_font, fontSize=size,
                leading=size * 1.2, alignment=1, wordWrap="CJK")
        return style


@cache
def _em_in(font: str) -> Callable[[str], float]:
    """Widths in ems of ``font`` (one function per font, so that measured cells can be remembered)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def em(text: str) -> float:
        return float(stringWidth(text, font, 1.0))

    return em


@cache
def _styles() -> _Styles:
    """The styles, made once (the fonts they name are registered once too)."""
    return _Styles()


class _Mark:
    """A flowable of no size that notes the page it lands on."""

    def __new__(cls, sink: dict[str, int], key: str) -> Any:
        from reportlab.platypus import Flowable

        class Mark(Flowable):
            def wrap(self, _w: float, _h: float) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                sink[key] = self.canv.getPageNumber()

        return Mark()


@cache
def _later_class() -> type:
    from reportlab.platypus import Flowable

    class Later(Flowable):
        def __init__(self, writer: Writer, key: str, style: Any) -> None:
            super().__init__()
            self.writer, self.key, self.style = writer, key, style

        def wrap(self, width: float, _h: float) -> tuple[float, float]:
            self.width = width
            return width, self.style.leading

        def draw(self) -> None:
            name = f"later{len(self.writer.pending)}"
            self.writer.pending.append((name, self.key, self.width, self.style))
            self.canv.doForm(name)

    return Later


def _later(writer: Writer, key: str, style: Any) -> Any:
    """A flowable of one line of ``style`` that says what ``writer.later_text(key)`` gives when the PDF is
    saved (a number known only once every page is laid out): a PDF form, used here and defined at the end."""
    return _later_class()(writer, key, style)


class Writer:
    """One PDF being put together: flowables, and the page templates for portrait and landscape."""

    def __init__(self, template: Template, landscape: bool) -> None:
        self.template, self.landscape = template, landscape
        self.s = _styles()
        self.story: list[Any] = []
        self.marks: dict[str, int] = {}
        self.first_landscape = landscape
        self.pending: list[tuple[str, str, float, Any]] = []  # (form, key, width, style) of each _later box drawn
        self.later_text: Callable[[str], str] = lambda _key: ""  # asked when the PDF is saved
        self.stamp_pages_later = False  # the 归档章's 页数: the whole document's pages, filled in at the end
        self.laid_out = [0]  # pages laid out so far (while building; all of them once it is saved)
        self.cells: dict[tuple[str, Any], Any] = {}  # (text, style) → its paragraph, shared by the table cells

    def cell(self, text: str, style: Any) -> Any:
        """The paragraph of a table cell: one per text and style in the document, drawn in each cell that
        says it (a directory repeats its 责任者, dates and empty cells; every 归档章 its labels). A cell's
        paragraph is laid out in its column and never split, so sharing it changes nothing printed."""
        from dangjian_desktop.export.pdf_fonts import paragraph

        key = (text, style)
        p = self.cells.get(key)
        if p is None:
            p = self.cells[key] = paragraph(dl.glue_numbers(text), style)
        return p

    def em(self, text: str) -> float:
        """Width of ``text`` in ems of the embedded font (its digits are wider than Times New Roman's)."""
        return _em_in(self.s.body_font)(text)

    def width_mm(self) -> float:
        return self.template.text_width_mm(self.landscape)

    def para(self, text: str, style: Any, *, keep: bool = False) -> None:
        from dangjian_desktop.export.pdf_fonts import paragraph

        p = paragraph(_spaces(text), style)
        p.keepWithNext = keep
        self.story.append(p)

    def lines(self, text: str, style: Any, *, keep: bool = False) -> None:
        for line in (text or "").splitlines() or [""]:
            self.para(line, style, keep=keep)

    def field(self, label: str, value: str, *, keep: bool = False) -> None:
        from dangjian_desktop.export.pdf_fonts import paragraph_of, render, runs

        lines = dl.clean(value).replace("\r\n", "\n").split("\n")
        body, bold = self.s.body_font, self.s.bold_font
        for n, line in enumerate(lines):
            parts = runs(_spaces(line), body)
            text = render(parts, body, breaks=False)
            if n == 0:
                head = runs(label + "：", bold)
                text = f'<font face="{bold}">{render(head, bold, breaks=False)}</font>' + text
                parts = [*head, *parts]
            p = paragraph_of(text, parts, self.s.body)
            p.keepWithNext = keep and n >= len(lines) - 2
            self.story.append(p)

    def fingerprint(self, code: str, after: str = "", style: Any = None) -> None:
        """档案校验码 with the code itself in Courier, which the PDF holds as plain text (pages are written
        uncompressed), so that manifest.py can put it in after the PDF is hashed."""
        from dangjian_desktop.export.pdf_fonts import markup, paragraph_of

        p = paragraph_of(markup(FINGERPRINT_LABEL, self.s.body_font) + f'<font face="Courier">{code}</font>'
                      + markup(after, self.s.body_font), None, style or self.s.body)
        p.keepWithNext = True
        self.story.append(p)

    def blank(self, keep: bool = False) -> None:
        from reportlab.platypus import Spacer

        spacer = Spacer(1, LINE_PT)
        spacer.keepWithNext = keep
        self.story.append(spacer)

    def new_page(self, landscape: bool | None = None) -> None:
        from reportlab.platypus import NextPageTemplate
        from reportlab.platypus.flowables import PageBreakIfNotEmpty

        if landscape is not None and landscape != self.landscape:
            self.story.append(NextPageTemplate("L" if landscape else "P"))
            self.landscape = landscape
        self.story.append(PageBreakIfNotEmpty())

    def mark(self, key: str) -> None:
        self.story.append(_Mark(self.marks, key))

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[dl.Cell]], *,
              grow: Sequence[float] | None = None, later: dict[tuple[int, int], str] | None = None) -> None:
        """The table as the Word file has it: the same measured column widths and text size. ``later``:
        the cells (row, column) whose text is filled in when the PDF is saved, by key; the text in
        ``rows`` there is what their width is measured on."""
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        fitted = dl.fit_table(headers, rows, self.width_mm(), grow=grow, em=_em_in(self.s.body_font), sizes=PDF_TABLE_SIZES)
        if fitted is None:
            size = PDF_TABLE_SIZES[-1]
            least = [w / MM for w in dl._measure(headers, rows, size, 0.4, _em_in(self.s.body_font))[0]]
            widths = [w * self.width_mm() / sum(least) for w in least]
        else:
            size, widths = fitted
        head, cell = self.s.cell(size, True), self.s.cell(size, False)
        data: list[list[Any]] = []
        spans: list[tuple[int, int, int]] = []
        for r, row in enumerate([list(headers), *rows]):
            out: list[Any] = []
            for col, span, text in dl._cells(row):
                key = later.get((r - 1, col)) if later else None
                out.append(_later(self, key, cell) if key else self.cell(text, head if r == 0 else cell))
                out += [""] * (span - 1)
                if span > 1:
                    spans.append((r, col, col + span - 1))
            data.append(out)
        table = table_class()(data, colWidths=[w * MM for w in widths], repeatRows=1)
        pad = 0.4 * MM
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), self.s.body_font),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *(("SPAN", (c0, r), (c1, r)) for r, c0, c1 in spans)]))
        self.story.append(table)

    def stamp(self, values: dict[str, str], *, later_pages: str | None = None) -> None:
        """The 归档章; ``later_pages``: the key of its 页数, filled in when the PDF is saved."""
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        from dangjian_desktop.export.pdf_fonts import markup, paragraph_of

        style = self.s.stamp

        def box(label: str) -> Any:
            head = f'<font size="6.5">{markup(label, self.s.body_font)}</font>'
            if label == "页数" and later_pages:
                return [shared(head), _later(self, later_pages, style)]  # the same two lines
            return shared(f"{head}<br/>{markup(values.get(label, '') or ' ', self.s.body_font)}")

        def shared(text: str) -> Any:  # one per text in the document, as the table cells (see cell)
            p = self.cells.get((text, style))
            if p is None:
                p = self.cells[(text, style)] = paragraph_of(text, None, style)
            return p

        data = [[box(label) for label in labels] for labels in dl.STAMP_LABELS]
        table = table_class()(data, colWidths=[dl.STAMP_CELL_MM * MM] * 3, hAlign="RIGHT")
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("FONTNAME", (0, 0), (-1, -1), self.s.body_font),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        table.keepWithNext = True
        self.story.append(table)

    def blocks(self, blocks: list[Block]) -> None:
        """The same blocks as archive_docx._blocks, the same way."""
        for n, b in enumerate(blocks):
            signed = n + 1 < len(blocks) and blocks[n + 1].kind == "signature"
            if b.kind == "heading":
                self.para(b.text, self.s.h1, keep=True)
            elif b.kind == "subheading":
                self.para(b.text, self.s.body, keep=True)
            elif b.kind == "text":
                lines = (b.text or "").splitlines() or [""]
                for i, line in enumerate(lines):
                    self.para(line, self.s.body, keep=signed and i >= len(lines) - 2)
            elif b.kind == "caption":
                self.para(b.text, self.s.caption, keep=True)
            elif b.kind == "note":
                self.para(b.text, self.s.note)
            elif b.kind == "signature":
                self.blank(keep=True)
                self.para(b.text, self.s.body)
            elif b.kind == "fields":
                shown = [(label, value) for label, value in b.fields if value]
                for i, (label, value) in enumerate(shown):
                    self.field(label, value, keep=signed and i >= len(shown) - 2)
            elif b.kind == "table":
                self.table(b.headers, b.rows, grow=b.grow or None)
            elif b.kind == "stamp":
                self.stamp(dict(b.fields), later_pages="pages" if self.stamp_pages_later else None)
            elif b.kind == "fingerprint":
                self.fingerprint(b.text, FINGERPRINT_NOTE, self.s.note)
            elif b.kind == "title":
                self.para(b.text, self.s.title, keep=True)
            elif b.kind in ("center", "subtitle"):
                self.para(b.text, self.s.center, keep=True)
            elif b.kind == "right":
                self.para(b.text, self.s.right, keep=True)
            elif b.kind == "page":
                self.new_page(landscape=b.text == "landscape")

    def build(self, target: Any, *, title: str, author: str) -> int:
        """Lay the story out into ``target`` (a path or a file object); returns the number of pages. The
        texts of the _later boxes are asked for (``later_text``) once every page is laid out, and drawn
        into their forms before the file is written."""
        from reportlab import rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen.canvas import Canvas
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        from dangjian_desktop.export.pdf_pages import streams_as_bytes

        (pw, ph), (top, bottom, left, right) = self.template.page_mm, self.template.margins_mm
        s, pages = self.s, [0]

        def page_number(canvas: Any, doc: Any) -> None:
            n = canvas.getPageNumber()
            pages[0] = max(pages[0], n)
            frame = doc.pageTemplate.frames[0]
            canvas.setFont(s.body_font, 14)
            y = frame._y1 - 7 * MM - 14
            text = f"— {n} —"
            if n % 2:
                canvas.drawRightString(frame._x1 + frame._width - 14, y, text)
            else:
                canvas.drawString(frame._x1 + 14, y, text)

        portrait = PageTemplate("P", [Frame(left * MM, bottom * MM, (pw - left - right) * MM, (ph - top - bottom) * MM,
                                            0, 0, 0, 0)], onPage=page_number, pagesize=(pw * MM, ph * MM))
        turned = PageTemplate("L", [Frame(bottom * MM, right * MM, (ph - top - bottom) * MM, (pw - left - right) * MM,
                                          0, 0, 0, 0)], onPage=page_number, pagesize=(ph * MM, pw * MM))
        first = [turned, portrait] if self.first_landscape else [portrait, turned]
        doc = BaseDocTemplate(target, pageTemplates=first, title=dl.clean(title), author=dl.clean(author),
                              lang="zh-CN", initialFontName=s.body_font, pageCompression=0)
        writer = self

        class FillingCanvas(Canvas):
            def save(self) -> None:
                for name, key, width, style in writer.pending:
                    self.beginForm(name)
                    self.setFont(style.fontName, style.fontSize)
                    y = style.leading - (style.fontSize if rl_config.paraFontSizeHeightOffset else
                                         pdfmetrics.getAscent(style.fontName, style.fontSize))
                    self.drawCentredString(width / 2, y, writer.later_text(key))
                    self.endForm()
                streams_as_bytes(self)
                super().save()

        self.marks.clear()
        self.pending.clear()
        self.laid_out = pages
        doc.build(list(self.story), canvasmaker=FillingCanvas)
        return pages[0]


def _volume_story(v: Volume, template: Template) -> Writer:
    """The volume's PDF, its items' 页数 left to be filled in: ``w.later_text`` gives "pages{n}" from the
    first pages recorded (the marks) once the layout is done, and sets each item's ``pages``."""
    from dangjian_desktop.export.archive_docx import _cover_lines, _item_landscape

    w = Writer(template, v.landscape)

    def pages_of(key: str) -> str:
        n = int(key.removeprefix("pages"))
        start, end = w.marks[str(n)], w.marks[str(n + 1)] if n + 1 < len(v.items) else w.marks["end"]
        v.items[n].pages = max(1, end - start)
        return str(v.items[n].pages)

    w.later_text = pages_of
    if v.marking:
        w.para(v.marking, w.s.mark)
    for _ in range(4):
        w.blank()
    w.para(v.title, w.s.title)
    for _ in range(3):
        w.blank()
    for line in _cover_lines(v):
        w.para(line, w.s.center)
    w.new_page()
    w.para("卷内目录", w.s.title, keep=True)
    column = DIRECTORY_HEADERS.index("页数")
    rows = directory_rows(v.items)
    for row in rows:
        row[column] = PAGES_WIDTH  # the box is measured on this, the number put in when it is known
    w.table(DIRECTORY_HEADERS, rows, grow=DIRECTORY_GROW, later={(n, column): f"pages{n}" for n in range(len(rows))})
    portrait_mm = template.text_width_mm(False)
    for n, item in enumerate(v.items):
        w.new_page(landscape=_item_landscape(v, item, portrait_mm))
        w.mark(str(n))
        w.stamp(v.stamp(item), later_pages=f"pages{n}")
        if item.draft:
            w.para("草稿（未定稿，仅供备查）", w.s.mark, keep=True)
        w.para(item.title, w.s.title, keep=True)
        w.blocks(item.blocks)
    w.new_page(landscape=v.landscape)
    w.mark("end")
    w.para("备考表", w.s.title, keep=True)
    w.para("情况说明：", w.s.h1, keep=True)
    for line in explain_lines(v):
        w.para(line, w.s.body, keep=True)
    if v.fingerprint:
        w.fingerprint(v.fingerprint)
    w.blank(keep=True)
    for line in signature_lines(v):
        w.para(line, w.s.body, keep=True)
    return w


PAGES_WIDTH = "999"  # what a 页数 box in the 卷内目录 is measured on


def count_and_write_volume(v: Volume, path: Path, template: Template) -> int:
    """Lay the volume out once, writing its PDF copy; each item's 页数 is set from where its first page fell
    and printed in the 卷内目录 and its 归档章. Returns the number of pages."""
    w = _volume_story(v, template)
    total = [0]

    def build(tmp: Path) -> None:
        total[0] = w.build(str(tmp), title=f"{v.fonds}{v.year}年度{v.title}", author=v.fonds)

    write_atomic(path, build)
    return total[0]


def write_blocks(blocks: list[Block], path: Path, template: Template, *, title: str, author: str,
                 landscape: bool = False, stamp_pages_later: bool = False) -> int:
    """A document of plain blocks (the 自查报告, the 归档文件目录) as a PDF; returns its number of pages.
    ``stamp_pages_later``: its 归档章's 页数 is the document's own number of pages, filled in at the end."""
    w = Writer(template, landscape)
    w.stamp_pages_later = stamp_pages_later
    w.later_text = lambda _key: str(w.laid_out[0])
    w.blocks(blocks)
    total = [0]

    def build(tmp: Path) -> None:
        total[0] = w.build(str(tmp), title=title, author=author)

    write_atomic(path, build)
    return total[0]
