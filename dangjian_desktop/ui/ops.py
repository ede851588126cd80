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

An editor passes the ``versions`` of the records it loaded (services/concurrency.py): when someone
else saved one of them meanwhile, nothing is written, the editor stays open with what was typed, and
``reopen`` (when given) is offered to load the other person's version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from dangjian_desktop.db.engine import Database
from dangjian_desktop.errors import StaleRecordError, UserError, ValidationError
from dangjian_desktop.services import Changed, concurrency
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
           refused: Callable[[UserError], bool] | None = None,
           versions: Sequence[concurrency.Loaded | None] = (),
           reopen: Callable[[], None] | None = None) -> Done[T] | None:
    """Run ``action`` in one transaction. None when it failed (the user has been told). ``refused`` may
    answer an expected error itself (True: handled, do not show it)."""
    try:
        with db.session_scope() as s, concurrency.stale_refused():
            concurrency.expect(s, versions)
            value = action(s)
            concurrency.finish(s)
    except UserError as exc:
        if isinstance(exc, StaleRecordError) and reopen is not None:
            offer_reopen(dialogs, reopen)
            return None
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


REOPEN_QUESTION = ("这条记录已被他人修改，请重新打开。\n\n您填写的内容没有保存，仍在窗口中，可以先复制下来。\n"
                   "现在重新打开这条记录（显示他人修改后的内容）吗？")


def offer_reopen(dialogs: DialogService | QWidget, reopen: Callable[[], None]) -> None:
    """After a refused save: the text stays in the editor; on 是 it shows the record as it is now."""
    service = dialogs if isinstance(dialogs, DialogService) else DialogService(dialogs)
    if service.confirm(REOPEN_QUESTION, title="记录已被他人修改"):
        reopen()
