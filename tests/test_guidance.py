"""Checks on the wizard's guidance text (resources/guidance/steps.json and its translations).

The guidance is data, edited by people who may never run the app, so these tests guard what the
wizard relies on: the file parses without duplicate keys, every step and its six texts are there,
every field key names a real field of the proposal model, important fields are covered, each example
is a value its field would accept, and the text is plain, finished prose (no markup, no placeholders).
Translations (``steps.<lang>.json``) must mirror the English file key for key.
"""

from __future__ import annotations

import json
import re
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from wizard import paths, resources
from wizard.model import Choice, Proposal

STEP_IDS: tuple[str, ...] = (
    "start",
    "city_team",
    "vision",
    "problem",
    "economy",
    "finance",
    "risks",
    "roadmap",
    "japan",
    "implementation",
    "review",
    "export",
)
STEP_KEYS: tuple[str, ...] = (
    "title",
    "intro",
    "investors_look_for",
    "strong_example",
    "weak_example",
    "common_mistake",
)
FIELD_KEYS: tuple[str, ...] = ("help", "example")

HELP_MAX = 400
EXAMPLE_MAX = 300
STEP_TEXT_MAX = 700

#: Leaf fields that need no help because the planner never types them.
NOT_EDITED: dict[str, str] = {
    "schema_version": "written by the app when it saves",
    "acknowledgements.rule": "filled in by the Review step from the warning being answered",
    "acknowledgements.field": "filled in by the Review step from the warning being answered",
}

#: Fields that must always have guidance (the brief's minimum), beyond "every field" below.
IMPORTANT_FIELDS: tuple[str, ...] = (
    "city.focus_areas",
    "team.champion_name",
    "vision.statement",
    "vision.horizon_year",
    "vision.citizen_benefits",
    "vision.business_benefits",
    "vision.targets",
    "problem.category",
    "problem.title",
    "problem.statement",
    "problem.affected_population",
    "problem.root_causes",
    "problem.consultation",
    "problem.evidence",
    "problem.evidence.claim",
    "problem.evidence.source",
    "problem.evidence.year",
    "problem.kpis",
    "problem.kpis.name",
    "problem.kpis.baseline",
    "problem.kpis.baseline_year",
    "problem.kpis.baseline_source",
    "problem.kpis.target",
    "problem.kpis.target_year",
    "feasibility.study_status",
    "feasibility.options_considered",
    "feasibility.technical_justification",
    "feasibility.demand_forecast",
    "feasibility.demand_forecast_independent",
    "feasibility.permits_status",
    "feasibility.land_status",
    "feasibility.environmental_category",
    "feasibility.eia_status",
    "economy.business_conditions",
    "economy.enabling_infrastructure",
    "economy.regulation",
    "economy.market_access",
    "economy.revenue_model",
    "economy.jobs_direct",
    "economy.scalability",
    "finance.currency",
    "finance.local_per_usd",
    "finance.local_per_jpy",
    "finance.rates_date",
    "finance.discount_rate_pct",
    "finance.horizon_years",
    "finance.lines",
    "finance.lines.capex",
    "finance.lines.opex",
    "finance.funding",
    "finance.funding.amount",
    "finance.funding.instrument",
    "finance.funding.status",
    "finance.funding.japanese",
    "finance.funding.interest_rate_pct",
    "finance.funding.tenor_years",
    "finance.funding.grace_years",
    "finance.funding.shareholding_pct",
    "finance.asks",
    "finance.asks.amount",
    "finance.asks.instrument",
    "finance.terminal_method",
    "finance.cost_of_equity_pct",
    "finance.scenarios",
    "finance.ask_use_of_funds",
    "finance.assumptions",
    "risks",
    "risks.category",
    "risks.description",
    "risks.likelihood",
    "risks.impact",
    "risks.mitigation",
    "risks.bearer",
    "roadmap.phases",
    "roadmap.phases.kind",
    "roadmap.phases.depends_on",
    "roadmap.phases.cost",
    "roadmap.data_governance",
    "implementation.implementing_agency",
    "implementation.governance",
    "implementation.procurement",
    "implementation.monitoring",
    "implementation.milestones",
    "branding.accent_colour",
)

_PLACEHOLDER = re.compile(r"\b(todo|tbd|tba|fixme|lorem|ipsum|xxx+|placeholder)\b|\?\?\?|\.\.\.", re.IGNORECASE)
_LANG_FILE = re.compile(r"^steps\.([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\.json$")


