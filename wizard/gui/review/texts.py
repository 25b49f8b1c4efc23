"""The Review page's sentences, from one analysis (no Qt, so the wording is tested on its own).

The page reads as an investment officer reads a proposal (shared/INVESTOR.md): the verdict first
(band and score, then the first deal-breaker, or else the costliest finding, then what stands before
the next band), the gates, then the findings in the order readiness ranks them.  Every number is the
readiness' own (:class:`wizard.readiness.Assessment`): nothing is recomputed or rounded here.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from wizard import paths
from wizard.analysis import Analysis, ReviewItem
from wizard.errors import describe_location
from wizard.readiness import Finding, GateResult
from wizard.steps import TITLES

#: What each band is called on screen, and its colour (also the Review step's dot in the sidebar).
BAND_COLOURS = {"ready": "#2E7D32", "close": "#9A6700", "not_ready": "#B3261E"}
TIER_WORDS = {"deal-breaker": "deal-breaker", "serious": "serious flaw", "weakness": "weakness", "polish": "polish"}


def listed(words: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [str(w) for w in words]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def points(n: int) -> str:
    return f"{n} point{'' if n == 1 else 's'}"


def score_phrase(analysis: Analysis) -> str:
    """The score as readiness gives it, with where it comes from.

    Never "100 of 100" while a line is still open: a score of 100 then says what is left instead.
    """
    result = analysis.readiness
    if result.cap is not None and result.uncapped_score > result.score:
        return f"{result.score} of 100, capped by a failed gate ({result.uncapped_score} without it)"
    if result.score == 100:
        still = analysis.counts().open
        if still:
            return "score 100: no open line costs points, but " + (
                f"{still} line{'s are' if still != 1 else ' is'} still open")
        return "100 of 100: nothing open"
    return f"{result.score} of 100 ({points(result.points_lost)} lost)"


def band_line(analysis: Analysis) -> str:
    """'Not ready · 59 of 100, capped by a failed gate (80 without it)'."""
    return f"{analysis.readiness.band.title} · {score_phrase(analysis)}"


def lead_line(analysis: Analysis) -> str:
    """The first thing a reader holds against the proposal: the first failed gate, else the costliest finding."""
    result = analysis.readiness
    failed = result.failed_gates
    if failed:
        first = failed[0]
        count = f" (1 of {len(failed)})" if len(failed) > 1 else ""
        return f"Deal-breaker{count}: {first.message}"
    ranked = [f for f in result.findings if not f.acknowledged]
    if ranked:
        top = ranked[0]
        return f"Costliest open finding ({points(top.points)}): {top.message}"
    counts = analysis.counts()
    if counts.refused or counts.missing:
        return f"No finding remains; still open: {counts.phrase()}."
    return ""


def filled_phrase(analysis: Analysis) -> str:
    """'94 of 110 fields filled in'."""
    filled = sum(s.filled for s in analysis.steps.values())
    total = sum(s.total for s in analysis.steps.values())
    return f"{filled} of {total} fields filled in"


def counts_line(analysis: Analysis) -> str:
    """What is open, in the same words and numbers as the sidebar's tooltips."""
    counts = analysis.counts()
    if counts.open or counts.answered:
        return f"Open: {counts.phrase()}."
    return f"Nothing open; {filled_phrase(analysis)}."


def gates_heading(gates: Sequence[GateResult]) -> str:
    failed = sum(not g.passed for g in gates)
    na = sum(g.passed and not g.applies for g in gates)
    head = f"Investor gates: {failed} of {len(gates)} fail" if failed else f"Investor gates: all {len(gates)} pass"
    if na:
        head += f" ({na} {'does' if na == 1 else 'do'} not apply)"
    return head + ". A reader stops at the first that fails."


def gate_result_word(gate: GateResult) -> str:
    if not gate.passed:
        return "Fails"
    return "Passes" if gate.applies else "Does not apply"


def gate_lines(gate: GateResult) -> tuple[str, str]:
    """The gate's line in the list: its result and title, and what it found (passing gates: nothing more)."""
    head = f"{gate_result_word(gate)}: {gate.title}"
    if not gate.passed:
        return head, gate.message
    if not gate.applies:
        return head, gate.message
    return head, ""


def gate_detail(gate: GateResult) -> str:
    """The selected gate in full: what it found, what to do, where, and where the gate comes from."""
    lines = [gate.message]
    if gate.fix:
        lines.append(f"What to do: {gate.fix}")
    if gate.field:
        lines.append(f"Where: {location(gate.field)}")
    lines.append(f"Comes from: {gate.source}")
    return "\n".join(line for line in lines if line)


