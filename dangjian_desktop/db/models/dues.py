"""党费: the yearly assessment per member, payments and the months they cover, the branch's rate table.

Money is integer fen; a rate is integer 万分之 (basis points: 150 = 1.5%).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, Text, text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase

_LIVE = "deleted_at IS NULL"


class DuesAssessment(RecordBase, table=True):
    """核定: what a member pays a month in ``year`` from ``from_month`` on (until the next row's month).

    The row with ``from_month`` 1 is fixed at the start of the year; a base changed during the year
    adds a row taking effect from that month.
    """

    __tablename__ = "dues_assessment"
    __table_args__ = (
        Index("uq_dues_assessment_live", "person_id", "year", "from_month", unique=True,
              sqlite_where=text(_LIVE), postgresql_where=text(_LIVE)),
    )

    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    year: int = Field(index=True)
    from_month: int = 1
    category: str = Field(max_length=10)  # 缴费类别: 在职 / 离退休 / 农民 / 学生 / 下岗失业 / 低保/困难 / 其他
    base_fen: int = 0  # 交纳基数 (monthly), 0 for fixed amounts
    rate_bp: int = 0  # 万分之, 0 for fixed amounts
    due_fen: int = 0  # 月应缴 after rounding and any 少交/免交
    reduction: str = Field(default="", max_length=4)  # '' / 少交 / 免交
    reason: str = Field(default="", sa_type=Text)
    approval_note: str = Field(default="", sa_type=Text)  # who approved, when


class DuesPayment(RecordBase, table=True):
    """One payment (one receipt): when, how much, who took it and who paid it."""

    __tablename__ = "dues_payment"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    paid_on: date = Field(index=True)
    amount_fen: int
    receiver: str = Field(default="", max_length=50)  # 收款人
    paid_by: str = Field(default="", max_length=50)  # 代缴人, '' = the member in person
    note: str = Field(default="", sa_type=Text)


class DuesPaymentMonth(RecordBase, table=True):
    """The part of a payment that pays for one month; the parts add up to the payment exactly."""

    __tablename__ = "dues_payment_month"

    payment_id: str = Field(foreign_key="dues_payment.id", index=True, max_length=36)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    year: int = Field(index=True)
    month: int
    amount_fen: int


class DuesRateTable(RecordBase, table=True):
    """A branch's 党费 rate table (domain.dues.RateTable as JSON); none saved means the 2008 defaults."""

    __tablename__ = "dues_rate_table"
    __table_args__ = (
        Index("uq_dues_rate_table_live", "branch_id", unique=True,
              sqlite_where=text(_LIVE), postgresql_where=text(_LIVE)),
    )

    branch_id: str = Field(foreign_key="branch.id", max_length=36)
    content: str = Field(default="", sa_type=Text)
