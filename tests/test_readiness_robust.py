"""Readiness never raises, on any proposal the model accepts, and every point of it stays explained.

Proposals are generated field by field from the model's own types and limits (any text, including
other scripts and control-free Unicode; any number in range; lists of any length), so the
assessment meets combinations no sample and no planted flaw has.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from decimal import Decimal
from enum import Enum

import annotated_types
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from wizard import readiness
from wizard.model import Proposal, Section

_TEXT = st.one_of(
    st.just(""),
    st.text(max_size=60),
    st.sampled_from([
        "By 2031 commuters save 16 minutes; IRR of about 12% and NPV of PHP 600 million.",
        "Ngập lụt in 36 hotspots, kẹt xe and rác thải; floods and traffic and garbage.",
        "เมืองอัจฉริยะ 2567 น้ำท่วม 36 จุด",
        "JOIN 45% and Example KK 40%; the concession runs to 2030; fares IDR 99,000; 150,000 boardings a day in 2031.",
        "Our innovative smart solutions improve the quality of life for all stakeholders.",
        "{0} {name} }{ <b>%s</b>",
    ]),
)


def _strategy(annotation: typing.Any, metadata: list[typing.Any]) -> st.SearchStrategy[typing.Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _strategy(args[0], [*metadata, *args[1:]])
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return st.one_of(*[_strategy(a, metadata) for a in args])
    if annotation is type(None):
        return st.none()
    if origin is list:
        return st.lists(_strategy(args[0], []), max_size=4)
    lo = hi = None
    places = None
    for m in metadata:
        for name in ("ge", "gt"):
            if isinstance(m, getattr(annotated_types, name.capitalize())):
                lo = getattr(m, name)
        for name in ("le", "lt"):
            if isinstance(m, getattr(annotated_types, name.capitalize())):
                hi = getattr(m, name)
        if getattr(m, "decimal_places", None) is not None:
            places = m.decimal_places
        if hasattr(m, "metadata"):
            for inner in m.metadata:
                for attr in ("ge", "gt", "le", "lt"):
                    if hasattr(inner, attr):
                        if attr in ("ge", "gt"):
                            lo = getattr(inner, attr)
                        else:
                            hi = getattr(inner, attr)
                if getattr(inner, "decimal_places", None) is not None:
                    places = inner.decimal_places
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from(list(annotation))
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return st.integers(min_value=int(lo) if lo is not None else -5, max_value=int(hi) if hi is not None else 10**7)
    if annotation is Decimal:
        low = Decimal(str(lo)) if lo is not None else Decimal("-1e6")
        high = Decimal(str(hi)) if hi is not None else Decimal("1e15")
        return st.decimals(min_value=low, max_value=high, places=min(places or 2, 2), allow_nan=False,
                           allow_infinity=False).filter(lambda d: (lo is None or d > Decimal(str(lo)) or d == Decimal(str(lo)))
                                                        and d != Decimal(str(-100)))
    if annotation is str:
        return _TEXT
    if annotation is dt.date:
        return st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model(annotation)
    return st.none()


def _model(model: type[BaseModel]) -> st.SearchStrategy[typing.Any]:
    fields = {name: _strategy(info.annotation, list(info.metadata)) for name, info in model.model_fields.items()
              if name not in ("schema_version", "acknowledgements")}
    return st.fixed_dictionaries({}, optional=fields)


def _valid(data: dict[str, typing.Any]) -> Proposal | None:
    try:
        return Proposal.model_validate(data)
    except Exception:  # noqa: BLE001 - a generated value outside the model's limits: not a proposal
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                                   HealthCheck.data_too_large])
@given(_model(Proposal).map(_valid).filter(lambda p: p is not None))
def test_never_raises_and_every_point_is_explained(proposal: Proposal) -> None:
    assert isinstance(proposal, Section)
    result = readiness.assess(proposal)
    lost = sum(f.points for f in result.findings)
    assert result.points_lost == lost and result.uncapped_score == max(0, 100 - lost)
    assert result.score == (min(result.uncapped_score, readiness.catalogue().gate_cap) if result.failed_gates
                            else result.uncapped_score)
    assert all(f.points > 0 and f.message and f.fix and "{" not in f.fix for f in result.findings)
    assert result.needs_draft_mark == (bool(result.failed_gates) or result.band.id == "not_ready")
    data = readiness.to_json(result, proposal)
    json.dumps(data)
    assert data["score_breakdown"]["points_lost"] == sum(f["points"] for f in data["findings"])
    readiness.format_report(result, proposal)


def _part(model: type[BaseModel]) -> st.SearchStrategy[typing.Any]:
    def build(data: dict[str, typing.Any]) -> typing.Any:
        try:
            return model.model_validate(data)
        except Exception:  # noqa: BLE001 - outside the model's limits
            return None

    return _model(model).map(build)


from pathlib import Path  # noqa: E402

from wizard import projectfile, resources  # noqa: E402
from wizard.model import DigitalRoadmap, FinancialCase, JapanValueAdd, Problem, Risk, YearLine  # noqa: E402

_BASES = [resources.sample_path(n) for n in resources.sample_names()] + [
    Path(__file__).parent / "data" / "readiness" / "strong-bacaran.json"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                                   HealthCheck.data_too_large])
@given(st.sampled_from(_BASES), _part(FinancialCase), st.lists(_part(Risk), max_size=5), _part(JapanValueAdd),
       _part(DigitalRoadmap), _part(Problem), st.lists(_part(YearLine), max_size=6),
       st.sets(st.sampled_from(["finance", "risks", "japan", "roadmap", "problem", "lines"])))
def test_spliced_proposals_never_raise(base: Path, case: typing.Any, risks: list[typing.Any], japan: typing.Any,
                                       roadmap: typing.Any, problem: typing.Any, lines: list[typing.Any],
                                       which: set[str]) -> None:
    """A complete proposal with some sections replaced by generated ones (financial cases included)."""
    proposal = projectfile.load(base).proposal
    if "finance" in which and case is not None:
        proposal.finance = case
    if "lines" in which and all(line is not None for line in lines):
        proposal.finance.lines = lines
    if "risks" in which and all(r is not None for r in risks):
        proposal.risks = risks
    if "japan" in which and japan is not None:
        proposal.japan = japan
    if "roadmap" in which and roadmap is not None:
        proposal.roadmap = roadmap
    if "problem" in which and problem is not None:
        proposal.problem = problem
    result = readiness.assess(proposal)
    assert result.points_lost == sum(f.points for f in result.findings)
    assert all(f.points > 0 for f in result.findings)
    json.dumps(readiness.to_json(result, proposal))
    readiness.format_report(result, proposal)
