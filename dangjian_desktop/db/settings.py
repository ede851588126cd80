"""The settings registry: every value kept in the ``app_setting`` table, typed, with its default and
the rule the default comes from.

A setting is read with ``get(session, KEY)`` and written with ``put(session, KEY, value)``; a setting
kept per branch takes ``branch_id=``. Stored names follow one style, ``area.name``, and a per-branch
setting adds ``@<branch id>`` (``study.member_hours@3f2c…``). Nothing else reads or writes the table.

The *local* settings (DESIGN.md §4: "everything marked *local* must be configurable") are listed in
``LOCAL``, in the order the 设置 dialog shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlmodel import Session, col, select

from dangjian_desktop.db.models.audit import AppSetting
from dangjian_desktop.domain import development, duty, meetings, study
from dangjian_desktop.errors import ValidationError

T = TypeVar("T")


def _int(text: str) -> int:
    return int(text.strip())


def _bool(text: str) -> bool:
    return text.strip() in ("1", "true", "True")


def _text(text: str) -> str:
    return text


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One typed setting. ``parse`` turns the stored text into a value (a value that cannot be read
    falls back to the default); ``dump`` turns a value into text."""

    name: str  # stored name, area.name
    default: T
    label: str  # what the 设置 dialog calls it
    rule: str  # where the default comes from
    parse: Callable[[str], T] = field(repr=False, compare=False)
    dump: Callable[[T], str] = field(repr=False, compare=False)
    per_branch: bool = False
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""

    def stored_name(self, branch_id: str | None = None) -> str:
        if self.per_branch:
            if not branch_id:
                raise ValueError(f"setting {self.name} is kept per branch: pass branch_id")
            return f"{self.name}@{branch_id}"
        return self.name

    def check(self, value: T) -> str:
        """The message for a value outside the allowed range ("" if it is allowed)."""
        if isinstance(value, int) and not isinstance(value, bool):
            low = self.minimum if self.minimum is not None else value
            high = self.maximum if self.maximum is not None else value
            if not low <= value <= high:
                return f"{self.label}应在{low}到{high}{self.unit}之间"
        return ""


def _int_setting(name: str, default: int, label: str, rule: str, *, low: int, high: int, unit: str = "",
                 per_branch: bool = False) -> Setting[int]:
    return Setting(name, default, label, rule, _int, str, per_branch=per_branch, minimum=low, maximum=high,
                   unit=unit)


def _text_setting(name: str, label: str, rule: str = "", *, per_branch: bool = False) -> Setting[str]:
    return Setting(name, "", label, rule, _text, _text, per_branch=per_branch)


def _bool_setting(name: str, label: str, rule: str = "") -> Setting[bool]:
    return Setting(name, False, label, rule, _bool, lambda v: "1" if v else "")


# --- the window and its safety ------------------------------------------------------------------
CURRENT_BRANCH = _text_setting("branch.current", "当前支部")
# on a server each signed-in person keeps their own 当前支部 (stored per person: the "branch" passed is the user id)
USER_BRANCH = _text_setting("branch.current_of_user", "当前支部（各人）", per_branch=True)
PASSWORD_HASH = _text_setting("security.password", "启动密码", "只保存密码的 scrypt 摘要")
IDLE_MINUTES = _int_setting("security.idle_minutes", 10, "自动锁定", "无操作多少分钟后锁定窗口（0 为不锁定）",
                            low=0, high=240, unit="分钟")
PROTECT_CASES = _bool_setting("security.protect_cases", "打开三卡一法时要求密码")
REMOVABLE_FOLDER = _text_setting("backup.removable_folder", "U盘备份文件夹")
FONT_SCALE = _int_setting("ui.font_scale", 100, "字号", "窗口文字大小，相对于系统字号的百分比", low=100, high=200,
                          unit="%")

# --- local rules (DESIGN.md §4) ---------------------------------------------------------------
LATE_ENTRY_DAYS = _int_setting(
    "meetings.late_entry_days", meetings.LATE_ENTRY_DAYS, "补录天数",
    "本地规定：会议记录应在会后及时整理；会后超过这个天数才录入的记录标为“补录”，如实显示、不隐藏",
    low=0, high=365, unit="天")
