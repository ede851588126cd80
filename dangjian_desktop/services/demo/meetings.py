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

from dangjian_desktop.db.base import utcnow
from dangjian_desktop.db.models.meetings import MeetingAmendment
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
# what members say about an item: {n} the speaker, {t} the item, {m} the month; composed per meeting, so
# no two meetings carry the same speeches
_SAYS = (
    "{n}：{t}我同意，建议先把情况摸清楚再定具体办法。",
    "{n}：我补充一点，{t}要跟群众讲清楚，不能搞一刀切。",
    "{n}：{m}月份农活多，{t}的时间最好错开，免得大家来不了。",
    "{n}：我们组的老党员腿脚不便，{t}的材料我送到家里去。",
    "{n}：建议把{t}的进展在村务公开栏里公布出来。",
    "{n}：{t}上次落实得不错，这次要接着抓，不能松劲。",
    "{n}：我负责联系外出务工的党员，把{t}的内容传达到位。",
    "{n}：我觉得{t}关键是要有人牵头，我愿意带个头。",
    "{n}：没有不同意见，按支部的安排办。",
    "{n}：{t}涉及钱的事要算清楚，账目要公开。",
    "{n}：建议请村里的致富带头人给大家讲讲经验，和{t}结合起来。",
    "{n}：{t}我们组已经讨论过了，大家都支持。",
    "{n}：年轻党员要多承担一些，{t}跑腿的事交给我们。",
    "{n}：我提个建议，{t}完成后要回头看一看效果。",
    "{n}：群众有些顾虑，{t}要多上门解释。",
    "{n}：同意，{t}的分工我这边没问题。",
    "{n}：我家附近有两户困难户，{t}的时候请一并考虑。",
    "{n}：{t}要注意安全，特别是老人和孩子。",
)
_LECTURE_SAYS = (
    "{n}：听了党课很受教育，{t}讲得实在，联系了咱们村的实际。",
    "{n}：我体会最深的是，{t}不是空话，要落到每一件小事上。",
    "{n}：党课讲到的事例让我想起刚入党的时候，{t}要时时记在心里。",
    "{n}：回去要把{t}的内容讲给家里人听。",
    "{n}：{t}讲到了党员的责任，我在村里要带头。",
    "{n}：希望以后多讲这样接地气的党课。",
)
_REASONS = ("外出务工", "身体不适", "家中有事", "在外地就医", "农忙")


def _when(rng: random.Random, day: date, entered_days: int) -> datetime:
    return datetime.combine(day + timedelta(days=entered_days), time(rng.randint(1, 9), rng.randint(0, 59)), UTC)


def _by(t: datetime, today: date) -> datetime:
    """Not later than the demo's today (18:00 Beijing time) nor than now."""
    return min(t, datetime.combine(today, time(10), UTC), utcnow())


def _attend(rng: random.Random, rows: list[AttendanceData], absent_share: float, *present: str
            ) -> list[AttendanceData]:
    """Random leave, absence and lateness; the host, the recorder and the lecturer are always there."""
    for a in rows:
        roll = rng.random()
        if a.name in present:
            continue
        if roll < absent_share * 0.7:
            a.status, a.reason = rules.LEAVE, rng.choice(_REASONS)
        elif roll < absent_share:
            a.status, a.reason = rules.ABSENT, "未请假"
        elif roll < absent_share + 0.04:
            a.status, a.reason = rules.LATE, "迟到约10分钟"
    return rows


