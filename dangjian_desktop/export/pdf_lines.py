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

from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.lib.utils import isBytes
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
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
