"""Importing a roster workbook (党员花名册): a preview with a per-row report, then one commit.

    preview = preview_file(session, branch_id, path)     # reads and checks, writes nothing
    commit(session, branch_id, preview, skip_bad=False)  # in the caller's transaction
    undo_last_import(session, branch_id)                 # the last batch to the 回收站

A row is rejected when it has an error or duplicates a person (by 公民身份号码) in the file or the
database; a preview with rejected rows commits only with ``skip_bad``. Each commit records an
ImportBatch, so the last import can be undone exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, col, select

from dangjian_desktop.db import audit
from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.engine import refresh_statistics
from dangjian_desktop.db.models import ImportBatch, Person
from dangjian_desktop.domain.people_columns import FIELD_LABELS, HeaderMatch, find_header, normalize_header
from dangjian_desktop.domain.people_rows import read_row, skip_reason
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.export.people_xlsx import SheetData, read_workbook
from dangjian_desktop.services import Changed, branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people.records import PersonInput

OK, WARNING, ERROR, DUPLICATE = "ok", "warning", "error", "duplicate"
STATUS_LABELS = {OK: "正常", WARNING: "有提示", ERROR: "有错误", DUPLICATE: "重复"}


@dataclass
class RowResult:
    """One person row of the file: its Excel row number, what was read, and the verdict."""

    row_no: int
    name: str
    status: str
    messages: list[str]
    data: PersonInput | None = None  # the checked person, ready to save (None: the row cannot be read)
    group_name: str = ""

    @property
    def rejected(self) -> bool:
        return self.status in (ERROR, DUPLICATE)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class ImportPreview:
    """What an import would do. Nothing is written until ``commit``."""

    branch_id: str
    file_name: str
    sheet_name: str
    header_row: int  # Excel row number of the header
    columns: dict[str, str]  # header text in the file → field it was read as
    ignored_columns: list[str]
    today: date
    rows: list[RowResult] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (Excel row, why)
    new_groups: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    other_branch: str = ""  # the 支部 the file's title names, when it is not the branch imported into

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def importable(self) -> list[RowResult]:
        return [r for r in self.rows if not r.rejected]

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.rows if r.rejected]

    def summary(self) -> str:
        parts = "，".join(f"{STATUS_LABELS[s]} {self.count(s)}" for s in (OK, WARNING, ERROR, DUPLICATE))
        return f"共 {len(self.rows)} 人：{parts}；可导入 {len(self.importable)} 人"

    def report_lines(self) -> list[str]:
        """The per-row report as plain lines (for the command line and the log)."""
        lines = [f"文件：{self.file_name}　工作表：{self.sheet_name}　表头在第 {self.header_row} 行",
                 "识别的列：" + "、".join(f"{h}→{FIELD_LABELS[f]}" if h != FIELD_LABELS[f] else h
                                         for h, f in self.columns.items())]
        if self.ignored_columns:
            lines.append("未识别的列（已忽略）：" + "、".join(self.ignored_columns))
        lines += self.notices
        for r in self.rows:
            text = f"第 {r.row_no} 行　{r.name or '（无姓名）'}　{r.status_label}"
            lines.append(text + ("　" + "；".join(r.messages) if r.messages else ""))
        lines += [f"第 {row} 行：{why}，已跳过" for row, why in self.skipped]
        if self.new_groups:
            lines.append("将新建党小组：" + "、".join(self.new_groups))
        lines.append(self.summary())
        return lines


def preview_file(session: Session, branch_id: str, path: Path, *, today: date | None = None) -> ImportPreview:
    """Read a .xlsx/.xls roster and check every row against the rules and the database."""
    path = Path(path)
    return preview_sheets(session, branch_id, read_workbook(path), file_name=path.name, today=today)


def preview_sheets(session: Session, branch_id: str, sheets: Sequence[SheetData], *, file_name: str,
                   today: date | None = None) -> ImportPreview:
    """Like ``preview_file`` for sheets already read: the first sheet with a roster header is used."""
    branches.get_branch(session, branch_id)
    today = today or date.today()
    for sheet in sorted(sheets, key=lambda s: s.hidden):
        match = find_header(sheet.rows)
        if match is not None:
            return _preview(session, branch_id, sheet, match, file_name, today)
    raise UserError(f"在“{file_name}”中没有找到花名册的表头行。表头应有“姓名”一列，并至少还有性别、出生日期、"
                    "公民身份号码、人员类别、入党日期等列中的两列。")


def _preview(session: Session, branch_id: str, sheet: SheetData, match: HeaderMatch, file_name: str,
             today: date) -> ImportPreview:
    header = sheet.rows[match.row]
    preview = ImportPreview(
        branch_id=branch_id, file_name=file_name, sheet_name=sheet.name, header_row=match.row + 1,
        columns={normalize_header(header[c]) if c < len(header) and header[c] is not None else FIELD_LABELS[f]: f
                 for c, f in sorted(match.columns.items())},
        ignored_columns=list(match.unknown), today=today,
    )
    branch_name = branches.get_branch(session, branch_id).name
    preview.other_branch = other_branch_named(sheet.rows[:match.row], branch_name)
    if preview.other_branch:
        preview.notices.insert(0, f"注意：表格标题写的是“{preview.other_branch}”，与当前支部“{branch_name}”不同。"
                                  "请确认要导入到当前支部。")
    if "category" not in match.columns.values():
        preview.notices.append("文件中没有“人员类别”列：按入党、转正日期判断，未填日期的记为正式党员，请导入后核对。")
    # what the rows are checked against, read once for the whole file
    existing_groups = {g.name for g in branches.list_groups(session, branch_id)}
    known = _known_ids(session)
    names_in_branch = _names_without_file(session, branch_id)
    lengths = _max_lengths()
    first_row_of_id: dict[str, RowResult] = {}
    first_row_of_name: dict[str, RowResult] = {}
    for index in range(match.data_start, len(sheet.rows)):
        cells = sheet.rows[index]
        why = skip_reason(cells, match)
        if why is not None:
            if why:
                preview.skipped.append((index + 1, why))
            continue
        row = _check_row(cells, match, index + 1, today, known, lengths)
        _mark_duplicates(branch_id, row, known, names_in_branch, first_row_of_id, first_row_of_name)
        preview.rows.append(row)
        if row.group_name and row.group_name not in existing_groups and row.group_name not in preview.new_groups:
            preview.new_groups.append(row.group_name)
    return preview


_BRANCH_IN_TITLE = re.compile(r"(中共[^\s，,:：（(]*?(?:党总支|党支部|总支部|支部))")


def other_branch_named(title_rows: Sequence[Sequence[object]], branch_name: str) -> str:
    """The branch a roster's title rows name (e.g. 中共金崖镇岘口村党支部), if it is not ``branch_name``."""
    def plain(name: str) -> str:
        return re.sub(r"\s+", "", name).removeprefix("中共")

    for row in title_rows:
        for cell in row:
            m = _BRANCH_IN_TITLE.search(str(cell or ""))
            if m and plain(m.group(1)) not in plain(branch_name) and plain(branch_name) not in plain(m.group(1)):
                return m.group(1)
    return ""


