"""The financial figures the wizard shows beside the financial case: the whole finance pack, worded.

No Qt here.  The numbers come from :func:`wizard.finance.compute` (which owns the maths, its
conventions and its reference tests), through the analysis of the revision on screen; this module
only words and formats them: numbers in the window's convention (the interface language's,
:func:`wizard.money.reader_locale`), via :mod:`wizard.money`; words in
the interface's language (``lang``, from ``resources/i18n/figures*.json`` through :mod:`wizard.i18n.figures`;
English by default, the exports never read them). Amounts are in the
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

from wizard.finance import Equivalent, FinanceProblem, FinancialResults
from wizard.finance._results import CaseFigures, SourceUse, Structure
from wizard.model import FinancialCase, TerminalValueMethod

NOTE = "note"

#: What each kind of source is called in the sources-and-uses table (English; :class:`_Words` says it in
#: the interface's language).
SOURCE_KINDS = {"debt": "Debt", "equity": "Equity", "grant": "Grant or budget"}


class _Words:
    """The page's words in one language (``resources/i18n/figures*.json``): ``w("titles", "npv", rate=...)``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, section: str, key: str, **values: object) -> str:
        from wizard.i18n.figures import say

        return say(section, key, self.lang, **values)

    def has(self, section: str, key: str) -> bool:
        from wizard.i18n.figures import english

        return key in english().get(section, {})

    def reason(self, text: str) -> str:
        """A reason of the finance module, said in the language (as it is when it is not one of them)."""
        from wizard.i18n.figures import reason

        return reason(text, self.lang)

    def name(self, text: str) -> str:
        """A name the finance module made up for something unnamed ('Funding source 2', a funding type's
        label) in the language; a name the team typed stays as typed."""
        from wizard.i18n.figures import name

        return name(text, self.lang)

    def problem(self, found: FinanceProblem) -> str:
        """A problem the finance module found, said in the language with the same figures (the words of the
        Review page: :func:`problem_text`)."""
        return problem_text(found, self.lang)

    def years(self, text: str, count: Decimal | int) -> str:
        """``9.9 years``, ``1 year``: the count's grammar in the language (one only for a whole 1)."""
        one = isinstance(count, int) and count == 1
        return self("values", "years_one" if one else "years_other", n=text)

    def listing(self, items: Sequence[str]) -> str:
        """``a``, ``a and b``, ``a, b and c`` in the language."""
        if len(items) == 1:
            return items[0]
        return self("values", "list_pair", first=self("values", "list_separator").join(items[:-1]), last=items[-1])


def problem_text(found: FinanceProblem, lang: str = "en") -> str:
    """A :class:`~wizard.finance.FinanceProblem` as a sentence in ``lang``: its ``finance_<key>`` phrase of the
    readiness texts filled with its own values (:func:`wizard.readiness._core.finance_problem`, the words the
    Review page and ``check`` use), ended as the language ends a sentence; its English message in English, or
    where the phrase cannot be said (a test checks that every problem can be, in every language)."""
    if lang == "en":
        return found.message
    from wizard.i18n.figures import say
    from wizard.readiness import catalogue
    from wizard.readiness._core import finance_problem

    said = finance_problem(found, lang, catalogue(lang), catalogue())
    return say("values", "sentence", lang, text=said) if said else found.message


def _money(amount: Decimal | None, equivalent: Equivalent | None, case: FinancialCase, locale: str,
           w: _Words) -> str:
    from wizard.money import format_money

    code = str(case.currency) if case.currency else None
    if amount is None:
        return w("values", "not_available")
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


def _years(value: Decimal | None, note: str, locale: str, w: _Words) -> str:
    from wizard.money import format_number

    if value is None:
        return w.reason(note) if note else w("values", "not_reached")
    return w.years(format_number(value, locale, decimals=1), value)


def _rate_text(case: FinancialCase, locale: str, w: _Words) -> str:
    rate = case.discount_rate_pct
    return _pct(rate, locale) if rate is not None else w("values", "the_discount_rate")


def _has_terminal(structure: Structure | None) -> bool:
    return structure is not None and structure.terminal_value is not None


