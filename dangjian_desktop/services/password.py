"""Optional start-up password: an scrypt hash with a random salt, kept in the database's settings.

Nothing but the hash is stored. The password guards against a casual look at an unattended
office PC; it does not encrypt the file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from sqlmodel import Session

from dangjian_desktop.db import settings
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import Changed

DEFAULT_IDLE_MINUTES = settings.IDLE_MINUTES.default
MIN_LENGTH = 4
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def matches(stored: str, password: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(digest)))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def has_password(session: Session) -> bool:
    return bool(settings.get(session, settings.PASSWORD_HASH))


def check(session: Session, password: str) -> bool:
    """True if no password is set, or ``password`` is the one set."""
    stored = settings.get(session, settings.PASSWORD_HASH)
    return not stored or matches(stored, password)


def set_password(session: Session, new: str, repeat: str, *, current: str = "") -> Changed:
    """Set or change the password; the current one is required when one is set."""
    errors: dict[str, str] = {}
    if has_password(session) and not check(session, current):
        errors["current"] = "当前密码不对"
    if len(new) < MIN_LENGTH:
        errors["new"] = f"新密码至少 {MIN_LENGTH} 个字符"
    elif new != repeat:
        errors["repeat"] = "两次输入的新密码不一样"
    if errors:
        raise ValidationError(errors)
    settings.put(session, settings.PASSWORD_HASH, hash_password(new))
    return _changed(settings.PASSWORD_HASH)


def remove_password(session: Session, current: str) -> Changed:
    if not check(session, current):
        raise ValidationError({"current": "当前密码不对"})
    settings.put(session, settings.PASSWORD_HASH, "")
    return _changed(settings.PASSWORD_HASH)


def idle_minutes(session: Session) -> int:
    """Minutes without keyboard or mouse input after which the window locks (0 = never)."""
    return settings.get(session, settings.IDLE_MINUTES)


def set_idle_minutes(session: Session, minutes: int) -> Changed:
    if settings.IDLE_MINUTES.check(minutes):
        raise ValidationError({"idle": "自动锁定时间应在 0（不锁定）到 240 分钟之间"})
    settings.put(session, settings.IDLE_MINUTES, minutes)
    return _changed(settings.IDLE_MINUTES)


def cases_protected(session: Session) -> bool:
    """Whether opening the 三卡一法 tab asks for the password (only meaningful while one is set)."""
    return has_password(session) and settings.get(session, settings.PROTECT_CASES)


def set_cases_protected(session: Session, on: bool) -> Changed:
    settings.put(session, settings.PROTECT_CASES, on)
    return _changed(settings.PROTECT_CASES)


def _changed(setting: settings.Setting[Any]) -> Changed:
    return Changed("settings", (setting.name,))
