"""Tables for the exported documents: amounts in one unit per column, widths from content, rows that fit.

A table is plain data (:class:`Table`): its columns (label, unit, alignment), its rows of finished
strings, and an optional totals row.  The planners size its columns for the page it goes on
(:func:`size_columns`: numbers and years never wrap, other columns share what is left in proportion to
their text) and measure each row's height (:func:`row_heights`) to cut a long table between rows.

Amounts in a column share one scale stated in its header ("Capex (IDR bn)"), chosen by
:func:`amount_scale`; an amount nobody entered is blank, a zero is a dash, never "0".
"""

from __future__ import annotations

import re

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from wizard.export.measure import Font, lines, width
from wizard.export.numbers import Numbers, rounded

#: Short-scale words used in column headers (English investors' usage: m, bn, tn).
SCALES: tuple[tuple[Decimal, str], ...] = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"),
                                           (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k"), (Decimal(1), ""))
DASH = "–"


class Fixed(str):
    """A table cell that is a fixed label (a catalogue key: printed with its Japanese), not the team's text."""

    __slots__ = ()


@dataclass
class Column:
    """One column: its header label (a catalogue key), an optional unit shown after it, and how it aligns."""

    label: str
    unit: str = ""
    num: bool = False          # right-aligned, never wrapped (amounts, years, counts)
    nowrap: bool = False       # kept on one line without being a number (short codes)
    weight: float = 1.0        # how much of the spare width a text column takes, relative to others
    width: float = 0.0         # % of the table width, set by size_columns


@dataclass
class Table:
    """A table as plain data: columns, rows of strings, an optional totals row and a note under it."""

    columns: list[Column]
    rows: list[list[str]]
    total: list[str] | None = None
    note: str = ""
    context: str = ""          # the table's title, for labels whose Japanese depends on the table
    key: str = ""
    heights: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "head": [{"label": c.label, "unit": c.unit, "cls": "num" if c.num else ("nowrap" if c.nowrap else ""),
                      "width": c.width} for c in self.columns],
            "rows": [[{"text": str(text), "fixed": isinstance(text, Fixed),
                       "cls": "num" if c.num else ("nowrap" if c.nowrap else "")}
                      for text, c in zip(row, self.columns)] for row in self.rows],
            "total": [{"text": str(text), "fixed": isinstance(text, Fixed), "cls": "num" if c.num else ""}
                      for text, c in zip(self.total, self.columns)] if self.total else None,
            "note": self.note,
            "context": self.context,
        }


def amount_scale(values: Sequence[Decimal | None]) -> tuple[Decimal, str]:
    """One scale for a set of amounts: the largest at which the biggest amount keeps 1-4 digits."""
    largest = max((abs(v) for v in values if v is not None), default=Decimal(0))
    for factor, word in SCALES:
        if largest >= factor * 10 or factor == 1:
            return factor, word
    return Decimal(1), ""


def scaled(value: Decimal | None, factor: Decimal, n: Numbers, *, entered: bool = True) -> str:
    """``value`` divided by ``factor`` for a table cell: blank if not entered, a dash for zero."""
    if value is None or not entered:
        return ""
    if value == 0:
        return DASH
    amount = value / factor
    digits = 0 if abs(amount) >= 100 or factor == 1 else 1
    text = n.number(rounded(amount, 0 if digits == 0 else 1), digits)
    return text.replace("-", "−")


def unit_label(currency: str, word: str) -> str:
    """The unit of an amount column: 'IDR bn', 'USD m', or the bare currency (kept on one line)."""
    return f"{currency}\u00a0{word}" if currency and word else (currency or word)


# --- sizing -----------------------------------------------------------------------------------------------

_PAD = 18.0  # cell padding left and right (16 px), and the collapsed borders, in px


