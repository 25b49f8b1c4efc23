"""The financial figures of the pitch, assembled in one place for every format (no Qt, no WeasyPrint).

Both the deck and the leave-behind take their finance slides and sections from :class:`Economics`: the
headline metrics, the sensitivity cases and the sentence that says honestly what a downside case does to
the NPV, the yearly cash-flow table, the revenue mix, sources and uses, and the capital split.  It reads
the results of :func:`wizard.analysis.analyse` (computed once per export) and formats with
:class:`~wizard.export.numbers.Numbers`; nothing here computes the financial case again.

New figures from :mod:`wizard.finance` (break-even values, equity IRR, DSCR, scenarios) slot in here:
:meth:`Economics.break_even` and :meth:`Economics.metrics` state a figure only when the analysis holds it.
Every label is a key of the label catalogue; every sentence is a catalogue phrase filled with the
proposal's own figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from wizard.export.labels import Labels, Phrase
from wizard.export.numbers import Numbers, rounded
from wizard.export.tables import Column, Fixed, Table, amount_scale, scaled, unit_label
from wizard.finance import FinancialResults
from wizard.model import (
    REVENUE_FIELDS,
    FundingSource,
    FundingStatus,
    FundingType,
    Instrument,
    Proposal,
    YearLine,
)

_ZERO = Decimal(0)
_NBSP = "\u00a0"

#: Instruments that put equity into the project company, lend to it, or give it public capital.
EQUITY = (Instrument.EQUITY,)
DEBT = (Instrument.LOAN, Instrument.CONCESSIONAL_LOAN, Instrument.BOND)
PUBLIC = (Instrument.GRANT, Instrument.BUDGET)
#: Revenue stream -> who pays it (a catalogue key), for the structure diagram and the revenue mix.
PAYERS = {
    "rev_user_fees": "Users",
    "rev_availability": "City (availability payments)",
    "rev_land_value": "Land value capture",
    "rev_energy_savings": "Energy savings",
    "rev_data_services": "Data-service customers",
    "rev_advertising": "Advertisers",
    "rev_other": "Other revenue",
}
#: The sensitivity cases wizard.finance computes, by key: the short label and the sentence used when the
#: case turns the NPV negative (catalogue keys).
CASES = {
    "capex_plus_20": ("Capex +20%", "A 20% capex overrun turns the NPV negative ({npv})."),
    "revenue_minus_20": ("Revenue −20%", "Revenue 20% below plan turns the NPV negative ({npv})."),
    "delay_1y": ("One-year delay", "A one-year delay turns the NPV negative ({npv})."),
}
STATUS_ORDER = (FundingStatus.COMMITTED, FundingStatus.IN_DISCUSSION, FundingStatus.SOUGHT, None)


@dataclass(frozen=True)
class Figure:
    """A headline figure: label (catalogue key), finished value and a short note (a phrase)."""

    key: str
    label: str
    value: str
    note: Phrase | None = None

    def as_dict(self, labels: Labels) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "value": self.value,
                "note": self.note.as_dict(labels) if self.note else None}


@dataclass
class FundingRow:
    """One funding source as the sources-and-uses table and the structure diagram show it."""

    name: str
    kind: str                  # equity | debt | public | other
    instrument: str            # the instrument's label (a catalogue key) or ""
    status: FundingStatus | None
    amount: Decimal | None
    japanese: bool
    terms: str
    source_type: FundingType | None
    share_of_equity: Decimal | None = None


@dataclass
class Economics:
    """The financial case of one proposal, as the pitch shows it."""

    proposal: Proposal
    results: FinancialResults
    n: Numbers
    funding: list[FundingRow] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.funding = [self._row(s) for s in self.proposal.finance.funding
                        if s.name.strip() or s.amount is not None or s.source_type]
        equity = sum((f.amount or _ZERO for f in self.funding if f.kind == "equity"), _ZERO)
        for row in self.funding:
            if row.kind == "equity" and equity > 0 and row.amount is not None:
                row.share_of_equity = row.amount * 100 / equity

    # -- basics ------------------------------------------------------------------------------------------

    @property
    def currency(self) -> str:
        return self.n.currency

    @property
    def has_cash_flows(self) -> bool:
        return bool(self.results.years)

    def money(self, amount: Decimal | None) -> str:
        return self.n.money(amount, compact=True) if amount is not None else ""

    def signed(self, amount: Decimal | None) -> str:
        """A compact amount with a true minus sign when negative."""
        if amount is None:
            return ""
        text = self.n.money(abs(amount), compact=True)
        return ("−" + text) if amount < 0 else text

    def years(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        return f"{self.n.number(value, 1)}{_NBSP}years"

    @staticmethod
    def _kind(source: FundingSource) -> str:
        if source.instrument in EQUITY or source.source_type in (FundingType.JOIN_EQUITY, FundingType.PRIVATE_EQUITY) \
                and source.instrument is None:
            return "equity"
        if source.instrument in DEBT or source.source_type in (FundingType.JBIC_LOAN, FundingType.COMMERCIAL_DEBT) \
                and source.instrument is None:
            return "debt"
        if source.instrument in PUBLIC or source.source_type in (FundingType.PUBLIC_BUDGET,
                                                                 FundingType.NATIONAL_GOVERNMENT) \
                and source.instrument is None:
            return "public"
        return "other"

    def _row(self, s: FundingSource) -> FundingRow:
        japanese = s.japanese or s.source_type in (FundingType.JOIN_EQUITY, FundingType.JBIC_LOAN)
        name = s.name.strip() or (s.source_type.label if s.source_type else "")
        return FundingRow(name=name, kind=self._kind(s), instrument=s.instrument.label if s.instrument else "",
                          status=s.status, amount=s.amount, japanese=japanese, terms=s.terms.strip(),
                          source_type=s.source_type)

    # -- headline figures --------------------------------------------------------------------------------

    def npv_note(self) -> Phrase | None:
        rate = self.proposal.finance.discount_rate_pct
        return Phrase("at {rate} discount rate", rate=self.n.percent(rate)) if rate is not None else None

    def metrics(self) -> list[Figure]:
        """Project NPV and IRR, the equity IRR and the lenders' cover, payback: as far as they are computed."""
        r, n = self.results, self.n
        st = r.structure
        out: list[Figure] = []
        if r.npv is not None:
            out.append(Figure("npv", "Project NPV", self.signed(r.npv), self.npv_note()))
        if st is not None and st.terminal_value is not None and st.npv_with_terminal is not None:
            out.append(Figure("npv_terminal", "Project NPV with terminal value", self.signed(st.npv_with_terminal),
                              Phrase("terminal value {value}", value=self.money(st.terminal_value))))
        if r.irr is not None:
            note = Phrase("several rates give a zero NPV: read the NPV") if len(r.irr_roots) > 1 else \
                Phrase("against {rate} discount rate", rate=n.percent(r.discount_rate_pct)) \
                if r.discount_rate_pct is not None else None
            out.append(Figure("irr", "Project IRR", n.percent(r.irr), note))
        elif r.years:
            out.append(Figure("irr", "Project IRR", "–", Phrase("not defined: the cash flows never change sign")))
        if st is not None and st.equity_irr is not None:
            note = Phrase("against {rate} cost of equity", rate=n.percent(st.cost_of_equity_pct)) \
                if st.cost_of_equity_pct is not None else None
            out.append(Figure("equity_irr", "Equity IRR", n.percent(st.equity_irr), note))
        if st is not None and st.dscr_min is not None:
            note = None
            if st.min_dscr is not None and st.dscr_min_year:
                note = Phrase("in {year}; lenders' minimum {minimum}", year=st.dscr_min_year,
                              minimum=self.times(st.min_dscr))
            elif st.dscr_min_year:
                note = Phrase("in {year}", year=st.dscr_min_year)
            out.append(Figure("min_dscr", "Minimum DSCR", self.times(st.dscr_min), note))
        if r.payback_years is not None:
            out.append(Figure("payback", "Payback", self.years(r.payback_years),
                              Phrase("from {year}, undiscounted", year=str(r.base_year)) if r.base_year else None))
        if r.discounted_payback_years is not None:
            out.append(Figure("discounted_payback", "Discounted payback", self.years(r.discounted_payback_years),
                              self.npv_note()))
        order = ("npv", "irr", "equity_irr", "min_dscr", "payback", "npv_terminal", "discounted_payback")
        return sorted(out, key=lambda f: order.index(f.key) if f.key in order else len(order))

    def break_even_sentence(self) -> Phrase | None:
        """Where the NPV (without terminal value) reaches zero, in one sentence; None when not computed."""
        st = self.results.structure
        found = next((b for b in st.break_even if b.basis == "without_terminal"), None) if st is not None else None
        if found is None:
            return None
        capex, revenue, delay = found.capex_overrun_pct, found.revenue_shortfall_pct, found.delay_years
        if capex is None or revenue is None or delay is None or not (capex > 0 and revenue > 0 and delay > 0):
            return None
        n = self.n
        return Phrase("The NPV reaches zero at a capex overrun of {capex}, revenue {revenue} below plan or a delay of "
                      "{delay}.", capex=n.percent(rounded(capex, 1)),
                      revenue=n.percent(rounded(revenue, 1)), delay=self.years(delay))

    def times(self, value: Decimal | None) -> str:
        """A cover ratio: '1.50x'."""
        return f"{self.n.number(rounded(value, 2), 2)}x" if value is not None else ""

    def break_even(self) -> list[Figure]:
        """How far the project can slip before its NPV reaches zero (without the terminal value).

        The capex overrun, the revenue shortfall and the delay that bring the NPV to zero, as wizard.finance
        computes them; none when the analysis holds none (no cash flows, or an NPV already negative).
        """
        st = self.results.structure
        if st is None:
            return []
        found = next((b for b in st.break_even if b.basis == "without_terminal"), None)
        if found is None:
            return []
        out: list[Figure] = []
        if found.capex_overrun_pct is not None and found.capex_overrun_pct > 0:
            out.append(Figure("break_capex", "Capex overrun to break even", self.n.percent(rounded(found.capex_overrun_pct, 1))))
        if found.revenue_shortfall_pct is not None and found.revenue_shortfall_pct > 0:
            out.append(Figure("break_revenue", "Revenue shortfall to break even",
                              self.n.percent(rounded(found.revenue_shortfall_pct, 1))))
        if found.delay_years is not None and found.delay_years > 0:
            out.append(Figure("break_delay", "Delay to break even", self.years(found.delay_years)))
        return out

    # -- sensitivities -------------------------------------------------------------------------------------

    def sensitivities(self) -> list[dict[str, Any]]:
        rows = []
        for case in self.results.sensitivities:
            label, _ = CASES.get(case.key, (case.label, ""))
            rows.append({"key": case.key, "label": label, "npv": self.signed(case.npv) if case.npv is not None else "–",
                         "change": (("+" if case.npv_change > 0 else "") + self.signed(case.npv_change))
                         if case.npv_change is not None else "",
                         "irr": self.n.percent(case.irr) if case.irr is not None else "–",
                         "negative": case.npv is not None and case.npv < 0})
        return rows

    def downside(self) -> list[Phrase]:
        """What the downside cases do to the NPV, in plain sentences (one per case that turns it negative)."""
        r = self.results
        out: list[Phrase] = []
        if r.npv is not None and r.npv < 0:
            out.append(Phrase("The NPV is negative in the base case ({npv}).", npv=self.signed(r.npv)))
        negative = [c for c in r.sensitivities if c.npv is not None and c.npv < 0]
        if r.npv is not None and r.npv >= 0 and r.sensitivities:
            if len(negative) == 1:
                _, sentence = CASES.get(negative[0].key, ("", ""))
                if sentence:
                    out.append(Phrase(sentence, npv=self.signed(negative[0].npv)))
            elif len(negative) == len(r.sensitivities):
                out.append(Phrase("The NPV turns negative in each of the {total} downside cases tested.",
                                  total=len(r.sensitivities)))
            elif negative:
                out.append(Phrase("The NPV turns negative in {count} of the {total} downside cases tested.",
                                  count=len(negative), total=len(r.sensitivities)))
            elif all(c.npv is not None for c in r.sensitivities):
                out.append(Phrase("The NPV stays positive in each downside case tested."))
        st = r.structure
        if st is not None:
            for case in st.scenarios:
                if case.key == "base":
                    continue
                if case.npv is not None and case.npv < 0:
                    out.append(Phrase("The team's {name} turns the NPV negative ({npv}).", name=case.label,
                                      npv=self.signed(case.npv)))
                if case.dscr_min is not None and st.min_dscr is not None and case.dscr_min < st.min_dscr:
                    out.append(Phrase("In the {name}, the minimum DSCR falls to {dscr}, below the lenders' {minimum}.",
                                      name=case.label, dscr=self.times(case.dscr_min), minimum=self.times(st.min_dscr)))
            if st.dscr_below_minimum and st.min_dscr is not None:
                out.append(Phrase("In the base case, the DSCR is below the lenders' {minimum} in {count} years.",
                                  minimum=self.times(st.min_dscr), count=len(st.dscr_below_minimum)))
        return out

    # -- tables --------------------------------------------------------------------------------------------

    def cash_flow_table(self) -> Table | None:
        """Every year of the financial case: capex, opex, each revenue stream used, net; with totals."""
        r, n = self.results, self.n
        if not r.years:
            return None
        used = [name for name in REVENUE_FIELDS if any(v != 0 for v in r.revenue_by_stream.get(name, ()))]
        amounts = [*r.capex, *r.opex, *r.net, *(v for name in used for v in r.revenue_by_stream[name])]
        factor, word = amount_scale(amounts)  # by the yearly figures: totals may take a digit more
        unit = unit_label(self.currency, word)
        entered = self._entered()
        columns = [Column("Year", num=True), Column("Capex", unit, num=True), Column("Opex", unit, num=True)]
        columns += [Column(YearLine.model_fields[name].title or name, unit, num=True) for name in used]
        columns += [Column("Net cash flow", unit, num=True)]
        rows = []
        for i, year in enumerate(r.years):
            rows.append([str(year), scaled(r.capex[i], factor, n, entered=entered.get((year, "capex"), True)),
                         scaled(r.opex[i], factor, n, entered=entered.get((year, "opex"), True))]
                        + [scaled(r.revenue_by_stream[name][i], factor, n, entered=entered.get((year, name), True))
                           for name in used]
                        + [scaled(r.net[i], factor, n)])
        total = [Fixed("Total"), scaled(r.total_capex, factor, n), scaled(r.total_opex, factor, n)]
        total += [scaled(r.total_revenue_by_stream.get(name), factor, n) for name in used]
        total += [scaled(r.total_net, factor, n)]
        return Table(columns, rows, total, key="cash-flows", context="Yearly cash flows")

    def _entered(self) -> dict[tuple[int, str], bool]:
        """Which (year, amount) pairs the team typed in: an empty cell stays blank, never '0'."""
        seen: dict[tuple[int, str], bool] = {}
        for line in self.proposal.finance.lines:
            if line.year is None:
                continue
            for name in ("capex", "opex", *REVENUE_FIELDS):
                key = (line.year, name)
                seen[key] = seen.get(key, False) or getattr(line, name) is not None
        return seen

    def sensitivity_table(self) -> Table | None:
        rows = self.sensitivities()
        if not rows:
            return None
        unit = self.currency
        table = Table([Column("Case"), Column("Project NPV", num=True), Column("Change in NPV", num=True),
                       Column("Project IRR", num=True)],
                      [[Fixed(row["label"]), row["npv"], row["change"], row["irr"]] for row in rows],
                      key="sensitivities", context="Sensitivities")
        base = [[Fixed("Base case"), self.signed(self.results.npv), "", self.n.percent(self.results.irr)
                 if self.results.irr is not None else "–"]]
        table.rows = base + table.rows
        table.note = unit
        return table

    def funding_table(self) -> Table | None:
        """Every funding source with its instrument, status, amount and terms; totals by status below."""
        if not self.funding:
            return None
        factor, word = amount_scale([f.amount for f in self.funding])
        unit = unit_label(self.currency, word)
        rows = []
        for f in self.funding:
            rows.append([f.name, Fixed(f.source_type.label) if f.source_type else "",
                         Fixed(f.instrument) if f.instrument else "", Fixed(f.status.label) if f.status else "",
                         scaled(f.amount, factor, self.n), Fixed("Yes") if f.japanese else "", f.terms])
        total = [Fixed("Total"), "", "", "", scaled(self.results.funding.total, factor, self.n), "", ""]
        columns = [Column("Funder", weight=1.4), Column("Type", weight=0.8), Column("Instrument", nowrap=True),
                   Column("Status", nowrap=True), Column("Amount", unit, num=True), Column("Japanese", nowrap=True),
                   Column("Terms", weight=1.6)]
        return Table(columns, rows, total, key="funding", context="Funding sources")

    def scenario_table(self) -> Table | None:
        """The base case and the team's named scenarios: NPV, equity IRR and minimum DSCR of each."""
        st = self.results.structure
        if st is None or len(st.scenarios) < 2:
            return None
        factor, word = amount_scale([c.npv for c in st.scenarios])
        unit = unit_label(self.currency, word)
        rows = [[Fixed("Base case") if c.key == "base" else c.label, Fixed("The numbers as entered.") if c.key == "base"
                 else c.description, scaled(c.npv, factor, self.n), self.n.percent(c.equity_irr) if c.equity_irr is not None
                 else "", self.times(c.dscr_min)] for c in st.scenarios]
        return Table([Column("Scenario", weight=0.8), Column("What it assumes", weight=1.6),
                       Column("Project NPV", unit, num=True), Column("Equity IRR", num=True),
                       Column("Minimum DSCR", num=True)], rows, key="scenarios", context="Scenarios")

    def tornado_table(self) -> Table | None:
        """Each driver at -20% and +20%: the project NPV at both ends, the widest swing first."""
        st = self.results.structure
        if st is None or not st.tornado:
            return None
        bars = st.tornado
        factor, word = amount_scale([x for b in bars for x in (b.low.npv, b.high.npv)])
        unit = unit_label(self.currency, word)
        rows = [[Fixed(b.label), scaled(b.low.npv, factor, self.n), scaled(b.high.npv, factor, self.n)] for b in bars]
        return Table([Column("Driver", weight=1.0), Column("NPV at −20%", unit, num=True),
                      Column("NPV at +20%", unit, num=True)], rows, key="tornado", context="Tornado")

    def terms_table(self) -> Table | None:
        """Each source's terms as the team entered them: a loan's currency, rate, tenor, grace, repayment and
        fee; a shareholder's shareholding and kind."""
        sources = [s for s in self.proposal.finance.funding
                   if any(v is not None for v in (s.currency, s.interest_rate_pct, s.tenor_years, s.grace_years,
                                                  s.repayment, s.upfront_fee_pct, s.shareholding_pct, s.investor_type))]
        if not sources:
            return None
        n = self.n
        rows = [[s.name.strip(), Fixed(s.currency.label) if s.currency else "",
                 n.percent(s.interest_rate_pct) if s.interest_rate_pct is not None else "",
                 str(s.tenor_years) if s.tenor_years is not None else "",
                 str(s.grace_years) if s.grace_years is not None else "",
                 Fixed(s.repayment.label) if s.repayment else "",
                 n.percent(s.upfront_fee_pct) if s.upfront_fee_pct is not None else "",
                 n.percent(s.shareholding_pct) if s.shareholding_pct is not None else "",
                 Fixed(s.investor_type.label) if s.investor_type else ""] for s in sources]
        return Table([Column("Funder", weight=1.4), Column("Loan currency", weight=0.8),
                      Column("Interest rate", num=True), Column("Tenor (years)", num=True),
                      Column("Grace (years)", num=True), Column("Repayment", weight=0.9), Column("Fee", num=True),
                      Column("Shareholding", num=True), Column("Investor type", weight=0.7)],
                     rows, key="terms", context="Terms of each source")

    def ask_table(self) -> Table | None:
        """The ask part by part: instrument, amount, who it is asked of, on what terms."""
        asks = [a for a in self.proposal.finance.asks
                if a.instrument or a.amount is not None or a.asked_of.strip() or a.terms.strip()]
        if not asks:
            return None
        factor, word = amount_scale([a.amount for a in asks])
        rows = [[Fixed(a.instrument.label) if a.instrument else "", scaled(a.amount, factor, self.n),
                 a.asked_of.strip(), a.terms.strip()] for a in asks]
        total = [Fixed("Total"), scaled(self.proposal.finance.ask_amount, factor, self.n), "", ""] if len(asks) > 1 else None
        return Table([Column("Instrument", nowrap=True), Column("Amount", unit_label(self.currency, word), num=True),
                      Column("Asked of", weight=1.0), Column("Terms", weight=1.6)], rows, total,
                     key="asks", context="The ask by instrument")

    def financing_facts(self) -> list[dict[str, Any]]:
        """The financing assumptions the team set (operation, concession, terminal value, tax, returns)."""
        f, n = self.proposal.finance, self.n
        fields = type(f).model_fields
        st = self.results.structure

        def fact(name: str, value: str, fixed: bool = False) -> dict[str, Any]:
            return {"label": fields[name].title or name, "value": value, "fixed": fixed}

        out = [
            fact("operations_start_year", str(f.operations_start_year) if f.operations_start_year else ""),
            fact("concession_end_year", str(f.concession_end_year) if f.concession_end_year else ""),
            fact("terminal_method", f.terminal_method.label if f.terminal_method else "", fixed=True),
            fact("terminal_growth_pct", n.percent(f.terminal_growth_pct) if f.terminal_growth_pct is not None else ""),
            fact("terminal_exit_multiple", f"{n.number(f.terminal_exit_multiple)}x" if f.terminal_exit_multiple is not None
                 else ""),
            fact("tax_rate_pct", n.percent(f.tax_rate_pct) if f.tax_rate_pct is not None else ""),
            fact("depreciation_years", str(f.depreciation_years) if f.depreciation_years else ""),
            fact("cost_of_equity_pct", n.percent(f.cost_of_equity_pct) if f.cost_of_equity_pct is not None else ""),
            fact("min_dscr", self.times(f.min_dscr) if f.min_dscr is not None else ""),
            fact("development_costs", self.money(f.development_costs)),
            fact("reserves", self.money(f.reserves)),
            fact("fx_depreciation_pct", n.percent(f.fx_depreciation_pct) if f.fx_depreciation_pct is not None else ""),
        ]
        if st is not None and st.terminal_value is not None:
            out.append({"label": "Terminal value", "value": self.money(st.terminal_value), "fixed": False})
        return [x for x in out if x["value"]]

    def scenario_inputs_table(self) -> Table | None:
        """The team's scenarios as entered: each change it applies to the base case."""
        cases = [c for c in self.proposal.finance.scenarios if c.name.strip() or c.description.strip()]
        if not cases:
            return None
        n = self.n

        def pct(value: Decimal | None, signed: bool = True) -> str:
            if value is None:
                return ""
            text = n.percent(abs(value))
            return ("+" if value > 0 else "−" if value < 0 else "") + text if signed else text

        rows = [[c.name.strip(), pct(c.capex_change_pct), pct(c.opex_change_pct), pct(c.revenue_change_pct),
                 str(c.delay_years) if c.delay_years is not None else "", pct(c.interest_rate_change_pct),
                 pct(c.fx_depreciation_pct, signed=False)] for c in cases]
        return Table([Column("Scenario", weight=1.0), Column("Capex change", num=True), Column("Opex change", num=True),
                      Column("Revenue change", num=True), Column("Delay (years)", num=True),
                      Column("Interest rate change", num=True), Column("Currency depreciation", num=True)],
                     rows, key="scenario-inputs", context="Scenarios as entered")

    # -- revenue mix ---------------------------------------------------------------------------------------

    def revenue_mix(self) -> list[dict[str, Any]]:
        """Revenue by stream over the whole period, largest first, with its share of the total."""
        r = self.results
        total = r.total_revenue or _ZERO
        if total <= 0:
            return []
        out: list[dict[str, Any]] = []
        for name in REVENUE_FIELDS:
            amount = r.total_revenue_by_stream.get(name, _ZERO)
            if amount and amount > 0:
                out.append({"key": name, "label": YearLine.model_fields[name].title or name, "payer": PAYERS[name],
                            "amount": self.money(amount), "pct": float(amount * 100 / total),
                            "share": self.n.percent(rounded((amount * 100 / total), 1))})
        out.sort(key=lambda x: -x["pct"])
        return out

    # -- sources and uses ----------------------------------------------------------------------------------

    def uses(self) -> tuple[list[dict[str, str]], str]:
        """Uses of funds: wizard.finance's sources-and-uses table when there is one (capex by phase or year,
        development costs, interest during construction, fees, reserves); else capex by phase or by year.

        Returns the rows and what they are by ('uses', 'phase' or 'year').
        """
        r, p = self.results, self.proposal
        st = r.structure
        if st is not None and st.sources_and_uses.uses:
            total = st.sources_and_uses.total_uses or _ZERO
            rows = [{"label": u.label, "amount": self.money(u.amount), "note": "",
                     "share": self.n.percent(rounded((u.amount * 100 / total), 1)) if total > 0 else ""}
                    for u in st.sources_and_uses.uses if u.amount]
            return rows, "uses"
        total = r.total_capex or _ZERO
        phases = [ph for ph in p.roadmap.phases if ph.cost]
        phase_total = sum((ph.cost or _ZERO for ph in phases), _ZERO)
        if phases and total > 0 and abs(phase_total - total) <= total / 100:
            rows = [{"label": ph.name.strip() or (ph.kind.label if ph.kind else ""), "amount": self.money(ph.cost),
                     "share": self.n.percent((ph.cost or _ZERO) * 100 / total), "note": _years(ph.start_year, ph.end_year)}
                    for ph in phases]
            return rows, "phase"
        if total > 0:
            rows = [{"label": str(year), "amount": self.money(capex), "share": self.n.percent(capex * 100 / total),
                     "note": ""} for year, capex in zip(r.years, r.capex) if capex]
            return rows, "year"
        return [], ""

    def uses_label(self) -> str:
        """The label of the uses table's total: all uses when the finance module lists them, else capex."""
        st = self.results.structure
        return "Total uses" if st is not None and st.sources_and_uses.uses else "Total capex"

    def total_uses(self) -> Decimal | None:
        st = self.results.structure
        if st is not None and st.sources_and_uses.uses:
            return st.sources_and_uses.total_uses
        return self.results.total_capex

    def sources(self) -> list[dict[str, Any]]:
        """Funding sources grouped by status (committed, in discussion, sought), with subtotals."""
        total = self.results.funding.total or _ZERO
        groups = []
        for status in STATUS_ORDER:
            rows = [f for f in self.funding if f.status == status]
            if not rows:
                continue
            subtotal = sum((f.amount or _ZERO for f in rows), _ZERO)
            groups.append({
                "status": status.value if status else "unknown",
                "label": status.label if status else "Status not stated",
                "amount": self.money(subtotal),
                "share": self.n.percent(subtotal * 100 / total) if total > 0 else "",
                "pct": float(subtotal * 100 / total) if total > 0 else 0.0,
                "rows": [{"name": f.name, "instrument": f.instrument, "amount": self.money(f.amount),
                          "japanese": f.japanese, "kind": f.kind} for f in rows],
            })
        return groups

    def balance(self) -> Phrase | None:
        """How sources compare with uses, in one plain sentence."""
        r = self.results
        total, uses = r.funding.total, self.total_uses()
        if total is None or uses is None or uses <= 0:
            return None
        difference = total - uses
        if abs(difference) <= uses / 1000:
            return Phrase("Sources equal uses: {total}.", total=self.money(total))
        if difference > 0:
            return Phrase("Sources exceed uses by {amount}.", amount=self.money(difference))
        return Phrase("Sources fall short of uses by {amount}.", amount=self.money(-difference))

    def committed_share(self) -> str:
        """Committed funding as a share of total capex ('' when either is missing)."""
        coverage = self.results.funding.coverage_pct
        return self.n.percent(rounded(coverage, 1)) if coverage is not None else ""

    def capital(self) -> dict[str, Decimal]:
        """Funding by kind: equity, debt, public capital, other."""
        out: dict[str, Decimal] = {}
        for f in self.funding:
            out[f.kind] = out.get(f.kind, _ZERO) + (f.amount or _ZERO)
        return out

    def japanese_funding(self) -> Decimal:
        return sum((f.amount or _ZERO for f in self.funding if f.japanese), _ZERO)


def _years(start: int | None, end: int | None) -> str:
    if start and end and start != end:
        return f"{start}–{end}"
    return str(start or end or "")


__all__ = ["CASES", "PAYERS", "Economics", "Figure", "FundingRow"]
