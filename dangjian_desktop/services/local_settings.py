"""设置: the *local* rules a branch may change (DESIGN.md §4), read and saved together for the 设置 dialog.

Each value is a registry setting (db/settings.py ``LOCAL``) except the dues rounding, which belongs to the
branch's 党费标准 (an audited record that also holds the brackets) and is saved there.

The dialog is one record to the person editing it: ``versions`` is what it was opened on (each setting's
version, or none stored yet, and the 党费标准's), and a save after someone else saved any of them is refused
with "这条记录已被他人修改，请重新打开" — nothing is written. Between that check and the commit the rows'
own versions (``version_id_col``) refuse a concurrent update, and the key refuses a second first insert.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dangjian_desktop.db import settings
from dangjian_desktop.db.models.audit import AppSetting
from dangjian_desktop.domain.dues import ROUNDING_LABELS, ROUNDING_UNITS, RateTable
from dangjian_desktop.errors import StaleRecordError, ValidationError
from dangjian_desktop.services import Changed, concurrency
from dangjian_desktop.services.dues import standards as dues

ROUNDING_RULE = ("《关于中国共产党党费收缴、使用和管理的规定》（2008）按比例计算月应缴党费；取整办法各地自定，"
                 "默认四舍五入到分")


@dataclass
class LocalSettings:
    values: dict[str, int]  # setting name → value
    rounding: str  # fen / jiao / yuan


@dataclass(frozen=True)
class Versions:
    """What the 设置 dialog was opened on: each setting's stored version (None: not stored), the 党费标准's."""

    settings: tuple[tuple[str, int | None], ...]
    rates: concurrency.Loaded | None


def _stored_names(branch_id: str) -> list[str]:
    return [s.stored_name(branch_id if s.per_branch else None) for s in settings.LOCAL]


def versions(session: Session, *, branch_id: str) -> Versions:
    names = _stored_names(branch_id)
    held = dict(session.exec(select(AppSetting.key, AppSetting.version).where(col(AppSetting.key).in_(names))).all())
    return Versions(tuple((name, held.get(name)) for name in names), dues.rate_table_version(session, branch_id))


def read(session: Session, *, branch_id: str) -> LocalSettings:
    values = {s.name: settings.get(session, s, branch_id=branch_id if s.per_branch else None) for s in settings.LOCAL}
    return LocalSettings(values, dues.get_rate_table(session, branch_id).rounding)


def defaults() -> LocalSettings:
    return LocalSettings({s.name: s.default for s in settings.LOCAL}, "fen")


def save(session: Session, *, branch_id: str, data: LocalSettings, seen: Versions | None = None) -> Changed:
    """Save every value, or none: out-of-range values raise ValidationError keyed by setting name; with
    ``seen`` (what the editor was opened on) a save over someone else's newer one raises StaleRecordError."""
    errors = {s.name: msg for s in settings.LOCAL if (msg := s.check(data.values.get(s.name, s.default)))}
    if data.rounding not in ROUNDING_UNITS:
        errors["dues_rounding"] = "请选择党费取整办法"
    if errors:
        raise ValidationError(errors)
    if seen is not None:
        now = versions(session, branch_id=branch_id)
        if now != seen:
            raise StaleRecordError(f"settings of {branch_id}: {seen} → {now}")
    try:
        with concurrency.stale_refused():
            for s in settings.LOCAL:
                settings.put(session, s, data.values.get(s.name, s.default),
                             branch_id=branch_id if s.per_branch else None)
            table = dues.get_rate_table(session, branch_id)
            if table.rounding != data.rounding:
                dues.set_rate_table(session, branch_id, RateTable(table.rules, data.rounding))
            session.flush()
    except IntegrityError as exc:  # another person stored one of these settings first, meanwhile
        if seen is None:
            raise
        raise StaleRecordError(str(exc.orig)) from exc
    return Changed("settings", (branch_id,))


def rounding_choices() -> list[tuple[str, str]]:
    return list(ROUNDING_LABELS.items())