# --- helpers -----------------------------------------------------------------------------------


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json.load keeps the last of two equal keys silently; a hand-edited file must not lose text."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def load_strict(path: Path) -> dict[str, Any]:
    """Parse a guidance file as UTF-8 JSON, refusing duplicate keys."""
    data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_reject_duplicates)
    assert isinstance(data, dict), f"{path.name}: the top level must be an object"
    return data


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated and Optional down to the type a value has."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _row_model(annotation: Any) -> type[BaseModel] | None:
    """The row model of a ``list[Model]`` field, or None."""
    inner = _unwrap(annotation)
    if typing.get_origin(inner) is list:
        item = _unwrap(typing.get_args(inner)[0])
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def _section_model(annotation: Any) -> type[BaseModel] | None:
    inner = _unwrap(annotation)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return inner
    return None


def model_fields_by_path(model: type[BaseModel] = Proposal, prefix: str = "") -> dict[str, FieldInfo]:
    """Every field below ``model`` by path without list indices (tables and their columns included)."""
    out: dict[str, FieldInfo] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        out[path] = info
        sub = _section_model(info.annotation) or _row_model(info.annotation)
        if sub is not None:
            out.update(model_fields_by_path(sub, path))
    return out


ALL_PATHS = model_fields_by_path()
SECTION_PATHS = {p for p, info in ALL_PATHS.items() if _section_model(info.annotation)}
TABLE_PATHS = {p for p, info in ALL_PATHS.items() if _row_model(info.annotation)}
LEAF_PATHS = set(ALL_PATHS) - SECTION_PATHS - TABLE_PATHS


def _concrete(proposal: Proposal, dotted: str) -> str:
    """Turn ``problem.kpis.baseline`` into ``problem.kpis[0].baseline``, adding an empty row if needed."""
    node: Any = proposal
    parts: list[str | int] = []
    names = dotted.split(".")
    for position, name in enumerate(names):
        parts.append(name)
        info = type(node).model_fields[name]
        node = getattr(node, name)
        row = _row_model(info.annotation)
        if row is not None and position < len(names) - 1:
            if not node:
                node.append(row())
            parts.append(0)
            node = node[0]
    return paths.join(parts)


def _choice_by_label(choice: type[Choice], label: str, shown: str = "label") -> Choice:
    """The member an example names, by the label the wizard shows: a drop-down its ``short`` label (the
    full one is its tooltip), a list of tick boxes its ``label``."""
    for member in choice:
        if getattr(member, shown) == label:
            return member
    raise AssertionError(f"{label!r} is not a {shown} of {choice.__name__}: {[getattr(m, shown) for m in choice]}")


def example_value(info: FieldInfo, example: str) -> Any:
    """The value a planner would enter, read from an example (choices are written by their label)."""
    inner = _unwrap(info.annotation)
    if typing.get_origin(inner) is list:
        item = _unwrap(typing.get_args(inner)[0])
        if isinstance(item, type) and issubclass(item, Choice):
            return [_choice_by_label(item, part.strip()) for part in example.split(";")]
        return [example]
    if isinstance(inner, type) and issubclass(inner, Choice):
        return _choice_by_label(inner, example, "short")
    return example