class _Speeches:
    """Speeches by members who were there, never the same text twice in the demo."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def __call__(self, speakers: list[str], topic: str, month: int, says: tuple[str, ...] = _SAYS) -> str:
        rng = self.rng
        for _ in range(30):
            who = rng.sample(speakers, min(len(speakers), rng.randint(2, 4))) or speakers[:1]
            lines = rng.sample(says, len(who))
            text = "\n".join(line.format(n=n, t=f"“{topic}”", m=month) for n, line in zip(who, lines, strict=True))
            if text not in self.used:
                break
        else:
            text += f"\n{who[0]}：我再补充一句，{month}月份的落实情况下次会上报告。"
        self.used.add(text)
        return text


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
    speeches = _Speeches(rng)
    saved: list[tuple[date, str, datetime]] = []  # (day, meeting id, entered) in the order held
    month = start
    n = 0
    while month <= today:
        def save(types: list[str], title: str, day: date, items: list[ItemData], *, group_id: str | None = None,
                 absent_share: float = 0.12, entered: int = 1, lecturer: str = "", summary: str = "",
                 says: tuple[str, ...] = _SAYS) -> None:
            if day > today or not types:
                return
            expected = meeting_attendance.expected(session, branch_id, day, types, group_id)
            names = [a.name for a in expected]
            chair = host if host in names else next((g.leader_name for g in groups if g.id == group_id
                                                     and g.leader_name in names), names[0] if names else host)
            writer = recorder if recorder in names and recorder != chair else next(
                (x for x in names if x != chair), chair)
            att = _attend(rng, expected, absent_share, chair, writer, lecturer)
            voters = sum(a.can_vote and a.status in (rules.PRESENT, rules.LATE) for a in att)
            here = [a.name for a in att if a.status in (rules.PRESENT, rules.LATE)]
            for item in items:
                item.speeches = "\n".join(x for x in (item.speeches, speeches(here, item.title, day.month, says)) if x)
                if item.vote_method:  # one abstention on a vote about a person
                    item.votes_for, item.votes_abstain = voters - bool(item.candidate), int(bool(item.candidate))
            hour = rng.choice((9, 14, 15))
            data = MeetingData(types=types, title=title, held_on=day, start_time=f"{hour:02d}:00",
                               end_time=f"{hour + rng.choice((1, 2)):02d}:{rng.choice(('00', '30'))}",
                               place="村党群服务中心会议室", host=chair, recorder=writer, lecturer=lecturer,
                               group_id=group_id, summary=summary or "本次会议议题明确，大家发言积极，会后抓好落实。",
                               attendance=att, items=items)
            when = _by(_when(rng, day, entered), today)
            saved.append((day, meetings.save_meeting(session, branch_id, data, now=when).id, when))

        entered = 1
        if not late_done and n == 4:
            entered, late_done = 12, True  # the 补录
        save([rules.COMMITTEE], f"{month.month}月支委会", month + timedelta(days=2),
             [ItemData(rng.choice(_COMMITTEE_ITEMS), vote_method="举手表决",
                       resolution="同意，由组织委员负责落实。")], entered=entered)
        recent = month > add_months(today, -12)  # earlier years: the 支委会 and the quarterly and yearly meetings
        save([rules.THEME_DAY] if recent else [], f"{month.month}月主题党日：{_THEMES[(month.month - 1) % 12]}", month + timedelta(days=9),
             [ItemData(_THEMES[(month.month - 1) % 12])])
        for g in groups if recent else []:
            save([rules.GROUP], f"{g.name}{month.month}月党小组会", month + timedelta(days=14), group_id=g.id,
                 items=[ItemData("传达支部委员会会议精神")])
        if month.month in (3, 6, 9, 12):
            quarter = (month.month + 2) // 3
            day = month + timedelta(days=19)
            if not failed_done and quarter == 2:
                failed_done = True  # busy season: too few came; the meeting is held again a week later
                save([rules.GENERAL], f"第{quarter}季度支部党员大会", day - timedelta(days=7), absent_share=0.7,
                     items=[ItemData("通报上半年党费收缴情况")],
                     summary="到会人数未超过应到有表决权党员半数，本次会议不作决议，改期召开。")
            items = [ItemData("通报本季度支部工作")]
            save([rules.GENERAL], f"第{quarter}季度支部党员大会", day, items)
            save([rules.LECTURE], f"第{quarter}季度党课：{_LECTURES[quarter - 1]}", day + timedelta(days=1),
                 [ItemData(_LECTURES[quarter - 1], speeches=f"{host}讲授党课，党员结合实际谈体会。")], lecturer=host,
                 says=_LECTURE_SAYS)
        join = probationer.join_date if probationer else None
        if probationer and join and month <= join < add_months(month, 1):
            save([rules.GENERAL], "支部党员大会（接收预备党员）", join, [ItemData(
                f"讨论接收{probationer.name}为预备党员", candidate=probationer.name,
                speeches=f"介绍人介绍了{probationer.name}的基本情况和培养考察情况。", vote_method="举手表决",
                resolution=f"同意接收{probationer.name}为中共预备党员，报上级党委审批。")], absent_share=0.08)
        if month.month == 12:
            save([rules.LIFE], f"{month.year}年度组织生活会", month + timedelta(days=24),
                 [ItemData("对照检查，开展批评和自我批评")])
            save([rules.APPRAISAL], f"{month.year}年度民主评议党员", month + timedelta(days=25),
                 [ItemData("民主评议党员", resolution="评议结果报镇党委。")])
        month = add_months(month, 1)
        n += 1
    _finalize(session, branch_id, saved, today, rng)


_AMENDMENTS = (("place", "村党群服务中心二楼会议室", "更正会议地点：原记录误写为一楼会议室"),
               ("summary", "本次会议议题明确，大家发言积极。会后由组织委员牵头抓好落实，下次会议通报进展。",
                "补充会议小结中的落实责任人"))


def _finalize(session: Session, branch_id: str, saved: list[tuple[date, str, datetime]], today: date,
              rng: random.Random) -> None:
    """定稿 a few days after entry; the latest record stays an honest 草稿; two records are amended after 定稿."""
    from dangjian_desktop.services.demo.stamps import Stamps

    saved.sort(key=lambda x: (x[0], x[2]))  # by day, then by the time entered
    done = saved[:-1]
    for _day, mid, when in done:
        meetings.finalize(session, mid, now=max(when, _by(when + timedelta(days=rng.randint(1, 3),
                                                                           hours=rng.randint(0, 5)), today)))
    old = [x for x in done if (today - x[0]).days > 60]
    stamps = Stamps(today)
    for (_day, mid, when), (field, value, reason) in zip(rng.sample(old, min(2, len(old))), _AMENDMENTS,
                                                         strict=False):
        data = meetings.meeting_data(session, mid)
        setattr(data, field, value)
        meetings.save_meeting(session, branch_id, data, mid, reason=reason)
        amended = when + timedelta(days=rng.randint(10, 40))
        stamps.add(MeetingAmendment, [a.id for a in meetings.amendments(session, mid)], _by(amended, today))
    stamps.apply(session)
