"""Roster workbooks as files: reading .xlsx/.xls into rows, the header vocabulary, writing .xlsx."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from dangjian_desktop.domain.idcard import check_digit
from dangjian_desktop.domain.people_columns import GROUP, field_for_header, find_header, normalize_header
from dangjian_desktop.domain.people_rows import read_row, skip_reason
from dangjian_desktop.errors import UserError
from dangjian_desktop.export import atomic
from dangjian_desktop.export.people_xlsx import Column, read_workbook, write_roster

DATA = Path(__file__).resolve().parents[1] / "data"
XLS = DATA / "党员名册_97格式.xls"
SAMPLE = "党员花名册_样例.xlsx"


# ---------------------------------------------------------------- reading

def test_read_sample_xlsx(samples_dir: Path) -> None:
    [sheet] = read_workbook(samples_dir / SAMPLE)
    assert sheet.name == "党员花名册"
    assert not sheet.hidden
    assert sheet.rows[0][0] == "中共金崖镇岘口村党支部党员花名册"
    assert sheet.rows[0][14] == sheet.rows[0][0]  # merged title filled across
    assert sheet.rows[2][:3] == ["序号", "姓名", "性别"]
    assert sheet.rows[3][0] == 1 and isinstance(sheet.rows[3][0], int)
    assert sheet.rows[3][9] == datetime(1977, 2, 27)  # an Excel date cell
    assert sheet.rows[11][5] == "620123 197806058955"
    assert sheet.rows[-1][:2] == ["合计：", "24人"]


def test_read_xls_converts_dates_numbers_and_merges() -> None:
    sheets = read_workbook(XLS)
    assert [s.name for s in sheets] == ["花名册", "说明"]
    rows = sheets[0].rows
    assert rows[2][1] == "姓名"
    wang = rows[3]
    assert wang[0] == 1 and isinstance(wang[0], int)
    assert wang[8] == datetime(1988, 7, 1)  # date cell → datetime
    assert wang[11] == 13912345678 and isinstance(wang[11], int)  # phone stored as a number
    assert rows[4][13] == "第一党小组"  # 党小组 merged over two rows
    assert rows[4][4] == datetime(1978, 9, 30)
    assert rows[5][9] is None


def test_file_type_is_taken_from_content(tmp_path: Path, samples_dir: Path) -> None:
    renamed = tmp_path / "花名册.xls"  # really an .xlsx
    shutil.copy(samples_dir / SAMPLE, renamed)
    assert read_workbook(renamed)[0].rows[2][1] == "姓名"
    as_xlsx = tmp_path / "旧表.xlsx"  # really an .xls
    shutil.copy(XLS, as_xlsx)
    assert read_workbook(as_xlsx)[0].rows[2][1] == "姓名"


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "是空的"),
    ("序号,姓名\n1,张三\n".encode(), "不是 Excel 工作簿"),
    (b"PK\x03\x04 broken zip", "已损坏"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "已损坏"),
])
def test_unreadable_files_raise_user_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError) as exc:
        read_workbook(path)
    assert expected in exc.value.message


def test_missing_and_locked_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UserError, match="找不到文件"):
        read_workbook(tmp_path / "没有.xlsx")
    locked = tmp_path / "占用.xlsx"
    locked.write_bytes(b"PK\x03\x04")

    def refuse(_self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(UserError, match="独占打开"):
        read_workbook(locked)


# ---------------------------------------------------------------- header vocabulary

@pytest.mark.parametrize(("header", "field"), [
    ("姓 名", "name"), ("姓\n名", "name"), (" 性　别 ", "gender"), ("出生年月", "birth_date"),
    ("出生年月\n（年.月）", "birth_date"), ("出生日期", "birth_date"), ("公民身份号码", "id_number"),
    ("身份证号", "id_number"), ("身份证号码（18位）", "id_number"), ("公民身份号码(必填)*", "id_number"),
    ("文化程度", "education"), ("学历", "education"), ("党员类别", "category"), ("人员类别", "category"),
    ("入党时间", "join_date"), ("入党日期", "join_date"), ("加入党组织日期", "join_date"),
    ("转正时间", "full_member_date"), ("转为正式党员日期", "full_member_date"), ("转正日期", "full_member_date"),
    ("工作单位及职务", "work_unit"), ("工作单位", "work_unit"), ("单位职务", "work_unit"),
    ("联系电话", "phone"), ("手机", "phone"), ("联系电话/手机", "phone"), ("家庭住址", "address"),
    ("现居住地", "address"), ("住址", "address"), ("所在党小组", GROUP), ("党 小 组", GROUP),
    ("党内职务", "party_post"), ("备注", "note"), ("申请入党时间", "apply_date"),
    ("确定积极分子时间", "activist_date"), ("确定发展对象时间", "candidate_date"), ("籍贯", "native_place"),
    ("民族", "ethnicity"), ("序号", "_ignore"), ("照片", None), ("", None), (None, None),
])
def test_header_words(header: str | None, field: str | None) -> None:
    assert field_for_header(header) == field


def test_normalize_header_folds_full_width_and_spaces() -> None:
    assert normalize_header("公民身份号码\n（１８位）") == "公民身份号码(18位)"


def test_header_found_below_title_rows_and_second_header_line() -> None:
    rows: list[list[object]] = [
        ["中共某村党支部党员花名册"] * 6,
        ["填报单位：某村党支部", None, None, None, "填报日期：2026年9月"],
        [],
        ["序号", "姓名", "性别", "公民身份号码", "发展党员情况", "发展党员情况"],
        ["序号", "姓名", "性别", "公民身份号码", "申请入党时间", "确定积极分子时间"],
        [1, "张三", "男", "620102198005120011", "2019.03", "2019.10"],
    ]
    match = find_header(rows)
    assert match is not None
    assert (match.row, match.data_start) == (3, 5)
    assert match.columns == {1: "name", 2: "gender", 3: "id_number", 4: "apply_date", 5: "activist_date"}


def test_no_header_found() -> None:
    assert find_header([["工作计划"], ["一、学习", "二、组织生活"], ["姓名", "电话"]]) is None


# ---------------------------------------------------------------- one row

def _id(first17: str) -> str:
    return first17 + check_digit(first17)


def test_numbers_typed_as_dates() -> None:
    match = find_header([["姓名", "公民身份号码", "出生年月", "入党时间", "人员类别"]])
    assert match is not None
    today = date(2026, 11, 1)
    id_number = _id("62010219850412001")
    row = read_row(["张三", id_number, 1985.04, 2010.03, "正式党员"], match, today)
    assert row.values["birth_date"] == date(1985, 4, 12)  # month from the number, day from the ID
    assert row.values["join_date"] == date(2010, 3, 1)
    assert any("只有年月" in w for w in row.warnings)
    ambiguous = read_row(["张三", id_number, "1985.04", 2010.1, "正式党员"], match, today)
    assert "join_date" in ambiguous.errors  # 2010.1 could be January or October
    october = read_row(["张三", _id("62010219851012001"), 1985.1, "2010.03", "正式党员"], match, today)
    assert october.values["birth_date"] == date(1985, 10, 12)  # the ID number settles January or October
    lost = read_row(["张三", float(id_number[:17]) * 10, "1985.04", "2010.03", "正式党员"], match, today)
    assert "文本" in lost.errors["id_number"]


def test_totals_notes_and_blank_rows_are_recognised() -> None:
    match = find_header([["序号", "姓名", "性别", "出生年月"]])
    assert match is not None
    assert skip_reason([None, None, "  ", None], match) == ""
    assert skip_reason([25, None, None, None], match) == ""  # a pre-numbered empty template row
    assert skip_reason(["合计：", "24人"], match) == "合计行"
    assert skip_reason([None, "总计", None], match) == "合计行"
    assert skip_reason(["共 3 人", None], match) == "合计行"
    assert skip_reason(["注：出生年月按身份证填写"] * 4, match) == "说明行"
    assert skip_reason(["填表人：张三", None, "审核人：李四"], match) == "说明行"
    assert skip_reason(["序号", "姓名", "性别", "出生年月"], match) == "表头行"
    assert skip_reason([1, "张三", "男", "1980.05"], match) is None


# ---------------------------------------------------------------- writing

COLUMNS = [Column("序号", "number"), Column("姓名"), Column("公民身份号码"), Column("入党日期", "date"),
           Column("备注")]


def test_write_roster_layout(tmp_path: Path) -> None:
    out = tmp_path / "导出" / "花名册.xlsx"
    out.parent.mkdir()
    rows: list[list[object]] = [
        [1, "张三", "620102198005120011", date(2005, 7, 1), "=SUM(A1:A3)"],
        [2, "欧阳明月", "62010219800512002X", None, "含\x07控制字符"],
    ]
    write_roster(out, title="中共测试村党支部党员花名册", subtitle="填报单位：中共测试村党支部",
                 columns=COLUMNS, rows=rows, freeze_columns=2)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws is not None
    assert ws["A1"].value == "中共测试村党支部党员花名册"
    assert "A1:E1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[3]] == ["序号", "姓名", "公民身份号码", "入党日期", "备注"]
    assert ws.freeze_panes == "C4"
    id_cell = ws["C4"]
    assert id_cell.value == "620102198005120011" and id_cell.data_type == "s" and id_cell.number_format == "@"
    assert ws["D4"].is_date and ws["D4"].value == datetime(2005, 7, 1) and ws["D4"].number_format == "yyyy-mm-dd"
    assert ws["D5"].value is None
    assert ws["E4"].value == "=SUM(A1:A3)" and ws["E4"].data_type == "s"  # text, not a formula
    assert ws["E5"].value == "含控制字符"
    assert ws["B4"].font.name == "宋体" and ws["A1"].font.name == "宋体" and ws["A1"].font.bold
    assert ws.column_dimensions["C"].width >= 18  # an ID number fits
    assert all(6 <= ws.column_dimensions[c].width <= 40 for c in "ABCDE")
    assert ws.print_title_rows == "$3:$3"
    assert sorted(p.name for p in out.parent.iterdir()) == ["花名册.xlsx"]  # no temporary file left


def test_write_replaces_atomically_and_keeps_old_file_on_failure(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "花名册.xlsx"
    write_roster(out, title="旧", subtitle="", columns=COLUMNS, rows=[])
    before = out.read_bytes()

    def disk_full(_self: object, _name: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(UserError, match="磁盘已满"):
        write_roster(out, title="新", subtitle="", columns=COLUMNS, rows=[[1, "张三", "", None, ""]])
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["花名册.xlsx"]


def test_write_refused_when_target_is_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(UserError, match="正在 Word、Excel 或 WPS 中打开"):
        write_roster(tmp_path / "花名册.xlsx", title="t", subtitle="", columns=COLUMNS, rows=[])
    assert os.listdir(tmp_path) == []


def test_write_to_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="不存在"):
        write_roster(tmp_path / "没有" / "a.xlsx", title="t", subtitle="", columns=COLUMNS, rows=[])


def test_sheet_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "大表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(30):
        ws.append([i, f"人员{i}"])
    wb.save(path)
    assert len(read_workbook(path, max_rows=40)[0].rows) == 30
    with pytest.raises(UserError, match="太大"):
        read_workbook(path, max_rows=20)
