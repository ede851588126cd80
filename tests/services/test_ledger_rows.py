"""The ledger's compact rows give back every row as it went in, field for field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian_desktop.services.people.rows import LedgerRows, PersonRow

BASE = PersonRow(id="p", name="张建国", gender="男", ethnicity="汉族", birth_date=date(1980, 1, 1),
                 id_number="620102198005120011", education="大专", work_unit="村委会", phone="13912345678",
                 address="某村一社", group_id="g1", group_name="第一党小组", party_post="书记", category="正式党员",
                 join_date=date(2001, 7, 1), full_member_date=None, status="正常", name_pinyin="zhangjianguo",
                 name_initials="zjg", is_hardship=False, is_veteran=True, is_retired=False, attention="")

texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts, st.none() | texts, texts, st.none() | st.dates(), st.booleans()), max_size=40))
def test_rows_round_trip(values: list[tuple[str, str, str | None, str, date | None, bool]]) -> None:
    rows = [replace(BASE, id=f"id{n}-{pid}", name=name, id_number=idn, phone=phone, birth_date=born, is_retired=flag)
            for n, (pid, name, idn, phone, born, flag) in enumerate(values)]
    kept = LedgerRows(rows)
    assert list(kept) == rows and len(kept) == len(rows)
    assert kept.column("name") == [r.name for r in rows]
    for n, r in enumerate(rows):
        assert kept.index_of(r.id) == n
        assert kept.value("id_number", n) == r.id_number
    assert kept.index_of("id") is None  # a prefix of every ID is none of them


def test_many_distinct_values_widen_the_codes() -> None:
    rows = [replace(BASE, id=str(n), birth_date=date(1900, 1, 1).replace(year=1900 + n % 120, day=1 + n % 28),
                    address=f"{n}号") for n in range(70_000)]
    kept = LedgerRows(rows)
    assert kept[-1] == rows[-1] and kept[300] == rows[300] and kept[69_999].address == "69999号"
