"""How much room text takes on a slide, measured from the bundled fonts' own letter widths, in linear time.

The deck is planned in Python before WeasyPrint lays it out: each slide is a fixed 16:9 box, so the
planner must know how many lines a text takes in a box of a given width and type size, where to cut it
between sentences when it does not fit, and how many characters a field has left before its slide
overflows (the budget the wizard shows).  Everything here is a single pass over the text:

- letter widths come from ``export_templates/metrics/widths.json``, written from the bundled fonts by
  ``python -m wizard.export.measure --write`` (Inter letter by letter; the Noto faces of other scripts
  letter by letter too, Japanese as full-width); a test regenerates it and compares, so it never goes
  stale when a font changes;
- lines are counted by wrapping greedily at spaces and after a hyphen, slash or dash followed by a
  letter, as the browser does; a word longer than its line is broken between letters
  (``overflow-wrap: anywhere`` in the templates), and Japanese, Thai, Khmer, Lao and Burmese, written
  without spaces between words, may break between any two letters (the dictionary-broken scripts with
  room to spare, since the browser breaks them only between words);
- sentences end at ``. ! ?`` (and the full stops of Japanese, Khmer and Burmese) followed by a space, with
  a short list of abbreviations that do not end one.

Estimates err on the safe side (a box is taken a fraction narrower than it is, complex scripts use each
letter's full advance and a taller line), and the render tests check that no planned slide spilled.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Characters that never take width of their own: combining marks and zero-width controls.
_ZERO_CATEGORIES = ("Mn", "Me", "Cf")
#: Scripts written without spaces between words: a line may break between any two letters.
_NO_SPACE_RANGES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF),
                    (0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x3000, 0x30FF))
#: Of those, the scripts whose lines the renderer breaks only between dictionary words (Thai, Lao, Khmer,
#: Burmese): a line ends a little short of the box on average, so their letters count this much wider.
_DICTIONARY_RANGES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF))
_DICTIONARY_SLACK = 1.3
#: Lines holding letters of these scripts are taller than the type's line height: their fonts reach higher
#: and lower than Inter, and the browser's line box makes room (measured with WeasyPrint at 14 px / 1.42).
_TALL_RANGES = ((0x1000, 0x109F, 1.1), (0x0E00, 0x0E7F, 1.05), (0x3000, 0x9FFF, 1.06), (0xFF00, 0xFFEF, 1.06),
                (0x1780, 0x17FF, 1.03), (0x0E80, 0x0EFF, 1.01))
#: Characters after which a line may break inside a word (Unicode line breaking: hyphens, slashes, dashes).
_BREAK_AFTER = frozenset("-/–—")
#: Width of a character no bundled font has (drawn as a box by the renderer): a full em, to be safe.
_UNKNOWN = 1.0


@dataclass(frozen=True)
class Font:
    """A type size and weight as the templates set them (sizes in CSS px)."""

    size: float
    bold: bool = False
    line_height: float = 1.45
    letter_spacing: float = 0.0
    upper: bool = False

    @property
    def line(self) -> float:
        """Height of one line in px."""
        return self.size * self.line_height


def metrics_path() -> Path:
    from wizard import resources

    return resources.templates_dir() / "metrics" / "widths.json"


@functools.cache
def _tables() -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """(regular widths, bold widths, widths of other scripts) in em, per character."""
    data = json.loads(metrics_path().read_text(encoding="utf-8"))
    regular = {chr(int(k, 16)): v for k, v in data["inter"]["400"].items()}
    bold = {chr(int(k, 16)): v for k, v in data["inter"]["700"].items()}
    other: dict[str, float] = {}
    for face in data["other"]:
        for lo, hi, width in face["ranges"]:
            for code in range(lo, hi + 1):
                other.setdefault(chr(code), width)
        for key, width in face.get("widths", {}).items():
            other.setdefault(chr(int(key, 16)), width)
    return regular, bold, other


@functools.lru_cache(maxsize=8192)
def _em(char: str, bold: bool) -> float:
    """Width of one character in em (its advance in the first bundled font that has it)."""
    if unicodedata.category(char) in _ZERO_CATEGORIES:
        return 0.0
    regular, heavy, other = _tables()
    found = (heavy if bold else regular).get(char)
    if found is not None:
        return found
    found = other.get(char)
    if found is not None:
        return found * (1.04 if bold else 1.0)
    return _UNKNOWN


@functools.lru_cache(maxsize=16384)
def _info(char: str, bold: bool) -> tuple[float, int]:
    """(width in em, kind) of a character; kind 0: part of a word, 1: a letter of a script written
    without spaces (a word of its own), 2: such a letter broken only between dictionary words."""
    em = _em(char, bold)
    code = ord(char)
    if any(lo <= code <= hi for lo, hi in _DICTIONARY_RANGES):
        return em * _DICTIONARY_SLACK, 2
    if any(lo <= code <= hi for lo, hi in _NO_SPACE_RANGES):
        return em, 1
    return em, 0


_TALL = tuple((re.compile("[%s-%s]" % (chr(lo), chr(hi))), grow) for lo, hi, grow in
              sorted(_TALL_RANGES, key=lambda r: -r[2]))


def line_factor(text: str) -> float:
    """How much taller than the type's line height a line of ``text`` may be (1.0 for Latin alone)."""
    for pattern, grow in _TALL:  # tallest first: the first script found decides
        if pattern.search(text):
            return grow
    return 1.0


