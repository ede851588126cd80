"""A meeting record as a PDF laid out like a page of a 会议记录本 (A4, embedded CJK TrueType font).

Plain data in (MeetingPrint), file out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dangjian_desktop.export.atomic import write_atomic


@dataclass
class ItemPrint:
    title: str
    candidate: str = ""
    speeches: str = ""
    vote: str = ""  # "举手表决：赞成 6 票，反对 1 票，弃权 0 票" or ""
    vote_result: str = ""  # the pass rule in words
    resolution: str = ""


@dataclass
class MeetingPrint:
    branch: str
    title: str
    types: str
    date_text: str  # 2026年3月2日（星期一）
    time_text: str  # 09:00—11:00
    place: str
    host: str
    recorder: str
    lecturer: str = ""
    group: str = ""
    expected: str = ""  # 应到 N 人（有表决权 M 人）
    present: str = ""  # 实到 N 人
    leave: str = ""  # names with reasons
    absent: str = ""
    late: str = ""
    present_names: str = ""
    observers: str = ""
    items: list[ItemPrint] = field(default_factory=list)
    summary: str = ""
    end_time: str = ""
    entered: str = ""  # 录入时间
    finalized: str = ""  # 定稿时间 or 未定稿
    late_entry: str = ""  # "补录（会后 12 天录入）" or ""
    amendments: list[str] = field(default_factory=list)
    attachments: str = ""
    pledge_reviews: list[str] = field(default_factory=list)  # 民主评议党员: "姓名：践诺评定" per member


def _styles(body: str, bold: str) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    text = ParagraphStyle("text", fontName=body, fontSize=11, leading=18, wordWrap="CJK")
    return {
        "text": text,
        "label": ParagraphStyle("label", parent=text, fontName=bold, alignment=1),
        "cell": ParagraphStyle("cell", parent=text, leading=16),
        "title": ParagraphStyle("title", fontName=bold, fontSize=18, leading=26, alignment=1),
        "sub": ParagraphStyle("sub", parent=text, alignment=1, fontSize=10.5),
        "head": ParagraphStyle("head", parent=text, fontName=bold, fontSize=12, leading=20, spaceBefore=6),
        "indent": ParagraphStyle("indent", parent=text, leftIndent=12),
        "small": ParagraphStyle("small", parent=text, fontSize=9, leading=13),
        "mark": ParagraphStyle("mark", parent=text, fontName=bold, textColor="#b00020", alignment=2),
    }


def _para(value: str, style: Any) -> Any:
    from dangjian_desktop.export.pdf_fonts import paragraph

    return paragraph(value, style)


LIST_CHUNK = 240  # characters of a name list per table row: a long list continues on the next rows (and pages)
TEXT_CHUNK = 600  # characters per Paragraph of a long text: reportlab lays out each one whole


def _chunks(text: str, limit: int, breaks: str) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, each ending at one of ``breaks`` when
    there is one in the second half of the piece (else cut at the limit)."""
    pieces = []
    while len(text) > limit:
        cut = max(text.rfind(ch, limit // 2, limit) for ch in breaks)
        cut = cut + 1 if cut >= 0 else limit
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text or not pieces else pieces


def _paras(text: str, style: Any) -> list[Any]:
    """A long text as many Paragraphs (one per line, long lines cut after a sentence), so that it is
    laid out in linear time and split across pages; one giant Paragraph is laid out again for every
    page it spills onto."""
    out = []
    for line in text.split("\n"):
        out += [_para(piece or "　", style) for piece in _chunks(line, TEXT_CHUNK, "。！？；!?;，,")]
    return out


def _header(m: MeetingPrint, st: dict[str, Any], body: str, width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    grey = colors.HexColor("#f2f2f2")
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), body), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                       ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black),
                                       ("BACKGROUND", (0, 0), (0, -1), grey)]

    def pair(label: str, value: str, label2: str, value2: str) -> None:
        r = len(data)
        data.append([_para(label, st["label"]), _para(value, st["cell"]), _para(label2, st["label"]),
                     _para(value2, st["cell"])])
        commands.extend([("LINEAFTER", (1, r), (2, r), 0.6, colors.black), ("BACKGROUND", (2, r), (2, r), grey),
                         ("LINEBELOW", (0, r), (-1, r), 0.6, colors.black)])

    def wide(label: str, value: str) -> None:
        """One label beside a value across the row; a long value (a list of names) goes on over as many
        rows as it needs, drawn as one cell, so the table can break between them across pages."""
        pieces = _chunks(value, LIST_CHUNK, "、，,")
        for n, piece in enumerate(pieces):
            r = len(data)
            data.append([_para(label if n == 0 else "", st["label"]), _para(piece, st["cell"]), "", ""])
            commands.append(("SPAN", (1, r), (3, r)))
            if n > 0:  # continuing: no gap above, so the list reads on
                commands.append(("TOPPADDING", (0, r), (-1, r), 0))
            if n == len(pieces) - 1:
                commands.append(("LINEBELOW", (0, r), (-1, r), 0.6, colors.black))
            else:
                commands.extend([("VALIGN", (0, r), (-1, r), "TOP"), ("BOTTOMPADDING", (0, r), (-1, r), 0)])

    wide("会议名称", m.title)
    pair("会议类型", m.types, "党小组", m.group or "—")
    wide("时　　间", f"{m.date_text}　{m.time_text}")
    pair("地　　点", m.place, "授课人", m.lecturer or "—")
    pair("主 持 人", m.host, "记 录 人", m.recorder)
    pair("应　　到", m.expected, "实　　到", m.present)
    wide("请　　假", m.leave or "无")
    wide("缺　　席", m.absent or "无")
    wide("迟　　到", m.late or "无")
    wide("出席人员", m.present_names or "—")
    wide("列席人员", m.observers or "无")
    label_w = 22 * 2.8346
    table = Table(data, colWidths=[label_w, (width - 2 * label_w) / 2, label_w, (width - 2 * label_w) / 2],
                  repeatRows=0)
    table.setStyle(TableStyle(commands))
    return table


