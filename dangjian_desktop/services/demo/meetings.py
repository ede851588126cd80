"""Demo data: a realistic year of meetings for the demo branch.

Monthly 支委会, 主题党日 and 党小组会 (per 党小组); quarterly 支部党员大会 and 党课; a 组织生活会 and
民主评议党员 in the fourth quarter; years before the last twelve months keep the 支委会 and the quarterly and
yearly meetings. One record is entered late (补录), one 支部党员大会 fails its quorum,
and one votes to admit a 预备党员 by name.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import add_months
from dangjian_desktop.domain.meetings_data import AttendanceData, ItemData, MeetingData
from dangjian_desktop.services import branches
from dangjian_desktop.services.meetings import attendance as meeting_attendance
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.people.records import list_rows

_THEMES = ("学习贯彻党的二十大精神", "学习《中国共产党章程》", "学雷锋志愿服务", "清明节缅怀革命先烈",
           "人居环境整治义务劳动", "防汛安全宣传", "庆祝建党节，重温入党誓词", "学习《中国共产党纪律处分条例》",
           "秸秆禁烧宣传", "乡村振兴产业项目观摩", "走访慰问困难党员和老党员", "冬季防火安全检查")  # by month
_COMMITTEE_ITEMS = ("研究本月党费收缴情况", "研究部署本月主题党日活动", "研究村级公益事业项目", "讨论发展党员工作计划",
                    "研究困难群众帮扶措施", "研究人居环境整治工作")
_LECTURES = ("坚定理想信念，做合格党员", "学习党的光辉历史", "乡村振兴战略解读", "新时代党员的责任与担当")
_SPEECH = ("{a}：同意这个安排，建议提前通知外出务工的党员。\n{b}：我负责联系第二组的老党员，按时把材料送到。\n"
           "{c}：没有不同意见。")
_REASONS = ("外出务工", "身体不适", "家中有事", "在外地就医", "农忙")


def _when(rng: random.Random, day: date, entered_days: int) -> datetime:
    return datetime.combine(day + timedelta(days=entered_days), time(rng.randint(1, 9), rng.randint(0, 59)), UTC)


def _attend(rng: random.Random, rows: list[AttendanceData], absent_share: float, host: str) -> list[AttendanceData]:
    """Random leave, absence and lateness; the host chairs the meeting, so is always there."""
    for a in rows:
        roll = rng.random()
        if a.name == host:
            continue
        if roll < absent_share * 0.7:
            a.status, a.reason = rules.LEAVE, rng.choice(_REASONS)
        elif roll < absent_share:
            a.status, a.reason = rules.ABSENT, "未请假"
        elif roll < absent_share + 0.04:
            a.status, a.reason = rules.LATE, "迟到约10分钟"
    return rows


def create_demo_meetings(session: Session, branch_id: str, *, years: int, today: date, rng: random.Random) -> None:
    """Add ``years`` years of meetings to the demo branch (through the services, so it is validated and audited)."""
    committee = branches.committee(session, branch_id)
    host = committee.get("书记", "")
    recorder = committee.get("组织委员") or committee.get("宣传委员") or host
    groups = branches.list_groups(session, branch_id)
    probationer = next((r for r in list_rows(session, branch_id) if r.category == "预备党员" and r.join_date
                        and r.join_date > today - timedelta(days=365 * years)), None)
    start = add_months(date(today.year, today.month, 1), -12 * years + 1)
    late_done = failed_done = False
    month = start
    n = 0
    while month <= today:
        def save(types: list[str], title: str, day: date, items: list[ItemData], *, group_id: str | None = None,
                 absent_share: float = 0.12, entered: int = 1, lecturer: str = "", summary: str = "") -> None:
            if day > today or not types:
                return
            att = _attend(rng, meeting_attendance.expected(session, branch_id, day, types, group_id), absent_share,
                          host)
            voters = sum(a.can_vote and a.status in (rules.PRESENT, rules.LATE) for a in att)
            for item in items:
                if item.vote_method:  # one abstention on a vote about a person
                    item.votes_for, item.votes_abstain = voters - bool(item.candidate), int(bool(item.candidate))
            hour = rng.choice((9, 14, 15))
            data = MeetingData(types=types, title=title, held_on=day, start_time=f"{hour:02d}:00",
                               end_time=f"{hour + rng.choice((1, 2)):02d}:{rng.choice(('00', '30'))}",
                               place="村党群服务中心会议室", host=host, recorder=recorder, lecturer=lecturer,
                               group_id=group_id, summary=summary or "本次会议议题明确，大家发言积极，会后抓好落实。",
                               attendance=att, items=items)
            mid = meetings.save_meeting(session, branch_id, data, now=_when(rng, day, entered)).id
            if (today - day).days > 20:
                meetings.finalize(session, mid, now=_when(rng, day, entered + 1))

        names = [a.name for a in meeting_attendance.expected(session, branch_id, month, [rules.GENERAL])] or [host]
        speech = _SPEECH.format(a=rng.choice(names), b=rng.choice(names), c=rng.choice(names))
        entered = 1
        if not late_done and n == 4:
            entered, late_done = 12, True  # the 补录
        save([rules.COMMITTEE], f"{month.month}月支委会", month + timedelta(days=2),
             [ItemData(rng.choice(_COMMITTEE_ITEMS), speeches=speech, vote_method="举手表决",
                       resolution="同意，由组织委员负责落实。")], entered=entered)
        recent = month > add_months(today, -12)  # earlier years: the 支委会 and the quarterly and yearly meetings
        save([rules.THEME_DAY] if recent else [], f"{month.month}月主题党日：{_THEMES[(month.month - 1) % 12]}", month + timedelta(days=9),
             [ItemData(_THEMES[(month.month - 1) % 12], speeches=speech)])
        for g in groups if recent else []:
            save([rules.GROUP], f"{g.name}{month.month}月党小组会", month + timedelta(days=14), group_id=g.id,
                 items=[ItemData("传达支部委员会会议精神", speeches=speech)])
        if month.month in (3, 6, 9, 12):
            quarter = (month.month + 2) // 3
            day = month + timedelta(days=19)
            if not failed_done and quarter == 2:
                failed_done = True  # busy season: too few came; the meeting is held again a week later
                save([rules.GENERAL], f"第{quarter}季度支部党员大会", day - timedelta(days=7), absent_share=0.7,
                     items=[ItemData("通报上半年党费收缴情况", speeches=speech)],
                     summary="到会人数未超过应到有表决权党员半数，本次会议不作决议，改期召开。")
            items = [ItemData("通报本季度支部工作", speeches=speech)]
            save([rules.GENERAL], f"第{quarter}季度支部党员大会", day, items)
            save([rules.LECTURE], f"第{quarter}季度党课：{_LECTURES[quarter - 1]}", day + timedelta(days=1),
                 [ItemData(_LECTURES[quarter - 1], speeches="书记讲授党课，党员结合实际谈体会。")], lecturer=host)
        join = probationer.join_date if probationer else None
        if probationer and join and month <= join < add_months(month, 1):
            save([rules.GENERAL], "支部党员大会（接收预备党员）", join, [ItemData(
                f"讨论接收{probationer.name}为预备党员", candidate=probationer.name,
                speeches=f"介绍人介绍了{probationer.name}的基本情况和培养考察情况。\n{speech}", vote_method="举手表决",
                resolution=f"同意接收{probationer.name}为中共预备党员，报上级党委审批。")], absent_share=0.08)
        if month.month == 12:
            save([rules.LIFE], f"{month.year}年度组织生活会", month + timedelta(days=24),
                 [ItemData("对照检查，开展批评和自我批评", speeches=speech)])
            save([rules.APPRAISAL], f"{month.year}年度民主评议党员", month + timedelta(days=25),
                 [ItemData("民主评议党员", speeches=speech, resolution="评议结果报镇党委。")])
        month = add_months(month, 1)
        n += 1
