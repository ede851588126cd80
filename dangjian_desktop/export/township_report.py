"""The 汇总 of a township's branches as plain tables: what the Word report and the .xlsx both write.

Plain data in (built by services/township/summary_report.py from the one summary), files out
(township_report_docx.py, township_report_xlsx.py). A value is text, a whole number, money
(``Money``, in fen) or a cell spanning several columns (``docx_layout.Span``).
"""

from __future__ import annotations

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
    totals: list[Value] | None = None  # a bold last row
    key_columns: int = 1  # the leading columns that name the row (kept in view in the .xlsx)
    tips: list[list[str]] = field(default_factory=list)  # per row and column, what the window shows on hover


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
    signer: str = ""  # who the report is from (右下角落款), may be empty
    date_line: str = ""

    @property
    def tables(self) -> list[ReportTable]:
        return [t for s in self.sections for t in s.tables]


def cell_text(value: Value) -> str:
    if isinstance(value, Span):
        return value.text
    return str(value)
