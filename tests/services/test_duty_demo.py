"""The demo branch carries a year of 党员责任区, 承诺, 结对 and 公示, consistent with its people, cases and
meetings; last year's 践诺 assessment shows in last December's 民主评议党员 record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from dangjian_desktop.db import Database
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.duty import areas, notices, pairs, pledges
from dangjian_desktop.services.meetings import listing, printing
from dangjian_desktop.services.year import selfcheck

TODAY = date(2026, 11, 29)


def test_demo_year_of_duty_records(db: Database, tmp_path: Path) -> None:
    with db.session_scope() as s:
        branch_id = create_demo_branch(s, today=TODAY).id
    with db.session_scope() as s:
        all_areas = areas.list_areas(s, branch_id)
        records = {a.name: areas.year_record(s, a.id, 2026) for a in all_areas}
        this_year = pledges.year_pledges(s, branch_id, 2026)
        last_year = pledges.year_pledges(s, branch_id, 2025)
        pair_rows = pairs.list_pairs(s, branch_id)
        cover = pairs.coverage(s, branch_id)
        notice_rows = notices.list_notices(s, branch_id)
        result = selfcheck.check_year(s, branch_id, 2026, today=TODAY)
        appraisal = next(m for m in listing.list_meetings(s, branch_id, year=2025) if "民主评议党员" in m.types)
        pdf = printing.print_meeting(s, appraisal.id, tmp_path / "评议.pdf")
    assert [a.name for a in all_areas][:3] == ["一组", "二组", "三组"] and all(a.leaders for a in all_areas)
    assert all({1, 2, 3, 4} <= {r.duty for r in rec} for rec in records.values())
    assert any(r.source == "三卡一法" for rec in records.values() for r in rec)  # the demo's cases, read in
    assert sum(1 for m in this_year if not m.pledges) == 2 and all(m.review is None for m in this_year)
    assert all(m.pledges and m.review for m in last_year)
    assert pair_rows and all(p.visits >= 2 for p in pair_rows) and not cover.activists_without
    assert notice_rows and all(n.check.ok for n in notice_rows)
    keys = {f.rule_key for f in result.findings}
    assert "pledges" in keys and not keys & {"duty_areas", "notices", "activists", "pledge_reviews"}
    assert any(r.rule_key == "activities" for r in result.grid)
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages).replace(" ", "")
    assert "党员年度承诺践诺评定" in text and "践诺评定" in text and "2025年承诺" in text
