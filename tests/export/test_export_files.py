"""Exports and their files: a full disk gives the message and nothing else, a text longer than an Excel
cell is named in the report, a leading apostrophe survives export → import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.export.people_xlsx import CELL_LIMIT
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_export, sheet_import
from tests.factories import person_input

ROOT = Path(__file__).resolve().parents[2]


def test_export_into_a_full_folder_prints_the_message_and_no_traceback(
        db: Database, db_path: Path, branch_id: str, full_folder: Path) -> None:
    with db.session_scope() as s:
        for n in range(20):
            people.save_person(s, branch_id, data=person_input(f"党员{n}", note=f"第{n}份很长的说明" * 300))
    db.dispose()
    full_folder.mkdir()
    out = full_folder / "花名册.xlsx"
    done = subprocess.run([sys.executable, "-m", "dangjian_desktop", "export-members", "--db", str(db_path),
                           "--out", str(out)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == "错误：磁盘已满，无法保存文件。请清理磁盘空间后重试。"
    assert list(full_folder.iterdir()) == []


def test_text_longer_than_an_excel_cell_is_named_in_the_report(db: Database, db_path: Path, branch_id: str,
                                                               tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国", note="长" * 40000))
        people.save_person(s, branch_id, data=person_input("王芳", note="短"))
    db.dispose()
    out = tmp_path / "花名册.xlsx"
    assert cli.main(["export-members", "--db", str(db_path), "--out", str(out)]) == 0
    report = capsys.readouterr().out
    assert "已导出 2 人" in report and "张建国的“备注”：40,000 字" in report and "32,767" in report
    assert "王芳" not in report
    notes = [c.value for row in openpyxl.load_workbook(out).active.iter_rows(min_row=4) for c in row
             if isinstance(c.value, str) and c.value.startswith("长")]
    assert [len(n) for n in notes] == [CELL_LIMIT]


def test_a_leading_apostrophe_survives_export_and_import(db: Database, branch_id: str, tmp_path: Path) -> None:
    values = person_input("张建国", note="'引号开头的备注", work_unit="'村委会")
    with db.session_scope() as s:
        pid = people.save_person(s, branch_id, data=values).id
    out = tmp_path / "花名册.xlsx"
    with db.session_scope() as s:
        sheet_export.export_roster(s, branch_id, out)
        people.delete_person(s, pid)  # to the 回收站: the file brings the person back
    with db.session_scope() as s:
        preview = sheet_import.preview_file(s, branch_id, out)
        assert not preview.rejected
        sheet_import.commit(s, branch_id, preview)
    with db.session_scope() as s:
        [row] = people.list_rows(s, branch_id)
        copy = people.get_person(s, row.id)
        assert (copy.note, copy.work_unit) == ("'引号开头的备注", "'村委会")