def width(text: str, font: Font) -> float:
    """Width of ``text`` on one line, in px."""
    if font.upper:
        text = text.upper()
    total = sum(_em(c, font.bold) for c in text) * font.size
    return total + font.letter_spacing * len(text)


class Wrapper:
    """Greedy line wrapping into a box ``box`` px wide, fed piece by piece (state kept between pieces)."""

    __slots__ = ("box", "font", "lines", "x", "started")

    def __init__(self, box: float, font: Font, exact: bool = False) -> None:
        # A hair narrower than the box: kerning and the renderer's rounding can make a line that fits by a
        # fraction of a pixel wrap after all.
        self.box = box if exact else max(box * 0.998 - 0.1, font.size)
        self.font = font
        self.lines = 0          # lines finished
        self.x = 0.0            # width used on the current line (trailing space included)
        self.started = False    # whether the current line holds anything

    def copy(self) -> Wrapper:
        twin = Wrapper(self.box, self.font, exact=True)
        twin.lines, twin.x, twin.started = self.lines, self.x, self.started
        return twin

    @property
    def total(self) -> int:
        """Lines taken so far (the current line counts once it holds anything)."""
        return self.lines + (1 if self.started else 0)

    def newline(self) -> None:
        """A hard line break (a new paragraph)."""
        if self.started:
            self.lines += 1
        self.x, self.started = 0.0, False

    def feed(self, text: str, limit: float | None = None) -> bool:
        """Wrap ``text`` (no newlines in it) after what was fed before.

        With ``limit``, stop as soon as more than that many lines are taken and return False (the caller
        only wanted to know whether it fits: a long text is not measured to its end, which keeps cutting a
        long field into slides linear in its length).
        """
        size, bold, spacing = self.font.size, self.font.bold, self.font.letter_spacing
        word = 0.0
        word_chars: list[float] = []
        after_break = False
        space = _em(" ", bold) * size + spacing
        for char in text.upper() if self.font.upper else text:
            if char == " " or char == "\t":
                after_break = False
                if word_chars:
                    self._place(word, word_chars)
                    word, word_chars = 0.0, []
                    if limit is not None and self.lines + 1 > limit:
                        return False
                if self.started:
                    self.x += space
                continue
            em, kind = _info(char, bold)
            w = em * size
            if w:
                w += spacing
            if kind:
                # Each letter of a script without spaces is a word of its own.
                if word_chars:
                    self._place(word, word_chars)
                    word, word_chars = 0.0, []
                self._place(w, [w])
                if limit is not None and self.lines + 1 > limit:
                    return False
                continue
            if after_break and char.isalpha():
                # A line may also break after a hyphen or a slash followed by a letter (Unicode line
                # breaking; not between two slashes, nor before a digit), as the browser does.
                self._place(word, word_chars)
                word, word_chars = 0.0, []
            after_break = char in _BREAK_AFTER
            word += w
            word_chars.append(w)
        if word_chars:
            self._place(word, word_chars)
        return limit is None or self.total <= limit

    def _place(self, word: float, chars: list[float]) -> None:
        if not self.started:
            self.started, self.x = True, 0.0
        if self.x + word <= self.box:
            self.x += word
            return
        if self.x > 0:
            self.lines += 1
            self.x = 0.0
        if word <= self.box:
            self.x = word
            return
        # A word wider than the line is broken between letters.
        for w in chars:
            if self.x + w > self.box and self.x > 0:
                self.lines += 1
                self.x = 0.0
            self.x += w


