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
from wizard.export.numbers import Numbers
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
        """Project NPV, IRR, payback and discounted payback, as far as they are computed."""
        r, n = self.results, self.n
        out: list[Figure] = []
        if r.npv is not None:
            out.append(Figure("npv", "Project NPV", self.signed(r.npv), self.npv_note()))
        if r.irr is not None:
            note = Phrase("several rates give a zero NPV: read the NPV") if len(r.irr_roots) > 1 else \
                Phrase("against {rate} discount rate", rate=n.percent(r.discount_rate_pct)) \
                if r.discount_rate_pct is not None else None
            out.append(Figure("irr", "Project IRR", n.percent(r.irr), note))
        elif r.years:
            out.append(Figure("irr", "Project IRR", "–", Phrase("not defined: the cash flows never change sign")))
        if r.payback_years is not None:
            out.append(Figure("payback", "Payback", self.years(r.payback_years),
                              Phrase("from {year}, undiscounted", year=str(r.base_year)) if r.base_year else None))
        if r.discounted_payback_years is not None:
            out.append(Figure("discounted_payback", "Discounted payback", self.years(r.discounted_payback_years),
                              self.npv_note()))
        for key, label in (("equity_irr", "Equity IRR"), ("min_dscr", "Minimum DSCR")):
            value = getattr(r, key, None)  # computed by wizard.finance once it offers them
            if isinstance(value, Decimal):
                out.append(Figure(key, label, n.percent(value) if key == "equity_irr" else f"{n.number(value, 2)}x"))
        return out

    def break_even(self) -> list[Figure]:
        """Break-even values (the capex overrun, revenue shortfall and delay that bring the NPV to zero).

        Stated only when the analysis computes them; this version of the financial case does not.
        """
        found = getattr(self.results, "break_even", None)
        out: list[Figure] = []
        if isinstance(found, dict):
            for key, label in (("capex_overrun_pct", "Capex overrun to break even"),
                               ("revenue_shortfall_pct", "Revenue shortfall to break even")):
                value = found.get(key)
                if isinstance(value, Decimal):
                    out.append(Figure(key, label, self.n.percent(value)))
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
        if r.npv is not None and r.npv >= 0:
            for case in negative:
                _, sentence = CASES.get(case.key, ("", ""))
                if sentence:
                    out.append(Phrase(sentence, npv=self.signed(case.npv)))
            if r.sensitivities and not negative and all(c.npv is not None for c in r.sensitivities):
                out.append(Phrase("The NPV stays positive in each downside case tested."))
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

    # -- revenue mix ---------------------------------------------------------------------------------------

    def revenue_mix(self) -> list[dict[str, Any]]:
        """Revenue by stream over the whole period, largest first, with its share of the total."""
        r = self.results
        total = r.total_revenue or _ZERO
        if total <= 0:
            return []
        out = []
        for name in REVENUE_FIELDS:
            amount = r.total_revenue_by_stream.get(name, _ZERO)
            if amount and amount > 0:
                out.append({"key": name, "label": YearLine.model_fields[name].title or name, "payer": PAYERS[name],
                            "amount": self.money(amount), "pct": float(amount * 100 / total),
                            "share": self.n.percent((amount * 100 / total).quantize(Decimal("0.1")))})
        out.sort(key=lambda x: -x["pct"])
        return out

    # -- sources and uses ----------------------------------------------------------------------------------

    def uses(self) -> tuple[list[dict[str, str]], str]:
        """Uses of funds: capex by roadmap phase when the phases' costs add up to the capex, else by year.

        Returns the rows and what they are by ('phase' or 'year').
        """
        r, p = self.results, self.proposal
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
        total, capex = r.funding.total, r.total_capex
        if total is None or capex is None or capex <= 0:
            return None
        difference = total - capex
        if abs(difference) <= capex / 1000:
            return Phrase("Sources equal uses: {total}.", total=self.money(total))
        if difference > 0:
            return Phrase("Sources exceed uses by {amount}.", amount=self.money(difference))
        return Phrase("Sources fall short of uses by {amount}.", amount=self.money(-difference))

    def committed_share(self) -> str:
        """Committed funding as a share of total capex ('' when either is missing)."""
        coverage = self.results.funding.coverage_pct
        return self.n.percent(coverage.quantize(Decimal("0.1"))) if coverage is not None else ""

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
