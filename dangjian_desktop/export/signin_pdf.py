"""A blank 签到表 for a planned meeting: 序号 / 姓名 / 签名 / 备注, one tall row per person (A4 portrait)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dangjian_desktop.export.atomic import write_atomic


@dataclass
class SignInSheet:
    branch: str
    title: str  # the meeting's name
    date_text: str
    time_text: str
    place: str
    host: str
    names: list[str]  # already in 姓氏笔画 order
    remarks: list[str]  # per name, e.g. "预备党员" or ""


def write_signin_pdf(sheet: SignInSheet, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from dangjian_desktop.export.docx_layout import clean
    from dangjian_desktop.export.pdf_fonts import paragraph, register_cjk_fonts
    from dangjian_desktop.export.pdf_pages import numbered_canvas

    body, bold = register_cjk_fonts()
    text = ParagraphStyle("text", fontName=body, fontSize=11, leading=18, wordWrap="CJK")
    cell = ParagraphStyle("cell", parent=text, fontSize=12, alignment=1)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=26, alignment=1)

    def para(value: str, style: ParagraphStyle) -> Paragraph:
        return paragraph(value, style, breaks=False)

    margin = 20 * mm
    width = A4[0] - 2 * margin
    data: list[list[Any]] = [[para(h, head) for h in ("序号", "姓名", "签名", "备注")]]
    for n, (name, remark) in enumerate(zip(sheet.names, sheet.remarks, strict=True), 1):
        data.append([para(str(n), cell), para(name, cell), "", para(remark, cell)])
    table = Table(data, colWidths=[width * w for w in (0.1, 0.22, 0.4, 0.28)], repeatRows=1,
                  rowHeights=[9 * mm] + [11 * mm] * len(sheet.names))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), body),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ]))
    story: list[Any] = [
        para(sheet.branch, ParagraphStyle("sub", parent=text, alignment=1)),
        para(f"{sheet.title} 签到表", title), Spacer(1, 3 * mm),
        para(f"时间：{sheet.date_text}　{sheet.time_text}　　地点：{sheet.place or '＿＿＿＿＿＿'}"
             f"　　主持人：{sheet.host or '＿＿＿＿'}", text),
        Spacer(1, 3 * mm), table, Spacer(1, 5 * mm),
        para(f"应到 {len(sheet.names)} 人，实到＿＿＿＿人，请假＿＿＿＿人，缺席＿＿＿＿人。", text),
        Spacer(1, 6 * mm),
        para("主持人（签字）：＿＿＿＿＿＿＿＿　　　　记录人（签字）：＿＿＿＿＿＿＿＿", text),
    ]

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=18 * mm,
                                bottomMargin=20 * mm, title=clean(f"{sheet.title} 签到表"), author="支部台账",
                                initialFontName=body)
        doc.build(story, canvasmaker=numbered_canvas(body))

    return write_atomic(path, build)
