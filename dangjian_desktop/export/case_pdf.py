"""One 三卡一法 case printed as a PDF: the case, then every card in order, then its history.

A4 portrait, an embedded CJK TrueType font, "内部资料" in the header of every page and
"第 N 页 共 M 页" at the foot. Plain data in, file out: services/cases_print.py builds the CasePrint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.export.atomic import write_atomic

MARKING = "内部资料"


@dataclass
class PrintedCard:
    title: str  # e.g. "谈心谈话卡"
    date_text: str
    rows: list[tuple[str, str]]  # (label, value)


@dataclass
class CasePrint:
    title: str  # 一人一事思想政治工作记录
    branch: str
    head: list[tuple[str, str]]  # the case's fields (label, value)
    cards: list[PrintedCard] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    closing: list[tuple[str, str]] = field(default_factory=list)  # 办理结果, 本人确认, 销号日期
    printed_on: str = ""


def write_case_pdf(data: CasePrint, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from dangjian_desktop.export.docx_layout import clean
    from dangjian_desktop.export.pdf_fonts import paragraph, register_cjk_fonts
    from dangjian_desktop.export.pdf_pages import numbered_canvas

    body, bold = register_cjk_fonts()
    text = ParagraphStyle("text", fontName=body, fontSize=11, leading=16, wordWrap="CJK")
    label = ParagraphStyle("label", parent=text, fontName=bold)
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=26, alignment=1)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=13, leading=20, spaceBefore=4, spaceAfter=2)
    sub = ParagraphStyle("sub", parent=text, alignment=1)

    def para(value: str, style: ParagraphStyle) -> Paragraph:
        return paragraph(value, style)

    width = A4[0] - 40 * mm

    def grid(rows: list[tuple[str, str]]) -> Table:
        table = Table([[para(k, label), para(v, text)] for k, v in rows] or [[para("（无）", text), ""]],
                      colWidths=[38 * mm, width - 38 * mm])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), body),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")),
        ]))
        return table

    story: list = [para(data.title, title)]
    story.append(para(data.branch + (f"　　打印日期：{data.printed_on}" if data.printed_on else ""), sub))
    story += [Spacer(1, 4 * mm), para("基本情况", heading), grid(data.head)]
    for n, card in enumerate(data.cards, 1):
        head = para(f"{n}. {card.title}（{card.date_text}）", heading)
        story += [Spacer(1, 2 * mm), KeepTogether([head, grid(card.rows)]) if len(card.rows) < 8 else head]
        if len(card.rows) >= 8:
            story.append(grid(card.rows))
    if data.closing:
        story += [Spacer(1, 2 * mm), para("销号", heading), grid(data.closing)]
    if data.history:
        story += [Spacer(1, 2 * mm), para("办理经过", heading)]
        story += [para(line, text) for line in data.history]

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm, title=clean(data.title),
                                author="支部台账", subject=MARKING, initialFontName=body)
        doc.build(story, canvasmaker=numbered_canvas(body, marking=MARKING, bold=bold))

    return write_atomic(path, build)
