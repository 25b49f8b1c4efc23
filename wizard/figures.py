"""The financial figures the wizard shows beside the financial case: the whole finance pack, worded.

No Qt here.  The numbers come from :func:`wizard.finance.compute` (which owns the maths, its
conventions and its reference tests), through the analysis of the revision on screen; this module
only words and formats them, in the proposal's number locale, via :mod:`wizard.money`: amounts in the
case's currency and, where rates are given, the finance module's USD and JPY equivalents; short
forms that no reader of another language misreads (``IDR 442,1bn``, never ``IDR 442,1 M``).  What
cannot be computed yet is said plainly, with the finance module's reason and the field to fix.

Two entry points:

- :func:`finance_figures` gives the headline figures as ``(key, title, text)`` rows, problems last
  with key ``note`` (the finance page's grid, tests and review read these);
- :func:`finance_pack` gives everything the finance page shows: those rows, plain sentences where
  a case fails ("A 20% revenue shortfall turns the NPV negative; break-even shortfall: 9.1%."), the
  break-evens, the named scenarios side by side, sources and uses, and the data of the DSCR and
  tornado charts with a description of each for screen readers.

Chart values are handed over as floats for drawing only; every number a reader sees is text made
here from the Decimal results.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from wizard.finance import Equivalent, FinancialResults
from wizard.finance._results import CaseFigures, Structure
from wizard.model import FinancialCase, TerminalValueMethod

NOTE = "note"

#: What each kind of source is called in the sources-and-uses table.
SOURCE_KINDS = {"debt": "Debt", "equity": "Equity", "grant": "Grant or budget"}


def _money(amount: Decimal | None, equivalent: Equivalent | None, case: FinancialCase, locale: str) -> str:
    from wizard.money import format_money

    code = str(case.currency) if case.currency else None
    if amount is None:
        return "not available yet"
    text = format_money(amount, code, locale)
    if code is None or equivalent is None:
        return text
    usd, jpy = equivalent.usd, equivalent.jpy
    extra = []
    if usd is not None and code != "USD":
        extra.append(format_money(usd, "USD", locale, compact=True))
    if jpy is not None and code != "JPY":
        extra.append(format_money(jpy, "JPY", locale, compact=True))
    return f"{text} ({', '.join(extra)})" if extra else text


def _short(amount: Decimal | None, case: FinancialCase, locale: str) -> str:
    """An amount in the case's currency in short form (``IDR 442,1bn``); a dash when there is none."""
    from wizard.money import format_money

    code = str(case.currency) if case.currency else None
    return format_money(amount, code, locale, compact=True)


def _full(amount: Decimal | None, case: FinancialCase, locale: str) -> str:
    from wizard.money import format_money

    code = str(case.currency) if case.currency else None
    return format_money(amount, code, locale)


def _pct(value: Decimal | None, locale: str) -> str:
    from wizard.money import format_percent

    return format_percent(value, locale)


def _times(value: Decimal | None, locale: str) -> str:
    """A cover ratio: ``1.50x`` (``1,50x`` with a decimal comma)."""
    from wizard.money import MISSING, format_number

    return f"{format_number(value, locale, decimals=2)}x" if value is not None else MISSING


def _years(value: Decimal | None, note: str, locale: str) -> str:
    from wizard.money import format_number

    if value is None:
        return note or "not reached"
    return f"{format_number(value, locale, decimals=1)} years"


def _rate_text(case: FinancialCase, locale: str) -> str:
    rate = case.discount_rate_pct
    return _pct(rate, locale) if rate is not None else "the discount rate"


def _has_terminal(structure: Structure | None) -> bool:
    return structure is not None and structure.terminal_value is not None


