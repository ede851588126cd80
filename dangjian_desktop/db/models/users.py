"""The people who sign in to a database on a server, with their role.

On a database file on one computer nobody signs in (the optional start-up password guards it); on a
server every person has a 用户名 and a password (an scrypt hash, as services/password.py makes it).
"""

from __future__ import annotations

from sqlalchemy import Index, text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase

_LIVE = "deleted_at IS NULL"


class AppUser(RecordBase, table=True):
    __tablename__ = "app_user"
    __table_args__ = (
        Index("uq_app_user_username_live", "username", unique=True,
              sqlite_where=text(_LIVE), postgresql_where=text(_LIVE)),
    )

    username: str = Field(max_length=50)  # 用户名, what is typed to sign in
    full_name: str = Field(default="", max_length=100)  # 姓名: the 操作人 of the 修改记录
    role: str = Field(max_length=6)  # 管理员 / 书记 / 记录员 / 查阅 (services/users.py)
    branch_id: str | None = Field(default=None, foreign_key="branch.id", max_length=36)  # a 记录员's branch
    password_hash: str = Field(default="", max_length=200)
    active: bool = True  # False: 已停用, cannot sign in
