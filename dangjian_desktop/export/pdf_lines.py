"""Breaking CJK paragraphs into lines exactly as reportlab does (``Paragraph.breakLinesCJK``: its
``wordSplit``/``dumbSplit`` for a paragraph of one font, ``cjkFragSplit`` for runs of several fonts), with
the same widths, the same breaks and the same line records, at a fraction of the cost: reportlab measures
every character with a call into the font and makes an object per character (and compares each
character's run with its neighbour's), which made breaking lines most of the time a year's archive took.

Here each font and size has a table of character widths filled once, a line's running widths are summed
by ``itertools.accumulate`` (the same additions in the same order, so the same floating-point sums) and
the end of a line is found by bisection; the line records are built per run of one font, not per
character. Paragraphs with anything else (line breaks, images, bullets, automatic leading, end dots) are
left to reportlab.

Imported only where reportlab's layout is imported anyway (pdf_fonts' paragraph class).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Any
from unicodedata import category

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str, sameFrag
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.lib.utils import isBytes
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus.paragraph import FragLine, ParaLines
from reportlab.rl_config import _FUZZ

_widths: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) → character → width in points
_bounds: dict[tuple[str, float], tuple[float, float]] = {}  # (font, size) → ascent, descent


def char_widths(text: str, font: str, size: float) -> list[float]:
    """The width of each character of ``text`` in ``font`` at ``size``, as reportlab's stringWidth gives it
    for the character alone."""
    table = _widths.get((font, size))
    if table is None:
        table = _widths[(font, size)] = {}
    try:
        return list(map(table.__getitem__, text))
    except KeyError:
        for ch in set(text).difference(table):
            table[ch] = stringWidth(ch, font, size)
        return list(map(table.__getitem__, text))


def _ascent_descent(font: str, size: float) -> tuple[float, float]:
    bounds = _bounds.get((font, size))
    if bounds is None:
        bounds = _bounds[(font, size)] = getAscentDescent(font, size)
    return bounds


Line = tuple[int, int, float, float, float, bool]


def _breaks(text: str, widths: list[float], max_widths: list[float]) -> list[Line]:
    """reportlab's CJK line breaking (dumbSplit and cjkFragSplit share it): the lines as (start, end, width
    used, extra space, width available, whether it is the rest that did not overflow)."""
    lines: list[Line] = []
    n = len(text)
    start = 0
    max_width = max_widths[0]
    guess = 32
    while start < n:
        limit = max(max_width + _FUZZ, 0.0)  # a line ends at the first character whose running width passes it
        end = min(n, start + guess)
        acc = list(accumulate(widths[start:end]))
        k = bisect_right(acc, limit)
        while k == len(acc) and end < n:  # not there yet: sum on from where the running width stands
            more = min(n, end + max(guess, end - start))
            acc += list(accumulate(widths[end:more], initial=acc[-1]))[1:]
            end = more
            k = bisect_right(acc, limit)
        if k == len(acc):  # the rest fits
            used = acc[-1] if acc else 0
            if used > 0:
                lines.append((start, n, used, max_width - used, max_width, True))
            break
        used = acc[k]
        i = start + k + 1
        c, w = text[i - 1], widths[i - 1]
        extra = max_width - used
        if ord(c) < 0x3000:  # inside a run of Latin text: break at a space or a CJK character before it
            for j in range(i - 1, (start + i) >> 1, -1):
                cj = text[j]
                if category(cj) == "Zs" or ord(cj) >= 0x3000:
                    k2 = j + 1
                    if k2 < i:
                        j = k2 + 1
                        extra += sum(widths[j:i])
                        w, c, i = widths[k2], text[k2], j
                        break
        if c not in ALL_CANNOT_START and i > start + 1:  # push the character back to the next line
            i -= 1
            extra += w
        lines.append((start, i, used, extra, max_width, False))
        guess = max(16, 2 * (i - start))
        try:
            max_width = max_widths[len(lines)]
        except IndexError:
            max_width = max_widths[-1]
        start = i
    return lines


def break_lines_cjk(para: Any, max_widths: Any) -> Any:
    """``para.breakLinesCJK(max_widths)`` as reportlab computes it, or None where this does not apply (then
    reportlab's own is used)."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    style = para.style
    frags = para.frags
    if (para.bulletText or style.endDots or not frags or getattr(para, "_splitpara", 0)
            or getattr(para, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")):
        return None
    if len(frags) == 1:
        f = frags[0]
        if hasattr(f, "cbDefn") or hasattr(f, "lineBreak"):
            return None
        text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
        if isBytes(text):
            return None
        widths = char_widths(text, f.fontName, f.fontSize)
        if widths and min(widths) < 0:
            return None
        para.height = 0
        wrapped = [(extra, [text[a:b] if rest else text[a:b].strip()])
                   for a, b, _used, extra, _w, rest in _breaks(text, widths, list(max_widths))]
        return f.clone(kind=0, lines=wrapped, ascent=f.fontSize, descent=-0.2 * f.fontSize)
    texts: list[str] = []
    widths = []
    starts = []
    at = 0
    for f in frags:
        text = getattr(f, "text", None)
        if not isinstance(text, str) or not text or hasattr(f, "cbDefn") or hasattr(f, "lineBreak"):
            return None
        texts.append(text)
        widths += char_widths(text, f.fontName, f.fontSize)
        starts.append(at)
        at += len(text)
    if widths and min(widths) < 0:
        return None
    para.height = 0
    whole = "".join(texts)
    lines = []
    for a, b, used, extra, max_width, _rest in _breaks(whole, widths, list(max_widths)):
        lines.append(_frag_line(frags, starts, whole, a, b, used, extra, max_width, FragLine))
    return ParaLines(kind=1, lines=lines)


def _frag_line(frags: list[Any], starts: list[int], text: str, a: int, b: int, used: float, extra: float,
               max_width: float, frag_line: type) -> Any:
    """reportlab's makeCJKParaLine for the characters a…b, built per run instead of per character."""
    words = []
    max_size: float = 0
    max_ascent: float = 0
    min_descent: float = 0
    run_frag = None
    run_text: list[str] = []
    n = bisect_right(starts, a) - 1
    while n < len(frags) and starts[n] < b:
        f = frags[n]
        lo, hi = max(a, starts[n]), min(b, starts[n] + len(f.text))
        size = f.fontSize
        ascent, descent = _ascent_descent(f.fontName, size)
        max_size, max_ascent, min_descent = max(max_size, size), max(max_ascent, ascent), min(min_descent, descent)
        if run_frag is None or not sameFrag(run_frag, f):
            if run_frag is not None:
                word = run_frag.clone()
                word.text = "".join(run_text)
                words.append(word)
            run_frag, run_text = f, []
        run_text.append(text[lo:hi])
        n += 1
    if run_frag is not None:
        word = run_frag.clone()
        word.text = "".join(run_text)
        words.append(word)
    return frag_line(kind=1, extraSpace=extra, wordCount=1, words=words, fontSize=max_size, ascent=max_ascent,
                     descent=min_descent, maxWidth=max_width, currentWidth=used, lineBreak=False)


# --- drawing ------------------------------------------------------------------------------------------------
# Paragraph.drawOn → drawPara writes, for a paragraph of plain text in TrueType fonts, black or one colour,
# left, centred or right aligned: "q", the move to its place, "q", the colour, one text object (its lines
# placed with Td, each font's subset chosen with Tf, the text shown with Tj, T* between lines), "Q", "Q",
# and leaves the canvas as it found it. draw_on writes the same PDF operators without reportlab's generic
# machinery (the canvas's state saved and restored twice, a text object per paragraph, a frame of extra
# state per line); anything else is drawn by reportlab.

_ALIGNMENTS = (0, 1, 2)  # TA_LEFT, TA_CENTER, TA_RIGHT


class _Text:
    """The operators of one PDF text object, as reportlab's PDFTextObject writes them."""

    __slots__ = ("code", "doc", "font", "leading", "memo", "name", "size", "subset")

    def __init__(self, canvas: Any, x: float, y: float) -> None:
        self.code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
        self.doc = canvas._doc
        self.memo = _memo(canvas)
        self.font: Any = None
        self.name: str | None = None
        self.size: float | None = None
        self.leading: float | None = None
        self.subset = -1

    def set_font(self, name: str, size: float) -> None:
        self.font, self.name, self.size, self.subset = getFont(name), name, size, -1

    def move(self, dx: float) -> None:
        """setXPos: moveCursor(dx, 0), merged with a move just before it as reportlab merges them."""
        if -1e-6 <= dx <= 1e-6:
            return
        code = self.code
        dy: float = 0
        if code[-1].endswith(" Td"):
            last = code[-1].split()
            if len(last) == 3:
                del code[-1]
            else:
                code[-1] = "".join(last[:-4])
            dx += float(last[-3])
            dy -= float(last[-2])
        code.append(f"{fp_str(dx, -dy)} Td")

    def show(self, text: str, line_end: bool) -> None:
        """_textOut for a TrueType font: the text in the font's subsets, "T*" after the line's last run."""
        runs = self.memo.get((self.name, text))
        if runs is None:  # a text met before in the document has its characters' codes in the subsets already
            escape = self.memo["escape"]
            runs = self.memo[(self.name, text)] = [(subset, f"({escape(t)}) Tj")
                                                   for subset, t in self.font.splitString(text, self.doc)]
        out = []
        template = None
        for subset, shown in runs:
            if subset != self.subset:
                if template is None:
                    template = f"{fp_str(self.size)} Tf {fp_str(self.leading)} TL"
                name = self.memo.get((self.name, subset))
                if name is None:
                    name = self.memo[(self.name, subset)] = self.font.getSubsetInternalName(subset, self.doc)
                out.append(f"{name} {template}")
                self.subset = subset
            out.append(shown)
        self.code.append(" ".join(out) + (" T*" if line_end else ""))

    def word_space(self, space: float) -> None:
        self.code.append(f"{fp_str(space)} Tw")


def _memo(canvas: Any) -> dict[Any, Any]:
    """What drawing on ``canvas`` (one document) has worked out: each text's runs of subset codes, escaped
    (fixed once its characters have codes), each subset's name, each colour's operator."""
    memo = canvas.__dict__.get("_pdf_lines_memo")
    if memo is None:
        memo = canvas._pdf_lines_memo = {"escape": canvas._escape}
    return memo


def _nbsp(text: str) -> int:
    return text.count("\u00a0")


def _colour(canvas: Any, colour: Any) -> tuple[str, bool] | None:
    """The operator reportlab's setFillColor writes for ``colour`` and whether it sets a transparency (which
    makes the PDF version 1.4), or None for a colour it treats otherwise (CMYK, spot colours, a transparency
    other than the current one)."""
    from reportlab.lib.colors import CMYKColor, Color

    memo = _memo(canvas)
    known = memo.get(("colour", id(colour)))
    if known is None or known[0] is not colour:
        if not isinstance(colour, Color) or isinstance(colour, CMYKColor):
            return None
        known = memo[("colour", id(colour))] = (colour, f"{fp_str((colour.red, colour.green, colour.blue))} rg",
                                                getattr(colour, "alpha", None))
    _c, op, alpha = known
    if canvas._enforceColorSpace:
        return None
    if alpha is not None:
        state = canvas._extgstate
        if alpha != state._d.get("ca", state.defaults["ca"]):
            return None
    return op, alpha is not None


def draw_on(para: Any, canvas: Any, x: float, y: float, s_w: float) -> bool:
    """Paragraph.drawOn(canvas, x, y, s_w) for a plain paragraph (see above); False, having written
    nothing, for any other."""
    style = para.style
    bl = para.__dict__.get("blPara")
    if (bl is None or para.debug or para.bulletText or "_offsets" in para.__dict__
            or style.alignment not in _ALIGNMENTS or style.wordWrap not in (None, "CJK") or style.endDots
            or style.backColor or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
            or getattr(para, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
            or getattr(para, "_showBoundary", None) or not canvas.bottomup or not rl_config.paraFontSizeHeightOffset):
        return False
    if not bl.lines:  # nothing to draw: only the move to its place
        canvas._code += ["q", f"{fp_str(1, 0, 0, 1, para._hAlignAdjust(x, s_w), y)} cm", "Q"]
        return True
    if bl.kind == 0:
        if (getattr(bl, "us_lines", None) or getattr(bl, "link", None) or not getFont(bl.fontName)._dynamicFont
                or isinstance(bl.lines[0][1][0], bytes)):
            return False
        colour = _colour(canvas, bl.textColor)
        if colour is None:
            return False
        code = _kind0(para, canvas, bl, style)
        pre, alpha = [colour[0]], colour[1]
    else:
        colours: list[tuple[Any, str]] = []
        alpha = False
        for line in bl.lines:
            if not line.words:
                return False
            for w in line.words:
                if (not isinstance(w.text, str) or w.us_lines or w.link or w.rise or hasattr(w, "cbDefn")
                        or getattr(w, "backColor", None) or not getFont(w.fontName)._dynamicFont):
                    return False
                if not any(c is w.textColor for c, _op in colours):
                    found = _colour(canvas, w.textColor)
                    if found is None:
                        return False
                    colours.append((w.textColor, found[0]))
                    alpha = alpha or found[1]
        code = _kind1(para, canvas, bl, style, colours)
        pre = []
    x = para._hAlignAdjust(x, s_w)
    out = canvas._code
    out += ["q", f"{fp_str(1, 0, 0, 1, x, y)} cm", "q", *pre, " ".join(code), "Q", "Q"]
    if alpha:
        canvas._doc.ensureMinPdfVersion("transparency")  # what setting the colour's transparency does
    return True


def _kind0(para: Any, canvas: Any, bl: Any, style: Any) -> list[str]:
    """drawPara's text object for lines of one font (reportlab's kind 0)."""
    tx = _Text(canvas, style.leftIndent, para.height - bl.fontSize)
    tx.set_font(bl.fontName, bl.fontSize)
    tx.leading = style.leading
    alignment = style.alignment
    offset = style.firstLineIndent + 0
    for n, (extra, words) in enumerate(bl.lines):
        if n:
            offset = 0
        text = " ".join(words)
        simple = extra > -1e-8
        if not simple:
            spaces = len(words) + _nbsp(text) - 1
            simple = spaces <= 0
        if alignment == 0:
            tx.move(offset)
            if simple:
                tx.show(text, True)
            else:
                tx.word_space(extra / float(spaces))
                tx.show(text, True)
                tx.word_space(0)
            tx.move(-offset)
            continue
        if simple:
            m = offset + (0.5 * extra if alignment == 1 else extra)
            tx.move(m)
            tx.show(text, True)
        else:
            m = offset
            tx.word_space(extra / float(spaces))
            tx.move(m)
            tx.show(text, True)
            tx.word_space(0)
        tx.move(-m)
    tx.code.append("ET")
    return tx.code


def _kind1(para: Any, canvas: Any, bl: Any, style: Any, colours: list[tuple[Any, str]]) -> list[str]:
    """drawPara's text object for lines of runs of several fonts (reportlab's kind 1, _putFragLine)."""
    first = bl.lines[0]
    tx = _Text(canvas, style.leftIndent, para.height - first.fontSize)
    alignment = style.alignment
    leading = style.leading
    colour = None
    offset = style.firstLineIndent + 0
    for n, line in enumerate(bl.lines):
        if n:
            offset = 0
        extra = line.extraSpace
        simple = extra > -1e-8
        if not simple:
            spaces = line.wordCount + sum(_nbsp(w.text) for w in line.words) - 1
            simple = spaces <= 0
        if alignment == 0:
            m = offset
            tx.move(m)
        elif simple:
            m = offset + (0.5 * extra if alignment == 1 else extra)
            tx.move(m)
        else:
            m = offset
        if not simple:
            tx.word_space(extra / float(spaces))
        if tx.leading != leading:
            tx.leading = leading
            tx.code.append(f"{fp_str(leading)} TL")
        last = line.words[-1]
        for w in line.words:
            if (tx.name, tx.size) != (w.fontName, w.fontSize):
                tx.set_font(w.fontName, w.fontSize)
            if colour != w.textColor:
                colour = w.textColor
                tx.code.append(next(op for c, op in colours if c is colour))
            tx.show(w.text, w is last)
        if not simple:
            tx.word_space(0)
        tx.move(-m)
    tx.code.append("ET")
    return tx.code
