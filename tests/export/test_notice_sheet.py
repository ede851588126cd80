"""The 公示-style sheets, reopened: A4 portrait, title, table, signer and date, in .docx and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from dangjian_desktop.db import Database
from dangjian_desktop.services.duty import areas, notices, pledges, printing
from dangjian_desktop.services.people import records as people
from tests.factories import person_input

TODAY = date(2026, 11, 29)


def _setup(db: Database, branch_id: str) -> tuple[str, str]:
    with db.session_scope() as s:
        leader = people.save_person(s, branch_id, data=person_input("王建国"), today=TODAY).id
        activist = people.save_person(s, branch_id, data=person_input(
            "孙强", birth=date(1998, 4, 4), category="发展对象", join=None, apply_date=date(2024, 1, 10),
            first_talk_date=date(2024, 1, 20), activist_date=date(2024, 8, 1), candidate_date=date(2025, 9, 1),
            contact_persons="王建国"), today=TODAY).id
        area_id = areas.save_area(s, branch_id, data=areas.AreaInput(name="机修班组", kind="班组")).id
        areas.add_person(s, area_id, "负责人", person_id=leader)
        areas.add_person(s, area_id, "积极分子", person_id=activist)
        areas.save_record(s, area_id, 2026, data=areas.AreaRecordInput(duty=2, content="每周班前安全讲话", done_on=date(2026, 3, 2)))
        pledges.save_pledge(s, branch_id, leader, 2026, "全年无违章操作", date(2026, 2, 1), today=TODAY)
        notice_id = notices.save_notice(s, branch_id, data=notices.NoticeInput(person_id=activist, kind="发展对象", start_on=date(2026, 9, 28), end_on=date(2026, 10, 10)), today=TODAY).id
    return area_id, notice_id


def _pdf_text(path: Path) -> tuple[str, list]:
    reader = PdfReader(str(path))
    return "".join(p.extract_text() for p in reader.pages), reader.pages


def test_area_pledge_and_notice_sheets_as_docx_and_pdf(db: Database, branch_id: str, tmp_path: Path) -> None:
    area_id, notice_id = _setup(db, branch_id)
    with db.session_scope() as s:
        sheets = {"责任区": printing.area_sheet(s, area_id, 2026, today=TODAY),
                  "承诺": printing.pledge_sheet(s, branch_id, 2026, today=TODAY),
                  "公示": printing.notice_of(s, notice_id, today=TODAY)}
    expect = {"责任区": ["党员责任区公示牌（2026年）", "机修班组", "王建国", "培养联系人：王建国", "每周班前安全讲话"],
              "承诺": ["2026年度党员承诺公示", "全年无违章操作"],
              "公示": ["发展对象公示", "孙强", "2026年9月28日至2026年10月10日"]}
    for key, sheet in sheets.items():
        docx = printing.write_sheet(sheet, tmp_path / f"{key}.docx")
        doc = Document(str(docx))
        section = doc.sections[0]
        assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1  # A4 portrait
        text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
            c.text for t in doc.tables for row in t.rows for c in row.cells)
        for words in [*expect[key], "中共测试村党支部"]:
            assert words in text, (key, words)
        pdf = printing.write_sheet(sheet, tmp_path / f"{key}.pdf")
        pdf_text, pages = _pdf_text(pdf)
        assert abs(float(pages[0].mediabox.width) - 595.3) < 1 and abs(float(pages[0].mediabox.height) - 841.9) < 1
        squeezed = pdf_text.replace("\n", "").replace(" ", "")
        for words in [*expect[key], "中共测试村党支部"]:
            assert words in squeezed, (key, words)