def _not_defined(note: str, w: _Words) -> str:
    return w.reason(note) if note else w("values", "not_defined")


def finance_figures(case: FinancialCase, results: FinancialResults, locale: str = "en",
                    lang: str = "en") -> list[tuple[str, str, str]]:
    """Every headline figure of the Financial case page, in display order; notes have key ``note``.

    ``results`` is ``wizard.finance.compute(case)``, as the analysis of the revision holds it; ``locale``
    formats the numbers (the window's: the interface language's convention), ``lang`` words them.
    """
    w = _Words(lang)
    funding = results.funding
    eq = results.equivalents
    structure = results.structure
    rate_text = _rate_text(case, locale, w)
    terminal = _has_terminal(structure)
    rows: list[tuple[str, str, str]] = [
        ("capex", w("titles", "capex"), _money(results.total_capex, eq.get("total_capex"), case, locale, w)),
        ("opex", w("titles", "opex"), _money(results.total_opex, eq.get("total_opex"), case, locale, w)),
        ("revenue", w("titles", "revenue"), _money(results.total_revenue, eq.get("total_revenue"), case, locale, w)),
        ("npv", w("titles", "npv_without_terminal" if terminal else "npv", rate=rate_text),
         _money(results.npv, eq.get("npv"), case, locale, w)),
    ]
    if terminal:
        assert structure is not None
        method = structure.terminal_method
        how = w("methods", method.value if isinstance(method, TerminalValueMethod)
                and method.value in ("perpetuity_growth", "exit_multiple") else "other")
        rows += [
            ("npv_with_terminal", w("titles", "npv_with_terminal", rate=rate_text),
             _full(structure.npv_with_terminal, case, locale)),
            ("terminal_value", w("titles", "terminal_value"),
             w("values", "terminal_value", amount=_full(structure.terminal_value, case, locale), method=how)),
        ]
    rows.append(("irr", w("titles", "irr_without_terminal" if terminal else "irr"),
                 _pct(results.irr, locale) if results.irr is not None else _not_defined(results.irr_note, w)))
    if terminal:
        assert structure is not None
        rows.append(("irr_with_terminal", w("titles", "irr_with_terminal"),
                     _pct(structure.irr_with_terminal, locale) if structure.irr_with_terminal is not None
                     else _not_defined(structure.irr_with_terminal_note, w)))
    rows += [
        ("payback", w("titles", "payback"), _years(results.payback_years, results.payback_note, locale, w)),
        ("discounted_payback", w("titles", "discounted_payback"),
         _years(results.discounted_payback_years, results.discounted_payback_note, locale, w)),
    ]
    if structure is not None:
        rows += _investor_rows(case, structure, locale, w)
    rows += [
        ("committed", w("titles", "committed"), _money(funding.committed, eq.get("funding_committed"), case, locale, w)),
        ("gap", w("titles", "gap"), _money(funding.gap, eq.get("funding_gap"), case, locale, w)),
        ("ask", w("titles", "ask"), _money(funding.ask, eq.get("ask"), case, locale, w)),
    ]
    if results.irr is not None and results.irr_note:
        rows.append((NOTE, "", w("values", "irr_note", note=w.reason(results.irr_note))))
    for scenario in results.sensitivities:
        irr = _pct(scenario.irr, locale) if scenario.irr is not None else w("values", "irr_not_defined")
        title = w("sensitivities", scenario.key) if w.has("sensitivities", scenario.key) else scenario.label
        rows.append((f"sensitivity_{scenario.key}", title,
                     w("values", "sensitivity", npv=_money(scenario.npv, scenario.npv_equivalent, case, locale, w), irr=irr)))
    for problem in results.problems:
        rows.append((NOTE, "", w.problem(problem)))
    return rows


