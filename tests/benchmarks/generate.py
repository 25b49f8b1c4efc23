"""Generated proposals for the scaling and memory benchmarks: N slides' worth of content, M photos.

Content is grown from the Lumara sample by repeating its table rows and lengthening its texts by a
factor ``k``; :func:`proposal_with_slides` searches ``k`` so the planned deck has about N slides (the
plan is read from :func:`wizard.export.render_html`, which needs no WeasyPrint).
"""

from __future__ import annotations

import io
import random

from wizard import projectfile, resources
from wizard.model import Photo
from wizard.projectfile import Project

TABLES = ("problem.kpis", "problem.evidence", "risks", "roadmap.phases", "japan.partners",
          "implementation.milestones", "finance.funding", "vision.targets", "team.contacts")
TEXTS = ("vision.statement", "problem.statement", "economy.business_conditions", "economy.revenue_model",
         "japan.investor_role", "implementation.governance", "feasibility.technical_justification")


def _base() -> Project:
    return projectfile.load(resources.sample_path("lumara-transit"))


def grown(k: float, lean: bool = False) -> Project:
    """The Lumara sample with every table about ``k`` times as long and key texts ``k`` times longer.

    ``lean`` first empties the sections that always take several slides (finance, roadmap, Japan,
    implementation, team), so that small decks can be made too.
    """
    from wizard import paths
    from wizard.model import (CityProfile, DigitalRoadmap, EconomicEngine, Feasibility, FinancialCase,
                              Implementation, JapanValueAdd, Team)

    project = _base()
    p = project.proposal
    if lean:
        p.finance, p.roadmap, p.japan = FinancialCase(), DigitalRoadmap(), JapanValueAdd()
        p.implementation, p.team, p.economy = Implementation(), Team(), EconomicEngine()
        p.city, p.feasibility = CityProfile(name=p.city.name, country=p.city.country), Feasibility()
        for name in ("alignment_social", "alignment_economic", "alignment_environmental"):
            setattr(p.vision, name, "")
        for name in ("root_causes", "why_now", "community_needs", "consultation", "affected_groups"):
            setattr(p.problem, name, "")
        p.vision.citizen_benefits, p.vision.business_benefits = p.vision.citizen_benefits[:1], []
    for table in TABLES:
        rows = paths.get(p, table)
        if not rows:
            continue
        want = max(1, round(len(rows) * k))
        copies = [rows[i % len(rows)].model_copy(deep=True) for i in range(want)]
        if table == "roadmap.phases":
            for i, row in enumerate(copies):
                row.name = f"{row.name} ({i + 1})" if i >= len(rows) else row.name
        if table == "problem.kpis":
            for i, row in enumerate(copies):
                row.name = f"{row.name} ({i + 1})" if i >= len(rows) else row.name
        paths.set(p, table, copies)
    for text in TEXTS:
        value = paths.get(p, text)
        if not value:
            continue
        want = max(1, round(len(value) * k))
        paths.set(p, text, (value + " ") * (want // (len(value) + 1)) + value[: want % (len(value) + 1)])
    return project


def planned_slides(project: Project) -> int:
    from wizard.export import ExportOptions, render_html

    _html, context, _images = render_html(project, ExportOptions(draft_mark=False))
    return len(context["slides"])


def proposal_with_slides(target: int) -> tuple[Project, int]:
    """A generated project whose deck plans to about ``target`` slides, and that count."""
    lean = planned_slides(grown(0.05)) > target
    low, high = 0.05, 8.0
    best: tuple[Project, int] | None = None
    for _ in range(14):
        k = (low + high) / 2
        project = grown(k, lean)
        slides = planned_slides(project)
        if best is None or abs(slides - target) < abs(best[1] - target):
            best = (project, slides)
        if slides == target:
            break
        if slides < target:
            low = k
        else:
            high = k
    assert best is not None
    return best


def noisy_jpeg(width: int = 3000, height: int = 2000, seed: int = 0) -> bytes:
    """A photo-like JPEG (noise compresses badly, like a real photo)."""
    from PIL import Image

    rng = random.Random(seed)
    image = Image.effect_noise((width, height), 60 + rng.random() * 20).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def with_photos(project: Project, count: int) -> Project:
    for i in range(count):
        name = f"photo-{i + 1}.jpg"
        project.assets[name] = noisy_jpeg(seed=i)
        project.proposal.branding.photos.append(Photo(asset=name, caption=f"Site visit {i + 1}", credit="City archive"))
    return project