@functools.lru_cache(maxsize=4096)
def location(path: str, rows: tuple[int, ...] = ()) -> str:
    """A model path in the planner's words ('Problem › KPIs › rows 1 and 6 › KPI')."""
    if not path:
        return "The proposal as a whole"
    try:
        where, _ = describe_location(paths.parse(path))
    except (ValueError, KeyError, TypeError):
        return path
    if len(rows) > 1:
        first = f"row {rows[0]}"
        parts = where.split(" › ")
        if first in parts:
            parts[parts.index(first)] = "rows " + listed([str(r) for r in rows])
            where = " › ".join(parts)
    return where


def item_location(item: ReviewItem) -> str:
    """Where a Review line is: its field in the planner's words, and the step when the field does not say it."""
    finding = item.finding
    where = location(item.path, tuple(finding.rows) if finding is not None else ())
    step = TITLES.get(item.step, "")
    if item.step == "review" or not step or where.startswith(step):
        return where
    return f"{where} (on the {step} step)"


def kind_words(item: ReviewItem) -> str:
    """'Warning · weakness · 4 points', 'Deal-breaker · 20 points', 'Value not accepted', 'Not filled in yet'."""
    finding = item.finding
    if finding is None:
        return "Value not accepted (not saved)" if item.severity == "blocker" else "Not filled in yet"
    if finding.severity == "blocker":
        return f"Deal-breaker · {points(finding.points)}"
    kind = "Contradiction between fields" if finding.consistency and finding.severity == "warning" \
        else finding.severity.capitalize()
    cost = points(finding.points)
    if finding.acknowledged:
        cost = f"{cost} answered (of {finding.full_points})"
    return f"{kind} · {TIER_WORDS.get(finding.tier, finding.tier)} · {cost}"


def item_meta(item: ReviewItem) -> str:
    """The second line of a Review line: what kind, what it costs, where (a field not filled in: where only,
    its first line says the rest)."""
    if item.finding is None and item.severity == "missing":
        return item_location(item)
    return f"{kind_words(item)} · {item_location(item)}"


def item_detail(item: ReviewItem, criterion_titles: dict[str, str] | None = None) -> str:
    """The selected line in full, beyond its text in the list (which is never cut short): what to do,
    where, what it costs, the answer given."""
    finding = item.finding
    lines: list[str] = []
    if item.fix:
        lines.append(f"What to do: {item.fix}")
    lines.append(f"Where: {item_location(item)}")
    if finding is not None:
        crit = (criterion_titles or {}).get(finding.criterion, finding.criterion)
        if finding.acknowledged:
            lines.append(f"Answered: \u201c{finding.justification}\u201d. An answered finding still costs half its points: "
                         f"{points(finding.points)} of {finding.full_points}, in {crit}.")
        else:
            lines.append(f"Costs {points(finding.points)} ({TIER_WORDS.get(finding.tier, finding.tier)}), in {crit}.")
    return "\n".join(lines)


def justification_prompt(finding: Finding) -> str:
    """What the justification dialog shows about the warning being answered."""
    half = (finding.full_points + 1) // 2
    return (f"{finding.message}\n\nWhat would fix it: {finding.fix}\n\n"
            f"An answered warning still costs half its points: {points(half)} instead of {finding.full_points}.")


def criterion_line(title: str, lost: int, weight: int) -> str:
    """'Evidence and data: 1 of at most 65 points lost' (the readiness' own figures)."""
    if lost == 0:
        return f"{title}: no points lost (it can cost up to {weight})"
    return f"{title}: {lost} of at most {weight} points lost"


def criterion_checks(findings: Sequence[Finding]) -> str:
    """'Checks that lost points: The project returns its cost (20), Financial case is consistent (1)'."""
    if not findings:
        return ""
    named = [f"{f.title or f.rule} ({f.points})" for f in findings[:4]]
    if len(findings) > 4:
        named.append(f"{len(findings) - 4} more")
    return "Checks that lost points: " + listed(named)


def draft_note(reasons: Sequence[str], mark_on: bool, band_title: str, score: int, *,
               readiness_reasons: Sequence[str] | None = None, signed_off: bool = False) -> str:
    """The Export step's note on the DRAFT mark, from :func:`wizard.review.signoff.draft_reasons`.

    ``readiness_reasons`` are those of ``reasons`` that readiness gives (the others are the sign-off's;
    None: all of them), so the note sends the reader to the place that can lift each one. ``signed_off``:
    the team requires a sign-off and the current content has it.
    """
    if not reasons:
        return (f"No DRAFT mark will show: no readiness gate fails, the proposal is {band_title} (score {score}), "
                + ("and the current content is signed off." if signed_off else "and sign-off does not hold it back."))
    why = "; ".join(reasons)
    if not mark_on:
        return f"The DRAFT mark is off, so the export will not say it is a draft, although {why}."
    from_readiness = list(reasons) if readiness_reasons is None else [r for r in reasons if r in readiness_reasons]
    where = []
    if from_readiness:
        where.append("The Review step says what to do.")
    if len(from_readiness) < len(reasons):
        where.append("The Versions and sign-off panel (View menu) records the sign-off.")
    return f"Every page will be marked DRAFT because {why}. " + " ".join(where)
