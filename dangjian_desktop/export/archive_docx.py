"""Archive volumes (DA/T 22-2015) as Word documents in the official layout (GB/T 9704-2012).

A volume is a cover (全宗名称, 年度, 保管期限, 题名), a 卷内目录, its items — each on a new page —
and a 备考表. Items are plain blocks of content, so any record kind can be laid out the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dangjian_desktop.export import docx_layout as dl
from dangjian_desktop.export.manifest import FINGERPRINT_LABEL, PLACEHOLDER

FINGERPRINT_NOTE = "（与各卷备考表和校验清单上的相同）"

DIRECTORY_HEADERS = ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"]
DIRECTORY_GROW = [1, 1, 1, 0.4, 3, 1, 1, 1, 1]  # spare width goes mostly to 题名, little to 责任者
RETENTION_CODES = {"永久": "Y", "定期30年": "D30", "定期10年": "D10"}


@dataclass
class Block:
    kind: str  # heading / subheading / text / caption / note / fields / table / signature (kept with what it signs)
    #          / title / center / subtitle / right / page (text: landscape or portrait) / stamp (fields: the 归档章's values)
    #          / fingerprint (text: the 档案校验码, or its placeholder until it is known)
    text: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: Sequence[Sequence[dl.Cell]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    grow: list[float] = field(default_factory=list)  # a table's share of spare width per column


@dataclass
class Item:
    title: str  # 题名 (also the item's heading, which is how its first page is found)
    date: str  # YYYYMMDD
    responsible: str  # 责任者
    blocks: list[Block]
    doc_no: str = ""  # 文号
    secrecy: str = ""  # 密级
    note: str = ""  # 备注: real remarks only (补录, 草稿, 修改)
    archive_no: str = ""  # 档号, set by the volume
    number: str = ""  # 件号, set by the volume
    pages: int | None = None  # filled in after the layout is counted
    draft: bool = False  # 未定稿: marked 草稿 on its first page and in 备注


@dataclass
class Volume:
    file_name: str  # e.g. 03_三会一课及组织生活记录.docx
    title: str  # 题名 of the volume
    fonds: str  # 全宗名称 = the branch
    year: int
    retention: str  # 永久 / 定期30年 / 定期10年
    code: str  # short code used in 档号, e.g. HY
    items: list[Item]
    subject: str = ""  # 机构（问题） on the 归档章, e.g. 三会一课
    marking: str = ""  # 内部资料
    landscape: bool = False
    explanation: str = ""  # 备考表 情况说明
    compiler: str = ""
    compiled_on: str = ""
    checker: str = ""
    fonds_no: str = ""  # 全宗号, given by the archive office (档案设置); blank = filled in by hand
    fingerprint: str = ""  # the archive's 校验码, printed on the 备考表
    left_out: list[str] = field(default_factory=list)  # records not in the volume, and why (备考表)

    def number_items(self) -> None:
        """档号 as 年度-保管期限-类别-件号 (e.g. 2026-Y-HY-001); the 全宗 is the branch on every cover."""
        retention = RETENTION_CODES.get(self.retention, self.retention)
        for i, item in enumerate(self.items, 1):
            item.number = f"{i:03d}"
            item.archive_no = f"{self.year}-{retention}-{self.code}-{item.number}"

    def stamp(self, item: Item) -> dict[str, str]:
        """What the item's 归档章 says."""
        return {"全宗号": self.fonds_no, "年度": str(self.year), "件号": item.number,
                "机构（问题）": self.subject or self.title, "保管期限": self.retention, "页数": pages_text(item)}


def explain(v: Volume, extra: list[str] | None = None) -> str:
    """The 备考表's 情况说明: what the volume holds, its drafts, 补录 and amended items, what was left out."""

    def numbers(mark: str) -> str:
        return "、".join(f"第{it.number}件" for it in v.items if mark in it.note.split("、"))

    lines = [f"本卷共{len(v.items)}件，由支部台账软件按记录原样导出，每件首页右上角为归档章。"]
    if numbers("草稿"):
        lines.append(f"{numbers('草稿')}为尚未定稿的草稿：照实归入本卷，该件首页标有“草稿”，目录备注栏注“草稿”；"
                     "定稿后应重新导出本卷。")
    if numbers("补录"):
        lines.append(f"{numbers('补录')}为会后补录，该件注明了会后多少天录入。")
    if numbers("修改"):
        lines.append(f"{numbers('修改')}定稿后有修改，修改时间、原因和内容附在该件末尾。")
    return "\n".join([*lines, *v.left_out, *(extra or [])])


