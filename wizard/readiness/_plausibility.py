"""Plausibility: a proposal's numbers against each other and against published reference ranges (no Qt).

The reference ranges live in ``resources/reference/plausibility.json``, each with its public source
(see the README there).  Every function here reads the proposal and its computed financial case and
returns what it found as plain values; :mod:`wizard.readiness._rules` turns them into findings.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wizard import resources
from wizard.finance import FinancialResults
from wizard.money import rounded
from wizard.model import Currency, Proposal
from wizard.readiness import _text

_ZERO = Decimal(0)


@functools.cache
def reference() -> dict[str, Any]:
    """The reference data shipped in ``resources/reference/plausibility.json`` (read once)."""
    path = resources.resources_dir() / "reference" / "plausibility.json"
    from wizard.readiness._core import CatalogueError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{path}: the plausibility reference data cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: the plausibility reference data is not a JSON object")
    return data


def gdp_per_head_usd(proposal: Proposal) -> Decimal | None:
    """GDP per head in USD: the proposal's own figure, else the country's from the reference data."""
    if proposal.city.gdp_per_capita_usd:
        return proposal.city.gdp_per_capita_usd
    country = proposal.city.country
    if country is None:
        return None
    value = reference()["gdp_per_capita_usd"]["values"].get(country.value)
    return Decimal(value) if value else None


def usd_rate(proposal: Proposal) -> Decimal | None:
    """Units of the proposal's currency per USD."""
    case = proposal.finance
    if case.currency == Currency.USD:
        return Decimal(1)
    return case.local_per_usd


# --- the financial case ---------------------------------------------------------------------------------------


def discount_rate_judgement(proposal: Proposal) -> str | None:
    """``"low"`` or ``"high"`` when the discount rate is outside the reference range for the country."""
    rate = proposal.finance.discount_rate_pct
    if rate is None:
        return None
    ref = reference()["discount_rate"]
    country = proposal.city.country
    exempt = country is not None and country.value in ref.get("countries_exempt_from_min", [])
    if rate < Decimal(str(ref["min_pct"])) and not exempt and proposal.finance.currency != Currency.JPY:
        return "low"
    if rate > Decimal(str(ref["max_pct"])):
        return "high"
    return None


def irr_too_high(fin: FinancialResults) -> bool:
    if fin.irr is None:
        return False
    ref = reference()["irr"]
    if fin.irr > Decimal(str(ref["max_pct"])):
        return True
    return fin.discount_rate_pct is not None and fin.irr > fin.discount_rate_pct + Decimal(str(ref["max_above_discount_pp"]))


@dataclass(frozen=True)
class Growth:
    cagr_pct: Decimal
    start_year: int
    end_year: int
    contracted: bool = False  # mostly availability payments, judged against indexation


def revenue_growth(fin: FinancialResults) -> Growth | None:
    """Yearly revenue growth after construction and ramp-up, when it runs long enough to judge."""
    ref = reference()["revenue_growth"]
    revenue, capex, years = fin.revenue, fin.capex, fin.years
    if not years or len(revenue) != len(years):
        return None
    first = next((i for i, r in enumerate(revenue) if r > 0), None)
    if first is None:
        return None
    peak = max(capex, default=_ZERO)
    heavy = [i for i, c in enumerate(capex) if peak > 0 and c >= peak / 10]
    start = max(first + int(ref["skip_years"]), (heavy[-1] + 1) if heavy else 0)
    end = len(years) - 1
    if end - start < int(ref["min_years"]) or revenue[start] <= 0 or revenue[end] <= 0:
        return None
    ratio = float(revenue[end] / revenue[start])
    cagr = Decimal(str(round((ratio ** (1 / (end - start)) - 1) * 100, 1)))
    limit = ref["max_cagr_pct"]
    contracted = False
    # Revenue that is mostly contracted availability payments grows with the contract's indexation, not
    # with demand: a tighter limit applies.
    availability = fin.revenue_by_stream.get("rev_availability", ())
    total = sum(revenue[start:], _ZERO)
    if availability and total > 0 and sum(availability[start:], _ZERO) * 2 >= total:
        limit, contracted = ref["contracted_max_cagr_pct"], True
    if cagr <= Decimal(str(limit)):
        return None
    return Growth(cagr, years[start], years[end], contracted)


@dataclass(frozen=True)
class RampUp:
    first_year: int
    first: Decimal
    later_year: int
    later: Decimal


