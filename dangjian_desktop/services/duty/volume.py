"""The year archive's volume of 党员责任区 and 党员承诺: the pledges with their 践诺 assessment, each area's
record of the 四个明确, the 一帮一结对 and the 发展党员 公示 of the year."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from dangjian_desktop.domain import duty as rules
from dangjian_desktop.export.archive_docx import Block, Item, Volume
from dangjian_desktop.services.duty import areas, notices, pairs, pledges

FILE_NAME = "06_党员责任区与党员承诺.docx"
TITLE = "党员责任区与党员承诺"
RETENTION = "定期10年"


def _d(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def duty_volume(session: Session, branch_id: str, year: int, fonds: str, as_of: date) -> Volume:
    """The year's volume as at ``as_of`` (the export day, or the year end when the year is over)."""
    end = f"{min(as_of, date(year, 12, 31)):%Y%m%d}"
    rows = pledges.year_pledges(session, branch_id, year)
    table: list[list[str]] = []
    for m in rows:
        review = m.review
        shown: list[pledges.Pledge | None] = [*m.pledges] or [None]
        for n, p in enumerate(shown):
            table.append([str(len(table) + 1), m.name if n == 0 else "", p.content if p else "（未作承诺）",
                          _d(p.pledged_on) if p else "", (review.text if review else "未评定") if n == 0 else "",
                          _d(review.reviewed_on) if review and n == 0 else ""])
    pledged = sum(1 for m in rows if m.pledges)
    items = [Item(f"{year}年度党员承诺及践诺评定", end, fonds, [
        Block("text", f"{len(rows)} 名党员中 {pledged} 人作出承诺，{sum(1 for m in rows if m.review)} 人已作年终践诺评定。"),
        Block("table", headers=["序号", "姓名", "承诺事项", "承诺日期", "践诺评定", "评定日期"], rows=table,
              widths=[10, 18, 70, 22, 22, 22])])]
    for area in areas.list_areas(session, branch_id):
        record = areas.public_rows(areas.year_record(session, area.id, year))
        blocks = [Block("fields", fields=[
            ("类型", area.kind), ("责任党员", area.leader_names or "（未确定）"),
            ("责任区人员", "、".join(p.who for p in area.with_role(rules.MEMBER))),
            ("培养的入党积极分子", "；".join(f"{p.name}（培养联系人：{p.contact_persons or '未确定'}）"
                                     for p in area.with_role(rules.ACTIVIST))), ("说明", area.note)])]
        blocks.append(Block("table", headers=["责任", "日期", "做了什么", "完成时限", "结果"], rows=[
            [rules.DUTY_SHORT[r.duty], _d(r.when), r.content, _d(r.due_on), r.result] for r in record],
            widths=[24, 22, 66, 22, 30]))
        items.append(Item(f"{area.name}党员责任区{year}年度履责记录", end, fonds, blocks))
    pair_rows = pairs.list_pairs(session, branch_id, year=year)
    if pair_rows:
        items.append(Item(f"{year}年度一帮一结对情况", end, fonds, [Block("table", headers=[
            "序号", "党员", "类型", "结对对象", "结对日期", "结束日期", "走访/帮扶"], rows=[
            [str(i), p.member_name, p.kind, p.partner_name, _d(p.started_on), _d(p.ended_on), str(p.visits)]
            for i, p in enumerate(pair_rows, 1)], widths=[10, 20, 26, 40, 24, 24, 20]),
            Block("text", "走访和帮扶的经过见“一人一事思想政治工作记录”。")]))
    notice_rows = notices.list_notices(session, branch_id, year)
    if notice_rows:
        items.append(Item(f"{year}年度发展党员公示", end, fonds, [Block("table", headers=[
            "序号", "姓名", "公示类型", "公示时间", "工作日", "公示结果", "检查"], rows=[
            [str(i), n.name, n.title, f"{_d(n.start_on)}至{_d(n.end_on)}", str(n.workdays), n.result,
             n.check_text] for i, n in enumerate(notice_rows, 1)],
            widths=[10, 18, 30, 42, 14, 22, 40])]))
    return Volume(FILE_NAME, TITLE, fonds, year, RETENTION, "ZR", items, subject="党员责任区")
