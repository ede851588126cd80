"""Finding and registering TrueType fonts for reportlab, which embeds them in every PDF.

Windows office PCs have SimSun/SimHei/FangSong in C:\\Windows\\Fonts; on Linux WenQuanYi Zen Hei
(Debian fonts-wqy-zenhei) works. reportlab cannot use CFF-based OpenType collections such as
Noto Sans CJK, so those are not tried.

Those fonts lack the rarer characters real names use (CJK Extension B and beyond, e.g. 𠮷 𪚥), emoji
and other scripts. Every text goes through :func:`markup`, which picks a font per character: the
style's own font when it has the glyph, else the first fallback font that has it (Windows:
SimSun-ExtB, SimSun-ExtG, Segoe UI Symbol/Emoji…; Linux: Hanazono, Symbola, DejaVu). A character no
font has is printed as the visible marker 〓 and reported (:func:`take_missing`), never dropped.
"""

from __future__ import annotations

import logging
import mmap
import os
import re
import unicodedata
from collections.abc import Container, Set
from functools import cache
from pathlib import Path
from typing import Any

from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)

BODY = "CJKBody"
BOLD = "CJKBold"
MARKER = "〓"  # the typesetters' mark for a character the type case lacks
_missing: dict[str, None] = {}  # characters no font had, in the order met, until take_missing()
_TAG = re.compile(r"(<[^>]*>)")


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _candidates(kind: str) -> list[tuple[Path, int]]:
    win = _windows_fonts()
    linux = [
        (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
        (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
        (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0),
        (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 0),
    ]
    if kind == BOLD:
        return [(win / "simhei.ttf", 0), (win / "msyhbd.ttc", 0), *linux]
    return [(win / "simfang.ttf", 0), (win / "simsun.ttc", 0), (win / "simhei.ttf", 0), *linux]


def _fallback_candidates() -> list[Path]:
    win = _windows_fonts()
    return [
        win / "simsunb.ttf",  # SimSun-ExtB: CJK Extension B
        win / "SimsunExtG.ttf", win / "simsunextg.ttf",  # SimSun-ExtG (Windows 11): Extensions C–G
        win / "seguisym.ttf", win / "seguiemj.ttf", win / "seguihis.ttf",  # symbols, emoji, historic scripts
        win / "msyh.ttc", win / "arialuni.ttf", win / "arial.ttf", win / "Nirmala.ttf",
        Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),  # Debian fonts-hanazono
        Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),  # CJK Extension B
        Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),  # Debian fonts-symbola: emoji
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    ]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond the BMP written as UTF-16 (a surrogate pair):
    reportlab writes them as five hex digits, so copying 𠮷 out of the PDF (or searching it) gave ₻."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


