"""Expected failures carry a Chinese message for the user; anything else is a bug."""

from __future__ import annotations


class UserError(Exception):
    """An expected failure: bad input, a locked file, a newer database. ``message`` is shown as is."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ValidationError(UserError):
    """Invalid field values; ``field_errors`` maps a field name to its Chinese message."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        lines = "；".join(field_errors.values())
        super().__init__(f"输入有误：{lines}")
        self.field_errors = dict(field_errors)


class NewerDatabaseError(UserError):
    """The database was written by a newer version of the application."""


class NotFoundError(UserError):
    """A record the user asked for no longer exists (or is in the 回收站)."""


STALE_MESSAGE = "这条记录已被他人修改，请重新打开"


class StaleRecordError(UserError):
    """A save based on a copy of a record that someone else has changed (or removed) since it was opened."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(STALE_MESSAGE, detail=detail)


class NotAllowedError(UserError):
    """The signed-in person's role does not allow this action."""
