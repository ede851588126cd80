"""Word documents in the official layout (GB/T 9704-2012), built on the archive template
(export/docx_template.py): A4, margins 37/35/28/26 mm, 3号仿宋 body with a fixed 28.95 pt line pitch,
2号小标宋 titles, page numbers "— N —" in 4号宋体 (odd pages right, even pages left).

Every paragraph carries its template style (so Word's style pane names it) and every run carries the
style's fonts explicitly, with the East Asian font on w:rFonts/@w:eastAsia: python-docx's font.name
sets only the Latin fonts, and viewers differ in how they inherit theme fonts.

Paragraphs and tables are written as WordprocessingML text and parsed in one go when the document is
saved: python-docx's element-by-element API keeps the schema order by scanning siblings on every
insertion, which made a year's archive take seconds per volume.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from dangjian_desktop.export import docx_template as dt
from dangjian_desktop.export.atomic import write_atomic
from dangjian_desktop.export.docx_template import (  # noqa: F401  (the roles, for callers)
    BODY,
    HEADING1,
    HEADING2,
    LABEL,
    MARK,
    NOTE,
    PAGE_NUMBER,
    TABLE,
    TABLE_HEAD,
    TITLE,
    StyleSpec,
    Template,
)

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TWIPS_PER_MM = 56.6929


def clean(text: object) -> str:
    """Text XML can hold: control characters and lone surrogates are dropped."""
    return _XML_INVALID.sub("", "" if text is None else str(text))


@lru_cache(maxsize=1)
def builtin_template() -> Template:
    return dt.load_template(None)


@lru_cache(maxsize=256)
def _rpr(east_asian: str, latin: str, size: float, bold: bool, condense: int = 0) -> str:
    half_points = round(size * 2)
    return (f"<w:rPr><w:rFonts w:ascii={quoteattr(latin)} w:hAnsi={quoteattr(latin)} "
            f"w:eastAsia={quoteattr(east_asian)} w:cs={quoteattr(latin)}/>" + ("<w:b/><w:bCs/>" if bold else "")
            + (f'<w:spacing w:val="{condense}"/>' if condense else "")
            + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')


def _text_xml(text: str) -> str:
    """Runs' content: line breaks and tabs as Word elements."""
    if "\n" not in text and "\r" not in text and "\t" not in text:  # most texts: one piece
        return f'<w:t xml:space="preserve">{escape(text)}</w:t>' if text else ""
    out = []
    for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if n:
            out.append("<w:br/>")
        for m, part in enumerate(line.split("\t")):
            if m:
                out.append("<w:tab/>")
            if part:
                out.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return "".join(out)


# Text on the character grid is set 0.3 pt tighter than its size (w:spacing, in twentieths of a point), so
# that each character fits one grid cell: the 28-character grid makes a cell 15.79 pt wide, narrower than
# a 16 pt character, and LibreOffice gives a character wider than its cell two cells (Word squeezes it).
GRID_CONDENSE = -6


def run_xml(text: str, spec: StyleSpec, *, size: float | None = None, bold: bool | None = None,
            condense: int = 0) -> str:
    rpr = _rpr(spec.east_asian, spec.latin, spec.size if size is None else size, spec.bold if bold is None else bold,
               condense)
    return f"<w:r>{rpr}{_text_xml(clean(text))}</w:r>"


def paragraph_xml(style: StyleSpec, runs: str, *, align: str | None = None, outline: bool = False,
                  keep: bool = False, indent: float = 0, sect: str = "") -> str:
    """A paragraph in ``style``. ``keep`` holds it on one page with the next paragraph (keepNext and
    keepLines); ``indent`` is a first-line indent in characters of the style's size; ``sect`` is the section
    properties that end a section here.

    Paragraphs do not snap to the section's character grid: its 28 × 22 is kept by the body's exact line
    pitch and its slightly condensed characters (GRID_CONDENSE), which hold in Word, WPS and LibreOffice
    alike; snapping would make LibreOffice give every number and Latin word whole grid cells ("赞成　4　票")."""
    ppr = f'<w:pStyle w:val="{style.style_id}"/>' if style.style_id != "Normal" else ""
    if keep:
        ppr += "<w:keepNext/><w:keepLines/>"
    ppr += '<w:snapToGrid w:val="0"/>'
    if indent:
        ppr += f'<w:ind w:firstLineChars="{round(indent * 100)}" w:firstLine="{round(indent * style.size * 20)}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if outline:
        ppr += '<w:outlineLvl w:val="0"/>'
    ppr += sect
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