def _investor_rows(case: FinancialCase, s: Structure, locale: str, w: _Words) -> list[tuple[str, str, str]]:
    """Equity returns and debt cover, as headline rows."""
    rows: list[tuple[str, str, str]] = []
    coe = s.cost_of_equity_pct
    if s.equity_flows:
        if s.equity_irr is not None:
            equity_irr = (w("values", "equity_irr_against", irr=_pct(s.equity_irr, locale), rate=_pct(coe, locale))
                          if coe is not None else _pct(s.equity_irr, locale))
        else:
            equity_irr = _not_defined(s.equity_irr_note, w)
        rows.append(("equity_irr", w("titles", "equity_irr"), equity_irr))
        rows.append(("equity_npv", w("titles", "equity_npv_at", rate=_pct(coe, locale)) if coe is not None
                     else w("titles", "equity_npv"),
                     _full(s.equity_npv, case, locale) if s.equity_npv is not None
                     else w("values", "needs_cost_of_equity")))
    if s.dscr_min is not None:
        ratio, year = _times(s.dscr_min, locale), s.dscr_min_year
        rows.append(("dscr_min", w("titles", "dscr_min"),
                     w("values", "dscr_min_against", ratio=ratio, year=year, minimum=_times(s.min_dscr, locale))
                     if s.min_dscr is not None else w("values", "dscr_min", ratio=ratio, year=year)))
        served = sum(d is not None for d in s.dscr)
        rows.append(("dscr_average", w("titles", "dscr_average"),
                     w("values", "dscr_average_one" if served == 1 else "dscr_average_other",
                       ratio=_times(s.dscr_average, locale), n=served)))
    elif s.loans:
        rows.append(("dscr_min", w("titles", "dscr_min"), w("values", "no_debt_service_year")))
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
    #: The rows that say something about the NPV (marked in a case whose NPV is negative).
    npv_rows: tuple[int, ...] = ()

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
    #: One sentence per driver that leaves the NPV where it is ("Interest rates: no effect on the NPV; ...").
    unmoved: tuple[str, ...] = ()


@dataclass(frozen=True)
class FinancePack:
    """Everything the finance page shows about one analysis, numbers in the window's convention."""

    figures: tuple[tuple[str, str, str], ...]  # the headline rows (no notes)
    notes: tuple[str, ...]
    verdicts: tuple[Verdict, ...]
    break_even: tuple[BreakEvenRow, ...]
    has_terminal: bool
    scenarios: ScenarioTable | None
    sources_uses: SourcesUsesView | None
    dscr: DscrChart | None
    tornado: TornadoChart | None
    lang: str = "en"  # the language of the words (the numbers follow its convention in the window)


def finance_pack(case: FinancialCase, results: FinancialResults, locale: str = "en", lang: str = "en") -> FinancePack:
    """The finance page's whole pack for one analysis (see the module docstring): numbers in ``locale``
    (the window's, :func:`wizard.money.reader_locale` of the interface language), words in ``lang``."""
    rows = finance_figures(case, results, locale, lang)
    s = results.structure
    return FinancePack(
        figures=tuple(r for r in rows if r[0] != NOTE),
        notes=tuple(text for key, _title, text in rows if key == NOTE),
        verdicts=tuple(verdicts(case, results, locale, lang)),
        break_even=tuple(_break_even_rows(s, locale, _Words(lang))) if s is not None else (),
        has_terminal=_has_terminal(s),
        scenarios=scenario_table(case, s, locale, lang) if s is not None else None,
        sources_uses=sources_uses(case, s, locale, lang) if s is not None else None,
        dscr=dscr_chart(s, results.years, locale, lang) if s is not None else None,
        tornado=tornado_chart(case, s, locale, lang) if s is not None else None,
        lang=lang,
    )


def labelled(label: str, value: str, lang: str = "en") -> str:
    """``label: value`` with the language's punctuation (a scenario's name and its description)."""
    return _Words(lang)("values", "labelled", label=label, value=value)


_SENSITIVITY_KEYS = ("capex_plus_20", "revenue_minus_20", "delay_1y")


