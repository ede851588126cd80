"""Demo data: a realistic year of meetings for the demo branch."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import Session


def create_demo_meetings(session: Session, branch_id: str, *, years: int, today: date, rng: random.Random) -> None:
    """Add a realistic year of meetings to the demo branch (through the services, so it is validated and audited)."""
