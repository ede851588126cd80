"""Every character a PDF is given is printed: 生僻字 of CJK Extension B (𠮷 𪚥) and emoji in a fallback
font, and a character no font has as a visible 〓 with a warning — never an empty slot."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.domain.meetings_data import AttendanceData, MeetingData
from dangjian_desktop.export import pdf_fonts
from dangjian_desktop.export.meeting_pdf import MeetingPrint, write_meeting_pdf
from dangjian_desktop.export.signin_pdf import SignInSheet, write_signin_pdf
from dangjian_desktop.services.meetings import records as meetings

RARE = ["𠮷祥", "王𪚥", "李乐😀"]  # U+20BB7 and U+2A6A5 (Extension B), an emoji
NO_FONT = "\U0010fffd"  # a private-use code point no font draws


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def embedded_fonts(path: Path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture(autouse=True)
def _forget_missing() -> None:
    pdf_fonts.take_missing()


def meeting(present: str) -> MeetingPrint:
    return MeetingPrint(branch="中共测试村党支部", title="三月主题党日", types="主题党日", date_text="2026年3月2日",
                        time_text="09:00—11:00", place="村委会", host="王建国", recorder="李明",
                        expected="应到 4 人", present="实到 4 人", present_names=present)


def test_rare_characters_and_emoji_are_printed_in_a_fallback_font(tmp_path: Path) -> None:
    out = write_meeting_pdf(meeting("、".join(["张建国", *RARE])), tmp_path / "记录.pdf")
    text = pdf_text(out)
    for name in ["张建国", *RARE]:
        assert name in text, f"{name} is missing from the PDF"
    fonts = embedded_fonts(out)
    assert len(fonts.splitlines()) > 3  # the body font and at least one fallback
    assert all(" yes " in row for row in fonts.splitlines()[2:]), fonts  # every font embedded
    assert pdf_fonts.MARKER not in text and pdf_fonts.take_missing() == []


def test_sign_in_sheet_prints_rare_names(tmp_path: Path) -> None:
    sheet = SignInSheet(branch="中共测试村党支部", title="三月主题党日", date_text="2026年3月2日", time_text="09:00",
                        place="村委会", host="王建国", names=RARE, remarks=["", "", ""])
    text = pdf_text(write_signin_pdf(sheet, tmp_path / "签到表.pdf"))
    for name in RARE:
        assert name in text


def test_a_character_no_font_has_is_marked_and_reported(tmp_path: Path) -> None:
    out = write_meeting_pdf(meeting(f"张建国、赵{NO_FONT}"), tmp_path / "记录.pdf")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert f"赵{pdf_fonts.MARKER}" in text.replace(" ", "")
    missing = pdf_fonts.take_missing()
    assert missing == [NO_FONT]
    message = pdf_fonts.missing_message(missing)
    assert "U+10FFFD" in message and pdf_fonts.MARKER in message


def test_markup_uses_the_style_font_where_it_can(tmp_path: Path) -> None:
    body, _bold = pdf_fonts.register_cjk_fonts()
    assert pdf_fonts.markup("张建国 <A&B>\n第二行", body) == "张建国 &lt;A&amp;B&gt;<br/>第二行"
    rare = pdf_fonts.markup("𠮷", body)
    assert rare.startswith('<font face="Fallback') and rare.endswith(">𠮷</font>")
    assert pdf_fonts.markup("❤\ufe0f", body).count("❤") == 1  # a variation selector is no character of its own


def test_print_meeting_on_the_command_line_warns_about_unprintable_characters(
        db: Database, db_path: Path, branch_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.session_scope() as s:
        mid = meetings.save_meeting(s, branch_id, MeetingData(
            types=["主题党日"], title="三月主题党日", held_on=date(2026, 3, 2), host="王建国", recorder="李明",
            attendance=[AttendanceData(name=n) for n in [*RARE, f"赵{NO_FONT}"]])).id
    db.dispose()
    out = tmp_path / "记录.pdf"
    assert cli.main(["print-meeting", "--db", str(db_path), "--id", mid, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "已生成" in captured.out
    assert "U+10FFFD" in captured.err and pdf_fonts.MARKER in captured.err and "Traceback" not in captured.err
    text = pdf_text(out)
    for name in RARE:
        assert name in text


def test_print_preview_names_the_characters_marked(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from dangjian_desktop.ui.dialog_service import DialogService
    from dangjian_desktop.ui.print_preview import PrintPreviewDialog

    out = write_meeting_pdf(meeting(f"张建国、赵{NO_FONT}、𠮷祥"), tmp_path / "记录.pdf")
    dialog = PrintPreviewDialog(out, DialogService(), "记录.pdf")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    info = dialog.findChild(QLabel, "previewInfo")
    assert "U+10FFFD" in info.text() and pdf_fonts.MARKER in info.text() and "20BB7" not in info.text()
