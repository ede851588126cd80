"""学习笔记 tables."""

from __future__ import annotations
