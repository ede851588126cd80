"""Tables that measure their rows once lay out exactly as reportlab's Table: the same PDF, byte for byte, for
a table split over many pages and small tables kept with the next paragraph, with their cells measured
fewer times."""

from __future__ import annotations

import io
from typing import Any

import pytest

from dangjian_desktop.export import pdf_fonts
from dangjian_desktop.export.pdf_tables import table_class


def _story(table: type, style: Any, cell: Any) -> list[Any]:
    from reportlab.platypus import TableStyle

    look = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story: list[Any] = []
    for n in range(12):  # small tables kept with the paragraph after them
        stamp = table([[pdf_fonts.paragraph(f"件号{n:03d}", cell), pdf_fonts.paragraph("保管期限", cell)]],
                      colWidths=[60, 60], hAlign="RIGHT")
        stamp.setStyle(look)
        stamp.keepWithNext = True
        story += [stamp, pdf_fonts.paragraph(f"第{n}件的题名" * (n + 1), style)]
    rows = [[pdf_fonts.paragraph(str(n), cell), pdf_fonts.paragraph("中共清水驿乡柳沟村党支部" * (n % 3 + 1), cell),
             pdf_fonts.paragraph(f"2026{n:04d}", cell)] for n in range(400)]
    long = table([[pdf_fonts.paragraph(h, cell) for h in ("序号", "责任者", "日期")], *rows],
                 colWidths=[40, 200, 80], repeatRows=1)
    long.setStyle(look)
    story.append(long)
    return story


def _pdf(table: type) -> tuple[bytes, int]:
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.tables import Table

    body, _bold = pdf_fonts.register_cjk_fonts()
    style = ParagraphStyle("b", fontName=body, fontSize=15.75, leading=28.95, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=body, fontSize=10.5, leading=12.6, wordWrap="CJK", alignment=1)
    measured = [0]
    original = Table._listCellGeom

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        measured[0] += 1
        return original(self, *args, **kwargs)

    out = io.BytesIO()
    invariant = rl_config.invariant
    rl_config.invariant = 1
    try:
        Table._listCellGeom = counting  # type: ignore[method-assign]
        SimpleDocTemplate(out).build(_story(table, style, cell))
    finally:
        Table._listCellGeom = original  # type: ignore[method-assign]
        rl_config.invariant = invariant
    return out.getvalue(), measured[0]


def test_the_same_pdf_as_reportlabs_tables_with_fewer_measurements() -> None:
    from reportlab.platypus import Table

    theirs, their_count = _pdf(Table)
    ours, our_count = _pdf(table_class())
    assert ours == theirs
    assert our_count < their_count * 0.8, (our_count, their_count)


@pytest.mark.parametrize("spans", [False, True])
def test_spanned_tables_are_left_to_reportlab(spans: bool) -> None:
    from reportlab.platypus import TableStyle

    table = table_class()([["甲", "乙"], ["丙", "丁"]], colWidths=[50, 50])
    if spans:
        table.setStyle(TableStyle([("SPAN", (0, 0), (1, 0))]))
    table.wrap(100, 500)
    assert ("_measured" in table.__dict__) is not spans
