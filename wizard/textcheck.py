"""Text the bundled fonts cannot draw, reported by field (no Qt, no font files loaded).

The exported PDF uses only the fonts shipped in ``resources/fonts`` (Latin and Vietnamese, Japanese,
Thai, Khmer, Lao and Burmese; Inter also draws Greek and Cyrillic).  A character none of them has, an
emoji, Korean, Devanagari, Arabic, Hebrew, Georgian and so on, would be drawn as an empty box: the
export refuses such text before layout, naming each field and its characters (see
:func:`wizard.export.export_pdf`), and the wizard can show the same findings on the fields.

``coverage.json`` beside the fonts lists the characters they cover; ``resources/fonts/tools/coverage.py``
writes it and a test checks it against the fonts.
"""

from __future__ import annotations

import bisect
import functools
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from wizard import resources
from wizard.i18n.said import Place, Said, joined, template

#: Characters that lay out without a glyph of their own: line breaks, tabs, joiners, soft hyphen,
#: variation selectors (a covered character followed by VS16 still draws).
INVISIBLE: frozenset[str] = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")

#: Fields that hold file names or settings and are never drawn as text.
NOT_DRAWN: frozenset[str] = frozenset({"logo", "asset", "accent_colour", "number_locale", "number_locale_original"})

#: What the bundled fonts cover, in the words a message uses.
COVERED_SCRIPTS = template("Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, Khmer, Lao and Burmese")

#: The kinds of character :func:`script_of` names in words rather than by a script's name ("Devanagari"
#: is a name and stays as it is; "emoji" is worded in the reader's language).
SCRIPT_WORDS = {
    "emoji": template("emoji"), "symbols": template("symbols"), "control characters": template("control characters"),
    "unnamed characters": template("unnamed characters"),
    "Chinese characters (outside the bundled Japanese set)": template("Chinese characters (outside the bundled Japanese set)"),
    "Korean (Hangul)": template("Korean (Hangul)"), "Latin": template("Latin"), "Greek": template("Greek"),
    "Cyrillic": template("Cyrillic")}

_REFUSAL = template("the bundled fonts cannot draw some of the text, and an investor would see empty boxes: %1. The fonts "
                    "cover %2: remove or replace these characters")
_HAS = template("%1 has %2 text (%3)")
_MORE_CHARACTERS = template("%1 and %2 more")
_NEXT = template("%1; %2")
_MORE_FIELDS = template("%1; and %2 more field(s)")
_NOTHING_WRITTEN = template("%1; nothing was written")


@dataclass(frozen=True)
class Uncovered:
    """Characters in one field that no bundled font can draw."""

    field: str
    characters: str  # each distinct character once, in order of appearance
    scripts: tuple[str, ...]  # e.g. ("Hangul",), ("emoji",)

    def describe(self) -> str:
        return str(self.described(places=False))

    def described(self, places: bool = True, bare: bool = False) -> Said:
        """"problem.kpis[1].name has Korean (Hangul) text (한, 국)" as a sentence; the field named by its
        title in the reader's language (``places``) or by its path (the command line's message); ``bare``:
        by its path in the English, by its title in a window (:class:`~wizard.i18n.said.Place`)."""
        shown: str | Said = ", ".join(self.characters[:6])
        if len(self.characters) > 6:
            shown = Said(_MORE_CHARACTERS, (shown, len(self.characters) - 6))
        scripts = joined([Said(SCRIPT_WORDS[s]) if s in SCRIPT_WORDS else s for s in self.scripts])
        return Said(_HAS, (Place(self.field, bare) if places else self.field, scripts, shown))


@functools.cache
def _ranges() -> tuple[list[int], list[int]]:
    data = json.loads((resources.fonts_dir() / "coverage.json").read_text(encoding="utf-8"))
    starts = [int(a) for a, _ in data["ranges"]]
    ends = [int(b) for _, b in data["ranges"]]
    return starts, ends


def covered(char: str) -> bool:
    """Whether a bundled font draws ``char`` (or it needs no glyph)."""
    if char in INVISIBLE:
        return True
    code = ord(char)
    starts, ends = _ranges()
    index = bisect.bisect_right(starts, code) - 1
    return index >= 0 and code <= ends[index]


_EMOJI_BLOCKS = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x1F1E6, 0x1F1FF), (0x2B00, 0x2BFF), (0xE0000, 0xE007F))
_NAMED = {"CJK": "Chinese characters (outside the bundled Japanese set)", "HANGUL": "Korean (Hangul)",
          "OLD": None, "LATIN": "Latin", "GREEK": "Greek", "CYRILLIC": "Cyrillic"}


def script_of(char: str) -> str:
    """A reader's name for the script or kind of ``char``: 'Hangul', 'Devanagari', 'emoji', ..."""
    code = ord(char)
    if any(low <= code <= high for low, high in _EMOJI_BLOCKS):
        return "emoji"
    name = unicodedata.name(char, "")
    if not name:
        category = unicodedata.category(char)
        return "control characters" if category.startswith("C") else "unnamed characters"
    first = name.split()[0]
    named = _NAMED.get(first)
    if named:
        return named
    if unicodedata.category(char).startswith("S"):
        return "symbols"
    return first.capitalize()


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name in NOT_DRAWN:
                continue
            yield from _strings(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, str):
        if not hasattr(value, "label"):  # a Choice: shown by its own (English) label
            yield path, value
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def text_fields(proposal: BaseModel) -> Iterator[tuple[str, str]]:
    """(field path, text) for every text field drawn in the documents (choices and file names left out)."""
    return _strings(proposal, "")


def uncovered_text(proposal: BaseModel) -> list[Uncovered]:
    """Every field of ``proposal`` holding characters no bundled font draws, in model order."""
    found = []
    for path, text in text_fields(proposal):
        if text.isascii():
            continue
        missing = dict.fromkeys(char for char in text if not covered(char))
        if missing:
            scripts = tuple(dict.fromkeys(script_of(char) for char in missing))
            found.append(Uncovered(path, "".join(missing), scripts))
    return found


def message(found: list[Uncovered], limit: int = 4) -> str:
    """One line for the export's refusal naming the fields by their paths (the command line's English)."""
    return str(message_said(found, limit, places=False))


def message_said(found: list[Uncovered], limit: int = 4, places: bool = True, bare: bool = False) -> Said:
    """:func:`message` as a sentence a window words in its language, the fields named by their titles
    (``places``; by their model paths otherwise; ``bare``: by their paths in the English only)."""
    parts: str | Said = ""
    for index, item in enumerate(found[:limit]):
        described = item.described(places, bare)
        parts = described if index == 0 else Said(_NEXT, (parts, described))
    if len(found) > limit:
        parts = Said(_MORE_FIELDS, (parts, len(found) - limit))
    return Said(_REFUSAL, (parts, Said(COVERED_SCRIPTS)))


def refusal(found: list[Uncovered]) -> Said:
    """The export's refusal of such text (PDF, PowerPoint, a previewed slide): its English is the command
    line's, unchanged (``message(found) + "; nothing was written"``, the fields by their model paths); a
    window words it in its language with the fields by their titles."""
    return Said(_NOTHING_WRITTEN, (message_said(found, bare=True),))
