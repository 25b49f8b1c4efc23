"""The readiness data types, the rule catalogue, scoring and acknowledgements (no rules, no Qt).

The catalogue (titles, messages, fixes, severities and points) is data, kept in
``resources/guidance/readiness.json``; :mod:`wizard.readiness._rules` decides when each rule fires.
See the package docstring for how the points add up.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from wizard import fields, resources, steps
from wizard.errors import CityPitchError
from wizard.fields import is_blank
from wizard.model import Acknowledgement, Proposal

Severity = Literal["blocker", "warning", "tip"]
SEVERITIES: tuple[Severity, ...] = ("blocker", "warning", "tip")
_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

#: The wizard's steps (the one registry, :mod:`wizard.steps`) and the model sections each one edits.
STEPS: dict[str, tuple[str, ...]] = {s.id: steps.sections(s.id) for s in steps.STEPS if s.has_fields}

#: Step states, from nothing entered to nothing left to do.
STEP_STATES: tuple[str, ...] = steps.STATES


class AcknowledgementError(CityPitchError):
    """A finding cannot be acknowledged (it is a blocker, or the justification is empty)."""


class CatalogueError(CityPitchError):
    """The readiness rule data file is missing or malformed (an installation problem)."""


# --- the catalogue --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSpec:
    """One rule as described in the data file."""

    id: str
    criterion: str
    check: str
    severity: Severity
    points: int
    title: str
    message: str
    fix: str
    covers: tuple[str, ...] = ()
    consistency: bool = False


@dataclass(frozen=True)
class CheckSpec:
    """A group of related rules inside a criterion, worth ``points`` of the criterion's 100."""

    id: str
    points: int
    rules: tuple[str, ...]


@dataclass(frozen=True)
class CriterionSpec:
    id: str
    title: str
    weight: int
    asks: str
    checks: tuple[CheckSpec, ...]


@dataclass(frozen=True)
class GateSpec:
    """A deal-breaker: it fails when any of its rules fires (those rules are the blockers)."""

    id: str
    title: str
    question: int
    rules: tuple[str, ...]
    passed: str
    source: str
    applies: str = ""          # name of a condition in :data:`GATE_CONDITIONS`, or "" (always applies)
    not_applicable: str = ""


@dataclass(frozen=True)
class BandSpec:
    id: str
    title: str
    min: int


#: The parts of the sentence on what stands before the next band, and the demand gate's reasons for not
#: applying (``bands.next`` in readiness.json; these are its English, for a catalogue that lacks them).
#: Whole sentences per case, so that a translation never glues English word order together.
NEXT_SENTENCES: dict[str, str] = {
    "one_gate": "One deal-breaker stands before everything else: the gate {gates} fails; its fix comes first.",
    "gates": "{count} deal-breakers stand before everything else: the gates {gates} fail.",
    "nothing_left": "Nothing stands in the way: no gate fails and no finding remains.",
    "findings_left": "No gate fails; the open findings together cost {points} points, none of them a deal-breaker.",
    "need_one": "{need} more point to reach {band}.",
    "need_other": "{need} more points to reach {band}.",
    "need_one_top_one": "{need} more point to reach {band}; the finding that costs most: {findings}.",
    "need_other_top_one": "{need} more points to reach {band}; the finding that costs most: {findings}.",
    "need_one_top_other": "{need} more point to reach {band}; the findings that cost most: {findings}.",
    "need_other_top_other": "{need} more points to reach {band}; the findings that cost most: {findings}.",
    "finding_one": "'{title}' ({points} point)",
    "finding_other": "'{title}' ({points} points)",
    "gate": "'{title}'",
    "list_two": "{first} and {last}",
    "list_middle": "{first}, {last}",
    "list_end": "{first} and {last}",
    "demand_no_revenue": "Does not apply: there is no revenue yet to judge.",
    "demand_share": "Does not apply: less than a tenth of the revenue depends on users paying ({share}% of it does).",
    "demand_none": "Does not apply: less than a tenth of the revenue depends on users paying (none of it does).",
    "rows_one": "row {row}",
    "rows_other": "rows {rows}",
    "rows_item": "{n}",
}


