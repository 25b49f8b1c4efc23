"""Vague-writing detection for vision and problem text, shared by readiness and the wizard's live hints.

Investors discard visions written as aspiration ("a world-class, liveable city for all") and problems
that are not quantified. This module points out four deterministic signs of vague writing in English
text, with no model, no download and nothing online:

``no_number``
    The text states no quantity. Any run of digits counts except a bare year (1900-2150), which is a
    date; so do spelled quantities from :data:`NUMBER_WORDS` ("two", "thousand", "half", "double"...).
    "One" does not count: it is too often not a quantity ("one of the", "one-stop").
``no_date``
    The text names no point in time: no year (1900-2150), no month name from :data:`MONTHS`, and no
    time frame such as "within five years" or "in 18 months" (see :data:`TIME_UNITS`).
``no_beneficiary``
    The text names nobody who benefits or suffers: no group from :data:`BENEFICIARIES` (commuters,
    households, street vendors, SMEs...) and no counted population such as "120,000 people".
    Catch-all words ("citizens", "people", "everyone", "stakeholders", "the public") on their own are
    deliberately not enough: an investor wants to know *which* people.
``buzzword``
    A stock phrase from :data:`BUZZWORDS` ("world-class", "cutting-edge", "seamless") in a sentence
    that has no number. A buzzword next to a figure is tolerated, because the figure carries the
    substance; a sentence of buzzwords alone is flagged, once per occurrence, with its span.

The word lists are our own, in English (the language of the deck), matched case-insensitively on
word boundaries. Text in other languages is only checked for numbers and years. Empty or blank text
gives no hints: emptiness is a readiness finding of its own, not vague writing.

Use :func:`vague_hints` for live hints as the user types; it is fast enough to run on each keystroke
(a few hundred microseconds for a long paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "BENEFICIARIES",
    "BUZZWORDS",
    "CODES",
    "Hint",
    "MONTHS",
    "NUMBER_WORDS",
    "TIME_UNITS",
    "buzzwords_in",
    "has_beneficiary",
    "has_date",
    "has_number",
    "vague_hints",
]

#: Every hint code, in the order hints are reported.
CODES: tuple[str, ...] = ("no_number", "no_date", "no_beneficiary", "buzzword")

#: Spelled quantities that count as a number ("one" is left out on purpose, see the module docstring).
NUMBER_WORDS: tuple[str, ...] = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
    "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "dozen",
    "dozens", "half", "halve", "halves", "halved", "double", "doubled", "doubles", "twice",
    "triple", "tripled", "threefold", "twofold", "tenfold",
)

MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)

#: Units that make "within N <unit>" or "in N <unit>" a time frame.
TIME_UNITS: tuple[str, ...] = ("year", "years", "month", "months", "week", "weeks", "decade", "decades")

#: Named groups of people or firms. Plural and singular forms are listed where both are common.
BENEFICIARIES: tuple[str, ...] = (
    "resident", "residents", "household", "households", "family", "families", "commuter", "commuters",
    "passenger", "passengers", "rider", "riders", "pedestrian", "pedestrians", "cyclist", "cyclists",
    "motorist", "motorists", "motorcyclist", "motorcyclists", "driver", "drivers", "student", "students",
    "pupil", "pupils", "child", "children", "youth", "young people", "women", "girls", "elderly",
    "older people", "older residents", "older persons", "senior citizens", "seniors", "pensioners",
    "patient", "patients", "people with disabilities", "persons with disabilities", "disabled people",
    "low-income", "low income", "informal settlers", "informal settlements", "slum dwellers",
    "street vendors", "vendors", "traders", "merchants", "shopkeepers", "shop owners",
    "small businesses", "local businesses", "businesses", "smes", "msmes", "firms", "employers",
    "workers", "employees", "shift workers", "farmers", "fishers", "fishermen", "fisherfolk",
    "tourists", "visitors", "homeowners", "tenants", "renters", "taxpayers", "ratepayers",
    "customers", "consumers", "subscribers", "schools", "hospitals", "clinics", "investors",
    "operators", "hauliers", "truckers", "port users", "bus users", "water users",
)

#: Stock phrases that promise without saying anything. Hyphenated forms also match with a space.
BUZZWORDS: tuple[str, ...] = (
    "world-class", "world-leading", "cutting-edge", "state-of-the-art", "next-generation", "next-gen",
    "best-in-class", "best-of-breed", "game-changing", "game changer", "game-changer", "transformative",
    "transformational", "revolutionary", "revolutionise", "revolutionize", "disruptive", "innovative",
    "synergy", "synergies", "synergistic", "holistic", "seamless", "seamlessly", "leverage",
    "leveraging", "empower", "empowering", "empowerment", "paradigm shift", "future-proof",
    "future-ready", "digital transformation", "ecosystem", "iconic", "vibrant", "unlock the potential",
    "unlock potential", "harness the power", "smart solutions", "hub of excellence", "centre of excellence",
    "center of excellence", "win-win", "one-of-a-kind", "a beacon", "first-class",
)


@dataclass(frozen=True)
class Hint:
    """One sign of vague writing: a code from :data:`CODES`, a plain-language message, and where.

    ``span`` is ``(start, end)`` character offsets into the text for a buzzword, and ``None`` for
    hints about something missing from the whole text.
    """

    code: str
    message: str
    span: tuple[int, int] | None = None


_MESSAGES: dict[str, str] = {
    "no_number": "No number yet: say how much, how many or how fast (for example '45 minutes instead of 64').",
    "no_date": "No date yet: say by when (a year such as 2032, or 'within five years').",
    "no_beneficiary": "Nobody is named: say who gains or suffers (commuters, households, street vendors, "
                      "SMEs...) rather than 'citizens' or 'everyone'.",
    "buzzword": "'{word}' promises without saying anything here: back it with a figure, or replace it "
                "with what will actually change.",
}


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first so that "older people" wins over a shorter overlapping entry.
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\-", "-").replace(r"\ ", " ")
        # A hyphen or a space in a phrase matches either, so "state of the art" is caught too.
        parts.append(re.sub(r"[- ]", r"[-\\s]+", escaped))
    return "|".join(parts)


_WORD_EDGE_L = r"(?<![\w-])"
_WORD_EDGE_R = r"(?![\w-])"

_YEAR = re.compile(r"(?<![\d.,])(?:19\d\d|20\d\d|21[0-4]\d|2150)(?![\d%]|[.,]\d)")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORD = re.compile(_WORD_EDGE_L + "(?:" + _alternation(NUMBER_WORDS) + ")" + _WORD_EDGE_R, re.IGNORECASE)
_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_TIME_FRAME = re.compile(
    r"\b(?:within|in|over|after|for)\s+(?:the\s+(?:next|first|coming)\s+)?"
    r"(?:\d+(?:[.,]\d+)?|a|an|" + "|".join(NUMBER_WORDS) + r"|one)\s+(?:" + "|".join(TIME_UNITS) + r")\b",
    re.IGNORECASE,
)
_BENEFICIARY = re.compile(_WORD_EDGE_L + "(?:" + _alternation(BENEFICIARIES) + ")" + _WORD_EDGE_R, re.IGNORECASE)
_COUNTED_PEOPLE = re.compile(
    r"(?<![\d.,])(\d[\d.,]*)\s*(million\s+|thousand\s+)?(?:people|persons|inhabitants|citizens|individuals|users)\b",
    re.IGNORECASE,
)
_BUZZWORD = re.compile(_WORD_EDGE_L + "(?:" + _alternation(BUZZWORDS) + ")" + _WORD_EDGE_R, re.IGNORECASE)
# A sentence ends at . ! ? ; or a line break, but not at the point inside "1.5" or "e.g. 2".
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def _is_year(match: re.Match[str], text: str) -> bool:
    """A bare year token, as opposed to a quantity that happens to be 1900-2150 ("2,000 buses" is not)."""
    token = match.group(0)
    if not (len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2150):
        return False
    after = text[match.end():match.end() + 1]
    return not (after.isalnum() or after == "%")


def _is_label(match: re.Match[str], text: str) -> bool:
    """Digits glued to a letter name something (Q3, G20, 5G, 3D) rather than count it ("45km" counts)."""
    if match.start() > 0 and text[match.start() - 1].isalpha():
        return True
    after = text[match.end():match.end() + 2]
    return len(after) >= 1 and after[0].isupper() and not after[1:2].isalpha()


def has_number(text: str) -> bool:
    """True if ``text`` states a quantity (digits other than a bare year, or a spelled quantity)."""
    for match in _DIGITS.finditer(text):
        if not _is_year(match, text) and not _is_label(match, text):
            return True
    return _NUMBER_WORD.search(text) is not None


def has_date(text: str) -> bool:
    """True if ``text`` names a year, a month or a time frame ("within five years")."""
    return bool(_YEAR.search(text) or _MONTH.search(text) or _TIME_FRAME.search(text))


def has_beneficiary(text: str) -> bool:
    """True if ``text`` names a group of people or firms, or counts a population ("120,000 people")."""
    if _BENEFICIARY.search(text):
        return True
    for match in _COUNTED_PEOPLE.finditer(text):
        number, scale = match.group(1).rstrip(".,"), match.group(2)
        # "By 2032 citizens..." names a year, not a count of citizens.
        if scale or not (len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2150):
            return True
    return False


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def buzzwords_in(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Buzzwords that stand in a sentence without a number, as ``(word as written, (start, end))``."""
    found: list[tuple[str, tuple[int, int]]] = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        if has_number(sentence):
            continue
        for match in _BUZZWORD.finditer(sentence):
            found.append((match.group(0), (start + match.start(), start + match.end())))
    return found


def vague_hints(text: str) -> list[Hint]:
    """Signs of vague writing in ``text``, in the order of :data:`CODES`; empty text gives none."""
    if not text or not text.strip():
        return []
    hints: list[Hint] = []
    if not has_number(text):
        hints.append(Hint("no_number", _MESSAGES["no_number"]))
    if not has_date(text):
        hints.append(Hint("no_date", _MESSAGES["no_date"]))
    if not has_beneficiary(text):
        hints.append(Hint("no_beneficiary", _MESSAGES["no_beneficiary"]))
    for word, span in buzzwords_in(text):
        hints.append(Hint("buzzword", _MESSAGES["buzzword"].format(word=word), span))
    return hints
