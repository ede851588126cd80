"""三卡一法 tables."""

from __future__ import annotations