class Phrase(str):
    """Words a check puts into a rule's text ('the lenders' minimum of 1.30x'), kept with their name and
    values so that :func:`localise` can say them again in another language; otherwise a plain string."""

    key: str
    values: tuple[tuple[str, Any], ...]

    def __new__(cls, cat: Catalogue, key: str, **values: Any) -> Phrase:
        try:
            template = cat.phrases[key]
        except KeyError:
            raise CatalogueError(f"readiness rules: the phrase {key!r} is missing from readiness.json") from None
        made = super().__new__(cls, _fill(template, values))
        made.key = key
        made.values = tuple(values.items())
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles are plain strings
        return (str, (str(self),))

    @classmethod
    def choice(cls, member: Any, *, lower: bool = False, english: str = "") -> Phrase:
        """A choice's label (a model ``Choice``: 'City', 'Not started'), said again with the language's
        label (``resources/i18n/choices.<lang>.json``); ``lower`` in running text; ``english`` where an
        English sentence names it otherwise ('the Philippines')."""
        made = super().__new__(cls, english or (member.label.lower() if lower else member.label))
        made.key = "_choice"
        made.values = (("member", member), ("lower", lower), ("english", english))
        return made

    @classmethod
    def field(cls, path: str, *, whole: bool = False) -> Phrase:
        """A field named inside a message: its own title ('Conditions for business'), or with ``whole`` the
        path's ('Japanese value-add › Structure and shareholders'), said again with the language's titles
        (:func:`wizard.fields.title`)."""
        made = super().__new__(cls, fields.title(path) if whole else fields.field_title(path))
        made.key = "_field"
        made.values = (("path", path), ("whole", whole))
        return made

    @classmethod
    def rows(cls, cat: Catalogue, numbers: Sequence[int]) -> Phrase:
        """'row 3' or 'rows 2, 4 and 7' (1-based), said again in the language (:meth:`Catalogue.rows`)."""
        made = super().__new__(cls, cat.rows(numbers))
        made.key = "_rows"
        made.values = (("numbers", tuple(numbers)),)
        return made

    @classmethod
    def finance(cls, problem: Any) -> Phrase:
        """A problem the finance package reports (:class:`wizard.finance.FinanceProblem`), without its final
        full stop, said again with the ``finance_<key>`` phrase of the language where the problem keeps its
        template and values and the English phrase is that template."""
        made = super().__new__(cls, problem.message.rstrip("."))
        made.key = "_finance"
        made.values = (("problem", problem),)
        return made

    @classmethod
    def money(cls, amount: Decimal, currency: str | None) -> Phrase:
        """An amount as the checks write it ('IDR 630bn'), written again in the language's convention
        ('IDR 630億' in Japanese, '630bn IDR' with Vietnamese separators) in the proposal's own currency."""
        from wizard.money import format_money

        made = super().__new__(cls, format_money(amount, currency, compact=True))
        made.key = "_money"
        made.values = (("amount", amount), ("currency", currency))
        return made

    @classmethod
    def joined(cls, cat: Catalogue, items: Sequence[Any], how: str = "and") -> Phrase:
        """``items`` as one list: 'a, b and c' (``how="and"``), 'a, b, c' (``"comma"``) or 'a; b; c'
        (``"semicolon"``); ``"list"`` is ``"and"``, but 'a; b; and c' when an item has a comma of its own.
        Said again item by item in another language."""
        texts = [str(item) for item in items]
        if how == "list" and len(texts) > 1 and any(", " in t for t in texts):
            # Items with commas of their own are set apart by semicolons ('a (JPY, X); and b (USD, Y)').
            text = texts[0]
            for index, item in enumerate(texts[1:], start=2):
                key = "join_semicolon_end" if index == len(texts) else "join_semicolon"
                text = _fill(cat.phrases.get(key, "{first}; {last}"), {"first": text, "last": item})
        elif how in ("and", "list"):
            text = cat.listing(texts)
        else:
            text = texts[0] if texts else ""
            for item in texts[1:]:
                text = (cat.sentence("list_middle", first=text, last=item) if how == "comma" else
                        _fill(cat.phrases.get("join_semicolon", "{first}; {last}"), {"first": text, "last": item}))
        made = super().__new__(cls, text)
        made.key = "_joined"
        made.values = (("how", how), ("items", tuple(items)))
        return made


@dataclass(frozen=True)
class Catalogue:
    criteria: tuple[CriterionSpec, ...]
    rules: dict[str, RuleSpec]
    gates: tuple[GateSpec, ...] = ()
    bands: tuple[BandSpec, ...] = ()
    gate_cap: int = 59
    #: What to find out or decide for each problem the finance package reports, by its code ("" for any other).
    finance_fixes: dict[str, str] = field(default_factory=dict)
    #: The next-band sentence's parts and the demand gate's reasons (see :data:`NEXT_SENTENCES`).
    sentences: dict[str, str] = field(default_factory=dict)
    #: The words of ``citypitch check``'s report (``report`` in readiness.json), by id.
    report: dict[str, str] = field(default_factory=dict)
    #: Words a check puts into a rule's text (``phrases`` in readiness.json; see :class:`Phrase`).
    phrases: dict[str, str] = field(default_factory=dict)
    #: The language of the texts (``en``; see :func:`catalogue`).
    lang: str = "en"

    def criterion(self, criterion_id: str) -> CriterionSpec:
        for spec in self.criteria:
            if spec.id == criterion_id:
                return spec
        raise KeyError(criterion_id)

    def sentence(self, key: str, **params: Any) -> str:
        """One of :data:`NEXT_SENTENCES` in the catalogue's language, filled with ``params``."""
        return _fill(self.sentences.get(key) or NEXT_SENTENCES[key], params)

    def phrase(self, key: str, **values: Any) -> Phrase:
        """The words ``key`` of ``phrases`` in the catalogue's language, filled: a :class:`Phrase`."""
        return Phrase(self, key, **values)

    def say(self, key: str, **params: Any) -> str:
        """One text of the report (``report`` in readiness.json) in the catalogue's language, filled."""
        try:
            template = self.report[key]
        except KeyError:
            raise CatalogueError(f"readiness rules: the report text {key!r} is missing from readiness.json") from None
        return _fill(template, params)

    def rows(self, numbers: Sequence[int]) -> str:
        """'row 3' or 'rows 2, 4 and 7' (the wizard's 1-based row numbers) in the catalogue's language."""
        if len(numbers) == 1:
            return self.sentence("rows_one", row=numbers[0])
        return self.sentence("rows_other", rows=self.listing([self.sentence("rows_item", n=n) for n in numbers]))

    def listing(self, items: Sequence[str]) -> str:
        """``items`` as one list in the catalogue's language ('A, B and C'; in Japanese 'A、B、C')."""
        if len(items) <= 1:
            return "".join(items)
        if len(items) == 2:
            return self.sentence("list_two", first=items[0], last=items[1])
        head = items[0]
        for item in items[1:-1]:
            head = self.sentence("list_middle", first=head, last=item)
        return self.sentence("list_end", first=head, last=items[-1])