def finance_figures(case: FinancialCase, results: FinancialResults, locale: str = "en") -> list[tuple[str, str, str]]:
    """Every headline figure of the Financial case page, in display order; notes have key ``note``.

    ``results`` is ``wizard.finance.compute(case)``, as the analysis of the revision holds it.
    """
    funding = results.funding
    eq = results.equivalents
    structure = results.structure
    rate_text = _rate_text(case, locale)
    terminal = _has_terminal(structure)
    rows: list[tuple[str, str, str]] = [
        ("capex", "Total capex", _money(results.total_capex, eq.get("total_capex"), case, locale)),
        ("opex", "Total opex", _money(results.total_opex, eq.get("total_opex"), case, locale)),
        ("revenue", "Total revenue", _money(results.total_revenue, eq.get("total_revenue"), case, locale)),
        ("npv", f"NPV at {rate_text}" + (" without terminal value" if terminal else ""),
         _money(results.npv, eq.get("npv"), case, locale)),
    ]
    if terminal:
        assert structure is not None
        method = structure.terminal_method
        how = method.label.split(" (")[0].lower() if isinstance(method, TerminalValueMethod) else "terminal value"
        rows += [
            ("npv_with_terminal", f"NPV at {rate_text} with terminal value", _full(structure.npv_with_terminal, case, locale)),
            ("terminal_value", "Terminal value", f"{_full(structure.terminal_value, case, locale)} ({how})"),
        ]
    rows.append(("irr", "Project IRR" + (" without terminal value" if terminal else ""),
                 _pct(results.irr, locale) if results.irr is not None else (results.irr_note or "not defined")))
    if terminal:
        assert structure is not None
        rows.append(("irr_with_terminal", "Project IRR with terminal value",
                     _pct(structure.irr_with_terminal, locale) if structure.irr_with_terminal is not None
                     else (structure.irr_with_terminal_note or "not defined")))
    rows += [
        ("payback", "Payback", _years(results.payback_years, results.payback_note, locale)),
        ("discounted_payback", "Discounted payback", _years(results.discounted_payback_years, results.discounted_payback_note, locale)),
    ]
    if structure is not None:
        rows += _investor_rows(case, structure, locale)
    rows += [
        ("committed", "Committed funding", _money(funding.committed, eq.get("funding_committed"), case, locale)),
        ("gap", "Capex not yet committed", _money(funding.gap, eq.get("funding_gap"), case, locale)),
        ("ask", "Ask to Japanese investors", _money(funding.ask, eq.get("ask"), case, locale)),
    ]
    if results.irr is not None and results.irr_note:
        rows.append((NOTE, "", f"IRR: {results.irr_note}"))
    for scenario in results.sensitivities:
        irr = _pct(scenario.irr, locale) if scenario.irr is not None else "IRR not defined"
        rows.append((f"sensitivity_{scenario.key}", scenario.label, f"NPV {_money(scenario.npv, scenario.npv_equivalent, case, locale)}; IRR {irr}"))
    for problem in results.problems:
        rows.append((NOTE, "", problem.message))
    return rows


def _investor_rows(case: FinancialCase, s: Structure, locale: str) -> list[tuple[str, str, str]]:
    """Equity returns and debt cover, as headline rows."""
    rows: list[tuple[str, str, str]] = []
    coe = s.cost_of_equity_pct
    if s.equity_flows:
        if s.equity_irr is not None:
            against = f" (cost of equity {_pct(coe, locale)})" if coe is not None else ""
            equity_irr = _pct(s.equity_irr, locale) + against
        else:
            equity_irr = s.equity_irr_note or "not defined"
        rows.append(("equity_irr", "Equity IRR", equity_irr))
        rows.append(("equity_npv", f"Equity NPV at {_pct(coe, locale)}" if coe is not None else "Equity NPV",
                     _full(s.equity_npv, case, locale) if s.equity_npv is not None
                     else "needs the cost of equity"))
    if s.dscr_min is not None:
        minimum = f" (lenders' minimum {_times(s.min_dscr, locale)})" if s.min_dscr is not None else ""
        rows.append(("dscr_min", "Minimum DSCR", f"{_times(s.dscr_min, locale)} in {s.dscr_min_year}{minimum}"))
        served = sum(d is not None for d in s.dscr)
        rows.append(("dscr_average", "Average DSCR",
                     f"{_times(s.dscr_average, locale)} over {served} year{'s' if served != 1 else ''} of debt service"))
    elif s.loans:
        rows.append(("dscr_min", "Minimum DSCR", "no year from the start of operation has debt service"))
    return rows


# --- the whole pack ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """A plain sentence about a case; ``fails`` when it says the case breaks (shown first, marked)."""

    text: str
    fails: bool


@dataclass(frozen=True)
class BreakEvenRow:
    title: str
    without_terminal: str
    with_terminal: str  # "" when there is no terminal value


@dataclass(frozen=True)
class ScenarioColumn:
    key: str
    label: str
    description: str
    npv_negative: bool | None


