"""数据包 exchange at the township: whose key signs each branch's packages, and the conflicts held for review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase


class ExchangeSource(RecordBase, table=True):
    """A branch whose 数据包 this database imports: its registered public key and the last package taken."""

    __tablename__ = "exchange_source"

    branch_id: str = Field(foreign_key="branch.id", index=True, unique=True, max_length=36)
    public_key: str = Field(max_length=100)  # Ed25519, raw bytes in base64
    fingerprint: str = Field(max_length=80)
    last_exported_at: datetime | None = None  # the export time written in the newest package imported
    last_imported_at: datetime | None = None
    # JSON {table: [SHA-256 of its member, rows]} of the tables merged from this branch's packages: a table
    # arriving again with the same hash is skipped unread (written by the import only, never audited)
    table_hashes: str | None = Field(default=None, sa_type=Text)


class ExchangeConflict(RecordBase, table=True):
    """A change a package made to a 定稿 record without an amendment: kept here, not applied."""

    __tablename__ = "exchange_conflict"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    table_name: str = Field(max_length=60)
    row_id: str = Field(max_length=36)
    held: str = Field(default="{}", sa_type=Text)  # JSON of the version in this database
    incoming: str = Field(default="{}", sa_type=Text)  # JSON of the version in the package
    incoming_updated_at: str = Field(default="", max_length=40)
    exported_at: str = Field(default="", max_length=40)  # of the package it came in
    resolved_at: datetime | None = None
