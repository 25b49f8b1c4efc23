"""The finance pack as the Financial case page words it (issue 15 item 3, issue 14 item 3): no Qt.

Every figure is the analysis' own number formatted in the proposal's number locale; the sentences say
where a case fails with the break-even; nothing is computed here.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from wizard import figures, projectfile, resources
from wizard.analysis import analyse
from wizard.model import FundingSource, Proposal
from wizard.money import format_money, format_number, format_percent

SAMPLES = resources.sample_names()


def _sample(name: str) -> Proposal:
    return projectfile.load(resources.sample_path(name)).proposal


def _pack(proposal: Proposal, locale: str = "en") -> figures.FinancePack:
    analysis = analyse(proposal, finance_detail=True)
    return figures.finance_pack(proposal.finance, analysis.finance, locale)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_headline_figure_is_the_analysis_number_in_the_number_locale(name: str) -> None:
    proposal = _sample(name)
    locale = proposal.meta.number_locale.value
    results = analyse(proposal, finance_detail=True).finance
    s = results.structure
    assert s is not None
    pack = figures.finance_pack(proposal.finance, results, locale)
    shown = {key: text for key, _title, text in pack.figures}
    currency = str(proposal.finance.currency)
    assert shown["npv"].startswith(format_money(results.npv, currency, locale))
    assert shown["irr"] == format_percent(results.irr, locale)
    assert shown["equity_irr"].startswith(format_percent(s.equity_irr, locale))
    assert format_percent(s.cost_of_equity_pct, locale) in shown["equity_irr"]
    assert shown["equity_npv"] == format_money(s.equity_npv, currency, locale)
    assert shown["dscr_min"].startswith(f"{format_number(s.dscr_min, locale, decimals=2)}x in {s.dscr_min_year}")
    assert f"{format_number(s.min_dscr, locale, decimals=2)}x" in shown["dscr_min"]
    assert shown["dscr_average"].startswith(f"{format_number(s.dscr_average, locale, decimals=2)}x")
    if s.terminal_value is not None:
        assert shown["npv_with_terminal"] == format_money(s.npv_with_terminal, currency, locale)
        assert shown["irr_with_terminal"] == format_percent(s.irr_with_terminal, locale)
        assert "without terminal value" in dict((k, t) for k, t, _ in pack.figures)["npv"]
    else:
        assert "npv_with_terminal" not in shown and "irr_with_terminal" not in shown


def test_lumara_says_where_each_standard_case_fails_with_its_break_even() -> None:
    proposal = _sample("lumara-transit")
    results = analyse(proposal, finance_detail=True).finance
    assert results.structure is not None
    pack = figures.finance_pack(proposal.finance, results, "en")
    failing = [v.text for v in pack.verdicts if v.fails]
    without, with_tv = results.structure.break_even
    shortfall = format_percent(without.revenue_shortfall_pct, "en")
    assert any(t.startswith("A 20% revenue shortfall turns the NPV negative") and f"break-even shortfall: {shortfall}" in t
               for t in failing), failing
    overrun = format_percent(without.capex_overrun_pct, "en")
    assert any(f"break-even overrun: {overrun} ({format_percent(with_tv.capex_overrun_pct, 'en')} with the terminal "
               "value)" in t for t in failing)
    # The team's Low case breaks too: its NPV and its cover are named.
    assert any("Low case scenario turns the NPV negative" in t for t in failing)
    assert any("Low case scenario the DSCR falls to" in t for t in failing)
    # Failing sentences come first; the cases that hold say so plainly.
    assert [v.fails for v in pack.verdicts] == sorted((v.fails for v in pack.verdicts), reverse=True)
    holding = [v.text for v in pack.verdicts if not v.fails]
    assert any(t.startswith("The DSCR stays at or above the lenders' minimum of 1.30x") for t in holding)
    assert any(t.startswith("If IDR loses 3.0% a year against JPY") for t in holding)


def test_song_an_delay_holds_and_is_said_to_hold() -> None:
    pack = _pack(_sample("song-an-flood"))
    texts = {v.text: v.fails for v in pack.verdicts}
    delay = next(t for t in texts if t.startswith("A one-year delay"))
    assert texts[delay] is False and "leaves the NPV positive" in delay and "break-even delay: 1.2 years" in delay


def test_cover_below_the_lenders_minimum_is_a_failing_sentence_with_the_years() -> None:
    proposal = _sample("lumara-transit")
    proposal.finance.min_dscr = Decimal("1.6")
    results = analyse(proposal, finance_detail=True).finance
    assert results.structure is not None
    below = results.structure.dscr_below_minimum
    assert below
    pack = figures.finance_pack(proposal.finance, results, "en")
    sentence = next(v for v in pack.verdicts if v.text.startswith("The DSCR falls below"))
    assert sentence.fails and "1.60x" in sentence.text and str(below[0]) in sentence.text
    assert pack.dscr is not None and pack.dscr.below == below
    assert "below it in" in pack.dscr.description


def test_sources_and_uses_are_flagged_when_they_do_not_balance() -> None:
    proposal = _sample("prey-meas-lighting")
    pack = _pack(proposal)
    assert pack.sources_uses is not None and pack.sources_uses.balanced is True
    assert pack.sources_uses.balance.startswith("Sources and uses balance: sources exceed uses by KHR")
    proposal.finance.funding.append(FundingSource(name="Extra bank", amount=Decimal("20000000000"), instrument="grant"))
    pack = _pack(proposal)
    view = pack.sources_uses
    assert view is not None and view.balanced is False
    assert view.balance.startswith("Sources and uses do not balance: sources exceed uses by KHR")
    assert any(v.fails and v.text == view.balance for v in pack.verdicts)
    assert [line.label for line in view.sources][-1] == "Extra bank"


def test_guarantees_are_said_not_to_be_a_source() -> None:
    proposal = _sample("song-an-flood")
    proposal.finance.funding.append(FundingSource(name="MIGA cover", amount=Decimal("100000000000"), instrument="guarantee"))
    view = _pack(proposal).sources_uses
    assert view is not None and "MIGA cover" not in [line.label for line in view.sources]
    assert view.guarantees.startswith("Guarantees (VND\xa0100,000,000,000) back the debt but are not cash")


@pytest.mark.parametrize("name", SAMPLES)
def test_scenario_table_lists_the_base_case_and_each_named_scenario(name: str) -> None:
    proposal = _sample(name)
    results = analyse(proposal, finance_detail=True).finance
    assert results.structure is not None
    table = figures.finance_pack(proposal.finance, results, "en").scenarios
    assert table is not None
    assert [c.label for c in table.columns] == ["Base case", *(s.name for s in proposal.finance.scenarios)]
    rows = dict(table.rows)
    for column, case in zip(table.columns, results.structure.scenarios, strict=True):
        assert column.npv_negative == case.npv_negative
        index = table.columns.index(column)
        assert rows["Equity IRR"][index] == format_percent(case.equity_irr, "en")
        assert rows["The NPV is"][index] == ("negative" if case.npv_negative else "positive")
    low = table.figures_of("scenario_0")
    assert ("The NPV is", "negative") in low


def test_indonesian_number_locale_writes_decimal_commas_and_english_short_scale() -> None:
    pack = _pack(_sample("lumara-transit"), "id")
    shown = {key: text for key, _title, text in pack.figures}
    assert shown["irr"] == "11,5%"
    assert shown["dscr_min"].startswith("1,50x in 2032")
    assert pack.scenarios is not None
    npv_row = dict(pack.scenarios.rows)["NPV without terminal value"]
    # Short forms use m, bn, tn in every locale: Indonesian "M" (miliar) is never written.
    assert npv_row[0] == "IDR\xa0442,1bn"
    assert not any(re.search(r"\d M\b|\dM\b", text) for text in npv_row)
    assert pack.tornado is not None and "IDR 1,4tn" in pack.tornado.description.replace("\xa0", " ")


@pytest.mark.parametrize("name", SAMPLES)
def test_chart_descriptions_carry_the_figures(name: str) -> None:
    proposal = _sample(name)
    results = analyse(proposal, finance_detail=True).finance
    s = results.structure
    assert s is not None
    pack = figures.finance_pack(proposal.finance, results, "en")
    assert pack.dscr is not None and pack.tornado is not None
    for year, text in zip(pack.dscr.years, pack.dscr.texts, strict=True):
        assert f"{year}: {text}" in pack.dscr.description
    assert len(pack.dscr.years) == sum(d is not None for d in s.dscr)
    assert [b.label for b in pack.tornado.bars] == [b.label for b in s.tornado]
    for bar in pack.tornado.bars:
        if bar.note:  # a driver that leaves the NPV where it is says so and what it moves instead
            assert f"{bar.label}: {bar.note}" in pack.tornado.description
        else:
            assert f"{bar.label}: {bar.low_text} at -20%, {bar.high_text} at +20%" in pack.tornado.description


@pytest.mark.parametrize("name", SAMPLES)
def test_a_driver_that_leaves_the_npv_where_it_is_says_what_it_moves(name: str) -> None:
    # Interest rates do not enter the project NPV (cash flows before financing); they move what the
    # equity earns and the debt cover, and the tornado says so rather than drawing two equal ends.
    proposal = _sample(name)
    results = analyse(proposal, finance_detail=True).finance
    s = results.structure
    assert s is not None
    pack = figures.finance_pack(proposal.finance, results, "en")
    assert pack.tornado is not None
    by_label = {b.label: b for b in pack.tornado.bars}
    for bar in s.tornado:
        view = by_label[bar.label]
        unmoved = bar.low.npv_with_terminal == bar.high.npv_with_terminal == s.npv_with_terminal
        assert bool(view.note) == unmoved, bar.label
    rates = next(b for b in s.tornado if b.driver == "interest_rate")
    low, high = rates.low, rates.high
    assert low.equity_irr is not None and high.equity_irr is not None and low.dscr_min is not None
    assert high.dscr_min is not None
    assert by_label[rates.label].note == (
        f"no effect on the NPV; at -20%: equity IRR {format_percent(low.equity_irr, 'en')}, "
        f"minimum DSCR {format_number(low.dscr_min, 'en', decimals=2)}x; at +20%: equity IRR "
        f"{format_percent(high.equity_irr, 'en')}, minimum DSCR {format_number(high.dscr_min, 'en', decimals=2)}x")


def test_a_draft_without_lines_has_no_pack_beyond_its_notes() -> None:
    proposal = Proposal()
    pack = figures.finance_pack(proposal.finance, analyse(proposal).finance, "en")
    assert pack.scenarios is None and pack.sources_uses is None and pack.dscr is None and pack.tornado is None
    assert pack.notes  # what to enter first is said
    assert dict((k, t) for k, _ti, t in pack.figures)["npv"] == "not available yet"


def test_a_project_that_never_returns_its_cost_says_so_first() -> None:
    proposal = _sample("prey-meas-lighting")
    proposal.finance.discount_rate_pct = Decimal("30")
    pack = _pack(proposal)
    assert pack.verdicts[0].fails and pack.verdicts[0].text.startswith("At 30.0% the NPV is negative")
    # With the NPV already negative, "a 20% overrun turns it negative" would say nothing.
    assert not any(v.text.startswith("A 20% capex overrun") for v in pack.verdicts)