def _need(mapping: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise CatalogueError(f"readiness rules: {where} needs '{key}' ({kind.__name__})")
    return value


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    """Build a :class:`Catalogue` from the data file's JSON, checking its shape and its sums."""
    criteria: list[CriterionSpec] = []
    rules: dict[str, RuleSpec] = {}
    for crit in _need(data, "criteria", list, "the file"):
        cid = _need(crit, "id", str, "a criterion")
        checks: list[CheckSpec] = []
        for chk in _need(crit, "checks", list, f"criterion {cid}"):
            kid = _need(chk, "id", str, f"a check of {cid}")
            names: list[str] = []
            for rid, rule in _need(chk, "rules", dict, f"check {cid}.{kid}").items():
                where = f"rule {rid}"
                severity = _need(rule, "severity", str, where)
                if severity not in SEVERITIES:
                    raise CatalogueError(f"readiness rules: {where} has an unknown severity {severity!r}")
                if rid in rules:
                    raise CatalogueError(f"readiness rules: {where} is defined twice")
                rules[rid] = RuleSpec(
                    id=rid, criterion=cid, check=kid, severity=severity,
                    points=_need(rule, "points", int, where), title=_need(rule, "title", str, where),
                    message=_need(rule, "message", str, where), fix=_need(rule, "fix", str, where),
                    covers=tuple(rule.get("covers", ())), consistency=bool(rule.get("consistency", False)),
                )
                names.append(rid)
            checks.append(CheckSpec(kid, _need(chk, "points", int, f"check {cid}.{kid}"), tuple(names)))
        total = sum(c.points for c in checks)
        weight = _need(crit, "weight", int, cid)
        if total != weight:
            raise CatalogueError(f"readiness rules: the checks of {cid} add up to {total} points, not its weight {weight}")
        criteria.append(CriterionSpec(cid, _need(crit, "title", str, cid), weight, str(crit.get("asks", "")),
                                      tuple(checks)))
    weights = sum(c.weight for c in criteria)
    if weights < 100:
        raise CatalogueError(f"readiness rules: the criterion weights add up to {weights}, less than 100")
    gates: list[GateSpec] = []
    gated: set[str] = set()
    for gate in data.get("gates", []):
        gid = _need(gate, "id", str, "a gate")
        gate_rules: tuple[str, ...] = tuple(_need(gate, "rules", list, f"gate {gid}"))
        for rid in gate_rules:
            if rid not in rules:
                raise CatalogueError(f"readiness rules: gate {gid} names an unknown rule {rid}")
            if rules[rid].severity != "blocker":
                raise CatalogueError(f"readiness rules: gate {gid} names {rid}, which is not a blocker")
        gated.update(gate_rules)
        gates.append(GateSpec(gid, _need(gate, "title", str, f"gate {gid}"), _need(gate, "question", int, f"gate {gid}"),
                              gate_rules, _need(gate, "passed", str, f"gate {gid}"), _need(gate, "source", str, f"gate {gid}"),
                              str(gate.get("applies", "")), str(gate.get("not_applicable", ""))))
    loose = sorted(rid for rid, spec in rules.items() if spec.severity == "blocker" and rid not in gated)
    if loose:
        raise CatalogueError(f"readiness rules: blockers that belong to no gate: {', '.join(loose)}")
    band_data = data.get("bands", {})
    bands = tuple(BandSpec(_need(b, "id", str, "a band"), _need(b, "title", str, "a band"), _need(b, "min", int, "a band"))
                  for b in band_data.get("levels", []))
    if bands and (bands[-1].min != 0 or [b.min for b in bands] != sorted((b.min for b in bands), reverse=True)):
        raise CatalogueError("readiness rules: bands must be listed from the highest minimum down to 0")
    cap = band_data.get("gate_cap", 59)
    fixes = data.get("finance_fixes", {})
    if not isinstance(fixes, dict) or not all(isinstance(k, str) and isinstance(v, str) and v for k, v in fixes.items()):
        raise CatalogueError("readiness rules: 'finance_fixes' must map finance problem codes to fixes")
    sentences = band_data.get("next", {})
    if not isinstance(sentences, dict) or not all(
            k in NEXT_SENTENCES and isinstance(v, str) and v for k, v in sentences.items()):
        raise CatalogueError(f"readiness rules: 'bands.next' must map some of {', '.join(NEXT_SENTENCES)} to sentences")
    report = data.get("report", {})
    phrases = data.get("phrases", {})
    for name, texts in (("report", report), ("phrases", phrases)):
        if not isinstance(texts, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items()):
            raise CatalogueError(f"readiness rules: '{name}' must map text ids to texts")
    return Catalogue(tuple(criteria), rules, tuple(gates), bands, int(cap), dict(fixes), dict(sentences), dict(report),
                     dict(phrases))


@functools.cache
def catalogue(lang: str = "en") -> Catalogue:
    """The rule catalogue shipped with the app (read once), its texts in ``lang``.

    A language other than English has the same rules, points, gates and bands, with each text taken
    from ``readiness.<lang>.json`` where it is translated (:func:`wizard.i18n.readiness.texts`).
    """
    if lang != "en":
        return _translated(catalogue(), lang)
    path = resources.guidance_dir() / "readiness.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{path}: the readiness rules cannot be read ({exc})") from None
    return parse_catalogue(data)