def no_ramp_up(fin: FinancialResults) -> RampUp | None:
    """User-fee revenue that starts at its mature level: the first year of fares is already at least
    ``ramp_up.max_first_share_pct`` of the third year's.  Only for revenue that is mostly user fees (contracted
    payments do not ramp up); None otherwise."""
    ref = reference()["ramp_up"]
    fees = fin.revenue_by_stream.get("rev_user_fees", ())
    if not fees or len(fees) != len(fin.years):
        return None
    total = sum(fin.revenue, _ZERO)
    if total <= 0 or sum(fees, _ZERO) * 2 < total:
        return None
    first = next((i for i, v in enumerate(fees) if v > 0), None)
    if first is None or first + 2 >= len(fees) or fees[first + 2] <= 0:
        return None
    if fees[first] * 100 < fees[first + 2] * Decimal(str(ref["max_first_share_pct"])):
        return None
    return RampUp(fin.years[first], fees[first], fin.years[first + 2], fees[first + 2])


_CATEGORY_SERVICE = {"mobility": "mobility", "water": "water", "flooding": "water", "waste": "waste",
                     "energy": "energy"}
_SERVICE_WORDS = {"mobility": "transport", "water": "water", "waste": "waste collection", "energy": "energy",
                  "other": "a city service"}


@dataclass(frozen=True)
class Affordability:
    per_person: Decimal
    people: int
    share_pct: Decimal
    service: str
    limit_pct: Decimal = Decimal(0)


def user_fee_burden(proposal: Proposal, fin: FinancialResults) -> Affordability | None:
    """User fees a year per person affected, as a share of GDP per head, when above the reference."""
    fees = fin.revenue_by_stream.get("rev_user_fees", ())
    people = proposal.problem.affected_population or proposal.city.population
    gdp, rate = gdp_per_head_usd(proposal), usd_rate(proposal)
    if not fees or not people or not gdp or not rate:
        return None
    peak = max(fees)
    if peak <= 0:
        return None
    per_person = peak / people
    share = per_person / (gdp * rate) * 100
    category = proposal.problem.category.value if proposal.problem.category else "other"
    service = _CATEGORY_SERVICE.get(category, "other")
    limit = Decimal(str(reference()["affordability"]["by_category"][service]["max_share_pct"]))
    if share <= limit:
        return None
    return Affordability(per_person, people, rounded(share, 1), _SERVICE_WORDS[service], limit)


def operated_service(proposal: Proposal, fin: FinancialResults) -> str | None:
    """The service the project company itself runs and sells to users, whose running costs the case must
    carry (the key of ``opex_to_capex.operated``), or None: a project whose revenue is mostly user fees in
    a sector listed there."""
    ref = reference()["opex_to_capex"].get("operated", {})
    category = proposal.problem.category.value if proposal.problem.category else None
    if category not in ref or not fin.revenue:
        return None
    fees = sum(fin.revenue_by_stream.get("rev_user_fees", ()), _ZERO)
    total = sum(fin.revenue, _ZERO)
    return category if total > 0 and fees * 2 >= total else None


def opex_too_low_to_operate(proposal: Proposal, fin: FinancialResults) -> tuple[Decimal, Decimal, Decimal] | None:
    """Steady yearly opex, its share of capex and the sector's floor, when a project that runs a service
    for fare-paying users (a bus fleet) books less than that floor; None otherwise."""
    service = operated_service(proposal, fin)
    capex = fin.total_capex
    if service is None or not capex or capex <= 0 or len(fin.opex) < 3:
        return None
    steady = sum(fin.opex[-3:], _ZERO) / 3
    ratio = steady * 100 / capex
    floor = Decimal(str(reference()["opex_to_capex"]["operated"][service]["min_pct"]))
    return (steady, ratio, floor) if ratio < floor else None


def opex_ratio(fin: FinancialResults) -> tuple[Decimal, Decimal, str] | None:
    """Steady yearly opex, its share of capex in percent, and why that is odd; None when it is not."""
    capex = fin.total_capex
    if not capex or capex <= 0 or len(fin.opex) < 3:
        return None
    steady = sum(fin.opex[-3:], _ZERO) / 3
    ratio = steady * 100 / capex
    ref = reference()["opex_to_capex"]
    if ratio < Decimal(str(ref["min_pct"])):
        return steady, ratio, "opex_too_little"
    if ratio > Decimal(str(ref["max_pct"])):
        return steady, ratio, "opex_too_much"
    return None


# --- units, prices and KPIs --------------------------------------------------------------------------------------


