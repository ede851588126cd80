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


def _print(tmp_path: Path, **kw: object) -> tuple[int, str]:
    from dangjian_desktop.export.meeting_pdf import MeetingPrint, write_meeting_pdf

    base: dict[str, object] = dict(branch="中共测试村党支部", title="支部党员大会", types="支部党员大会",
                                   date_text="2026年3月2日（星期一）", time_text="09:00—11:00", place="村委会",
                                   host="王建国", recorder="李明")
    items = kw.pop("items", [])
    out = write_meeting_pdf(MeetingPrint(**{**base, **kw}, items=items), tmp_path / "会议记录.pdf")  # type: ignore[arg-type]
    reader = PdfReader(out)
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def test_a_branch_of_3000_prints_with_the_name_lists_split_across_pages(tmp_path: Path) -> None:
    """One 请假 cell taller than a page: the list goes on over rows the table may break between."""
    names = [f"请假{i:04d}号（外出务工）" for i in range(3000)]
    present = [f"出席{i:04d}" for i in range(600)]
    pages, text = _print(tmp_path, leave="、".join(names), present_names="、".join(present),
                         expected="应到 3600 人", present="实到 600 人")
    assert pages > 5
    flat = text.replace("\n", "").replace(" ", "")
    assert "请假0000号" in flat and "请假2999号" in flat and "出席0599" in flat
    assert flat.index("请假2999号") < flat.index("缺席")  # the list ends before the next row


def test_a_long_record_of_speeches_is_laid_out_over_many_pages(tmp_path: Path) -> None:
    from dangjian_desktop.export.meeting_pdf import ItemPrint

    sentences = "".join(f"第{i}位同志发言：同意这个意见，要把工作做实做细。" for i in range(4000))  # one line
    speeches = sentences + "\n\n" + "\n".join(f"补充{i}：没有意见。" for i in range(300))
    pages, text = _print(tmp_path, items=[ItemPrint("讨论年度工作", speeches=speeches, resolution="同意")])
    flat = text.replace("\n", "").replace(" ", "")
    assert pages > 20
    assert "第0位同志发言" in flat and "第3999位同志发言" in flat and "补充299：没有意见" in flat
