"""Archive volumes (DA/T 22-2015) as Word documents in the official layout (GB/T 9704-2012).

A volume is a cover (全宗名称, 年度, 保管期限, 题名), a 卷内目录, its items — each on a new page —
and a 备考表. Items are plain blocks of content, so any record kind can be laid out the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.export import docx_layout as dl

DIRECTORY_HEADERS = ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"]
DIRECTORY_WIDTHS = [9, 31, 9, 20, 40, 17, 9, 9, 12]  # mm on a portrait page; scaled to the text width
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
    checker: str = ""

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


def _cover(doc: dl.Doc, v: Volume) -> None:
    if v.marking:
        dl.add_text(doc, v.marking, dl.MARK)
    dl.add_blank(doc, 4)
    dl.add_title(doc, v.title)
    dl.add_blank(doc, 3)
    for label, value in (("全宗名称", v.fonds), ("年　　度", f"{v.year}年"), ("保管期限", v.retention),
                         ("件　　数", f"{len(v.items)}件")):
        dl.add_text(doc, f"{label}：{value}", dl.HEADING2, align="center")


def _blocks(doc: dl.Doc, blocks: list[Block]) -> None:
    for b in blocks:
        if b.kind == "heading":
            dl.add_text(doc, b.text, dl.HEADING1)
        elif b.kind == "subheading":
            dl.add_text(doc, b.text, dl.HEADING2)
        elif b.kind == "text":
            dl.add_lines(doc, b.text)
        elif b.kind == "fields":
            for label, value in b.fields:
                if value:
                    dl.add_field(doc, label, value)
        elif b.kind == "table":
            dl.add_table(doc, b.headers, b.rows, _fit(b.widths, doc.text_width_mm), size=10.5)


def _fit(widths: Sequence[float], total_mm: float) -> list[float]:
    """Relative column widths spread over the text width."""
    weight = sum(widths)
    return [w * total_mm / weight for w in widths]


def header_fields(fonds: str, year: int, title: str) -> dict[str, str]:
    """What the template's header placeholders {全宗名称}, {年度} and {题名} become."""
    return {"全宗名称": fonds, "年度": str(year), "题名": title}


def write_volume(v: Volume, path: Path, template: dl.Template | None = None) -> Path:
    doc = dl.new_document(landscape=v.landscape, template=template, fields=header_fields(v.fonds, v.year, v.title),
                          title=f"{v.fonds}{v.year}年度{v.title}")
    _cover(doc, v)
    dl.add_page_break(doc)
    dl.add_title(doc, "卷内目录")
    dl.add_table(doc, DIRECTORY_HEADERS, directory_rows(v.items), _fit(DIRECTORY_WIDTHS, doc.text_width_mm), size=9)
    for item in v.items:
        dl.add_page_break(doc)
        dl.add_title(doc, item.title, outline=True)
        _blocks(doc, item.blocks)
    dl.add_page_break(doc)
    dl.add_title(doc, "备考表")
    dl.add_text(doc, "情况说明：", dl.HEADING1)
    dl.add_text(doc, "　　" + (v.explanation or f"本卷共{len(v.items)}件，由支部台账软件按记录原样导出。"))
    dl.add_blank(doc, 2)
    for label, value in (("整理人", v.compiler), ("整理日期", v.compiled_on), ("检查人", v.checker), ("检查日期", "")):
        dl.add_text(doc, f"{label}：{value or '　' * 8}", align="right")
    return dl.save(doc, path)


def write_directory(fonds: str, year: int, volumes: list[Volume], path: Path, note: str,
                    template: dl.Template | None = None) -> Path:
    """00_归档文件目录: every item of every volume (landscape)."""
    doc = dl.new_document(landscape=True, template=template,
                          fields=header_fields(fonds, year, "归档文件目录"),
                          title=f"{fonds}{year}年度归档文件目录")
    dl.add_title(doc, "归档文件目录")
    dl.add_text(doc, f"全宗名称：{fonds}　　年度：{year}年", align="center")
    rows: list[list[str]] = []
    for v in volumes:
        for it in v.items:
            rows.append([str(len(rows) + 1), it.archive_no, it.doc_no, it.responsible, it.title, it.date,
                         it.secrecy, pages_text(it), it.note or v.title])
    dl.add_table(doc, DIRECTORY_HEADERS, rows, _fit(DIRECTORY_WIDTHS, doc.text_width_mm), size=10.5)
    dl.add_text(doc, note, dl.NOTE)
    return dl.save(doc, path)
