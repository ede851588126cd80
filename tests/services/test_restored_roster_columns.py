"""停止党籍日期 and 恢复党籍日期 go out in the 花名册 workbook and come back in through the import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_export, sheet_import
from tests.factories import person_input

TODAY = date(2026, 3, 1)


def test_dates_round_trip_through_the_roster_workbook(db: Database, branch_id: str, tmp_path: Path) -> None:
    out = tmp_path / "花名册.xlsx"
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("吴用", suspended_date=date(2024, 6, 1),
                                                        restored_date=date(2025, 7, 1)), today=TODAY)
        sheet_export.export_roster(s, branch_id, out, today=TODAY)
        people.delete_person(s, people.list_rows(s, branch_id, today=TODAY)[0].id)  # frees the ID number
        other = branches.create_branch(s, branches.BranchInput(name="中共另一村党支部")).id
    with db.session_scope() as s:
        preview = sheet_import.preview_file(s, other, out, today=TODAY)
        ids = sheet_import.commit(s, other, preview).ids
        person = people.get_person(s, ids[0])
        assert (person.suspended_date, person.restored_date) == (date(2024, 6, 1), date(2025, 7, 1))
