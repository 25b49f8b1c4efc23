"""Realistic editing between saved versions, shared by the review tests and the benchmark."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from wizard.model import Risk, RiskBearer, RiskCategory
from wizard.projectfile import Project

BASE = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.timezone.utc)


def edit_session(project: Project, n: int, rng: random.Random) -> None:
    """What a team might change between two sessions: a figure, a sentence, a row, a KPI value."""
    p = project.proposal
    if p.problem.kpis:
        kpi = p.problem.kpis[rng.randrange(len(p.problem.kpis))]
        kpi.baseline = Decimal(rng.randint(1, 500)) / 10
    p.problem.statement = (p.problem.statement + f" Update {n}: figures checked against the {2020 + n % 6} survey.")[-5000:]
    if p.finance.lines:
        line = p.finance.lines[rng.randrange(len(p.finance.lines))]
        if line.opex is not None:
            line.opex = line.opex + Decimal(1_000_000 * rng.randint(1, 9))
    if n % 3 == 0:
        p.risks.insert(rng.randrange(len(p.risks) + 1), Risk(
            category=RiskCategory.POLITICAL, description=f"Change of city leadership after election {n}",
            likelihood=2, impact=4, mitigation="Council resolution and national co-signature", bearer=RiskBearer.CITY))
    elif n % 3 == 1 and len(p.risks) > 3:
        del p.risks[rng.randrange(len(p.risks))]
    p.vision.statement = p.vision.statement.replace(" by 20", " by 20", 1)
    if n % 10 == 0:
        p.meta.subtitle = f"{p.meta.subtitle.split(' (rev')[0]} (rev {n})"


def at(n: int) -> dt.datetime:
    return BASE + dt.timedelta(days=n)
