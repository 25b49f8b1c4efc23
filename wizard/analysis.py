"""One analysis of a proposal: everything derived from it, computed once per revision (no Qt).

The proposal is the single source of truth; what the app shows about it is derived data.
:func:`analyse` computes that data once for one state of the proposal and hands it out as one
immutable :class:`Analysis`, so that the sidebar, the Review page, the finance panel, the Export
step's DRAFT note, ``citypitch check`` and every export read the same figures and nothing is computed
twice for the same revision::

    from wizard.analysis import analyse
    analysis = analyse(proposal)
    analysis.finance       # wizard.finance.FinancialResults, computed once
    analysis.readiness     # wizard.readiness.Assessment, judged from analysis.finance
    analysis.equivalents   # USD and JPY of the headline amounts (computed by the finance module)
    analysis.steps         # step id -> StepState: what the sidebar badge of each step says
    analysis.items         # the Review page's lines: readiness findings, and fields not filled in yet
    analysis.uncovered     # fields holding characters no bundled font draws (the export refuses them)

Step states follow the one registry of steps (:mod:`wizard.steps`: which fields each step's page
edits, and the one rule :func:`wizard.steps.state`) and the one meaning of "empty"
(:func:`wizard.fields.is_blank`).  A finding belongs to the step whose page edits its field.

Values a widget refused (text in a number field) never reach the model, so they are not part of
the proposal; the wizard adds them with :meth:`Analysis.with_field_errors`, which recomputes nothing
but the lines and the states.  A field holding a refused value shows one line, "not yet valid" with
the reason: never also "not filled in yet", nor a readiness finding about the value the model still
holds there (the field shows something else; the finding comes back if the edit is undone).

The finance package works out its tornado, named scenarios and currency case only when they are first
read (they cost several times the base case).  A caller that shows them (the wizard's finance page)
asks ``analyse(..., finance_detail=True)``, so that they are worked out with the rest, on the same
revision and, for a slow analysis, off the GUI thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import re

from wizard import fields, finance, paths, readiness, steps, textcheck
from wizard.finance import Equivalent, FinancialResults
from wizard.i18n.said import Field, Said, joined, template
from wizard.model import Proposal
from wizard.readiness import Assessment, Finding
from wizard.textcheck import Uncovered

#: Readiness's finding on text the fonts cannot draw (one finding, at the first such field, naming all).
UNDRAWABLE_RULE = "writing.undrawable"

#: How the Review page orders the lines of a step.
SEVERITY_ORDER = {"blocker": 0, "warning": 1, "missing": 2, "tip": 3}


@dataclass(frozen=True)
class ReviewItem:
    """One line of the Review page: a readiness finding, a field not filled in, or a refused value."""

    step: str
    path: str
    severity: str  # blocker, warning, tip, or missing (a field not filled in yet)
    message: str
    fix: str = ""
    rule: str = ""
    criterion: str = ""
    acknowledged: bool = False
    #: A contradiction between fields (readiness' consistency checks): counts as a problem.
    consistency: bool = False
    #: The readiness finding behind the line (None for a field not filled in or a refused value).
    finding: Finding | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class StepState:
    """What the sidebar says about one step."""

    step: str
    state: str  # one of wizard.steps.STATES
    filled: int
    total: int

    @property
    def label(self) -> str:
        """'Vision: In progress (3 of 8 filled)', for the badge's tooltip and screen readers."""
        return (f"{steps.TITLES[self.step]}: {steps.STATE_LABELS[self.state]} "
                f"({self.filled} of {self.total} filled)")


