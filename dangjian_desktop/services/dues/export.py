"""The 党费收缴登记表: its rows as plain data (for .xlsx, .docx and PDF) and the .xlsx export.

Columns: 序号, 姓名, 缴费类别, 基数, 比例, 月应缴, 1–12 月, 全年应缴, 全年实缴, 备注. A month shows what
was paid for it; a blank month is unpaid, “免交” is an approved waiver, “—” a month the member did
not belong to the branch. ``register(...)`` gives everything a writer needs:

    reg = register(session, branch_id, 2026, as_of=today)
    TableReport(reg.title, list(REGISTER_HEADERS), reg.text_rows(), list(REGISTER_WIDTHS), reg.subtitle,
                totals=reg.text_totals(), notes=[REGISTER_LEGEND])
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.domain import dues_months as dm
from dangjian_desktop.domain.dues import format_fen
from dangjian_desktop.errors import UserError
from dangjian_desktop.export.table_report import TableReport
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues.ledger import DuesGrid, MonthCell, ledger
from dangjian_desktop.services.dues.reports import PublicitySheet, publicity, rate_text

REGISTER_HEADERS = ("序号", "姓名", "缴费类别", "基数", "比例", "月应缴", *(f"{m}月" for m in range(1, 13)),
                    "全年应缴", "全年实缴", "备注")
# how each column is stored: number (序号), text, center (short text), or money (int fen; a month may hold a
# mark instead)
REGISTER_KINDS = ("number", "text", "center", "money", "center", "money", *("money",) * 12, "money", "money", "text")
REGISTER_WIDTHS = (3, 6, 6, 6.5, 4.5, 5, *(5,) * 12, 5.5, 5.5, 8)  # relative, for .docx and PDF tables
FIRST_MONTH_COLUMN = 6
MONTH_MARKS = {dm.WAIVED: "免交", dm.NOT_MEMBER_YET: "—", dm.NOT_ARRIVED: "—", dm.TRANSFERRED: "—", dm.LEFT: "—"}
REGISTER_LEGEND = "说明：金额单位为元；月份栏为该月实缴金额，空白为未交，“免交”为经批准免交，“—”为不在本支部交纳的月份。"


@dataclass(frozen=True)
class DuesRegister:
    title: str
    subtitle: str
    rows: list[list[int | str]]  # in REGISTER_HEADERS order; money columns hold int fen
    totals: list[int | str]  # the 合计 row
    owed: set[tuple[int, int]]  # (row, column) of months still owed, to colour
    grid: DuesGrid

    def text_rows(self) -> list[list[str]]:
        return [register_text(r) for r in self.rows]

    def text_totals(self) -> list[str]:
        return register_text(self.totals)


def month_value(cell: MonthCell) -> int | str:
    """What a register month shows: the fen paid, a mark (免交, —), or '' when nothing was paid."""
    if cell.paid_fen:
        return cell.paid_fen
    return MONTH_MARKS.get(cell.state, "")


def register_text(values: list[int | str]) -> list[str]:
    """A register row as text (money in 元 with two decimals), for .docx and PDF."""
    return [format_fen(v) if kind == "money" and isinstance(v, int) else str(v)
            for v, kind in zip(values, REGISTER_KINDS, strict=True)]


def register(session: Session, branch_id: str, year: int, *, as_of: date | None = None) -> DuesRegister:
    grid = ledger(session, branch_id, year, as_of=as_of)
    branch = branches.get_branch(session, branch_id)
    rows: list[list[int | str]] = []
    owed: set[tuple[int, int]] = set()
    for seq, r in enumerate(grid.rows, 1):
        rows.append([seq, r.name, r.category, r.base_fen or "", rate_text(r), r.due_fen if r.has_standard else "",
                     *(month_value(c) for c in r.months), r.year_due_fen, r.year_paid_fen, r.note])
        owed.update((seq - 1, FIRST_MONTH_COLUMN + i) for i, c in enumerate(r.months) if c.owed_fen)
    totals: list[int | str] = [
        "", "合计", f"{len(grid.rows)}人", "", "", sum(r.due_fen for r in grid.rows),
        *(m.paid_fen for m in grid.months), grid.year_due_fen, grid.year_paid_fen,
        f"欠缴{format_fen(grid.year_owed_fen)}元" if grid.year_owed_fen else ""]
    d = grid.as_of
    subtitle = f"填报单位：{branch.name}　　年度：{year}年　　统计至：{d.year}年{d.month}月{d.day}日　　金额单位：元"
    return DuesRegister(f"{branch.name}{year}年度党费收缴登记表", subtitle, rows, totals, owed, grid)


def export_register_xlsx(session: Session, branch_id: str, year: int, path: Path, *,
                         as_of: date | None = None) -> DuesRegister:
    """Write the year's 党费收缴登记表 to ``path`` (.xlsx, replaced atomically)."""
    from dangjian_desktop.export.dues_xlsx import write_dues_register  # openpyxl: loaded when needed

    reg = register(session, branch_id, year, as_of=as_of)
    write_dues_register(Path(path), title=reg.title, subtitle=reg.subtitle, headers=REGISTER_HEADERS,
                        kinds=REGISTER_KINDS, rows=reg.rows, totals=reg.totals, legend=REGISTER_LEGEND, owed=reg.owed)
    return reg


