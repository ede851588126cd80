"""A 公示-style sheet for the notice board (党员责任区, 党员承诺公示, 发展党员公示): A4 portrait, a title,
the text before and after a bordered table, and the branch and date at the bottom right.

Plain data in, a .docx or a PDF out; callers build a NoticeSheet from their records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.export.atomic import write_atomic


@dataclass
class NoticeSheet:
    title: str
    signer: str  # 中共××村党支部
    date_text: str  # 2026年3月2日
    before: list[str] = field(default_factory=list)  # paragraphs above the table
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # relative column widths
    after: list[str] = field(default_factory=list)  # paragraphs under the table
    sections: list[tuple[str, list[str], list[list[str]], list[float]]] = field(default_factory=list)
    # further (subheading, headers, rows, widths) tables under the first

    def tables(self) -> list[tuple[str, list[str], list[list[str]], list[float]]]:
        first = [("", self.headers, self.rows, self.widths)] if self.headers else []
        return first + self.sections


def write_docx(sheet: NoticeSheet, path: Path) -> Path:
    from dangjian_desktop.export import docx_layout as dl

    doc = dl.new_document(title=sheet.title)
    dl.add_title(doc, sheet.title)
    for line in sheet.before:
        dl.add_text(doc, line)
    for heading, headers, rows, widths in sheet.tables():
        if heading:
            dl.add_text(doc, heading, dl.HEADING2)
        total = sum(widths) or 1
        dl.add_table(doc, headers, rows, [doc.text_width_mm * w / total for w in widths], size=12)
    for line in sheet.after:
        dl.add_text(doc, line)
    dl.add_blank(doc)
    dl.add_text(doc, sheet.signer, align="right")
    dl.add_text(doc, sheet.date_text, align="right")
    return dl.save(doc, path)


def write_pdf(sheet: NoticeSheet, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from dangjian_desktop.export.docx_layout import clean
    from dangjian_desktop.export.pdf_fonts import paragraph, register_cjk_fonts
    from dangjian_desktop.export.pdf_pages import numbered_canvas

    body, bold = register_cjk_fonts()
    text = ParagraphStyle("text", fontName=body, fontSize=14, leading=24, firstLineIndent=28, wordWrap="CJK")
    right = ParagraphStyle("right", parent=text, alignment=2, firstLineIndent=0)
    heading = ParagraphStyle("heading", parent=text, fontName=bold, firstLineIndent=0, spaceBefore=6)
    title = ParagraphStyle("title", fontName=bold, fontSize=22, leading=32, alignment=1, spaceAfter=8)
    cell = ParagraphStyle("cell", fontName=body, fontSize=11, leading=15, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName=bold, alignment=1)

    def para(value: str, style: ParagraphStyle) -> Paragraph:
        return paragraph(value, style)

    page_w = A4[0]
    left, right_m = 28 * mm, 26 * mm
    width = page_w - left - right_m
    story: list = [para(sheet.title, title)]
    story += [para(line, text) for line in sheet.before]
    for subheading, headers, rows, widths in sheet.tables():
        if subheading:
            story.append(para(subheading, heading))
        total = sum(widths) or 1
        data = [[para(h, head) for h in headers]] + [[para(v, cell) for v in row] for row in rows]
        table = Table(data, colWidths=[width * w / total for w in widths], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), body),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        story += [Spacer(1, 3 * mm), table, Spacer(1, 3 * mm)]
    story += [para(line, text) for line in sheet.after]
    story += [Spacer(1, 10 * mm), para(sheet.signer, right), para(sheet.date_text, right)]

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=left, rightMargin=right_m, topMargin=30 * mm,
                                bottomMargin=25 * mm, title=clean(sheet.title), author="支部台账",
                                initialFontName=body)
        doc.build(story, canvasmaker=numbered_canvas(body))

    return write_atomic(path, build)


def write(sheet: NoticeSheet, path: Path) -> Path:
    """By the file's suffix: .pdf or .docx."""
    return write_pdf(sheet, path) if path.suffix.lower() == ".pdf" else write_docx(sheet, path)
