"""Cards of a 三卡一法 case: written against the card type's current definition, shown against it
(renamed labels, new and retired fields), and the yearly 谈心谈话 coverage of members."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from dangjian_desktop.db.models import Person
from dangjian_desktop.db.models.cases import CaseCard, CaseCardType, CaseRecord
from dangjian_desktop.domain import cases as rules
from dangjian_desktop.domain.cases_fields import ShownValue, check_values, first_date, shown_values
from dangjian_desktop.domain.names import stroke_key
from dangjian_desktop.domain.people import ACTIVE_STATUSES
from dangjian_desktop.errors import NotFoundError, UserError, ValidationError
from dangjian_desktop.services import Changed
from dangjian_desktop.services.cases.card_types import CardTypeInfo, get_card_type, list_card_types
from dangjian_desktop.services.cases.records import get_case, set_level, set_status

COVERED_CATEGORIES = ("正式党员", "预备党员")


@dataclass(frozen=True)
class CardView:
    id: str
    card_type_id: str
    type_name: str
    role: str
    card_date: date
    values: dict[str, str]  # as stored
    shown: list[ShownValue]  # labelled, in the definition's order; retired fields marked
    created_at: datetime | None = None  # 录入时间


def _load(content: str) -> dict[str, str]:
    try:
        data = json.loads(content or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


@dataclass(frozen=True)
class CardInput:
    """One card as the editor (or the demo) gives it: what ``save_card`` stores.

    ``values`` holds the card type's own fields (the branch configures them: 谈话日期, 地点, 谈话内容 …),
    field key → what was written; they are checked against the type's current definition.
    """

    card_type_id: str
    values: Mapping[str, object] = field(default_factory=dict)
    card_date: date | None = None  # 填卡日期, for a type whose first field is not a date
    next_follow_up: date | None = None  # also sets the case's next follow-up date (optional)


def save_card(session: Session, case_id: str, *, data: CardInput, card_id: str | None = None,
              today: date | None = None) -> Changed:
    """Add a card to an open case or change one. Values are checked against the type's current fields.

    Adding a card moves the case along the method (a 谈心谈话卡 → 谈心, a 帮扶解难卡 → 帮扶 …);
    ``data.next_follow_up`` (optional) sets the case's next follow-up date at the same time.
    The card's date is its first field when that is a date (谈话日期, 发现时间), else ``data.card_date``
    (填卡日期), else today.
    """
    today = today or date.today()
    card_type_id, next_follow_up = data.card_type_id, data.next_follow_up
    case = get_case(session, case_id)
    if case.status == rules.CLOSED:
        raise UserError("这个事项已销号，不能再添加或修改卡片；如需继续跟进，请先“重新打开”")
    card_type = get_card_type(session, card_type_id)
    fields = card_type.active_fields
    clean, errors = check_values(fields, data.values)
    if next_follow_up is not None and next_follow_up < case.opened_on:
        errors["next_follow_up"] = "下次回访日期不能早于立案日期"
    if errors:
        raise ValidationError(errors)
    dated = fields[0].kind == "date" if fields else False
    card_date = (first_date(fields[:1], clean) if dated else None) or data.card_date or today
    if card_date > today:
        errors["card_date"] = "填卡日期不能晚于今天"
    elif card_date < case.opened_on:
        errors["card_date"] = f"卡片日期不能早于立案日期 {case.opened_on:%Y-%m-%d}"
    if errors:
        raise ValidationError({fields[0].key if dated else "card_date": errors.pop("card_date"), **errors})
    if card_id is None:
        card = CaseCard(case_id=case_id, card_type_id=card_type_id, card_date=card_date)
        stored: dict[str, str] = {}
        level_before = ""
    else:
        found = session.get(CaseCard, card_id)
        if found is None or found.deleted_at is not None or found.case_id != case_id:
            raise NotFoundError("找不到这张卡片（可能已被删除）")
        card = found
        level_before = _load(card.content).get("level", "")
        # values of fields retired since the card was written are kept as they were
        active = {f.key for f in fields}
        stored = {k: v for k, v in _load(card.content).items() if k not in active}
    card.card_date = card_date
    card.content = json.dumps({**stored, **clean}, ensure_ascii=False)
    session.add(card)
    session.flush()
    if card_id is None:
        set_status(session, case_id, rules.status_after_card(case.status, card_type.role), on=card_date,
                   next_follow_up=next_follow_up)
    elif next_follow_up is not None:
        set_status(session, case_id, case.status, on=card_date, next_follow_up=next_follow_up)
    if clean.get("level") and clean["level"] != level_before:  # an old card re-saved does not undo a newer level
        set_level(session, case_id, str(clean["level"]), on=card_date)
    return Changed("case_card", (card.id,))


def new_card_defaults(session: Session, case_id: str) -> dict[str, str]:
    """What a new card starts with: the case's 发现方式 and 关注等级 (for card fields of those keys)."""
    case = get_case(session, case_id)
    return {"noticed_via": case.noticed_via, "level": case.level}


