"""Exporting the branch's roster (党员花名册) to .xlsx, in columns the import reads back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import CATEGORIES
from dangjian_desktop.domain.people_columns import FIELD_LABELS, FLAG_FIELDS, GROUP
from dangjian_desktop.export.people_xlsx import CELL_LIMIT, Column, cut_cells, write_roster
from dangjian_desktop.services import branches

# (field, kind) in the order of the official 花名册; the header is FIELD_LABELS[field].
EXPORT_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "text"), ("gender", "text"), ("ethnicity", "text"), ("birth_date", "date"),
    ("id_number", "text"), ("native_place", "text"), ("education", "text"), ("category", "text"),
    ("join_date", "date"), ("full_member_date", "date"), ("work_unit", "text"), ("phone", "text"),
    ("address", "text"), (GROUP, "text"), ("party_post", "text"), ("apply_date", "date"),
    ("activist_date", "date"), ("candidate_date", "date"), ("is_hardship", "text"), ("is_veteran", "text"),
    ("is_retired", "text"), ("status", "text"), ("suspended_date", "date"), ("restored_date", "date"),
    ("note", "text"),
)
SEQ_HEADER = "序号"


def roster_columns() -> list[Column]:
    return [Column(SEQ_HEADER, "number")] + [Column(FIELD_LABELS[f], kind) for f, kind in EXPORT_FIELDS]


def roster_rows(session: Session, branch_id: str) -> list[list[object]]:
    """One row per person still in the roster (not in the 回收站): by 党小组, 人员类别, then 姓氏笔画."""
    groups = branches.list_groups(session, branch_id)
    group_name = {g.id: g.name for g in groups}
    group_order = {g.id: i for i, g in enumerate(groups)}
    stmt = select(Person).where(Person.branch_id == branch_id, col(Person.deleted_at).is_(None))
    persons = sorted(session.exec(stmt), key=lambda p: (
        group_order.get(p.group_id or "", len(groups)),
        CATEGORIES.index(p.category) if p.category in CATEGORIES else len(CATEGORIES),
        stroke_key(p.name),
    ))
    rows: list[list[object]] = []
    for seq, person in enumerate(persons, start=1):
        row: list[object] = [seq]
        for f, _kind in EXPORT_FIELDS:
            if f == GROUP:
                row.append(group_name.get(person.group_id or "", ""))
            elif f in FLAG_FIELDS:
                row.append("是" if getattr(person, f) else "")
            else:
                value = getattr(person, f)
                row.append("" if value is None else value)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class RosterExport:
    count: int  # people written
    cut: list[str] = field(default_factory=list)  # texts longer than an Excel cell holds, in words

    def report(self, path: Path) -> str:
        """What the secretary is told: how many, and every text the file could not hold whole."""
        lines = [f"已导出 {self.count} 人到 {path}"]
        if self.cut:
            lines.append(f"注意：以下内容超过 Excel 一个单元格最多 {CELL_LIMIT:,} 字的上限，文件里只保存了前 {CELL_LIMIT:,} 字"
                         "（支部台账里的内容是完整的）：")
            lines += [f"　{line}" for line in self.cut]
        return "\n".join(lines)


def export_roster(session: Session, branch_id: str, path: Path, *, today: date | None = None) -> RosterExport:
    """Write the branch's roster to ``path`` (.xlsx, replaced atomically): the number of people, and the
    texts that had to be cut to fit a cell."""
    today = today or date.today()
    branch = branches.get_branch(session, branch_id)
    rows = roster_rows(session, branch_id)
    subtitle = f"填报单位：{branch.name}　　导出日期：{today.year}年{today.month}月{today.day}日　　共 {len(rows)} 人"
    columns = roster_columns()
    name_at = [c.header for c in columns].index(FIELD_LABELS["name"])
    cut = [f"{rows[r][name_at]}的“{header}”：{length:,} 字" for r, header, length in cut_cells(columns, rows)]
    write_roster(Path(path), title=f"{branch.name}党员花名册", subtitle=subtitle, columns=columns,
                 rows=rows, freeze_columns=2)
    return RosterExport(len(rows), cut)