def _translated(base: Catalogue, lang: str) -> Catalogue:
    from wizard.i18n import readiness as texts_of

    texts = texts_of.texts(lang)

    def words(kind: str, entry_id: str, key: str, english: str) -> str:
        return texts.get(kind, {}).get(entry_id, {}).get(key) or english

    replace = dataclasses.replace
    rules = {rid: replace(spec, title=words("rules", rid, "title", spec.title),
                          message=words("rules", rid, "message", spec.message), fix=words("rules", rid, "fix", spec.fix))
             for rid, spec in base.rules.items()}
    criteria = tuple(replace(c, title=words("criteria", c.id, "title", c.title), asks=words("criteria", c.id, "asks", c.asks))
                     for c in base.criteria)
    gates = tuple(replace(g, title=words("gates", g.id, "title", g.title), passed=words("gates", g.id, "passed", g.passed),
                          not_applicable=words("gates", g.id, "not_applicable", g.not_applicable)) for g in base.gates)
    bands = tuple(replace(b, title=words("bands", b.id, "title", b.title)) for b in base.bands)
    fixes = {code: words("finance_fixes", code, "fix", fix) for code, fix in base.finance_fixes.items()}
    sentences = {key: words("next", key, "text", base.sentences.get(key) or english)
                 for key, english in NEXT_SENTENCES.items()}
    report = {key: words("report", key, "text", english) for key, english in base.report.items()}
    phrases = {key: words("phrases", key, "text", english) for key, english in base.phrases.items()}
    return replace(base, rules=rules, criteria=criteria, gates=gates, bands=bands, finance_fixes=fixes,
                   sentences=sentences, report=report, phrases=phrases, lang=lang)


# --- results ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One thing an investor would hold against the proposal, where it is, and how to fix it.

    ``points`` is what the finding costs its criterion (0-100 scale) after any acknowledgement;
    ``full_points`` what it would cost unanswered. :attr:`overall_points` is its cost on the overall
    score.
    """

    rule: str
    severity: Severity
    criterion: str
    field: str
    message: str
    fix: str
    acknowledged: bool = False
    justification: str = ""
    points: int = 0
    full_points: int = 0
    title: str = ""
    consistency: bool = False
    weight: int = 0
    rows: tuple[int, ...] = ()
    paths: tuple[str, ...] = ()
    #: The figures and names the rule's texts were filled with, to say the same in another language
    #: (:func:`localise`); not part of what makes two findings equal.
    params: tuple[tuple[str, Any], ...] = dataclasses.field(default=(), compare=False)
    #: The language of the texts (``en`` as judged; :func:`localise` gives another), which
    #: :attr:`field_title` follows.
    lang: str = dataclasses.field(default="en", compare=False)

    @property
    def overall_points(self) -> float:
        """What this finding takes off the 0-100 overall score (points are overall points)."""
        return float(self.points)

    @property
    def tier(self) -> str:
        """How an investor weighs it: ``deal-breaker`` (a gate), ``serious`` (8+ points), ``weakness`` (3-7),
        ``polish`` (1-2)."""
        if self.severity == "blocker":
            return "deal-breaker"
        if self.full_points >= 8:
            return "serious"
        return "weakness" if self.full_points >= 3 else "polish"

    @property
    def field_title(self) -> str:
        """The field in a planner's words ('Problem › KPIs › row 3 › Baseline'), in the language of the
        finding's texts (set by :func:`localise`)."""
        return field_title(self.field, self.lang)

    @property
    def all_paths(self) -> tuple[str, ...]:
        """Every field the finding concerns (one per row for a row finding), the first being :attr:`field`."""
        return self.paths or (self.field,)


def field_title(path: str, lang: str = "en") -> str:
    """The field at ``path`` in a planner's words, in ``lang`` (:func:`wizard.fields.title`)."""
    return fields.title(path, lang)


@dataclass(frozen=True)
class GateResult:
    """One deal-breaker as judged: passed or not, and why; ``source`` is the criterion it comes from."""

    id: str
    title: str
    passed: bool
    applies: bool
    message: str
    fix: str
    source: str
    field: str = ""
    rules: tuple[str, ...] = ()
    #: Why a gate does not apply: a key of :data:`NEXT_SENTENCES` and its values, or ``""`` for the
    #: gate's own ``not_applicable`` text (to say it again in another language).
    reason: tuple[str, tuple[tuple[str, Any], ...]] = dataclasses.field(default=("", ()), compare=False)


@dataclass(frozen=True)
class Band:
    """Where the score puts the proposal, and one sentence on what stands before the next band."""

    id: str
    title: str
    next_step: str


@dataclass(frozen=True)
class CriterionResult:
    """A criterion as judged: ``lost`` overall points out of its ``weight`` (the most it can take off),
    shown as a 0-100 ``score``."""

    id: str
    title: str
    weight: int
    score: int
    findings: list[Finding]
    asks: str = ""
    lost: int = 0


@dataclass(frozen=True)
class StepStatus:
    """What the wizard's sidebar shows for a step: a state from :data:`STEP_STATES` and counts."""

    state: str
    blockers: int = 0
    warnings: int = 0
    tips: int = 0
    acknowledged: int = 0


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "[")


