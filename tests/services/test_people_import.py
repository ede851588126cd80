"""Roster import (preview → commit → undo), export and re-import, and the command line."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import select

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.db.models import ImportBatch, PartyGroup, Person
from dangjian_desktop.db.session import open_database
from dangjian_desktop.domain.idcard import check_digit
from dangjian_desktop.errors import UserError
from dangjian_desktop.services import branches
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.people import sheet_export, sheet_import
from dangjian_desktop.services.people.sheet_import import DUPLICATE, ERROR, OK, WARNING, ImportPreview

SAMPLE = "党员花名册_样例.xlsx"
XLS = Path(__file__).resolve().parents[1] / "data" / "党员名册_97格式.xls"
TODAY = date(2026, 11, 20)
HEADER = ["序号", "姓名", "性别", "民族", "出生年月", "公民身份号码", "学历", "人员类别", "入党时间", "转正时间",
          "联系电话", "所在党小组", "备注"]


def _id(first17: str) -> str:
    return first17 + check_digit(first17)


def make_workbook(path: Path, rows: Sequence[Sequence[object]], *, header: Sequence[str] = HEADER,
                  title: bool = True, merges: Sequence[str] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花名册"
    if title:
        ws.append(["中共测试村党支部党员花名册"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws.append(["填报单位：中共测试村党支部", None, None, None, None, None, None, None, "填报日期：2026年10月"])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def preview(db: Database, branch_id: str, path: Path) -> ImportPreview:
    with db.session_scope() as s:
        return sheet_import.preview_file(s, branch_id, path, today=TODAY)


def commit(db: Database, branch_id: str, result: ImportPreview, skip_bad: bool = False) -> tuple[str, ...]:
    with db.session_scope() as s:
        return sheet_import.commit(s, branch_id, result, skip_bad=skip_bad).ids


def count(db: Database, branch_id: str | None = None) -> int:
    with db.session_scope() as s:
        return people.count_people(s, branch_id)


def by_name(db: Database, branch_id: str) -> dict[str, Person]:
    with db.session_scope() as s:
        found = s.exec(select(Person).where(Person.branch_id == branch_id, Person.deleted_at == None))  # noqa: E711
        return {p.name: p for p in found}


def group_names(db: Database, branch_id: str) -> dict[str, str]:
    with db.session_scope() as s:
        return {g.id: g.name for g in branches.list_groups(s, branch_id)}


def sample_copy(samples_dir: Path, tmp_path: Path, **cells: object) -> Path:
    """The sample workbook with some cells changed (e.g. F8="…")."""
    wb = openpyxl.load_workbook(samples_dir / SAMPLE)
    ws = wb.active
    assert ws is not None
    for ref, value in cells.items():
        ws[ref] = value
    path = tmp_path / "改过的花名册.xlsx"
    wb.save(path)
    return path


# ---------------------------------------------------------------- the sample workbook

def test_sample_previews_cleanly_and_writes_nothing(db: Database, branch_id: str, samples_dir: Path) -> None:
    result = preview(db, branch_id, samples_dir / SAMPLE)
    assert result.header_row == 3
    assert len(result.rows) == 24
    assert [r.status for r in result.rows] == [OK] * 24, result.report_lines()
    assert result.skipped == [(28, "合计行")]
    assert result.new_groups == ["第三党小组"]  # the branch already has 第一 and 第二
    assert result.rows[0].row_no == 4 and result.rows[-1].row_no == 27
    assert count(db) == 0
    assert sorted(group_names(db, branch_id).values()) == ["第一党小组", "第二党小组"]


def test_sample_commit(db: Database, branch_id: str, samples_dir: Path) -> None:
    ids = commit(db, branch_id, preview(db, branch_id, samples_dir / SAMPLE))
    assert len(ids) == 24
    assert count(db, branch_id) == 24
    everyone = by_name(db, branch_id)
    groups = group_names(db, branch_id)
    assert sorted(groups.values()) == ["第一党小组", "第三党小组", "第二党小组"]

    zou = everyone["邹丽娟"]  # 出生年月 "1954.07": the day comes from the ID number
    assert (zou.birth_date, zou.join_date, zou.full_member_date) == (
        date(1954, 7, 21), date(1976, 2, 27), date(1977, 2, 27))
    assert zou.id_number == "62292119540721079X" and zou.note == "" and zou.gender == "男"
    assert groups[zou.group_id or ""] == "第一党小组"
    gao = everyone["高杰"]  # "1970年1月" and "1990年9月28日"
    assert (gao.birth_date, gao.join_date, gao.ethnicity) == (date(1970, 1, 8), date(1990, 9, 28), "东乡族")
    jiang = everyone["蒋洋"]  # "1972-06-15" and "2009/8/12"
    assert (jiang.birth_date, jiang.join_date, jiang.full_member_date) == (
        date(1972, 6, 15), date(2009, 8, 12), date(2010, 8, 12))
    yu = everyone["余超"]  # Excel date cells
    assert (yu.birth_date, yu.join_date, yu.full_member_date) == (
        date(1987, 2, 25), date(2023, 10, 26), date(2024, 10, 26))
    assert everyone["黄磊"].phone == "18127684268"  # "181-2768-4268"
    kong = everyone["孔小红"]  # "620123 197806058955"
    assert kong.id_number == "620123197806058955" and kong.birth_date == date(1978, 6, 5)
    fan = everyone["范宏伟"]
    assert (fan.category, fan.full_member_date, fan.join_date) == ("预备党员", None, date(2025, 12, 21))
    assert groups[fan.group_id or ""] == "第三党小组"
    assert everyone["毛勇"].address == "夏官营镇岘口村4社"
    assert everyone["汪卫东"].education == "研究生"

    with db.session_scope() as s:
        [batch] = s.exec(select(ImportBatch)).all()
        assert (batch.branch_id, batch.file_name, batch.row_count, batch.undone_at) == (
            branch_id, SAMPLE, 24, None)
        assert {p.import_batch_id for p in s.exec(select(Person))} == {batch.id}


def test_bad_check_digit_rejects_the_whole_import(db: Database, branch_id: str, samples_dir: Path,
                                                   tmp_path: Path) -> None:
    path = sample_copy(samples_dir, tmp_path, F8="620102197406069435")  # 黄磊, last digit wrong
    result = preview(db, branch_id, path)
    [bad] = result.rejected
    assert (bad.row_no, bad.name, bad.status) == (8, "黄磊", ERROR)
    assert any("校验位" in m for m in bad.messages)
    assert len(result.importable) == 23
    with pytest.raises(UserError, match="第 8 行"):
        commit(db, branch_id, result)
    assert count(db) == 0
    with db.session_scope() as s:
        assert s.exec(select(ImportBatch)).all() == []
        assert len(branches.list_groups(s, branch_id)) == 2  # 第三党小组 not created either

    ids = commit(db, branch_id, result, skip_bad=True)
    assert len(ids) == 23 and count(db) == 23
    assert "黄磊" not in by_name(db, branch_id)


def test_duplicate_id_within_the_file(db: Database, branch_id: str, tmp_path: Path) -> None:
    a, b = _id("62010219800512001"), _id("62010219850301002")
    path = make_workbook(tmp_path / "重复.xlsx", [
        [1, "张建国", "男", "汉族", "1980.05", a, "高中", "正式党员", "2005.07.01", "2006.07.01", "", "第一党小组"],
        [2, "李秀英", "女", "汉族", "1985.03", b, "大专", "正式党员", "2008.07.01", "2009.07.01", "", "第一党小组"],
        [3, "张建国", "男", "汉族", "1980.05", a, "高中", "正式党员", "2005.07.01", "2006.07.01", "", "第一党小组"],
    ])
    result = preview(db, branch_id, path)
    assert [r.status for r in result.rows] == [DUPLICATE, OK, DUPLICATE]
    assert any("第 4 行" in m for m in result.rows[2].messages)  # rows 4 and 6 name each other
    assert any("第 6 行" in m for m in result.rows[0].messages)
    with pytest.raises(UserError):
        commit(db, branch_id, result)
    assert count(db) == 0
    assert commit(db, branch_id, result, skip_bad=True) and set(by_name(db, branch_id)) == {"李秀英"}


def test_duplicate_against_the_database(db: Database, branch_id: str, samples_dir: Path, tmp_path: Path) -> None:
    commit(db, branch_id, preview(db, branch_id, samples_dir / SAMPLE))
    new = _id("62010219900101003")
    path = make_workbook(tmp_path / "补充.xlsx", [
        [1, "黄磊", "男", "汉族", "1974.06", "620102197406069434", "大专", "正式党员", "2012.02.16", "2013.02.16"],
        [2, "新党员", "男", "汉族", "1990.01", new, "大学", "预备党员", "2026.05.01", "无"],
    ])
    result = preview(db, branch_id, path)
    assert [r.status for r in result.rows] == [DUPLICATE, OK]
    assert result.rows[0].messages[0] == "这个公民身份号码已登记给“黄磊”，不能重复"
    with pytest.raises(UserError):
        commit(db, branch_id, result)
    assert count(db) == 24
    commit(db, branch_id, result, skip_bad=True)
    assert count(db) == 25


def test_undo_last_import(db: Database, branch_id: str, tmp_path: Path) -> None:
    first = make_workbook(tmp_path / "一.xlsx", [
        [1, "张建国", "男", "汉族", "1980.05", _id("62010219800512001"), "高中", "正式党员", "2005.07.01",
         "2006.07.01"],
        [2, "李秀英", "女", "汉族", "1985.03", _id("62010219850301002"), "大专", "正式党员", "2008.07.01",
         "2009.07.01"],
    ])
    second = make_workbook(tmp_path / "二.xlsx", [
        [1, "王强", "男", "汉族", "1990.01", _id("62010219900101003"), "大学", "正式党员", "2015.07.01", "2016.07.01"],
    ])
    first_ids = commit(db, branch_id, preview(db, branch_id, first))
    second_ids = commit(db, branch_id, preview(db, branch_id, second))
    with db.session_scope() as s:
        assert sheet_import.undo_last_import(s, branch_id).ids == second_ids
    assert set(by_name(db, branch_id)) == {"张建国", "李秀英"}
    with db.session_scope() as s:
        batches = {b.file_name: b for b in s.exec(select(ImportBatch))}
        assert batches["二.xlsx"].undone_at is not None and batches["一.xlsx"].undone_at is None
        assert [p.name for p in people.list_deleted(s, branch_id)] == ["王强"]  # in the 回收站
    with db.session_scope() as s:
        assert set(sheet_import.undo_last_import(s, branch_id).ids) == set(first_ids)
    assert count(db) == 0
    with db.session_scope() as s, pytest.raises(UserError, match="没有可以撤销"):
        sheet_import.undo_last_import(s, branch_id)


def test_xls_import(db: Database, branch_id: str) -> None:
    result = preview(db, branch_id, XLS)
    assert result.sheet_name == "花名册" and result.header_row == 3
    assert [(r.name, r.status) for r in result.rows] == [("王秀兰", OK), ("李娜", WARNING), ("赵小军", OK)]
    assert result.skipped == [(7, "合计行")]
    commit(db, branch_id, result)
    everyone = by_name(db, branch_id)
    wang, li, zhao = everyone["王秀兰"], everyone["李娜"], everyone["赵小军"]
    assert (wang.birth_date, wang.join_date, wang.phone) == (date(1965, 3, 12), date(1988, 7, 1), "13912345678")
    assert (li.join_date, li.full_member_date, li.category) == (date(2003, 6, 1), date(2004, 6, 18), "正式党员")
    assert li.phone == "0931-8123456"
    assert (zhao.ethnicity, zhao.education, zhao.category) == ("汉族", "大学", "预备党员")
    groups = group_names(db, branch_id)
    assert groups[li.group_id or ""] == "第一党小组"  # merged cell over two rows
    assert groups[zhao.group_id or ""] == "第二党小组"


def test_messy_workbook(db: Database, branch_id: str, tmp_path: Path) -> None:
    header = ["序 号", "姓\n名", "性 别", "民族", "出生年月\n（年.月）", "公民身份号码（18位）", "籍  贯", "文化\n程度",
              "党员\n类别", "入党时间", "转正\n时间", "工作单位\n及职务", "联系电话/手机", "家庭住址", "党 小 组",
              "党内职务", "备  注", "申请入党时间", "确定积极分子时间", "确定发展对象时间", "照片"]
    x_id = _id("62010219720304101")
    assert x_id.endswith("X")
    rows: list[list[object]] = [
        [1, "刘 德 华", "男", "汉", "1972.03", x_id.lower()[:6] + " " + x_id.lower()[6:], "甘肃榆中", "本科",
         "正式党员", "2001.07", "2002年7月1日", "村委会 主任", "139 1234 5678", "某村一社", "第一党小组", "支部书记", "无",
         None, None, None, None],
        [2, "陈晓燕", "女", "汉族", datetime(1988, 3, 9), _id("62012319880309002"), "甘肃", "大专", "发展对象",
         None, None, "种植户", "0931-5123456", "某村二社", "第四党小组", "", "—", "2020年3月5日", "2020/10/1",
         "2021-11-15", None],
        [3, "马明", "男", "回族", "1995-10-20", _id("62010219951020001"), "", "高中", "入党积极分子", "", "",
         "", "13800001111", "某村三社", None, "", "", "2024.05.04", "2024.12.01", "", None],
        [None] * 21,
        [4, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
         None, None, None],
        ["总计：3人"] + [None] * 20,
        ["注：出生年月按身份证填写。"] * 21,
        ["填表人：张三", None, None, None, None, None, "审核人：李四"],
    ]
    path = tmp_path / "乱的花名册.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["中共某某村党支部党员花名册"])
    ws.merge_cells("A1:U1")
    ws.append(["填报单位（盖章）：某某村党支部", None, None, None, None, None, None, None, None, "填报时间：2026年9月"])
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.merge_cells("O6:O7")  # 陈晓燕 and 马明 share a merged 党小组 cell
    ws.merge_cells("A11:U11")
    wb.save(path)

    result = preview(db, branch_id, path)
    assert result.header_row == 4
    assert result.ignored_columns == ["照片"]
    assert [r.name for r in result.rows] == ["刘德华", "陈晓燕", "马明"]
    assert [r.status for r in result.rows] == [WARNING, OK, OK], result.report_lines()
    assert any("入党时间" in m or "加入党组织日期" in m for m in result.rows[0].messages)
    assert result.skipped == [(10, "合计行"), (11, "说明行"), (12, "说明行")]
    assert result.new_groups == ["第四党小组"]
    commit(db, branch_id, result)
    everyone = by_name(db, branch_id)
    liu, chen, ma = everyone["刘德华"], everyone["陈晓燕"], everyone["马明"]
    assert liu.id_number == x_id.upper() and liu.birth_date == date(1972, 3, 4)
    assert liu.join_date == date(2001, 7, 1) and liu.full_member_date == date(2002, 7, 1)
    assert (liu.ethnicity, liu.education, liu.phone, liu.party_post, liu.note) == (
        "汉族", "大学", "13912345678", "支部书记", "")
    assert (chen.category, chen.apply_date, chen.activist_date, chen.candidate_date) == (
        "发展对象", date(2020, 3, 5), date(2020, 10, 1), date(2021, 11, 15))
    assert (chen.birth_date, chen.native_place, chen.phone) == (date(1988, 3, 9), "甘肃", "0931-5123456")
    groups = group_names(db, branch_id)
    assert groups[chen.group_id or ""] == groups[ma.group_id or ""] == "第四党小组"
    assert ma.category == "入党积极分子" and ma.activist_date == date(2024, 12, 1)


def test_row_errors_are_reported_in_chinese(db: Database, branch_id: str, tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "错.xlsx", [
        [1, "", "男", "汉族", "1980.05", _id("62010219800512001"), "高中", "正式党员", "2005.07.01"],
        [2, "李秀英", "男", "汉族", "1985.04", _id("62010219850301002"), "大专", "正式党员", "2008.07.01"],
        [3, "王强", "男", "汉族", "", "", "大学", "正式党员", "某年"],
        [4, "赵六", "男", "汉族", "", "", "大学", "", ""],
        [5, "孙七", "男", "汉族", "", "", "大学", "正式党员", "2099.01.01", "", "1391234"],
        [6, "周八", "男", "汉族", "", "", "大学", "群众", ""],
    ])
    result = preview(db, branch_id, path)
    assert [r.status for r in result.rows] == [ERROR] * 6
    messages = ["；".join(r.messages) for r in result.rows]
    assert "请填写姓名" in messages[0]
    assert "性别与公民身份号码不一致" in messages[1] and "出生日期与公民身份号码不一致" in messages[1]
    assert "不是可识别的日期" in messages[2]
    assert "人员类别未填写" in messages[3]
    assert "在今天之后" in messages[4] and "手机号码应为11位" in messages[4]
    assert "人员类别“群众”不对" in messages[5]
    assert count(db) == 0


@pytest.mark.parametrize("content", [b"not a workbook", b""])
def test_unreadable_file(db: Database, branch_id: str, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "坏.xlsx"
    path.write_bytes(content)
    with db.session_scope() as s, pytest.raises(UserError):
        sheet_import.preview_file(s, branch_id, path)


def test_workbook_without_roster_header(db: Database, branch_id: str, tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "计划.xlsx", [["一月", "学习"]], header=["月份", "内容"], title=False)
    with db.session_scope() as s, pytest.raises(UserError, match="没有找到花名册的表头"):
        sheet_import.preview_file(s, branch_id, path)


# ---------------------------------------------------------------- export and re-import

ROUND_TRIP_FIELDS = ("name", "gender", "ethnicity", "birth_date", "id_number", "native_place", "education",
                     "category", "join_date", "full_member_date", "work_unit", "phone", "address", "party_post",
                     "note", "apply_date", "activist_date", "candidate_date", "is_hardship", "is_veteran",
                     "is_retired", "status")


def _people_snapshot(db: Database, branch_id: str) -> set[tuple[Any, ...]]:
    groups = group_names(db, branch_id)
    return {(*(getattr(p, f) for f in ROUND_TRIP_FIELDS), groups.get(p.group_id or ""))
            for p in by_name(db, branch_id).values()}


def test_export_and_reimport(db: Database, branch_id: str, samples_dir: Path, tmp_path: Path) -> None:
    commit(db, branch_id, preview(db, branch_id, samples_dir / SAMPLE))
    with db.session_scope() as s:  # flags and dev dates survive too
        zou = next(p for p in s.exec(select(Person)) if p.name == "邹丽娟")
        people.save_person(s, branch_id, data=replace(people.person_input(zou), is_veteran=True, native_place="甘肃榆中",
                                                        apply_date=date(1975, 3, 1), note="=老党员"),
                           person_id=zou.id)
    out = tmp_path / "导出花名册.xlsx"
    with db.session_scope() as s:
        assert sheet_export.export_roster(s, branch_id, out, today=TODAY).count == 24

    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert ws["A1"].value == "中共测试村党支部党员花名册"
    header = [c.value for c in ws[3]]
    assert header[:8] == ["序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "籍贯", "学历"]
    assert "所在党小组" in header and "加入党组织日期" in header
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert len(data) == 24 and [r[0] for r in data] == list(range(1, 25))
    id_col, birth_col = header.index("公民身份号码"), header.index("出生日期")
    row = next(r for r in data if r[1] == "孔小红")
    assert row[id_col] == "620123197806058955" and row[birth_col] == datetime(1978, 6, 5)
    assert ws.cell(row=4, column=id_col + 1).data_type == "s"
    assert ws.freeze_panes == "C4"

    other_db = open_database(tmp_path / "另一个.sqlite3")
    try:
        with other_db.session_scope() as s:
            other_branch = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部")).id
        again = preview(other_db, other_branch, out)
        assert [r.status for r in again.rows] == [OK] * 24, again.report_lines()
        commit(other_db, other_branch, again)
        assert _people_snapshot(other_db, other_branch) == _people_snapshot(db, branch_id)
    finally:
        other_db.dispose()


# ---------------------------------------------------------------- command line

def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import(db: Database, branch_id: str, db_arg: str, samples_dir: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import-members", "--db", db_arg, samples_dir / SAMPLE, "--dry-run")
    assert code == 0 and "第 4 行　邹丽娟　正常" in out and "试运行" in out
    assert count(db) == 0
    code, out, _ = run(capsys, "import-members", "--db", db_arg, samples_dir / SAMPLE)
    assert code == 0 and "已导入 24 人" in out and "第 28 行：合计行，已跳过" in out
    assert count(db) == 24
    code, out, _ = run(capsys, "import-members", "--db", db_arg, samples_dir / SAMPLE)  # all duplicates now
    assert code == 1 and "重复" in out and count(db) == 24


def test_cli_rejects_bad_rows_unless_skip_bad(db: Database, branch_id: str, db_arg: str, samples_dir: Path,
                                              tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample_copy(samples_dir, tmp_path, F8="620102197406069435")
    code, out, _ = run(capsys, "import-members", "--db", db_arg, path)
    assert code == 1
    assert "第 8 行　黄磊　有错误" in out and "没有导入任何人员" in out
    assert count(db) == 0
    code, out, _ = run(capsys, "import-members", "--db", db_arg, path, "--skip-bad")
    assert code == 1 and "已导入 23 人" in out
    assert count(db) == 23


def test_cli_needs_a_branch(db_path: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import-members", "--db", db_path, samples_dir / SAMPLE)
    assert code == 2 and "还没有支部" in err and "demo" in err


def test_cli_branch_choice(db: Database, branch_id: str, db_arg: str, samples_dir: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    with db.session_scope() as s:
        other = branches.create_branch(s, branches.BranchInput(name="中共另一村党支部")).id
    code, _, err = run(capsys, "import-members", "--db", db_arg, samples_dir / SAMPLE)
    assert code == 2 and "--branch" in err
    code, _, err = run(capsys, "import-members", "--db", db_arg, samples_dir / SAMPLE, "--branch", "没有这个支部")
    assert code == 2 and "中共另一村党支部" in err
    code, _, _ = run(capsys, "import-members", "--db", db_arg, samples_dir / SAMPLE, "--branch", "中共另一村党支部")
    assert code == 0
    assert count(db, other) == 24 and count(db, branch_id) == 0


def test_cli_unreadable_file(db: Database, branch_id: str, db_arg: str, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    code, _, err = run(capsys, "import-members", "--db", db_arg, path)
    assert code == 2 and "不是 Excel 工作簿" in err
    assert count(db) == 0


def test_cli_export(db: Database, branch_id: str, db_arg: str, samples_dir: Path, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(samples_dir / SAMPLE, tmp_path / "in.xlsx")
    assert run(capsys, "import-members", "--db", db_arg, tmp_path / "in.xlsx")[0] == 0
    out = tmp_path / "花名册导出.xlsx"
    code, text, _ = run(capsys, "export-members", "--db", db_arg, "--out", out)
    assert code == 0 and "已导出 24 人" in text
    ws = openpyxl.load_workbook(out).active
    assert ws is not None and ws.max_row == 3 + 24
    code, _, err = run(capsys, "export-members", "--db", db_arg, "--out", tmp_path / "没有" / "a.xlsx")
    assert code == 2 and "不存在" in err


def test_groups_created_only_on_commit(db: Database, branch_id: str, samples_dir: Path) -> None:
    result = preview(db, branch_id, samples_dir / SAMPLE)
    with db.session_scope() as s:
        assert s.exec(select(PartyGroup).where(PartyGroup.name == "第三党小组")).first() is None
    commit(db, branch_id, result)
    with db.session_scope() as s:
        assert s.exec(select(PartyGroup).where(PartyGroup.name == "第三党小组")).first() is not None


def test_roster_on_a_later_sheet(db: Database, branch_id: str, tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "多表.xlsx", [
        [1, "张建国", "男", "汉族", "1980.05", _id("62010219800512001"), "高中", "正式党员", "2005.07.01", "2006.07.01"],
    ])
    wb = openpyxl.load_workbook(path)
    notes = wb.create_sheet("填表说明", 0)
    notes.append(["姓名按户口本填写", "性别", "出生年月"])  # header words, but no 姓名 column header
    wb.save(path)
    result = preview(db, branch_id, path)
    assert result.sheet_name == "花名册" and [r.name for r in result.rows] == ["张建国"]


def test_cli_accepts_db_before_the_sub_command(db: Database, branch_id: str, db_arg: str, samples_dir: Path) -> None:
    db.dispose()
    assert main(["--db", db_arg, "import-members", str(samples_dir / "党员花名册_样例.xlsx")]) == 0
    reopened = open_database(db_arg)
    try:
        assert count(reopened) == 24
    finally:
        reopened.dispose()


def test_invalid_id_is_not_reported_as_missing(db: Database, branch_id: str, samples_dir: Path,
                                               tmp_path: Path) -> None:
    commit(db, branch_id, preview(db, branch_id, samples_dir / "党员花名册_样例.xlsx"))
    path = sample_copy(samples_dir, tmp_path, F8="620102197406069435")  # 黄磊 again, last digit wrong
    bad = next(r for r in preview(db, branch_id, path).rows if r.row_no == 8)
    assert any("校验位" in m for m in bad.messages)
    assert not any("未填公民身份号码" in m for m in bad.messages)


def test_a_roster_titled_for_another_branch_is_pointed_out(db: Database, branch_id: str, samples_dir: Path) -> None:
    result = preview(db, branch_id, samples_dir / "党员花名册_样例.xlsx")  # titled 中共金崖镇岘口村党支部
    assert result.other_branch == "中共金崖镇岘口村党支部"
    assert "不同" in result.notices[0]
    assert sheet_import.other_branch_named([["中共测试村党支部党员花名册"]], "中共测试村党支部") == ""
    assert sheet_import.other_branch_named([["党员花名册", None]], "中共测试村党支部") == ""
