"""党员责任区, 党员承诺, 一帮一结对 and the 公示 of 发展党员.

An area's people are roster members or not (as in 三卡一法); a pair keeps its visits and help as cards
of an ordinary 三卡一法 case, so there is one copy of that machinery. A 公示 belongs to a person on the
roster; the secretary's corrections to the working-day calendar are kept per database.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase


class DutyArea(RecordBase, table=True):
    """党员责任区: a 班组, 岗位, 片区 or 村民小组 of the branch."""

    __tablename__ = "duty_area"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    name: str = Field(max_length=100)
    kind: str = Field(default="其他", max_length=10)  # 班组 / 岗位 / 片区 / 村民小组 / 其他
    note: str = Field(default="", sa_type=Text)
    sort_order: int = 0


class DutyAreaPerson(RecordBase, table=True):
    """Someone attached to an area: its responsible member(s), the people in it, the 积极分子 it trains."""

    __tablename__ = "duty_area_person"

    area_id: str = Field(foreign_key="duty_area.id", index=True, max_length=36)
    role: str = Field(max_length=6)  # 负责人 / 成员 / 积极分子
    person_id: str | None = Field(default=None, foreign_key="person.id", index=True, max_length=36)
    person_name: str = Field(max_length=100)
    person_unit: str = Field(default="", max_length=200)  # 单位或住址, for people outside the roster


class DutyAreaRecord(RecordBase, table=True):
    """One entry of an area's yearly record against one of the 四个明确."""

    __tablename__ = "duty_area_record"

    area_id: str = Field(foreign_key="duty_area.id", index=True, max_length=36)
    year: int = Field(index=True)
    duty: int  # 1 先锋模范 2 安全与纪律 3 思想政治工作 4 培养积极分子
    content: str = Field(default="", sa_type=Text)  # what was done
    due_on: date | None = None  # by when
    result: str = Field(default="", sa_type=Text)
    done_on: date | None = None


class DutyPledge(RecordBase, table=True):
    """党员承诺: one 承诺事项 of a member for a year."""

    __tablename__ = "duty_pledge"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    year: int = Field(index=True)
    content: str = Field(sa_type=Text)
    pledged_on: date


class DutyPledgeReview(RecordBase, table=True):
    """The year-end 践诺 assessment of one member, entered once for the year."""

    __tablename__ = "duty_pledge_review"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    year: int = Field(index=True)
    grade: str = Field(max_length=4)  # 好 / 较好 / 一般 / 差
    note: str = Field(default="", sa_type=Text)
    reviewed_on: date


class DutyPair(RecordBase, table=True):
    """一帮一结对: a member and the person they help or train; the partner, visits and help live in the
    三卡一法 case ``case_id``."""

    __tablename__ = "duty_pair"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    member_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    kind: str = Field(max_length=10)  # 困难帮扶 / 培养积极分子
    case_id: str = Field(foreign_key="case_record.id", index=True, max_length=36)
    started_on: date
    ended_on: date | None = None
    note: str = Field(default="", sa_type=Text)


class DutyNotice(RecordBase, table=True):
    """公示 in 发展党员: of a 发展对象 before the 支部大会, or of a 预备党员 before 转正."""

    __tablename__ = "duty_notice"

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    kind: str = Field(max_length=6)  # 发展对象 / 转正
    start_on: date
    end_on: date
    result: str = Field(default="", max_length=20)  # 无异议 / 有异议（已核实） / …
    note: str = Field(default="", sa_type=Text)


class DutyWorkday(RecordBase, table=True):
    """The secretary's correction of one day of the working-day calendar."""

    __tablename__ = "duty_workday"

    day: date = Field(index=True)
    is_workday: bool
    note: str = Field(default="", max_length=100)