#: Runs of text between break opportunities: spaces (not the no-break space), and every Japanese or
#: Chinese character (a line may break between any two of them).
_UNBROKEN = re.compile(r"[^ \t\n\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _longest_token(text: str, font: Font) -> float:
    """Width of the widest piece of ``text`` no line break can cut."""
    longest = max((width(token, font) for token in _UNBROKEN.findall(text)), default=0.0)
    return max(longest, font.size * 1.05) if _CJK.search(text) else longest


def size_columns(table: Table, total_width: float, font: Font, head_font: Font,
                 label: Callable[[str], str] = lambda s: s, japanese: Callable[[str], str] | None = None,
                 ja_font: Font | None = None) -> None:
    """Share ``total_width`` between the columns: numbers and years never wrap; text columns get the rest.

    Like a browser's automatic table layout, but decided here so that the planner knows each row's height
    before the page is laid out.  ``label`` gives a fixed label as printed in a cell; ``japanese``, when the
    headers carry their Japanese on a line of their own (``ja_font``), gives that line, so a header is
    measured line by line as printed, not as one long inline label.
    """
    printed = _printer(label)

    def bounds() -> tuple[list[float], list[float]]:
        minimum: list[float] = []
        preferred: list[float] = []
        for index, column in enumerate(table.columns):
            if column.num or column.nowrap:
                # A column kept on one line must be narrow; one holding long text wraps like any other.
                longest = max((width(printed(row[index]), font) for row in table.rows), default=0.0)
                if longest > total_width * 0.3:
                    column.num = column.nowrap = False
            cells = [printed(row[index]) for row in table.rows] + ([printed(table.total[index])] if table.total else [])
            english = column.label if japanese is not None else label(column.label)
            head = english + (f" ({column.unit})" if column.unit else "")
            ja_head = japanese(column.label) if japanese is not None else ""
            ja_w = width(ja_head, ja_font or head_font) if ja_head else 0.0
            head_min = _longest_token(head, head_font)
            if column.num or column.nowrap:
                body = max((width(cell, font) for cell in cells), default=0.0)
                low = max(body, head_min) + _PAD
                # A short header on one line; a long one on about two (its Japanese line likewise).
                en_w = width(head, head_font) if len(head) < 24 else max(head_min, width(head, head_font) / 2)
                ja_w = ja_w if ja_w <= 120 else ja_w / 2
                high = max(low, max(en_w, ja_w) + _PAD)
            else:
                low = max(max((_longest_token(cell, font) for cell in cells), default=0.0), head_min) + _PAD
                # Text columns: preferred width grows with how much they hold, not only their longest cell.
                longest = max((width(cell, font) for cell in cells), default=0.0)
                high = max(low, longest + _PAD)
            minimum.append(low)
            preferred.append(high)
        return minimum, preferred

    minimum, preferred = bounds()
    if sum(minimum) > total_width and any(c.nowrap and not c.num for c in table.columns):
        # Labels kept on one line leave the other columns less than their longest word: let them wrap.
        for column in table.columns:
            if not column.num:
                column.nowrap = False
        minimum, preferred = bounds()
    fixed = [c.num or c.nowrap for c in table.columns]
    widths = list(preferred)
    if sum(preferred) <= total_width:
        # Spread what is left over the text columns (or over all if there are none).
        spare = total_width - sum(preferred)
        takers = [i for i, f in enumerate(fixed) if not f] or list(range(len(fixed)))
        weights = sum(table.columns[i].weight for i in takers)
        for i in takers:
            widths[i] += spare * table.columns[i].weight / weights
    elif sum(minimum) <= total_width:
        spare = total_width - sum(minimum)
        room = [(p - m) * (1.0 if not f else 0.0) for p, m, f in zip(preferred, minimum, fixed)]
        # Fixed columns get their preferred width first if it fits (else each the same share of what they
        # lack, so the last column is not the one left narrow); text columns share the rest.
        lacking = sum(p - m for p, m, f in zip(preferred, minimum, fixed) if f)
        share = min(1.0, spare / lacking) if lacking > 0 else 0.0
        for i, f in enumerate(fixed):
            widths[i] = minimum[i]
            if f:
                extra = (preferred[i] - minimum[i]) * share
                widths[i] += extra
                spare -= extra
        spare = max(spare, 0.0)
        total_room = sum(room)
        for i, r in enumerate(room):
            if total_room > 0:
                widths[i] += spare * r / total_room
            elif not fixed[i]:
                widths[i] += spare / max(1, fixed.count(False))
    else:
        # Even the longest words do not fit side by side: numbers keep their width, words break.
        # Text columns are filled from the narrowest: each gets its longest word while that is no more than
        # a fair share of what is left; the columns whose words are wider still (an unbroken run of Khmer or
        # Thai, a long address) share the rest equally. Shares in proportion to the minima gave such a
        # column most of the page and broke every word of its neighbours ("collecti/on").
        need_fixed = sum(m for m, f in zip(minimum, fixed) if f)
        left = max(total_width - need_fixed, total_width * 0.3)
        for i, f in enumerate(fixed):
            if f:
                widths[i] = minimum[i]
        pending = sorted((i for i, f in enumerate(fixed) if not f), key=lambda i: minimum[i])
        while pending:
            share = left / len(pending)
            if minimum[pending[0]] <= share:
                first = pending.pop(0)
                widths[first] = minimum[first]
                left -= minimum[first]
                continue
            for i in pending:
                widths[i] = share
            break
        scale = total_width / sum(widths)
        widths = [w * scale for w in widths]
    total = sum(widths)
    for column, w in zip(table.columns, widths):
        column.width = round(w / total * 100, 3)


def row_heights(table: Table, total_width: float, font: Font, padding: float = 12.0,
                label: Callable[[str], str] = lambda s: s) -> list[float]:
    """Height in px of each row (and of the totals row last, if any), at the widths already set."""
    printed = _printer(label)
    boxes = [max(total_width * c.width / 100 - _PAD, font.size) for c in table.columns]
    out = []
    for row in table.rows + ([table.total] if table.total else []):
        tallest = max((lines(printed(cell), box, font) if not c.num else 1) for cell, box, c in zip(row, boxes, table.columns))
        out.append(max(1, tallest) * font.line + padding)
    table.heights = out
    return out


def _printer(label: Callable[[str], str]) -> Callable[[str], str]:
    """How a cell prints: a fixed label through ``label`` (with its Japanese), the team's text as it is."""
    def printed(cell: str) -> str:
        return label(cell) if isinstance(cell, Fixed) and cell else str(cell)
    return printed


def header_height(table: Table, total_width: float, head_font: Font, label: Callable[[str], str],
                  japanese: Callable[[str], str] | None = None, ja_font: Font | None = None,
                  padding: float = 12.0) -> float:
    """Height in px of the header row (with the Japanese line under each label, if any)."""
    tallest = 0.0
    for column in table.columns:
        box = max(total_width * column.width / 100 - _PAD, head_font.size)
        text = label(column.label) + (f" ({column.unit})" if column.unit else "")
        h = lines(text, box, head_font) * head_font.line
        if japanese is not None and ja_font is not None:
            ja = japanese(column.label)
            if ja:
                h += lines(ja, box, ja_font) * ja_font.line  # the unit is printed once, after the English
        tallest = max(tallest, h)
    return tallest + padding


def balanced_groups(heights: Sequence[float], first: float, rest: float) -> list[list[int]]:
    """Cut rows (by index) into groups: the first within ``first`` px, the others within ``rest``.

    Rows are never split.  When a table runs onto more than one slide, the rows are shared out evenly so
    that no continuation holds a lone row: a continuation is at least a third full whenever the rows
    allow it. Linear.
    """
    count = len(heights)
    if count == 0:
        return []
    if sum(heights) <= first:
        return [list(range(count))]
    # First pass: greedy, to learn how many groups are needed.
    groups: list[list[int]] = []
    current: list[int] = []
    used, limit = 0.0, first
    for i, h in enumerate(heights):
        if current and used + h > limit:
            groups.append(current)
            current, used, limit = [], 0.0, rest
        current.append(i)
        used += h
    groups.append(current)
    if len(groups) < 2:
        return groups
    # Second pass: as many groups, each aimed at an even share of what is still to place (the first slide
    # may hold less), so that a continuation is never left with a row or two.
    parts = len(groups)
    left = sum(heights)
    out: list[list[int]] = []
    current, used, limit = [], 0.0, first
    target = min(left / parts, first)
    for i, h in enumerate(heights):
        more_parts = parts - len(out) > 1
        if current and (used + h > limit or (more_parts and used + h / 2 > target)):
            out.append(current)
            left -= used
            current, used, limit = [], 0.0, rest
            target = min(left / max(parts - len(out), 1), rest)
        current.append(i)
        used += h
    out.append(current)
    # Never leave a last group under a third of a slide when the one before can spare rows.
    while len(out) > 1 and sum(heights[i] for i in out[-1]) < rest / 3 and len(out[-2]) > 1:
        moved = out[-2].pop()
        out[-1].insert(0, moved)
        if sum(heights[i] for i in out[-1]) > rest:
            out[-2].append(out[-1].pop(0))
            break
    return out


__all__ = ["Column", "DASH", "Fixed", "SCALES", "Table", "amount_scale", "balanced_groups", "header_height",
           "row_heights", "scaled", "size_columns", "unit_label"]
