"""年度自查 findings about the branch itself: its structure (domain/branch_structure.py) and the people whose
notes speak of 留党察看 while no 党纪处分 record says when it runs. Added to the year's findings by one call in
services/year/selfcheck.py; 换届 is left to the self-check's own rule table (its ``term`` rule uses the same
computation, domain/branch_structure.term_notice)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from dangjian_desktop.domain import selfcheck as sc
from dangjian_desktop.domain import selfcheck_items as sr
from dangjian_desktop.services import committee
from dangjian_desktop.services.people import discipline

_ORDER = {sr.SERIOUS: 0, sr.WARN: 1, sr.INFO: 2}
NOTES_BASIS = "党章第四十条：党员在留党察看期间没有表决权；察看期以党纪处分记录为准"


def findings(session: Session, branch_id: str, today: date) -> list[sc.Finding]:
    out = [sc.Finding(n.key, n.severity, n.text, n.basis, sc.Target("支部信息"))
           for n in committee.structure(session, branch_id, today) if n.key != "term"]
    for row in discipline.probation_in_notes_only(session, branch_id):
        out.append(sc.Finding("discipline_notes", sr.WARN,
                              f"{row.name}的备注提到“留党察看”，但没有登记党纪处分记录（请登记起始日期和期限）",
                              NOTES_BASIS, sc.Target("党员台账", row.person_id)))
    return out


def with_findings(session: Session, branch_id: str, today: date, found: list[sc.Finding]) -> list[sc.Finding]:
    """``found`` and the findings above, most serious first (the order the self-check shows)."""
    return sorted([*found, *findings(session, branch_id, today)], key=lambda f: _ORDER[f.severity])