def write_meeting_pdf(m: MeetingPrint, path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

    from dangjian_desktop.export.docx_layout import clean
    from dangjian_desktop.export.pdf_fonts import register_cjk_fonts
    from dangjian_desktop.export.pdf_pages import numbered_canvas

    body, bold = register_cjk_fonts()
    st = _styles(body, bold)
    margin = 20 * mm
    width = A4[0] - 2 * margin
    story: list[Any] = []
    if m.late_entry:
        story.append(_para(f"【{m.late_entry}】", st["mark"]))
    story += [_para(m.branch, st["sub"]), _para("会 议 记 录", st["title"]), Spacer(1, 3 * mm),
              _header(m, st, body, width), Spacer(1, 3 * mm)]
    story.append(_para("会议内容", st["head"]))
    numerals = "一二三四五六七八九十"
    for n, item in enumerate(m.items):
        num = numerals[n] if n < len(numerals) else str(n + 1)
        story.append(_para(f"议题{num}：{item.title}", st["head"]))
        if item.candidate:
            story.append(_para(f"对象：{item.candidate}", st["indent"]))
        story.append(_para("发言记录：", st["text"]))
        story += _paras(item.speeches or "（无）", st["indent"])
        if item.vote:
            story.append(_para(f"表决：{item.vote}", st["text"]))
            if item.vote_result:
                story.append(_para(f"（{item.vote_result}）", st["indent"]))
        story += _paras(f"决议：{item.resolution or '（无）'}", st["text"])
    if not m.items:
        story.append(_para("（未记录议题）", st["indent"]))
    if m.pledge_reviews:
        story.append(_para("党员年度承诺践诺评定", st["head"]))
        story += [_para(line, st["indent"]) for line in m.pledge_reviews]
    story.append(_para("主持人小结", st["head"]))
    story += _paras(m.summary or "（无）", st["indent"])
    story.append(_para(f"散会（{m.end_time}）" if m.end_time else "散会", st["head"]))
    if m.attachments:
        story.append(_para(f"附件：{m.attachments}", st["small"]))
    sign = [Spacer(1, 8 * mm),
            _para("主持人（签字）：＿＿＿＿＿＿＿＿＿＿　　　　记录人（签字）：＿＿＿＿＿＿＿＿＿＿", st["text"]),
            Spacer(1, 4 * mm),
            _para(f"录入时间：{m.entered}　　定稿时间：{m.finalized}"
                  + (f"　　{m.late_entry}" if m.late_entry else ""), st["small"])]
    story.append(KeepTogether(sign))
    if m.amendments:
        story.append(_para("定稿后修改记录", st["head"]))
        story += [_para(line, st["small"]) for line in m.amendments]

    def build(tmp: Path) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=18 * mm,
                                bottomMargin=20 * mm, title=clean(f"{m.title} 会议记录"), author="支部台账",
                                initialFontName=body)
        doc.build(story, canvasmaker=numbered_canvas(body))

    return write_atomic(path, build)
