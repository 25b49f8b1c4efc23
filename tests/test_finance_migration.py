"""The finance fields' schema step: a version-1 ask (one amount, one instrument) becomes one row of ``asks``.

Golden files: ``tests/data/schema_versions/v1-finance.json`` is a version-1 proposal's finance section
as the first version wrote it (one ask, funding sources with free-text terms);
``v1-finance.migrated.json`` is what the upgrade must make of it, key for key.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from wizard import migrations, projectfile
from wizard.finance import compute
from wizard.model import SCHEMA_VERSION, Instrument, Proposal

DATA = Path(__file__).parent / "data" / "schema_versions"


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_version_1_finance_upgrades_to_the_golden_file() -> None:
    old = _load("v1-finance.json")
    assert old["schema_version"] == 1 and "ask_amount" in old["finance"]
    assert migrations.migrate(old) == _load("v1-finance.migrated.json")
    assert SCHEMA_VERSION == 2


def test_version_1_finance_opens_unchanged_in_meaning(tmp_path: Path) -> None:
    old = _load("v1-finance.json")
    copy = tmp_path / "old.json"
    copy.write_text(json.dumps(old), encoding="utf-8")
    before = copy.read_bytes()
    proposal = projectfile.load(copy).proposal
    assert copy.read_bytes() == before  # opening never rewrites the file
    case = proposal.finance
    # The one ask is the one row, with the same amount and instrument.
    assert [(a.instrument, a.amount) for a in case.asks] == [(Instrument.EQUITY, Decimal(old["finance"]["ask_amount"]))]
    assert case.ask_amount == Decimal(old["finance"]["ask_amount"])
    assert case.ask_instrument == Instrument.EQUITY
    assert case.ask_use_of_funds == old["finance"]["ask_use_of_funds"]
    # Free-text terms are kept word for word; the structured terms start empty.
    assert [s.terms for s in case.funding] == [s["terms"] for s in old["finance"]["funding"]]
    assert all(s.interest_rate_pct is None and s.shareholding_pct is None for s in case.funding)
    assert case.scenarios == [] and case.terminal_method is None and case.tax_rate_pct is None
    # The figures of version 1 are the figures of version 2.
    results = compute(case)
    assert results.funding.ask == Decimal(old["finance"]["ask_amount"])
    assert results.npv is not None and results.total_capex == sum(
        Decimal(line["capex"]) for line in old["finance"]["lines"]
    )
    assert "finance" in Proposal.model_validate(migrations.migrate(old)).model_dump(mode="json")


def test_an_empty_ask_becomes_no_row() -> None:
    data = migrations.migrate({"schema_version": 1, "finance": {"ask_amount": None, "ask_instrument": None}})
    assert data["finance"] == {"asks": []}
    proposal = projectfile.load(DATA / "v1.citypitch").proposal
    assert proposal.finance.asks == [] and proposal.finance.ask_amount is None


def test_an_ask_with_only_an_instrument_keeps_it() -> None:
    data = migrations.migrate({"schema_version": 1, "finance": {"ask_instrument": "loan", "other": "kept"}})
    assert data["finance"] == {"other": "kept", "asks": [{"instrument": "loan", "amount": None}]}
    assert Proposal.model_validate(data).finance.ask_instrument == Instrument.LOAN


def test_the_step_leaves_other_data_and_files_without_finance_alone() -> None:
    assert migrations.ask_becomes_a_list({"meta": {"x": 1}}) == {"meta": {"x": 1}}
    assert migrations.ask_becomes_a_list({"finance": "not an object"}) == {"finance": "not an object"}
    already = {"finance": {"asks": [{"amount": "5"}], "ask_amount": "9"}}
    assert migrations.ask_becomes_a_list(already) is already
    assert migrations.ask_becomes_a_list in migrations.V1_TO_V2
