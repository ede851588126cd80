"""A meeting as the editor holds it (plain data), its attendance counts and the checks shown while editing."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from dangjian_desktop.domain import meetings as rules
from dangjian_desktop.domain.dates import fmt


@dataclass
class AttendanceData:
    name: str
    person_id: str | None = None
    category: str = "正式党员"
    can_vote: bool = True
    status: str = rules.PRESENT
    reason: str = ""
    written_opinion: bool = False
    id: str | None = None


@dataclass
class ItemData:
    title: str
    candidate: str = ""
    speeches: str = ""
    vote_method: str = ""
    is_election: bool = False
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    written_for: int = 0
    resolution: str = ""
    id: str | None = None


@dataclass
class MeetingData:
    types: list[str]
    title: str
    held_on: date | None
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    host: str = ""
    recorder: str = ""
    lecturer: str = ""
    group_id: str | None = None
    observers: str = ""
    summary: str = ""
    note: str = ""
    attendance: list[AttendanceData] = field(default_factory=list)
    items: list[ItemData] = field(default_factory=list)

    def to_json(self) -> str:
        d = asdict(self)
        d["held_on"] = fmt(self.held_on) or None
        return json.dumps(d, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> MeetingData:
        d: dict[str, Any] = json.loads(text)
        known = {f.name for f in fields(cls)}
        d = {k: v for k, v in d.items() if k in known}
        d["held_on"] = date.fromisoformat(d["held_on"]) if d.get("held_on") else None
        d["attendance"] = [AttendanceData(**_known(AttendanceData, a)) for a in d.get("attendance", [])]
        d["items"] = [ItemData(**_known(ItemData, i)) for i in d.get("items", [])]
        return cls(**{"types": [], "title": "", "held_on": None, **d})


def _known(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in values.items() if k in names}


@dataclass(frozen=True)
class Counts:
    expected: int  # 应到
    present: int  # 实到 (出席 + 迟到)
    late: int
    leave: int
    absent: int
    voters: int  # 有表决权的应到
    voters_present: int
    written: int  # absent voters with a written opinion

    def text(self) -> str:
        s = f"应到 {self.expected} 人，实到 {self.present} 人"
        if self.late:
            s += f"（其中迟到 {self.late} 人）"
        s += f"，请假 {self.leave} 人，缺席 {self.absent} 人"
        if self.voters != self.expected:
            s += f"；有表决权 {self.voters} 人，到会 {self.voters_present} 人"
        return s


def count(attendance: list[AttendanceData]) -> Counts:
    here = [a for a in attendance if a.status in (rules.PRESENT, rules.LATE)]
    voters = [a for a in attendance if a.can_vote]
    return Counts(
        expected=len(attendance), present=len(here), late=sum(a.status == rules.LATE for a in attendance),
        leave=sum(a.status == rules.LEAVE for a in attendance), absent=sum(a.status == rules.ABSENT for a in attendance),
        voters=len(voters), voters_present=sum(a.can_vote for a in here),
        written=sum(a.can_vote and a.written_opinion and a.status not in (rules.PRESENT, rules.LATE)
                    for a in attendance),
    )


def item_check(data: MeetingData, item: ItemData, counts: Counts | None = None) -> rules.Check | None:
    """The pass rule (or election quorum) for one voted item; None when the item has no vote. ``counts``:
    the meeting's attendance counts when already known (else counted from ``data.attendance``)."""
    if not item.vote_method:
        return None
    c = counts or count(data.attendance)
    if item.is_election:
        quorum = rules.election_quorum(c.voters, c.voters_present)
        if not quorum.ok:
            return quorum
    if item.votes_for + item.votes_against + item.votes_abstain > c.voters_present:
        return rules.Check(False, f"赞成、反对、弃权合计 {item.votes_for + item.votes_against + item.votes_abstain}"
                                  f" 票，多于到会的有表决权党员 {c.voters_present} 人，请核对")
    if item.written_for > c.written:
        return rules.Check(False, f"书面意见赞成 {item.written_for} 票，多于交了书面意见的缺席党员 {c.written} 人，请核对")
    return rules.vote_result(c.voters, item.votes_for, item.written_for)


TIME_FORMAT = "应写成 时:分，如 09:30"


def missing_fields(data: MeetingData) -> dict[str, str]:
    """The fields a record cannot be saved without: one message each, for the editor's checks and the service."""
    errors: dict[str, str] = {}
    if not data.types:
        errors["types"] = "请至少选择一种会议类型"
    if not data.title.strip():
        errors["title"] = "请填写会议名称或主题"
    if data.held_on is None:
        errors["held_on"] = "请填写会议日期"
    return errors


def checks(data: MeetingData, committee_size: int = 0) -> list[rules.Check]:
    """What the editor shows under the form: problems first (ok=False), then confirmations."""
    out = [rules.Check(False, message) for message in missing_fields(data).values()]
    for label, value in (("开始时间", data.start_time), ("散会时间", data.end_time)):
        if not rules.valid_time(value):
            out.append(rules.Check(False, f"{label}“{value}”{TIME_FORMAT}"))
    if data.start_time and data.end_time and rules.valid_time(data.start_time) and rules.valid_time(data.end_time) \
            and data.end_time.zfill(5) <= data.start_time.zfill(5):
        out.append(rules.Check(False, "散会时间早于开始时间"))
    if rules.LECTURE in data.types and not data.lecturer.strip():
        out.append(rules.Check(False, "党课没有填写授课人"))
    if rules.GROUP in data.types and not data.group_id:
        out.append(rules.Check(False, "党小组会没有选择党小组"))
    c = count(data.attendance)
    if rules.GENERAL in data.types:
        out.append(rules.general_quorum(c.voters, c.voters_present))
    if rules.COMMITTEE in data.types:
        out.append(rules.committee_quorum(committee_size or c.expected, c.present))
    for a in data.attendance:
        if a.status in (rules.LEAVE, rules.ABSENT) and not a.reason.strip():
            out.append(rules.Check(False, f"{a.name}{a.status}，没有填写原因"))
    for n, item in enumerate(data.items, 1):
        label = f"议题{n}“{item.title}”" if item.title else f"议题{n}"
        if rules.is_admission_item(item.title) and not item.candidate.strip():
            out.append(rules.Check(False, f"{label}是接收预备党员，没有写明接收对象的姓名"))
        result = item_check(data, item)
        if result is not None:
            out.append(rules.Check(result.ok, f"{label}：{result.message}"))
    out.sort(key=lambda ch: ch.ok)
    return out
