"""会议记录 tables."""

from __future__ import annotations