def _known_ids(session: Session) -> dict[str, list[people.IdHolder]]:
    """公民身份号码 → the live people holding it, in every branch (records.id_number_clash reads them)."""
    return people.id_number_holders(session)


def _names_without_file(session: Session, branch_id: str) -> set[str]:
    """Names of the branch's people (not deleted), for rows that give no 公民身份号码."""
    stmt = select(Person.name).where(Person.branch_id == branch_id, col(Person.deleted_at).is_(None))
    return set(session.exec(stmt))


def _label(f: str, message: str) -> str:
    label = FIELD_LABELS.get(f, "")
    return message if not label or label in message else f"{label}：{message}"


def _max_lengths() -> dict[str, int]:
    """Column → the most characters it holds (text columns with a limit)."""
    lengths = {}
    for column in sa_inspect(Person).columns:
        length = getattr(column.type, "length", None)
        if length:
            lengths[column.key] = int(length)
    return lengths


def _too_long(data: PersonInput, lengths: dict[str, int]) -> dict[str, str]:
    errors = {}
    for f, value in data.__dict__.items():
        length = lengths.get(f)
        if isinstance(value, str) and length and len(value) > length:
            errors[f] = f"{FIELD_LABELS.get(f, f)}过长（最多 {length} 字，现在 {len(value)} 字）"
    return errors


def _check_row(cells: Sequence[object], match: HeaderMatch, row_no: int, today: date,
               known: dict[str, list[people.IdHolder]], lengths: dict[str, int]) -> RowResult:
    """The roster rules for one row; the database checks (ID already registered) use ``known``."""
    parsed = read_row(cells, match, today)
    clean, errors = PersonInput.check(parsed.values, today)
    errors.update(parsed.errors)
    for f, msg in _too_long(clean, lengths).items():
        errors.setdefault(f, msg)
    status = ERROR if errors else WARNING if parsed.warnings else OK
    messages = [_label(f, m) for f, m in errors.items()] + parsed.warnings
    return RowResult(row_no=row_no, name=clean.name, status=status, messages=messages,
                     data=clean, group_name=parsed.group_name)


