"""三卡一法 card types as the branch configures them: created from the defaults on first use, then
renamed, reordered, given new fields or fields retired. Cards already written keep their values."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from dangjian_desktop.db.models.cases import CaseCardField, CaseCardType
from dangjian_desktop.domain.cases_fields import DEFAULT_CARD_TYPES, FieldDef, check_definition, new_key
from dangjian_desktop.errors import NotFoundError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.branches import require_writable


@dataclass(frozen=True)
class CardTypeInfo:
    id: str
    name: str
    role: str  # thought / talk / help for the three default cards, '' for added ones
    sort_order: int
    active: bool
    fields: tuple[FieldDef, ...]  # in order, retired ones included (active False)

    @property
    def active_fields(self) -> list[FieldDef]:
        return [f for f in self.fields if f.active]


def _types(session: Session, branch_id: str) -> list[CaseCardType]:
    return list(session.exec(select(CaseCardType).where(
        CaseCardType.branch_id == branch_id, col(CaseCardType.deleted_at).is_(None),
    ).order_by(col(CaseCardType.sort_order), col(CaseCardType.created_at))))


def _fields(session: Session, type_ids: list[str]) -> dict[str, list[CaseCardField]]:
    rows = session.exec(select(CaseCardField).where(
        col(CaseCardField.card_type_id).in_(type_ids), col(CaseCardField.deleted_at).is_(None),
    ).order_by(col(CaseCardField.sort_order)))
    out: dict[str, list[CaseCardField]] = {i: [] for i in type_ids}
    for r in rows:
        out[r.card_type_id].append(r)
    return out


def _def(r: CaseCardField) -> FieldDef:
    return FieldDef(r.key, r.label, r.kind, r.required, tuple(o for o in r.options.splitlines() if o.strip()), r.active)


def ensure_defaults(session: Session, branch_id: str) -> Changed | None:
    """Create the three default cards (DESIGN §4.4) the first time the branch uses 三卡一法."""
    if _types(session, branch_id):
        return None
    ids = []
    for order, card in enumerate(DEFAULT_CARD_TYPES):
        row = CaseCardType(branch_id=branch_id, name=card.name, role=card.role, sort_order=order)
        session.add(row)
        session.flush()
        ids.append(row.id)
        for n, f in enumerate(card.fields):
            session.add(CaseCardField(card_type_id=row.id, key=f.key, label=f.label, kind=f.kind,
                                      required=f.required, options="\n".join(f.options), sort_order=n))
    session.flush()
    return Changed("case_card_type", tuple(ids))


def list_card_types(session: Session, branch_id: str, *, include_inactive: bool = False) -> list[CardTypeInfo]:
    ensure_defaults(session, branch_id)
    types = _types(session, branch_id)
    fields = _fields(session, [t.id for t in types])
    return [CardTypeInfo(t.id, t.name, t.role, t.sort_order, t.active, tuple(_def(f) for f in fields[t.id]))
            for t in types if include_inactive or t.active]


def get_card_type(session: Session, card_type_id: str) -> CardTypeInfo:
    row = session.get(CaseCardType, card_type_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("找不到这种卡片（可能已被删除）")
    fields = _fields(session, [row.id])[row.id]
    return CardTypeInfo(row.id, row.name, row.role, row.sort_order, row.active, tuple(_def(f) for f in fields))


def save_card_type(session: Session, branch_id: str, name: str, fields: list[FieldDef], *,
                   card_type_id: str | None = None, active: bool = True) -> Changed:
    """Add a card type or change one. ``fields`` in the wanted order; a field with an empty key is new.

    Fields of the type missing from ``fields`` are retired (kept, inactive), never deleted, so cards
    that hold a value for them still show it.
    """
    require_writable(session, branch_id)
    ensure_defaults(session, branch_id)
    others = {t.name for t in _types(session, branch_id) if t.id != card_type_id}
    errors = check_definition(name, fields, others)
    if errors:
        raise ValidationError(errors)
    if card_type_id is None:
        row = CaseCardType(branch_id=branch_id, name=name.strip(), sort_order=len(others) + 1)
        existing: dict[str, CaseCardField] = {}
    else:
        found = session.get(CaseCardType, card_type_id)
        if found is None or found.deleted_at is not None or found.branch_id != branch_id:
            raise NotFoundError("找不到这种卡片（可能已被删除）")
        row = found
        row.name = name.strip()
        existing = {f.key: f for f in _fields(session, [row.id])[row.id]}
    row.active = active
    session.add(row)
    session.flush()
    keys = set(existing)
    seen: set[str] = set()
    for order, f in enumerate(fields):
        key = f.key if f.key in existing else new_key(keys | seen)
        seen.add(key)
        field_row = existing.get(key) or CaseCardField(card_type_id=row.id, key=key, label=f.label)
        field_row.label = f.label.strip()
        field_row.kind = f.kind
        field_row.required = f.required and f.active
        field_row.options = "\n".join(o.strip() for o in f.options if o.strip())
        field_row.active = f.active
        field_row.sort_order = order
        session.add(field_row)
    for key, field_row in existing.items():
        if key not in seen and field_row.active:
            field_row.active = False
            field_row.required = False
            field_row.sort_order = len(fields) + field_row.sort_order
            session.add(field_row)
    session.flush()
    return Changed("case_card_type", (row.id,))


def move_card_type(session: Session, branch_id: str, card_type_id: str, step: int) -> Changed:
    """Move a card type up (-1) or down (+1) in the order cards are offered and printed."""
    require_writable(session, branch_id)
    types = _types(session, branch_id)
    index = next((i for i, t in enumerate(types) if t.id == card_type_id), None)
    if index is None:
        raise NotFoundError("找不到这种卡片（可能已被删除）")
    target = max(0, min(len(types) - 1, index + step))
    types.insert(target, types.pop(index))
    for order, t in enumerate(types):
        if t.sort_order != order:
            t.sort_order = order
            session.add(t)
    session.flush()
    return Changed("case_card_type", (card_type_id,))
