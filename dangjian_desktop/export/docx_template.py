"""The Word template every exported document is built on (resources/templates/档案模板.docx).

A secretary whose county wants a different layout copies the template to the data directory and edits
it in Word or WPS, without code:

- the styles 正文, 档案标题, 一级标题, 二级标题, 字段名, 表格文字, 表头文字, 说明文字, 密级标志 and 页码
  (font, size, bold) set the fonts of everything exported;
- the page set-up (paper and margins) is used for portrait pages and, turned by 90°, for landscape ones;
- the page header is copied into every document, with {全宗名称}, {年度} and {题名} filled in;
- the table 档案设置 gives the 全宗名称, 全宗号, 整理人, 检查人 and each volume's 保管期限.

Styles are looked up by their style id, so renaming a style in Word does not break it; a style the user
deleted falls back to the GB/T 9704 default. Run ``python -m dangjian_desktop.export.docx_template`` to
rebuild the shipped template from the defaults below.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dangjian_desktop.errors import UserError

TEMPLATE_NAME = "档案模板.docx"
BUILTIN_LABEL = "内置模板（GB/T 9704 公文格式）"
RETENTIONS = ("永久", "定期30年", "定期10年")
LATIN = "Times New Roman"


@dataclass(frozen=True)
class StyleSpec:
    style_id: str
    name: str
    east_asian: str
    size: float  # points
    bold: bool = False
    latin: str = LATIN
    align: str | None = None  # w:jc value: center / right / None (left/justified)
    line: float | None = 28.95  # exact line pitch in points; None = single spacing
    character: bool = False  # a character style (used inside a paragraph)


# role -> default style (DESIGN.md §4.6: GB/T 9704-2012)
BODY, TITLE, HEADING1, HEADING2, LABEL, TABLE, TABLE_HEAD, NOTE, MARK, PAGE_NUMBER = (
    "body", "title", "heading1", "heading2", "label", "table", "table_head", "note", "mark", "page_number")
DEFAULT_STYLES: dict[str, StyleSpec] = {
    BODY: StyleSpec("Normal", "Normal", "仿宋", 16),
    TITLE: StyleSpec("ArchiveTitle", "档案标题", "方正小标宋简体", 22, align="center", line=36),
    HEADING1: StyleSpec("ArchiveHeading1", "一级标题", "黑体", 16),
    HEADING2: StyleSpec("ArchiveHeading2", "二级标题", "楷体", 16),
    LABEL: StyleSpec("ArchiveLabel", "字段名", "黑体", 16, character=True),
    TABLE: StyleSpec("ArchiveTable", "表格文字", "仿宋", 10.5, align="center", line=None),
    TABLE_HEAD: StyleSpec("ArchiveTableHead", "表头文字", "黑体", 10.5, bold=True, align="center", line=None),
    NOTE: StyleSpec("ArchiveNote", "说明文字", "仿宋", 12),
    MARK: StyleSpec("ArchiveMark", "密级标志", "黑体", 14),
    PAGE_NUMBER: StyleSpec("ArchivePageNumber", "页码", "宋体", 14, line=None),
}
ROLE_HELP = {
    BODY: "记录正文（3号仿宋，固定行距28.95磅）", TITLE: "封面题名、每件记录的标题（2号小标宋）",
    HEADING1: "“一、”级标题、字段名称所在段落（黑体）", HEADING2: "“（一）”级标题、议题（楷体）",
    LABEL: "“时间：”“地点：”等字段名称（黑体）", TABLE: "表格中的文字（字号由表格决定）",
    TABLE_HEAD: "表格第一行（黑体加粗）", NOTE: "表格下方的说明", MARK: "“内部资料”标志", PAGE_NUMBER: "页脚页码“— 1 —”（4号宋体）",
}
# Older Windows installations name the fonts *_GB2312; Word falls back to altName when a font is missing.
ALT_FONTS = {"方正小标宋简体": "宋体", "仿宋": "仿宋_GB2312", "楷体": "楷体_GB2312"}

VOLUME_NAMES = ("党员花名册", "党费收缴登记表", "三会一课及组织生活记录", "一人一事思想政治工作记录", "学习记录",
                "年度自查报告")
DEFAULT_RETENTION = dict(zip(VOLUME_NAMES, ("永久", "定期30年", "永久", "定期10年", "定期10年", "永久"), strict=True))
# volumes the built-in settings table does not list (a row "<卷名>保管期限" added to it still applies)
DEFAULT_RETENTION["党员责任区与党员承诺"] = "定期10年"
SETTINGS_HEADER = ("项目", "内容", "说明")
SETTINGS: list[tuple[str, str, str]] = [
    ("全宗名称", "", "空着则用支部名称，例如“中共××村支部委员会”"),
    ("全宗号", "", "档案馆（室）编给本支部的全宗号，印在每件的归档章上；空着则归档章上留空，手写填入"),
    ("整理人", "", "印在每卷备考表上；空着则留空白待签"),
    ("检查人", "", "同上"),
    *[(f"{name}保管期限", DEFAULT_RETENTION[name], "永久、定期30年 或 定期10年") for name in VOLUME_NAMES],
]
# GB/T 9704: A4, top 37, bottom 35, left 28, right 26 mm
DEFAULT_PAGE_MM = (210.0, 297.0)
DEFAULT_MARGINS_MM = (37.0, 35.0, 28.0, 26.0)


@dataclass(frozen=True)
class Template:
    """What a template says, read once; ``data`` is the file every document is built from."""

    data: bytes
    source: Path | None  # None = the built-in template
    styles: dict[str, StyleSpec]
    page_mm: tuple[float, float] = DEFAULT_PAGE_MM  # portrait width, height
    margins_mm: tuple[float, float, float, float] = DEFAULT_MARGINS_MM  # portrait top, bottom, left, right
    settings: dict[str, str] = field(default_factory=dict)

    def style(self, role: str) -> StyleSpec:
        return self.styles.get(role) or DEFAULT_STYLES[role]

    def text_width_mm(self, landscape: bool) -> float:
        width, height = self.page_mm
        top, bottom, left, right = self.margins_mm
        return height - top - bottom if landscape else width - left - right

    def retention(self, volume_name: str) -> str:
        return self.settings.get(f"{volume_name}保管期限") or DEFAULT_RETENTION.get(volume_name, "永久")


def builtin_path() -> Path:
    from dangjian_desktop.paths import resource_path

    return resource_path("templates", TEMPLATE_NAME)


# ---------------------------------------------------------------- reading a template


def _east_asian(style: Any) -> str | None:
    from docx.oxml.ns import qn

    while style is not None:
        rpr = style.element.rPr
        fonts = rpr.rFonts if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return str(fonts.get(qn("w:eastAsia")))
        style = style.base_style
    return None


def _inherited(style: Any, attr: str) -> Any:
    while style is not None:
        value = getattr(style.font, attr)
        if value is not None:
            return value
        style = style.base_style
    return None


def style_by_id(doc: Any, style_id: str) -> Any:
    """The style with this id (what Word keeps when the user renames a style), or None."""
    return next((s for s in doc.styles if s.style_id == style_id), None)


def _read_style(doc: Any, spec: StyleSpec) -> StyleSpec:
    style = style_by_id(doc, spec.style_id)
    if style is None:
        return spec
    size = _inherited(style, "size")
    bold = _inherited(style, "bold")
    latin = _inherited(style, "name")
    return replace(spec, east_asian=_east_asian(style) or spec.east_asian, size=size.pt if size else spec.size,
                   bold=spec.bold if bold is None else bool(bold), latin=latin or spec.latin)


def _read_settings(doc: Any, where: str) -> dict[str, str]:
    for table in doc.tables:
        rows = table.rows
        if not rows or len(rows[0].cells) < 2 or rows[0].cells[0].text.strip() != SETTINGS_HEADER[0]:
            continue
        settings: dict[str, str] = {}
        for row in list(rows)[1:]:
            cells = row.cells
            key, value = cells[0].text.strip(), cells[1].text.strip()
            if key.endswith("保管期限") and value and value not in RETENTIONS:
                raise UserError(f"{where}的“档案设置”表中，“{key}”填的是“{value}”，只能填 永久、定期30年 或 定期10年。")
            if key:
                settings[key] = value
        return settings
    return {}


def _read_page(doc: Any, where: str) -> tuple[tuple[float, float], tuple[float, float, float, float]]:
    section = doc.sections[-1]
    width, height = section.page_width, section.page_height
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    if width is None or height is None or any(m is None for m in margins):
        return DEFAULT_PAGE_MM, DEFAULT_MARGINS_MM
    w, h = width.mm, height.mm
    top, bottom, left, right = (m.mm for m in margins)
    if w > h:  # a landscape template: turn it back (the binding edge is the left one in portrait)
        w, h = h, w
        top, bottom, left, right = right, left, top, bottom
    if min(top, bottom, left, right) < 0 or w - left - right < 80 or h - top - bottom < 120:
        raise UserError(f"{where}的页边距太大，正文区域不足 80 × 120 毫米。请在“布局 → 页边距”中改小后保存。")
    return (round(w, 1), round(h, 1)), (round(top, 1), round(bottom, 1), round(left, 1), round(right, 1))


def load_template(path: Path | None = None) -> Template:
    """Read the template at ``path`` (the built-in one when None). Raises UserError with a message for
    the secretary when the file is not a Word document or its settings are wrong."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    source = path
    file = path or builtin_path()
    where = "内置档案模板" if path is None else f"档案模板“{file.name}”"
    try:
        data = file.read_bytes()
        doc = Document(io.BytesIO(data))
    except FileNotFoundError:
        raise UserError(f"找不到{where}：{file}") from None
    except PermissionError:
        raise UserError(f"无法读取{where}（可能正在 Word 中打开且被锁定）：{file}") from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(f"{where}无法打开：它不是 Word 2007 及以后的 .docx 文件（.doc 和 .wps 不行），或已经损坏。"
                        f"请在 Word 或 WPS 中“另存为 .docx”后再试。\n{file}") from exc
    page, margins = _read_page(doc, where)
    styles = {role: _read_style(doc, spec) for role, spec in DEFAULT_STYLES.items()}
    return Template(data, source, styles, page, margins, _read_settings(doc, where))