def _mark_duplicates(branch_id: str, row: RowResult, known: dict[str, list[people.IdHolder]], names_in_branch: set[str],
                     by_id: dict[str, RowResult], by_name: dict[str, RowResult]) -> None:
    id_number = row.data.id_number if row.data else None
    if id_number:
        clash = people.id_number_clash(branch_id, row.data.status if row.data else "", known.get(id_number, ()))
        if clash:
            _duplicate(row, clash)
        first = by_id.get(id_number)
        if first is None:
            by_id[id_number] = row
        else:
            _duplicate(row, f"公民身份号码与第 {first.row_no} 行（{first.name}）相同")
            _duplicate(first, f"公民身份号码与第 {row.row_no} 行（{row.name}）相同")
        return
    if not row.name or row.status == ERROR:  # e.g. an ID that is filled in but invalid: not "未填"
        return
    first = by_name.get(row.name)
    if first is not None:
        _warn(row, f"与第 {first.row_no} 行姓名相同且未填公民身份号码，请核对是否重复")
    else:
        by_name[row.name] = row
    if row.name in names_in_branch:
        _warn(row, "本支部已有同名人员，且本行未填公民身份号码，请核对是否重复")


def _duplicate(row: RowResult, message: str) -> None:
    row.messages.append(message)
    if row.status != ERROR:
        row.status = DUPLICATE


def _warn(row: RowResult, message: str) -> None:
    row.messages.append(message)
    if row.status == OK:
        row.status = WARNING


def commit(session: Session, branch_id: str, preview: ImportPreview, *, skip_bad: bool = False) -> Changed:
    """Save the previewed people as one import batch. Refuses rejected rows unless ``skip_bad``."""
    if preview.branch_id != branch_id:
        raise UserError("这份导入预览不是为当前支部生成的，请重新选择文件导入。")
    bad = preview.rejected
    if bad and not skip_bad:
        numbers = "、".join(str(r.row_no) for r in bad[:10]) + ("等" if len(bad) > 10 else "")
        raise UserError(f"有 {len(bad)} 行不能导入（第 {numbers} 行），没有导入任何人员。"
                        "请修改文件后重新导入，或选择只导入正确的行。")
    good = preview.importable
    if not good:
        raise UserError("文件中没有可以导入的人员。")
    batch = ImportBatch(branch_id=branch_id, file_name=preview.file_name[:260], row_count=len(good))
    previous = last_import(session, branch_id, include_undone=True)
    if previous is not None and batch.created_at <= _aware(previous.created_at):
        batch.created_at = _aware(previous.created_at) + timedelta(microseconds=1)  # keep batches in order
    session.add(batch)
    session.flush()
    group_ids = {g.name: g.id for g in branches.list_groups(session, branch_id)}
    for name in dict.fromkeys(r.group_name for r in good if r.group_name and r.group_name not in group_ids):
        group_ids[name] = branches.ensure_group(session, branch_id, name).id
    known = _known_ids(session)  # the database may have changed since the preview
    rows: list[dict[str, Any]] = []
    for row in good:
        assert row.data is not None  # an importable row was read
        values = {**row.data.__dict__, "group_id": group_ids[row.group_name]} if row.group_name else row.data.__dict__
        clean, errors = PersonInput.check(values, preview.today)
        clash = people.id_number_clash(branch_id, clean.status, known.get(clean.id_number or "", ()))
        if clash:
            errors["id_number"] = clash
        if errors:
            message = ValidationError(errors).message
            raise UserError(f"第 {row.row_no} 行（{row.name}）无法保存：{message}。"
                            "数据在预览之后有了变化，请重新导入。")
        rows.append(people.new_person_row(branch_id, clean, import_batch_id=batch.id))
    audit.insert_many(session, Person, rows)
    refresh_statistics(session.connection(), ("person",))
    return Changed("person", tuple(r["id"] for r in rows))


def last_import(session: Session, branch_id: str, *, include_undone: bool = False) -> ImportBatch | None:
    """The branch's most recent import (by default the most recent one not yet undone)."""
    stmt = select(ImportBatch).where(ImportBatch.branch_id == branch_id, col(ImportBatch.deleted_at).is_(None))
    if not include_undone:
        stmt = stmt.where(col(ImportBatch.undone_at).is_(None))
    return session.exec(stmt.order_by(col(ImportBatch.created_at).desc())).first()


def undo_last_import(session: Session, branch_id: str) -> Changed:
    """Move the people of the last import not yet undone to the 回收站 (even if edited since)."""
    batch = last_import(session, branch_id)
    if batch is None:
        raise UserError("没有可以撤销的导入。")
    stmt = select(Person.id).where(Person.import_batch_id == batch.id, col(Person.deleted_at).is_(None))
    ids = tuple(session.exec(stmt))
    for person_id in ids:
        people.delete_person(session, person_id)
    batch.undone_at = utcnow()
    session.add(batch)
    session.flush()
    return Changed("person", ids)


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; stored values are UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