def pages_text(item: Item) -> str:
    return "" if item.pages is None else str(item.pages)


def directory_rows(items: list[Item]) -> list[list[dl.Cell]]:
    return [[str(i), it.archive_no, it.doc_no, it.responsible, it.title, it.date, it.secrecy, pages_text(it),
             it.note] for i, it in enumerate(items, 1)]


def _cover_lines(v: Volume) -> list[str]:
    return [f"{label}：{value}" for label, value in (
        ("全宗名称", v.fonds), ("年　　度", f"{v.year}年"), ("保管期限", v.retention), ("件　　数", f"{len(v.items)}件"))]


def _cover(doc: dl.Doc, v: Volume) -> None:
    if v.marking:
        dl.add_text(doc, v.marking, dl.MARK)
    dl.add_blank(doc, 4)
    dl.add_title(doc, v.title)
    dl.add_blank(doc, 3)
    for line in _cover_lines(v):
        dl.add_text(doc, line, dl.HEADING2, align="center")


def explain_lines(v: Volume) -> list[str]:
    return (v.explanation or f"本卷共{len(v.items)}件，由支部台账软件按记录原样导出。").splitlines()


def _blocks(doc: dl.Doc, blocks: list[Block]) -> None:
    """The item's content; the two paragraphs before a signature line stay on its page."""
    for n, b in enumerate(blocks):
        signed = n + 1 < len(blocks) and blocks[n + 1].kind == "signature"
        if b.kind == "heading":
            dl.add_text(doc, b.text, dl.HEADING1, keep=True)
        elif b.kind == "subheading":
            dl.add_text(doc, b.text, dl.HEADING2, keep=True)
        elif b.kind == "text":
            lines = (b.text or "").splitlines() or [""]
            for i, line in enumerate(lines):
                dl.add_text(doc, line, keep=signed and i >= len(lines) - 2)
        elif b.kind == "caption":  # a table's subtitle: 填报单位, 统计至, 金额单位
            dl.add_text(doc, b.text, dl.NOTE, align="center", keep=True)
        elif b.kind == "note":  # what a table's marks mean
            dl.add_text(doc, b.text, dl.NOTE)
        elif b.kind == "signature":  # a blank line to sign in, held with the lines above
            dl.add_text(doc, "", keep=True)
            dl.add_text(doc, b.text)
        elif b.kind == "fields":
            shown = [(label, value) for label, value in b.fields if value]
            for i, (label, value) in enumerate(shown):
                dl.add_field(doc, label, value, keep=signed and i >= len(shown) - 2)
        elif b.kind == "table":
            dl.add_table(doc, b.headers, b.rows, grow=b.grow or None)
        elif b.kind == "title":
            dl.add_title(doc, b.text, outline=bool(b.fields))  # an item's title: an outline entry
        elif b.kind == "center":
            dl.add_text(doc, b.text, align="center", keep=True)
        elif b.kind == "subtitle":
            dl.add_text(doc, b.text, dl.HEADING2, align="center", keep=True)
        elif b.kind == "right":
            dl.add_text(doc, b.text, align="right", keep=True)
        elif b.kind == "page":
            dl.new_page(doc, landscape=b.text == "landscape")
        elif b.kind == "stamp":
            dl.add_stamp(doc, dict(b.fields))
        elif b.kind == "fingerprint":
            dl.add_text(doc, f"{FINGERPRINT_LABEL}{b.text}{FINGERPRINT_NOTE}", dl.NOTE)


def write_blocks(path: Path, blocks: list[Block], *, template: dl.Template | None = None,
                 fields: dict[str, str] | None = None, title: str = "", author: str = "",
                 created: datetime | None = None, landscape: bool = False, compress: bool = True) -> Path:
    """A document that is just blocks (the 自查报告, the 归档文件目录); ``compress``: see docx_layout.save."""
    doc = dl.new_document(landscape=landscape, template=template, fields=fields, title=title,
                          author=author or "支部台账", created=created)
    _blocks(doc, blocks)
    return dl.save(doc, path, compress=compress)


