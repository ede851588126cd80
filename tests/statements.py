"""Recording the SQL statements an action runs: for statement counts (no N+1) and query plans."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event


@dataclass
class Recorded:
    statements: list[tuple[str, Any]] = field(default_factory=list)
    executemany: int = 0  # how many of them ran with a list of parameter sets

    @property
    def count(self) -> int:
        return len(self.statements)

    def matching(self, word: str) -> list[str]:
        return [sql for sql, _p in self.statements if word.lower() in sql.lower()]


@contextmanager
def recording(engine: Engine) -> Iterator[Recorded]:
    """Every statement sent to the database while the block runs (one entry per execute or executemany)."""
    seen = Recorded()

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        seen.statements.append((statement, parameters))
        seen.executemany += bool(many)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)
