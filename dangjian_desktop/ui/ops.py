"""One way to run a user action (as Anki's ``CollectionOp``): open the transaction, call the service,
show a ``UserError`` through the dialog service, and tell the open tabs what changed.

    done = run_op(self.db, self.dialogs, lambda s: cases.delete_case(s, row.id), events=self.events)
    if done:
        ...  # done.value is what the service returned

The whole callable runs in one transaction: a service that raises rolls back everything the action
wrote, so "保存并定稿" either saves and finalizes, or leaves the record as it was. A ``ValidationError``
goes to ``invalid`` (the form shows it next to its fields) when one is given. ``dialogs`` is the
dialog service, or the widget a dialog without one is shown over. ``guarded`` is the same for
actions without the database (writing a file, printing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from dangjian_desktop.db.engine import Database
from dangjian_desktop.errors import UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.events import DataEvents

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """A finished action and what it returned (an action may return None: ``if done`` still holds)."""

    value: T


def run_op(db: Database, dialogs: DialogService | QWidget, action: Callable[[Session], T], *,
           events: DataEvents | None = None,
           invalid: Callable[[ValidationError], None] | None = None,
           refused: Callable[[UserError], bool] | None = None) -> Done[T] | None:
    """Run ``action`` in one transaction. None when it failed (the user has been told). ``refused`` may
    answer an expected error itself (True: handled, do not show it)."""
    try:
        with db.session_scope() as s:
            value = action(s)
    except UserError as exc:
        _refused(dialogs, exc, invalid, refused)
        return None
    if events is not None:
        broadcast(events, value)
    return Done(value)


def guarded(dialogs: DialogService | QWidget, action: Callable[[], T], *,
            invalid: Callable[[ValidationError], None] | None = None) -> Done[T] | None:
    """Run an action that does not touch the database; a UserError is shown, and None returned."""
    try:
        return Done(action())
    except UserError as exc:
        _refused(dialogs, exc, invalid, None)
        return None


def broadcast(events: DataEvents, value: object) -> None:
    """Emit the signal of each kind of record in ``value`` (a Changed, or several), once per table."""
    changes: Iterable[object] = value if isinstance(value, list | tuple) else [value]
    seen: set[str] = set()
    for changed in changes:
        if isinstance(changed, Changed) and changed.table not in seen:
            seen.add(changed.table)
            events.emit_changed(changed)


def _refused(dialogs: DialogService | QWidget, exc: UserError,
             invalid: Callable[[ValidationError], None] | None,
             refused: Callable[[UserError], bool] | None) -> None:
    if refused is not None and refused(exc):
        return
    if invalid is not None and isinstance(exc, ValidationError):
        invalid(exc)
    else:
        (dialogs if isinstance(dialogs, DialogService) else DialogService(dialogs)).user_error(exc)
