"""The branch (党支部), its committee roles and its 党小组."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase


class Branch(RecordBase, table=True):
    __tablename__ = "branch"

    name: str = Field(max_length=200)
    parent_org: str = Field(default="", max_length=200)  # 上级党组织
    kind: str = Field(default="村", max_length=20)  # 村 / 社区 / 机关 / 企业 / 学校 / 其他
    session_no: int | None = None  # 支委会届次
    election_date: date | None = None  # 选举日期 → 届满 computed from kind
    started_on: date | None = None  # 启用日期: records kept in this software from then on (自查 skips months before)
    note: str = Field(default="", sa_type=Text)
    code: str = Field(default="", max_length=50)  # 支部编码, assigned by the township (carried in 数据包)
    read_only: bool = False  # imported from a 数据包: the township reads it, never edits it


class CommitteeMember(RecordBase, table=True):
    """One committee role (书记, 副书记, 组织委员, 宣传委员, 纪检委员) held by a named person."""

    __tablename__ = "committee_member"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    role: str = Field(max_length=20)
    name: str = Field(max_length=100)
    person_id: str | None = Field(default=None, foreign_key="person.id", max_length=36)
    sort_order: int = 0


class PartyGroup(RecordBase, table=True):
    __tablename__ = "party_group"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    name: str = Field(max_length=100)
    leader_name: str = Field(default="", max_length=100)  # 组长 as typed
    # 组长 on the roster: a person's id. No foreign key, since person already points at party_group (a cycle).
    leader_id: str | None = Field(default=None, max_length=36)
    sort_order: int = 0