PUBLICITY_HEADERS = ["序号", "姓名", "缴费类别", "比例", "月应缴", "已交月数", "全年应缴", "全年实缴", "欠缴", "备注"]
PUBLICITY_WIDTHS: list[float] = [3, 6, 6, 4, 5, 4, 6, 6, 5, 16]
FORMATS = {".xlsx": "Excel 工作簿", ".docx": "Word 文档", ".pdf": "PDF（打印用）"}


def register_report(reg: DuesRegister) -> TableReport:
    return TableReport(reg.title, list(REGISTER_HEADERS), reg.text_rows(), list(REGISTER_WIDTHS), reg.subtitle,
                       totals=reg.text_totals(), notes=[REGISTER_LEGEND],
                       signatures="制表人：　　　　　　　　审核人：　　　　　　　　日期：")


def publicity_report(sheet: PublicitySheet) -> TableReport:
    rows = [[str(r.seq), r.name, r.category, r.rate_text, format_fen(r.due_fen), str(r.paid_months),
             format_fen(r.year_due_fen), format_fen(r.year_paid_fen), format_fen(r.owed_fen) if r.owed_fen else "",
             r.note] for r in sheet.rows]
    totals = ["", "合计", f"{len(sheet.rows)}人", "", "", "", format_fen(sheet.year_due_fen),
              format_fen(sheet.year_paid_fen), format_fen(sheet.owed_fen) if sheet.owed_fen else "", ""]
    d = sheet.as_of
    return TableReport(sheet.title, PUBLICITY_HEADERS, rows, PUBLICITY_WIDTHS,
                       f"统计至：{d.year}年{d.month}月{d.day}日　　金额单位：元", totals=totals,
                       notes=["如对公示内容有疑问，请向支部组织委员反映。"],
                       signatures=f"{sheet.branch_name}　　　　{d.year}年{d.month}月{d.day}日")


def export_register(session: Session, branch_id: str, year: int, path: Path, *,
                    as_of: date | None = None) -> DuesRegister:
    """The 党费收缴登记表 as .xlsx, .docx or PDF, chosen by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return export_register_xlsx(session, branch_id, year, path, as_of=as_of)
    reg = register(session, branch_id, year, as_of=as_of)
    _write(register_report(reg), Path(path), suffix)
    return reg


def export_publicity(session: Session, branch_id: str, year: int, path: Path, *,
                     as_of: date | None = None) -> PublicitySheet:
    """The yearly 公示 sheet as .docx or PDF."""
    sheet = publicity(session, branch_id, year, as_of=as_of)
    _write(publicity_report(sheet), Path(path), Path(path).suffix.lower())
    return sheet


def _write(report: TableReport, path: Path, suffix: str) -> None:
    from dangjian_desktop.export.table_report import write_docx, write_pdf

    if suffix == ".docx":
        write_docx(report, path, size=9 if len(report.headers) > 12 else 10.5)  # 小五 for the 21-column register
    elif suffix == ".pdf":
        write_pdf(report, path)
    else:
        raise UserError(f"不支持的文件类型“{suffix}”：请选择 {'、'.join(FORMATS)}")
