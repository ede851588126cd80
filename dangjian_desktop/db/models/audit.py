"""The audit log (修改记录) and small per-database settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Text, text
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from dangjian_desktop.db.base import new_id, utcnow


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="", max_length=100)
    table_name: str = Field(max_length=50)
    row_id: str = Field(max_length=36, index=True)
    action: str = Field(max_length=10)  # insert / update / delete / restore
    changes: str = Field(default="{}", sa_type=Text)  # JSON {field: [before, after]}


class AppSetting(SQLModel, table=True):
    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", sa_type=Text)
    # as on records (db/base.py): every UPDATE adds one and is made WHERE version = <the version read>
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": text("1")})

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