def _strings(node: Any, where: str = "") -> typing.Iterator[tuple[str, str]]:
    """Every text in a guidance document, with where it sits."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{where}[{i}]")


def translation_problems(base: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """What is wrong with a translation compared with the English file (empty when it mirrors it)."""
    problems: list[str] = []
    if other.get("version") != base.get("version"):
        problems.append(f"version is {other.get('version')!r}, expected {base.get('version')!r}")

    def compare(a: Any, b: Any, where: str) -> None:
        if isinstance(a, dict):
            if not isinstance(b, dict):
                problems.append(f"{where}: expected an object")
                return
            for key in a.keys() - b.keys():
                problems.append(f"{where}/{key}: missing")
            for key in b.keys() - a.keys():
                problems.append(f"{where}/{key}: not in the English file")
            for key in a.keys() & b.keys():
                compare(a[key], b[key], f"{where}/{key}")
        elif isinstance(a, list):
            if not isinstance(b, list) or len(a) != len(b):
                problems.append(f"{where}: expected a list of {len(a)} texts")
                return
            for i, (x, y) in enumerate(zip(a, b)):
                compare(x, y, f"{where}[{i}]")
        elif type(a) is not type(b):
            problems.append(f"{where}: expected {type(a).__name__}, found {type(b).__name__}")
        elif isinstance(b, str) and not b.strip():
            problems.append(f"{where}: empty")

    compare(base, other, "")
    return problems


# --- fixtures ----------------------------------------------------------------------------------


GUIDANCE_DIR = resources.guidance_dir()
BASE_FILE = GUIDANCE_DIR / "steps.json"
TRANSLATIONS = sorted(p for p in GUIDANCE_DIR.glob("steps.*.json"))
ALL_FILES = [BASE_FILE, *TRANSLATIONS]


@pytest.fixture(scope="module")
def guidance() -> dict[str, Any]:
    return load_strict(BASE_FILE)


# --- the English file --------------------------------------------------------------------------


def test_file_loads_with_the_documented_top_level(guidance: dict[str, Any]) -> None:
    assert set(guidance) == {"version", "headings", "steps", "fields"}
    assert guidance["version"] == 2
    # The panel's headings are data too (so they are translated with the text), one for each part.
    from wizard.guidance import HEADINGS

    assert guidance["headings"] == HEADINGS
    assert isinstance(guidance["steps"], dict)
    assert isinstance(guidance["fields"], dict)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "steps.json"
    path.write_text('{"version": 1, "version": 2}', encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate key 'version'"):
        load_strict(path)


def test_every_step_is_present_and_no_other(guidance: dict[str, Any]) -> None:
    assert sorted(guidance["steps"]) == sorted(STEP_IDS)


@pytest.mark.parametrize("step_id", STEP_IDS)
def test_step_has_every_text(guidance: dict[str, Any], step_id: str) -> None:
    step = guidance["steps"][step_id]
    assert set(step) == set(STEP_KEYS)
    for key in STEP_KEYS:
        if key == "investors_look_for":
            assert isinstance(step[key], list) and len(step[key]) >= 2, f"{step_id}: give at least two points"
            texts = step[key]
        else:
            texts = [step[key]]
        for text in texts:
            assert isinstance(text, str) and text.strip(), f"{step_id}.{key} is empty"
            assert len(text) <= STEP_TEXT_MAX, f"{step_id}.{key} is {len(text)} characters"
    # A strong example is only convincing with figures in it.
    assert re.search(r"\d", step["strong_example"]), f"{step_id}: the strong example has no number"
    assert step["strong_example"] != step["weak_example"]


def test_field_keys_are_real_model_paths(guidance: dict[str, Any]) -> None:
    unknown = sorted(set(guidance["fields"]) - set(ALL_PATHS))
    assert not unknown, f"not fields of the proposal model: {unknown}"
    sections = sorted(set(guidance["fields"]) & SECTION_PATHS)
    assert not sections, f"whole sections are steps, not fields: {sections}"


def test_field_entries_have_help_and_example(guidance: dict[str, Any]) -> None:
    for path, entry in guidance["fields"].items():
        assert set(entry) == set(FIELD_KEYS), path
        assert isinstance(entry["help"], str) and entry["help"].strip(), f"{path}: empty help"
        assert isinstance(entry["example"], str) and entry["example"].strip(), f"{path}: empty example"
        assert len(entry["help"]) <= HELP_MAX, f"{path}: help is {len(entry['help'])} characters"
        assert len(entry["example"]) <= EXAMPLE_MAX, f"{path}: example is {len(entry['example'])} characters"


def test_important_fields_are_covered(guidance: dict[str, Any]) -> None:
    japan = sorted(p for p in LEAF_PATHS | TABLE_PATHS if p.startswith("japan."))
    required = set(IMPORTANT_FIELDS) | set(japan)
    assert required <= set(ALL_PATHS), f"the coverage list names missing fields: {required - set(ALL_PATHS)}"
    missing = sorted(required - set(guidance["fields"]))
    assert not missing, f"important fields without guidance: {missing}"


def test_every_field_a_planner_edits_is_covered(guidance: dict[str, Any]) -> None:
    assert set(NOT_EDITED) <= LEAF_PATHS, "NOT_EDITED names a field that no longer exists"
    wanted = (LEAF_PATHS | TABLE_PATHS) - set(NOT_EDITED)
    missing = sorted(wanted - set(guidance["fields"]))
    assert not missing, f"fields without guidance (add help and an example to steps.json): {missing}"


def test_examples_are_values_the_field_accepts(guidance: dict[str, Any]) -> None:
    """An example shown beside a field must be something the user could type into that field."""
    failures: list[str] = []
    checked = 0
    for path, entry in guidance["fields"].items():
        info = ALL_PATHS[path]
        if path not in LEAF_PATHS or _unwrap(info.annotation) is bool:
            continue  # tables and tick boxes show an explanation, not a typed value
        proposal = Proposal()
        try:
            paths.set(proposal, _concrete(proposal, path), example_value(info, entry["example"]))
        except (ValidationError, AssertionError) as exc:
            failures.append(f"{path}: {entry['example']!r}: {exc}")
        checked += 1
    assert checked > 100
    assert not failures, "\n".join(failures)


def test_typed_examples_round_trip_to_the_model() -> None:
    """The example checker itself must refuse a bad year, a bad colour and an unknown choice label."""
    proposal = Proposal()
    with pytest.raises(ValidationError):
        paths.set(proposal, _concrete(proposal, "problem.kpis.baseline_year"), "20255")
    with pytest.raises(ValidationError):
        paths.set(proposal, "branding.accent_colour", "teal")
    with pytest.raises(AssertionError):
        example_value(ALL_PATHS["finance.funding.status"], "Maybe")
    paths.set(proposal, _concrete(proposal, "problem.kpis.baseline"), "55")
    assert proposal.problem.kpis[0].baseline == Decimal("55")


def test_domain_facts_carry_over(guidance: dict[str, Any]) -> None:
    """Facts from DOMAIN.md that the brief asks the guidance to teach."""
    text = " ".join(s for _, s in _strings(guidance))
    for fact in (
        "JPY 250 billion",
        "JPY 50 billion through JOIN",
        "JPY 200 billion through JBIC",
        "never the largest Japanese shareholder",
        "FY2023",
        "J-MRV",
        "GREEN",
        "Smart JAMP",
        "category A",
        "environmental impact assessment",
        "heavy to light",
        "light back to heavy",
        "31",
        "value beyond capital",
        "objective demand forecast",
    ):
        assert fact.lower() in text.lower(), f"the guidance never mentions {fact!r}"
    fields = guidance["fields"]
    for rate in ("finance.local_per_usd", "finance.local_per_jpy"):
        assert "yourself" in fields[rate]["help"] and "never" in fields[rate]["help"], rate
    assert "date" in fields["finance.rates_date"]["help"]


def test_depends_on_example_names_phases_with_commas(guidance: dict[str, Any]) -> None:
    names = [n.strip() for n in guidance["fields"]["roadmap.phases.depends_on"]["example"].split(",")]
    assert len(names) >= 2 and all(names)
    assert guidance["fields"]["roadmap.phases.name"]["example"] in names


# --- every guidance file (English and translations) -----------------------------------------------


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_text_is_plain_and_finished(path: Path) -> None:
    data = load_strict(path)
    for where, text in _strings(data):
        assert "<" not in text and ">" not in text, f"{path.name}{where}: no markup; the wizard shows plain text"
        assert not _PLACEHOLDER.search(text), f"{path.name}{where}: placeholder text {text!r}"
        assert text == text.strip(), f"{path.name}{where}: leading or trailing spaces"
        assert "  " not in text, f"{path.name}{where}: double space"
        assert not any(ord(c) < 32 for c in text), f"{path.name}{where}: control character"


def test_translation_files_mirror_the_english_keys() -> None:
    base = load_strict(BASE_FILE)
    for path in TRANSLATIONS:
        assert _LANG_FILE.match(path.name), f"{path.name}: name it steps.<language code>.json"
        problems = translation_problems(base, load_strict(path))
        assert not problems, f"{path.name}:\n" + "\n".join(problems)


def test_translation_check_catches_drift(guidance: dict[str, Any]) -> None:
    assert translation_problems(guidance, json.loads(json.dumps(guidance))) == []

    broken = json.loads(json.dumps(guidance))
    del broken["fields"]["vision.statement"]
    broken["steps"]["risks"]["commonMistake"] = broken["steps"]["risks"].pop("common_mistake")
    broken["steps"]["vision"]["intro"] = "  "
    broken["steps"]["japan"]["investors_look_for"].pop()
    broken["version"] = 3
    problems = translation_problems(guidance, broken)
    assert "/fields/vision.statement: missing" in problems
    assert "/steps/risks/common_mistake: missing" in problems
    assert "/steps/risks/commonMistake: not in the English file" in problems
    assert "/steps/vision/intro: empty" in problems
    assert any(p.startswith("/steps/japan/investors_look_for: expected a list") for p in problems)
    assert any(p.startswith("version is 3") for p in problems)
    assert _LANG_FILE.match("steps.vi.json") and _LANG_FILE.match("steps.id.json")
    assert not _LANG_FILE.match("steps.json") and not _LANG_FILE.match("steps.Vietnamese.json")


def test_readme_documents_the_format() -> None:
    readme = (GUIDANCE_DIR / "README.md").read_text(encoding="utf-8")
    for word in (*STEP_IDS, *STEP_KEYS, *FIELD_KEYS, "steps.<lang>.json", "version", "headings"):
        assert word in readme, f"README.md does not mention {word!r}"