@dataclass
class Doc:
    """A document being written: the python-docx document (page set-up, headers and footers), the template
    it follows, and the body's WordprocessingML not yet parsed. ``landscape`` is the orientation of the
    section being written; a document may switch between portrait and landscape sections."""

    docx: Any
    template: Template
    landscape: bool
    parts: list[str] = field(default_factory=list)
    sections: dict[bool, str] = field(default_factory=dict)  # landscape → the sectPr that ends such a section

    def style(self, role: str) -> StyleSpec:
        return self.template.style(role)

    @property
    def text_width_mm(self) -> float:
        return self.template.text_width_mm(self.landscape)


def new_document(*, landscape: bool = False, template: Template | None = None,
                 fields: dict[str, str] | None = None, title: str = "", author: str = "支部台账",
                 created: datetime | None = None) -> Doc:
    """A document on ``template`` (the built-in one by default), its body emptied, the page set up and
    the template's header filled in with ``fields`` ({全宗名称}, {年度}, {题名}). The document properties
    name the ``title``, the ``author`` (the branch) and when it was ``created``, in Chinese (zh-CN)."""
    from docx import Document
    from lxml import etree

    template = template or builtin_template()
    doc = Document(io.BytesIO(template.data))
    body = doc.element.body
    for child in list(body):
        if child.tag != f"{{{W_NS}}}sectPr":
            body.remove(child)
    present = {s.style_id for s in doc.styles}
    for spec in template.styles.values():
        if spec.style_id not in present:
            dt.ensure_style(doc, spec)
    doc.settings.odd_and_even_pages_header_footer = True
    _default_size(doc, template.style(BODY).size)
    props = doc.core_properties
    props.title, props.author, props.comments, props.subject, props.keywords = title, author, "", "", ""
    props.last_modified_by, props.language = author, "zh-CN"
    when = (created or datetime.now()).replace(microsecond=0)
    props.created = props.modified = when
    d = Doc(doc, template, landscape)
    section = doc.sections[-1]
    _fill_headers(section, fields or {})
    for turned in (not landscape, landscape):  # the sectPr of each orientation, for section breaks
        d.landscape = turned
        _setup_section(d, section)
        d.sections[turned] = etree.tostring(section._sectPr, encoding="unicode")
    return d


def _default_size(doc: Any, size: float) -> None:
    """The document's default font size = the body's: the character grid's pitch is reckoned from it (Word
    and LibreOffice read it from different places, so both must say the same)."""
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    rpr = rpr_default.find(qn("w:rPr")) if rpr_default is not None else None
    if rpr is None:
        return
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), str(round(size * 2)))


# GB/T 9704: 22 lines of 28 characters in the text block
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28