def verdicts(case: FinancialCase, results: FinancialResults, locale: str = "en", lang: str = "en") -> list[Verdict]:
    """Plain sentences on what breaks the case and what does not, failing cases first."""
    w = _Words(lang)
    out: list[Verdict] = []
    s = results.structure
    rate_text = _rate_text(case, locale, w)
    if results.npv is not None and results.npv < 0:
        out.append(Verdict(w("verdicts", "npv_negative", rate=rate_text, npv=_short(results.npv, case, locale)), True))
    with_terminal = s.break_even[1] if s is not None and len(s.break_even) > 1 else None
    for sensitivity in results.sensitivities:
        key = sensitivity.key
        if key not in _SENSITIVITY_KEYS or sensitivity.npv is None or (results.npv is not None and results.npv < 0):
            continue
        npv = _short(sensitivity.npv, case, locale)
        where = _break_even_text(key, sensitivity.break_even, locale, w)
        also = ""
        if with_terminal is not None:
            tv = {"capex_plus_20": with_terminal.capex_overrun_pct, "revenue_minus_20": with_terminal.revenue_shortfall_pct,
                  "delay_1y": with_terminal.delay_years}[key]
            if tv is not None:
                also = w("verdicts", "also_with_terminal", where=_break_even_text(key, tv, locale, w))
        if sensitivity.npv_negative:
            out.append(Verdict(w("verdicts", f"{key}_negative", npv=npv, where=where, also=also), True))
        elif sensitivity.break_even is not None:
            out.append(Verdict(w("verdicts", f"{key}_positive", npv=npv, where=where, also=also), False))
        else:
            note = (w.reason(sensitivity.break_even_note) if sensitivity.break_even_note
                    else w("verdicts", "no_value_turns_negative"))
            out.append(Verdict(w("verdicts", f"{key}_never", npv=npv, note=note), False))
    if s is not None:
        out += _structure_verdicts(case, s, locale, w)
    out.sort(key=lambda v: not v.fails)
    return out


def _break_even_text(key: str, value: Decimal | None, locale: str, w: _Words) -> str:
    from wizard.money import MISSING, format_number

    if value is None:
        return MISSING
    if key == "delay_1y":
        return w.years(format_number(value, locale, decimals=1), value)
    return _pct(value, locale)


def _structure_verdicts(case: FinancialCase, s: Structure, locale: str, w: _Words) -> list[Verdict]:
    out: list[Verdict] = []
    if s.min_dscr is not None and s.dscr_below_minimum:
        out.append(Verdict(w("verdicts", "dscr_below", minimum=_times(s.min_dscr, locale),
                             years=_years_list(s.dscr_below_minimum, w), lowest=_times(s.dscr_min, locale),
                             year=s.dscr_min_year), True))
    elif s.min_dscr is not None and s.dscr_min is not None:
        out.append(Verdict(w("verdicts", "dscr_holds", minimum=_times(s.min_dscr, locale),
                             lowest=_times(s.dscr_min, locale), year=s.dscr_min_year), False))
    if s.equity_irr is not None and s.cost_of_equity_pct is not None and s.equity_irr < s.cost_of_equity_pct:
        out.append(Verdict(w("verdicts", "equity_below_cost", irr=_pct(s.equity_irr, locale),
                             rate=_pct(s.cost_of_equity_pct, locale)), True))
    su = s.sources_and_uses
    if su.balanced is False:
        out.append(Verdict(_balance_sentence(case, s, locale, w), True))
    for scenario in s.scenarios[1:]:
        name = w.name(scenario.label)
        if scenario.npv_negative:
            headline = scenario.npv_with_terminal if scenario.npv_with_terminal is not None else scenario.npv
            key = "scenario_negative_with_terminal" if s.terminal_value is not None else "scenario_negative"
            out.append(Verdict(w("verdicts", key, name=name, npv=_short(headline, case, locale)), True))
        if s.min_dscr is not None and scenario.dscr_min is not None and scenario.dscr_min < s.min_dscr:
            out.append(Verdict(w("verdicts", "scenario_dscr", name=name, ratio=_times(scenario.dscr_min, locale),
                                 year=scenario.dscr_min_year, minimum=_times(s.min_dscr, locale)), True))
    fx = s.fx
    if fx is not None:
        code = str(case.currency) if case.currency else w("verdicts", "fx_local_currency")
        currencies = sorted({str(loan.currency) for loan in s.loans if loan.foreign and loan.label in fx.loans
                             and loan.currency})
        loans = w("verdicts", "fx_loans" if len(fx.loans) > 1 else "fx_loan",
                  names=w.listing([w.name(n) for n in fx.loans]))
        against = (w("verdicts", "fx_against_currencies", currencies=w.listing(currencies), loans=loans) if currencies
                   else w("verdicts", "fx_against", loans=loans))
        base, hit = fx.base, fx.depreciated
        fails = bool((s.min_dscr is not None and hit.dscr_min is not None and hit.dscr_min < s.min_dscr)
                     or (hit.equity_npv is not None and hit.equity_npv < 0))
        parts = []
        if hit.equity_irr is not None:
            parts.append(w("verdicts", "fx_equity_irr", irr=_pct(hit.equity_irr, locale),
                           planned=_pct(base.equity_irr, locale)))
        if hit.dscr_min is not None:
            parts.append(w("verdicts", "fx_dscr", ratio=_times(hit.dscr_min, locale),
                           planned=_times(base.dscr_min, locale)))
        if parts:
            out.append(Verdict(w("verdicts", "fx", currency=code, rate=_pct(fx.rate_pct, locale), against=against,
                                 parts=w("verdicts", "fx_parts_separator").join(parts)), fails))
    return out


