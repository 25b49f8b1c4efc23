"""Answers that imply another: a value one edit sets for a field the user has not filled in yet (no Qt).

The wizard applies a follow-up together with the edit that caused it, as one undoable step
(:meth:`wizard.gui.document.ProposalDocument.set_field`), so one Ctrl+Z takes both back.  A follow-up
only ever fills an empty field: nothing the team chose is overwritten.

- Choosing the city's country sets the financial case's currency to that country's own
  (:data:`wizard.model.LOCAL_CURRENCY`: Indonesia, IDR; Timor-Leste, USD) while no currency is chosen,
  and the local language to that country's (:data:`wizard.model.COUNTRY_LANGUAGE`: Indonesia, Indonesian;
  Singapore, none) while none is chosen.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass

from wizard.model import COUNTRY_LANGUAGE, LOCAL_CURRENCY, Country, Proposal


@dataclass(frozen=True)
class FollowUp:
    """Set ``path`` to ``value`` along with the edit; ``title`` is that field's title."""

    path: str
    value: typing.Any
    title: str
    #: How the undo step names it: "the currency to IDR".
    description: str


def follow_ups(proposal: Proposal, path: str, value: typing.Any) -> list[FollowUp]:
    """What setting ``path`` to ``value`` in ``proposal`` also sets (fields still empty only)."""
    if path != "city.country" or not isinstance(value, Country):
        return []
    out = []
    if proposal.finance.currency is None:
        currency = LOCAL_CURRENCY[value]
        out.append(FollowUp("finance.currency", currency, "Currency", f"the currency to {currency.value}"))
    language = COUNTRY_LANGUAGE.get(value)
    if proposal.meta.local_language is None and language is not None:
        out.append(FollowUp("meta.local_language", language, "Local language",
                            f"the local language to {language.label}"))
    return out
