"""The bundled sample proposals: complete, coherent, marked illustrative, and lossless on save.

The samples are fixtures and preview data at once (the demo deck, the wizard's "open a sample"), so
they are loaded through the same model and project-file code as a user's file: if the model drifts,
these tests fail loudly instead of a sample silently losing a field.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from pydantic import BaseModel

from wizard import projectfile, resources
from wizard.finance import compute
from wizard.finance._structure import kind_of
from wizard.model import (
    LOCAL_CURRENCY,
    REVENUE_FIELDS,
    Currency,
    FundingStatus,
    FundingType,
    Instrument,
    PartnerType,
    PhaseKind,
    Proposal,
    RiskCategory,
)

EXPECTED = ("lumara-transit", "prey-meas-lighting", "song-an-flood")
ILLUSTRATIVE_NOTE = "Illustrative example — fictional city"
LOGO_MAX_BYTES = 20 * 1024

#: Paths that may legitimately be empty in a complete sample, with the reason.
#: - ``branding.photos``: samples ship no photographs (licensing, and the deck has a no-photo layout);
#: - ``acknowledgements``: a complete sample has no readiness warnings to acknowledge.
#: - ``slide_titles``: the samples show the titles the export builds from their figures.
#: (The samples are written in English throughout: no field is in the local language, so none is marked.)
ALLOWED_EMPTY = {"branding.photos", "acknowledgements", "slide_titles", "meta.local_language_fields"}
#: ``depends_on`` is empty for the roadmap's root phases; checked separately (roots must be light).
ROOT_DEPENDS = "depends_on"

REQUIRED_RISKS = {
    RiskCategory.POLITICAL,
    RiskCategory.COUNTERPARTY,
    RiskCategory.DEMAND,
    RiskCategory.CONSTRUCTION,
    RiskCategory.TECHNOLOGY,
    RiskCategory.FINANCIAL,
    RiskCategory.REGULATORY,
    RiskCategory.ENVIRONMENTAL_SOCIAL,
    RiskCategory.CYBER,
}


@pytest.fixture(params=EXPECTED)
def sample(request: pytest.FixtureRequest) -> projectfile.Project:
    return projectfile.load(resources.sample_path(request.param))


# --- helpers ------------------------------------------------------------------------------------


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every leaf value of a model, with a dotted path (list items as ``name[i]``)."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from walk(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list):
        yield path, value
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
    else:
        yield path, value


def models(value: Any, path: str = "") -> Iterator[tuple[str, BaseModel]]:
    """Every nested model, with its path."""
    if isinstance(value, BaseModel):
        yield path or "proposal", value
        for name in type(value).model_fields:
            yield from models(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from models(item, f"{path}[{i}]")


def total(values: Any) -> Decimal:
    return sum((v for v in values), Decimal(0))


def net_flows(p: Proposal) -> list[Decimal]:
    return [
        total(getattr(line, f) for f in REVENUE_FIELDS) - line.capex - line.opex  # type: ignore[operator]
        for line in p.finance.lines
    ]


def npv(rate: float, flows: list[Decimal]) -> float:
    return sum(float(f) / (1 + rate) ** t for t, f in enumerate(flows))


def irr(flows: list[Decimal]) -> float:
    """Internal rate of return by bisection (the sample flows change sign once)."""
    low, high = -0.9, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        if npv(mid, flows) > 0:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


# --- presence -----------------------------------------------------------------------------------


def test_all_samples_are_listed_and_load() -> None:
    assert tuple(resources.sample_names()) == EXPECTED
    for name in EXPECTED:
        project = projectfile.load(resources.sample_path(name))
        assert project.proposal.city.name
        assert project.path == resources.sample_path(name)


def test_files_are_canonical_json(sample: projectfile.Project) -> None:
    """Each file is exactly what the model writes back, so re-saving a sample gives no diff noise."""
    assert sample.path is not None
    raw = json.loads(sample.path.read_text(encoding="utf-8"))
    assert raw == sample.proposal.to_json_data()


def test_marked_illustrative(sample: projectfile.Project) -> None:
    meta = sample.proposal.meta
    assert meta.illustrative is True
    assert ILLUSTRATIVE_NOTE in meta.subtitle
    assert ILLUSTRATIVE_NOTE in meta.confidentiality


# --- completeness -------------------------------------------------------------------------------


#: A funding source's terms that do not apply to its kind (a grant has no tenor, a loan no shareholding).
DEBT_TERMS = ("currency", "interest_rate_pct", "tenor_years", "grace_years", "repayment", "upfront_fee_pct")
EQUITY_TERMS = ("shareholding_pct", "investor_type")


def terms_that_do_not_apply(p: Proposal) -> set[str]:
    out = set()
    for i, source in enumerate(p.finance.funding):
        kind = kind_of(source)
        names = (DEBT_TERMS if kind != "debt" else ()) + (EQUITY_TERMS if kind != "equity" else ())
        out |= {f"finance.funding[{i}].{name}" for name in names}
    return out


def test_every_field_is_filled(sample: projectfile.Project) -> None:
    empty = []
    not_applicable = terms_that_do_not_apply(sample.proposal)
    for path, value in walk(sample.proposal):
        if path in ALLOWED_EMPTY or path.endswith("." + ROOT_DEPENDS) or path in not_applicable:
            continue
        if value is None or value == [] or (isinstance(value, str) and not value.strip()):
            empty.append(path)
    assert empty == []


def test_no_unknown_keys(sample: projectfile.Project) -> None:
    """A misspelt key would be kept as an extra and silently never shown: there must be none."""
    extras = {path: sorted(model.model_extra) for path, model in models(sample.proposal) if model.model_extra}
    assert extras == {}


def test_section_sizes(sample: projectfile.Project) -> None:
    p = sample.proposal
    assert 2 <= len(p.team.contacts) <= 3
    assert 3 <= len(p.vision.citizen_benefits) <= 4
    assert 3 <= len(p.vision.business_benefits) <= 4
    assert 3 <= len(p.vision.targets) <= 4
    assert 4 <= len(p.problem.evidence) <= 6
    assert 4 <= len(p.problem.kpis) <= 6
    assert 5 <= len(p.finance.funding) <= 7
    assert 8 <= len(p.risks) <= 10
    assert 4 <= len(p.roadmap.phases) <= 6
    assert 4 <= len(p.japan.partners) <= 6
    assert 5 <= len(p.implementation.milestones) <= 7
    assert len(p.city.focus_areas) >= 2


def test_contacts_and_partners_are_fictional(sample: projectfile.Project) -> None:
    p = sample.proposal
    for contact in p.team.contacts:
        assert contact.email.endswith("example.org"), contact.email
    for partner in p.japan.partners:
        if partner.partner_type is PartnerType.JAPANESE_COMPANY:
            assert partner.name.startswith("Example "), partner.name


def test_locale_and_currency(sample: projectfile.Project) -> None:
    p = sample.proposal
    Locale.parse(p.meta.number_locale.value)
    assert p.city.country is not None
    assert p.finance.currency in {LOCAL_CURRENCY[p.city.country], Currency.USD}
    assert p.finance.rates_date is not None and p.finance.rates_date.year == 2026
    assert p.meta.prepared_on is not None and p.meta.prepared_on <= dt.date(2026, 12, 31)


def test_local_scripts_survive() -> None:
    song_an = projectfile.load(resources.sample_path("song-an-flood")).proposal
    assert song_an.city.name == "Sông An"
    assert "Thành phố Sông An" in song_an.city.context
    prey_meas = projectfile.load(resources.sample_path("prey-meas-lighting")).proposal
    assert "ព្រៃមាស" in prey_meas.city.context
    assert any("\u1780" <= ch <= "\u17ff" for line in prey_meas.vision.citizen_benefits for ch in line)


# --- vision, problem and roadmap coherence --------------------------------------------------------


def test_targets_name_existing_kpis(sample: projectfile.Project) -> None:
    p = sample.proposal
    kpis = {k.name: k for k in p.problem.kpis}
    assert len(kpis) == len(p.problem.kpis), "KPI names must be unique"
    for target in p.vision.targets:
        assert target.kpi in kpis, target.kpi
        kpi = kpis[target.kpi]
        assert target.value == kpi.target
        assert target.unit == kpi.unit
        assert target.year == kpi.target_year


def test_kpis_move_forward_in_time(sample: projectfile.Project) -> None:
    for kpi in sample.proposal.problem.kpis:
        assert kpi.baseline_year is not None and kpi.target_year is not None
        assert kpi.target_year > kpi.baseline_year, kpi.name
        assert kpi.target != kpi.baseline, kpi.name


def test_roadmap_is_coherent(sample: projectfile.Project) -> None:
    phases = sample.proposal.roadmap.phases
    by_name = {ph.name: ph for ph in phases}
    assert len(by_name) == len(phases), "phase names must be unique"
    assert phases[0].kind is PhaseKind.LIGHT
    assert any(ph.kind is PhaseKind.HEAVY for ph in phases)
    for ph in phases:
        assert ph.start_year is not None and ph.end_year is not None
        assert ph.end_year >= ph.start_year, ph.name
        deps = names(ph.depends_on)
        if not deps:
            assert ph.kind is PhaseKind.LIGHT, f"root phase {ph.name!r} must be a light (digital) phase"
        for dep in deps:
            assert dep in by_name, f"{ph.name!r} depends on unknown phase {dep!r}"
            assert dep != ph.name
            # A phase builds on what its dependencies have delivered.
            assert ph.start_year >= by_name[dep].end_year, f"{ph.name!r} starts before {dep!r} ends"
        if ph.kind is PhaseKind.HEAVY:
            assert deps, f"heavy phase {ph.name!r} must build on a digital phase"
    costs = total(ph.cost for ph in phases)
    capex = total(line.capex for line in sample.proposal.finance.lines)
    assert costs == capex, "phase costs should add up to the capex of the financial case"


def test_required_risks_covered(sample: projectfile.Project) -> None:
    assert REQUIRED_RISKS <= {risk.category for risk in sample.proposal.risks}


# --- finance ------------------------------------------------------------------------------------


def test_one_line_per_year(sample: projectfile.Project) -> None:
    f = sample.proposal.finance
    assert f.base_year is not None and f.horizon_years is not None
    assert 15 <= f.horizon_years <= 20
    assert [line.year for line in f.lines] == list(range(f.base_year, f.base_year + f.horizon_years))
    assert f.lines[0].capex and f.lines[0].capex > 0
    assert f.lines[-1].capex == 0


def test_investment_case_pays(sample: projectfile.Project) -> None:
    f = sample.proposal.finance
    assert f.discount_rate_pct is not None
    rate = float(f.discount_rate_pct) / 100
    flows = net_flows(sample.proposal)
    assert npv(rate, flows) > 0
    project_irr = irr(flows)
    assert rate < project_irr < rate + 0.05, f"IRR {project_irr:.2%} should be somewhat above {rate:.2%}"
    cumulative = Decimal(0)
    payback = None
    for line, flow in zip(f.lines, flows):
        cumulative += flow
        if payback is None and cumulative >= 0:
            payback = line.year
    assert payback is not None, "the capex should be paid back within the horizon"


def test_funding_structure(sample: projectfile.Project) -> None:
    f = sample.proposal.finance
    capex = total(line.capex for line in f.lines)
    committed = total(s.amount for s in f.funding if s.status is FundingStatus.COMMITTED)
    assert committed <= capex
    # The funding plan covers the uses: the capex, and development costs, interest during construction, fees
    # and reserves (sources and uses balance to the table's tolerance).
    uses = compute(f, phases=sample.proposal.roadmap.phases).structure
    assert uses is not None and uses.sources_and_uses.balanced is True
    assert total(s.amount for s in f.funding) == uses.sources_and_uses.total_sources > capex
    assert f.ask_amount is not None and 0 < f.ask_amount <= capex - committed

    types = {s.source_type for s in f.funding}
    assert {FundingType.JOIN_EQUITY, FundingType.JBIC_LOAN, FundingType.PUBLIC_BUDGET} <= types
    assert len({s.status for s in f.funding}) >= 2

    japanese_equity = [s for s in f.funding if s.japanese and s.instrument is Instrument.EQUITY]
    join = [s.amount for s in japanese_equity if s.source_type is FundingType.JOIN_EQUITY]
    others = [s.amount for s in japanese_equity if s.source_type is not FundingType.JOIN_EQUITY]
    assert join and others
    # JOIN's rule: it is never the largest shareholder among the Japanese investors.
    assert max(join) < max(others)  # type: ignore[type-var]
    assert all(s.japanese for s in f.funding if s.source_type in {FundingType.JOIN_EQUITY, FundingType.JBIC_LOAN})


def test_japan_section(sample: projectfile.Project) -> None:
    j = sample.proposal.japan
    assert j.exit_agreed is True
    assert j.ghg_reduction_tco2e is not None and j.ghg_reduction_tco2e > 0
    assert j.green_focus
    assert sample.proposal.feasibility.demand_forecast_independent is True


# --- branding and round trip -------------------------------------------------------------------


def test_logo_asset(sample: projectfile.Project) -> None:
    logo = sample.proposal.branding.logo
    assert logo in sample.assets
    data = sample.assets[logo]
    assert len(data) <= LOGO_MAX_BYTES
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)


def test_round_trip_through_citypitch(sample: projectfile.Project, tmp_path: Path) -> None:
    assert sample.path is not None
    target = projectfile.save(sample, tmp_path / f"{sample.path.stem}.citypitch")
    assert target.suffix == ".citypitch"
    loaded = projectfile.load(target)
    assert loaded.proposal.model_dump() == sample.proposal.model_dump()
    assert loaded.assets == sample.assets


def test_finance_pack_reads_like_a_lenders(sample: projectfile.Project) -> None:
    """Structured terms: every loan has its rate, tenor, grace and profile; shares add up; the base case
    covers its debt at the lenders' minimum; a low and a high case sit beside it."""
    p = sample.proposal
    f = p.finance
    results = compute(f, phases=p.roadmap.phases)
    structure = results.structure
    assert structure is not None
    loans = [s for s in f.funding if kind_of(s) == "debt"]
    assert len(structure.loans) == len(loans) >= 2
    assert any(loan.foreign for loan in structure.loans), "a foreign-currency loan shows the currency risk"
    shares = [s.shareholding_pct for s in f.funding if kind_of(s) == "equity"]
    assert all(shares) and sum(shares) == 100  # type: ignore[arg-type]
    assert [h.share_from_amount for h in structure.shareholders] == [False] * len(shares)
    assert f.min_dscr is not None and structure.dscr_min is not None and structure.dscr_min >= f.min_dscr
    assert structure.dscr_average is not None and structure.dscr_min <= structure.dscr_average < 10
    assert all(loan.outstanding_at_end == 0 for loan in structure.loans)  # repaid within the period
    assert structure.equity_irr is not None and f.cost_of_equity_pct is not None
    assert structure.equity_irr > f.cost_of_equity_pct
    names = [c.label for c in structure.scenarios]
    assert names[0] == "Base case" and "Low case" in names and "High case" in names
    assert structure.fx is not None and structure.fx.depreciated.dscr_min < structure.fx.base.dscr_min
    assert not results.problems, [p.message for p in results.problems]
