"""Start-up password: scrypt with a salt, set / change / remove, idle minutes."""

from __future__ import annotations

import pytest

from dangjian_desktop.db import Database, settings
from dangjian_desktop.db.models import AppSetting
from dangjian_desktop.errors import ValidationError
from dangjian_desktop.services import password


def test_hash_is_salted_scrypt_and_checks() -> None:
    a, b = password.hash_password("党建2026"), password.hash_password("党建2026")
    assert a != b and a.startswith("scrypt$") and "党建2026" not in a
    assert password.matches(a, "党建2026") and not password.matches(a, "党建2025")
    assert not password.matches("garbage", "x") and not password.matches("scrypt$1$2$3$zz$zz", "x")


def test_set_change_remove(db: Database) -> None:
    with db.session_scope() as s:
        assert not password.has_password(s) and password.check(s, "")
        password.set_password(s, "1234abcd", "1234abcd")
    with db.session_scope() as s:
        stored = s.get(AppSetting, settings.PASSWORD_HASH.name)
        assert stored is not None and "1234abcd" not in stored.value
        assert password.check(s, "1234abcd") and not password.check(s, "")
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        password.set_password(s, "新的密码", "新的密码", current="wrong")
    assert err.value.field_errors == {"current": "当前密码不对"}
    with db.session_scope() as s:
        password.set_password(s, "新的密码", "新的密码", current="1234abcd")
    with pytest.raises(ValidationError), db.session_scope() as s:
        password.remove_password(s, "1234abcd")
    with db.session_scope() as s:
        password.remove_password(s, "新的密码")
    with db.session_scope() as s:
        assert not password.has_password(s)


def test_new_password_rules(db: Database) -> None:
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        password.set_password(s, "12", "12")
    assert set(err.value.field_errors) == {"new"}
    with pytest.raises(ValidationError) as err, db.session_scope() as s:
        password.set_password(s, "12345", "12346")
    assert set(err.value.field_errors) == {"repeat"}


def test_idle_minutes(db: Database) -> None:
    with db.session_scope() as s:
        assert password.idle_minutes(s) == password.DEFAULT_IDLE_MINUTES
        password.set_idle_minutes(s, 0)
    with db.session_scope() as s:
        assert password.idle_minutes(s) == 0
    with pytest.raises(ValidationError), db.session_scope() as s:
        password.set_idle_minutes(s, 999)