def _setup_section(d: Doc, section: Any) -> None:
    """The template's paper and margins; a landscape page is the portrait one turned, binding margin on top.
    Portrait pages get the official character grid: 22 lines of 28 characters of the body's size."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm

    (width, height), (top, bottom, left, right) = d.template.page_mm, d.template.margins_mm
    if d.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(height), Mm(width)
        section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (
            Mm(left), Mm(right), Mm(bottom), Mm(top))
        section.footer_distance = Mm(max(8.0, right - 8))
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (
            Mm(top), Mm(bottom), Mm(left), Mm(right))
        section.footer_distance = Mm(max(8.0, bottom - 9))
    spec = d.style(PAGE_NUMBER)
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        element = footer._element
        for child in list(element):
            element.remove(child)
        element.append(_parse_one(_page_number_xml(spec, align)))
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = sect.makeelement(qn("w:docGrid"), {})
        sect.append(grid)
    for name in list(grid.attrib):
        del grid.attrib[name]
    text_height_pt = (width - left - right if d.landscape else height - top - bottom) * _PT_PER_MM
    grid.set(qn("w:linePitch"), str(round(text_height_pt / LINES_PER_PAGE * 20)))
    if d.landscape:
        grid.set(qn("w:type"), "lines")
    else:
        grid.set(qn("w:type"), "linesAndChars")
        grid.set(qn("w:charSpace"), str(char_space(d.template)))


_PT_PER_MM = 72 / 25.4


def char_space(template: Template) -> int:
    """w:docGrid/@w:charSpace: how much narrower (in 1/4096 pt) than the body's font size each grid
    character is, so that a portrait line holds exactly 28 of them (GB/T 9704: 156 mm hold 28 characters
    of 16 pt, each 15.79 pt)."""
    import math

    pitch = template.text_width_mm(False) * _PT_PER_MM / CHARS_PER_LINE
    return math.floor((pitch - template.style(BODY).size) * 4096)


PAGE_NUMBER_INDENT_CHARS = 1  # GB/T 9704: 单页码居右空一字，双页码居左空一字


def _page_number_xml(spec: StyleSpec, align: str) -> str:
    """"— 7 —" with a PAGE field, one character in from the edge of the text block."""
    rpr = _rpr(spec.east_asian, spec.latin, spec.size, spec.bold)
    field_runs = (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
                  f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                  f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
                  f"<w:r>{rpr}<w:t>1</w:t></w:r>"
                  f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    runs = run_xml("— ", spec) + field_runs + run_xml(" —", spec)
    side = "right" if align == "right" else "left"
    indent = round(PAGE_NUMBER_INDENT_CHARS * spec.size * 20)
    ppr = f'<w:pPr><w:pStyle w:val="{spec.style_id}"/><w:snapToGrid w:val="0"/><w:ind w:{side}="{indent}"/>' \
          f'<w:jc w:val="{align}"/></w:pPr>'
    return f"<w:p>{ppr}{runs}</w:p>"


def _fill_headers(section: Any, fields: dict[str, str]) -> None:
    """Placeholders in the template's header replaced; with odd/even pages on, the even pages get the
    same header as the odd ones unless the template gives them their own."""
    import copy

    if section.header.is_linked_to_previous:
        return
    odd = section.header._element
    if not "".join(odd.itertext()).strip():
        return
    if section.even_page_header.is_linked_to_previous:
        section.even_page_header.is_linked_to_previous = False
        even = section.even_page_header._element
        for child in list(even):
            even.remove(child)
        for child in odd:
            even.append(copy.deepcopy(child))
    headers = [odd, section.even_page_header._element]
    if section.different_first_page_header_footer and not section.first_page_header.is_linked_to_previous:
        headers.append(section.first_page_header._element)
    for header in headers:
        for p in header.iter(f"{{{W_NS}}}p"):
            fill_placeholders(p, fields)


def fill_placeholders(paragraph: Any, fields: dict[str, str]) -> None:
    """Replace {名称} in a paragraph even when Word split it over several runs."""
    texts = list(paragraph.iter(f"{{{W_NS}}}t"))
    for key, value in fields.items():
        token = "{" + key + "}"
        while True:
            joined = "".join(t.text or "" for t in texts)
            pos = joined.find(token)
            if pos < 0:
                break
            starts, offset = [], 0
            for t in texts:
                starts.append(offset)
                offset += len(t.text or "")
            first = max(i for i, s in enumerate(starts) if s <= pos and len(texts[i].text or "") > pos - s)
            end = pos + len(token)
            last = max(i for i, s in enumerate(starts) if s < end)
            head = (texts[first].text or "")[: pos - starts[first]]
            tail = (texts[last].text or "")[end - starts[last]:]
            for i in range(first + 1, last + 1):
                texts[i].text = ""
            texts[first].text = head + clean(value) + (tail if last == first else "")
            if last != first:
                texts[last].text = tail
            texts[first].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _parse_body(xml: str) -> Any:
    """WordprocessingML block content parsed inside a <w:body> that declares the namespace."""
    from docx.oxml import parse_xml

    return parse_xml(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')


def _parse_one(xml: str) -> Any:
    return _parse_body(xml)[0]


def add_title(d: Doc, text: str, *, outline: bool = False) -> None:
    """A title in the template's 档案标题 style; ``outline`` makes it an outline entry (Word's navigation
    pane, and a bookmark in a PDF made from the document, which is how an item's pages are counted)."""
    spec = d.style(TITLE)
    d.parts.append(paragraph_xml(spec, run_xml(text, spec), outline=outline, keep=True))