@dataclass(frozen=True)
class Assessment:
    """The readiness of one proposal: an overall score, one result per criterion, every finding."""

    score: int
    criteria: list[CriterionResult]
    findings: list[Finding]
    filled_sections: frozenset[str] = frozenset()
    stale_acknowledgements: list[Acknowledgement] = field(default_factory=list)
    gates: list[GateResult] = field(default_factory=list)
    band: Band = Band("not_ready", "Not ready", "")
    points_lost: int = 0
    uncapped_score: int = 0
    cap: int | None = None
    #: The language of the texts (``en`` as judged; :func:`localise` gives another).
    lang: str = "en"

    @property
    def has_blockers(self) -> bool:
        """True if any blocker remains (blockers count even when someone tried to acknowledge them)."""
        return any(f.severity == "blocker" for f in self.findings)

    @property
    def failed_gates(self) -> list[GateResult]:
        return [g for g in self.gates if not g.passed]

    @property
    def needs_draft_mark(self) -> bool:
        """What the export's DRAFT mark follows: a gate fails, or the band is Not ready."""
        return bool(self.failed_gates) or self.band.id == "not_ready"

    @property
    def blockers(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "blocker"]

    def criterion(self, criterion_id: str) -> CriterionResult:
        for result in self.criteria:
            if result.id == criterion_id:
                return result
        raise KeyError(criterion_id)

    def findings_for_rule(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]

    def findings_for_path_prefix(self, prefix: str | Sequence[str]) -> list[Finding]:
        """Findings whose field is ``prefix`` or lies below it (``problem.kpis`` covers ``problem.kpis[2].unit``)."""
        prefixes = (prefix,) if isinstance(prefix, str) else tuple(prefix)
        return [f for f in self.findings if any(_under(path, p) for path in f.all_paths for p in prefixes)]

    def step_state(self, prefix: str | Sequence[str]) -> StepStatus:
        """The sidebar state of a step editing the sections (or paths) in ``prefix``.

        ``empty``: nothing entered there yet. ``has_problems``: a blocker, or a contradiction between
        fields, that nobody has answered. ``in_progress``: warnings remain. ``complete``: only tips or
        acknowledged warnings remain.
        """
        prefixes = (prefix,) if isinstance(prefix, str) else tuple(prefix)
        found = self.findings_for_path_prefix(prefixes)
        open_ = [f for f in found if not f.acknowledged]
        counts = {
            "blockers": sum(f.severity == "blocker" for f in found),
            "warnings": sum(f.severity == "warning" and not f.acknowledged for f in found),
            "tips": sum(f.severity == "tip" and not f.acknowledged for f in found),
            "acknowledged": sum(f.acknowledged for f in found),
        }
        sections = {p.split(".")[0].split("[")[0] for p in prefixes}
        state = steps.state(started=bool(sections & self.filled_sections), blockers=counts["blockers"],
                            contradictions=sum(f.consistency and f.severity != "tip" for f in open_),
                            warnings=counts["warnings"])
        return StepStatus(state, **counts)

    def step_states(self) -> dict[str, StepStatus]:
        """:meth:`step_state` for every step of :data:`STEPS`."""
        return {step: self.step_state(prefixes) for step, prefixes in STEPS.items()}


# --- raw findings and scoring ------------------------------------------------------------------------


@dataclass(frozen=True)
class RawFinding:
    """A rule that fired, before acknowledgements and caps: rule id, field, points, message values."""

    rule: str
    field: str
    points: int
    params: dict[str, Any]
    rows: tuple[int, ...] = ()
    paths: tuple[str, ...] = ()


def _fill(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError) as exc:
        raise CatalogueError(f"readiness rules: the text {template!r} needs a value the code does not give ({exc})") from None


def ack_key(rule: str, path: str) -> tuple[str, str]:
    return rule, path


def _acks(proposal: Proposal) -> dict[tuple[str, str], Acknowledgement]:
    found: dict[tuple[str, str], Acknowledgement] = {}
    for ack in proposal.acknowledgements:
        # A later acknowledgement of the same finding replaces an earlier one.
        found[ack_key(ack.rule, ack.field)] = ack
    return found


def _ack_for(acks: dict[tuple[str, str], Acknowledgement], item: RawFinding) -> tuple[str, str] | None:
    """The acknowledgement answering ``item``: at its field, or at any row it lists."""
    for path in (item.field, *item.paths):
        if ack_key(item.rule, path) in acks:
            return ack_key(item.rule, path)
    return None


#: For each gate condition: whether it holds, and if not why (a key of :data:`NEXT_SENTENCES` and its
#: values, or ``""`` for the gate's own ``not_applicable`` text).
Conditions = Mapping[str, tuple[bool, str, Mapping[str, Any]]]