@dataclass(frozen=True)
class ScenarioTable:
    """The base case and each named scenario side by side: columns, then rows of (title, one text per column)."""

    columns: tuple[ScenarioColumn, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]

    def figures_of(self, key: str) -> list[tuple[str, str]]:
        """(title, text) of one case, for the scenario switcher."""
        index = next((i for i, c in enumerate(self.columns) if c.key == key), 0)
        return [(title, texts[index]) for title, texts in self.rows]


@dataclass(frozen=True)
class SourcesUsesLine:
    label: str
    kind: str
    amount: str
    share: str


@dataclass(frozen=True)
class SourcesUsesView:
    uses: tuple[SourcesUsesLine, ...]
    sources: tuple[SourcesUsesLine, ...]
    total_uses: str
    total_sources: str
    balanced: bool | None
    balance: str  # one sentence: balanced, or by how much sources fall short of or exceed uses
    guarantees: str  # "" or a sentence on guarantees, which are not cash


@dataclass(frozen=True)
class DscrChart:
    """Debt cover by year from the start of operation: bars, the lenders' minimum, and what they say."""

    years: tuple[int, ...]
    values: tuple[float, ...]
    texts: tuple[str, ...]
    minimum: float | None
    minimum_text: str
    below: tuple[int, ...]
    description: str


@dataclass(frozen=True)
class TornadoBarView:
    label: str
    low: float
    high: float
    low_text: str
    high_text: str
    # For a driver that leaves the NPV where it is (interest rates move only what the lenders and the
    # equity get): what it moves instead, said in place of the two ends.
    note: str = ""


@dataclass(frozen=True)
class TornadoChart:
    """Each driver at -20% and +20%: the NPV at both ends, around the base case's."""

    basis: str  # what the bars measure ("NPV with terminal value")
    base: float
    base_text: str
    bars: tuple[TornadoBarView, ...]
    description: str


@dataclass(frozen=True)
class FinancePack:
    """Everything the finance page shows about one analysis, worded in the proposal's number locale."""

    figures: tuple[tuple[str, str, str], ...]  # the headline rows (no notes)
    notes: tuple[str, ...]
    verdicts: tuple[Verdict, ...]
    break_even: tuple[BreakEvenRow, ...]
    has_terminal: bool
    scenarios: ScenarioTable | None
    sources_uses: SourcesUsesView | None
    dscr: DscrChart | None
    tornado: TornadoChart | None


def finance_pack(case: FinancialCase, results: FinancialResults, locale: str = "en") -> FinancePack:
    """The finance page's whole pack for one analysis (see the module docstring)."""
    rows = finance_figures(case, results, locale)
    s = results.structure
    return FinancePack(
        figures=tuple(r for r in rows if r[0] != NOTE),
        notes=tuple(text for key, _title, text in rows if key == NOTE),
        verdicts=tuple(verdicts(case, results, locale)),
        break_even=tuple(_break_even_rows(s, locale)) if s is not None else (),
        has_terminal=_has_terminal(s),
        scenarios=scenario_table(case, s, locale) if s is not None else None,
        sources_uses=sources_uses(case, s, locale) if s is not None else None,
        dscr=dscr_chart(s, results.years, locale) if s is not None else None,
        tornado=tornado_chart(case, s, locale) if s is not None else None,
    )


_SENSITIVITY_WORDS = {
    "capex_plus_20": ("A 20% capex overrun", "overrun"),
    "revenue_minus_20": ("A 20% revenue shortfall", "shortfall"),
    "delay_1y": ("A one-year delay", "delay"),
}


