"""The wizard's steps: one registry of their ids, titles, order, nesting, forms and fields (no Qt).

Step ids double as the names of the ``forms/<id>.ui`` files, of the generated modules
``wizard/gui/steps/generated/ui_<id>.py``, and of the keys of ``resources/guidance/steps.json``.
Everything that speaks of a step (the sidebar, the Review page, the readiness step states, the
analysis) uses these ids.

Which fields a step edits is read from its form (:func:`form_patterns`): the ``.ui`` file is the one
place that says which widget a page has, so the list cannot drift from what the page shows.

The state a step is in (:data:`STATES`, decided by :func:`state`) is judged by one rule, used by the
sidebar (through :mod:`wizard.analysis`) and by :meth:`wizard.readiness.Assessment.step_state`.
"""

from __future__ import annotations

import functools
import re
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
TITLES: dict[str, str] = {s.id: s.title for s in STEPS}


#: Step states, from nothing entered to nothing left to do.
STATES: tuple[str, ...] = ("empty", "in_progress", "complete", "has_problems")
STATE_LABELS: dict[str, str] = {
    "empty": "Not started", "in_progress": "In progress", "complete": "Complete", "has_problems": "Has problems",
}


def state(*, started: bool, blockers: int, contradictions: int, warnings: int, all_filled: bool = True) -> str:
    """The state of a step, one of :data:`STATES`.

    ``empty`` while nothing has been entered on it (whatever the checks say); ``has_problems`` with a
    blocker, or a contradiction between fields nobody has answered; ``in_progress`` while open
    warnings remain or fields are still to fill in; ``complete`` otherwise.  Tips and answered
    warnings never hold a step back.
    """
    if not started:
        return "empty"
    if blockers or contradictions:
        return "has_problems"
    if warnings or not all_filled:
        return "in_progress"
    return "complete"


_FORM_WIDGET = re.compile(r'<widget\s+class="([^"]+)"\s+name="([^"]+)"')


@functools.cache
def form_patterns(step_id: str) -> tuple[str, ...]:
    """The field patterns a step's page edits, read from its form without building any widget.

    The same list, in the same order, as the page's ``binder.patterns()``: single-value fields first,
    then tables (a ``ListEditor``), each in document order.  A widget counts when its objectName is a
    field pattern (see :func:`wizard.fields.object_name`) and it is a table or edits a single value.
    """
    from wizard import fields
    from wizard.resources import forms_dir

    specs = fields.all_specs()
    text = (forms_dir() / f"{step_id}.ui").read_text(encoding="utf-8")
    leaves: list[str] = []
    tables: list[str] = []
    for widget_class, name in _FORM_WIDGET.findall(text):
        spec = specs.get(fields.pattern_of(name))
        if spec is None:
            continue
        if widget_class == "ListEditor":
            tables.append(spec.pattern)
        elif spec.is_leaf:
            leaves.append(spec.pattern)
    return (*leaves, *tables)


def sections(step_id: str) -> tuple[str, ...]:
    """The top-level sections of the proposal a step's page edits (``finance``, ``city``...)."""
    out: list[str] = []
    for pattern in form_patterns(step_id):
        section = pattern.split(".", 1)[0]
        if section not in out:
            out.append(section)
    return tuple(out)


@functools.cache
def field_owners() -> dict[str, str]:
    """Field pattern -> the id of the step whose page edits it (shared: do not change it)."""
    return {pattern: step.id for step in STEPS for pattern in form_patterns(step.id)}


def locate(path: str, owners: dict[str, str] | None = None) -> str | None:
    """The step whose page edits ``path`` (``problem.kpis[2].baseline``); the longest matching pattern wins.

    A path naming a whole section or table (``risks``) goes to the first step editing a field inside it.
    """
    from wizard.fields import strip_indices

    owners = field_owners() if owners is None else owners
    pattern = strip_indices(path)
    while pattern:
        if pattern in owners:
            return owners[pattern]
        if "." not in pattern:
            break
        pattern = pattern.rsplit(".", 1)[0]
    for owned, step in owners.items():
        if owned.startswith(pattern + ".") or owned == pattern:
            return step
    return None
