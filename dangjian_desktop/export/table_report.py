"""A titled table (a register, a list, a 公示 sheet) written as a landscape .docx or as a PDF.

Plain data in, file out: callers build a TableReport from their records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.export.atomic import write_atomic


@dataclass
class TableReport:
    title: str
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    subtitle: str = ""  # e.g. "填报单位：中共××村党支部　　年度：2026"
    totals: list[str] | None = None  # a bold last row
    notes: list[str] = field(default_factory=list)  # lines under the table
    marking: str = ""  # e.g. 内部资料, printed above the title on the left
    signatures: str = ""  # e.g. "制表人：　　　　审核人：　　　　日期："

    def column_mm(self, total_mm: float) -> list[float]:
        weight = sum(self.widths)
        return [total_mm * w / weight for w in self.widths]


def write_docx(report: TableReport, path: Path, *, size: float | None = None) -> Path:
    """The report as a landscape Word table, its columns sized to their content (docx_layout.add_table)."""
    from dangjian_desktop.export import docx_layout as dl

    doc = dl.new_document(landscape=True, title=report.title)
    if report.marking:
        dl.add_text(doc, report.marking, dl.MARK)
    dl.add_title(doc, report.title)
    if report.subtitle:
        dl.add_text(doc, report.subtitle, dl.NOTE, align="center")
    rows = [*report.rows, *([report.totals] if report.totals else [])]
    dl.add_table(doc, report.headers, rows, size=size, bold_last_row=report.totals is not None)
    for line in report.notes:
        dl.add_text(doc, line, dl.NOTE)
    if report.signatures:
        dl.add_text(doc, report.signatures, size=14)
    return dl.save(doc, path)


def write_pdf(report: TableReport, path: Path, *, size: float = 8.5) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from dangjian_desktop.export.docx_layout import clean
    from dangjian_desktop.export.pdf_fonts import paragraph, register_cjk_fonts
    from dangjian_desktop.export.pdf_pages import numbered_canvas

    body, bold = register_cjk_fonts()
    cell = ParagraphStyle("cell", fontName=body, fontSize=size, leading=size * 1.25, alignment=1, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    text = ParagraphStyle("text", fontName=body, fontSize=11, leading=16, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=26, alignment=1)
    sub = ParagraphStyle("sub", parent=text, alignment=1)

    def para(value: str, style: ParagraphStyle) -> Paragraph:
        return paragraph(value, style, breaks=False)

    page_w, page_h = landscape(A4)
    margin = 15 * mm
    data = [[para(h, head) for h in report.headers]]
    data += [[para(v, cell) for v in row] for row in report.rows]
    if report.totals:
        data.append([para(v, head) for v in report.totals])
    widths = [w * mm for w in report.column_mm((page_w - 2 * margin) / mm)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), body),  # the table sets its cell font even for paragraphs
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    story = []
    if report.marking:
        story.append(para(report.marking, text))
    story.append(para(report.title, title))
    if report.subtitle:
        story.append(para(report.subtitle, sub))
    story += [Spacer(1, 4 * mm), table, Spacer(1, 3 * mm)]
    story += [para(line, text) for line in report.notes]
    if report.signatures:
        story += [Spacer(1, 6 * mm), para(report.signatures, text)]

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin,
                                topMargin=margin, bottomMargin=margin + 4 * mm, title=clean(report.title),
                                author="支部台账", initialFontName=body)  # else Helvetica, not embedded
        doc.build(story, canvasmaker=numbered_canvas(body))

    return write_atomic(path, build)