# ---------------------------------------------------------------- the built-in template


def ensure_style(doc: Any, spec: StyleSpec) -> Any:
    """The style for ``spec`` in ``doc``, added with the default values when it is missing."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    style = style_by_id(doc, spec.style_id)
    if style is not None:
        return style
    kind = WD_STYLE_TYPE.CHARACTER if spec.character else WD_STYLE_TYPE.PARAGRAPH
    style = doc.styles.add_style(spec.name, kind)
    style.style_id = spec.style_id
    style.quick_style = True
    if not spec.character:
        style.base_style = doc.styles["Normal"]
        style.next_paragraph_style = doc.styles["Normal"]
    _set_style_font(style, spec)
    if not spec.character:
        pf = style.paragraph_format
        if spec.align:
            pf.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[spec.align]
        if spec.line is None:
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        else:
            pf.line_spacing = Pt(spec.line)
    return style


def _set_style_font(style: Any, spec: StyleSpec) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = spec.latin
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the named one
    fonts.set(qn("w:eastAsia"), spec.east_asian)
    style.font.size = Pt(spec.size)
    style.font.bold = spec.bold


def _chinese_defaults(doc: Any) -> None:
    """Document defaults without theme fonts, Chinese as the East Asian language, and altName fallbacks."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from lxml import etree

    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), LATIN)
    fonts.set(qn("w:hAnsi"), LATIN)
    fonts.set(qn("w:eastAsia"), DEFAULT_STYLES[BODY].east_asian)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:eastAsia"), "zh-CN")
    font_table = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    root = etree.fromstring(font_table.blob)
    for name, alt in ALT_FONTS.items():
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        for tag, value in (("w:altName", alt), ("w:charset", "86"), ("w:family", "auto"), ("w:pitch", "variable")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            font.append(child)
        root.append(font)
    font_table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build_default_template(path: Path) -> Path:
    """Write the built-in template: styles, A4 page with the official margins, the instructions and the
    档案设置 table. The body is never exported; only styles, page set-up, header and settings are used."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    from dangjian_desktop.export.atomic import write_atomic

    doc = Document()
    _chinese_defaults(doc)
    _set_style_font(doc.styles["Normal"], DEFAULT_STYLES[BODY])
    normal_pf = doc.styles["Normal"].paragraph_format
    normal_pf.line_spacing = Pt(DEFAULT_STYLES[BODY].line or 28.95)
    normal_pf.space_before = normal_pf.space_after = Pt(0)
    for spec in DEFAULT_STYLES.values():
        ensure_style(doc, spec)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(DEFAULT_PAGE_MM[0]), Mm(DEFAULT_PAGE_MM[1])
    top, bottom, left, right = DEFAULT_MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance, section.footer_distance = Mm(15), Mm(26)
    doc.core_properties.title = "支部台账档案模板"
    doc.core_properties.author = "支部台账"

    def para(text: str, role: str = BODY) -> None:
        p = doc.add_paragraph(text)
        if role != BODY:
            p.style = doc.styles[DEFAULT_STYLES[role].name]

    para("支部台账档案模板", TITLE)
    para("本文件决定导出的年度档案（各卷、归档文件目录和年度自查报告）的格式。用 Word 或 WPS 修改后保存，"
         "再导出即按新格式生成。起作用的是样式、页面设置、页眉和“档案设置”表里填写的内容；这些说明文字不会出现在档案中。")
    para("一、字体和字号", HEADING1)
    para("在“开始 → 样式”中右键下列样式，选“修改”，设置中文字体、字号、加粗：")
    for role, help_text in ROLE_HELP.items():
        name = "正文" if role == BODY else DEFAULT_STYLES[role].name
        para(f"　　{name}：{help_text}")
    para("二、纸张和页边距", HEADING1)
    para("在“布局 → 页边距”中设置（默认上37、下35、左28、右26毫米）。横向的表格页按同样的页边距转90度使用。")
    para("三、页眉", HEADING1)
    para("双击页面顶端可加页眉，例如“{全宗名称}党建档案”。可用 {全宗名称}、{年度}、{题名}，导出时换成实际内容。默认没有页眉。")
    para("四、档案设置", HEADING1)
    para("在下表“内容”一栏填写；不要改动“项目”一栏。")
    table = doc.add_table(rows=1 + len(SETTINGS), cols=3)
    table.style = doc.styles["Table Grid"]
    for row, values in zip(table.rows, [SETTINGS_HEADER, *SETTINGS], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].text = value
            cell.paragraphs[0].style = doc.styles[DEFAULT_STYLES[TABLE].name]
    for col, width in zip(table.columns, (60, 40, 56), strict=True):
        for cell in col.cells:
            cell.width = Mm(width)
    return write_atomic(path, lambda tmp: doc.save(str(tmp)))


def main(argv: list[str] | None = None) -> int:
    """Rebuild the shipped template: ``python -m dangjian_desktop.export.docx_template [PATH]``."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else builtin_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    build_default_template(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
