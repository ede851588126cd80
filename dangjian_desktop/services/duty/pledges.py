"""党员承诺: each member's pledges for a year and the year-end 践诺 assessment, entered once and read
wherever it is shown (the 公示 sheet, the 民主评议党员 meeting record, the archive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from dangjian_desktop.db.models.duty import DutyPledge, DutyPledgeReview
from dangjian_desktop.domain import duty as rules
from dangjian_desktop.errors import NotFoundError, ValidationError
from dangjian_desktop.services import Changed, soft_delete
from dangjian_desktop.services.branches import require_writable
from dangjian_desktop.services.duty.common import get_person, members


@dataclass(frozen=True)
class Pledge:
    id: str
    content: str
    pledged_on: date


@dataclass(frozen=True)
class Review:
    id: str
    grade: str
    note: str
    reviewed_on: date

    @property
    def text(self) -> str:
        return self.grade + (f"（{self.note}）" if self.note else "")


@dataclass(frozen=True)
class MemberPledges:
    person_id: str
    name: str
    category: str
    pledges: tuple[Pledge, ...]
    review: Review | None

    @property
    def pledge_text(self) -> str:
        return "\n".join(f"{n}. {p.content}" for n, p in enumerate(self.pledges, 1)) if len(self.pledges) > 1 \
            else (self.pledges[0].content if self.pledges else "")


def save_pledge(session: Session, branch_id: str, person_id: str, year: int, content: str, pledged_on: date | None,
                *, pledge_id: str | None = None, today: date | None = None) -> Changed:
    today = today or date.today()
    require_writable(session, branch_id)
    get_person(session, branch_id, person_id)
    errors = rules.check_pledge(content, pledged_on, year, today)
    if errors:
        raise ValidationError(errors)
    assert pledged_on is not None
    if pledge_id is None:
        row = DutyPledge(branch_id=branch_id, person_id=person_id, year=year, content="", pledged_on=pledged_on)
    else:
        found = session.get(DutyPledge, pledge_id)
        if found is None or found.deleted_at is not None:
            raise NotFoundError("找不到这条承诺（可能已被删除）")
        row = found
    row.content, row.pledged_on = content.strip(), pledged_on
    session.add(row)
    session.flush()
    return Changed("duty_pledge", (row.id,))


def delete_pledge(session: Session, pledge_id: str) -> Changed:
    return soft_delete(session, DutyPledge, pledge_id, "找不到这条承诺（可能已被删除）")


def save_review(session: Session, branch_id: str, person_id: str, year: int, grade: str, reviewed_on: date | None,
                note: str = "", *, today: date | None = None) -> Changed:
    """The member's 践诺 assessment for the year: one per member and year (a second save changes it)."""
    today = today or date.today()
    require_writable(session, branch_id)
    get_person(session, branch_id, person_id)
    errors = rules.check_review(grade, reviewed_on, year, today)
    if errors:
        raise ValidationError(errors)
    assert reviewed_on is not None
    row = session.exec(select(DutyPledgeReview).where(
        DutyPledgeReview.person_id == person_id, DutyPledgeReview.year == year,
        col(DutyPledgeReview.deleted_at).is_(None))).first()
    if row is None:
        row = DutyPledgeReview(branch_id=branch_id, person_id=person_id, year=year, grade=grade,
                               reviewed_on=reviewed_on)
    row.grade, row.reviewed_on, row.note = grade, reviewed_on, note.strip()
    session.add(row)
    session.flush()
    return Changed("duty_pledge_review", (row.id,))


def year_pledges(session: Session, branch_id: str, year: int) -> list[MemberPledges]:
    """Every member on the books (姓氏笔画 order) with the year's pledges and assessment, and anyone who
    has pledges that year though no longer a member on the books."""
    pledges: dict[str, list[Pledge]] = {}
    for r in session.exec(select(DutyPledge).where(DutyPledge.branch_id == branch_id, DutyPledge.year == year,
                                                   col(DutyPledge.deleted_at).is_(None))
                          .order_by(col(DutyPledge.pledged_on), col(DutyPledge.created_at))):
        pledges.setdefault(r.person_id, []).append(Pledge(r.id, r.content, r.pledged_on))
    reviews = {r.person_id: Review(r.id, r.grade, r.note, r.reviewed_on)
               for r in session.exec(select(DutyPledgeReview).where(
                   DutyPledgeReview.branch_id == branch_id, DutyPledgeReview.year == year,
                   col(DutyPledgeReview.deleted_at).is_(None)))}
    return [MemberPledges(m.id, m.name, m.category, tuple(pledges.get(m.id, ())), reviews.get(m.id))
            for m in members(session, branch_id)]


def reviews_by_name(session: Session, branch_id: str, year: int) -> dict[str, str]:
    """Member name → 践诺 assessment text, for the 民主评议党员 meeting record."""
    return {m.name: m.review.text for m in year_pledges(session, branch_id, year) if m.review is not None}


def appraisal_year(held_on: date) -> int:
    """The year a 民主评议党员 meeting assesses: its own from July on, the year before in its first half."""
    return held_on.year if held_on.month >= 7 else held_on.year - 1


def review_lines(session: Session, branch_id: str, held_on: date) -> list[str]:
    """'姓名：承诺 N 项，践诺评定 好（说明）' for each member, for a 民主评议党员 meeting held on ``held_on``."""
    year = appraisal_year(held_on)
    lines = []
    for m in year_pledges(session, branch_id, year):
        if not m.pledges and m.review is None:
            continue
        review = m.review.text if m.review else "未评定"
        lines.append(f"{m.name}：{year}年承诺 {len(m.pledges)} 项，践诺评定 {review}")
    return lines
