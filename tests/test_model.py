"""The proposal model: drafts are legal, present values are validated with plain-language messages."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from wizard import paths
from wizard.errors import explain
from wizard.model import (
    KPI,
    LOCAL_CURRENCY,
    Country,
    Currency,
    FocusArea,
    Proposal,
    YearLine,
    new_proposal,
)


def messages(data: dict) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Proposal.model_validate(data)
    return explain(info.value)


def test_empty_draft_is_legal_and_round_trips() -> None:
    proposal = new_proposal()
    assert proposal.meta.prepared_on == dt.date.today()
    data = json.loads(json.dumps(proposal.to_json_data()))
    assert Proposal.model_validate(data) == proposal


def test_every_section_present_by_default() -> None:
    proposal = Proposal()
    for name in ("city", "team", "vision", "problem", "feasibility", "economy", "finance", "roadmap",
                 "japan", "implementation", "branding"):
        assert getattr(proposal, name) is not None
    assert proposal.risks == [] and proposal.acknowledgements == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"vision": {"horizon_year": 20255}}, "Vision › Horizon year: must be a year between 1900 and 2150 (got 20255)"),
        ({"vision": {"horizon_year": "soon"}}, "Vision › Horizon year: must be a year (four digits) (got 'soon')"),
        ({"city": {"population": "many"}}, "City profile › Population: must be a whole number (got 'many')"),
        ({"city": {"population": -4}}, "City profile › Population: cannot be negative (got -4)"),
        ({"finance": {"lines": [{}, {"capex": "abc"}]}},
         "Financial case › Yearly cash flows › row 2 › Capex: must be a number (got 'abc')"),
        ({"finance": {"currency": "EUR"}}, "Financial case › Currency: must be one of: Brunei dollar (BND)"),
        ({"risks": [{"likelihood": 9}]}, "Risks › row 1 › Likelihood (1-5): must be between 1 and 5 (got 9)"),
        ({"branding": {"accent_colour": "red"}},
         "Branding › Accent colour: must be a colour written like #1A6B8C (got 'red')"),
        ({"meta": {"prepared_on": "yesterday"}}, "must be a date written YYYY-MM-DD (got 'yesterday')"),
        ({"city": {"country": "FR"}}, "City profile › Country: must be one of: Brunei Darussalam, Cambodia"),
        ({"finance": {"discount_rate_pct": "-100"}}, "Financial case › Discount rate (%): must be more than -100"),
        ({"city": {"focus_areas": ["tourism"]}}, "City profile › ASCN focus areas › row 1: must be one of"),
        ({"vision": {"statement": "x" * 20_001}}, "Vision › Vision statement: is too long (at most 20000 characters)"),
    ],
)
def test_invalid_values_name_the_field_in_plain_words(data: dict, expected: str) -> None:
    found = messages(data)
    assert any(expected in line for line in found), found


def test_percent_and_money_constraints() -> None:
    with pytest.raises(ValidationError):
        YearLine(capex=Decimal("-1"))
    with pytest.raises(ValidationError):
        YearLine(capex=Decimal("1.001"))  # money is held to the cent
    assert YearLine(capex="1250000000000.50").capex == Decimal("1250000000000.50")


def test_money_is_decimal_and_serialised_exactly() -> None:
    proposal = Proposal.model_validate({"finance": {"lines": [{"year": 2027, "capex": 0.1}, {"capex": "12345678901234567890.12"}]}})
    capex = [line.capex for line in proposal.finance.lines]
    assert all(isinstance(value, Decimal) for value in capex)
    assert capex == [Decimal("0.1"), Decimal("12345678901234567890.12")]
    dumped = proposal.to_json_data()["finance"]["lines"][1]["capex"]
    assert dumped == "12345678901234567890.12"


def test_assignment_is_validated_and_keeps_old_value() -> None:
    proposal = new_proposal()
    proposal.vision.horizon_year = 2035
    with pytest.raises(ValidationError):
        proposal.vision.horizon_year = 20255  # type: ignore[assignment]
    assert proposal.vision.horizon_year == 2035


def test_unknown_fields_are_kept_at_every_level() -> None:
    data = Proposal().to_json_data()
    data["future_section"] = {"x": [1, 2]}
    data["city"]["mayor_twitter"] = "@example"
    data["problem"]["kpis"] = [{"name": "Trip time", "confidence": "high"}]
    proposal = Proposal.model_validate(data)
    again = proposal.to_json_data()
    assert again["future_section"] == {"x": [1, 2]}
    assert again["city"]["mayor_twitter"] == "@example"
    assert again["problem"]["kpis"][0]["confidence"] == "high"


def test_choices_have_labels_and_every_asean_state_has_its_currency() -> None:
    assert len(Country) == 11
    assert Country("TL").label == "Timor-Leste"
    assert set(LOCAL_CURRENCY) == set(Country)
    assert LOCAL_CURRENCY[Country.TIMOR_LESTE] is Currency.USD
    assert {c.value for c in Currency} >= {"BND", "KHR", "IDR", "LAK", "MYR", "MMK", "PHP", "SGD", "THB", "USD", "VND", "JPY"}
    assert len(FocusArea) == 6


def test_frozen_copy_is_independent() -> None:
    proposal = new_proposal()
    proposal.problem.kpis.append(KPI(name="Peak travel time"))
    copy = proposal.frozen_copy()
    proposal.problem.kpis[0].name = "changed"
    assert copy.problem.kpis[0].name == "Peak travel time"


def test_paths_get_set_parse() -> None:
    proposal = new_proposal()
    proposal.problem.kpis.append(KPI(name="Trip time"))
    assert paths.parse("problem.kpis[0].baseline") == ("problem", "kpis", 0, "baseline")
    assert paths.join(("problem", "kpis", 0, "baseline")) == "problem.kpis[0].baseline"
    paths.set(proposal, "problem.kpis[0].baseline", "42.5")
    assert paths.get(proposal, "problem.kpis[0].baseline") == Decimal("42.5")
    with pytest.raises(KeyError):
        paths.get(proposal, "problem.kpis[3].baseline")
    with pytest.raises(KeyError):
        paths.get(proposal, "problem.nonexistent")
    with pytest.raises(ValueError):
        paths.parse("problem..kpis")
    with pytest.raises(ValidationError):
        paths.set(proposal, "vision.horizon_year", "20255")
