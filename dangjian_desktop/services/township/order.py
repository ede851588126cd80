"""The order branches are listed in, in every table of the 汇总 (the tab, the Word report, the .xlsx) and of
the 党内统计: by 支部编码 when every branch has one (the township assigns them), else by name in 姓氏笔画 order,
character by character, as the rest of the app orders names (``domain.names.stroke_key``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from dangjian_desktop.domain.names import stroke_key

_DIGITS = re.compile(r"(\d+)")


class Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def code(self) -> str: ...


N = TypeVar("N", bound=Named)


def _code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """“2” before “10”: the numbers in a code compared as numbers, the rest as text."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in _DIGITS.split(code.strip()) if part)


def report_order(branches: Iterable[N]) -> list[N]:
    """``branches`` in the order the tables list them."""
    found = list(branches)
    if found and all(b.code.strip() for b in found):
        return sorted(found, key=lambda b: (_code_key(b.code), stroke_key(b.name)))
    return sorted(found, key=lambda b: stroke_key(b.name))