def verdicts(case: FinancialCase, results: FinancialResults, locale: str = "en") -> list[Verdict]:
    """Plain sentences on what breaks the case and what does not, failing cases first."""
    out: list[Verdict] = []
    s = results.structure
    rate_text = _rate_text(case, locale)
    if results.npv is not None and results.npv < 0:
        out.append(Verdict(f"At {rate_text} the NPV is negative ({_short(results.npv, case, locale)}): as entered, "
                           "the project does not return its cost.", True))
    with_terminal = s.break_even[1] if s is not None and len(s.break_even) > 1 else None
    for sensitivity in results.sensitivities:
        words = _SENSITIVITY_WORDS.get(sensitivity.key)
        if words is None or sensitivity.npv is None or (results.npv is not None and results.npv < 0):
            continue
        case_words, driver = words
        where = _break_even_text(sensitivity.key, sensitivity.break_even, locale)
        also = ""
        if with_terminal is not None:
            tv = {"capex_plus_20": with_terminal.capex_overrun_pct, "revenue_minus_20": with_terminal.revenue_shortfall_pct,
                  "delay_1y": with_terminal.delay_years}[sensitivity.key]
            if tv is not None:
                also = f" ({_break_even_text(sensitivity.key, tv, locale)} with the terminal value)"
        if sensitivity.npv_negative:
            out.append(Verdict(f"{case_words} turns the NPV negative ({_short(sensitivity.npv, case, locale)}); "
                               f"break-even {driver}: {where}{also}.", True))
        elif sensitivity.break_even is not None:
            out.append(Verdict(f"{case_words} leaves the NPV positive ({_short(sensitivity.npv, case, locale)}); "
                               f"break-even {driver}: {where}{also}.", False))
        else:
            note = sensitivity.break_even_note or "no value of it turns the NPV negative"
            out.append(Verdict(f"{case_words} leaves the NPV positive ({_short(sensitivity.npv, case, locale)}); {note}.",
                               False))
    if s is not None:
        out += _structure_verdicts(case, s, locale)
    out.sort(key=lambda v: not v.fails)
    return out


def _break_even_text(key: str, value: Decimal | None, locale: str) -> str:
    from wizard.money import MISSING, format_number

    if value is None:
        return MISSING
    if key == "delay_1y":
        return f"{format_number(value, locale, decimals=1)} years"
    return _pct(value, locale)


def _structure_verdicts(case: FinancialCase, s: Structure, locale: str) -> list[Verdict]:
    out: list[Verdict] = []
    if s.min_dscr is not None and s.dscr_below_minimum:
        years = _years_list(s.dscr_below_minimum)
        out.append(Verdict(f"The DSCR falls below the lenders' minimum of {_times(s.min_dscr, locale)} in {years} "
                           f"(lowest {_times(s.dscr_min, locale)} in {s.dscr_min_year}).", True))
    elif s.min_dscr is not None and s.dscr_min is not None:
        out.append(Verdict(f"The DSCR stays at or above the lenders' minimum of {_times(s.min_dscr, locale)} "
                           f"(lowest {_times(s.dscr_min, locale)} in {s.dscr_min_year}).", False))
    if s.equity_irr is not None and s.cost_of_equity_pct is not None and s.equity_irr < s.cost_of_equity_pct:
        out.append(Verdict(f"The equity IRR, {_pct(s.equity_irr, locale)}, is below the cost of equity, "
                           f"{_pct(s.cost_of_equity_pct, locale)}.", True))
    su = s.sources_and_uses
    if su.balanced is False:
        out.append(Verdict(_balance_sentence(case, s, locale), True))
    for scenario in s.scenarios[1:]:
        if scenario.npv_negative:
            basis = " with the terminal value" if s.terminal_value is not None else ""
            headline = scenario.npv_with_terminal if scenario.npv_with_terminal is not None else scenario.npv
            out.append(Verdict(f"The {scenario.label} scenario turns the NPV negative ({_short(headline, case, locale)}"
                               f"{basis}).", True))
        if s.min_dscr is not None and scenario.dscr_min is not None and scenario.dscr_min < s.min_dscr:
            out.append(Verdict(f"In the {scenario.label} scenario the DSCR falls to {_times(scenario.dscr_min, locale)} in "
                               f"{scenario.dscr_min_year}, below the lenders' {_times(s.min_dscr, locale)}.", True))
    fx = s.fx
    if fx is not None:
        code = str(case.currency) if case.currency else "the local currency"
        currencies = sorted({str(loan.currency) for loan in s.loans if loan.foreign and loan.label in fx.loans
                             and loan.currency})
        loans = f"the loan{'s' if len(fx.loans) > 1 else ''} from {_names_list(fx.loans)}"
        against = f"{_names_list(currencies)}, the currency of {loans}" if currencies else f"the currency of {loans}"
        base, hit = fx.base, fx.depreciated
        fails = bool((s.min_dscr is not None and hit.dscr_min is not None and hit.dscr_min < s.min_dscr)
                     or (hit.equity_npv is not None and hit.equity_npv < 0))
        parts = []
        if hit.equity_irr is not None:
            parts.append(f"equity IRR {_pct(hit.equity_irr, locale)} ({_pct(base.equity_irr, locale)} as planned)")
        if hit.dscr_min is not None:
            parts.append(f"minimum DSCR {_times(hit.dscr_min, locale)} ({_times(base.dscr_min, locale)} as planned)")
        if parts:
            out.append(Verdict(f"If {code} loses {_pct(fx.rate_pct, locale)} a year against {against}: "
                               f"{', '.join(parts)}.", fails))
    return out


