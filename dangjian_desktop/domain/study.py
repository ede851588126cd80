"""学习笔记 rules: session forms, 学时, yearly targets, word counts (DESIGN.md §4.5).

The targets are *local*: a branch may change them (db/settings.py keeps them per branch).
"""

from __future__ import annotations

from dataclasses import dataclass

FORMS = ("集中学习", "专题研讨", "党课", "观看", "参观", "线上")
HALF_DAY_HOURS = 4
FULL_DAY_HOURS = 8
MAX_SESSION_HOURS = 40  # a week of full days; more is a typing error
# Quick choices for the 学时 of a session: label → hours (1 学时 per hour).
HOUR_PRESETS = (("1小时", 1), ("2小时", 2), ("3小时", 3), ("半天", HALF_DAY_HOURS), ("全天", FULL_DAY_HOURS))


@dataclass(frozen=True)
class StudyTargets:
    """Yearly targets per person: 学时 for members and for 书记/支委, notes and 心得体会."""

    member_hours: int = 32
    leader_hours: int = 56
    notes: int = 12
    reflections: int = 4

    def hours_for(self, is_leader: bool) -> int:
        return self.leader_hours if is_leader else self.member_hours


def check_targets(targets: StudyTargets) -> dict[str, str]:
    errors = {}
    for key, label in (("member_hours", "党员学时"), ("leader_hours", "书记和支委学时"), ("notes", "笔记篇数"),
                       ("reflections", "心得体会篇数")):
        value = getattr(targets, key)
        if not 0 <= value <= 1000:
            errors[key] = f"{label}应在0到1000之间"
    return errors


def word_count(*texts: str) -> int:
    """字数 as Chinese offices count it: every character except spaces and line breaks."""
    return sum(1 for text in texts for ch in text if not ch.isspace())


def check_hours(hours: int | None) -> str:
    if hours is None or hours < 1:
        return "学时至少为1（每小时1学时，半天4学时，全天8学时）"
    if hours > MAX_SESSION_HOURS:
        return f"一次学习最多{MAX_SESSION_HOURS}学时"
    return ""


@dataclass(frozen=True)
class MemberYear:
    """One person's year: 学时 earned and notes written against the targets."""

    person_id: str
    name: str
    post: str
    is_leader: bool
    hours: int
    hours_target: int
    notes: int
    notes_target: int
    reflections: int
    reflections_target: int
    words: int

    @property
    def hours_short(self) -> int:
        return max(0, self.hours_target - self.hours)

    @property
    def notes_short(self) -> int:
        return max(0, self.notes_target - self.notes)

    @property
    def reflections_short(self) -> int:
        return max(0, self.reflections_target - self.reflections)

    @property
    def is_short(self) -> bool:
        return bool(self.hours_short or self.notes_short or self.reflections_short)

    def shortfall_text(self) -> str:
        """'差 8 学时、2 篇笔记' or '达标'."""
        parts = []
        if self.hours_short:
            parts.append(f"{self.hours_short} 学时")
        if self.notes_short:
            parts.append(f"{self.notes_short} 篇笔记")
        if self.reflections_short:
            parts.append(f"{self.reflections_short} 篇心得")
        return "差 " + "、".join(parts) if parts else "达标"
