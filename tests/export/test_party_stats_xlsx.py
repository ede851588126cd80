"""The 党内统计 workbook reopened: sheets in the official order, merged two-row headers, 栏号, the figures
as numbers, the 差额 list, fonts and the print set-up (landscape A4, one page wide)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from dangjian_desktop.services.township.statistics_export import export_party_stats
from tests.factories import person_input

TODAY = date(2026, 3, 1)


def test_workbook_layout_and_values(db: Database, branch_id: str, tmp_path: Path) -> None:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("张建国"), today=TODAY)
        people.save_person(s, branch_id, data=person_input("李秀英", male=False, category="预备党员",
                                                        join=date(2025, 6, 30), ethnicity="回族"), today=TODAY)
        people.save_person(s, branch_id, data=person_input("王五", status="去世"), today=TODAY)  # no date
    out = tmp_path / "党内统计表.xlsx"
    with db.session_scope() as s:
        export_party_stats(s, year=2026, path=out, as_of=TODAY)

    wb = load_workbook(out)
    assert wb.sheetnames == ["两年党员数综合比较", "党员基本情况", "党员学历情况", "党员入党时间情况"]
    ws = wb["两年党员数综合比较"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A3:A4", "B3:B4", "C3:F3", "G3:K3", "L3:L4", "M3:M4"} <= merged
    def text(r: int, c: int) -> str:  # headers break into two lines where the words allow
        return str(ws.cell(r, c).value).replace("\n", "")

    assert [text(3, c) for c in (1, 2, 3, 7, 12, 13)] == [
        "单位", "上年底党员数", "本年增加党员", "本年减少党员", "本年底党员数", "差额"]
    assert ws.cell(3, 2).value == "上年底\n党员数"
    assert [text(4, c) for c in range(3, 12)] == [
        "合计", "发展党员", "恢复党籍", "转入组织关系", "合计", "出党", "停止党籍", "死亡", "转出组织关系"]
    assert [ws.cell(5, c).value for c in range(1, 14)] == ["甲", *range(1, 13)]
    # 合计 then the branch: 3 on the books at 2025's end, 王五 left without a date → 差额 −1
    assert [ws.cell(6, c).value for c in range(1, 14)] == ["合计", 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, -1]
    assert ws.cell(7, 1).value == "中共测试村党支部"
    assert ws.cell(6, 1).font.b and not ws.cell(7, 1).font.b
    notes = [[c.value for c in row] for row in ws.iter_rows(min_row=9, max_col=4)]
    assert "相差 -1 名" in notes[0][0]
    assert notes[1] == ["支部", "姓名", "差额", "原因"]
    assert notes[2][:3] == ["中共测试村党支部", "王五", "-1"] and "未填状态日期" in notes[2][3]
    assert "D11:M11" in merged
    assert ws.cell(1, 1).font.name == "黑体" and ws.cell(6, 2).font.name == "宋体"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$5"

    basic = wb["党员基本情况"]
    heads = {basic.cell(3, c).value: c for c in range(1, basic.max_column + 1) if basic.cell(3, c).value}
    assert list(heads) == ["单位", "党员总数", "性别", "民族", "党员类别", "年龄"]
    row = [basic.cell(6, c).value for c in range(1, basic.max_column + 1)]
    assert row[:10] == ["合计", 2, 1, 1, 0, 1, 1, 0, 1, 1]  # 男 女 未填 | 汉 少数 未填 | 正式 预备
    assert sum(row[10:]) == 2  # the age bands add up to 党员总数
    edu = wb["党员学历情况"]
    assert edu.cell(3, edu.max_column).value == "其中：大专及以上"
    join = wb["党员入党时间情况"]
    assert join.cell(4, 3).value == "1949年9月\n及以前" and join.cell(4, 9).value == "2012年11月\n及以后"
    assert join.cell(4, 6).value == "1976年11月至\n1978年12月"  # broken at 至, not inside a month
    assert [join.cell(6, c).value for c in (2, 8, 9, 10)] == [2, 1, 1, 0]  # 2005 and 2025 joiners