MEMBER_HOURS = _int_setting(
    "study.member_hours", study.StudyTargets.member_hours, "党员年度学时",
    "《2019—2023年全国党员教育培训工作规划》：党员每年集中学习培训一般不少于32学时",
    low=0, high=1000, unit="学时", per_branch=True)
LEADER_HOURS = _int_setting(
    "study.leader_hours", study.StudyTargets.leader_hours, "书记和支委年度学时",
    "《2019—2023年全国党员教育培训工作规划》：基层党组织书记和班子成员每年不少于56学时",
    low=0, high=1000, unit="学时", per_branch=True)
NOTES_TARGET = _int_setting(
    "study.notes", study.StudyTargets.notes, "年度学习笔记篇数", "本地规定（上级党组织的考核要求，默认每年12篇）",
    low=0, high=1000, unit="篇", per_branch=True)
REFLECTIONS_TARGET = _int_setting(
    "study.reflections", study.StudyTargets.reflections, "年度心得体会篇数", "本地规定（上级党组织的考核要求，默认每年4篇）",
    low=0, high=1000, unit="篇", per_branch=True)
ACTIVIST_WAIT_MONTHS = _int_setting(
    "people.activist_wait_months", development.ACTIVIST_WAIT_MONTHS, "确定入党积极分子的等待期",
    "《中国共产党发展党员工作细则》第十条由支部委员会研究决定；多数地方规定递交入党申请书半年以上（本地规定）",
    low=0, high=36, unit="个月")
ACTIVITY_TARGET = _int_setting(
    "study.activities", duty.DEFAULT_ACTIVITY_TARGET, "全年党员学习教育活动次数",
    "本地规定：全年组织开展党员学习教育活动不少于24次，半年和年终各检查一次（半年按一半）",
    low=1, high=200, unit="次", per_branch=True)
SELFCHECK_RULES = _text_setting("selfcheck.rules", "年度自查规则", "本支部修改过的自查规则（JSON；未修改时用默认规则）",
                                per_branch=True)

ALL: tuple[Setting[Any], ...] = (
    CURRENT_BRANCH, USER_BRANCH, PASSWORD_HASH, IDLE_MINUTES, PROTECT_CASES, REMOVABLE_FOLDER, FONT_SCALE, LATE_ENTRY_DAYS,
    MEMBER_HOURS, LEADER_HOURS, NOTES_TARGET, REFLECTIONS_TARGET, ACTIVIST_WAIT_MONTHS, ACTIVITY_TARGET, SELFCHECK_RULES)
LOCAL: tuple[Setting[int], ...] = (LATE_ENTRY_DAYS, MEMBER_HOURS, LEADER_HOURS, NOTES_TARGET, REFLECTIONS_TARGET,
                                   ACTIVIST_WAIT_MONTHS, ACTIVITY_TARGET)


def get(session: Session, setting: Setting[T], *, branch_id: str | None = None) -> T:
    """The stored value, or the default when none is stored or it cannot be read."""
    return _value(setting, session.get(AppSetting, setting.stored_name(branch_id)))


def _value(setting: Setting[T], row: AppSetting | None) -> T:
    if row is None or row.value == "":
        return setting.default
    try:
        value = setting.parse(row.value)
    except (ValueError, TypeError):
        return setting.default
    return setting.default if setting.check(value) else value


def get_per_branch(session: Session, setting: Setting[T], branch_ids: Iterable[str]) -> dict[str, T]:
    """``get`` for many branches in one statement: branch id → value."""
    names = {setting.stored_name(b): b for b in branch_ids}
    rows = {r.key: r for r in session.exec(select(AppSetting).where(col(AppSetting.key).in_(list(names))))} \
        if names else {}
    return {b: _value(setting, rows.get(name)) for name, b in names.items()}


def put(session: Session, setting: Setting[T], value: T, *, branch_id: str | None = None) -> None:
    """Store ``value``; a value out of range raises ValidationError keyed by the setting's name."""
    message = setting.check(value)
    if message:
        raise ValidationError({setting.name: message})
    key = setting.stored_name(branch_id)
    row = session.get(AppSetting, key) or AppSetting(key=key)
    row.value = setting.dump(value)
    session.add(row)


def reset(session: Session, setting: Setting[Any], *, branch_id: str | None = None) -> None:
    """Forget the stored value, so the default applies again."""
    row = session.get(AppSetting, setting.stored_name(branch_id))
    if row is not None:
        session.delete(row)
