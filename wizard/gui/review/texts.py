"""The Review page's sentences, from one analysis (no widgets, so the wording is tested on its own).

Every sentence goes through :func:`~wizard.gui.language.translate` in the context "Review" (English
until a language is installed); counts are written with the interface language's digits, and a text
with a count has a singular and a plural source so that English reads right without a catalogue.

The page reads as an investment officer reads a proposal (shared/INVESTOR.md): the verdict first
(band and score, then the first deal-breaker, or else the costliest finding, then what stands before
the next band), the gates, then the findings in the order readiness ranks them.  Every number is the
readiness' own (:class:`wizard.readiness.Assessment`): nothing is recomputed or rounded here.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Sequence

from wizard import fields, readiness
from wizard.analysis import Analysis, ReviewItem
from wizard.i18n.said import Said
from wizard.readiness import Finding, GateResult
from wizard.gui import language
from wizard.gui.language import fill, number, translate
from wizard.steps import TITLES

#: What each band is called on screen, and its colour (also the Review step's dot in the sidebar).
BAND_COLOURS = {"ready": "#2E7D32", "close": "#9A6700", "not_ready": "#B3261E"}
TIER_WORDS = {"deal-breaker": "deal-breaker", "serious": "serious flaw", "weakness": "weakness", "polish": "polish"}


def tier_word(tier: str) -> str:
    words = {"deal-breaker": translate("Review", "deal-breaker"), "serious": translate("Review", "serious flaw"),
             "weakness": translate("Review", "weakness"), "polish": translate("Review", "polish")}
    return words.get(tier, tier)


def step_name(step_id: str) -> str:
    return language.step_title(step_id, TITLES.get(step_id, "")) if step_id in TITLES else ""


def joined(items: Sequence[str]) -> str:
    """'a, b, c' with the language's list separator."""
    return functools.reduce(lambda a, b: fill(translate("Review", "%1, %2"), a, b), items) if items else ""


def counted(n: int, one: str, many: str) -> str:
    """``one`` (n is 1) or ``many``, each an already translated text with ``%1`` for the count."""
    return fill(one if n == 1 else many, number(n))


def counts_phrase(counts: typing.Any) -> str:
    """The interface's version of :meth:`wizard.analysis.ReviewCounts.phrase` (same counts, same order)."""
    parts = []
    if counts.blockers:
        parts.append(counted(counts.blockers, translate("Review", "%1 deal-breaker"), translate("Review", "%1 deal-breakers")))
    if counts.refused:
        parts.append(counted(counts.refused, translate("Review", "%1 value not accepted"),
                             translate("Review", "%1 values not accepted")))
    if counts.warnings:
        text = counted(counts.warnings, translate("Review", "%1 warning"), translate("Review", "%1 warnings"))
        if counts.contradictions:
            if counts.warnings == 1:
                text = fill(translate("Review", "%1 (a contradiction between fields)"), text)
            else:
                text = fill(translate("Review", "%1 (%2 of them a contradiction between fields)") if counts.contradictions == 1
                            else translate("Review", "%1 (%2 of them contradictions between fields)"),
                            text, number(counts.contradictions))
        parts.append(text)
    if counts.tips:
        parts.append(counted(counts.tips, translate("Review", "%1 tip"), translate("Review", "%1 tips")))
    if counts.missing:
        parts.append(counted(counts.missing, translate("Review", "%1 field to fill in"),
                             translate("Review", "%1 fields to fill in")))
    if counts.answered:
        parts.append(counted(counts.answered, translate("Review", "%1 answered"), translate("Review", "%1 answered")))
    return joined(parts) if parts else translate("Review", "nothing open")


