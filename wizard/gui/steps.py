"""The wizard's steps: their ids, titles, order, nesting in the sidebar, and the form each one uses.

Step ids double as the names of the ``forms/<id>.ui`` files, of the generated modules
``wizard/gui/generated/ui_<id>.py``, and of the keys of ``resources/guidance/steps.json``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    form_class: str
    parent: str | None = None
    #: False for steps that hold no fields of their own (their sidebar item shows no state).
    has_fields: bool = True


STEPS: tuple[Step, ...] = (
    Step("start", "Start", "StartPage"),
    Step("city_team", "City and team", "CityTeamPage"),
    Step("vision", "Vision", "VisionPage"),
    Step("problem", "Problem", "ProblemPage"),
    Step("economy", "Economic engine", "EconomyPage"),
    Step("finance", "Financial case", "FinancePage", parent="economy"),
    Step("risks", "Risks", "RisksPage", parent="economy"),
    Step("roadmap", "Digital roadmap", "RoadmapPage"),
    Step("japan", "Japanese value-add", "JapanPage"),
    Step("implementation", "Implementation", "ImplementationPage"),
    Step("review", "Review", "ReviewPage", has_fields=False),
    Step("export", "Export", "ExportPage"),
)

STEP_IDS: tuple[str, ...] = tuple(s.id for s in STEPS)
BY_ID: dict[str, Step] = {s.id: s for s in STEPS}
