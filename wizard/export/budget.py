"""How much more each field can hold before its main-line slide overflows: the budgets the wizard shows.

Core API (no Qt, no WeasyPrint; a few milliseconds for a sample)::

    field_budgets(proposal, labels="en") -> dict[str, FieldBudget]

One entry per field that feeds a main-line slide of the deck (model path -> :class:`FieldBudget`): the
slide it is on, the lines its place holds and the lines it takes, and ``chars_left``, the characters it
can still take (an estimate in average letters; negative: that many characters did not fit and went on
in the appendix, where the slide points).  The numbers are the planner's own: the export makes exactly
these cuts, so a field shown with ``chars_left >= 0`` prints whole on its slide.

A place is shared with the fields below it on the same slide (each keeps a few lines), so editing one
field can change the budget of the next; call again after an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.export.context import DeckPlanner, FieldBudget
from wizard.model import Proposal

if TYPE_CHECKING:
    from wizard.analysis import Analysis


def field_budgets(proposal: Proposal, labels: str = "en") -> dict[str, FieldBudget]:
    """The budget of every field on the deck's main line, as the export would plan it (``labels``: en, en+ja)."""
    return budget_report(proposal, labels=labels)[0]


def budget_report(proposal: Proposal, analysis: Analysis | None = None,
                  labels: str = "en") -> tuple[dict[str, FieldBudget], dict[str, str]]:
    """The budgets, and for each field of which some text went on in the appendix, that section's code ("A3").

    ``analysis``: the proposal's analysis if the caller has it (the wizard's latest), else it is made here.
    """
    from wizard.analysis import analyse
    from wizard.export.labels import Labels
    from wizard.export.numbers import Numbers

    planner = DeckPlanner(proposal, analysis if analysis is not None else analyse(proposal),
                          Numbers(proposal.finance), Labels(labels), asset_url=lambda _name: None)
    planner.plan()
    codes: dict[str, str] = {}
    for section in planner.appendix.sections.values():
        for item in section.items:
            if item.path and section.code and item.path not in codes:
                codes[item.path] = section.code
    return dict(planner.budgets), codes


__all__ = ["FieldBudget", "budget_report", "field_budgets"]
