"""Partial indexes over the soft-delete column, made the same way for every record table.

Almost every query asks for live rows (``deleted_at IS NULL``) of one branch. A plain index on
``deleted_at`` lets the planner walk every branch's live rows; instead each branch-scoped table has
``(branch_id[, date]) WHERE deleted_at IS NULL``, which the planner can only use for live rows of one
branch, and a small ``(deleted_at) WHERE deleted_at IS NOT NULL`` for the 回收站 lists.
Migration 0010 created them for the tables of its time; a migration adding a record table creates its
two (autogenerate writes them, and the schema test compares the migrations with these).
"""

from __future__ import annotations

from sqlalchemy import Index, MetaData, Table, text

# the date column a branch-scoped list is ordered or filtered by; other branch tables get (branch_id)
LIVE_DATE_COLUMN: dict[str, str] = {
    "case_record": "opened_on",
    "meeting": "held_on",
    "study_session": "held_on",
    "study_note": "note_date",
}
HAS_OWN_LIVE_INDEX = ("dues_rate_table",)  # a unique (branch_id) WHERE deleted_at IS NULL already

LIVE = "deleted_at IS NULL"
DELETED = "deleted_at IS NOT NULL"


def live_index_name(table: str) -> str:
    return f"ix_{table}_live_branch"


def deleted_index_name(table: str) -> str:
    return f"ix_{table}_deleted"


def _partial(name: str, table: Table, columns: tuple[str, ...], where: str) -> Index:
    return Index(name, *(table.c[c] for c in columns), sqlite_where=text(where), postgresql_where=text(where))


def add_to(metadata: MetaData) -> None:
    """Attach the partial indexes to every table with a ``deleted_at`` column (once)."""
    for table in metadata.tables.values():
        if "deleted_at" not in table.c:
            continue
        names = {ix.name for ix in table.indexes}
        if deleted_index_name(table.name) not in names:
            _partial(deleted_index_name(table.name), table, ("deleted_at",), DELETED)
        if ("branch_id" in table.c and table.name not in HAS_OWN_LIVE_INDEX
                and live_index_name(table.name) not in names):
            date_column = LIVE_DATE_COLUMN.get(table.name)
            _partial(live_index_name(table.name), table, ("branch_id", *([date_column] if date_column else [])), LIVE)
