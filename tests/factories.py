"""Valid test people: ID numbers with correct check digits, consistent birth dates and sex."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from dangjian_desktop.domain.idcard import check_digit
from dangjian_desktop.services.people.records import PersonInput

_seq = itertools.count(1)


def make_id_number(birth: date, male: bool = True, region: str = "620102", seq: int | None = None) -> str:
    n = next(_seq) if seq is None else seq
    order = (n * 2) % 100  # two digits, then the sex digit
    sex_digit = (n % 5) * 2 + (1 if male else 0)
    first17 = f"{region}{birth:%Y%m%d}{order:02d}{sex_digit}"
    return first17 + check_digit(first17)


def person_input(name: str = "张建国", *, birth: date = date(1980, 5, 12), male: bool = True,
                 category: str = "正式党员", join: date | None = date(2005, 7, 1), **extra: Any) -> PersonInput:
    values: dict[str, Any] = {
        "name": name,
        "gender": "男" if male else "女",
        "id_number": make_id_number(birth, male),
        "birth_date": birth,
        "category": category,
        "ethnicity": "汉族",
        "join_date": join,
        "full_member_date": date(join.year + 1, join.month, join.day) if join and category == "正式党员" else None,
        "phone": "13912345678",
    }
    values.update(extra)
    return PersonInput(**values)


def seed_0001(conn: Connection) -> None:
    """One branch with one person, as a database at revision 0001 held them (either database)."""
    conn.execute(text("INSERT INTO branch (id, created_at, updated_at, name, parent_org, kind, note) "
                      "VALUES ('b1', '2025-01-01', '2025-01-01', '老支部', '', '村', '')"))
    conn.execute(text("INSERT INTO person (id, created_at, updated_at, branch_id, name, gender, ethnicity, "
                      "native_place, education, work_unit, phone, address, party_post, category, is_hardship, "
                      "is_veteran, is_retired, status, status_note, note, probation_extension_months, "
                      "contact_persons, introducer1, introducer2, name_pinyin, name_initials) VALUES "
                      "('p1', '2025-01-01', '2025-01-01', 'b1', '老党员', '男', '汉族', '', '', '', '', '', '', "
                      "'正式党员', :no, :no, :no, '正常', '', '', 0, '', '', '', 'laodangyuan', 'ldy')"), {"no": False})
