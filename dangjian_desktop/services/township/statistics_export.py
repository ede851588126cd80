"""The 党内统计 workbook: the figures of ``statistics.party_stats`` as the official tables (.xlsx).

Sheets, in the order of the 中共中央组织部 党内统计年报表 (sources in ``domain/party_stats_bands``):
两年党员数综合比较 (with the 差额 and who causes it), 党员基本情况, 党员学历情况, 党员入党时间情况.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.domain import party_stats as ps
from dangjian_desktop.domain import party_stats_bands as bands
from dangjian_desktop.export.party_stats_xlsx import HeaderGroup, Notes, StatsTable, write_party_stats
from dangjian_desktop.services.township.statistics import PartyStats, UnitStats, party_stats

UNIT = HeaderGroup("单位")
UNFILLED_OR_OTHER = "未填\n或其他"  # 民族 and 学历: an empty field, or 其他, which names no band


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def subtitle(stats: PartyStats) -> str:
    end = f"本年底{_day(stats.end)}" if stats.end == date(stats.year, 12, 31) else f"截至{_day(stats.end)}"
    return f"统计单位：{stats.title}　　上年底{_day(stats.start)}，{end}　　单位：名"


def change_table(stats: PartyStats) -> StatsTable:
    def split(label: str) -> str:  # 上年底/党员数, 转入/组织关系: two lines that read as words
        for head in ("上年底", "本年底", "转入", "转出"):
            if label.startswith(head):
                return head + "\n" + label[len(head):]
        return label

    groups = [UNIT, HeaderGroup(split("上年底党员数")),
              HeaderGroup("本年增加党员", tuple(split(k) for k in ("合计", *ps.INCREASES))),
              HeaderGroup("本年减少党员", tuple(split(k) for k in ("合计", *ps.DECREASES))),
              HeaderGroup(split("本年底党员数")), HeaderGroup("差额")]
    rows = []
    for u in stats.rows:
        c = u.change
        rows.append([u.name, c.last_total, c.increase, *(c.counts[k] for k in ps.INCREASES), c.decrease,
                     *(c.counts[k] for k in ps.DECREASES), c.this_total, c.difference])
    gaps = stats.whole.change.gaps
    if stats.whole.change.difference:
        notes_title = (f"差额说明：上年底＋本年增加－本年减少 与本年底相差 {stats.whole.change.difference} 名，"
                       f"原因在以下 {len(gaps)} 人的记录，请核对后重新统计：")
    elif gaps:
        notes_title = f"差额说明：差额为0，但以下 {len(gaps)} 人的记录与花名册不一致，请核对后重新统计："
    else:
        notes_title = "差额说明：上年底党员数＋本年增加－本年减少＝本年底党员数，差额为0。"
    notes: list[tuple[str, ...]] = [(stats.branch_names.get(g.branch_id, ""), g.name, f"{g.difference:+d}", g.reason)
             for g in sorted(gaps, key=lambda g: (stats.branch_names.get(g.branch_id, ""), g.name))]
    return StatsTable("两年党员数综合比较", f"{stats.year}年党员数量变化情况（两年党员数综合比较）",
                      subtitle(stats), groups, rows, notes_title=notes_title,
                      notes_header=("支部", "姓名", "差额", "原因"), notes=notes,
                      bold_first_row=stats.township is not None,
                      more_notes=_moves_notes(stats) + _rolls_notes(stats))


def moves_title(stats: PartyStats) -> str:
    """What the 合计 row leaves out of 转入 and 转出: the moves between the unit's own branches."""
    moves = stats.township.change.moves if stats.township is not None else []
    if not moves:
        return ""
    return (f"乡镇内转接：本年 {len(moves)} 名党员在本单位的支部之间转接，各支部行计入转入、转出，"
            "合计行不计（只计本单位以外的转入、转出），差额不受影响。")


def _moves_notes(stats: PartyStats) -> list[Notes]:
    title = moves_title(stats)
    if not title:
        return []
    assert stats.township is not None
    names = stats.branch_names
    return [Notes(title, ("转出支部", "姓名", "转入支部和日期"), [
        (names.get(m.from_branch, ""), m.name,
         f"{names.get(m.to_branch, '')}（{m.out_date:%Y-%m-%d}转出，{m.in_date:%Y-%m-%d}转入）")
        for m in stats.township.change.moves])]


PENDING_TITLE = ("转出未报：以下党员已由另一个支部记录转入，原支部报来的数据包中仍在册；按转入计入新支部，"
                 "原支部按转入之日转出计算。请原支部报送最新的数据包。")
DOUBLE_TITLE = "两个支部同时在册：以下党员在两个支部的数据包中都在册，记录看不出转到了哪里，两个支部都计入。请核实。"


def _rolls_notes(stats: PartyStats) -> list[Notes]:
    names = stats.branch_names
    out = []
    if stats.pending:
        out.append(Notes(PENDING_TITLE, ("转出支部（未报）", "姓名", "转入支部和日期"), [
            (names.get(p.from_branch, ""), p.name, f"{names.get(p.to_branch, '')}（{p.arrived_on:%Y-%m-%d}转入）")
            for p in stats.pending]))
    if stats.doubles:
        out.append(Notes(DOUBLE_TITLE, ("姓名", "在册的支部"), [
            (d.name, "、".join(names.get(b, "") for b in d.branches)) for d in stats.doubles]))
    return out


