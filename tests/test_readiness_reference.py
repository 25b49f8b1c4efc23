"""The plausibility reference data: complete, sourced, and ordered."""

from __future__ import annotations

from wizard.model import Country
from wizard.readiness import _plausibility


def test_every_entry_cites_a_source() -> None:
    data = _plausibility.reference()

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if "source" in node:
                assert isinstance(node["source"], str) and len(node["source"]) > 30, where
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(data, "plausibility")
    for key in ("gdp_per_capita_usd", "discount_rate", "irr", "revenue_growth", "opex_to_capex", "dscr",
                "equity_return", "break_even", "currency"):
        assert data[key]["source"], key
    for entry in data["capex_per_unit"] + data["unit_prices"] + data["kpi_changes"]:
        assert entry["source"], entry["id"]
    for name, entry in data["affordability"]["by_category"].items():
        assert entry["source"], name


def test_every_member_state_has_a_gdp_figure() -> None:
    values = _plausibility.reference()["gdp_per_capita_usd"]["values"]
    assert set(values) == {c.value for c in Country}
    assert all(500 < v < 200_000 for v in values.values())


def test_ranges_are_ordered() -> None:
    data = _plausibility.reference()
    assert data["discount_rate"]["min_pct"] < data["discount_rate"]["max_pct"]
    assert data["opex_to_capex"]["min_pct"] < data["opex_to_capex"]["max_pct"]
    for entry in data["capex_per_unit"]:
        assert 0 < entry["usd_low"] < entry["usd_high"] and entry["tolerance"] >= 1
        assert entry["unit_words"] and entry["context_words"]
    for entry in data["unit_prices"]:
        assert entry["tolerance"] > 1 and entry["price_words"] and entry["demand_words"]


def test_finance_pack_thresholds_are_ordered() -> None:
    data = _plausibility.reference()
    dscr = data["dscr"]
    assert 1 < dscr["contracted_min"] <= dscr["demand_min"] < 2 and 0 < dscr["demand_share_pct"] <= 100
    assert 0 < dscr["weakness_gap"] < dscr["contracted_min"] - 1 + 0.1
    assert 0 < data["break_even"]["serious_below_pct"] < data["break_even"]["min_pct"] <= 25
    assert 0 < data["equity_return"]["weakness_gap_pp"] <= 5 and 0 < data["currency"]["serious_share_pct"] < 100
    for key in ("dscr", "equity_return", "break_even", "currency"):
        assert 3 <= data[key]["weakness_points"] <= 7, key  # a weakness, by issue 12's scale