# roles whose paragraphs are body text: indented two characters (GB/T 9704)
_INDENTED = (BODY, HEADING1, HEADING2)


def add_text(d: Doc, text: str, role: str = BODY, *, size: float | None = None, align: str | None = None,
             bold: bool | None = None, keep: bool = False, indent: bool | None = None) -> None:
    """A paragraph. Body text that is neither centred nor right-aligned starts two characters in, unless
    ``indent`` says otherwise; ``keep`` holds it on one page with the next paragraph."""
    spec = d.style(role)
    if indent is None:
        indent = role in _INDENTED and align is None and size is None
    grid = (size or spec.size) == d.style(BODY).size
    d.parts.append(paragraph_xml(spec, run_xml(text, spec, size=size, bold=bold, condense=GRID_CONDENSE if grid else 0),
                                 align=align, keep=keep, indent=2 if indent else 0))


def add_lines(d: Doc, text: str, role: str = BODY, *, keep: bool = False) -> None:
    """One paragraph per line of ``text`` (an empty text gives one empty paragraph)."""
    for line in (text or "").splitlines() or [""]:
        add_text(d, line, role, keep=keep)


def add_field(d: Doc, label: str, value: str, *, keep: bool = False) -> None:
    """"标签：内容" with the label in the 字段名 style, indented like body text; each further line of the
    value is a paragraph of its own, indented the same (a speech per line). ``keep`` holds the last two
    lines with what follows."""
    body, label_spec = d.style(BODY), d.style(LABEL)
    lines = clean(value).replace("\r\n", "\n").split("\n")
    for n, line in enumerate(lines):
        runs = run_xml(line, body, condense=GRID_CONDENSE)
        if n == 0:
            runs = run_xml(f"{label}：", label_spec, condense=GRID_CONDENSE).replace(
                "<w:rPr>", f'<w:rPr><w:rStyle w:val="{label_spec.style_id}"/>', 1) + runs
        d.parts.append(paragraph_xml(body, runs, keep=keep and n >= len(lines) - 2, indent=2))


def add_blank(d: Doc, count: int = 1) -> None:
    d.parts.extend(["<w:p/>"] * count)


def add_page_break(d: Doc) -> None:
    """A new page: a hairline paragraph that starts one (pageBreakBefore), so that content ending exactly
    at the foot of a page does not leave an empty page behind, as a page-break character would."""
    d.parts.append('<w:p><w:pPr><w:pageBreakBefore/><w:snapToGrid w:val="0"/>'
                   '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>'
                   '<w:r><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:r></w:p>')


def new_page(d: Doc, *, landscape: bool | None = None) -> None:
    """Start a new page; a new section (which starts on a new page) when the orientation changes."""
    if landscape is None or landscape == d.landscape:
        add_page_break(d)
        return
    d.parts.append(paragraph_xml(d.style(BODY), "", sect=d.sections[d.landscape]))
    d.landscape = landscape


# ---------------------------------------------------------------- tables sized to their content