def _phrase(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class UnitCost:
    phase: int
    phase_name: str
    units: Decimal
    label: str
    per_unit: Decimal
    per_unit_usd: Decimal
    low: Decimal
    high: Decimal
    #: The reference entry's id (its label said in another language: ``unit_<id>`` in readiness phrases).
    kind: str = ""


@functools.cache
def _unit_patterns() -> tuple[tuple[dict[str, Any], re.Pattern[str], re.Pattern[str]], ...]:
    return tuple(
        (ref,
         re.compile(r"(\d[\d.,]*)\s*(?:" + _phrase(ref["unit_words"]) + r")(?![\w])", re.IGNORECASE),
         re.compile(r"(?<![\w])(?:" + _phrase(ref["context_words"]) + r")(?![\w])", re.IGNORECASE))
        for ref in reference()["capex_per_unit"])


def capex_per_unit(proposal: Proposal) -> list[UnitCost]:
    """Roadmap phases whose cost per unit (per km of busway, per street light...) is outside the range."""
    rate = usd_rate(proposal)
    if not rate:
        return []
    found = []
    for ref, unit_re, context_re in _unit_patterns():
        for i, ph in enumerate(proposal.roadmap.phases):
            text = f"{ph.name}. {ph.components}"
            if not ph.cost or not context_re.search(text):
                continue
            match = unit_re.search(text)
            units = _text.parse_number(match.group(1)) if match else None
            if not units or units <= 0:
                continue
            per_unit = ph.cost / units
            usd = per_unit / rate
            low, high = Decimal(ref["usd_low"]), Decimal(ref["usd_high"])
            tolerance = Decimal(str(ref["tolerance"]))
            if usd < low / tolerance or usd > high * tolerance:
                found.append(UnitCost(i, ph.name or f"Phase {i + 1}", units, ref["label"], per_unit, usd, low, high,
                                      ref["id"]))
    return found


@dataclass(frozen=True)
class PriceCheck:
    label: str
    stated: Decimal
    implied: Decimal
    revenue: Decimal
    year: int
    demand: str
    #: The reference entry's id (``price_<id>`` in readiness phrases) and the team's words for the volume.
    kind: str = ""
    words: str = ""


@functools.cache
def _price_patterns() -> tuple[tuple[dict[str, Any], re.Pattern[str], re.Pattern[str]], ...]:
    return tuple(
        (ref,
         re.compile(r"(?<![\w])(?:" + _phrase(ref["price_words"]) + r")(?![\w])", re.IGNORECASE),
         re.compile(r"(\d[\d.,]*)\s*(?:million\s+|thousand\s+)?(?:[^\W\d][\w-]*\s+){0,3}?(?:" + _phrase(ref["demand_words"])
                    + r")", re.IGNORECASE))
        for ref in reference()["unit_prices"])


_YEAR_AFTER = re.compile(r"\s*(?:\(?(?:in|by|for|from)\s+)?((?:19|20|21)\d\d)\b")


def price_mismatches(proposal: Proposal, fin: FinancialResults) -> list[PriceCheck]:
    """Prices stated in the text (fares, tipping fees, tariffs) against revenue divided by volume."""
    texts = " \n".join(t for t in (proposal.economy.revenue_model, proposal.finance.assumptions,
                                   proposal.feasibility.demand_forecast, proposal.vision.alignment_social,
                                   proposal.vision.alignment_economic) if t)
    currency = proposal.finance.currency.value if proposal.finance.currency else None
    if not texts or not currency or not fin.years:
        return []
    found = []
    for index, stated, volumes in _price_mentions(texts, currency):
        ref = reference()["unit_prices"][index]
        stream = fin.revenue_by_stream.get(ref["revenue"], ())
        if not stream or max(stream) <= 0:
            continue
        pair = None
        for volume, year, words in volumes:
            if year in fin.years:
                pair = (volume, year, words)
        if pair is None:
            continue
        volume, year, words = pair
        revenue = stream[fin.years.index(year)]
        if revenue <= 0:
            continue
        implied = revenue / (volume * 365)
        tolerance = Decimal(str(ref["tolerance"]))
        if implied > stated * tolerance or implied < stated / tolerance:
            found.append(PriceCheck(ref["label"], stated, implied, revenue, year, f"{words} in {year}", ref["id"], words))
    return found


@functools.lru_cache(maxsize=256)
def _price_mentions(texts: str, currency: str) -> tuple[tuple[int, Decimal, tuple[tuple[Decimal, int, str], ...]], ...]:
    """What the text says, read once per text: for each kind of price (its index in the reference data),
    the price stated in ``currency`` and every (volume, year, words) forecast after it."""
    found = []
    amounts = _text.money_amounts(texts)
    for index, (_ref, price_re, demand_re) in enumerate(_price_patterns()):
        stated = None
        for match in price_re.finditer(texts):
            for start, end, cur, value in amounts:
                if _text.is_large_sum(texts, start, end):
                    continue  # 'fares of PHP 2.4 billion' is revenue, not a price
                if cur == currency and (0 <= match.start() - end <= 25 or 0 <= start - match.end() <= 25):
                    stated = value
                    break
            if stated is not None:
                break
        if not stated:
            continue
        volumes = []
        for match in demand_re.finditer(texts):
            volume = _text.parse_number(match.group(1))
            year_match = _YEAR_AFTER.match(texts, match.end())
            year = int(year_match.group(1)) if year_match else None
            if volume and year is not None:
                volumes.append((volume, year, match.group(0)))
        found.append((index, stated, tuple(volumes)))
    return tuple(found)


def _said(key: str, **values: Any) -> str:
    """A KPI's problem in words: the readiness phrase ``key`` (a :class:`~wizard.readiness.Phrase`, so that
    :func:`~wizard.readiness.localise` says it again in the reader's language)."""
    from wizard.readiness._core import catalogue

    return catalogue().phrase(key, **values)


def _matches(words: list[str], text: str) -> bool:
    folded = text.casefold()
    return any(w in folded for w in words)


def kpi_change_problems(proposal: Proposal) -> list[tuple[int, str]]:
    """KPIs whose target moves further or faster than comparable projects achieved: (row, description)."""
    found = []
    for i, k in enumerate(proposal.problem.kpis):
        if k.baseline is None or k.target is None or k.baseline <= 0 or k.target < 0:
            continue
        name = f"{k.name} {k.unit}"
        for ref in reference()["kpi_changes"]:
            if not _matches(ref["name_words"], name) or (ref["also_words"] and not _matches(ref["also_words"], name)):
                continue
            drop = (1 - k.target / k.baseline) * 100
            if "max_reduction_pct" in ref and drop > Decimal(str(ref["max_reduction_pct"])):
                found.append((i, _said("kpi_falls", row=i + 1, name=k.name, drop=f"{drop:.0f}",
                                       limit=ref["max_reduction_pct"])))
            years = (k.target_year - k.baseline_year) if k.target_year and k.baseline_year else None
            if "max_yearly_reduction_pct" in ref and years and years > 0 and k.target < k.baseline:
                yearly = (1 - float(k.target / k.baseline) ** (1 / years)) * 100
                if yearly > ref["max_yearly_reduction_pct"]:
                    found.append((i, _said("kpi_falls_yearly", row=i + 1, name=k.name, yearly=f"{yearly:.0f}",
                                           years=years, limit=ref["max_yearly_reduction_pct"])))
            break
    return found


_PERCENT_UNIT = re.compile(r"%|percent|per cent|share", re.IGNORECASE)


def impossible_kpis(proposal: Proposal) -> list[tuple[int, str]]:
    """KPI values that cannot be true: a share above 100% or below zero."""
    found = []
    for i, k in enumerate(proposal.problem.kpis):
        if not _PERCENT_UNIT.search(k.unit or ""):
            continue
        for label, value in (("baseline", k.baseline), ("target", k.target)):
            if value is not None and (value > 100 or value < 0):
                found.append((i, _said(f"kpi_impossible_{label}", row=i + 1, name=k.name,
                                       value=f"{value.normalize():f}{k.unit if k.unit == '%' else ' ' + k.unit}")))
                break
    return found


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_KPI_STOP = frozenset("average daily yearly annual total number share rate level percent with from into over "
                      "under city public people year years time".split())


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in _CONTENT_WORD.findall(text.casefold()) if w not in _KPI_STOP)


def kpis_before_delivery(proposal: Proposal) -> list[tuple[int, str]]:
    """KPI targets due before the phase that delivers them ends: the roadmap phase whose name, components
    and outcomes share most words with the KPI's name (the earliest-ending of equals), else the first phase
    to end (nothing delivered could have moved the KPI before it)."""
    phases = [(ph.end_year, ph.name or "", _content_words(" ".join((ph.name or "", ph.components or "",
                                                                      ph.outcomes or ""))))
              for ph in proposal.roadmap.phases if ph.end_year is not None]
    if not phases:
        return []
    first = min(end for end, _, _ in phases)
    found = []
    for i, k in enumerate(proposal.problem.kpis):
        if k.target_year is None:
            continue
        words = _content_words(k.name or "")
        best = max((len(words & phase_words) for _, _, phase_words in phases), default=0)
        if best:
            end, name = min((end, name) for end, name, phase_words in phases if len(words & phase_words) == best)
            if k.target_year < end:
                found.append((i, _said("kpi_before_phase", row=i + 1, name=k.name, year=k.target_year, phase=name,
                                       end=end)))
        elif k.target_year < first:
            found.append((i, _said("kpi_before_first", row=i + 1, name=k.name, year=k.target_year, end=first)))
    return found
