"""设置: the *local* rules a branch may change (DESIGN.md §4), read and saved together for the 设置 dialog.

Each value is a registry setting (db/settings.py ``LOCAL``) except the dues rounding, which belongs to the
branch's 党费标准 (an audited record that also holds the brackets) and is saved there.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from dangjian_desktop.db import settings
from dangjian_desktop.domain.dues import ROUNDING_LABELS, ROUNDING_UNITS, RateTable
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.dues import standards as dues

ROUNDING_RULE = ("《关于中国共产党党费收缴、使用和管理的规定》（2008）按比例计算月应缴党费；取整办法各地自定，"
                 "默认四舍五入到分")


@dataclass
class LocalSettings:
    values: dict[str, int]  # setting name → value
    rounding: str  # fen / jiao / yuan


def read(session: Session, *, branch_id: str) -> LocalSettings:
    values = {s.name: settings.get(session, s, branch_id=branch_id if s.per_branch else None) for s in settings.LOCAL}
    return LocalSettings(values, dues.get_rate_table(session, branch_id).rounding)


def defaults() -> LocalSettings:
    return LocalSettings({s.name: s.default for s in settings.LOCAL}, "fen")


def save(session: Session, *, branch_id: str, data: LocalSettings) -> Changed:
    """Save every value, or none: out-of-range values raise ValidationError keyed by setting name."""
    errors = {s.name: msg for s in settings.LOCAL if (msg := s.check(data.values.get(s.name, s.default)))}
    if data.rounding not in ROUNDING_UNITS:
        errors["dues_rounding"] = "请选择党费取整办法"
    if errors:
        raise ValidationError(errors)
    for s in settings.LOCAL:
        settings.put(session, s, data.values.get(s.name, s.default), branch_id=branch_id if s.per_branch else None)
    table = dues.get_rate_table(session, branch_id)
    if table.rounding != data.rounding:
        dues.set_rate_table(session, branch_id, RateTable(table.rules, data.rounding))
    return Changed("settings", (branch_id,))


def rounding_choices() -> list[tuple[str, str]]:
    return list(ROUNDING_LABELS.items())