TABLE_SIZES = (10.5, 9.0)  # 五号; 小五 only when a table cannot fit in 五号 even on a landscape page
_ASCII_EM = {".": 0.28, ",": 0.28, ":": 0.28, ";": 0.28, "-": 0.34, "/": 0.28, "%": 0.84, " ": 0.25, "(": 0.34,
             ")": 0.34, "'": 0.18, '"': 0.41, "+": 0.57, "m": 0.78, "w": 0.72, "M": 0.9, "W": 0.95}
_CELL_SLACK_PT = 2.0  # what viewers' rounding may add to a measured line
_BOLD = 1.08  # header text is bold: a little wider


@dataclass(frozen=True)
class Span:
    """A cell spanning ``cols`` grid columns (a quarter's item over its three months)."""

    text: str
    cols: int


Cell = str | Span


_LINE_MIN = 4  # a column with running Chinese text holds at least this many characters a line
_SPACES = re.compile("[ \t\n\u3000]+")  # where a line may break (not at a no-break space)
_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\S)|(?<=\S) (?=\d)")


def glue_numbers(text: str) -> str:
    """A number held to its neighbours with no-break spaces (“召开 1 次” never breaks at its spaces)."""
    return _NUMBER_SPACE.sub("\u00a0", text)


def char_em(c: str) -> float:
    """Width of one character in ems: Chinese characters and full-width forms 1, digits ½, Latin letters
    about ½ (Times New Roman; capitals wider)."""
    if c == "\u00a0":
        return 0.25
    if ord(c) >= 128:
        return 1.0
    if c in _ASCII_EM:
        return _ASCII_EM[c]
    return 0.72 if c.isupper() else 0.5


_EMS: dict[str, float] = {}  # char_em of each character met so far


def text_em(text: str) -> float:
    total = 0.0
    ems = _EMS
    for c in text:
        width = ems.get(c)
        if width is None:
            width = ems[c] = char_em(c)
        total += width
    return total