def _item_landscape(v: Volume, item: Item, portrait_mm: float) -> bool:
    """Landscape when the volume is, or when one of the item's tables cannot fit a portrait page in 五号."""
    return v.landscape or any(dl.fit_table(b.headers, b.rows, portrait_mm, sizes=dl.TABLE_SIZES[:1]) is None
                              for b in item.blocks if b.kind == "table")


def write_item_head(doc: dl.Doc, stamp: dict[str, str], title: str, *, draft: bool = False) -> None:
    """An item's first lines: the 归档章 in the top right, a 草稿 mark when the record is not final, the title."""
    dl.add_stamp(doc, stamp)
    if draft:
        dl.add_text(doc, "草稿（未定稿，仅供备查）", dl.MARK, keep=True)
    dl.add_title(doc, title, outline=True)


def header_fields(fonds: str, year: int, title: str) -> dict[str, str]:
    """What the template's header placeholders {全宗名称}, {年度} and {题名} become."""
    return {"全宗名称": fonds, "年度": str(year), "题名": title}


def write_volume(v: Volume, path: Path, template: dl.Template | None = None, *,
                 created: datetime | None = None, compress: bool = True) -> Path:
    doc = dl.new_document(landscape=v.landscape, template=template, fields=header_fields(v.fonds, v.year, v.title),
                          title=f"{v.fonds}{v.year}年度{v.title}", author=v.fonds, created=created)
    _cover(doc, v)
    dl.add_page_break(doc)
    dl.add_title(doc, "卷内目录")
    dl.add_table(doc, DIRECTORY_HEADERS, directory_rows(v.items), grow=DIRECTORY_GROW)
    portrait_mm = doc.template.text_width_mm(False)
    for item in v.items:
        dl.new_page(doc, landscape=_item_landscape(v, item, portrait_mm))
        write_item_head(doc, v.stamp(item), item.title, draft=item.draft)
        _blocks(doc, item.blocks)
    dl.new_page(doc, landscape=v.landscape)
    dl.add_title(doc, "备考表")
    dl.add_text(doc, "情况说明：", dl.HEADING1, keep=True)
    for line in explain_lines(v):
        dl.add_text(doc, line, keep=True)
    if v.fingerprint:
        dl.add_text(doc, f"{FINGERPRINT_LABEL}{v.fingerprint}", keep=True)
    dl.add_text(doc, "", keep=True)
    for line in signature_lines(v):
        dl.add_text(doc, line, keep=True)
    return dl.save(doc, path, compress=compress)


BLANK = "＿" * 7  # a line to sign or write the date on


def signature_lines(v: Volume) -> list[str]:
    """整理人, 整理日期, 检查人, 检查日期: the names the template gives, or lines to sign on."""
    return [f"整理人：{v.compiler or BLANK}　　整理日期：{v.compiled_on or BLANK}",
            f"检查人：{v.checker or BLANK}　　检查日期：{BLANK}"]


def directory_blocks(fonds: str, year: int, volumes: list[Volume], notes: list[str]) -> list[Block]:
    """00_归档文件目录: every item of every volume; 备注 only where there is something to remark."""
    rows: list[Sequence[dl.Cell]] = []
    for v in volumes:
        for it in v.items:
            rows.append([str(len(rows) + 1), it.archive_no, it.doc_no, it.responsible, it.title, it.date,
                         it.secrecy, pages_text(it), it.note])
    return [Block("title", "归档文件目录"), Block("center", f"全宗名称：{fonds}　　年度：{year}年"),
            Block("table", headers=DIRECTORY_HEADERS, rows=rows, grow=DIRECTORY_GROW),
            *(Block("note", note) for note in notes), Block("fingerprint", PLACEHOLDER)]


def write_directory(fonds: str, year: int, volumes: list[Volume], path: Path, notes: list[str],
                    template: dl.Template | None = None, *, created: datetime | None = None,
                    compress: bool = True) -> Path:
    """00_归档文件目录 as a Word file (landscape)."""
    return write_blocks(path, directory_blocks(fonds, year, volumes, notes), template=template,
                        fields=header_fields(fonds, year, "归档文件目录"), title=f"{fonds}{year}年度归档文件目录",
                        author=fonds, created=created, landscape=True, compress=compress)