def _years_list(years: Sequence[int], w: _Words) -> str:
    shown = [str(y) for y in years]
    if len(shown) > 6:
        return w("values", "list_more", listed=w("values", "list_separator").join(shown[:5]), n=len(shown) - 5)
    return w.listing(shown)


def _break_even_rows(s: Structure, locale: str, w: _Words) -> list[BreakEvenRow]:
    without = s.break_even[0]
    with_tv = s.break_even[1] if len(s.break_even) > 1 else None

    def text(value: Decimal | None, note: str, key: str) -> str:
        if value is not None:
            return _break_even_text(key, value, locale, w)
        return w.reason(note) if note else w("values", "not_reached")

    return [
        BreakEvenRow(w("break_even", "capex"), text(without.capex_overrun_pct, without.capex_note, "capex"),
                     text(with_tv.capex_overrun_pct, with_tv.capex_note, "capex") if with_tv else ""),
        BreakEvenRow(w("break_even", "revenue"), text(without.revenue_shortfall_pct, without.revenue_note, "revenue"),
                     text(with_tv.revenue_shortfall_pct, with_tv.revenue_note, "revenue") if with_tv else ""),
        BreakEvenRow(w("break_even", "delay"), text(without.delay_years, without.delay_note, "delay_1y"),
                     text(with_tv.delay_years, with_tv.delay_note, "delay_1y") if with_tv else ""),
    ]


def scenario_table(case: FinancialCase, s: Structure, locale: str = "en", lang: str = "en") -> ScenarioTable:
    """The base case and each of the team's named scenarios side by side."""
    w = _Words(lang)
    cases: Sequence[CaseFigures] = s.scenarios
    terminal = s.terminal_value is not None

    def column(c: CaseFigures) -> ScenarioColumn:
        if c.key == "base":
            return ScenarioColumn(c.key, w("scenarios", "base"), w("scenarios", "base_description"), c.npv_negative)
        return ScenarioColumn(c.key, w.name(c.label), c.description, c.npv_negative)

    columns = tuple(column(c) for c in cases)

    def irr(value: Decimal | None, note: str) -> str:
        return _pct(value, locale) if value is not None else _not_defined(note, w)

    def dscr(c: CaseFigures) -> str:
        return (w("scenarios", "dscr_cell", ratio=_times(c.dscr_min, locale), year=c.dscr_min_year)
                if c.dscr_min is not None else w("scenarios", "no_debt_service"))

    def sign(c: CaseFigures) -> str:
        return w("scenarios", "negative" if c.npv_negative else "positive" if c.npv_negative is False else "not_known")

    rows: list[tuple[str, tuple[str, ...]]] = [
        (w("scenarios", "npv_without_terminal" if terminal else "npv"), tuple(_short(c.npv, case, locale) for c in cases)),
    ]
    if terminal:
        rows.append((w("scenarios", "npv_with_terminal"), tuple(_short(c.npv_with_terminal, case, locale) for c in cases)))
    npv_rows = tuple(range(len(rows)))
    rows += [
        (w("scenarios", "irr"), tuple(irr(c.irr, c.irr_note) for c in cases)),
        (w("scenarios", "equity_irr"), tuple(irr(c.equity_irr, c.equity_irr_note) for c in cases)),
        (w("scenarios", "equity_npv"), tuple(_short(c.equity_npv, case, locale) for c in cases)),
        (w("scenarios", "dscr_min"), tuple(dscr(c) for c in cases)),
        (w("scenarios", "npv_sign"), tuple(sign(c) for c in cases)),
    ]
    return ScenarioTable(columns, tuple(rows), (*npv_rows, len(rows) - 1))