def _balanced(header: str, width_pt: float, size: float, pad_pt: float) -> str:
    """A Chinese header too long for its column broken into equal parts (“缴费/类别”, not “缴费类/别”)."""
    if "\n" in header or text_em(header) * size * _BOLD + pad_pt <= width_pt or not all(ord(c) >= 128 for c in header):
        return header
    per_line = max(1, int((width_pt - pad_pt) / (size * _BOLD)))
    lines = -(-len(header) // per_line)
    step = -(-len(header) // lines)
    return "\n".join(header[i:i + step] for i in range(0, len(header), step))


def tokens_em(text: str, *, header: bool = False, em: Callable[[str], float] = text_em) -> list[float]:
    """Widths (ems) of the pieces of ``text`` that must not be broken: a number, date, code or Latin word
    whole, with the Chinese character right after it (“10月”, “5人”); a short Chinese word on its own
    whole (a name, “未核定”, “入党积极分子”: up to 6 characters); a longer run of Chinese characters may
    wrap, but not to fewer than 4 characters a line (in a header, whose longer words wrap in halves: half its length)."""
    out: list[float] = [0.0]
    limit = 2 if header else 6
    for word in _SPACES.split(text):
        if not word:
            continue
        if (all(ord(c) >= 128 for c in word) and len(word) <= limit) or (not header and em(word) <= 4):
            out.append(em(word))
            continue
        runs: list[str] = []
        for c in word:
            if runs and (ord(c) >= 128) == (ord(runs[-1][-1]) >= 128):
                runs[-1] += c
            else:
                runs.append(c)
        for n, run in enumerate(runs):
            if ord(run[0]) < 128:
                unit = runs[n + 1][0] if n + 1 < len(runs) else ""
                out.append(em(run + unit))
            elif header:
                out.append(float((len(run) + 1) // 2))
            else:
                out.append(float(min(len(run), _LINE_MIN)))
    return out


def _cells(row: Sequence[Cell]) -> list[tuple[int, int, str]]:
    """(first column, columns spanned, text) of each cell of a row."""
    out, col = [], 0
    for value in row:
        if value.__class__ is str:
            out.append((col, 1, value))
            col += 1
            continue
        span = value.cols if isinstance(value, Span) else 1
        out.append((col, span, value.text if isinstance(value, Span) else value))
        col += span
    return out


@lru_cache(maxsize=1 << 16)
def _cell_ems(raw: str, header: bool, em: Callable[[str], float]) -> tuple[float, float]:
    """A cell's widest unbreakable piece and longest line, in ems (a table's cells repeat: dates, names,
    numbers; and a table is measured at more than one size)."""
    text = glue_numbers(raw)
    return max(tokens_em(text, header=header, em=em)), max((em(line) for line in text.split("\n")), default=0.0)


_ColumnEms = tuple[dict[bool, dict[int, tuple[float, float]]], list[tuple[int, int, bool, float, float]]]
_measured: list[tuple[Sequence[str], Sequence[Sequence[Cell]], Callable[[str], float], int, _ColumnEms]] = []


def _column_ems(headers: Sequence[str], rows: Sequence[Sequence[Cell]], em: Callable[[str], float]) -> _ColumnEms:
    """Per column, the widest piece and longest line (ems) of its header and of its body cells ({header?: {column:
    (widest, longest)}}), and the spanning cells (column, span, header?, widest, longest) in table order. The last
    few tables are remembered (a volume measures a table for portrait, then for the page it goes on), until the
    document is saved."""
    for known_headers, known_rows, known_em, count, found in _measured:
        if known_headers is headers and known_rows is rows and known_em is em and count == len(rows):
            return found
    single: dict[bool, dict[int, tuple[float, float]]] = {True: {}, False: {}}
    multi: list[tuple[int, int, bool, float, float]] = []
    table: list[Sequence[Cell]] = [list(headers), *rows]
    for r, row in enumerate(table):
        head = r == 0
        columns = single[head]
        for col, span, raw in _cells(row):
            widest, longest = _cell_ems(raw, head, em)
            if span == 1:
                known = columns.get(col)
                columns[col] = (widest, longest) if known is None else (max(known[0], widest), max(known[1], longest))
            else:
                multi.append((col, span, head, widest, longest))
    found = (single, multi)
    _measured.insert(0, (headers, rows, em, len(rows), found))
    del _measured[4:]
    return found


def _measure(headers: Sequence[str], rows: Sequence[Sequence[Cell]], size: float,
             padding_mm: float, em: Callable[[str], float] = text_em) -> tuple[list[float], list[float]]:
    """Each column's least width (its widest unbreakable piece) and natural width (its longest line), in pt;
    ``em`` measures a text in ems (a PDF measures with the font it embeds)."""
    n = len(headers)
    pad_pt = 2 * padding_mm * _PT_PER_MM + _CELL_SLACK_PT
    least, natural = [pad_pt + size] * n, [pad_pt + size] * n
    # each column's widest piece and longest line in ems, over the header and over the body (the largest in ems
    # is the largest at any size), and the cells spanning columns in table order: measured once per table
    single, multi = _column_ems(headers, rows, em)
    for head, scale in ((True, size * _BOLD), (False, size * 1.0)):
        for col, (widest, longest) in single[head].items():
            least[col] = max(least[col], widest * scale + pad_pt)
            natural[col] = max(natural[col], longest * scale + pad_pt)
    spanned: list[tuple[int, int, float, float]] = []
    for col, span, head, widest, longest in multi:
        scale = size * (_BOLD if head else 1.0)
        spanned.append((col, span, widest * scale + pad_pt, longest * scale + pad_pt))
    for col, span, need, full in spanned:
        for widths, want in ((least, need), (natural, full)):
            have = sum(widths[col:col + span])
            if want > have:
                for c in range(col, col + span):
                    widths[c] += (want - have) / span
    return least, [max(a, b) for a, b in zip(least, natural, strict=True)]


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]], width_mm: float, size: float,
                  padding_mm: float, grow: Sequence[float] | None = None,
                  em: Callable[[str], float] = text_em) -> list[float] | None:
    """Column widths (mm) that keep every unbreakable piece of every cell on one line at ``size`` pt and
    fill ``width_mm``; None when that much does not fit. Columns get their widest piece first, and what is
    left goes to the columns whose text is longer than that, in proportion to how much longer (weighted by
    ``grow``: the column a reader reads most, such as a 题名, may take more)."""
    least, natural = _measure(headers, rows, size, padding_mm, em)
    total = width_mm * _PT_PER_MM
    if sum(least) > total + 0.01:
        return None
    if sum(natural) <= total:
        widths = [w * total / sum(natural) for w in natural]
    else:
        room = [(b - a) * g for a, b, g in zip(least, natural, grow or [1.0] * len(least), strict=True)]
        spare = total - sum(least)
        widths = [a + spare * r / sum(room) for a, r in zip(least, room, strict=True)]
    return [w / _PT_PER_MM for w in widths]


def fit_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], width_mm: float, *, sizes: tuple[float, ...] = TABLE_SIZES,
              padding_mm: float = 0.4, grow: Sequence[float] | None = None,
              em: Callable[[str], float] = text_em) -> tuple[float, list[float]] | None:
    """The largest of ``sizes`` at which the table fits ``width_mm`` unbroken, with its column widths."""
    for size in sizes:
        widths = column_widths(headers, rows, width_mm, size, padding_mm, grow, em)
        if widths is not None:
            return size, widths
    return None


