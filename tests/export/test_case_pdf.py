"""A case printed as PDF, reopened: marked 内部资料, page numbers, every card in order, embedded font, masking."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services.cases import cards as cases_cards
from dangjian_desktop.services.cases import records as cases
from dangjian_desktop.services.cases.printing import export_case_pdf
from dangjian_desktop.services.people import records as people
from tests.factories import person_input
from tests.services.test_cases_service import TODAY, case_input, talk_values, types_by_role


def _case(db: Database, branch_id: str) -> tuple[str, str]:
    by_role = types_by_role(db, branch_id)
    values = person_input("张建国", phone="13912345678")
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=values).id
        case_id = cases.save_case(s, branch_id, data=case_input(person_id=pid, person_name="张建国"), today=TODAY).id
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["thought"].id, {
            "noticed_on": date(2026, 5, 2), "noticed_via": "走访", "description": "情绪低落，电话 13800001111",
            "level": "关注"}), today=TODAY)
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["talk"].id, {**talk_values(), "content": "谈了家里的情况\x0b。"}), today=TODAY)
        cases_cards.save_card(s, case_id, data=cases_cards.CardInput(by_role["help"].id, {"measures": "申请临时救助", "helper": "李明"}, card_date=date(2026, 5, 20)), today=TODAY)
        cases.close_case(s, case_id, result="临时救助已到位", confirmed=True, confirmation="本人签字",
                         closed_on=TODAY, today=TODAY)
    return case_id, values.id_number or ""


def _text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    return "\n".join(p.extract_text() for p in reader.pages).replace(" ", ""), len(reader.pages)


def test_case_pdf_has_every_card_in_order_marked_and_masked(db: Database, branch_id: str, tmp_path: Path) -> None:
    case_id, id_number = _case(db, branch_id)
    path = tmp_path / "三卡一法_张建国.pdf"
    with db.session_scope() as s:
        export_case_pdf(s, case_id, path, today=TODAY)
    text, pages = _text(path)
    assert "内部资料" in text and f"第1页共{pages}页" in text
    assert text.index("1.思想动态卡") < text.index("2.谈心谈话卡") < text.index("3.帮扶解难卡")
    assert "临时救助已到位" in text and "本人签字" in text and "销号" in text
    assert id_number not in text and id_number[:6] + "********" + id_number[-4:] in text
    assert "13912345678" not in text and "139****5678" in text
    assert "13800001111" not in text  # numbers typed into a card are masked too
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        fonts = out.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts), out
        assert "Helvetica" not in out


def test_unmasked_print_and_the_cli(db: Database, db_path: Path, branch_id: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    case_id, id_number = _case(db, branch_id)
    db.dispose()
    out = tmp_path / "case.pdf"
    assert cli.main(["print-case", "--db", str(db_path), "--id", case_id, "--out", str(out), "--no-mask"]) == 0
    text, _pages = _text(out)
    assert id_number in text and "13912345678" in text
    assert cli.main(["cases", "--db", str(db_path)]) == 0
    listing = capsys.readouterr().out
    assert case_id in listing and "张建国" in listing and "共 1 件" in listing
