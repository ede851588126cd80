"""Demo data: a year of study sessions and notes for the demo branch.

Monthly 集中学习 for everyone, a 支委 专题研讨 each month, the 党课 of the meeting records (same day, topic,
lecturer and those present), and a few 观看/参观/线上 sessions; members attend most of them, so some end
the year short of their 学时. Records are entered on or soon after their day, two notes late (补录). Notes are put
together from many small pieces of a member's own words, so honest notes differ; two are copies:
one is another member's note with edits, one is largely the session's material text.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlmodel import Session

from dangjian_desktop.db.models.study import StudyNote, StudySession
from dangjian_desktop.domain.dates import add_months
from dangjian_desktop.services.demo.stamps import Stamps, entered
from dangjian_desktop.services.study.records import NoteInput, SessionInput, list_sessions, save_note, save_session
from dangjian_desktop.services.study.year import Member, members

TOPICS = (
    ("学习党的二十大精神", "党的二十大报告（单行本）"),
    ("全面推进乡村振兴", "中共中央 国务院关于做好全面推进乡村振兴重点工作的意见"),
    ("学习新修订的《中国共产党纪律处分条例》", "中国共产党纪律处分条例"),
    ("弘扬伟大建党精神", "伟大建党精神学习读本"),
    ("基层党组织建设", "中国共产党支部工作条例（试行）"),
    ("生态文明建设与人居环境整治", "农村人居环境整治提升五年行动方案"),
)
_MATERIAL = (
    "基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。党支部要担负好直接教育党员、"
    "管理党员、监督党员和组织群众、宣传群众、凝聚群众、服务群众的职责，引导广大党员发挥先锋模范作用。"
    "推进乡村振兴，必须把农村基层党组织建设摆在突出位置，选优配强村党组织书记，健全村级组织运行机制，"
    "让党员在产业发展、矛盾调解、移风易俗、人居环境整治等工作中走在前、作表率。"
)
_OPEN = ("今天参加了支部组织的{t}学习，", "{m}月份支部集中学习了{t}，", "这次{t}的学习让我收获很多，",
         "按照支部安排，我认真学习了{t}，", "在支部大会上听了关于{t}的辅导，", "通过这段时间对{t}的学习，",
         "书记领着大家学习了{t}，", "利用农闲时间自学了{t}，")
_CONTEXT = ("我家承包了三十亩地，主要种玉米和洋芋，", "我在村里养了二十多头牛，", "我是村里的网格员，平时走村入户多，",
            "我年纪大了，干不了重活，", "我在镇上开了一家小卖部，", "我在外面打工多年，前年才回到村里，",
            "我是村上的保洁员，每天在村道上转，", "我家里老人身体不好，平时照顾得多，", "我在合作社负责记账，",
            "我跑了十几年运输，认识的人多，", "我是退伍军人，回村后一直在搞种植，", "我在村小学当过代课老师，",
            "我儿子在城里上班，家里就我和老伴，", "我去年刚转为正式党员，", "我种了几亩花椒，收成还不错，")
_THOUGHT = ("感到党员就要在群众中间起带头作用。", "认识到学习不能只停在嘴上，要落到实处。",
            "觉得自己以前对政策了解得太少。", "明白了为什么说基层是基础。", "对村里今后的发展更有信心了。",
            "感觉很多道理和自己的日子是连在一起的。", "体会到干部作风好不好群众心里有杆秤。",
            "想起了刚入党时宣誓的情景。", "觉得纪律是保护党员的，不是捆手脚的。",
            "发现好多事情只要有人带头就能办成。", "认识到环境整治不光是村干部的事。",
            "知道了现在国家对农村的扶持力度很大。", "觉得年轻人回村发展大有可为。",
            "感受到了党和政府对老百姓的关心。", "懂得了团结邻里也是党员的本分。",
            "认识到自己在学习上还有差距。", "明白了讲规矩守纪律要从小事做起。", "觉得做人做事都要讲诚信。")
_ACTION = ("今后我要把门前屋后收拾干净，给邻居做个样子。", "我打算把种植技术教给周围的几户人家。",
           "村里有矛盾纠纷我愿意出面帮着调解。", "我要按时交纳党费，按时参加组织生活。",
           "以后要多读报多看新闻，跟上形势。", "我准备带着两户困难群众一起搞养殖。",
           "遇到不文明的现象我要主动劝一劝。", "我要给孩子们讲讲村里过去的苦日子。",
           "今年我想试种新品种，成了就在全村推广。", "村里的公益活动我要带头参加。",
           "我会把学到的政策给不识字的老人讲清楚。", "我要帮着村里把合作社的账管好。")
_CLOSE = ("我会继续努力。", "以上是我的一点体会。", "请组织上监督。", "争取做一名合格党员。", "今后还要加强学习。")
_REFLECT = ("学习中我最深的感受是，", "回头看这一段，", "写这篇心得时我一直在想，")


def compose_note(rng: random.Random, topic: str, month: int) -> str:
    """An honest note in a member's own words, put together from many small pieces."""
    parts = [rng.choice(_OPEN).format(t=topic, m=month)]
    parts += rng.sample(_CONTEXT, 2) + rng.sample(_THOUGHT, 4) + rng.sample(_ACTION, 3) + [rng.choice(_CLOSE)]
    return "".join(parts)


def _edited_copy(text: str) -> str:
    """Another member's note with the opening reworded, words changed and a line of one's own."""
    body = text.split("，", 1)[1] if "，" in text else text
    for old, new in (("觉得", "感觉"), ("村里", "本村")):
        body = body.replace(old, new, 1)
    return "学习以后有些想法，" + body + "以后一定改进。"