def score_findings(
    cat: Catalogue, proposal: Proposal, raw: dict[str, list[RawFinding]], filled: frozenset[str],
    applies: Conditions | None = None,
) -> Assessment:
    """Apply acknowledgements and per-check caps to the raw findings, judge the gates, score and band.

    ``applies`` says, for each conditional gate, whether it applies to this proposal (and why not).
    """
    acks = _acks(proposal)
    used: set[tuple[str, str]] = set()
    results: list[CriterionResult] = []
    everything: list[tuple[int, int, int, int, Finding]] = []
    for c_index, crit in enumerate(cat.criteria):
        caps = _cap_groups(cat, crit, raw.get(crit.id, []))
        remaining = dict(caps.points)
        ordered = sorted(enumerate(raw.get(crit.id, [])),
                         key=lambda item: (_SEVERITY_RANK[cat.rules[item[1].rule].severity], -item[1].points, item[0]))
        findings: list[tuple[int, Finding]] = []
        for order, item in ordered:
            spec = cat.rules[item.rule]
            key = _ack_for(acks, item)
            ack = acks[key] if key else None
            justification = ack.justification.strip() if ack else ""
            if key:
                used.add(key)
            answered = bool(justification) and spec.severity != "blocker"
            # An answered warning still costs half (rounded up): the gap is explained, not closed.
            cost = (item.points + 1) // 2 if answered else item.points
            group = caps.group_of[spec.check]
            cost = max(0, min(cost, remaining[group]))
            remaining[group] -= cost
            if cost == 0 and item.points > 0:
                continue  # its check is spent by findings that say the same thing louder
            findings.append((order, Finding(
                rule=item.rule, severity=spec.severity, criterion=crit.id, field=item.field,
                message=_fill(spec.message, item.params), fix=_fill(spec.fix, item.params),
                acknowledged=answered, justification=justification, points=cost,
                full_points=item.points, title=spec.title, consistency=spec.consistency, weight=crit.weight,
                rows=item.rows, paths=item.paths, params=tuple(item.params.items()),
            )))
        findings.sort(key=lambda pair: (_SEVERITY_RANK[pair[1].severity], -pair[1].points, pair[0]))
        lost = sum(f.points for _, f in findings)
        score = (100 * (crit.weight - lost) + crit.weight // 2) // crit.weight if crit.weight else 100
        results.append(CriterionResult(crit.id, crit.title, crit.weight, max(0, score), [f for _, f in findings],
                                       crit.asks, lost))
        everything.extend((_SEVERITY_RANK[f.severity], -f.points, c_index, order, f) for order, f in findings)
    everything.sort(key=lambda row: row[:4])
    all_findings = [row[4] for row in everything]
    gates = judge_gates(cat, all_findings, applies or {})
    lost = sum(f.points for f in all_findings)
    uncapped = max(0, 100 - lost)
    cap = cat.gate_cap if any(not g.passed for g in gates) else None
    overall = min(uncapped, cap) if cap is not None else uncapped
    stale = [a for a in proposal.acknowledgements if ack_key(a.rule, a.field) not in used]
    band = judge_band(cat, overall, gates, all_findings)
    return Assessment(overall, results, all_findings, filled, stale, gates, band, lost, uncapped, cap)


def judge_gates(cat: Catalogue, findings: list[Finding], applies: Conditions) -> list[GateResult]:
    """Each gate, in the order an investor asks its question: failed when one of its rules fired."""
    results = []
    for gate in sorted(cat.gates, key=lambda g: g.question):
        failing = [f for f in findings if f.rule in gate.rules]
        applies_here, key, values = applies.get(gate.applies, (True, "", {})) if gate.applies else (True, "", {})
        if failing:
            first = failing[0]
            results.append(GateResult(gate.id, gate.title, False, True, first.message, first.fix, gate.source,
                                      first.field, tuple(f.rule for f in failing)))
        elif not applies_here:
            reason = cat.sentence(key, **values) if key else gate.not_applicable
            results.append(GateResult(gate.id, gate.title, True, False, reason, "", gate.source,
                                      reason=(key, tuple(values.items()))))
        else:
            results.append(GateResult(gate.id, gate.title, True, True, gate.passed, "", gate.source))
    return results


def _costliest(findings: list[Finding], need: int) -> list[Finding]:
    """The fewest open findings whose points together reach ``need`` (at most three)."""
    chosen: list[Finding] = []
    total = 0
    for f in sorted((f for f in findings if f.severity != "blocker"), key=lambda f: -f.points):
        chosen.append(f)
        total += f.points
        if total >= need or len(chosen) == 3:
            break
    return chosen


def _plural(n: int) -> str:
    return "one" if n == 1 else "other"


def judge_band(cat: Catalogue, score: int, gates: list[GateResult], findings: list[Finding]) -> Band:
    """The band of ``score`` (a failed gate keeps it at the lowest) and what stands before the next one,
    in the catalogue's language (each case is a whole sentence of ``bands.next``)."""
    levels = cat.bands or (BandSpec("ready", "Ready", 85), BandSpec("close", "Close", 70), BandSpec("not_ready", "Not ready", 0))
    failed = [g for g in gates if not g.passed]
    lowest = levels[-1]
    level = lowest if failed else next(b for b in levels if score >= b.min)
    index = levels.index(level)
    if failed:
        listed = cat.listing([cat.sentence("gate", title=g.title) for g in failed])
        if len(failed) == 1:
            sentence = cat.sentence("one_gate", gates=listed)
        else:
            sentence = cat.sentence("gates", count=len(failed), gates=listed)
        return Band(level.id, level.title, sentence)
    if index == 0:
        sentence = (cat.sentence("nothing_left") if not findings else
                    cat.sentence("findings_left", points=sum(f.points for f in findings)))
        return Band(level.id, level.title, sentence)
    target = levels[index - 1]
    need = target.min - score
    top = _costliest(findings, need)
    named = cat.listing([cat.sentence(f"finding_{_plural(f.points)}", title=f.title or f.rule, points=f.points)
                         for f in top])
    key = f"need_{_plural(need)}" + (f"_top_{_plural(len(top))}" if top else "")
    return Band(level.id, level.title, cat.sentence(key, need=need, band=target.title, findings=named))


def localise(assessment: Assessment, lang: str) -> Assessment:
    """``assessment`` with every text in ``lang``: the same findings, points, gates, band and score.

    Each finding's title, message and fix are the rule's texts in ``lang`` filled with the same figures
    (:attr:`Finding.params`); where a translation lacks a text, or a finding carries no figures for a
    text that needs them, the English stays.  Values the checks compose in English (a list of rows, a
    problem the finance package reports) stay English inside the translated sentence.
    """
    if lang == assessment_language(assessment):
        return assessment
    cat = catalogue(lang)
    english = catalogue(assessment.lang)
    replace = dataclasses.replace

    def finding(f: Finding) -> Finding:
        spec = cat.rules.get(f.rule)
        if spec is None:
            return f
        params = {key: said(value) for key, value in f.params}
        if f.rows and params.get("rows") == english.rows(f.rows):  # the rows named the usual way
            params["rows"] = cat.rows(f.rows)
        if "code" in params and "fix" in params:  # a finance problem's fix, by its code
            params["fix"] = cat.finance_fixes.get(str(params["code"])) or cat.finance_fixes.get("", params["fix"])

        def text(template: str, current: str) -> str:
            try:
                return template.format(**params)
            except (KeyError, IndexError, ValueError):
                return current

        return replace(f, title=spec.title, message=text(spec.message, f.message), fix=text(spec.fix, f.fix),
                       lang=lang)

    def said(value: Any) -> Any:
        """A :class:`Phrase` said again in ``lang`` (its own values first); a figure the checks wrote in the
        English convention in the language's (:func:`figure`); any other value as it is."""
        if not isinstance(value, Phrase):
            return figure(value, lang) if isinstance(value, str) else value
        if value.key == "_field":
            parts = dict(value.values)
            return fields.title(parts["path"], lang) if parts["whole"] else fields.field_title(parts["path"], lang)
        if value.key == "_money":
            from wizard.money import format_money

            parts = dict(value.values)
            return format_money(parts["amount"], parts["currency"], number_locale(lang), compact=True)
        if value.key == "_rows":
            return cat.rows(list(dict(value.values)["numbers"]))
        if value.key == "_finance":
            return finance_problem(dict(value.values)["problem"], lang, cat, catalogue()) or value
        if value.key == "_choice":
            from wizard.i18n import choices

            parts = dict(value.values)
            if lang == "en" and parts.get("english"):
                return parts["english"]
            label = choices.label(parts["member"], lang)
            return label.lower() if parts["lower"] else label
        if value.key == "_joined":
            parts = dict(value.values)
            return Phrase.joined(cat, [said(item) for item in parts["items"]], parts["how"])
        if value.key not in cat.phrases:
            return value
        return cat.phrase(value.key, **{k: said(v) for k, v in value.values})

    mapped = {id(f): finding(f) for f in assessment.findings}
    for c in assessment.criteria:
        for f in c.findings:
            mapped.setdefault(id(f), finding(f))
    findings = [mapped[id(f)] for f in assessment.findings]
    criteria = []
    for c in assessment.criteria:
        try:
            crit: CriterionSpec | None = cat.criterion(c.id)
        except KeyError:
            crit = None
        criteria.append(replace(c, title=crit.title if crit else c.title, asks=crit.asks if crit else c.asks,
                                findings=[mapped[id(f)] for f in c.findings]))
    gate_specs = {g.id: g for g in cat.gates}
    gates = []
    for g in assessment.gates:
        spec = gate_specs.get(g.id)
        if spec is None:
            gates.append(g)
            continue
        if not g.passed:
            first = next((f for f in findings if f.rule in g.rules), None)
            gates.append(replace(g, title=spec.title, message=first.message if first else g.message,
                                 fix=first.fix if first else g.fix))
        elif not g.applies:
            key, values = g.reason
            try:
                reason = cat.sentence(key, **{k: said(v) for k, v in values}) if key else spec.not_applicable
            except CatalogueError:
                reason = g.message
            gates.append(replace(g, title=spec.title, message=reason))
        else:
            gates.append(replace(g, title=spec.title, message=spec.passed))
    band = judge_band(cat, assessment.score, gates, findings)
    if band.id != assessment.band.id:  # judged on the same score and gates: cannot differ
        band = assessment.band
    return replace(assessment, criteria=criteria, findings=findings, gates=gates, band=band, lang=lang)


#: A figure as the checks write it in English: grouped by commas or with decimals, perhaps a percentage or
#: a multiple ('190,000', '1.30x', '12.5%'); digits alone (years, small counts) read the same everywhere.
_FIGURE = re.compile(r"^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(x|%)?$")


def number_locale(lang: str) -> str:
    """The Babel locale whose separators a reader of ``lang`` expects (the pseudo-locale reads English): the
    window's one rule, :func:`wizard.money.reader_locale`."""
    from wizard.money import reader_locale

    return reader_locale(lang)


def figure(text: str, lang: str) -> str:
    """``text``, when it is a figure written in the English convention, written in ``lang``'s: '190,000' ->
    '190.000' and '1.30x' -> '1,30x' in Vietnamese, so that nothing reads as another number (issue 14's
    rule); the same digits and decimals.  Any other text as it is."""
    match = _FIGURE.match(text)
    if match is None or lang in ("en", "en-XA") or (match.group(3) is None and "," not in match.group(2)):
        return text
    from wizard.money import format_number

    sign, whole, decimals, suffix = match.groups()
    try:
        value = Decimal(sign + whole.replace(",", "") + ("." + decimals if decimals else ""))
    except InvalidOperation:
        return text
    return format_number(value, number_locale(lang), decimals=len(decimals or "")) + (suffix or "")


def finance_problem(problem: Any, lang: str, cat: Catalogue, english: Catalogue) -> str | None:
    """A finance problem's message in ``lang`` (without its full stop), or None where it cannot be said: the
    problem keeps no template, the language has no ``finance_<key>`` phrase, or the English phrase is not the
    template the finance package used (the two drifted apart: the English stays)."""
    key = "finance_" + str(getattr(problem, "key", ""))
    template = str(getattr(problem, "template", ""))
    if not template or english.phrases.get(key) != template.rstrip(".") or key not in cat.phrases:
        return None
    from wizard.finance import ProblemField, ProblemMoney
    from wizard.i18n.figures import name as made_up_name
    from wizard.money import format_money

    values: dict[str, Any] = {}
    for name, value in problem.values:
        if isinstance(value, ProblemField):
            values[name] = fields.field_title(value.pattern, lang).lower()
        elif isinstance(value, ProblemMoney):
            values[name] = format_money(value.amount, value.currency, number_locale(lang))
        elif name == "label" and isinstance(value, str):  # a loan's name: 'Funding source 2' is said in the language
            values[name] = made_up_name(value, lang)
        else:
            values[name] = figure(value, lang) if isinstance(value, str) else value
    try:
        return cat.phrases[key].format(**values)
    except (KeyError, IndexError, ValueError):
        return None


def assessment_language(assessment: Assessment) -> str:
    return assessment.lang


@dataclass
class _Caps:
    group_of: dict[str, str]
    points: dict[str, int]


def _cap_groups(cat: Catalogue, crit: CriterionSpec, raw: Iterable[RawFinding]) -> _Caps:
    """Each check caps what its rules can cost; a fired rule that ``covers`` other checks joins their caps."""
    group_of = {chk.id: chk.id for chk in crit.checks}

    def root(check: str) -> str:
        while group_of[check] != check:
            check = group_of[check]
        return check

    for item in raw:
        spec = cat.rules[item.rule]
        for other in spec.covers:
            a, b = root(spec.check), root(other)
            if a != b:
                group_of[b] = a
    groups = {chk.id: root(chk.id) for chk in crit.checks}
    points: dict[str, int] = {}
    for chk in crit.checks:
        points[groups[chk.id]] = points.get(groups[chk.id], 0) + chk.points
    return _Caps(groups, points)


# --- acknowledgements -----------------------------------------------------------------------------


def acknowledgements_with(
    proposal: Proposal, finding: Finding, justification: str, by: str = "", on: _dt.date | None = None
) -> list[Acknowledgement]:
    """The proposal's acknowledgements with ``finding`` answered by ``justification`` (a new list).

    Pure: the wizard assigns the result to ``acknowledgements`` inside an undoable command.
    Raises :class:`AcknowledgementError` for a blocker or an empty justification.
    """
    if finding.severity == "blocker":
        raise AcknowledgementError(
            f"'{finding.title}' is a blocker: it cannot be acknowledged, only fixed ({finding.fix})")
    text = justification.strip()
    if not text:
        raise AcknowledgementError("write a justification: say why this warning does not apply or how it is handled")
    new = Acknowledgement(rule=finding.rule, field=finding.field, justification=text, by=by.strip(),
                          on=on or _dt.date.today())
    key = ack_key(finding.rule, finding.field)
    kept = [a.model_copy(deep=True) for a in proposal.acknowledgements if ack_key(a.rule, a.field) != key]
    return [*kept, new]


def acknowledgements_without(proposal: Proposal, finding: Finding) -> list[Acknowledgement]:
    """The proposal's acknowledgements with any answer to ``finding`` withdrawn (a new list)."""
    key = ack_key(finding.rule, finding.field)
    return [a.model_copy(deep=True) for a in proposal.acknowledgements if ack_key(a.rule, a.field) != key]


def acknowledge(
    proposal: Proposal, finding: Finding, justification: str, by: str = "", on: _dt.date | None = None
) -> Acknowledgement:
    """Answer ``finding`` in ``proposal`` (replacing an earlier answer) and return the acknowledgement."""
    updated = acknowledgements_with(proposal, finding, justification, by, on)
    proposal.acknowledgements = updated
    return updated[-1]


# --- what has been filled in ---------------------------------------------------------------------------


#: Parts of the proposal that are not sections a step edits.
_NOT_SECTIONS = frozenset({"schema_version", "acknowledgements"})


def filled_sections(proposal: Proposal) -> frozenset[str]:
    """Top-level sections where the user has entered something (auto-filled fields do not count).

    Every section of the model counts, branding included (the Export step edits it)."""
    names = [name for name in type(proposal).model_fields if name not in _NOT_SECTIONS]
    filled = set()
    for name in names:
        value = getattr(proposal, name)
        if not is_blank(value, name):
            filled.add(name)
    return frozenset(filled)
