"""People in the roster (党员台账), their 组织关系转接, and roster import batches."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, Text, text
from sqlmodel import Field

from dangjian_desktop.db.base import RecordBase


class Person(RecordBase, table=True):
    __tablename__ = "person"
    __table_args__ = (
        # one live person per 公民身份号码 in a branch; across branches the people service decides (a member
        # who moved keeps the old branch's 转出 record beside the new one's)
        Index(
            "uq_person_id_number_live",
            "id_number",
            "branch_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL AND id_number IS NOT NULL"),
            postgresql_where=text("deleted_at IS NULL AND id_number IS NOT NULL"),
        ),
    )

    branch_id: str = Field(foreign_key="branch.id", index=True, max_length=36)
    group_id: str | None = Field(default=None, foreign_key="party_group.id", index=True, max_length=36)

    name: str = Field(max_length=100)
    gender: str = Field(default="", max_length=2)  # 男 / 女
    ethnicity: str = Field(default="", max_length=20)
    birth_date: date | None = None
    id_number: str | None = Field(default=None, max_length=18)
    native_place: str = Field(default="", max_length=100)  # 籍贯
    education: str = Field(default="", max_length=20)
    work_unit: str = Field(default="", max_length=200)  # 工作单位及职务
    phone: str = Field(default="", max_length=30)
    address: str = Field(default="", max_length=200)  # 现居住地
    party_post: str = Field(default="", max_length=50)  # 党内职务
    category: str = Field(default="正式党员", max_length=10, index=True)  # 人员类别
    is_hardship: bool = False  # 困难党员
    is_veteran: bool = False  # 退役军人
    is_retired: bool = False  # 离退休
    status: str = Field(default="正常", max_length=10, index=True)  # 组织关系状态
    status_date: date | None = None
    status_note: str = Field(default="", sa_type=Text)
    suspended_date: date | None = None  # 停止党籍 that was later lifted: from …
    restored_date: date | None = None  # … 恢复党籍 (党内统计 counts both)
    note: str = Field(default="", sa_type=Text)

    # 发展党员 stages, in order
    apply_date: date | None = None  # 申请入党
    first_talk_date: date | None = None  # 首次谈话
    activist_date: date | None = None  # 确定为入党积极分子
    candidate_date: date | None = None  # 确定为发展对象
    review_date: date | None = None  # 政治审查
    training_start: date | None = None  # 集中培训
    training_end: date | None = None
    training_hours: int | None = None
    join_date: date | None = None  # 支部大会接收 = 入党日期
    approval_date: date | None = None  # 上级党委审批
    oath_date: date | None = None  # 入党宣誓
    full_apply_date: date | None = None  # 转正申请
    full_member_date: date | None = None  # 转为正式党员
    probation_extension_months: int = 0  # 延长预备期（6–12 个月）
    contact_persons: str = Field(default="", max_length=100)  # 培养联系人
    introducer1: str = Field(default="", max_length=50)  # 入党介绍人
    introducer2: str = Field(default="", max_length=50)

    # search keys, kept in step with the name by the service
    name_pinyin: str = Field(default="", max_length=400)
    name_initials: str = Field(default="", max_length=100)

    import_batch_id: str | None = Field(default=None, foreign_key="import_batch.id", max_length=36)


class OrgTransfer(RecordBase, table=True):
    """组织关系转接: a transfer in or out."""

    __tablename__ = "org_transfer"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    direction: str = Field(max_length=4)  # 转入 / 转出
    transfer_date: date
    other_unit: str = Field(default="", max_length=200)  # 转出/转入单位
    letter_no: str = Field(default="", max_length=50)  # 介绍信编号
    dues_paid_until: str = Field(default="", max_length=7)  # 党费交至 YYYY-MM
    note: str = Field(default="", sa_type=Text)


class Discipline(RecordBase, table=True):
    """党纪处分 (domain/discipline.py): 警告, 严重警告, 撤销党内职务, 留党察看 (with its period), 开除党籍."""

    __tablename__ = "discipline"

    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    kind: str = Field(max_length=10)
    decided_on: date
    decided_by: str = Field(default="", max_length=200)  # 决定机关
    probation_start: date | None = None  # 留党察看 only
    probation_years: int | None = None  # 1 or 2
    restored_on: date | None = None  # 恢复党员权利
    note: str = Field(default="", sa_type=Text)


class ImportBatch(RecordBase, table=True):
    """One confirmed roster import, so that the last import can be undone."""

    __tablename__ = "import_batch"

    branch_id: str = Field(foreign_key="branch.id", max_length=36)
    file_name: str = Field(default="", max_length=260)
    row_count: int = 0
    undone_at: datetime | None = None