def _balance_sentence(case: FinancialCase, s: Structure, locale: str, w: _Words) -> str:
    su = s.sources_and_uses
    share = abs(su.difference) * 100 / su.total_uses if su.total_uses else None
    if share is None:
        share_text = ""
    elif share < Decimal("0.05"):
        share_text = w("sources_uses", "share_less", share=_pct(Decimal("0.1"), locale))
    else:
        share_text = w("sources_uses", "share", share=_pct(share, locale))
    amount = _full(abs(su.difference), case, locale)
    tolerance = _pct(su.tolerance_pct, locale)
    if su.balanced is None:
        return w("sources_uses", "no_uses")
    if su.difference == 0:
        return w("sources_uses", "exact")
    direction = "exceed" if su.difference > 0 else "short"
    if su.balanced:
        return w("sources_uses", f"balance_{direction}", amount=amount, share=share_text, tolerance=tolerance)
    return w("sources_uses", f"unbalanced_{direction}", amount=amount, share=share_text)


def _use_label(use: SourceUse, w: _Words) -> str:
    if w.lang == "en":
        return use.label
    if use.kind == "capex":
        if use.label == "Capex":
            return w("sources_uses", "capex")
        if use.label == "Capex not assigned to a roadmap phase":
            return w("sources_uses", "capex_unassigned")
        if use.label.startswith("Capex: ") and use.path.startswith("roadmap.phases["):
            return w("sources_uses", "capex_phase", name=w.name(use.label.removeprefix("Capex: ")))
        return use.label
    return w("sources_uses", use.kind) if use.kind in ("development", "idc", "fees", "reserves") else use.label


def sources_uses(case: FinancialCase, s: Structure, locale: str = "en", lang: str = "en") -> SourcesUsesView:
    """The sources-and-uses table, each line with its share, and whether it balances."""
    w = _Words(lang)
    su = s.sources_and_uses

    def share(amount: Decimal, total: Decimal) -> str:
        return _pct(amount * 100 / total, locale) if total else ""

    def kind(x: SourceUse) -> str:
        return w("sources_uses", x.kind) if x.kind in SOURCE_KINDS else x.kind.capitalize()

    uses = tuple(SourcesUsesLine(_use_label(u, w), u.kind, _full(u.amount, case, locale), share(u.amount, su.total_uses))
                 for u in su.uses)
    sources = tuple(SourcesUsesLine(w.name(x.label), kind(x), _full(x.amount, case, locale),
                                    share(x.amount, su.total_sources)) for x in su.sources)
    guarantees = ""
    if su.guarantees:
        guarantees = w("sources_uses", "guarantees", amount=_full(su.guarantees, case, locale))
    return SourcesUsesView(uses, sources, _full(su.total_uses, case, locale), _full(su.total_sources, case, locale),
                           su.balanced, _balance_sentence(case, s, locale, w), guarantees)


