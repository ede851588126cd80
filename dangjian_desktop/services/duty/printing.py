"""The printed sheets: a 党员责任区 (公示 style, for the notice board), the 党员承诺公示 of a year, and the
公示 notice of a 发展对象 or a 预备党员 转正."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop.db.models.duty import DutyNotice
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.errors import NotFoundError
from dangjian_desktop.export import notice_sheet as ns
from dangjian_desktop.services import branches
from dangjian_desktop.services.duty import areas, pledges
from dangjian_desktop.services.duty.common import get_person


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def area_sheet(session: Session, area_id: str, year: int, *, today: date | None = None) -> ns.NoticeSheet:
    """One area: its responsible members, its people, its 积极分子 and 培养联系人, and the 四个明确 with
    what the area's members have done about each this year."""
    today = today or date.today()
    area = areas.get_area(session, area_id)
    branch = branches.get_branch(session, areas._get(session, area_id).branch_id)
    record = areas.public_rows(areas.year_record(session, area_id, year))
    people = area.with_role(rules.MEMBER)
    activists = area.with_role(rules.ACTIVIST)
    rows = [["责任区名称", area.name], ["类型", area.kind], ["责任党员", area.leader_names or "（未确定）"],
            ["责任区人员", "、".join(p.who for p in people) or "—"],
            ["培养的入党积极分子", "；".join(f"{a.name}（培养联系人：{a.contact_persons or '未确定'}）"
                                   for a in activists) or "—"]]
    if area.note:
        rows.append(["说明", area.note])
    duty_rows = []
    for n, text in rules.DUTIES.items():
        done = [r for r in record if r.duty == n]
        lines = [f"{r.when:%m月%d日}　{r.content}" + (f"（{r.result}）" if r.result else "")
                 if r.when else r.content for r in done[:8]]
        if len(done) > 8:
            lines.append(f"另有 {len(done) - 8} 项，见责任区记录")
        duty_rows.append([f"{n}. {text}", "\n".join(lines) or "—"])
    return ns.NoticeSheet(
        title=f"党员责任区公示牌（{year}年）", signer=branch.name, date_text=cn_date(today),
        before=[f"按照党员责任区“四个明确”的要求，现将{area.name}党员责任区的情况公示如下，请群众监督。"],
        headers=["项目", "内容"], rows=rows, widths=[28, 72],
        sections=[("四个明确及履行情况", ["责任", f"{year}年履行情况"], duty_rows, [36, 64])],
        after=["对责任区党员履职情况有意见或建议的，可向党支部反映。"])


def pledge_sheet(session: Session, branch_id: str, year: int, *, today: date | None = None) -> ns.NoticeSheet:
    """The year's 党员承诺公示; with the 践诺 assessment column once any member has one."""
    today = today or date.today()
    branch = branches.get_branch(session, branch_id)
    rows = pledges.year_pledges(session, branch_id, year)
    reviewed = any(r.review for r in rows)
    headers = ["序号", "姓名", "承诺事项", "承诺日期"] + (["践诺评定"] if reviewed else [])
    widths: list[float] = [9.0, 13.0, 48.0, 22.0] + ([14.0] if reviewed else [])
    table = []
    for n, r in enumerate([r for r in rows if r.pledges], 1):
        line = [str(n), r.name, r.pledge_text, f"{min(p.pledged_on for p in r.pledges):%Y-%m-%d}"]
        table.append(line + ([r.review.grade if r.review else ""] if reviewed else []))
    return ns.NoticeSheet(
        title=f"{year}年度党员承诺公示", signer=branch.name, date_text=cn_date(today),
        before=[f"根据党员承诺公开化的要求，现将本支部党员{year}年度承诺事项予以公示，接受党员群众监督。"],
        headers=headers, rows=table, widths=widths,
        after=["如有意见和建议，请向党支部反映。"])


def notice_of(session: Session, notice_id: str, *, today: date | None = None) -> ns.NoticeSheet:
    """The 公示 notice of a 发展对象 (before the 支部大会) or of a 预备党员 (before 转正)."""
    row = session.get(DutyNotice, notice_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("找不到这条公示（可能已被删除）")
    person = get_person(session, row.branch_id, row.person_id)
    branch = branches.get_branch(session, row.branch_id)
    facts = [["姓名", person.name], ["性别", person.gender], ["民族", person.ethnicity],
             ["出生年月", f"{person.birth_date:%Y年%m月}" if person.birth_date else ""],
             ["学历", person.education], ["工作单位及职务", person.work_unit]]
    if row.kind == "发展对象":
        facts += [["申请入党时间", cn_date(person.apply_date) if person.apply_date else ""],
                  ["确定为入党积极分子时间", cn_date(person.activist_date) if person.activist_date else ""],
                  ["确定为发展对象时间", cn_date(person.candidate_date) if person.candidate_date else ""],
                  ["培养联系人", person.contact_persons]]
        what = f"经支部委员会研究，拟将{person.name}同志作为预备党员发展对象，提交支部党员大会讨论。"
    else:
        facts += [["入党时间", cn_date(person.join_date) if person.join_date else ""],
                  ["提出转正申请时间", cn_date(person.full_apply_date) if person.full_apply_date else ""]]
        what = f"{person.name}同志预备期即将期满，本人已提出转正申请，经支部委员会审查，拟提交支部党员大会讨论其转正。"
    return ns.NoticeSheet(
        title=rules.NOTICE_KINDS[row.kind], signer=branch.name, date_text=cn_date(row.start_on),
        before=[what + "现将有关情况公示如下："],
        headers=["项目", "情况"], rows=[f for f in facts if f[1]], widths=[34, 66],
        after=[f"公示时间：{cn_date(row.start_on)}至{cn_date(row.end_on)}。",
               "公示期间，党员和群众可通过来信、来电、来访等方式向党支部反映情况。反映问题要实事求是，"
               "以个人名义反映的请署真实姓名。"])


def write_sheet(sheet: ns.NoticeSheet, path: Path) -> Path:
    return ns.write(sheet, path)
