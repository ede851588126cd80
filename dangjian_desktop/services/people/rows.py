"""The ledger's rows: what the table shows and filters on, built from one flat query.

Kept free of SQLAlchemy so that the window can show the roster before the database layer is loaded:
``read_first_ledger`` reads the same columns from the file through a plain read-only DB-API connection
(db/dialect/sqlite/first_read.py).
``records.list_rows`` builds the same rows through the session.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dangjian_desktop.domain import development
from dangjian_desktop.domain.people import ACTIVE_STATUSES, CATEGORIES, DEVELOPMENT_STEPS


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the ledger (slots: 100,000 of them stay small)."""

    id: str
    name: str
    gender: str
    ethnicity: str
    birth_date: date | None
    id_number: str | None
    education: str
    work_unit: str
    phone: str
    address: str
    group_id: str | None
    group_name: str
    party_post: str
    category: str
    join_date: date | None
    full_member_date: date | None
    status: str
    name_pinyin: str
    name_initials: str
    is_hardship: bool
    is_veteran: bool
    is_retired: bool
    attention: str = ""  # what in the 发展党员 timeline needs acting on, in plain words


ROW_FIELDS = [f for f in PersonRow.__dataclass_fields__ if f not in ("group_name", "attention")]
STEP_FIELDS = [f for f, _label in DEVELOPMENT_STEPS if f not in ROW_FIELDS] + ["probation_extension_months"]
IN_PROGRESS = ("预备党员", "发展对象", "入党积极分子", "入党申请人")
_DATE_FIELDS = {f for f in (*ROW_FIELDS, *STEP_FIELDS) if f.endswith("_date") or f in ("training_start", "training_end")}
_BOOL_FIELDS = ("is_hardship", "is_veteran", "is_retired")
_CATEGORY_AT = ROW_FIELDS.index("category")
_GROUP_AT = ROW_FIELDS.index("group_id") + 1  # group_name follows group_id in PersonRow
_SHARED_AT = {ROW_FIELDS.index(f) for f in ("name", "gender", "ethnicity", "birth_date", "education", "work_unit",
                                             "address", "group_id", "party_post", "category", "join_date",
                                             "full_member_date", "status", "name_pinyin", "name_initials")}


def attention_text(values: dict[str, Any], today: date | None = None,
                   wait_months: int = development.ACTIVIST_WAIT_MONTHS) -> str:
    """'首次谈话已逾期；…' for the steps that need acting on, or ''."""
    if values.get("category") not in IN_PROGRESS or values.get("status") not in ACTIVE_STATUSES:
        return ""
    steps = development.attention(development.timeline(values, today, wait_months))
    return "；".join(f"{s.label}{development.STATE_LABELS[s.state]}" for s in steps)


def build_rows(records: Iterable[Sequence[Any]], today: date | None = None,
               wait_months: int = development.ACTIVIST_WAIT_MONTHS) -> list[PersonRow]:
    """Rows from (ROW_FIELDS…, STEP_FIELDS…, group name) tuples, values already Python types."""
    n = len(ROW_FIELDS)
    rows = []
    shared: dict[Any, Any] = {}  # one object for each repeated value (类别, 民族, a date …): 100,000 rows stay small
    share = shared.setdefault
    for r in records:
        note = ""
        if r[_CATEGORY_AT] in IN_PROGRESS:
            values = dict(zip(ROW_FIELDS, r[:n], strict=True))
            note = attention_text({**values, **dict(zip(STEP_FIELDS, r[n:-1], strict=True))}, today, wait_months)
        cells = [share(v, v) if i in _SHARED_AT else v for i, v in enumerate(r[:n])]
        rows.append(PersonRow(*cells[:_GROUP_AT], share(r[-1] or "", r[-1] or ""),  # type: ignore[call-arg]
                              *cells[_GROUP_AT:], share(note, note)))
    return rows


def category_counts(rows: list[PersonRow]) -> dict[str, int]:
    """Counts per 人员类别 of the people still on the branch's books."""
    counts = Counter(r.category for r in rows if r.status in ACTIVE_STATUSES)
    return {c: counts.get(c, 0) for c in CATEGORIES}


# --- the first paint, before SQLAlchemy is loaded --------------------------------------------------
CURRENT_BRANCH_SETTING = "branch.current"  # db/settings.py CURRENT_BRANCH (a test keeps them equal)
PASSWORD_SETTING = "security.password"  # db/settings.py PASSWORD_HASH
WAIT_SETTING = "people.activist_wait_months"  # db/settings.py ACTIVIST_WAIT_MONTHS


@dataclass(frozen=True)
class FirstLedger:
    """What the window shows first: the current branch and its roster."""

    branch_id: str
    branch_name: str
    rows: list[PersonRow]


def _date(text: object) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


def read_first_ledger(path: Path, revision: str, today: date | None = None) -> FirstLedger | None:
    """The current branch's roster read from the file, read-only, without SQLAlchemy; None when the file is not
    simply ready (missing, another schema ``revision``, a start-up password, no branch, any error):
    the caller then takes the ordinary way."""
    from dangjian_desktop.db.dialect.sqlite.first_read import read_only

    return read_only(path, lambda con: _read(con, revision, today))


def _read(con: Any, revision: str, today: date | None) -> FirstLedger | None:
    if con.execute("SELECT version_num FROM alembic_version").fetchone() != (revision,):
        return None
    settings = dict(con.execute("SELECT key, value FROM app_setting WHERE key IN (?, ?, ?)",
                                (CURRENT_BRANCH_SETTING, PASSWORD_SETTING, WAIT_SETTING)))
    if settings.get(PASSWORD_SETTING):
        return None
    branches = con.execute("SELECT id, name FROM branch WHERE deleted_at IS NULL ORDER BY name").fetchall()
    if not branches:
        return None
    branch_id, branch_name = next((b for b in branches if b[0] == settings.get(CURRENT_BRANCH_SETTING)), branches[0])
    columns = ", ".join(f"person.{f}" for f in (*ROW_FIELDS, *STEP_FIELDS))
    cursor = con.execute(
        f"SELECT {columns}, party_group.name FROM person LEFT OUTER JOIN party_group "
        "ON party_group.id = person.group_id WHERE person.branch_id = ? AND person.deleted_at IS NULL", (branch_id,))
    fields = (*ROW_FIELDS, *STEP_FIELDS)
    dates = [i for i, f in enumerate(fields) if f in _DATE_FIELDS]
    flags = [fields.index(f) for f in _BOOL_FIELDS]

    def typed(r: tuple[Any, ...]) -> list[Any]:
        out = list(r)
        for i in dates:
            out[i] = _date(out[i])
        for i in flags:
            out[i] = bool(out[i])
        return out

    wait = int(settings.get(WAIT_SETTING) or development.ACTIVIST_WAIT_MONTHS)
    return FirstLedger(branch_id, branch_name, build_rows((typed(r) for r in cursor), today, wait))