def _years_list(years: Sequence[int]) -> str:
    shown = [str(y) for y in years]
    if len(shown) > 6:
        return f"{', '.join(shown[:5])} and {len(shown) - 5} more years"
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _names_list(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _break_even_rows(s: Structure, locale: str) -> list[BreakEvenRow]:
    without = s.break_even[0]
    with_tv = s.break_even[1] if len(s.break_even) > 1 else None

    def text(value: Decimal | None, note: str, key: str) -> str:
        return _break_even_text(key, value, locale) if value is not None else (note or "not reached")

    return [
        BreakEvenRow("Capex overrun", text(without.capex_overrun_pct, without.capex_note, "capex"),
                     text(with_tv.capex_overrun_pct, with_tv.capex_note, "capex") if with_tv else ""),
        BreakEvenRow("Revenue shortfall", text(without.revenue_shortfall_pct, without.revenue_note, "revenue"),
                     text(with_tv.revenue_shortfall_pct, with_tv.revenue_note, "revenue") if with_tv else ""),
        BreakEvenRow("Delay", text(without.delay_years, without.delay_note, "delay_1y"),
                     text(with_tv.delay_years, with_tv.delay_note, "delay_1y") if with_tv else ""),
    ]


def scenario_table(case: FinancialCase, s: Structure, locale: str = "en") -> ScenarioTable:
    """The base case and each of the team's named scenarios side by side."""
    cases: Sequence[CaseFigures] = s.scenarios
    terminal = s.terminal_value is not None
    columns = tuple(ScenarioColumn(c.key, c.label, c.description, c.npv_negative) for c in cases)

    def irr(value: Decimal | None, note: str) -> str:
        return _pct(value, locale) if value is not None else (note or "not defined")

    def dscr(c: CaseFigures) -> str:
        return f"{_times(c.dscr_min, locale)} ({c.dscr_min_year})" if c.dscr_min is not None else "no debt service"

    rows: list[tuple[str, tuple[str, ...]]] = [
        ("NPV without terminal value" if terminal else "NPV", tuple(_short(c.npv, case, locale) for c in cases)),
    ]
    if terminal:
        rows.append(("NPV with terminal value", tuple(_short(c.npv_with_terminal, case, locale) for c in cases)))
    rows += [
        ("Project IRR", tuple(irr(c.irr, c.irr_note) for c in cases)),
        ("Equity IRR", tuple(irr(c.equity_irr, c.equity_irr_note) for c in cases)),
        ("Equity NPV", tuple(_short(c.equity_npv, case, locale) for c in cases)),
        ("Minimum DSCR (year)", tuple(dscr(c) for c in cases)),
        ("The NPV is", tuple("negative" if c.npv_negative else "positive" if c.npv_negative is False else "not known"
                             for c in cases)),
    ]
    return ScenarioTable(columns, tuple(rows))


def _balance_sentence(case: FinancialCase, s: Structure, locale: str) -> str:
    su = s.sources_and_uses
    share = abs(su.difference) * 100 / su.total_uses if su.total_uses else None
    if share is None:
        share_text = ""
    elif share < Decimal("0.05"):
        share_text = f" (less than {_pct(Decimal('0.1'), locale)} of uses)"
    else:
        share_text = f" ({_pct(share, locale)} of uses)"
    amount = _full(abs(su.difference), case, locale)
    tolerance = _pct(su.tolerance_pct, locale)
    if su.balanced is None:
        return "Sources and uses cannot be compared yet: there are no uses (no capex, costs or reserves)."
    if su.difference == 0:
        return "Sources and uses balance exactly."
    direction = "exceed" if su.difference > 0 else "fall short of"
    if su.balanced:
        return f"Sources and uses balance: sources {direction} uses by {amount}{share_text}, within {tolerance}."
    return f"Sources and uses do not balance: sources {direction} uses by {amount}{share_text}."


def sources_uses(case: FinancialCase, s: Structure, locale: str = "en") -> SourcesUsesView:
    """The sources-and-uses table, each line with its share, and whether it balances."""
    su = s.sources_and_uses

    def share(amount: Decimal, total: Decimal) -> str:
        return _pct(amount * 100 / total, locale) if total else ""

    uses = tuple(SourcesUsesLine(u.label, u.kind, _full(u.amount, case, locale), share(u.amount, su.total_uses))
                 for u in su.uses)
    sources = tuple(SourcesUsesLine(x.label, SOURCE_KINDS.get(x.kind, x.kind.capitalize()), _full(x.amount, case, locale),
                                    share(x.amount, su.total_sources)) for x in su.sources)
    guarantees = ""
    if su.guarantees:
        guarantees = (f"Guarantees ({_full(su.guarantees, case, locale)}) back the debt but are not cash, so they are "
                      "not counted as a source.")
    return SourcesUsesView(uses, sources, _full(su.total_uses, case, locale), _full(su.total_sources, case, locale),
                           su.balanced, _balance_sentence(case, s, locale), guarantees)


def dscr_chart(s: Structure, years: Sequence[int], locale: str = "en") -> DscrChart | None:
    """The DSCR of each year with debt service from the start of operation; None when there is none.

    ``years`` are the results' years, to which the structure's per-year figures are aligned.
    """
    pairs = [(year, d) for year, d in zip(years, s.dscr, strict=False) if d is not None]
    if not pairs:
        return None
    texts = tuple(_times(d, locale) for _, d in pairs)
    minimum_text = _times(s.min_dscr, locale) if s.min_dscr is not None else ""
    listed = "; ".join(f"{year}: {text}" for (year, _), text in zip(pairs, texts, strict=True))
    summary = f"lowest {_times(s.dscr_min, locale)} in {s.dscr_min_year}, average {_times(s.dscr_average, locale)}"
    if s.min_dscr is not None:
        summary += f", against the lenders' minimum of {minimum_text}"
        if s.dscr_below_minimum:
            summary += f"; below it in {_years_list(s.dscr_below_minimum)}"
    return DscrChart(
        years=tuple(year for year, _ in pairs),
        values=tuple(float(d) for _, d in pairs),
        texts=texts,
        minimum=float(s.min_dscr) if s.min_dscr is not None else None,
        minimum_text=minimum_text,
        below=tuple(s.dscr_below_minimum),
        description=f"Debt service cover ratio by year: {summary}. {listed}.",
    )


def tornado_chart(case: FinancialCase, s: Structure, locale: str = "en") -> TornadoChart | None:
    """The tornado's bars, widest swing first; None when there is no NPV to move."""
    terminal = s.terminal_value is not None
    base = s.npv_with_terminal
    bars_data = [b for b in s.tornado if b.low.npv_with_terminal is not None and b.high.npv_with_terminal is not None]
    if base is None or not bars_data:
        return None
    basis = "NPV with terminal value" if terminal else "NPV"
    bars = []
    lines = []
    for bar in bars_data:
        low, high = bar.low.npv_with_terminal, bar.high.npv_with_terminal
        assert low is not None and high is not None
        low_text, high_text = _short(low, case, locale), _short(high, case, locale)
        note = _unmoved_note(bar.low, bar.high, base, locale)
        bars.append(TornadoBarView(bar.label, float(low), float(high), low_text, high_text, note))
        lines.append(f"{bar.label}: {note}" if note else f"{bar.label}: {low_text} at -20%, {high_text} at +20%")
    base_text = _short(base, case, locale)
    description = (f"How the {basis} ({base_text} as entered) moves when each driver is 20% lower or higher, "
                   f"widest swing first. " + "; ".join(lines) + ".")
    return TornadoChart(basis, float(base), base_text, tuple(bars), description)


def _unmoved_note(low: CaseFigures, high: CaseFigures, base: Decimal, locale: str) -> str:
    """For a driver that leaves the NPV as entered at both ends: that it does, and what it moves instead
    (equity IRR, minimum DSCR) at -20% and +20%; "" for a driver that moves the NPV."""
    if low.npv_with_terminal != base or high.npv_with_terminal != base:
        return ""
    ends = []
    for end, case in (("-20%", low), ("+20%", high)):
        moved = []
        if low.equity_irr != high.equity_irr and case.equity_irr is not None:
            moved.append(f"equity IRR {_pct(case.equity_irr, locale)}")
        if low.dscr_min != high.dscr_min and case.dscr_min is not None:
            moved.append(f"minimum DSCR {_times(case.dscr_min, locale)}")
        if moved:
            ends.append(f"at {end}: {', '.join(moved)}")
    return "no effect on the NPV" + (f"; {'; '.join(ends)}" if ends else "")
