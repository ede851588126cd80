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
from dataclasses import dataclass, field
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
def _rpr(east_asian: str, latin: str, size: float, bold: bool) -> str:
    half_points = round(size * 2)
    return (f"<w:rPr><w:rFonts w:ascii={quoteattr(latin)} w:hAnsi={quoteattr(latin)} "
            f"w:eastAsia={quoteattr(east_asian)} w:cs={quoteattr(latin)}/>" + ("<w:b/><w:bCs/>" if bold else "")
            + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')


def _text_xml(text: str) -> str:
    """Runs' content: line breaks and tabs as Word elements."""
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


def run_xml(text: str, spec: StyleSpec, *, size: float | None = None, bold: bool | None = None) -> str:
    rpr = _rpr(spec.east_asian, spec.latin, spec.size if size is None else size, spec.bold if bold is None else bold)
    return f"<w:r>{rpr}{_text_xml(clean(text))}</w:r>"


def paragraph_xml(style: StyleSpec, runs: str, *, align: str | None = None, outline: bool = False) -> str:
    ppr = f'<w:pStyle w:val="{style.style_id}"/>' if style.style_id != "Normal" else ""
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if outline:
        ppr += '<w:outlineLvl w:val="0"/>'
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


@dataclass
class Doc:
    """A document being written: the python-docx document (page set-up, headers and footers), the template
    it follows, and the body's WordprocessingML not yet parsed."""

    docx: Any
    template: Template
    landscape: bool
    parts: list[str] = field(default_factory=list)

    def style(self, role: str) -> StyleSpec:
        return self.template.style(role)

    @property
    def text_width_mm(self) -> float:
        return self.template.text_width_mm(self.landscape)


def new_document(*, landscape: bool = False, template: Template | None = None,
                 fields: dict[str, str] | None = None, title: str = "") -> Doc:
    """A document on ``template`` (the built-in one by default), its body emptied, the page set up and
    the template's header filled in with ``fields`` ({全宗名称}, {年度}, {题名})."""
    from docx import Document

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
    props = doc.core_properties
    props.title, props.author, props.comments, props.subject, props.keywords = title, "支部台账", "", "", ""
    d = Doc(doc, template, landscape)
    _setup_section(d, doc.sections[-1])
    _fill_headers(doc.sections[-1], fields or {})
    return d


def _setup_section(d: Doc, section: Any) -> None:
    """The template's paper and margins; a landscape page is the portrait one turned, binding margin on top."""
    from docx.enum.section import WD_ORIENT
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


def _page_number_xml(spec: StyleSpec, align: str) -> str:
    """"— 7 —" with a PAGE field."""
    rpr = _rpr(spec.east_asian, spec.latin, spec.size, spec.bold)
    field_runs = (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
                  f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                  f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
                  f"<w:r>{rpr}<w:t>1</w:t></w:r>"
                  f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    runs = run_xml("— ", spec) + field_runs + run_xml(" —", spec)
    return paragraph_xml(spec, runs, align=align)


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
    d.parts.append(paragraph_xml(spec, run_xml(text, spec), outline=outline))


def add_text(d: Doc, text: str, role: str = BODY, *, size: float | None = None, align: str | None = None,
             bold: bool | None = None) -> None:
    spec = d.style(role)
    d.parts.append(paragraph_xml(spec, run_xml(text, spec, size=size, bold=bold), align=align))


def add_lines(d: Doc, text: str, role: str = BODY) -> None:
    """One paragraph per line of ``text`` (an empty text gives one empty paragraph)."""
    for line in (text or "").splitlines() or [""]:
        add_text(d, line, role)


def add_field(d: Doc, label: str, value: str) -> None:
    """"标签：内容" with the label in the 字段名 style."""
    body, label_spec = d.style(BODY), d.style(LABEL)
    runs = (run_xml(f"{label}：", label_spec).replace("<w:rPr>", f'<w:rPr><w:rStyle w:val="{label_spec.style_id}"/>', 1)
            + run_xml(value, body))
    d.parts.append(paragraph_xml(body, runs))


def add_blank(d: Doc, count: int = 1) -> None:
    d.parts.extend(["<w:p/>"] * count)


def add_page_break(d: Doc) -> None:
    d.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')


def add_table(d: Doc, headers: list[str], rows: list[list[str]], widths_mm: list[float], *,
              size: float | None = None, bold_last_row: bool = False, padding_mm: float = 1.0) -> None:
    """A bordered table, header row repeated on every page, text single-spaced at ``size`` pt (the 表格文字
    style's size by default). ``widths_mm`` are scaled to the text width when they add up to more."""
    total = sum(widths_mm)
    if total > d.text_width_mm + 0.5:
        widths_mm = [w * d.text_width_mm / total for w in widths_mm]
    twips = [round(w * _TWIPS_PER_MM) for w in widths_mm]
    head, cell = d.style(TABLE_HEAD), d.style(TABLE)
    pad = round(padding_mm * _TWIPS_PER_MM)
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{t}"/>' for t in twips]
    out.append("</w:tblGrid>")
    tc_pr = [f'<w:tcPr><w:tcW w:w="{t}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>' for t in twips]
    for r, values in enumerate([headers, *rows]):
        if len(values) != len(twips):
            raise ValueError(f"row {r} has {len(values)} cells, the table {len(twips)} columns")
        is_head = r == 0
        spec = head if is_head else cell
        bold = True if (is_head or (bold_last_row and r == len(rows))) else None
        out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' if is_head else "<w:tr>")
        for c, value in enumerate(values):
            out.append(f"<w:tc>{tc_pr[c]}{paragraph_xml(spec, run_xml(value, spec, size=size, bold=bold))}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    d.parts.append("".join(out))


def _flush(d: Doc) -> None:
    """Parse the written body in one go and put it in place of the document's body (which holds only
    the section properties): one parse, no element-by-element moves."""
    from lxml import etree

    if not d.parts:
        return
    old = d.docx.element.body
    tail = "".join(etree.tostring(child, encoding="unicode") for child in old)
    body = _parse_body("".join(d.parts) + tail)
    d.parts.clear()
    old.getparent().replace(old, body)


def save(d: Doc, path: Path) -> Path:
    _flush(d)
    return write_atomic(path, lambda tmp: d.docx.save(str(tmp)))
