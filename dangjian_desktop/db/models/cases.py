"""三卡一法 tables: cases (一人一事), the branch's configurable card types and their fields, the cards
filled in for a case, and the case's history of closing and reopening.

A card stores its values as JSON keyed by field key, so a card written under an older definition
(a field renamed, added or retired since) stays readable.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase


class CaseCardType(RecordBase, table=True):
    """One kind of card (思想动态卡, 谈心谈话卡, 帮扶解难卡 …) as the branch has configured it."""

    __tablename__ = "case_card_type"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    name: str = Field(max_length=50)
    role: str = Field(default="", max_length=10)  # thought / talk / help for the defaults, '' for added kinds
    sort_order: int = 0
    active: bool = True


class CaseCardField(RecordBase, table=True):
    """One field of a card type; retired fields stay (active False) so old values keep their label."""

    __tablename__ = "case_card_field"

    card_type_id: str = Field(foreign_key="case_card_type.id", index=True, max_length=36)
    key: str = Field(max_length=40)
    label: str = Field(max_length=50)
    kind: str = Field(default="text", max_length=10)  # text / long / date / choice / person
    required: bool = False
    options: str = Field(default="", sa_type=Text)  # choice options, one a line
    sort_order: int = 0
    active: bool = True


class CaseRecord(RecordBase, table=True):
    """一人一事: one person's matter from first notice to 销号."""

    __tablename__ = "case_record"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=36)
    person_name: str = Field(max_length=100)
    person_unit: str = Field(default="", max_length=200)  # 单位
    person_post: str = Field(default="", max_length=100)  # 岗位
    person_phone: str = Field(default="", max_length=30)  # for people outside the roster
    category: str = Field(default="", max_length=20)  # 思想问题 / 工作困难 / …
    noticed_via: str = Field(default="", max_length=20)  # 走访 / 谈心 / 反映 / 观察
    level: str = Field(default="一般", max_length=4)  # 关注等级
    responsible: str = Field(default="", max_length=100)  # 责任人
    opened_on: date = Field(index=True)
    summary: str = Field(default="", sa_type=Text)  # 事由
    status: str = Field(default="摸排", max_length=4, index=True)
    next_follow_up: date | None = None
    result: str = Field(default="", sa_type=Text)  # 办理结果, when closed
    confirmed: bool = False  # 本人确认
    confirmation: str = Field(default="", sa_type=Text)  # how the person confirmed
    closed_on: date | None = None


class CaseCard(RecordBase, table=True):
    """A card filled in for a case; ``content`` is a JSON object {field key: value}."""

    __tablename__ = "case_card"

    case_id: str = Field(foreign_key="case_record.id", index=True, max_length=36)
    card_type_id: str = Field(foreign_key="case_card_type.id", index=True, max_length=36)
    card_date: date = Field(index=True)
    content: str = Field(default="{}", sa_type=Text)


class CaseEvent(RecordBase, table=True):
    """The case's history: opened, status moved, 销号 (with result and confirmation), reopened (with reason)."""

    __tablename__ = "case_event"

    case_id: str = Field(foreign_key="case_record.id", index=True, max_length=36)
    event_date: date
    action: str = Field(max_length=10)  # 立案 / 状态 / 销号 / 重新打开
    from_status: str = Field(default="", max_length=4)
    to_status: str = Field(default="", max_length=4)
    note: str = Field(default="", sa_type=Text)
