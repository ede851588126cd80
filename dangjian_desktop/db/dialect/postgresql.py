"""PostgreSQL (a database server for a township office or a county): error codes, statistics, and the
study search through pg_trgm.

Migration 0006 creates the extensions pg_trgm and btree_gin and one GIN index per searched table, on
the branch and on the trigrams of the same text the SQLite index holds (title, then the body, joined by
line breaks), live rows only: a search reads only its branch's candidates, as SQLite's index does.
``ILIKE '%word%'`` on exactly that expression is answered from the index (the planner checks every
candidate row again, so the hits are those of a plain ILIKE). pg_trgm needs three characters too: a
word of one or two characters adds no trigram, so such a word alone reads the branch's rows (as
SQLite's LIKE does for short words), and beside a longer word it only filters the index's candidates.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlmodel import Session

from dangjian_desktop.db.dialect import Dialect, StudyHit
from dangjian_desktop.errors import UserError

# the indexed expressions (migration 0006 creates the indexes on exactly this text)
NOTE_TEXT = "(title || chr(10) || content || chr(10) || reflection)"
SESSION_TEXT = ("(topic || chr(10) || materials || chr(10) || material_text || chr(10) || host || chr(10) "
                "|| note)")

NOTE_COLUMNS = ("title", "content", "reflection")
SESSION_COLUMNS = ("topic", "materials", "material_text", "host", "note")
MIN_TRIGRAM_WORD = 3  # a shorter word (inside '%…%') gives pg_trgm no trigram to look up

# SQLSTATE classes and codes → what the user is told
_BY_CODE = {
    "53100": "数据库服务器的磁盘已满，无法保存。请联系服务器管理员。",  # disk_full
    "40001": "同时有别人在保存，这次没有保存成功。请再试一次。",  # serialization_failure
    "40P01": "同时有别人在保存，这次没有保存成功。请再试一次。",  # deadlock_detected
    "55P03": "记录正被别人修改，请稍后再试。",  # lock_not_available
    "25006": "数据库服务器只允许读取，无法保存。",  # read_only_sql_transaction
    "3D000": "数据库服务器上没有这个数据库。请检查数据库地址。",  # invalid_catalog_name
    "42501": "这个数据库用户没有足够的权限。请联系服务器管理员。",  # insufficient_privilege
}
_BY_CLASS = {
    "08": "无法连接数据库服务器。请检查网络和数据库地址，或联系服务器管理员。",  # connection exception
    "28": "数据库服务器拒绝登录：用户名或密码不对。",  # invalid authorization
    "53": "数据库服务器资源不足，请稍后再试或联系服务器管理员。",  # insufficient resources
    "57": "数据库服务器正在停止或重启，请稍后再试。",  # operator intervention
}
# refused before the server answered with a code: the server is not reachable, or it refused this user or
# database at the door (libpq reports those as text only, which is never matched here)
_NO_CONNECTION = "无法连接数据库服务器，或服务器不接受这个数据库地址（数据库名、用户名或密码）。请检查网络和数据库地址，或联系服务器管理员。"


def like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _utc(dbapi_conn: Any, _record: Any) -> None:
    """Timestamps come back in UTC (how the application stores them), whatever the server's zone."""
    cur = dbapi_conn.cursor()
    cur.execute("SET TIME ZONE 'UTC'")
    cur.close()
    dbapi_conn.commit()


class PostgreSQLDialect(Dialect):
    name = "postgresql"

    def configure(self, engine: Engine) -> None:
        event.listen(engine, "connect", _utc)

    def refresh_statistics(self, conn: Connection, tables: tuple[str, ...] = ()) -> None:
        for table in tables or ("",):
            conn.exec_driver_sql(f"ANALYZE {table}".strip())

    def after_explicit_ids(self, conn: Connection) -> None:
        """Every sequence of a serial or identity column continues after the largest value held."""
        found = conn.exec_driver_sql(
            "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND (column_default LIKE 'nextval(%%' OR is_identity = 'YES')").all()
        for table, column, sequence in found:
            if sequence:
                conn.exec_driver_sql(
                    f'SELECT setval(%(seq)s, COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
                    {"seq": sequence})

    def user_error(self, orig: BaseException) -> UserError | None:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - the driver is a dependency
            return None
        if not isinstance(orig, psycopg.Error):
            return None
        code = orig.sqlstate or ""
        message = _BY_CODE.get(code) or _BY_CLASS.get(code[:2])
        if message is None and not code and isinstance(orig, psycopg.OperationalError):
            message = _NO_CONNECTION
        return UserError(message, detail=str(orig)) if message else None

    def search_study(self, session: Session, branch_id: str, words: list[str], limit: int) -> list[StudyHit] | None:
        """Words of three or more characters on the indexed text (the trigram index can answer them);
        shorter ones on each column, so that the planner does not read the whole trigram index for a
        word that gives it no trigram, and walks the branch's rows newest first instead."""
        params: dict[str, Any] = {"b": branch_id, "limit": limit}
        for i, w in enumerate(words):
            params[f"w{i}"] = like_pattern(w)

        def where(indexed: str, columns: tuple[str, ...]) -> str:
            conditions = []
            for i, w in enumerate(words):
                if len(w) >= MIN_TRIGRAM_WORD:
                    conditions.append(f"{indexed} ILIKE :w{i} ESCAPE '\\'")
                else:
                    conditions.append("(" + " OR ".join(f"{c} ILIKE :w{i} ESCAPE '\\'" for c in columns) + ")")
            return " AND ".join(conditions)

        notes = text("SELECT id, title, note_date FROM study_note WHERE branch_id = :b AND deleted_at IS NULL "
                     f"AND {where(NOTE_TEXT, NOTE_COLUMNS)} ORDER BY note_date DESC LIMIT :limit")
        sessions = text("SELECT id, topic, held_on FROM study_session WHERE branch_id = :b AND deleted_at IS NULL "
                        f"AND {where(SESSION_TEXT, SESSION_COLUMNS)} ORDER BY held_on DESC LIMIT :limit")
        found = [("note", i, t, d) for i, t, d in session.execute(notes, params)]
        found += [("session", i, t, d) for i, t, d in session.execute(sessions, params)]
        found.sort(key=lambda r: r[3], reverse=True)
        return [(kind, ref_id, title, None) for kind, ref_id, title, _when in found[:limit]]
