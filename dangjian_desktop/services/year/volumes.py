"""The year archive's volumes, one per record kind, built from each kind's own records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from dangjian_desktop.db.models.study import StudyNote
from dangjian_desktop.domain.dates import local_time
from dangjian_desktop.domain.idcard import mask
from dangjian_desktop.export.archive_docx import Block, Item, Volume
from dangjian_desktop.services import branches
from dangjian_desktop.services.dues import export as dues_export
from dangjian_desktop.services.people import records as people

RETENTION = {"roster": "永久", "dues": "定期30年", "meetings": "永久", "cases": "定期10年", "study": "定期10年"}


def _ymd(d: date | None) -> str:
    return d.strftime("%Y%m%d") if d else ""


def cn_date(d: date) -> str:
    """2026年1月3日: no leading zeros."""
    return f"{d.year}年{d.month}月{d.day}日"


def roster_volume(session: Session, branch_id: str, year: int, fonds: str, full_ids: bool, as_of: date) -> Volume:
    rows = people.list_rows(session, branch_id)
    from dangjian_desktop.domain.names import stroke_key
    from dangjian_desktop.domain.people import ACTIVE_STATUSES, CATEGORIES, MEMBER_CATEGORIES

    rows = sorted((r for r in rows if r.status in ACTIVE_STATUSES), key=lambda r: stroke_key(r.name))
    table = [[str(i), r.name, r.gender, r.ethnicity, _ymd(r.birth_date),
              (r.id_number or "") if full_ids else mask(r.id_number or ""), r.education, r.category,
              _ymd(r.join_date), _ymd(r.full_member_date), r.group_name, r.work_unit] for i, r in enumerate(rows, 1)]
    headers = ["序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "人员类别", "入党日期", "转正日期",
               "党小组", "工作单位及职务"]
    item = Item(f"{fonds}党员花名册", _ymd(as_of), fonds, [
        Block("text", roster_summary([r.category for r in rows], as_of, CATEGORIES, MEMBER_CATEGORIES)
              + ("" if full_ids else "公民身份号码按规定只显示前6位和后4位。")),
        Block("table", headers=headers, rows=table)])
    return Volume("01_党员花名册.docx", "党员花名册", fonds, year, RETENTION["roster"], "HMC", [item], landscape=True,
                  subject="党员管理")


def roster_summary(categories: list[str], as_of: date, order: tuple[str, ...], members: tuple[str, ...]) -> str:
    """截至2026年11月29日，在册36人：党员30人（正式党员28人、预备党员2人），入党申请人、积极分子和发展对象6人（…）。"""
    count = {c: categories.count(c) for c in order}

    def parts(kinds: tuple[str, ...]) -> str:
        return "、".join(f"{c}{count[c]}人" for c in kinds if count[c])

    others = tuple(c for c in order if c not in members)
    text = f"截至{cn_date(as_of)}，在册{len(categories)}人：党员{sum(count[c] for c in members)}人"
    if parts(members):
        text += f"（{parts(members)}）"
    n_others = sum(count[c] for c in others)
    if n_others:
        text += f"，入党申请人、入党积极分子和发展对象{n_others}人（{parts(others)}）"
    return text + "。"


def dues_volume(session: Session, branch_id: str, year: int, fonds: str, as_of: date) -> Volume:
    reg = dues_export.register(session, branch_id, year, as_of=as_of)
    report = dues_export.register_report(reg)
    rows = [*report.rows, *([report.totals] if report.totals else [])]
    items = [Item(reg.title, f"{as_of:%Y%m%d}", fonds, [
        Block("caption", reg.subtitle), Block("table", headers=report.headers, rows=rows),
        Block("note", dues_export.REGISTER_LEGEND)])]
    sheet = dues_export.publicity_report(dues_export.publicity(session, branch_id, year, as_of=as_of))
    rows = [*sheet.rows, *([sheet.totals] if sheet.totals else [])]
    items.append(Item(sheet.title, f"{as_of:%Y%m%d}", fonds, [
        Block("caption", sheet.subtitle), Block("table", headers=sheet.headers, rows=rows)]))
    return Volume("02_党费收缴登记表.docx", "党费收缴登记表", fonds, year, RETENTION["dues"], "DF", items,
                  landscape=True, subject="党费收缴")


def meetings_volume(session: Session, branch_id: str, year: int, fonds: str, as_of: date) -> Volume:
    """Every meeting held by ``as_of``; one not yet 定稿 is included, marked 草稿 on its page and in 备注."""
    from dangjian_desktop.services.meetings import printing as meetings_print

    rows = sorted(_year_meetings(session, branch_id, year), key=lambda r: (r.held_on, r.created_at))
    items: list[Item] = []
    held = [r for r in rows if r.held_on <= as_of]
    later = [f"{cn_date(r.held_on)}{r.title}" for r in rows if r.held_on > as_of]
    for r, p in zip(held, meetings_print.meeting_prints(session, [r.id for r in held]), strict=True):
        blocks = [Block("fields", fields=[
            ("会议类型", p.types), ("时间", f"{p.date_text} {p.time_text}"), ("地点", p.place), ("主持人", p.host),
            ("记录人", p.recorder), ("授课人", p.lecturer), ("党小组", p.group), ("应到", p.expected),
            ("实到", p.present), ("出席人员", p.present_names), ("请假", p.leave), ("缺席", p.absent),
            ("迟到", p.late), ("列席人员", p.observers)])]
        for n, it in enumerate(p.items, 1):
            blocks.append(Block("subheading", f"议题{n}：{it.title}" + (f"（{it.candidate}）" if it.candidate else "")))
            blocks.append(Block("fields", fields=[("发言记录", it.speeches), ("表决", it.vote),
                                                  ("表决结果", it.vote_result), ("决议", it.resolution)]))
        blocks.append(Block("fields", fields=[
            ("主持人小结", p.summary), ("散会时间", p.end_time), ("附件", p.attachments), ("录入时间", p.entered),
            ("定稿时间", p.finalized), ("补录", p.late_entry), ("修改记录", "；".join(p.amendments)),
            ("党员践诺评定", "\n".join(p.pledge_reviews))]))
        blocks.append(Block("signature", "主持人（签字）：　　　　　　　　记录人（签字）："))
        draft = r.finalized_at is None
        note = "、".join(mark for mark, on in (("草稿", draft), ("补录", r.late_entry), ("修改", bool(p.amendments)))
                        if on)
        items.append(Item(f"{cn_date(r.held_on)}{p.title}", _ymd(r.held_on), fonds, blocks, note=note, draft=draft))
    volume = Volume("03_三会一课及组织生活记录.docx", "三会一课及组织生活记录", fonds, year, RETENTION["meetings"], "HY",
                    items, subject="三会一课")
    volume.left_out = [f"日期在导出之日（{cn_date(as_of)}）以后的会议{len(later)}次（{'；'.join(later)}），"
                       "尚未召开，未归入本卷。"] if later else []
    return volume


def _year_meetings(session: Session, branch_id: str, year: int) -> list[Any]:
    """The year's meetings as the 会议记录 list gives them (newest first), the columns the volume reads: its
    attendance is read with the printouts."""
    from dangjian_desktop.db.models.meetings import Meeting

    return list(session.execute(select(
        col(Meeting.id), col(Meeting.held_on), col(Meeting.created_at), col(Meeting.title), col(Meeting.finalized_at),
        col(Meeting.late_entry)).where(
        col(Meeting.branch_id) == branch_id, col(Meeting.deleted_at).is_(None),
        col(Meeting.held_on) >= date(year, 1, 1), col(Meeting.held_on) <= date(year, 12, 31))
        .order_by(col(Meeting.held_on).desc(), col(Meeting.start_time).desc())))


def cases_volume(session: Session, branch_id: str, year: int, fonds: str, as_of: date) -> Volume:
    from dangjian_desktop.services.cases import printing as cases_print
    from dangjian_desktop.services.cases import records as cases

    rows = [r for r in cases.list_cases(session, branch_id)
            if r.opened_on.year <= year and (r.closed_on is None or r.closed_on.year >= year) and r.opened_on <= as_of]
    items = []
    rows = sorted(rows, key=lambda r: r.opened_on)
    for r, p in zip(rows, cases_print.case_prints(session, [r.id for r in rows], mask=True), strict=True):
        blocks = [Block("fields", fields=p.head)]
        for card in p.cards:
            blocks.append(Block("subheading", f"{card.title}（{card.date_text}）"))
            blocks.append(Block("fields", fields=card.rows))
        if p.history:
            blocks.append(Block("subheading", "办理过程"))
            blocks.append(Block("text", "\n".join(p.history)))
        if p.closing:
            blocks.append(Block("fields", fields=p.closing))
        items.append(Item(f"{r.person_name}（{r.category}）一人一事记录", _ymd(r.opened_on), fonds, blocks, secrecy="内部"))
    return Volume("04_一人一事思想政治工作记录.docx", "一人一事思想政治工作记录（三卡一法）", fonds, year,
                  RETENTION["cases"], "YRYS", items, marking="内部资料", subject="一人一事")


def study_volume(session: Session, branch_id: str, year: int, fonds: str, as_of: date) -> Volume:
    from dangjian_desktop.services.study import records as study
    from dangjian_desktop.services.study import year as study_year

    sessions = sorted((s for s in study.list_sessions(session, branch_id, year) if s.held_on <= as_of),
                      key=lambda s: s.held_on)
    items = [Item(f"{year}年度集中学习记录", _ymd(as_of), fonds, [Block("table", headers=[
        "序号", "日期", "主题", "形式", "学时", "主持/授课", "参加人数", "录入时间"], rows=[
        [str(i), f"{s.held_on:%Y-%m-%d}", s.topic, s.form, str(s.hours), s.host, str(s.attendees),
         local_time(s.created_at)] for i, s in enumerate(sessions, 1)])])]
    view = study_year.year_view(session, branch_id, year)
    items.append(Item(f"{year}年度党员学习学时统计", _ymd(as_of), fonds, [Block("table", headers=[
        "序号", "姓名", "学时", "学时要求", "笔记/心得", "要求"], rows=[
        [str(i), r.name, str(r.hours), str(r.hours_target), str(r.notes), str(r.notes_target)]
        for i, r in enumerate(view, 1)])]))
    notes = [n for n in study.list_notes(session, branch_id, year) if n.note_date <= as_of]
    texts = _note_texts(session, [n.id for n in notes])
    for n in sorted(notes, key=lambda n: (n.note_date, n.name)):
        note = texts[n.id]
        edited = note.updated_at - note.created_at > timedelta(minutes=1)
        blocks = [Block("fields", fields=[("作者", n.name), ("日期", cn_date(n.note_date)),
                                          ("关联学习", n.session_topic), ("录入时间", local_time(note.created_at)),
                                          ("最后修改", local_time(note.updated_at) if edited else "")]),
                  Block("text", note.content)]
        if note.reflection:
            blocks += [Block("subheading", "心得体会"), Block("text", note.reflection)]
        items.append(Item(f"{n.name}：{n.title}", _ymd(n.note_date), n.name, blocks))
    return Volume("05_学习记录.docx", "学习记录", fonds, year, RETENTION["study"], "JY", items, subject="党员教育")


@dataclass(frozen=True)
class _NoteText:
    content: str
    reflection: str
    created_at: datetime
    updated_at: datetime


def _note_texts(session: Session, note_ids: list[str]) -> dict[str, _NoteText]:
    """The texts and times of these notes, read together (the list itself carries only their heads)."""
    found: dict[str, _NoteText] = {}
    for i in range(0, len(note_ids), 500):
        for row in session.execute(select(col(StudyNote.id), col(StudyNote.content), col(StudyNote.reflection),
                                          col(StudyNote.created_at), col(StudyNote.updated_at))
                                   .where(col(StudyNote.id).in_(note_ids[i:i + 500]))):
            found[row.id] = _NoteText(row.content, row.reflection, row.created_at, row.updated_at)
    return found


def record_counts(volumes: list[Volume]) -> dict[str, int]:
    return {v.title: len(v.items) for v in volumes}


def fonds_name(session: Session, branch_id: str) -> str:
    return branches.get_branch(session, branch_id).name


def duty_volume(session: Session, branch_id: str, year: int, fonds: str, as_of: date) -> Volume:
    from dangjian_desktop.services.duty.volume import duty_volume as build

    return build(session, branch_id, year, fonds, as_of)