def dscr_chart(s: Structure, years: Sequence[int], locale: str = "en", lang: str = "en") -> DscrChart | None:
    """The DSCR of each year with debt service from the start of operation; None when there is none.

    ``years`` are the results' years, to which the structure's per-year figures are aligned.
    """
    w = _Words(lang)
    pairs = [(year, d) for year, d in zip(years, s.dscr, strict=False) if d is not None]
    if not pairs:
        return None
    texts = tuple(_times(d, locale) for _, d in pairs)
    minimum_text = _times(s.min_dscr, locale) if s.min_dscr is not None else ""
    listed = w("charts", "lines_separator").join(w("charts", "dscr_year", year=year, ratio=text)
                                                 for (year, _), text in zip(pairs, texts, strict=True))
    summary = w("charts", "dscr_summary", lowest=_times(s.dscr_min, locale), year=s.dscr_min_year,
                average=_times(s.dscr_average, locale))
    if s.min_dscr is not None:
        summary = w("charts", "dscr_against", summary=summary, minimum=minimum_text)
        if s.dscr_below_minimum:
            summary = w("charts", "dscr_below", summary=summary, years=_years_list(s.dscr_below_minimum, w))
    return DscrChart(
        years=tuple(year for year, _ in pairs),
        values=tuple(float(d) for _, d in pairs),
        texts=texts,
        minimum=float(s.min_dscr) if s.min_dscr is not None else None,
        minimum_text=minimum_text,
        below=tuple(s.dscr_below_minimum),
        description=w("charts", "dscr_description", summary=summary, listed=listed),
    )


def tornado_chart(case: FinancialCase, s: Structure, locale: str = "en", lang: str = "en") -> TornadoChart | None:
    """The tornado's bars, widest swing first; None when there is no NPV to move."""
    w = _Words(lang)
    terminal = s.terminal_value is not None
    base = s.npv_with_terminal
    bars_data = [b for b in s.tornado if b.low.npv_with_terminal is not None and b.high.npv_with_terminal is not None]
    if base is None or not bars_data:
        return None
    basis = w("charts", "tornado_basis_terminal" if terminal else "tornado_basis")
    bars = []
    lines = []
    unmoved = []
    for bar in bars_data:
        low, high = bar.low.npv_with_terminal, bar.high.npv_with_terminal
        assert low is not None and high is not None
        label = w("drivers", bar.driver) if w.has("drivers", bar.driver) else bar.label
        low_text, high_text = _short(low, case, locale), _short(high, case, locale)
        note = _unmoved_note(bar.low, bar.high, base, locale, w)
        bars.append(TornadoBarView(label, float(low), float(high), low_text, high_text, note))
        if note:
            lines.append(w("charts", "tornado_note_line", driver=label, note=note))
            unmoved.append(w("charts", "unmoved", driver=label, note=note))
        else:
            lines.append(w("charts", "tornado_line", driver=label, low=low_text, high=high_text))
    base_text = _short(base, case, locale)
    description = w("charts", "tornado_description", basis=basis, base=base_text,
                    lines=w("charts", "lines_separator").join(lines))
    return TornadoChart(basis, float(base), base_text, tuple(bars), description, tuple(unmoved))


def _unmoved_note(low: CaseFigures, high: CaseFigures, base: Decimal, locale: str, w: _Words) -> str:
    """For a driver that leaves the NPV as entered at both ends: that it does, and what it moves instead
    (equity IRR, minimum DSCR) at -20% and +20%; "" for a driver that moves the NPV."""
    if low.npv_with_terminal != base or high.npv_with_terminal != base:
        return ""
    ends = []
    for end, case in (("-20%", low), ("+20%", high)):
        moved = []
        if low.equity_irr != high.equity_irr and case.equity_irr is not None:
            moved.append(w("charts", "moved_equity_irr", irr=_pct(case.equity_irr, locale)))
        if low.dscr_min != high.dscr_min and case.dscr_min is not None:
            moved.append(w("charts", "moved_dscr", ratio=_times(case.dscr_min, locale)))
        if moved:
            ends.append(w("charts", "at_end", end=end, moved=w("verdicts", "fx_parts_separator").join(moved)))
    if not ends:
        return w("charts", "no_effect")
    return w("charts", "no_effect_but", ends=w("charts", "lines_separator").join(ends))