_SAMPLE = "\ue000"  # a character nothing changes, standing in for a cell's text


def add_table(d: Doc, headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths_mm: list[float] | None = None, *,
              size: float | None = None, bold_last_row: bool = False, padding_mm: float = 0.4,
              head_role: str = TABLE_HEAD, body_role: str = TABLE, align: str = "center",
              grow: Sequence[float] | None = None) -> float:
    """A bordered table: its header row repeated on every page, no row split across pages, text single-spaced.
    Without ``widths_mm`` the columns are sized to their content (see ``column_widths``) at ``size`` pt, or
    at the largest of TABLE_SIZES that fits. Returns the text size used."""
    if widths_mm is None:
        fitted = fit_table(headers, rows, d.text_width_mm, sizes=(size,) if size else TABLE_SIZES,
                           padding_mm=padding_mm, grow=grow)
        if fitted is None:  # too wide even in the smallest size: its widest pieces, scaled to the page
            size = size or TABLE_SIZES[-1]
            widths_mm = [w / _PT_PER_MM for w in _measure(headers, rows, size, padding_mm)[0]]
        else:
            size, widths_mm = fitted
    total = sum(widths_mm)
    if total > d.text_width_mm + 0.5 or not total:
        widths_mm = [w * d.text_width_mm / total for w in widths_mm]
    twips = [round(w * _TWIPS_PER_MM) for w in widths_mm]
    head, cell = d.style(head_role), d.style(body_role)
    pad_pt = 2 * padding_mm * _PT_PER_MM + _CELL_SLACK_PT
    headers = [_balanced(h, w * _PT_PER_MM, size or head.size, pad_pt) for h, w in zip(headers, widths_mm, strict=True)]
    pad = round(padding_mm * _TWIPS_PER_MM)
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:jc w:val="{align}"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{t}"/>' for t in twips]
    out.append("</w:tblGrid>")
    table: list[Sequence[Cell]] = [list(headers), *rows]
    wrapped: dict[tuple[int, int, bool, bool | None], tuple[str, str]] = {}
    for r, values in enumerate(table):
        cells = _cells(values)
        if sum(span for _c, span, _t in cells) != len(twips):
            raise ValueError(f"row {r} spans {sum(s for _c, s, _t in cells)} columns, the table has {len(twips)}")
        is_head = r == 0
        spec = head if is_head else cell
        bold = True if (is_head or (bold_last_row and r == len(rows))) else None
        out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if is_head
                   else "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for col, span, raw in cells:
            around = wrapped.get((col, span, is_head, bold))
            if around is None:  # the cell's XML around its text, the same for every cell of the column
                width = sum(twips[col:col + span])
                grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                sample = (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid_span}<w:vAlign w:val="center"/>'
                          f"</w:tcPr>{paragraph_xml(spec, run_xml(_SAMPLE, spec, size=size, bold=bold))}</w:tc>")
                before, found, after = sample.partition(_text_xml(_SAMPLE))
                assert found and _SAMPLE not in after
                around = wrapped[(col, span, is_head, bold)] = (before, after)
            out.append(f"{around[0]}{_text_xml(clean(glue_numbers(raw)))}{around[1]}")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    d.parts.append("".join(out))
    return size or cell.size


