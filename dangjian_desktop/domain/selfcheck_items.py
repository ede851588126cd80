"""年度自查: the rules a branch's year is checked against, as data a branch can adjust.

Defaults follow DESIGN.md §4 (frequencies of 三会一课 and the other meetings, dues, 学时, 谈心谈话,
发展党员 time limits, 换届). A branch may switch a rule off or change a frequency for local practice;
the table is stored as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

MONTHLY, QUARTERLY, YEARLY = "month", "quarter", "year"
PERIOD_LABELS = {MONTHLY: "每月", QUARTERLY: "每季度", YEARLY: "每年"}
SERIOUS, WARN, INFO = "serious", "warn", "info"
SEVERITY_LABELS = {SERIOUS: "严重", WARN: "提醒", INFO: "提示"}

# kinds of rule: what facts they look at
MEETING, TALKS, DUES, DEVELOPMENT, TERM, STUDY_HOURS, STUDY_NOTES, CASES, QUORUM, BACKFILL, DRAFTS = (
    "meeting", "talks", "dues", "development", "term", "study_hours", "study_notes", "cases", "quorum", "backfill",
    "drafts")
DRAFT_DAYS = 30  # a record left 未定稿 longer than this (from the later of meeting and entry) is a finding
# 党员责任区, 承诺, 公示 (findings listed by services/duty/selfcheck.py) and the study activity count (a grid row)
DUTY_AREAS, PLEDGES, PLEDGE_REVIEWS, ACTIVISTS, NOTICES, ACTIVITIES = (
    "duty_areas", "pledges", "pledge_reviews", "activists", "notices", "activities")
DUTY_KINDS = (DUTY_AREAS, PLEDGES, PLEDGE_REVIEWS, ACTIVISTS, NOTICES)


class RuleError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Rule:
    key: str
    label: str  # the grid row / finding heading
    kind: str
    basis: str  # the rule in plain words, shown with each finding
    period: str = YEARLY
    meeting_type: str = ""  # for MEETING rules
    per_group: bool = False  # 党小组会: one row per 党小组
    severity: str = WARN
    enabled: bool = True
    in_grid: bool = False  # drawn as a row of the year grid


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("branch_committee", "支部委员会", MEETING, "支部委员会一般每月召开1次", MONTHLY, "支部委员会",
         severity=SERIOUS, in_grid=True),
    Rule("group_meeting", "党小组会", MEETING, "党小组会一般每月召开1次", MONTHLY, "党小组会", per_group=True,
         in_grid=True),
    Rule("theme_day", "主题党日", MEETING, "每月相对固定1天开展主题党日", MONTHLY, "主题党日", in_grid=True),
    Rule("general_meeting", "支部党员大会", MEETING, "支部党员大会一般每季度召开1次", QUARTERLY, "支部党员大会",
         severity=SERIOUS, in_grid=True),
    Rule("party_lecture", "党课", MEETING, "党员每季度至少参加1次党课", QUARTERLY, "党课", severity=SERIOUS,
         in_grid=True),
    Rule("life_meeting", "组织生活会", MEETING, "组织生活会一般每年召开1次", YEARLY, "组织生活会", severity=SERIOUS,
         in_grid=True),
    Rule("appraisal", "民主评议党员", MEETING, "民主评议党员一般每年开展1次", YEARLY, "民主评议党员", in_grid=True),
    Rule("talks", "谈心谈话", TALKS, "支部委员之间、支部委员和党员之间、党员和党员之间每年谈心谈话一般不少于1次",
         YEARLY, in_grid=True),
    Rule("dues", "党费收缴", DUES, "党员应按月交纳党费；连续6个月不交纳又无正当理由的，按自行脱党处理", MONTHLY,
         severity=SERIOUS, in_grid=True),
    Rule("quorum", "会议有效性", QUORUM, "支部党员大会须有半数以上有表决权的党员到会方可召开", severity=SERIOUS),
    Rule("drafts", "未定稿记录", DRAFTS, "会议记录应在会后及时整理并定稿；录入一个月以上仍未定稿的，应核对后定稿",
         severity=WARN),
    Rule("backfill", "补录记录", BACKFILL, "会议记录应在会后及时整理；会后超过规定天数（默认3天，可在“设置”中修改）才录入的标为补录", severity=INFO),
    Rule("development", "发展党员时限", DEVELOPMENT, "发展党员各环节应符合《中国共产党发展党员工作细则》规定的时限",
         severity=SERIOUS),
    Rule("term", "按期换届", TERM, "党支部每届任期3年（村、社区5年），届满应按期换届", severity=WARN),
    Rule("study_hours", "学习学时", STUDY_HOURS, "党员每年集中学习不少于32学时，支部书记和委员不少于56学时"),
    Rule("study_notes", "学习笔记与心得", STUDY_NOTES, "党员应认真记录学习笔记、撰写心得体会", severity=INFO),
    Rule("cases", "一人一事回访", CASES, "一人一事思想政治工作应按约定日期回访，办结后销号"),
    Rule("activities", "党员学习教育活动", ACTIVITIES,
         "全年组织开展党员学习教育活动不少于24次（本地目标），半年和年终各检查一次", in_grid=True),
    Rule("duty_areas", "党员责任区", DUTY_AREAS, "每个党员责任区应明确责任党员（“四个明确”）"),
    Rule("pledges", "党员承诺", PLEDGES, "党员承诺公开化：每名党员每年作出承诺并公示"),
    Rule("pledge_reviews", "践诺评定", PLEDGE_REVIEWS, "年终对党员践诺情况进行评定，结合民主评议党员进行"),
    Rule("activists", "积极分子培养", ACTIVISTS, "入党积极分子应落实培养联系人，纳入党员责任区培养考察"),
    Rule("notices", "发展党员公示", NOTICES,
         "发展对象在支部大会讨论前、预备党员转正前应公示，时间不少于5个工作日", severity=SERIOUS),
)


@dataclass(frozen=True)
class RuleTable:
    rules: tuple[Rule, ...] = DEFAULT_RULES

    def enabled(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def get(self, key: str) -> Rule:
        for r in self.rules:
            if r.key == key:
                return r
        raise RuleError(f"没有这条自查规则：{key}")

    def with_changes(self, key: str, *, enabled: bool | None = None, period: str | None = None) -> RuleTable:
        rule = self.get(key)
        if period is not None and period not in PERIOD_LABELS:
            raise RuleError("频次应为每月、每季度或每年")
        if period is not None and period != rule.period and rule.kind not in (MEETING, DUES):
            raise RuleError(f"“{rule.label}”的频次不能修改")
        changed = replace(rule, enabled=rule.enabled if enabled is None else enabled,
                          period=rule.period if period is None else period)
        return RuleTable(tuple(changed if r.key == key else r for r in self.rules))

    def to_json(self) -> str:
        return json.dumps({"version": 1, "rules": {r.key: {"enabled": r.enabled, "period": r.period}
                                                   for r in self.rules}}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> RuleTable:
        """Saved choices over the defaults; rules added in later versions keep their defaults."""
        try:
            saved: Mapping[str, Mapping[str, object]] = json.loads(text).get("rules", {})
        except (ValueError, AttributeError) as exc:
            raise RuleError("自查规则的格式不正确") from exc
        table = cls()
        for key, choice in saved.items():
            if any(r.key == key for r in table.rules):
                period = choice.get("period")
                table = table.with_changes(key, enabled=bool(choice.get("enabled", True)),
                                           period=str(period) if period else None)
        return table
