"""Answers that imply another (wizard/presets.py, no Qt): the country presets an empty currency and an empty
local language only."""

from __future__ import annotations

from wizard import presets
from wizard.model import COUNTRY_LANGUAGE, LOCAL_CURRENCY, Country, Currency, LocalLanguage, new_proposal


def test_every_country_presets_its_own_currency_when_none_is_chosen() -> None:
    for country in Country:
        proposal = new_proposal()
        step, *language = presets.follow_ups(proposal, "city.country", country)
        assert (step.path, step.value) == ("finance.currency", LOCAL_CURRENCY[country])
        assert step.description == f"the currency to {LOCAL_CURRENCY[country].value}"
        if country is Country.SINGAPORE:
            assert language == []  # the city works in English
        else:
            assert [(s.path, s.value) for s in language] == [("meta.local_language", COUNTRY_LANGUAGE[country])]
    assert LOCAL_CURRENCY[Country.TIMOR_LESTE] is Currency.USD


def test_a_chosen_currency_and_other_fields_imply_nothing() -> None:
    proposal = new_proposal()
    proposal.finance.currency = Currency.JPY
    proposal.meta.local_language = LocalLanguage.MS  # written in Malay by a team in Indonesia: kept
    assert presets.follow_ups(proposal, "city.country", Country.INDONESIA) == []
    assert presets.follow_ups(new_proposal(), "city.country", None) == []
    assert presets.follow_ups(new_proposal(), "city.name", "Lumara") == []


def test_the_country_presets_the_local_language_only_while_none_is_chosen() -> None:
    proposal = new_proposal()
    proposal.finance.currency = Currency.USD
    (step,) = presets.follow_ups(proposal, "city.country", Country.CAMBODIA)
    assert (step.path, step.value, step.description) == ("meta.local_language", LocalLanguage.KM,
                                                         "the local language to Khmer")
