"""reportlab tables whose rows are measured once.

reportlab's Table measures its rows every time it is asked for its size: when a group kept with the next
paragraph is measured and then placed (the 归档章 with the item's title), and when a table that does not
fit is measured and then split, the same rows are measured twice. A row's height depends only on the column
widths, so :func:`table_class`'s tables remember the heights measured and give reportlab the same numbers
(the same row positions, summed the same way) without measuring the cells again.
Tables with spanned or unsplittable cells or fixed row heights are left to reportlab.

Imported only where reportlab's layout is imported anyway.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def table_class() -> type:
    from reportlab.platypus import Table

    class MeasuredOnce(Table):
        def _calc(self, availWidth: float, availHeight: float) -> None:
            known = self.__dict__.get("_measured")
            if known is not None and known[0] == availWidth:
                _replay(self, known[1], availWidth)
                return
            super()._calc(availWidth, availHeight)
            if (not self._spanCmds and not self._nosplitCmds and not self._minRowHeights
                    and all(h is None for h in self._argH) and None not in self._rowHeights
                    and self._hmax == len(self._rowHeights)):
                self._measured = (availWidth, list(self._rowHeights))

    return MeasuredOnce


def _replay(table: Any, heights: list[float], avail_width: float) -> None:
    """What Table._calc leaves behind for a table without spans or fixed heights (reportlab measures every
    row of such a table), from its known row heights: the same row positions, summed the same way."""
    h = list(heights)
    table._rowHeights = h
    positions: list[float] = []
    height: float = 0
    c: float = 0
    for i in range(len(h) - 1, -1, -1):  # reportlab's compensated sum, from the last row up
        positions.append(height)
        y = h[i] - c
        t = height + y
        c = (t - height) - y
        height = t
    positions.append(height)
    positions.reverse()
    table._rowpositions, table._height, table._hmax = positions, height, len(h)
    table._calc_width(avail_width)  # done once already: reportlab keeps the column widths