def _breakdown_rows(stats: PartyStats, keys: tuple[str, ...], extra: bool = False) -> list[list[object]]:
    rows = []
    for u in stats.rows:
        row: list[object] = [u.name, u.total]
        for k in keys:
            row += u.counts[k]
        if extra:
            row.append(college(u))
        rows.append(row)
    return rows


def college(u: UnitStats) -> int:
    """大专及以上学历 (the 公报's grouping)."""
    return sum(u.counts["education"][: len(bands.COLLEGE_BANDS)])


def _parts(labels: tuple[str, ...], unfilled: str = bands.UNFILLED) -> tuple[str, ...]:
    return tuple(unfilled if b == bands.UNFILLED else b for b in labels)


def _age_header(label: str) -> str:
    """“31至35岁” on two lines as “31至” and “35岁”, “61岁及以上” as “61岁” and “及以上”, “1976年11月至1978年12月”
    as “1976年11月至” and “1978年12月”: narrow columns, broken where the words allow."""
    for mark, after in (("至", True), ("及", False)):
        if mark in label:
            at = label.index(mark) + (1 if after else 0)
            return label[:at] + "\n" + label[at:]
    return label


def basic_table(stats: PartyStats) -> StatsTable:
    groups = [UNIT, HeaderGroup("党员总数"), HeaderGroup("性别", _parts(bands.GENDER_BANDS)),
              HeaderGroup("民族", _parts(bands.ETHNIC_BANDS, UNFILLED_OR_OTHER)),
              HeaderGroup("党员类别", bands.CATEGORY_BANDS), HeaderGroup("年龄", tuple(_age_header(b) for b in _parts(bands.AGE_BANDS)))]
    return StatsTable("党员基本情况", f"{stats.year}年党员基本情况", subtitle(stats) + "　　年龄算至统计截止日",
                      groups, _breakdown_rows(stats, ("gender", "ethnic", "category", "age")),
                      bold_first_row=stats.township is not None)


def education_table(stats: PartyStats) -> StatsTable:
    groups = [UNIT, HeaderGroup("党员总数"), HeaderGroup("学历", _parts(bands.EDUCATION_BANDS, UNFILLED_OR_OTHER)),
              HeaderGroup("其中：大专及以上")]
    return StatsTable("党员学历情况", f"{stats.year}年党员学历情况", subtitle(stats), groups,
                      _breakdown_rows(stats, ("education",), extra=True), bold_first_row=stats.township is not None)


def join_table(stats: PartyStats) -> StatsTable:
    groups = [UNIT, HeaderGroup("党员总数"), HeaderGroup("入党时间", tuple(_age_header(b) for b in _parts(bands.JOIN_BANDS)))]
    return StatsTable("党员入党时间情况", f"{stats.year}年党员入党时间情况", subtitle(stats), groups,
                      _breakdown_rows(stats, ("join",)), bold_first_row=stats.township is not None)


def stats_tables(stats: PartyStats) -> list[StatsTable]:
    return [change_table(stats), basic_table(stats), education_table(stats), join_table(stats)]


def export_party_stats(session: Session, *, year: int, path: Path, branch_id: str | None = None,
                       as_of: date | None = None) -> PartyStats:
    """Compute and write the workbook; returns the figures (for the message after the export)."""
    stats = party_stats(session, year=year, branch_id=branch_id, as_of=as_of)  # branches as the 汇总 lists them
    write_party_stats(path, stats_tables(stats))
    return stats


def summary_lines(stats: PartyStats) -> list[str]:
    """A few lines for the console and the message after the export."""
    w = stats.whole.change
    lines = [f"{stats.title}{stats.year}年党内统计（{subtitle(stats).split('　　')[1]}）",
             f"上年底党员数 {w.last_total}",
             f"本年增加 {w.increase}：{'、'.join(f'{k}{w.counts[k]}' for k in ps.INCREASES)}",
             f"本年减少 {w.decrease}：{'、'.join(f'{k}{w.counts[k]}' for k in ps.DECREASES)}",
             f"本年底党员数 {w.this_total}"]
    if stats.township is not None and w.moves:
        lines.append(f"乡镇内转接 {len(w.moves)}：在本单位的支部之间转接，不计入合计的转入、转出")
        lines += [f"  {m.name}：{stats.branch_names.get(m.from_branch, '')} → {stats.branch_names.get(m.to_branch, '')}"
                  f"（{m.in_date:%Y-%m-%d}）" for m in w.moves]
    names = stats.branch_names
    if stats.pending:
        lines.append(f"转出未报 {len(stats.pending)}：已由另一个支部记录转入，按转入计入新支部，原支部按转入之日转出计算")
        lines += [f"  {p.name}：{names.get(p.from_branch, '')}（未报转出）→ {names.get(p.to_branch, '')}"
                  f"（{p.arrived_on:%Y-%m-%d}转入）" for p in stats.pending]
    if stats.doubles:
        lines.append(f"两个支部同时在册 {len(stats.doubles)}：记录看不出转到了哪里，都计入")
        lines += [f"  {d.name}：{'、'.join(names.get(b, '') for b in d.branches)}" for d in stats.doubles]
    if w.difference or w.gaps:
        lines.append(f"差额 {w.difference}：以下 {len(w.gaps)} 人的记录需要核对" if w.difference else
                     f"差额 0，但以下 {len(w.gaps)} 人的记录与花名册不一致")
        lines += [f"  {stats.branch_names.get(g.branch_id, '')} {g.name}（{g.difference:+d}）：{g.reason}"
                  for g in w.gaps]
    else:
        lines.append("差额 0：上年底＋增加－减少＝本年底")
    return lines
