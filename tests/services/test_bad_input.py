"""Bad input across services and exports: emoji, control characters, right-to-left text, 1 MB of text,
SQL metacharacters, Windows-reserved and very long file names. Each is saved and exported, or refused
with a clear Chinese message; nothing crashes and nothing is left half-written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text as sql

from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import audit_view
from dangjian_desktop.services.dues import export as dues_export
from dangjian_desktop.services.dues import payments as dues_payments
from dangjian_desktop.services.dues import standards as dues
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_export, transfers
from tests.factories import person_input

TODAY = date(2026, 3, 15)
TEXTS = {
    "emoji": "张👨‍👩‍👧建国🇨🇳",
    "control": "李\x00明\x07\x1b[31m\x0b\x7f",
    "rtl": "مرحبا\u202eabc\u200f",
    "sql": "O'Brien\"); DROP TABLE person;--",
    "percent": "王%_\\五",
}
MEGABYTE = "党" * 350_000  # over 1 MB in UTF-8


def stored(text: str) -> str:
    """What is kept: everything but NUL (which a PostgreSQL text column cannot hold)."""
    return text.replace("\x00", "")


def name_of(text: str) -> str:
    """Names are stored without white space; documents show the characters XML allows."""
    return "".join(ch for ch in "".join(text.split()) if ord(ch) >= 0x20 and ord(ch) != 0x7f)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "导出"
    folder.mkdir()
    return folder


@pytest.fixture
def odd_people(db: Database, branch_id: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    for key, text in TEXTS.items():
        with db.session_scope() as s:
            pid = people.save_person(s, branch_id, data=person_input(
                text, note=text * 5 + (MEGABYTE if key == "rtl" else ""), work_unit=text, address=text, native_place=text[:20])).id
            dues.set_assessment(s, pid, 2026, dues.AssessmentInput("在职", base_fen=300_000, reason=text))
            dues_payments.record_payment(s, pid, dues_payments.PaymentInput(
                date(2026, 2, 1), [(2026, 1), (2026, 2)], receiver=text[:20], note=text), today=TODAY)
            transfers.add_transfer(s, pid, transfers.TransferInput(
                direction="转入", transfer_date=date(2026, 1, 2), other_unit=text, letter_no=text[:20], note=text,
                update_status=False), today=TODAY)
        ids[key] = pid
    return ids


def test_odd_text_is_stored_exactly_and_found_again(db: Database, branch_id: str,
                                                    odd_people: dict[str, str]) -> None:
    with db.session_scope() as s:
        for key, pid in odd_people.items():
            person = people.get_person(s, pid)
            text = stored(TEXTS[key])
            expected = "".join(text.split())  # names are stored without white space
            assert person.name == expected and person.work_unit == text
            assert person.note.startswith(text) and person.note.endswith(MEGABYTE if key == "rtl" else text)
            assert transfers.list_transfers(s, pid)[0].other_unit == text
        assert {r.id for r in people.list_rows(s, branch_id)} == set(odd_people.values())
        entries = audit_view.person_history(s, odd_people["sql"])
        assert entries and all(len(c.after) < 300 for e in entries for c in e.changes)
    with db.engine.connect() as con:  # the SQL text did nothing to the tables
        assert con.execute(sql("SELECT count(*) FROM person")).scalar() == len(TEXTS)


def test_too_long_names_are_refused_field_by_field(db: Database, branch_id: str) -> None:
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("长" * 5000))
    assert err.value.field_errors == {"name": "姓名过长"}
    with db.session_scope() as s:
        assert people.list_rows(s, branch_id) == []


def test_roster_xlsx_with_odd_text(db: Database, branch_id: str, odd_people: dict[str, str], out_dir: Path) -> None:
    out = out_dir / "花名册.xlsx"
    with db.session_scope() as s:
        assert sheet_export.export_roster(s, branch_id, out, today=TODAY).count == len(TEXTS)
    sheet = load_workbook(out).active
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    for key in ("emoji", "rtl", "sql", "percent"):
        assert "".join(stored(TEXTS[key]).split()) in cells
    assert list(out_dir.iterdir()) == [out]


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".pdf"])
def test_dues_register_with_odd_text(db: Database, branch_id: str, odd_people: dict[str, str], out_dir: Path,
                                     suffix: str) -> None:
    out = out_dir / f"党费登记表{suffix}"
    with db.session_scope() as s:
        dues_export.export_register(s, branch_id, 2026, out, as_of=TODAY)
    if suffix == ".xlsx":
        text = " ".join(str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value)
    elif suffix == ".docx":
        text = " ".join(cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells)
    else:
        text = "".join("".join(page.extract_text() for page in PdfReader(out).pages).split())  # names wrap in cells
    for key in ("sql", "percent"):
        assert name_of(TEXTS[key]) in text
    assert "建国" in text and "明" in text
    assert list(out_dir.iterdir()) == [out]


NAMES = ["CON.xlsx", "NUL.docx", "aux.pdf", "com1.xlsx", "名单 <1>?.xlsx", "x" * 300 + ".xlsx", "长" * 120 + ".pdf"]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_reserved_and_very_long_file_names_are_saved_or_refused_clearly(db: Database, branch_id: str,
                                                                        odd_people: dict[str, str], tmp_path: Path,
                                                                        name: str) -> None:
    folder = tmp_path / "导出"
    folder.mkdir()
    out = folder / name
    try:
        with db.session_scope() as s:
            if name.endswith(".xlsx") and "名单" not in name:
                sheet_export.export_roster(s, branch_id, out, today=TODAY)
            else:
                dues_export.export_register(s, branch_id, 2026, out, as_of=TODAY)
    except UserError as exc:
        assert exc.message.startswith("无法保存") and "\n" not in exc.message
        assert list(folder.iterdir()) == []  # no temporary or partial file left behind
        return
    assert list(folder.iterdir()) == [out] and out.stat().st_size > 0


def test_export_into_a_missing_folder_is_refused(db: Database, branch_id: str, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="保存位置不存在"), db.session_scope() as s:
        sheet_export.export_roster(s, branch_id, tmp_path / "没有" / "花名册.xlsx")


def test_unsupported_export_type_is_refused(db: Database, branch_id: str, out_dir: Path) -> None:
    with pytest.raises(UserError, match="不支持的文件类型"), db.session_scope() as s:
        dues_export.export_register(s, branch_id, 2026, out_dir / "登记表.exe")
    assert list(out_dir.iterdir()) == []
