"""All table models, imported in one place so SQLModel.metadata knows every table."""

# Each record kind keeps its tables in its own module; importing registers them with the metadata.
from dangjian_desktop.db.base import RecordBase, new_id, utcnow
from dangjian_desktop.db.models import cases, duty, exchange, meetings, study, users  # noqa: F401
from dangjian_desktop.db.models.audit import AppSetting, AuditLog
from dangjian_desktop.db.models.dues import DuesAssessment, DuesPayment, DuesPaymentMonth, DuesRateTable
from dangjian_desktop.db.models.live_indexes import add_to as _add_live_indexes
from dangjian_desktop.db.models.org import Branch, CommitteeMember, PartyGroup
from dangjian_desktop.db.models.people import Discipline, ImportBatch, OrgTransfer, Person

_add_live_indexes(RecordBase.metadata)

__all__ = [
    "AppSetting",
    "AuditLog",
    "Branch",
    "CommitteeMember",
    "Discipline",
    "DuesAssessment",
    "DuesPayment",
    "DuesPaymentMonth",
    "DuesRateTable",
    "ImportBatch",
    "OrgTransfer",
    "PartyGroup",
    "Person",
    "RecordBase",
    "new_id",
    "utcnow",
]