def lines(text: str, box: float, font: Font) -> float:
    """Lines ``text`` takes in a box ``box`` px wide (each newline starts a new line), in lines of the type.

    A line of a script whose font stands taller than Inter counts for a little more than one
    (:func:`line_factor`), so ``lines(...) * font.line`` is the height the text takes.
    """
    if not text:
        return 0
    wrap = Wrapper(box, font)
    for index, paragraph in enumerate(text.split("\n")):
        if index:
            wrap.newline()
        if paragraph.strip():
            wrap.feed(paragraph)
    factor = line_factor(text)
    return wrap.total * factor if factor != 1.0 else wrap.total


def height(text: str, box: float, font: Font) -> float:
    """Height in px of ``text`` set in a box ``box`` px wide."""
    return lines(text, box, font) * font.line


# --- sentences ---------------------------------------------------------------------------------------

_ENDS = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?=\s)|[。！？។៕။](?:[」』）]*)")
_ABBREVIATIONS = frozenset("""e.g i.e etc approx no nos dr mr mrs ms prof st jl vs fig incl est cf al ca pte ltd co
inc corp jr sr pp vol art sec dept govt gov mt rd ave bhd tbk pt tk""".split())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``; paragraph breaks end a sentence too. One pass."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)

    def push(end: int) -> None:
        nonlocal start
        if text[start:end].strip():
            spans.append((start, end))
        start = end

    paragraph_ends = [m.start() for m in re.finditer("\n", text)]
    cuts: list[int] = []
    for match in _ENDS.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        cuts.append(end)
    cuts.extend(paragraph_ends)
    for cut in sorted(set(cuts)):
        push(cut)
    push(length)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    begin = dot
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in "(\"'“‘[":
        begin -= 1
    word = text[begin:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Tanaka"
    return word in _ABBREVIATIONS


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (each with its own spacing trimmed)."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]


@dataclass(frozen=True)
class Fit:
    """What of a text fits a box: the shown part, the rest, and the lines each took."""

    head: str
    rest: str
    lines: float        # lines the head takes (see :func:`lines`)
    capacity: float     # lines the box holds
    spare: float        # px left on the head's last line (for the character budget)

    @property
    def whole(self) -> bool:
        return not self.rest


def fit(text: str, box: float, font: Font, max_lines: float, *, allow_words: bool = False) -> Fit:
    """The longest run of whole sentences from the start of ``text`` that fits in ``max_lines`` lines.

    One pass over the text.  With ``allow_words`` a first sentence too long for the box on its own is cut
    between words instead (only where a sentence longer than a whole slide leaves no choice); otherwise
    nothing fits and the head is empty.
    """
    text = text.strip()
    if not text or max_lines <= 0:
        return Fit("", text, 0, max(max_lines, 0), 0.0)
    factor = line_factor(text)
    wrap = Wrapper(box, font)
    best_end, best_lines, best_x = 0, 0.0, 0.0
    for _start, end in sentence_spans(text):
        # Spans are contiguous: each holds the spaces or line break before its sentence.
        trial = wrap.copy()
        limit = max_lines / factor + 1e-9
        fits = True
        for number, paragraph in enumerate(text[_start:end].split("\n")):
            if number:
                trial.newline()
            if paragraph.strip() and not trial.feed(paragraph, limit):
                fits = False
                break
        if not fits or trial.total * factor > max_lines + 1e-9:
            break
        wrap = trial
        best_end, best_lines, best_x = end, trial.total * factor, trial.x
    if best_end == 0 and allow_words:
        return _fit_words(text, box, font, max_lines)
    head = text[:best_end].strip()
    rest = text[best_end:].strip()
    return Fit(head, rest, best_lines if head else 0, max_lines, max(0.0, box - best_x))


def _fit_words(text: str, box: float, font: Font, max_lines: float) -> Fit:
    """Words from the start of ``text`` that fit (a sentence longer than the box itself)."""
    factor = line_factor(text)
    wrap = Wrapper(box, font)
    best = 0
    for match in re.finditer(r"\n|[^\s]+[ \t]*", text):
        trial = wrap.copy()
        token = match.group(0)
        if token == "\n":
            trial.newline()
        elif not trial.feed(token.rstrip(), max_lines / factor + 1e-9):
            break
        if trial.total * factor > max_lines + 1e-9:
            break
        if token != "\n":
            trial.feed(" ")
        wrap = trial
        best = match.end()
    if best == 0:
        # Not even one word fits: take the first word (cut between letters if it is wider than a line),
        # so that every piece moves the text on.
        first = re.match(r"\s*\S+", text)
        end = first.end() if first else len(text)
        per_line = max(1, int(box / max(font.size * 1.1, 1.0)))
        best = min(end, per_line * max(1, int(max_lines)))
    return Fit(text[:best].strip(), text[best:].strip(), min(wrap.total * factor, max_lines), max_lines, 0.0)


def chars_left(fitted: Fit, box: float, font: Font, text: str) -> int:
    """Characters a field can still take before its box overflows (negative: how many do not fit).

    Counted in average letters of body text (an ``n`` is about one): a planner's estimate to show beside
    the field, consistent in sign with what the planner does (0 or more: the text fits whole).
    """
    average = _em("n", font.bold) * font.size + font.letter_spacing
    if fitted.whole:
        spare_lines = max(0, int(fitted.capacity - fitted.lines + 1e-9))
        return int((spare_lines * box + fitted.spare) / average * 0.9)
    return -len(fitted.rest)


def split_pieces(text: str, box: float, font: Font, max_lines: float) -> Iterator[str]:
    """``text`` in pieces of whole sentences that each fit ``max_lines`` lines (words if a sentence cannot)."""
    rest = text.strip()
    while rest:
        piece = fit(rest, box, font, max_lines, allow_words=True)
        if not piece.head:  # cannot happen with allow_words; guard against a loop all the same
            yield rest
            return
        yield piece.head
        rest = piece.rest


# --- the metrics file --------------------------------------------------------------------------------------


def build_metrics() -> dict[str, object]:
    """Letter widths (em) of the bundled fonts, as stored in ``widths.json`` (needs fontTools)."""
    from fontTools.ttLib import TTFont

    from wizard.export.fonts import font_faces

    inter: dict[str, dict[str, float]] = {}
    other: list[dict[str, object]] = []
    out: dict[str, object] = {"about": "Letter widths in em of the bundled fonts, written by "
                                       "'python -m wizard.export.measure --write'; do not edit by hand.",
                              "inter": inter, "other": other}
    for face in font_faces():
        with TTFont(face.path, lazy=True) as font:
            cmap = font.getBestCmap()
            upm = font["head"].unitsPerEm
            hmtx = font["hmtx"]
            widths = {code: round(hmtx[glyph][0] / upm, 4) for code, glyph in cmap.items()}
        if face.family == "Inter":
            inter[str(face.weight)] = {f"{code:04X}": w for code, w in sorted(widths.items()) if code < 0x3000}
            continue
        if face.weight != 400:
            continue
        if "CJK" in face.family:
            # Ideographs and kana are full width; listing each of thousands would add nothing.
            ranges = [[0x2E80, 0x9FFF, 1.0], [0xF900, 0xFAFF, 1.0], [0xFF01, 0xFF60, 1.0], [0xFF61, 0xFFDC, 0.5]]
            other.append({"family": face.family, "ranges": ranges, "widths": {}})
        else:
            letters = {f"{code:04X}": w for code, w in sorted(widths.items()) if code >= 0x0370}
            other.append({"family": face.family, "ranges": [], "widths": letters})
    return out


def metrics_json() -> str:
    return json.dumps(build_metrics(), ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args != ["--write"]:
        print("usage: python -m wizard.export.measure --write   (regenerate export_templates/metrics/widths.json)")
        return 2
    path = metrics_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(metrics_json(), encoding="utf-8")
    print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["Fit", "Font", "Wrapper", "chars_left", "fit", "height", "line_factor", "lines", "sentence_spans",
           "sentences", "split_pieces", "width"]
