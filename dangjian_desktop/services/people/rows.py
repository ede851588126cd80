"""The ledger's rows: what the table shows and filters on, built from one flat query.

Kept free of SQLAlchemy so that the window can show the roster before the database layer is loaded:
``read_first_ledger`` reads the same columns from the file through a plain read-only DB-API connection
(db/dialect/sqlite/first_read.py).
``records.list_rows`` builds the same rows through the session.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
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


def iter_rows(records: Iterable[Sequence[Any]], today: date | None = None,
              wait_months: int = development.ACTIVIST_WAIT_MONTHS, *, shared: bool = True) -> Iterator[PersonRow]:
    """Rows from (ROW_FIELDS…, STEP_FIELDS…, group name) tuples, values already Python types, one at a time.
    ``shared``: rows that are kept get one object for each repeated value (类别, 民族, a date …); rows
    taken apart at once into LedgerRows do not need that."""
    n = len(ROW_FIELDS)
    objects: dict[Any, Any] = {}

    def share(value: Any, _same: Any) -> Any:
        return value

    if shared:
        share = objects.setdefault  # type: ignore[assignment]
    for r in records:
        note = ""
        if r[_CATEGORY_AT] in IN_PROGRESS:
            values = dict(zip(ROW_FIELDS, r[:n], strict=True))
            note = attention_text({**values, **dict(zip(STEP_FIELDS, r[n:-1], strict=True))}, today, wait_months)
        cells = [share(v, v) if i in _SHARED_AT else v for i, v in enumerate(r[:n])]
        yield PersonRow(*cells[:_GROUP_AT], share(r[-1] or "", r[-1] or ""),  # type: ignore[call-arg]
                        *cells[_GROUP_AT:], share(note, note))


def build_rows(records: Iterable[Sequence[Any]], today: date | None = None,
               wait_months: int = development.ACTIVIST_WAIT_MONTHS) -> list[PersonRow]:
    """The rows of ``iter_rows`` as a list."""
    return list(iter_rows(records, today, wait_months))


def category_counts(rows: Iterable[PersonRow]) -> dict[str, int]:
    """Counts per 人员类别 of the people still on the branch's books."""
    counts = Counter(r.category for r in rows if r.status in ACTIVE_STATUSES)
    return {c: counts.get(c, 0) for c in CATEGORIES}


# --- the ledger's rows, compact ------------------------------------------------------------------
FIELDS = tuple(PersonRow.__dataclass_fields__)
PACKED = ("id", "name", "id_number", "phone", "name_pinyin")  # one per person: kept as UTF-8 in one buffer
_NONE = b"\x00"  # a packed None (a text never holds NUL)
_WIDER = {"B": "H", "H": "I", "I": "Q"}


class _Packed:
    """Texts one after another in one UTF-8 buffer, with where each ends: 4 bytes a text besides its own."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.ends = array("I")

    def append(self, text: str | None) -> None:
        self.data += _NONE if text is None else text.encode()
        self.ends.append(len(self.data))

    def put(self, i: int, text: str | None) -> None:
        """Text ``i`` replaced by ``text`` (the texts after it move in the buffer)."""
        start, end = self.ends[i - 1] if i else 0, self.ends[i]
        new = _NONE if text is None else text.encode()
        self.data[start:end] = new
        shift = len(new) - (end - start)
        if shift:
            ends = self.ends
            ends[i:] = array("I", [e + shift for e in ends[i:]])

    def __getitem__(self, i: int) -> str | None:
        chunk = self.data[self.ends[i - 1] if i else 0:self.ends[i]]
        return None if chunk == _NONE else chunk.decode()

    def find_all(self, needle: str) -> set[int]:
        """The positions of the texts that contain ``needle``."""
        key, data, ends, found = needle.encode(), self.data, self.ends, set()
        at = data.find(key)
        while at >= 0:
            i = bisect_right(ends, at)
            if at + len(key) <= ends[i]:  # not across two texts
                found.add(i)
                at = data.find(key, ends[i])
            else:
                at = data.find(key, at + 1)
        return found


class _Coded:
    """Values that repeat (类别, 民族, dates, 党小组 …): each kept once, a row holds its number."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.codes = array("B")
        self._index: dict[Any, int] | None = {}

    def append(self, value: Any) -> None:
        index = self._index
        if index is None:  # frozen (the rows read): a row saved later finds its value in the list, in C
            code = None
            with suppress(ValueError):
                code = self.values.index(value)
        else:
            code = index.get(value)
        if code is None:
            code = len(self.values)
            if index is not None:
                index[value] = code
            self.values.append(value)
            if code >= 1 << (8 * self.codes.itemsize):
                self.codes = array(_WIDER[self.codes.typecode], self.codes)
        self.codes.append(code)

    def freeze(self) -> None:
        self._index = None

    def put(self, i: int, value: Any) -> None:
        """Row ``i`` holds ``value`` instead."""
        self.append(value)
        self.codes[i] = self.codes.pop()

    def __getitem__(self, i: int) -> Any:
        return self.values[self.codes[i]]