class _MappedFile:
    """A font file for reportlab's parser, whose ``read()`` gives the file memory-mapped instead of
    copied: only the tables read (character map, widths, and the glyphs a PDF embeds) are brought into
    memory, and those pages are the operating system's to drop again. A CJK font is 10–20 MB, of which
    reportlab would otherwise hold a private copy for the life of the process."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        with path.open("rb") as f:
            self._data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def read(self) -> mmap.mmap:
        return self._data


_loaded: dict[tuple[Path, int], Any] = {}  # the first font registered from each file: its face is parsed once


def _register(name: str, path: Path, index: int = 0) -> Any:
    """Register a reportlab TTFont named ``name`` for ``path``, its face parsed once per file (Linux has
    one CJK font for body and bold) and read through a memory map."""
    import copy
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

    first = _loaded.get((path, index))
    if first is None:
        font = _loaded[(path, index)] = TTFont(name, _MappedFile(path), subfontIndex=index)
    else:  # the same parsed face under another name, with its own encoding and per-document subsets
        font = copy.copy(first)
        font.fontName, font.encoding, font.state = name, TTEncoding(), WeakKeyDictionary()
    pdfmetrics.registerFont(font)
    return font


@cache
def fallback_fonts() -> tuple[tuple[str, Container[int]], ...]:
    """The fallback fonts found on this computer, registered: (reportlab name, code points it has)."""
    register_cjk_fonts()
    found = []
    for n, path in enumerate(p for p in _fallback_candidates() if p.is_file()):
        name = f"Fallback{n}"
        try:
            font = _register(name, path)
        except Exception:  # not a TrueType outline font reportlab can embed
            log.info("fallback font %s cannot be used", path)
            continue
        found.append((name, font.face.charToGlyph.keys()))
    return tuple(found)


@cache
def _cmap(font_name: str) -> Set[int]:
    """The code points ``font_name`` has (a view of the face's own map, not a copy)."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    return getattr(face, "charToGlyph", {}).keys()


def _invisible(ch: str) -> bool:
    """Joiners and variation selectors (emoji sequences): they have no glyph of their own."""
    code = ord(ch)
    return (unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


def font_for(ch: str, font_name: str) -> str | None:
    """The font that prints ``ch`` in a text set in ``font_name``: that font, a fallback, or None."""
    code = ord(ch)
    if code in _cmap(font_name) or ch in "\n\t ":
        return font_name
    for name, codes in fallback_fonts():
        if code in codes:
            return name
    return None


_WHITE = frozenset(map(ord, "\n\t "))  # set in the paragraph's own font, whether it has them or not


def runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """Plain ``text`` set in ``font_name`` as (font, text) runs: each character the font lacks in a fallback
    font that has it, or 〓 where none has (see the module doc)."""
    from dangjian_desktop.export.docx_layout import clean

    text = clean(text)
    if _cmap(font_name) >= set(map(ord, text)).difference(_WHITE):  # the usual case: the font has them all
        return [(font_name, text)] if text else []
    out: list[tuple[str, str]] = []
    run_font, run = font_name, ""
    for ch in text:
        target = font_for(ch, font_name)
        if target is None:
            if _invisible(ch):
                continue
            _missing.setdefault(ch)
            log.info("no font has U+%04X: printed as %s", ord(ch), MARKER)
            ch, target = MARKER, font_for(MARKER, font_name) or font_name
        if target != run_font:
            if run:
                out.append((run_font, run))
            run_font, run = target, ""
        run += ch
    if run:
        out.append((run_font, run))
    return out


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(parts: list[tuple[str, str]], font_name: str, *, breaks: bool = True) -> str:
    """Paragraph markup for runs of text in a paragraph set in ``font_name``."""
    joined = "".join(_escape(t) if f == font_name else f'<font face="{f}">{_escape(t)}</font>' for f, t in parts)
    return joined.replace("\n", "<br/>") if breaks else joined


def markup(text: str, font_name: str, *, breaks: bool = True) -> str:
    """Paragraph markup for plain ``text`` set in ``font_name``: XML-escaped, line breaks as <br/>
    (unless not ``breaks``), each character the font lacks in a fallback font that has it, or 〓
    where none has."""
    return render(runs(text, font_name), font_name, breaks=breaks)


_templates: dict[tuple[Any, ...], Any] = {}  # (style's font, size, colour, run font) → the fragment reportlab parses
_parsed: dict[tuple[Any, ...], Any] = {}  # (markup, style's font, size, colour) → its fragments, for repeated texts


def _fragment(style: Any, font: str) -> Any:
    key = (style.fontName, style.fontSize, style.textColor, font)
    frag = _templates.get(key)
    if frag is None:
        from reportlab.platypus import Paragraph

        frag = _templates[key] = Paragraph("x" if font == style.fontName else f'<font face="{font}">x</font>',
                                           style).frags[0]
    return frag


@cache
def _paragraph_class() -> type:
    from reportlab.platypus import Paragraph

    from dangjian_desktop.export.pdf_lines import break_lines_cjk, draw_on

    class LaidOutOnce(Paragraph):
        """A Paragraph that keeps its lines for the width it was last laid out at: reportlab asks again for
        the same width (a table measures its cells, then draws them; a group kept with the next paragraph is
        measured, then placed), and the lines depend only on the width. Its lines are broken by
        pdf_lines (the same lines as reportlab's, faster)."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            done = self.__dict__.get("_done")
            if done is not None and done[0] == availWidth:
                self.width, self.height, self.blPara = done
                return availWidth, self.height
            size = super().wrap(availWidth, availHeight)
            if availWidth >= _FUZZ:
                self._done = (availWidth, self.height, self.blPara)
            return size

        def breakLinesCJK(self, maxWidths: Any) -> Any:
            lines = break_lines_cjk(self, maxWidths)
            return super().breakLinesCJK(maxWidths) if lines is None else lines

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            if not draw_on(self, canvas, x, y, _sW):
                super().drawOn(canvas, x, y, _sW)

    return LaidOutOnce


_FUZZ = 1e-6


def _copy(frag: Any) -> Any:
    """copy.copy of a reportlab fragment (a plain attribute bag), without copy's generic protocol."""
    new = object.__new__(type(frag))
    new.__dict__.update(frag.__dict__)
    return new


def paragraph_of(text: str, parts: list[tuple[str, str]] | None, style: Any) -> Any:
    """The Paragraph reportlab makes of the markup ``text``, whose runs of plain text are ``parts`` (font,
    text), laid out once per width. Its fragments are copied from ones parsed once per style and font
    instead of running reportlab's markup parser over every paragraph; markup the parser would change
    (breaks, entities, runs of white space) or given without ``parts`` is parsed, once per text and style."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    cls = _paragraph_class()
    if (not parts or any(c in t for _f, t in parts for c in "&<>\n") or style.textTransform
            or cleanBlockQuotedText(text) != text):
        key = (text, style.fontName, style.fontSize, style.textColor)
        parsed = _parsed.get(key)
        if parsed is None:
            if len(_parsed) > 4096:
                _parsed.clear()
            parsed = _parsed[key] = cls(text, style)
        return cls(parsed.text, style, frags=[_copy(f) for f in parsed.frags])
    frags = []
    for font, t in parts:
        frag = _copy(_fragment(style, font))
        frag.text = t
        frags.append(frag)
    return cls(text, style, frags=frags)


def paragraph(text: str, style: Any, *, breaks: bool = True) -> Any:
    """A reportlab Paragraph of plain ``text`` in ``style``, every character printed (see markup)."""
    parts = runs(text, style.fontName)
    return paragraph_of(render(parts, style.fontName, breaks=breaks), parts, style)


def take_missing() -> list[str]:
    """The characters printed as 〓 since the last call (and forget them)."""
    found = list(_missing)
    _missing.clear()
    return found


def missing_message(chars: list[str]) -> str:
    """The warning for the secretary: which characters could not be printed and what to do."""
    listed = "、".join(f"{ch}（U+{ord(ch):04X}）" for ch in chars[:10]) + ("等" if len(chars) > 10 else "")
    return (f"注意：这台电脑的字体里没有 {listed} 这{'个' if len(chars) == 1 else '些'}字，PDF 中用“{MARKER}”标出了它们的位置。"
            "请安装含有这些字的字体（Windows 上如“SimSun-ExtB”宋体扩展字库）后重新生成，或打印后手写补上。")


@cache
def register_cjk_fonts() -> tuple[str, str]:
    """Register the body and bold CJK fonts once; returns their reportlab names."""
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (BODY, BOLD):
        for path, index in _candidates(name):
            if not path.is_file():
                continue
            try:
                _register(name, path, index)
            except Exception:  # not a TrueType outline font reportlab can embed: try the next
                continue
            break
        else:
            raise UserError("找不到可用的中文字体，无法生成 PDF。Windows 上请确认 C:\\Windows\\Fonts 中有"
                            "仿宋（simfang.ttf）或宋体（simsun.ttc）；Linux 上请安装 fonts-wqy-zenhei。")
    return BODY, BOLD


def prepare() -> None:
    """Everything the first printout would otherwise wait for: reportlab's layout modules, the CJK
    fonts registered and their character maps read. Safe to call from a background thread, once,
    early (the window does so a second after it opens); raises UserError without a CJK font."""
    import reportlab.platypus  # noqa: F401

    for name in register_cjk_fonts():
        _cmap(name)