# ---------------------------------------------------------------- 归档章 (DA/T 22-2015)

STAMP_LABELS = (("全宗号", "年度", "件号"), ("机构（问题）", "保管期限", "页数"))
STAMP_CELL_MM = 20.0  # five characters of 9 pt (“党员责任区”, “定期30年”) on one line


def add_stamp(d: Doc, values: dict[str, str]) -> None:
    """The 归档章 in the top right of an item's first page: a small bordered table of two rows of three
    boxes, 全宗号 / 年度 / 件号 over 机构（问题） / 保管期限 / 页数, each box its name in small type over its value."""
    spec = d.style(TABLE)
    twips = round(STAMP_CELL_MM * _TWIPS_PER_MM)
    border = "".join(f'<w:{side} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{3 * twips}" w:type="dxa"/>'
           f'<w:jc w:val="right"/><w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/></w:tblCellMar>'
           f'</w:tblPr><w:tblGrid>{f"<w:gridCol w:w={quoteattr(str(twips))}/>" * 3}</w:tblGrid>']
    for labels in STAMP_LABELS:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for label in labels:
            runs = (run_xml(label, spec, size=6.5) + "<w:r><w:br/></w:r>"
                    + run_xml(values.get(label, "") or "　", spec, size=9))
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{twips}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                       f"{paragraph_xml(spec, runs, keep=True)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    d.parts.append("".join(out))


class _Written:
    """A package part as python-docx's package writer sees it, its content already serialized."""

    def __init__(self, part: Any, blob: bytes) -> None:
        self.partname, self.content_type, self.rels, self.blob = part.partname, part.content_type, part.rels, blob


def _document_xml(d: Doc) -> bytes:
    """document.xml with the written body: the document (page set-up, properties) serialized around an
    empty body, and the body's text, already WordprocessingML, put in as it is: the body is not parsed into
    a tree only to be written out again."""
    from docx.opc.oxml import serialize_part_xml

    body = d.docx.element.body
    for child in list(body):
        body.remove(child)
    head, found, tail = serialize_part_xml(d.docx.element).partition(b"<w:body/>")
    if not found:
        raise ValueError("document.xml has no empty <w:body/> to fill")
    content = ("".join(d.parts) + d.sections[d.landscape]).encode("utf-8")
    d.parts.clear()
    return b"".join((head, b"<w:body>", content, b"</w:body>", tail))


class _ZipWriter:
    """python-docx's physical package writer, with the compression chosen."""

    def __init__(self, path: Path, compression: int) -> None:
        self._zip = zipfile.ZipFile(path, "w", compression=compression)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self._zip.writestr(pack_uri.membername, blob)

    def close(self) -> None:
        self._zip.close()


def save(d: Doc, path: Path, *, compress: bool = True) -> Path:
    """Write the document; ``compress=False`` stores its parts uncompressed, for a file that is rewritten
    (compressed) once more before anyone sees it: the year archive's, when its 校验码 is printed in."""
    from docx.opc.pkgwriter import PackageWriter

    _measured.clear()
    package = d.docx.part.package
    for part in package.parts:
        part.before_marshal()
    main = d.docx.part
    parts = [_Written(part, _document_xml(d)) if part is main else part for part in package.parts]

    def write(tmp: Path) -> None:
        if compress:
            PackageWriter.write(str(tmp), package.rels, parts)
            return
        writer = _ZipWriter(tmp, zipfile.ZIP_STORED)  # what PackageWriter.write does, stored
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)  # type: ignore[arg-type]
        writer.close()

    return write_atomic(path, write)
