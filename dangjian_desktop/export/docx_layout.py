"""Word documents in the official layout (GB/T 9704-2012): A4, margins 37/35/28/26 mm, 3号仿宋 body
with a fixed 28.95 pt line pitch, 2号小标宋 titles, page numbers "— N —" in 4号宋体 (odd pages right,
even pages left). East Asian fonts are set on w:rFonts/@w:eastAsia, which python-docx's font.name
does not do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from dangjian_desktop.export.atomic import write_atomic

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
LINE_PITCH = Pt(28.95)


@dataclass(frozen=True)
class Fonts:
    body: str = "仿宋"
    title: str = "方正小标宋简体"
    heading1: str = "黑体"
    heading2: str = "楷体"
    page_number: str = "宋体"
    latin: str = "Times New Roman"


FONTS = Fonts()


def clean(text: object) -> str:
    """Text XML can hold: control characters and lone surrogates are dropped."""
    return _XML_INVALID.sub("", "" if text is None else str(text))


def set_font(run: Run, east_asian: str, size_pt: float | None = None, *, bold: bool | None = None,
             latin: str = FONTS.latin) -> Run:
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)
    if size_pt is not None:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold
    return run


def new_document(*, landscape: bool = False, fonts: Fonts = FONTS) -> Document:
    doc = new_docx()
    normal = doc.styles["Normal"]
    normal.font.name = fonts.latin
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), fonts.body)
    pf = normal.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = LINE_PITCH
    pf.space_before = pf.space_after = Pt(0)
    doc.settings.odd_and_even_pages_header_footer = True
    setup_section(doc.sections[0], landscape=landscape, fonts=fonts)
    return doc


def setup_section(section: Section, *, landscape: bool, fonts: Fonts = FONTS) -> None:
    """A4 with the official margins; a landscape page keeps the binding margin at the top."""
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(35), Mm(37)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(18) if landscape else Mm(26)
    section.header_distance = Mm(15)
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT, fonts)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, fonts)


def _page_number(paragraph: Paragraph, align: WD_ALIGN_PARAGRAPH, fonts: Fonts) -> None:
    """"— 7 —" with a PAGE field, 4号宋体."""
    paragraph.alignment = align
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for r in list(paragraph.runs):
        r._element.getparent().remove(r._element)
    set_font(paragraph.add_run("— "), fonts.page_number, 14)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = set_font(paragraph.add_run(), fonts.page_number, 14)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
        elif kind == "text":
            run.text = text or ""
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._element.append(fld)
    set_font(paragraph.add_run(" —"), fonts.page_number, 14)


def add_title(doc: Document, text: str, fonts: Fonts = FONTS) -> Paragraph:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    set_font(p.add_run(clean(text)), fonts.title, 22)
    return p


def add_text(doc: Document, text: str, *, font: str | None = None, size: float = 16,
             align: WD_ALIGN_PARAGRAPH | None = None, bold: bool = False, fonts: Fonts = FONTS) -> Paragraph:
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    set_font(p.add_run(clean(text)), font or fonts.body, size, bold=bold)
    return p


def add_table(doc: Document, headers: list[str], rows: list[list[str]], widths_mm: list[float], *,
              size: float = 12, bold_last_row: bool = False, padding_mm: float = 1.0, fonts: Fonts = FONTS) -> Table:
    """A bordered table, header row repeated on every page, text single-spaced at ``size`` pt."""
    table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    margins = OxmlElement("w:tblCellMar")  # narrow cell padding: wide registers need the room
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(padding_mm * 56.7)))  # twentieths of a point
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for c, width in enumerate(widths_mm):  # the grid is what LibreOffice and WPS lay out by
        table.columns[c].width = Mm(width)
    for r, (row, values) in enumerate(zip(table.rows, [headers, *rows], strict=True)):
        is_bold = r == 0 or (bold_last_row and r == len(rows))
        for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):  # table.cell() is O(table)
            cell.width = Mm(widths_mm[c])
            p = cell.paragraphs[0]
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(clean(value)), fonts.heading1 if r == 0 else fonts.body, size, bold=is_bold)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    return table


def save(doc: Document, path: Path) -> Path:
    return write_atomic(path, lambda tmp: doc.save(str(tmp)))
