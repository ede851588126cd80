"""Printing from the command line: a demo meeting's record and a blank 签到表."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlmodel import select

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.meetings.listing import list_meetings


def _embedded(pdf: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in r for r in rows), fonts


def test_demo_year_of_meetings(db: Database) -> None:
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=date(2026, 11, 21)).id
        rows = list_meetings(s, branch_id)
        admission = [m for m in s.exec(select(Meeting)) if "接收预备党员" in m.title]
    kinds = " ".join(r.types for r in rows)
    assert kinds.count("支部委员会") >= 12 and kinds.count("主题党日") >= 12
    assert kinds.count("支部党员大会") >= 4 and kinds.count("党课") >= 4
    assert "组织生活会" in kinds and "民主评议党员" in kinds
    assert sum(r.late_entry for r in rows) == 1
    failed = [r for r in rows if r.types == "支部党员大会" and r.present * 2 <= r.expected]
    assert len(failed) == 1
    assert admission


def test_print_meeting_and_sign_in_sheet_from_the_command_line(db: Database, db_path: Path, tmp_path: Path,
                                                               capsys: object) -> None:
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=date(2026, 11, 21)).id
        rows = list_meetings(s, branch_id)
    db.dispose()
    admission = next(r for r in rows if "接收预备党员" in r.title)
    out = tmp_path / "记录.pdf"
    assert main(["print-meeting", "--db", str(db_path), "--id", admission.id, "--out", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "接收" in text and "举手表决" in text and "主持人（签字）" in text and "第1页共1页" in text
    _embedded(out)

    group_meeting = next(r for r in rows if r.types == "党小组会")
    sheet = tmp_path / "签到表.pdf"
    assert main(["sign-in-sheet", "--db", str(db_path), "--meeting", group_meeting.id, "--out", str(sheet)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    for header in ("序号", "姓名", "签名", "备注"):
        assert header in text
    lines = [line.strip() for line in text.splitlines()]
    names = [lines[i + 1] for i, line in enumerate(lines[:-1]) if line.isdigit()]
    assert names and names == sorted(names, key=stroke_key)
    assert group_meeting.expected == len(names)
    _embedded(sheet)
    assert main(["print-meeting", "--db", str(db_path), "--id", "nope", "--out", str(out)]) == 2
