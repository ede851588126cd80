"""``party-stats`` from the command line: the township or one branch, the figures printed, the workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


@pytest.fixture
def two_branches(db: Database, branch_id: str) -> str:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国"))
        other = branches.create_branch(s, branches.BranchInput(name="中共测试社区党支部", code="XQ02")).id
        people.save_person(s, other, data=person_input("李秀英", male=False, category="预备党员", join=date(2025, 6, 30)))
    return other


def test_township_workbook_and_summary(db: Database, db_path: Path, two_branches: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "乡镇党内统计.xlsx"
    assert cli.main(["party-stats", "--db", str(db_path), "--year", "2025", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "上年底党员数 1" in printed and "发展党员1" in printed and "本年底党员数 2" in printed
    assert "差额 0" in printed
    ws = load_workbook(out)["两年党员数综合比较"]
    assert [ws.cell(r, 1).value for r in (6, 7, 8)] == ["合计", "中共测试村党支部", "中共测试社区党支部"]
    assert [ws.cell(r, 12).value for r in (6, 7, 8)] == [2, 1, 1]


def test_one_branch_by_code(db_path: Path, two_branches: str, tmp_path: Path) -> None:
    out = tmp_path / "社区.xlsx"
    assert cli.main(["party-stats", "--db", str(db_path), "--year", "2025", "--branch", "XQ02",
                     "--out", str(out)]) == 0
    ws = load_workbook(out)["党员基本情况"]
    assert ws.cell(6, 1).value == "中共测试社区党支部" and ws.cell(7, 1).value is None
    assert ws.cell(6, 2).value == 1


def test_unknown_branch_is_a_plain_message(db_path: Path, two_branches: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["party-stats", "--db", str(db_path), "--year", "2025", "--branch", "没有的支部",
                     "--out", str(tmp_path / "x.xlsx")])
    assert code != 0
    err = capsys.readouterr().err
    assert "没有“没有的支部”这个支部" in err and "中共测试社区党支部" in err
    assert not (tmp_path / "x.xlsx").exists()
