"""Alembic environment: always run from dangjian_desktop.db.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from dangjian_desktop.db.migrate import include_object
from dangjian_desktop.db.models import RecordBase

config = context.config
target_metadata = RecordBase.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