def _search_texts(r: PersonRow) -> tuple[str, str]:
    """A row's ASCII search texts (lower case, tab-separated) and its other ones (usually the name)."""
    parts = (r.name, r.name_pinyin, r.name_initials, r.id_number or "", r.phone)
    lowered = [p.lower() for p in parts]
    wide = "\t".join(p for p in lowered if not p.isascii())
    mixed = any(c.isascii() for c in wide)  # e.g. a name with Latin letters: searched whole for ASCII too
    return "\t".join(lowered if mixed else (p for p in lowered if p.isascii())), wide


class LedgerRows(Sequence[PersonRow]):
    """The roster as the ledger holds it: columns, not row objects. Texts that are each person's own
    (ID, name, 身份证号, phone, pinyin) are packed in one buffer per column, repeated values (category,
    dates, 党小组 …) are numbered; a ``PersonRow`` is made when one is asked for. The search texts the
    filter scans are kept beside (ASCII ones: pinyin, initials, ID number, phone; other ones, usually the
    name, packed and searched in one pass). 100,000 people take about a quarter of the memory the same
    ``PersonRow`` objects would."""

    def __init__(self, rows: Iterable[PersonRow] = ()) -> None:
        self._columns: dict[str, _Packed | _Coded] = {f: _Packed() if f in PACKED else _Coded() for f in FIELDS}
        self.search: list[str] = []  # per row: the ASCII search texts, lower case, tab-separated
        self.wide = _Packed()  # per row: the other search texts (usually the name), lower case
        self._n = 0
        appenders = [(self._columns[f].append, f) for f in FIELDS]
        for r in rows:
            for append, f in appenders:
                append(getattr(r, f))
            search, wide = _search_texts(r)
            self.search.append(search)
            self.wide.append(wide)
            self._n += 1
        for column in self._columns.values():
            if isinstance(column, _Coded):
                column.freeze()

    def put(self, row: PersonRow) -> int:
        """``row`` in place of the row of the same person, or after the last row when the person is new:
        where it stands."""
        i = self.index_of(row.id)
        if i is None:
            i = self._n
            for f in FIELDS:
                self._columns[f].append(getattr(row, f))
            search, wide = _search_texts(row)
            self.search.append(search)
            self.wide.append(wide)
            self._n += 1
            return i
        for f in FIELDS:
            column = self._columns[f]
            if column[i] != getattr(row, f):
                column.put(i, getattr(row, f))
        search, wide = _search_texts(row)
        self.search[i] = search
        if self.wide[i] != wide:
            self.wide.put(i, wide)
        return i

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return PersonRow(*[c[i] for c in self._columns.values()])  # type: ignore[arg-type]

    def value(self, field: str, i: int) -> Any:
        """One field of row ``i``, without making the row."""
        return self._columns[field][i]

    def column(self, field: str) -> list[Any]:
        """One field of every row, in row order."""
        c = self._columns[field]
        if isinstance(c, _Coded):
            values = c.values
            return [values[k] for k in c.codes]
        return [c[i] for i in range(self._n)]

    def wide_text(self, i: int) -> str:
        """Row ``i``'s non-ASCII search text (as ``find`` searches it)."""
        return self.wide[i] or ""

    def find(self, needle: str) -> set[int]:
        """The rows whose non-ASCII search text (the name, as a rule) contains ``needle``."""
        return self.wide.find_all(needle)

    def index_of(self, person_id: str) -> int | None:
        """The row of ``person_id`` (the IDs are searched in their buffer, not held in a dict)."""
        ids = self._columns["id"]
        assert isinstance(ids, _Packed)
        key, data, ends = person_id.encode(), ids.data, ids.ends
        at = data.find(key)
        while at >= 0:
            i = bisect_right(ends, at)
            if (ends[i - 1] if i else 0) == at and ends[i] == at + len(key):
                return i
            at = data.find(key, at + 1)
        return None


# --- the first paint, before SQLAlchemy is loaded --------------------------------------------------
CURRENT_BRANCH_SETTING = "branch.current"  # db/settings.py CURRENT_BRANCH (a test keeps them equal)
PASSWORD_SETTING = "security.password"  # db/settings.py PASSWORD_HASH
WAIT_SETTING = "people.activist_wait_months"  # db/settings.py ACTIVIST_WAIT_MONTHS


@dataclass(frozen=True)
class FirstLedger:
    """What the window shows first: the current branch and its roster."""

    branch_id: str
    branch_name: str
    rows: LedgerRows


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
    return FirstLedger(branch_id, branch_name, LedgerRows(iter_rows((typed(r) for r in cursor), today, wait, shared=False)))
