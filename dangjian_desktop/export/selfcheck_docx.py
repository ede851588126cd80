"""The 年度自查 report as a Word document in the official layout (portrait, GB/T 9704)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.domain.selfcheck_start import UNUSED, UNUSED_LABEL
from dangjian_desktop.export.docx_template import Template

_CN_NUMBERS = "一二三四五六七八九十"
_SYMBOL = {sc.OK: "✓", sc.MISSING: "缺", sc.PENDING: "", sc.NA: "", UNUSED: UNUSED_LABEL}


def write_report(branch_name: str, year: int, as_of: date, grid: list[sc.GridRow], findings: list[sc.Finding],
                 path: Path, *, template: Template | None = None, fields: dict[str, str] | None = None) -> Path:
    from dangjian_desktop.export import docx_layout as dl

    title = f"{branch_name}{year}年度党建工作自查报告"
    doc = dl.new_document(template=template, fields=fields, title=title)
    dl.add_title(doc, title)
    dl.add_text(doc, f"（自查截至{as_of.year}年{as_of.month}月{as_of.day}日）", dl.HEADING2, align="center")
    counts = {s: sum(f.severity == s for f in findings) for s in sr.SEVERITY_LABELS}
    dl.add_text(doc, "一、总体情况", dl.HEADING1)
    if findings:
        dl.add_text(doc, f"　　对照党章、《中国共产党支部工作条例（试行）》等规定，本年度自查发现问题{len(findings)}个，"
                         f"其中严重{counts[sr.SERIOUS]}个、需提醒{counts[sr.WARN]}个、提示{counts[sr.INFO]}个。")
    else:
        dl.add_text(doc, "　　对照党章、《中国共产党支部工作条例（试行）》等规定自查，未发现问题。")
    dl.add_text(doc, "二、组织生活开展情况", dl.HEADING1)
    headers = ["项目", *(f"{m}月" for m in range(1, 13))]
    rows = []
    for row in grid:
        cells = [""] * 12
        for cell in row.cells:
            cells[cell.first_month - 1] = _SYMBOL[cell.state] if cell.months == 1 else cell.note
        rows.append([row.label, *cells])
    dl.add_table(doc, headers, rows, [34] + [10.2] * 12, size=9)
    dl.add_text(doc, "　　注：“✓”为已开展，“缺”为没有记录，空白为未到期；季度、年度项目写在该期第一个月。", dl.NOTE)
    dl.add_text(doc, "三、发现的问题", dl.HEADING1)
    n = 0
    for severity, label in sr.SEVERITY_LABELS.items():
        items = [f for f in findings if f.severity == severity]
        if not items:
            continue
        dl.add_text(doc, f"（{_CN_NUMBERS[n]}）{label}问题（{len(items)}个）", dl.HEADING2)
        n += 1
        for i, f in enumerate(items, 1):
            dl.add_text(doc, f"　　{i}. {f.text}。依据：{f.basis}。")
    if not findings:
        dl.add_text(doc, "　　无。")
    dl.add_text(doc, "四、整改措施", dl.HEADING1)
    dl.add_text(doc, "　　对以上问题，支部委员会逐项明确责任人和整改时限，能补正的及时补正，不能补正的如实说明情况，"
                     "并在今后工作中按规定的频次和时限开展。")
    dl.add_text(doc, f"{branch_name}　　", align="right")
    dl.add_text(doc, f"{as_of.year}年{as_of.month}月{as_of.day}日　　", align="right")
    return dl.save(doc, path)
