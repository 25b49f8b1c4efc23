"""Every number in the model has a documented range and precision, and nothing at the extremes breaks.

The table of ranges in README.md ("Numbers: ranges and precision") is checked against the model here,
so it cannot drift; ``python -m tests.test_model_ranges`` prints it afresh.  The hypothesis test puts
every number of a filled proposal (in every row) at its extremes and runs what a user can run on a file
that loads: ``citypitch check`` (the analysis and the readiness report) and the export's HTML for both
formats (context building, every figure formatted).
"""

from __future__ import annotations

import json
import typing
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from wizard import projectfile, readiness, resources
from wizard.analysis import analyse
from wizard.model import Proposal

README = Path(__file__).resolve().parents[1] / "README.md"


@dataclass(frozen=True)
class NumberField:
    """One number of the model: where, its type, its limits and its precision."""

    path: str  # e.g. problem.kpis[].baseline
    kind: str  # "whole number" or "decimal"
    low: Decimal
    low_open: bool
    high: Decimal
    places: int

    def extremes(self) -> list[Decimal]:
        step = Decimal(1).scaleb(-self.places)
        low = self.low + step if self.low_open else self.low
        values = {low, self.high, low + step, self.high - step, step if low <= step <= self.high else low}
        if low <= 0 <= self.high:
            values.add(Decimal(0))
        return sorted(values)

    def row(self) -> str:
        low = ("more than " if self.low_open else "") + _plain(self.low)
        precision = "whole" if self.kind == "whole number" else f"{self.places} decimals"
        return f"| `{self.path}` | {low} | {_plain(self.high)} | {precision} |"


def _plain(value: Decimal) -> str:
    text = f"{value:,f}" if abs(value) >= 10_000 else f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _inner(annotation: Any) -> tuple[Any, list[Any]]:
    """The core type of an annotation and the metadata found on the way (Optional and Annotated unwrapped)."""
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            for item in extra:
                metadata += list(getattr(item, "metadata", []) or []) + [item]
        elif origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation, metadata
            annotation = args[0]
        else:
            return annotation, metadata


def number_fields(model: type[BaseModel] = Proposal, prefix: str = "") -> list[NumberField]:
    found: list[NumberField] = []
    for name, info in model.model_fields.items():
        core, metadata = _inner(info.annotation)
        metadata += list(info.metadata)
        path = f"{prefix}{name}"
        if typing.get_origin(core) is list:
            core, more = _inner(typing.get_args(core)[0])
            metadata += more
            path += "[]"
        if isinstance(core, type) and issubclass(core, BaseModel):
            found += number_fields(core, path + ".")
            continue
        if core not in (int, Decimal) or name == "schema_version":
            continue

        def get(attr: str) -> Any:
            values = [getattr(m, attr) for m in metadata if getattr(m, attr, None) is not None]
            return values[-1] if values else None

        places = 0 if core is int else get("decimal_places")
        low, low_open = (get("ge"), False) if get("ge") is not None else (get("gt"), True)
        high = get("le")
        digits = get("max_digits")
        assert places is not None and low is not None, f"{path} has no documented precision or lower limit"
        if high is None:
            assert digits is not None, f"{path} has no upper limit"
            high = Decimal(10) ** (digits - places) - Decimal(1).scaleb(-places)
        found.append(NumberField(path, "whole number" if core is int else "decimal", Decimal(low), low_open,
                                 Decimal(high), int(places)))
    return found


FIELDS = number_fields()


def table() -> str:
    head = "| field | lowest | highest | precision |\n| --- | --- | --- | --- |"
    return head + "\n" + "\n".join(field.row() for field in FIELDS)


def test_every_number_has_a_range_and_precision_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(FIELDS) > 40
    missing = [field.row() for field in FIELDS if field.row() not in text]
    assert not missing, "README lacks (run python -m tests.test_model_ranges):\n" + "\n".join(missing)


# --- extremes through check and the export's context ------------------------------------------------------


def _base() -> dict[str, Any]:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    data = project.proposal.to_json_data()
    data["branding"]["logo"] = ""
    data["branding"]["photos"] = []
    return data


BASE = _base()


def _set_everywhere(data: Any, parts: list[str], choose: Any) -> None:
    if not parts:
        return
    name, rest = parts[0], parts[1:]
    is_list = name.endswith("[]")
    key = name[:-2] if is_list else name
    if not isinstance(data, dict) or key not in data:
        return
    if is_list:
        for item in data[key] or []:
            _set_everywhere(item, rest, choose)
        return
    if rest:
        _set_everywhere(data[key], rest, choose)
    else:
        data[key] = choose()


def _row_for_every_list(data: dict[str, Any]) -> None:
    """Give every empty table one row, so every number in a table has somewhere to be."""
    for field in FIELDS:
        node: Any = data
        for part in field.path.split(".")[:-1]:
            key = part.rstrip("[]")
            if part.endswith("[]"):
                if not node.get(key):
                    node[key] = [{}]
                node = node[key][0]
            else:
                node = node.setdefault(key, {})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
@pytest.mark.slow
def test_numbers_at_their_extremes_never_break_check_or_the_export(rng: Any) -> None:
    from wizard.export import ExportOptions, render_html

    data = json.loads(json.dumps(BASE))
    _row_for_every_list(data)
    for field in FIELDS:
        values = field.extremes()
        _set_everywhere(data, field.path.split("."), lambda: str(rng.choice(values)) if field.kind == "decimal"
                        else int(rng.choice(values)))
    proposal = Proposal.model_validate(data)  # every extreme is accepted by the loader
    project = projectfile.Project(proposal)
    analysis = analyse(proposal)
    readiness.format_report(analysis.readiness, proposal)
    json.dumps(readiness.to_json(analysis.readiness, proposal))
    for fmt in ("deck", "leave-behind"):
        html, _, _ = render_html(project, ExportOptions(format=fmt))
        assert "NaN" not in html and "Infinity" not in html


if __name__ == "__main__":
    print(table())


def test_every_decimal_is_written_plainly_however_it_came() -> None:
    """Trailing zeros and exponents pass the digit checks; each decimal field writes its value plainly."""
    data = json.loads(json.dumps(BASE))
    _row_for_every_list(data)
    for field in FIELDS:
        if field.kind == "decimal":
            high = f"{field.high:f}"
            _set_everywhere(data, field.path.split("."),
                            lambda high=high: high + ("" if "." in high else ".") + "0" * 5_000)
    dumped = json.dumps(Proposal.model_validate(data).to_json_data())
    assert "00000000000000000000000000000000" not in dumped
    for field in FIELDS:
        if field.kind == "decimal" and (field.low < 0 or (field.low == 0 and not field.low_open)):
            data = json.loads(json.dumps(BASE))
            _row_for_every_list(data)
            _set_everywhere(data, field.path.split("."), lambda: "0E-1000000000")
            assert "E-1000000000" not in json.dumps(Proposal.model_validate(data).to_json_data()), field.path