@dataclass(frozen=True)
class ReviewCounts:
    """What is open among some Review lines, by kind: the sidebar's tooltips and the Review page count
    the same lines (:meth:`Analysis.counts`), so their numbers always agree."""

    blockers: int = 0  # readiness blockers (each fails a gate)
    refused: int = 0  # values a widget refused (not saved)
    warnings: int = 0  # open warnings, contradictions included
    contradictions: int = 0  # of those warnings, contradictions between fields
    tips: int = 0
    missing: int = 0  # fields not filled in yet
    answered: int = 0  # warnings and tips answered with a justification

    @property
    def open(self) -> int:
        """Lines that still ask for something (answered ones do not)."""
        return self.blockers + self.refused + self.warnings + self.tips + self.missing

    def phrase(self) -> str:
        """'1 deal-breaker, 2 warnings (1 a contradiction between fields), 4 fields to fill in', or 'nothing open'."""
        def counted(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        parts = []
        if self.blockers:
            parts.append(counted(self.blockers, "deal-breaker", "deal-breakers"))
        if self.refused:
            parts.append(counted(self.refused, "value not accepted", "values not accepted"))
        if self.warnings:
            text = counted(self.warnings, "warning", "warnings")
            if self.contradictions:
                text += (" (a contradiction between fields)" if self.warnings == 1 else
                         f" ({self.contradictions} of them {'a contradiction' if self.contradictions == 1 else 'contradictions'}"
                         " between fields)")
            parts.append(text)
        if self.tips:
            parts.append(counted(self.tips, "tip", "tips"))
        if self.missing:
            parts.append(counted(self.missing, "field to fill in", "fields to fill in"))
        text = ", ".join(parts) if parts else "nothing open"
        if self.answered:
            text += f"; {counted(self.answered, 'answer', 'answers')} given"
        return text


def count_items(items: Iterable[ReviewItem]) -> ReviewCounts:
    """Count Review lines by kind (see :class:`ReviewCounts`)."""
    n = dict.fromkeys(("blockers", "refused", "warnings", "contradictions", "tips", "missing", "answered"), 0)
    for item in items:
        if item.acknowledged:
            n["answered"] += 1
        elif item.severity == "blocker":
            n["blockers" if item.finding is not None else "refused"] += 1
        elif item.severity == "warning":
            n["warnings"] += 1
            n["contradictions"] += item.consistency
        elif item.severity == "tip":
            n["tips"] += 1
        elif item.severity == "missing":
            n["missing"] += 1
    return ReviewCounts(**n)


@dataclass(frozen=True)
class Analysis:
    """What is derived from one state of a proposal."""

    finance: FinancialResults
    readiness: Assessment
    #: The Review page's lines, in step order, blockers first within a step.
    items: tuple[ReviewItem, ...]
    #: Step id -> its state, for every step that edits fields.
    steps: Mapping[str, StepState]
    #: Field pattern -> why the value typed there was refused (see :meth:`with_field_errors`).
    field_errors: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: The findings, completeness lines and counts the states were judged from, for with_field_errors.
    _found: tuple[ReviewItem, ...] = field(default=(), repr=False, compare=False)
    _missing: tuple[ReviewItem, ...] = field(default=(), repr=False, compare=False)
    _counts: Mapping[str, tuple[int, int]] = field(default_factory=lambda: MappingProxyType({}), repr=False,
                                                   compare=False)
    #: Fields holding characters no bundled font draws (:func:`wizard.textcheck.uncovered_text`): the
    #: export refuses such text, so the wizard says so at the field first (see :meth:`notes`).
    uncovered: tuple[Uncovered, ...] = ()

    @property
    def equivalents(self) -> Mapping[str, Equivalent]:
        """The headline amounts in USD and JPY (see :mod:`wizard.finance`): never converted again elsewhere."""
        return self.finance.equivalents

    @property
    def score(self) -> int:
        return self.readiness.score

    @property
    def has_blockers(self) -> bool:
        return self.readiness.has_blockers

    @property
    def criteria(self) -> list[tuple[str, int]]:
        """(criterion title, score 0-100), in the catalogue's order."""
        return [(c.title, c.score) for c in self.readiness.criteria]

    def state(self, step_id: str) -> str | None:
        """The state of a step, or None for a step without fields of its own (Review)."""
        found = self.steps.get(step_id)
        return found.state if found is not None else None

    def notes(self, say: Callable[[Said | str], str] = str) -> dict[str, str]:
        """Field path -> the open readiness findings about it, as shown beside the field.

        Text the bundled fonts cannot draw is noted too: at the field, or for a table cell at the
        table (``problem.kpis``: "Row 3, Name: ...").  The readiness findings are in the language of
        this analysis (:meth:`in_language`); the notes' own words are :class:`~wizard.i18n.said.Said`
        sentences, worded by ``say`` (English by default; the window passes its own wording).
        """
        return {path: "\n".join(say(line) for line in lines) for path, lines in self.note_lines().items()}

    def note_lines(self) -> dict[str, list[Said | str]]:
        """Field path -> the lines of its note (:meth:`notes`), each a readiness text or a :class:`Said`."""
        lines: dict[str, list[Said | str]] = {}
        undrawable_said: set[str] = set()  # fields where readiness's own finding already says it
        words = readiness.catalogue(self.readiness.lang)  # 'Tip: ...' in the language of the findings
        for item in self.items:
            if item.rule and not item.acknowledged and item.severity in readiness.SEVERITIES:
                # A finding about rows of a table shows under the table (its message names the rows).
                path = note_field(item.path)
                lines.setdefault(path, []).append(words.say(f"note_{item.severity}", message=item.message))
                if item.rule == UNDRAWABLE_RULE:
                    undrawable_said.add(path)
        for found in self.uncovered:
            path, text = uncovered_said(found)
            if path not in undrawable_said:
                lines.setdefault(path, []).append(text)
        return lines

    def notes_for(self, step_id: str, say: Callable[[Said | str], str] = str) -> dict[str, str]:
        """The notes a step's page shows beside its fields: none while nobody has started the step."""
        if self.state(step_id) == "empty":
            return {}
        return self.notes(say)

    def counts(self, step_id: str | None = None) -> ReviewCounts:
        """What is open on one step's Review lines (all of them when ``step_id`` is None)."""
        return count_items(i for i in self.items if step_id is None or i.step == step_id)

    def in_language(self, lang: str) -> Analysis:
        """This analysis with the readiness texts in ``lang`` (the Review page and the field notes speak
        the interface's language): the same findings, points, states and figures, other words."""
        assessment = readiness.localise(self.readiness, lang)
        if assessment is self.readiness:
            return self
        by_finding = {id(old): new for old, new in zip(self.readiness.findings, assessment.findings, strict=True)}

        def reworded(item: ReviewItem) -> ReviewItem:
            new = by_finding.get(id(item.finding)) if item.finding is not None else None
            return item if new is None else dataclasses.replace(item, message=new.message, fix=new.fix, finding=new)

        found = tuple(reworded(i) for i in self._found)
        items, states = _judge(found, self._missing, self._counts, self.field_errors)
        return dataclasses.replace(self, readiness=assessment, items=items, steps=states, _found=found)

    def with_field_errors(self, errors: Mapping[str, str]) -> Analysis:
        """This analysis with values refused at the widgets (pattern -> reason) added as blockers.

        Cheap: nothing is computed again but the Review lines and the step states.
        """
        if dict(errors) == dict(self.field_errors):
            return self
        items, states = _judge(self._found, self._missing, self._counts, errors)
        return dataclasses.replace(self, items=items, steps=states, field_errors=MappingProxyType(dict(errors)))


_ROW_CELL = re.compile(r"^(?P<table>[^\[]+)\[(?P<row>\d+)\](?:\.(?P<rest>.+))?$")


#: The kinds of character :func:`wizard.textcheck.script_of` names in words rather than by a script's
#: name ("Devanagari" is a name and stays as it is; "emoji" is worded in the reader's language).
_SCRIPT_WORDS = textcheck.SCRIPT_WORDS
_UNCOVERED = template("The bundled fonts cannot draw the %1 characters here (%2): the PDF export refuses this "
                      "text until they are removed or replaced.")
_UNCOVERED_MORE = template("%1 and %2 more")
_LINE = template("Line %1: %2")
_ROW_CELL_NOTE = template("Row %1, %2: %3")


def uncovered_said(found: Uncovered) -> tuple[str, Said]:
    """(where the note goes, what it says) for text no bundled font draws (see :func:`note_place_said`)."""
    more = len(found.characters) - 6
    shown: str | Said = ", ".join(found.characters[:6])
    if more > 0:
        shown = Said(_UNCOVERED_MORE, (shown, more))
    scripts = joined([Said(_SCRIPT_WORDS[s]) if s in _SCRIPT_WORDS else s for s in found.scripts])
    place, text = note_place_said(found.field, Said(_UNCOVERED, (scripts, shown)))
    assert isinstance(text, Said)
    return place, text


def uncovered_note(found: Uncovered) -> tuple[str, str]:
    """:func:`uncovered_said` in English."""
    place, text = uncovered_said(found)
    return place, str(text)


def note_field(path: str) -> str:
    """The field pattern whose note tells about ``path``: the field itself, or the table of a row's cell
    (the pages show notes by field pattern, without row numbers)."""
    match = _ROW_CELL.match(path)
    return path if match is None else match.group("table")


def note_place_said(path: str, text: Said | str) -> tuple[str, Said | str]:
    """(where a note about ``path`` goes, what it says): a field's note goes at the field; a table cell's
    at its table, naming the row and the column; a line of a one-item-per-line field at the field,
    naming the line (the pages show notes by field pattern, without row numbers)."""
    match = _ROW_CELL.match(path)
    if match is None:
        return path, text
    table, row = match.group("table"), int(match.group("row")) + 1
    if match.group("rest") is None:
        return table, Said(_LINE, (row, text))
    pattern = fields.strip_indices(path)
    column: str | Field = Field(pattern) if pattern in fields.all_specs() else str(match.group("rest"))
    return table, Said(_ROW_CELL_NOTE, (row, column, text))


def note_place(path: str, text: str) -> tuple[str, str]:
    """:func:`note_place_said` in English."""
    place, said = note_place_said(path, text)
    return place, str(said)


def analyse(proposal: Proposal, field_errors: Mapping[str, str] | None = None, *,
            finance_detail: bool = False) -> Analysis:
    """Compute the financial case once, judge readiness from it, and place everything on the steps.

    ``finance_detail``: work out the tornado, the named scenarios and the currency case now, with the
    rest (see the module docstring), rather than when first read.
    """
    results = finance.compute(proposal.finance, phases=proposal.roadmap.phases)
    if finance_detail and results.structure is not None:
        structure = results.structure
        _worked_out_now = (structure.tornado, structure.scenarios, structure.fx)
    assessment = readiness.assess(proposal, results)
    owners = steps.field_owners()
    counts: dict[str, tuple[int, int]] = {}
    missing: list[ReviewItem] = []
    for step in steps.STEPS:
        if not step.has_fields:
            continue
        filled = total = 0
        for pattern in steps.form_patterns(step.id):
            spec = fields.spec(pattern)
            if pattern in fields.AUTO_FILLED or spec.kind == "bool":
                continue  # a sensible value from the start, or a yes/no whose "no" is an answer
            total += 1
            if fields.is_blank(paths.get(proposal, pattern), pattern):
                missing.append(ReviewItem(step.id, pattern, "missing", f"{spec.title}: not filled in yet"))
            else:
                filled += 1
        counts[step.id] = (filled, total)
    found = tuple(
        ReviewItem(
            step=(steps.locate(f.field, owners) if f.field else None) or "review",
            path=f.field, severity=f.severity, message=f.message, fix=f.fix, rule=f.rule,
            criterion=f.criterion, acknowledged=f.acknowledged, consistency=f.consistency, finding=f,
        )
        for f in assessment.findings
    )
    items, states = _judge(found, tuple(missing), counts, field_errors or {})
    return Analysis(results, assessment, items, states, MappingProxyType(dict(field_errors or {})),
                    found, tuple(missing), MappingProxyType(counts), uncovered=tuple(textcheck.uncovered_text(proposal)))


def _judge(found: tuple[ReviewItem, ...], missing: tuple[ReviewItem, ...], counts: Mapping[str, tuple[int, int]],
           errors: Mapping[str, str]) -> tuple[tuple[ReviewItem, ...], Mapping[str, StepState]]:
    """The Review lines and the step states from the findings, the empty fields and the refused values."""
    owners = steps.field_owners()
    refused = [
        ReviewItem(owners[pattern], pattern, "blocker",
                   f"{fields.spec(pattern).title}: not yet valid: {message.rstrip('.')} (not saved)")
        for pattern, message in errors.items() if pattern in owners
    ]
    # A field holding a refused value is judged by that value's line alone.
    held = {i.path for i in refused}
    items = [*(i for i in found if i.path not in held), *refused]
    # A finding about a field says more than "not filled in": keep only the finding.
    covered = {i.path for i in items}
    items += [i for i in missing if i.path not in covered]
    # Steps in the sidebar's order; lines about the proposal as a whole (on Review) come last.
    order = {step_id: n for n, step_id in enumerate(counts)}
    items.sort(key=lambda i: (order.get(i.step, len(order)), SEVERITY_ORDER.get(i.severity, 9)))
    states: dict[str, StepState] = {}
    for step_id, (filled, total) in counts.items():
        mine = [i for i in items if i.step == step_id and not i.acknowledged]
        states[step_id] = StepState(step_id, steps.state(
            started=filled > 0 or any(i.path in errors for i in mine),
            blockers=sum(i.severity == "blocker" for i in mine),
            contradictions=sum(i.consistency and i.severity == "warning" for i in mine),
            warnings=sum(i.severity == "warning" for i in mine),
            all_filled=filled == total,
        ), filled, total)
    return tuple(items), MappingProxyType(states)
