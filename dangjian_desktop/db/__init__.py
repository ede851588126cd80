"""The database layer. ``Database`` and ``make_engine`` load SQLAlchemy when first used, so that a
light module of this package (the lock file, the start-up check) does not load it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dangjian_desktop.db.engine import Database, make_engine

__all__ = ["Database", "make_engine"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from dangjian_desktop.db import engine

        return getattr(engine, name)
    raise AttributeError(name)
