"""pdf_lines breaks CJK paragraphs exactly as reportlab's Paragraph.breakLinesCJK does: the same lines, the
same widths and spaces left, the same runs of fonts, for texts of Chinese, Latin words, digits, spaces and
the punctuation that may not start a line, in one font or several."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian_desktop.export import pdf_fonts

ALPHABET = "党支部委员会学习笔记乡村振兴二〇二六年月日，。、：；！？）」》…—中文ABCabc xyz012 345\u00a0\u3000"


def _fonts() -> tuple[str, str]:
    return pdf_fonts.register_cjk_fonts()


def _style(font: str, size: float, indent: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("t", fontName=font, fontSize=size, leading=size * 1.2, wordWrap="CJK",
                          firstLineIndent=indent)


def _frags(parts: list[tuple[str, float, str]], style: Any) -> list[Any]:
    from reportlab.platypus.paraparser import ParaFrag

    frags = []
    for font, size, text in parts:
        f = ParaFrag()
        f.__dict__.update(fontName=font, fontSize=size, textColor=style.textColor, rise=0, us_lines=[], link=[],
                          backColor=None, nobr=False, text=text)
        frags.append(f)
    return frags


def _lines(bl: Any) -> Any:
    """What a broken paragraph consists of, comparably."""
    if bl.kind == 0:
        return ("simple", bl.fontName, bl.fontSize, bl.ascent, bl.descent,
                [(extra, list(words)) for extra, words in bl.lines])
    return ("runs", [(line.extraSpace, line.wordCount, line.fontSize, line.ascent, line.descent, line.maxWidth,
                      line.currentWidth, line.lineBreak, [(w.text, w.fontName, w.fontSize) for w in line.words])
                     for line in bl.lines])


def _both(parts: list[tuple[str, float, str]], width: float, indent: float) -> tuple[Any, Any]:
    from reportlab.platypus import Paragraph

    from dangjian_desktop.export.pdf_lines import break_lines_cjk

    style = _style(parts[0][0], parts[0][1], indent)
    widths = [width - indent, width]
    theirs = Paragraph("", style, frags=_frags(parts, style)).breakLinesCJK(widths)
    ours = break_lines_cjk(Paragraph("", style, frags=_frags(parts, style)), widths)
    assert ours is not None  # laid out here, not handed back to reportlab
    return _lines(ours), _lines(theirs)


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, min_size=1, max_size=300), width=st.floats(20, 460),
       size=st.sampled_from([9.0, 10.5, 15.75]), indent=st.sampled_from([0.0, 31.5]))
def test_one_font_breaks_as_reportlab(text: str, width: float, size: float, indent: float) -> None:
    body, _bold = _fonts()
    ours, theirs = _both([(body, size, text)], width, indent)
    assert ours == theirs


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(ALPHABET, min_size=1, max_size=120), min_size=2, max_size=5),
       width=st.floats(20, 460), bold_first=st.booleans(), indent=st.sampled_from([0.0, 31.5]))
def test_runs_of_several_fonts_break_as_reportlab(texts: list[str], width: float, bold_first: bool,
                                                  indent: float) -> None:
    body, bold = _fonts()
    parts = [(bold if (n % 2 == 0) == bold_first else body, 15.75 if n % 3 else 12.0, t) for n, t in enumerate(texts)]
    ours, theirs = _both(parts, width, indent)
    assert ours == theirs


def test_a_long_paragraph_breaks_as_reportlab() -> None:
    body, bold = _fonts()
    text = ("全面推进乡村振兴，要坚持农业农村优先发展，ABC 2026 年度 abc-def，。" * 200)
    ours, theirs = _both([(body, 15.75, text)], 442.0, 31.5)
    assert ours == theirs and len(ours[-1]) > 200
    ours, theirs = _both([(bold, 15.75, "心得体会："), (body, 15.75, text)], 442.0, 31.5)
    assert ours == theirs and len(ours[-1]) > 200


def test_the_paragraphs_printed_use_it() -> None:
    from dangjian_desktop.export import pdf_lines

    body, _bold = _fonts()
    pdf_lines._widths.clear()
    para = pdf_fonts.paragraph("全面推进乡村振兴" * 30, _style(body, 15.75, 31.5))
    para.wrap(442.0, 800.0)
    assert para.blPara.kind == 0 and len(para.blPara.lines) == 9  # 240 characters, 28 a line, the first indented
    assert set(pdf_lines._widths[(body, 15.75)]) == set("全面推进乡村振兴")


def _drawn(para: Any, fast: bool) -> tuple[list[str], Any]:
    """The operators drawing ``para`` at (72, 300) and again at (72, 100) writes on a fresh canvas (the second
    time its characters have their codes already), and the PDF version."""
    import io

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from dangjian_desktop.export.pdf_lines import draw_on

    canvas = Canvas(io.BytesIO())
    canvas.setFont(_fonts()[0], 12)
    before = len(canvas._code)
    for y in (300.0, 100.0):
        if fast:
            assert draw_on(para, canvas, 72.0, y, 0)  # drawn here, not handed back to reportlab
        else:
            Paragraph.drawOn(para, canvas, 72.0, y, 0)
    return canvas._code[before:], canvas._doc._pdfVersion


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.text(ALPHABET, min_size=0, max_size=150), min_size=1, max_size=4),
       width=st.floats(20, 460), alignment=st.sampled_from([0, 1, 2]), indent=st.sampled_from([0.0, 31.5]),
       bold_first=st.booleans())
def test_paragraphs_are_drawn_as_reportlab_draws_them(texts: list[str], width: float, alignment: int,
                                                      indent: float, bold_first: bool) -> None:
    from reportlab.lib.styles import ParagraphStyle

    body, bold = _fonts()
    style = ParagraphStyle("t", fontName=body, fontSize=15.75, leading=28.95, wordWrap="CJK",
                           firstLineIndent=indent, alignment=alignment)
    fonts = [bold if (n % 2 == 0) == bold_first else body for n in range(len(texts))]
    if len(texts) == 1:
        para = pdf_fonts.paragraph(texts[0], style)
    else:
        markup = "".join(f'<font face="{f}">{pdf_fonts._escape(t)}</font>' for f, t in zip(fonts, texts, strict=True))
        para = pdf_fonts.paragraph_of(markup, [(f, t) for f, t in zip(fonts, texts, strict=True) if t], style)
    para.wrap(width, 1000.0)
    assert _drawn(para, fast=True) == _drawn(para, fast=False)