def list_cards(session: Session, case_id: str) -> list[CardView]:
    """The case's cards in order (by date, then as entered), each shown against its type's definition."""
    return cards_of(session, [get_case(session, case_id)])[case_id]


def cards_of(session: Session, cases: Sequence[CaseRecord]) -> dict[str, list[CardView]]:
    """``list_cards`` of these cases, read together: case id → its cards (a statement for the cards of them all,
    two for the card types of each branch)."""
    types: dict[str, CardTypeInfo] = {}
    for branch_id in sorted({c.branch_id for c in cases}):
        types.update((t.id, t) for t in list_card_types(session, branch_id, include_inactive=True))
    ids = [c.id for c in cases]
    out: dict[str, list[CardView]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        for r in session.exec(select(CaseCard).where(col(CaseCard.case_id).in_(ids[i:i + 500]),
                                                     col(CaseCard.deleted_at).is_(None))
                              .order_by(col(CaseCard.card_date), col(CaseCard.created_at))):
            t: CardTypeInfo | None = types.get(r.card_type_id)
            values = _load(r.content)
            shown = shown_values(list(t.fields) if t else [], values)
            out[r.case_id].append(CardView(r.id, r.card_type_id, t.name if t else "（已删除的卡片类型）",
                                           t.role if t else "", r.card_date, values, shown, r.created_at))
    return out


@dataclass(frozen=True)
class CoverageRow:
    person_id: str
    name: str
    category: str
    talks: int
    last_talk: date | None
    on_committee: bool = False  # a 支委 (services/committee.py): 班子成员之间 talks are due every year too


@dataclass(frozen=True)
class Coverage:
    year: int
    rows: list[CoverageRow]  # every member on the books, in 姓氏笔画 order

    @property
    def missing(self) -> list[CoverageRow]:
        return [r for r in self.rows if r.talks == 0]

    @property
    def committee_missing(self) -> list[CoverageRow]:
        """支委 without a 谈心谈话 this year (《关于新形势下党内政治生活的若干准则》: 班子成员之间每年谈心谈话)."""
        return [r for r in self.rows if r.on_committee and r.talks == 0]

    @property
    def covered(self) -> int:
        return sum(1 for r in self.rows if r.talks)


def coverage(session: Session, branch_id: str, year: int) -> Coverage:
    """Which members (正式/预备党员 on the books) have a 谈心谈话卡 dated in ``year``."""
    members = session.execute(core_select(col(Person.id), col(Person.name), col(Person.category)).where(
        col(Person.branch_id) == branch_id, col(Person.deleted_at).is_(None),
        col(Person.category).in_(COVERED_CATEGORIES), col(Person.status).in_(ACTIVE_STATUSES)))
    talks = session.exec(
        select(col(CaseRecord.person_id), col(CaseCard.card_date))
        .join(CaseRecord, col(CaseRecord.id) == col(CaseCard.case_id))
        .join(CaseCardType, col(CaseCardType.id) == col(CaseCard.card_type_id))
        .where(CaseRecord.branch_id == branch_id, col(CaseRecord.deleted_at).is_(None),
               col(CaseCard.deleted_at).is_(None), CaseCardType.role == "talk",
               col(CaseRecord.person_id).is_not(None),
               col(CaseCard.card_date) >= date(year, 1, 1), col(CaseCard.card_date) <= date(year, 12, 31)))
    count: dict[str, int] = {}
    last: dict[str, date] = {}
    for person_id, when in talks:
        if person_id is None:
            continue
        count[person_id] = count.get(person_id, 0) + 1
        last[person_id] = max(last.get(person_id, when), when)
    from dangjian_desktop.services.committee import committee_person_ids

    committee = committee_person_ids(session, branch_id)
    rows = [CoverageRow(p.id, p.name, p.category, count.get(p.id, 0), last.get(p.id), p.id in committee)
            for p in members]
    rows.sort(key=lambda r: stroke_key(r.name))
    return Coverage(year, rows)

