"""Fitting text to slides before rendering: size estimates, splitting long text, chunking table rows.

A slide is a fixed 16:9 box, so the export plans its slides in Python: it estimates how many lines each
text takes at the template's type sizes and moves whatever does not fit to a continuation slide.  The
estimates are deliberately pessimistic (the template sizes are in ``deck.css``; keep the two in step);
the render tests check that no planned slide spilled onto an extra page.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")

# Scripts whose letters run wider than Latin at the same font size (beyond the East Asian wide ones).
_WIDE_SCRIPTS = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF))


def char_weight(char: str) -> float:
    """Width of one character in 'average Latin letter' units."""
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf"):
        return 0.0  # combining marks and zero-width controls take no width of their own
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.9
    code = ord(char)
    if any(lo <= code <= hi for lo, hi in _WIDE_SCRIPTS):
        return 1.3
    if char.isupper() or char in "mwMW@%":
        return 1.25
    return 1.0


def text_weight(text: str) -> float:
    """Width of ``text`` in average-letter units."""
    return sum(char_weight(c) for c in text)


def text_lines(text: str, chars_per_line: float) -> int:
    """Lines ``text`` takes in a column holding ``chars_per_line`` average letters (each paragraph rounds up)."""
    if not text:
        return 0
    # Word wrapping wastes part of each line; 0.9 keeps the estimate on the safe side.
    usable = max(chars_per_line * 0.9, 4.0)
    return sum(max(1, math.ceil(text_weight(p) / usable)) for p in text.split("\n"))


_SENTENCE = re.compile(r"(?<=[.!?。！？។៕။၊])\s+|(?<=[。！？។៕။])")


def split_text(text: str, max_weight: float) -> list[str]:
    """Split ``text`` into pieces no heavier than ``max_weight``, at paragraph, sentence or word boundaries.

    Text without spaces (Khmer, Lao, Burmese, Japanese) is cut between characters, never inside a
    combining sequence.
    """
    pieces: list[str] = []
    current = ""

    def push(unit: str, sep: str) -> None:
        nonlocal current
        candidate = current + sep + unit if current else unit
        if text_weight(candidate) <= max_weight:
            current = candidate
            return
        if current:
            pieces.append(current)
            current = ""
        if text_weight(unit) <= max_weight:
            current = unit
        else:
            for part in _split_hard(unit, max_weight):
                if current:
                    pieces.append(current)
                current = part

    for p_index, paragraph in enumerate(text.split("\n")):
        sentences = [s for s in _SENTENCE.split(paragraph) if s]
        for s_index, sentence in enumerate(sentences or [""]):
            sep = "\n" if s_index == 0 and p_index > 0 else " "
            push(sentence, sep)
    if current:
        pieces.append(current)
    return [p.strip("\n") for p in pieces if p.strip()]


def cut_text(text: str, max_weight: float) -> tuple[str, str]:
    """The longest start of ``text`` within ``max_weight`` (cut as :func:`split_text` cuts), and the rest.

    The rest keeps the original's own line breaks, so paragraphs after the cut stay paragraphs.
    """
    pieces = split_text(text, max_weight)
    if len(pieces) <= 1:
        return text.strip(), ""
    head = pieces[0]
    # Walk the original to just past as many visible characters as the head holds.
    wanted = sum(1 for c in head if not c.isspace())
    pos = 0
    while wanted and pos < len(text):
        if not text[pos].isspace():
            wanted -= 1
        pos += 1
    return head, text[pos:].strip()


def _split_hard(unit: str, max_weight: float) -> list[str]:
    """Split at spaces if there are any, else between characters (keeping marks with their base)."""
    words = unit.split(" ")
    if len(words) > 1 and all(text_weight(w) <= max_weight for w in words):
        out: list[str] = []
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if text_weight(candidate) <= max_weight:
                line = candidate
            else:
                out.append(line)
                line = word
        if line:
            out.append(line)
        return out
    out = []
    line = ""
    weight = 0.0
    for char in unit:
        w = char_weight(char)
        if weight + w > max_weight and w > 0 and line:
            out.append(line)
            line, weight = "", 0.0
        line += char
        weight += w
    if line:
        out.append(line)
    return out


def fit_lines(text: str, max_chars: int) -> str:
    """``text`` shortened to at most ``max_chars`` letters at a word boundary, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    space = cut.rfind(" ")
    if space > max_chars * 0.6:
        cut = cut[:space]
    while cut and len(cut) < len(text) and unicodedata.category(text[len(cut)]) in ("Mn", "Me"):
        cut = cut[:-1]  # never separate a base letter from its marks
    return cut.rstrip(" ,;:") + "…"


def chunk_by_height(items: Sequence[T], height: Callable[[T], float], budget: float,
                    first_budget: float | None = None) -> list[list[T]]:
    """Group ``items`` in order so that each group's total height stays within its budget (at least one item)."""
    groups: list[list[T]] = []
    group: list[T] = []
    used = 0.0
    limit = first_budget if first_budget is not None else budget
    for item in items:
        h = height(item)
        if group and used + h > limit:
            groups.append(group)
            group, used, limit = [], 0.0, budget
        group.append(item)
        used += h
    if group:
        groups.append(group)
    return groups


def nonempty(values: Iterable[str]) -> list[str]:
    """The values that hold more than whitespace, stripped."""
    return [v.strip() for v in values if v and v.strip()]
