"""township-report: the 汇总 of a township database (an imported branch and one kept locally) as .xlsx and .docx."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


def test_township_report_names_every_branch_and_when_it_last_sent_a_package(
        db: Database, db_path: Path, branch_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("王建国"))
    db.dispose()
    package = tmp_path / "测试村.zip"
    assert cli.main(["export-package", "--db", str(db_path), "--out", str(package)]) == 0
    town = tmp_path / "乡镇" / "汇总.sqlite3"
    town.parent.mkdir()
    local = Database.open(town)
    upgrade(local.engine, town)
    with local.session_scope() as s:
        branches.create_branch(s, branches.BranchInput(name="中共测试镇机关党支部", kind="机关"))
    local.dispose()
    assert cli.main(["import-package", "--db", str(town), str(package)]) == 0
    capsys.readouterr()

    year = date.today().year
    xlsx, docx = tmp_path / "汇总.xlsx", tmp_path / "汇总.docx"
    assert cli.main(["township-report", "--db", str(town), "--year", str(year), "--out", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert f"{year}年度汇总" in out and "2个支部" in out
    assert "中共测试村党支部" in out and "中共测试镇机关党支部：" in out and "数据包 本地" in out
    sheet = load_workbook(io.BytesIO(xlsx.read_bytes()))["数据包报送"]
    rows = {sheet.cell(r, 2).value: [sheet.cell(r, c).value for c in range(3, 8)] for r in (4, 5)}
    assert rows["中共测试镇机关党支部"][1] == "本地"
    assert rows["中共测试村党支部"][1] == "数据包" and rows["中共测试村党支部"][2] == f"{date.today():%Y-%m-%d}"

    assert cli.main(["township-report", "--db", str(town), "--year", str(year), "--out", str(docx)]) == 0
    text = "\n".join(c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells)
    assert "中共测试村党支部" in text and "中共测试镇机关党支部" in text

    assert cli.main(["township-report", "--db", str(town), "--year", str(year), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "xlsx" in capsys.readouterr().err
