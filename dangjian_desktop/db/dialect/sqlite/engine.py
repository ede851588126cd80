"""SQLite through SQLAlchemy: connection PRAGMAs, planner statistics, result codes, the FTS5 index."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from dangjian_desktop.db.dialect import Dialect, StudyHit
from dangjian_desktop.db.dialect.bulk import BulkRows, Parse
from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)

# SQLite primary result codes → what the user is told.
_MESSAGES = {
    5: "数据库正被其他程序占用，请稍后再试。",  # SQLITE_BUSY
    6: "数据库被锁定，请稍后再试。",  # SQLITE_LOCKED
    8: "数据库文件是只读的，无法保存。请检查文件属性或所在文件夹的权限。",  # SQLITE_READONLY
    10: "读写数据库文件时出错（磁盘或U盘可能已拔出）。",  # SQLITE_IOERR
    11: "数据库文件已损坏。请从备份恢复。",  # SQLITE_CORRUPT
    13: "磁盘已满，无法保存。请清理磁盘空间后重试。",  # SQLITE_FULL
    14: "无法打开数据库文件。请检查路径和权限。",  # SQLITE_CANTOPEN
    26: "这不是支部台账的数据库文件，或文件已损坏。",  # SQLITE_NOTADB
}

# ANALYZE reads about this many rows per index (approximate statistics, milliseconds even on a large file)
ANALYSIS_LIMIT = 1000

# The study_fts index (migration 0006) is a trigram index: it needs words of three characters
MIN_FTS_TERM = 3


def _pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=DELETE")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(branch_id: str, words: list[str]) -> str:
    """The branch's rows (matched in the index, not by reading every row) containing every word."""
    return f"branch_id : {_quoted(branch_id)} AND {{title body}} : (" + " AND ".join(map(_quoted, words)) + ")"


def like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SQLiteDialect(Dialect):
    name = "sqlite"
    file_based = True

    def configure(self, engine: Engine) -> None:
        event.listen(engine, "connect", _pragmas)

    def refresh_statistics(self, conn: Connection, tables: tuple[str, ...] = ()) -> None:
        """``ANALYZE`` (approximate): without statistics SQLite may pick a poor index and walk every
        branch's rows for one branch."""
        conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        for table in tables or ("",):
            conn.exec_driver_sql(f"ANALYZE {table}".strip())

    def before_dispose(self, engine: Engine) -> None:
        """``PRAGMA optimize``: refreshes the statistics of tables that grew or were queried without
        them, usually in milliseconds."""
        if not getattr(engine.pool, "checkedin", lambda: 0)():
            return
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
                conn.exec_driver_sql("PRAGMA optimize")
                conn.commit()
        except DBAPIError as exc:  # a damaged or read-only file: nothing to tune
            log.info("PRAGMA optimize skipped: %s", exc)

    def user_error(self, orig: BaseException) -> UserError | None:
        code = getattr(orig, "sqlite_errorcode", None)
        if isinstance(orig, sqlite3.Error) and code is not None:
            message = _MESSAGES.get(code & 0xFF)
            if message:
                return UserError(message, detail=str(orig))
        return None

    def bulk_rows(self, conn: Connection, parse: Parse) -> BulkRows:
        from dangjian_desktop.db.dialect.sqlite.bulk import SQLiteBulkRows

        return SQLiteBulkRows(conn, parse)

    def search_study(self, session: Session, branch_id: str, words: list[str], limit: int) -> list[StudyHit] | None:
        """Words of three or more characters through ``study_fts``; shorter ones (one or two Chinese
        characters) cannot be looked up in a trigram index and are matched with LIKE on the same rows."""
        long_words = [w for w in words if len(w) >= MIN_FTS_TERM]
        if not long_words:
            return None
        params: dict[str, Any] = {"m": fts_query(branch_id, long_words), "limit": limit}
        extra = ""
        for i, w in enumerate(w for w in words if len(w) < MIN_FTS_TERM):
            params[f"s{i}"] = like_pattern(w)
            extra += f" AND (title LIKE :s{i} ESCAPE '\\' OR body LIKE :s{i} ESCAPE '\\')"
        sql = text("SELECT kind, ref_id, title, snippet(study_fts, 4, char(2), char(3), '…', 16), "
                   "snippet(study_fts, 3, char(2), char(3), '…', 16) FROM study_fts "
                   f"WHERE study_fts MATCH :m{extra} ORDER BY rank LIMIT :limit")
        hits: list[StudyHit] = []
        for kind, ref_id, title, body_snip, title_snip in session.execute(sql, params).all():
            snip = body_snip if "\x02" in body_snip or "\x02" not in title_snip else title_snip
            hits.append((kind, ref_id, title, snip))
        return hits
