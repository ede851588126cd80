"""Archive volumes (DA/T 22-2015) as Word documents in the official layout (GB/T 9704-2012).

A volume is a cover (全宗名称, 年度, 保管期限, 题名), a 卷内目录, its items — each on a new page —
and a 备考表. Items are plain blocks of content, so any record kind can be laid out the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DIRECTORY_HEADERS = ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"]
DIRECTORY_WIDTHS = [8, 29, 10, 30, 60, 22, 10, 9, 18]
RETENTION_CODES = {"永久": "Y", "定期30年": "D30", "定期10年": "D10"}


@dataclass
class Block:
    kind: str  # heading / text / fields / table
    text: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)


@dataclass
class Item:
    title: str  # 题名 (also the item's heading, which is how its first page is found)
    date: str  # YYYYMMDD
    responsible: str  # 责任者
    blocks: list[Block]
    doc_no: str = ""  # 文号
    secrecy: str = ""  # 密级
    note: str = ""  # 备注
    archive_no: str = ""  # 档号, set by the volume
    pages: int | None = None  # filled in after the layout is counted


@dataclass
class Volume:
    file_name: str  # e.g. 03_三会一课及组织生活记录.docx
    title: str  # 题名 of the volume
    fonds: str  # 全宗名称 = the branch
    year: int
    retention: str  # 永久 / 定期30年 / 定期10年
    code: str  # short code used in 档号, e.g. HY
    items: list[Item]
    marking: str = ""  # 内部资料
    landscape: bool = False
    explanation: str = ""  # 备考表 情况说明
    compiler: str = ""
    compiled_on: str = ""

    def number_items(self) -> None:
        """档号 as 年度-保管期限-类别-件号 (e.g. 2026-Y-HY-001); the 全宗 is the branch on every cover."""
        retention = RETENTION_CODES.get(self.retention, self.retention)
        for i, item in enumerate(self.items, 1):
            item.archive_no = f"{self.year}-{retention}-{self.code}-{i:03d}"


def pages_text(item: Item) -> str:
    return "" if item.pages is None else str(item.pages)


def directory_rows(items: list[Item]) -> list[list[str]]:
    return [[str(i), it.archive_no, it.doc_no, it.responsible, it.title, it.date, it.secrecy, pages_text(it),
             it.note] for i, it in enumerate(items, 1)]


def _page_break(doc: Any) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _outline(paragraph: Any) -> None:
    """Mark an item's title as outline level 1: Word's navigation pane lists it, and a PDF made from the
    volume has a bookmark on the item's first page (which is how its pages are counted)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    paragraph._p.get_or_add_pPr().append(level)


def _cover(doc: Any, v: Volume) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from dangjian_desktop.export import docx_layout as dl

    if v.marking:
        dl.add_text(doc, v.marking, font=dl.FONTS.heading1, size=14)
    for _ in range(4):
        doc.add_paragraph()
    dl.add_title(doc, v.title)
    for _ in range(3):
        doc.add_paragraph()
    for label, value in (("全宗名称", v.fonds), ("年　　度", f"{v.year}年"), ("保管期限", v.retention),
                         ("件　　数", f"{len(v.items)}件")):
        dl.add_text(doc, f"{label}：{value}", font=dl.FONTS.heading2, align=WD_ALIGN_PARAGRAPH.CENTER)


def _blocks(doc: Any, blocks: list[Block]) -> None:
    from dangjian_desktop.export import docx_layout as dl

    for b in blocks:
        if b.kind == "heading":
            dl.add_text(doc, b.text, font=dl.FONTS.heading1)
        elif b.kind == "subheading":
            dl.add_text(doc, b.text, font=dl.FONTS.heading2)
        elif b.kind == "text":
            for line in (b.text or "").splitlines() or [""]:
                dl.add_text(doc, line)
        elif b.kind == "fields":
            for label, value in b.fields:
                if value:
                    p = doc.add_paragraph()
                    dl.set_font(p.add_run(dl.clean(f"{label}：")), dl.FONTS.heading1, 16)
                    dl.set_font(p.add_run(dl.clean(value)), dl.FONTS.body, 16)
        elif b.kind == "table":
            dl.add_table(doc, b.headers, b.rows, b.widths, size=10.5)


def write_volume(v: Volume, path: Path) -> Path:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from dangjian_desktop.export import docx_layout as dl

    doc = dl.new_document(landscape=v.landscape)
    text_mm = 225 if v.landscape else 156
    _cover(doc, v)
    _page_break(doc)
    dl.add_title(doc, "卷内目录")
    weight = sum(DIRECTORY_WIDTHS)
    dl.add_table(doc, DIRECTORY_HEADERS, directory_rows(v.items), [w * text_mm / weight for w in DIRECTORY_WIDTHS],
                 size=9)
    for item in v.items:
        _page_break(doc)
        _outline(dl.add_title(doc, item.title))
        _blocks(doc, item.blocks)
    _page_break(doc)
    dl.add_title(doc, "备考表")
    dl.add_text(doc, "情况说明：", font=dl.FONTS.heading1)
    dl.add_text(doc, "　　" + (v.explanation or f"本卷共{len(v.items)}件，由支部台账软件按记录原样导出。"))
    for _ in range(2):
        doc.add_paragraph()
    for label, value in (("整理人", v.compiler), ("整理日期", v.compiled_on), ("检查人", ""), ("检查日期", "")):
        dl.add_text(doc, f"{label}：{value or '　' * 8}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return dl.save(doc, path)


def write_directory(fonds: str, year: int, volumes: list[Volume], path: Path, note: str) -> Path:
    """00_归档文件目录: every item of every volume (landscape)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from dangjian_desktop.export import docx_layout as dl

    doc = dl.new_document(landscape=True)
    dl.add_title(doc, "归档文件目录")
    dl.add_text(doc, f"全宗名称：{fonds}　　年度：{year}年", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    rows: list[list[str]] = []
    for v in volumes:
        for it in v.items:
            rows.append([str(len(rows) + 1), it.archive_no, it.doc_no, it.responsible, it.title, it.date,
                         it.secrecy, pages_text(it), it.note or v.title])
    weight = sum(DIRECTORY_WIDTHS)
    dl.add_table(doc, DIRECTORY_HEADERS, rows, [w * 225 / weight for w in DIRECTORY_WIDTHS], size=10.5)
    dl.add_text(doc, note, size=12)
    return dl.save(doc, path)