def _attend(rng: random.Random, people: list[Member], share: float) -> list[str]:
    return [m.id for m in people if rng.random() < (share + 0.08 if m.is_leader else share)]


def create_demo_study(session: Session, branch_id: str, *, years: int, today: date, rng: random.Random) -> None:
    """Add a year of study sessions and notes to the demo branch (through the services, so it is validated and audited)."""
    people = members(session, branch_id)
    if len(people) < 3:
        return
    leaders = [m for m in people if m.is_leader] or people[:1]
    secretary = next((m.name for m in people if m.post == "书记"), leaders[0].name)
    start = add_months(date(today.year, today.month, 1), -12)
    notes: list[tuple[str, date, str, str, str, str]] = []  # person, date, title, text, session id, topic
    material_session = ""
    for i in range(12):
        month_start = add_months(start, i + 1)
        if month_start > today:
            break
        topic, material = TOPICS[i % len(TOPICS)]
        held = min(today, month_start + timedelta(days=rng.randint(3, 12)))
        text = _MATERIAL if i % len(TOPICS) == 4 else ""
        sid = save_session(session, branch_id, SessionInput(
            held_on=held, topic=topic, form="集中学习", hours=rng.choice((3, 4)), host=secretary, location="村党员活动室",
            materials=material, material_text=text, attendees=_attend(rng, people, 0.82)), today=today).id
        if text and not material_session:
            material_session = sid
        for m in people:
            for _n in range(0 if rng.random() < 0.1 else 2 if rng.random() < 0.3 else 1):
                when = min(today, held + timedelta(days=rng.randint(0, 6)))
                notes.append((m.id, when, f"{topic.removeprefix('学习')}学习笔记", compose_note(rng, topic, held.month), sid, topic))
        special = held + timedelta(days=rng.randint(8, 15))
        if special <= today:
            save_session(session, branch_id, SessionInput(
                held_on=special, topic=f"支委会专题研讨：{topic}", form="专题研讨", hours=2, host=secretary,
                materials=material, attendees=_attend(rng, leaders, 0.9)), today=today)
        extra = {3: ("参观", "参观县革命纪念馆", 8), 6: ("观看", "观看警示教育片", 2), 9: ("线上", "线上学习专题讲座", 2)}
        if i in extra and special + timedelta(days=10) <= today:
            form, title, hours = extra[i]
            save_session(session, branch_id, SessionInput(
                held_on=special + timedelta(days=10), topic=title, form=form, hours=hours, host=secretary,
                attendees=_attend(rng, people, 0.7)), today=today)
    _lectures(session, branch_id, start, today, people)
    stamps = Stamps(today)
    for s in list_sessions(session, branch_id):
        stamps.add(StudySession, s.id, entered(rng, s.held_on, rng.randint(0, 2)))
    late = set(rng.sample(range(len(notes)), min(2, len(notes))))  # two notes entered weeks later: 补录
    for k, (person_id, when, title, text, sid, _topic) in enumerate(sorted(notes, key=lambda n: n[1])):
        reflection = rng.choice(_REFLECT) + rng.choice(_THOUGHT) if rng.random() < 0.4 else ""
        note_id = save_note(session, branch_id, NoteInput(person_id, when, title, text, reflection, sid), today=today).id
        stamps.add(StudyNote, note_id, entered(rng, when, rng.randint(15, 30) if k in late else rng.randint(0, 2)))
    stamps.apply(session)
    _copied_notes(session, branch_id, people, notes, material_session, today, rng)


def _lectures(session: Session, branch_id: str, start: date, today: date, people: list[Member]) -> None:
    """The 党课 of the meeting records as study sessions: the same day, topic and lecturer, those present."""
    from dangjian_desktop.domain import meetings as mr
    from dangjian_desktop.services.meetings import attendance, records
    from dangjian_desktop.services.meetings.listing import list_meetings

    known = {m.id for m in people}
    for row in list_meetings(session, branch_id, kind=mr.LECTURE):
        if not start <= row.held_on <= today:
            continue
        meeting = records.get_meeting(session, row.id)
        here = [a.person_id for a in attendance.saved(session, row.id)
                if a.status in (mr.PRESENT, mr.LATE) and a.person_id in known]
        topic = meeting.title.split("：", 1)[-1]
        save_session(session, branch_id, SessionInput(
            held_on=row.held_on, topic=f"党课：{topic}", form="党课", hours=2, host=meeting.lecturer or meeting.host,
            location=meeting.place, attendees=[pid for pid in here if pid]), today=today)


def _copied_notes(session: Session, branch_id: str, people: list[Member],
                  notes: list[tuple[str, date, str, str, str, str]], material_session: str, today: date,
                  rng: random.Random) -> None:
    """One note copied from another member's note with edits, one largely the session's material."""
    if not notes:
        return
    person_id, when, title, text, sid, _topic = notes[len(notes) // 2]
    copier = rng.choice([m for m in people if m.id != person_id])
    stamps = Stamps(today)
    copied_on = min(today, when + timedelta(days=3))
    stamps.add(StudyNote, save_note(session, branch_id, NoteInput(copier.id, copied_on, title, _edited_copy(text), "",
                                                                  sid), today=today).id, entered(rng, copied_on))
    if material_session:
        taker = rng.choice([m for m in people if m.id not in (person_id, copier.id)])
        material_when = next(n[1] for n in notes if n[4] == material_session)
        body = _MATERIAL[:_MATERIAL.index("推进乡村振兴")].replace("党支部要", "我们党支部要") + "我要好好学习。"
        stamps.add(StudyNote, save_note(session, branch_id, NoteInput(
            taker.id, material_when, "基层党组织建设学习笔记", body, "", material_session), today=today).id,
            entered(rng, material_when, 1))
    stamps.apply(session)
