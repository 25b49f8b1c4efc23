"""Answers that imply another (wizard/presets.py, no Qt): the country presets an empty currency only."""

from __future__ import annotations

from wizard import presets
from wizard.model import LOCAL_CURRENCY, Country, Currency, new_proposal


def test_every_country_presets_its_own_currency_when_none_is_chosen() -> None:
    for country in Country:
        proposal = new_proposal()
        (step,) = presets.follow_ups(proposal, "city.country", country)
        assert (step.path, step.value) == ("finance.currency", LOCAL_CURRENCY[country])
        assert step.description == f"the currency to {LOCAL_CURRENCY[country].value}"
    assert LOCAL_CURRENCY[Country.TIMOR_LESTE] is Currency.USD


def test_a_chosen_currency_and_other_fields_imply_nothing() -> None:
    proposal = new_proposal()
    proposal.finance.currency = Currency.JPY
    assert presets.follow_ups(proposal, "city.country", Country.INDONESIA) == []
    assert presets.follow_ups(new_proposal(), "city.country", None) == []
    assert presets.follow_ups(new_proposal(), "city.name", "Lumara") == []
