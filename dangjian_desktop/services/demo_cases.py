"""Demo data: a realistic set of 三卡一法 cases for the demo branch."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import Session


def create_demo_cases(session: Session, branch_id: str, *, years: int, today: date, rng: random.Random) -> None:
    """Add a realistic set of 三卡一法 cases to the demo branch (through the services, so it is validated and audited)."""
