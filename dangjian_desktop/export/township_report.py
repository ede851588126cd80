"""The 汇总 of a township's branches as plain tables: what the Word report and the .xlsx both write.

Plain data in (built by services/township/summary_report.py from the one summary), files out
(township_report_docx.py, township_report_xlsx.py). A value is text, a whole number, money
(``Money``, in fen) or a cell spanning several columns (``docx_layout.Span``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.export.docx_layout import Span


@dataclass(frozen=True)
class Money:
    fen: int

    def __str__(self) -> str:
        return format_fen(self.fen)


Value = str | int | Money | Span


@dataclass
class ReportTable:
    name: str  # the sheet's name in the .xlsx (≤ 31 characters), the table's caption in the report
    headers: list[str]
    rows: list[list[Value]]
    note: str = ""  # a line under the table (what the marks mean)
    totals: list[Value] | None = None  # a bold last row (合计): each figure the sum of its column
    key_columns: int = 1  # the leading columns that name the row (kept in view in the .xlsx)
    tips: list[list[str]] = field(default_factory=list)  # per row and column, what the window shows on hover
    bold_rows: frozenset[int] = frozenset()  # rows (of ``rows``) that are subtotals (小计), set in bold
    wrap: frozenset[int] = frozenset()  # columns of running text, which may break over lines (others never)


@dataclass
class Section:
    heading: str  # 一、…
    lines: list[str] = field(default_factory=list)  # paragraphs before the tables
    tables: list[ReportTable] = field(default_factory=list)


@dataclass
class TownshipReport:
    title: str
    subtitle: str
    sections: list[Section]
    signer: str = ""  # who the report is from (落款, above the date), may be empty
    date_line: str = ""

    @property
    def tables(self) -> list[ReportTable]:
        return [t for s in self.sections for t in s.tables]


def cell_text(value: Value) -> str:
    if isinstance(value, Span):
        return value.text
    return str(value)


_HEADER_WORDS = sorted((
    "一人一事", "党员", "大会", "党小组会", "组织", "生活会", "民主", "评议", "主题", "党日", "支委会", "党课", "交纳党员", "最近",
    "应缴", "实缴", "欠缴", "补交", "党费", "数据包", "报送", "导出", "导入本机", "未结", "逾期", "不足", "学时",
    "笔记", "发展", "回访", "转出", "未报", "一季度", "二季度", "三季度", "四季度", "全年", "支部编码", "党员",
    "入党申请人", "入党积极分子", "发展对象", "预备党员", "情况", "来源", "月份", "小计", "合计"), key=len, reverse=True)
_UNIT = re.compile(r"^(.*?)(\([^)]*\))$")


def _words(text: str) -> list[str]:
    """``text`` cut into the words a header may break between (a month like “1—10月” whole)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        m = re.match(r"[0-9]+(?:[—-][0-9]+)?月", text[i:])
        word = m.group(0) if m else next((w for w in _HEADER_WORDS if text.startswith(w, i)), text[i])
        if len(word) == 1 and out and len(out[-1]) == 1 and out[-1] not in "0123456789":
            out[-1] += word  # characters no word names stay together
        else:
            out.append(word)
        i += len(word)
    return out


def header_lines(header: str, *, one_line: float = 3.0) -> str:
    """A header with its line breaks at sensible points: between words (“欠缴党费” / “(元)”, “一人一事” / “未结”),
    never inside one; a header up to ``one_line`` characters wide stays on one line."""
    if "\n" in header or em(header) <= one_line:
        return header
    m = _UNIT.match(header)
    words = [*_words(m.group(1)), m.group(2)] if m and m.group(1) else _words(header)
    if len(words) < 2:
        return header
    best: tuple[float, int] | None = None
    for at in range(1, len(words)):
        widest = max(em("".join(words[:at])), em("".join(words[at:])))
        if best is None or widest < best[0]:
            best = (widest, at)
    assert best is not None
    first, rest = "".join(words[:best[1]]), "".join(words[best[1]:])
    return first + "\n" + header_lines(rest, one_line=max(one_line, 6.0)) if em(rest) > 6.0 else first + "\n" + rest


def em(text: str) -> float:
    """Width in Chinese characters: digits, Latin letters and brackets about half of one."""
    return sum(1.0 if ord(c) > 0x2E7F else 0.5 for c in text)