def listed(words: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [str(w) for w in words]
    if len(items) <= 1:
        return "".join(items)
    return fill(translate("Review", "%1 and %2"), joined(items[:-1]), items[-1])


def points(n: int) -> str:
    return counted(n, translate("Review", "%1 point"), translate("Review", "%1 points"))


def score_phrase(analysis: Analysis) -> str:
    """The score as readiness gives it, with where it comes from.

    Never "100 of 100" while a line is still open: a score of 100 then says what is left instead.
    """
    result = analysis.readiness
    if result.cap is not None and result.uncapped_score > result.score:
        return fill(translate("Review", "%1 of 100, capped by a failed gate (%2 without it)"),
                    number(result.score), number(result.uncapped_score))
    if result.score == 100:
        still = analysis.counts().open
        if still:
            return counted(still, translate("Review", "score 100: no open line costs points, but %1 line is still open"),
                           translate("Review", "score 100: no open line costs points, but %1 lines are still open"))
        return translate("Review", "100 of 100: nothing open")
    return fill(translate("Review", "%1 of 100 (%2 lost)"), number(result.score), points(result.points_lost))


def band_line(analysis: Analysis) -> str:
    """'Not ready · 59 of 100, capped by a failed gate (80 without it)'."""
    return f"{analysis.readiness.band.title} · {score_phrase(analysis)}"


def lead_line(analysis: Analysis) -> str:
    """The first thing a reader holds against the proposal: the first failed gate, else the costliest finding."""
    result = analysis.readiness
    failed = result.failed_gates
    if failed:
        first = failed[0]
        if len(failed) > 1:
            return fill(translate("Review", "Deal-breaker (1 of %1): %2"), number(len(failed)), first.message)
        return fill(translate("Review", "Deal-breaker: %1"), first.message)
    ranked = [f for f in result.findings if not f.acknowledged]
    if ranked:
        top = ranked[0]
        return fill(translate("Review", "Costliest open finding (%1): %2"), points(top.points), top.message)
    counts = analysis.counts()
    if counts.refused or counts.missing:
        return fill(translate("Review", "No finding remains; still open: %1."), counts_phrase(counts))
    return ""


def filled_phrase(analysis: Analysis) -> str:
    """'94 of 110 fields filled in'."""
    filled = sum(s.filled for s in analysis.steps.values())
    total = sum(s.total for s in analysis.steps.values())
    return fill(translate("Review", "%1 of %2 fields filled in"), number(filled), number(total))


def counts_line(analysis: Analysis) -> str:
    """What is open, in the same words and numbers as the sidebar's tooltips."""
    counts = analysis.counts()
    if counts.open or counts.answered:
        return fill(translate("Review", "Open: %1."), counts_phrase(counts))
    return fill(translate("Review", "Nothing open; %1."), filled_phrase(analysis))


def gates_heading(gates: Sequence[GateResult]) -> str:
    failed = sum(not g.passed for g in gates)
    na = sum(g.passed and not g.applies for g in gates)
    head = (fill(translate("Review", "Investor gates: %1 of %2 fail"), number(failed), number(len(gates))) if failed
            else fill(translate("Review", "Investor gates: all %1 pass"), number(len(gates))))
    if na:
        head = fill(translate("Review", "%1 (%2 does not apply)") if na == 1 else translate("Review", "%1 (%2 do not apply)"),
                    head, number(na))
    return fill(translate("Review", "%1. A reader stops at the first that fails."), head)


def gate_result_word(gate: GateResult) -> str:
    if not gate.passed:
        return translate("Review", "Fails")
    return translate("Review", "Passes") if gate.applies else translate("Review", "Does not apply")


def gate_lines(gate: GateResult) -> tuple[str, str]:
    """The gate's line in the list: its result and title, and what it found (passing gates: nothing more)."""
    head = fill(translate("Review", "%1: %2"), gate_result_word(gate), gate.title)
    if not gate.passed:
        return head, gate.message
    if not gate.applies:
        return head, gate.message
    return head, ""


def gate_detail(gate: GateResult) -> str:
    """The selected gate in full: what it found, what to do, where, and where the gate comes from."""
    lines = [gate.message]
    if gate.fix:
        lines.append(fill(translate("Review", "What to do: %1"), gate.fix))
    if gate.field:
        lines.append(fill(translate("Review", "Where: %1"), location(gate.field)))
    lines.append(fill(translate("Review", "Comes from: %1"), gate.source))
    return "\n".join(line for line in lines if line)


@functools.lru_cache(maxsize=4096)
def location(path: str, rows: tuple[int, ...] = ()) -> str:
    """A model path in the planner's words, in the interface's language ('Problem › KPIs › rows 1 and 6 › KPI')."""
    if not path:
        return translate("Review", "The proposal as a whole")
    lang = language.current()
    where = fields.title(path, lang)
    if len(rows) > 1:
        parts = where.split(fields.TITLE_SEPARATOR)
        first = fields.row_title(rows[0], lang)
        if first in parts:
            parts[parts.index(first)] = readiness.catalogue(lang).rows(list(rows))
            where = fields.TITLE_SEPARATOR.join(parts)
    return where


def forget_language() -> None:
    """Drop texts kept in the previous language (the locations cache); called when the language changes."""
    location.cache_clear()


def item_location(item: ReviewItem) -> str:
    """Where a Review line is: its field in the planner's words, and the step when the field does not say it."""
    finding = item.finding
    where = location(item.path, tuple(finding.rows) if finding is not None else ())
    step = TITLES.get(item.step, "")
    if item.step == "review" or not step or where.startswith(step):
        return where
    return fill(translate("Review", "%1 (on the %2 step)"), where, step_name(item.step))


def kind_words(item: ReviewItem) -> str:
    """'Warning · weakness · 4 points', 'Deal-breaker · 20 points', 'Value not accepted', 'Not filled in yet'."""
    finding = item.finding
    if finding is None:
        return (translate("Review", "Value not accepted (not saved)") if item.severity == "blocker"
                else translate("Review", "Not filled in yet"))
    if finding.severity == "blocker":
        return fill(translate("Review", "Deal-breaker · %1"), points(finding.points))
    severities = {"warning": translate("Review", "Warning"), "tip": translate("Review", "Tip")}
    kind = translate("Review", "Contradiction between fields") if finding.consistency and finding.severity == "warning" \
        else severities.get(finding.severity, finding.severity.capitalize())
    cost = points(finding.points)
    if finding.acknowledged:
        cost = fill(translate("Review", "%1 answered (of %2)"), cost, number(finding.full_points))
    return f"{kind} · {tier_word(finding.tier)} · {cost}"


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
        lines.append(fill(translate("Review", "What to do: %1"), item.fix))
    lines.append(fill(translate("Review", "Where: %1"), item_location(item)))
    if finding is not None:
        crit = (criterion_titles or {}).get(finding.criterion, finding.criterion)
        if finding.acknowledged:
            lines.append(fill(translate("Review", "Answered: \u201c%1\u201d. An answered finding still costs half its points: "
                                                  "%2 of %3, in %4."),
                              finding.justification, points(finding.points), number(finding.full_points), crit))
        else:
            lines.append(fill(translate("Review", "Costs %1 (%2), in %3."), points(finding.points), tier_word(finding.tier), crit))
    return "\n".join(lines)


def justification_prompt(finding: Finding) -> str:
    """What the justification dialog shows about the warning being answered."""
    half = (finding.full_points + 1) // 2
    return fill(translate("Review", "%1\n\nWhat would fix it: %2\n\nAn answered warning still costs half its points: "
                                    "%3 instead of %4."), finding.message, finding.fix, points(half), number(finding.full_points))


def criterion_line(title: str, lost: int, weight: int) -> str:
    """'Evidence and data: 1 of at most 65 points lost' (the readiness' own figures)."""
    if lost == 0:
        return fill(translate("Review", "%1: no points lost (it can cost up to %2)"), title, number(weight))
    return fill(translate("Review", "%1: %2 of at most %3 points lost"), title, number(lost), number(weight))


def criterion_checks(findings: Sequence[Finding]) -> str:
    """'Checks that lost points: The project returns its cost (20), Financial case is consistent (1)'."""
    if not findings:
        return ""
    named = [f"{f.title or f.rule} ({f.points})" for f in findings[:4]]
    if len(findings) > 4:
        named.append(fill(translate("Review", "%1 more"), number(len(findings) - 4)))
    return fill(translate("Review", "Checks that lost points: %1"), listed(named))


def draft_reasons_shown(analysis: Analysis, reasons: Sequence[str | Said]) -> tuple[list[str], list[str]]:
    """``reasons`` (:func:`wizard.review.signoff.draft_reasons` of ``analysis``'s proposal, in the export's
    English, or :func:`~wizard.review.signoff.draft_reasons_said`) in the interface's language, and which of
    them readiness gives: the same reasons in the same order, so the note says what the export will do.  A
    sentence the core kept with its parts is worded (:mod:`wizard.gui.coretexts`); a reason this function
    does not know stays English.
    """
    shown, readiness = _draft_reasons_shown(analysis, [str(reason) for reason in reasons])
    if any(isinstance(reason, Said) for reason in reasons):
        from wizard.gui.coretexts import say

        shown = [say(reason) if isinstance(reason, Said) else text for reason, text in zip(reasons, shown, strict=True)]
    return shown, readiness


def _draft_reasons_shown(analysis: Analysis, reasons: Sequence[str]) -> tuple[list[str], list[str]]:
    """:func:`draft_reasons_shown` of the reasons' English."""
    from wizard.review import signoff
    from wizard.review.judgement import readiness_reasons_for_draft

    english = readiness_reasons_for_draft(analysis.readiness)
    if list(reasons[:len(english)]) != english:  # not draft_reasons' order: say them as the export does
        return list(reasons), english
    assessment = language.shown(analysis).readiness
    gates = [gate.title for gate in assessment.failed_gates]
    ours = []
    if gates:
        listed = functools.reduce(lambda a, b: fill(translate("Review", "%1; %2", "names in a list"), a, b), gates[:3])
        if len(gates) > 3:
            listed = fill(translate("Review", "%1; and more"), listed)
        ours.append(fill(translate("Review", "1 readiness gate is not met (%1)"), listed) if len(gates) == 1
                    else fill(translate("Review", "%1 readiness gates are not met (%2)"), number(len(gates)), listed))
    if assessment.needs_draft_mark and not gates:
        ours.append(fill(translate("Review", "the readiness band is %1"), assessment.band.title))
    if len(ours) != len(english):
        return list(reasons), english
    rest = []
    unreadable = signoff.UNREADABLE.split("{problem}")
    for reason in reasons[len(english):]:
        if reason == signoff.NOT_SIGNED_OFF:
            rest.append(translate("Review", "sign-off is turned on and the current content is not signed off"))
        elif reason == signoff.NOT_SIGNED_OFF + signoff.STALE:
            rest.append(translate("Review", "sign-off is turned on and the current content is not signed off "
                                            "(the last sign-off is stale)"))
        elif reason.startswith(unreadable[0]) and reason.endswith(unreadable[1]):
            rest.append(fill(translate("Review", "the sign-off record cannot be read (%1)"),
                             reason[len(unreadable[0]):len(reason) - len(unreadable[1])]))
        else:
            rest.append(reason)
    return ours + rest, ours


def draft_note(reasons: Sequence[str], mark_on: bool, band_title: str, score: int, *,
               readiness_reasons: Sequence[str] | None = None, signed_off: bool = False) -> str:
    """The Export step's note on the DRAFT mark, from :func:`wizard.review.signoff.draft_reasons`.

    ``readiness_reasons`` are those of ``reasons`` that readiness gives (the others are the sign-off's;
    None: all of them), so the note sends the reader to the place that can lift each one. ``signed_off``:
    the team requires a sign-off and the current content has it.
    """
    if not reasons:
        return fill(translate("Review", "No DRAFT mark will show: no readiness gate fails, the proposal is %1 (score %2), %3"),
                    band_title, number(score),
                    translate("Review", "and the current content is signed off.") if signed_off
                    else translate("Review", "and sign-off does not hold it back."))
    why = functools.reduce(lambda a, b: fill(translate("Review", "%1; %2"), a, b), reasons)
    if not mark_on:
        return fill(translate("Review", "The DRAFT mark is off, so the export will not say it is a draft, although %1."), why)
    from_readiness = list(reasons) if readiness_reasons is None else [r for r in reasons if r in readiness_reasons]
    where = []
    if from_readiness:
        where.append(translate("Review", "The Review step says what to do."))
    if len(from_readiness) < len(reasons):
        where.append(translate("Review", "The Versions and sign-off panel (View menu) records the sign-off."))
    return fill(translate("Review", "Every page will be marked DRAFT because %1."), why) + "".join(" " + w for w in where)
