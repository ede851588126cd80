"""Storage: SQLModel tables, migrations, transactions, audit hooks. No Qt here."""

from dangjian_desktop.db.engine import Database, make_engine

__all__ = ["Database", "make_engine"]
