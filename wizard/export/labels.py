"""The fixed words of the exported documents, in English or in English with Japanese.

Every slide title, section name, table header, chart legend and fixed phrase the templates print goes
through :class:`Labels`, which looks it up in ``export_templates/labels/labels.json``.  With English labels
the text is printed as it is; with English-and-Japanese labels the Japanese follows it, marked
``lang="ja"`` so the PDF's structure tree (and a screen reader) knows its language.

The user's own text never passes through here: it stays exactly as written.  A label the catalogue does
not know is printed in English only and remembered in :attr:`Labels.missing`, so the tests can insist
that every label the templates use has its Japanese.

Catalogue keys are the English text.  Where one English word means two things (a table's "Source"
column is the publisher of a finding in one table and the kind of funder in another), the template
passes the table's title as ``context`` and the catalogue may hold ``"<context>|<text>"``.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

LANGUAGES = ("en", "en+ja")
_CONTINUED = " (continued)"
_PAREN = re.compile(r"^(?P<head>.*?) \((?P<inner>[^()]{1,12})\)$")


@functools.cache
def catalogue(folder: Path) -> dict[str, str]:
    """English label -> Japanese label, read once from ``labels.json`` in ``folder``."""
    path = folder / "labels.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    table = data.get("ja")
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                              for k, v in table.items()):
        raise ValueError(f"{path}: 'ja' must map each English label to its Japanese text")
    return dict(table)


def labels_dir() -> Path:
    """The folder of the label catalogue (inside the export templates)."""
    from wizard import resources

    return resources.templates_dir() / "labels"


class Phrase:
    """A fixed phrase of the catalogue with the proposal's own figures or names put into it.

    ``key`` is the English text with ``{name}`` slots (the catalogue key); ``values`` fill the slots.  A
    value may itself be a :class:`Phrase` (a fixed label such as an instrument's name), which is
    translated too; any other value (a figure, a name the team wrote) is put in as it is.
    """

    __slots__ = ("key", "values")

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.key, self.values) == (other.key, other.values)

    def __hash__(self) -> int:
        return hash(self.key)

    def en(self) -> str:
        return self.key.format(**{k: (v.en() if isinstance(v, Phrase) else str(v)) for k, v in self.values.items()})

    def as_dict(self, labels: Labels) -> dict[str, str]:
        """``{"en": ..., "ja": ...}`` as the templates print it (``ja`` empty with English labels)."""
        return {"en": self.en(), "ja": labels.ja_phrase(self)}


class Labels:
    """Looks up fixed labels and renders them in the chosen label language (a Jinja filter each)."""

    def __init__(self, language: str = "en", folder: Path | None = None) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown label language {language!r}")
        self.language = language
        self.bilingual = language == "en+ja"
        self._ja = catalogue(folder or labels_dir()) if self.bilingual else {}
        self.missing: set[str] = set()

    def ja(self, text: str, context: str = "") -> str:
        """The Japanese for the fixed English ``text`` ("" with English-only labels)."""
        if not self.bilingual or not text.strip():
            return ""
        found = self._lookup(text, context)
        if found is None:
            self.missing.add(f"{context}|{text}" if context else text)
            return ""
        return found

    def _lookup(self, text: str, context: str) -> str | None:
        table = self._ja
        if context and f"{context}|{text}" in table:
            return table[f"{context}|{text}"]
        if text in table:
            return table[text]
        if text.endswith(_CONTINUED):
            head = self._lookup(text[: -len(_CONTINUED)], context)
            return None if head is None else head + "（続き）"
        match = _PAREN.match(text)
        if match and match["head"] in table:
            # A short code in brackets (a currency such as "(IDR)") carries over as it is.
            return f"{table[match['head']]}（{match['inner']}）"
        if ": " in text:
            # "City context: Lumara": the fixed part is translated, the name after it is the user's own.
            head = text.split(": ", 1)[0]
            if head in table:
                return table[head]
        return None

    def ja_phrase(self, phrase: Phrase) -> str:
        """The Japanese of a phrase with its values put in ("" with English labels or if one is missing)."""
        if not self.bilingual:
            return ""
        template = self.ja(phrase.key)
        if not template:
            return ""
        values: dict[str, str] = {}
        for name, value in phrase.values.items():
            if isinstance(value, Phrase):
                translated = self.ja_phrase(value)
                if not translated:
                    return ""
                values[name] = translated
            else:
                values[name] = str(value)
        return template.format(**values)

    def ja_phrase_text(self, key: str, **values: object) -> str:
        """The Japanese of the catalogue phrase ``key`` with ``values`` put in (for templates)."""
        return self.ja_phrase(Phrase(key, **values))

    def inline_text(self, text: str, context: str = "") -> str:
        """As :meth:`inline` prints it, as plain text (for measuring)."""
        ja = self.ja(text, context)
        return f"{text} {ja}" if ja else text

    def inline(self, text: str, context: str = "") -> Markup:
        """``English 日本語`` on one line (the Japanese lighter), or the English alone."""
        ja = self.ja(text, context)
        if not ja:
            return escape(text)
        return Markup('{}<span class="ja" lang="ja"> {}</span>').format(text, ja)

    def stacked(self, text: str, context: str = "", unit: str = "") -> Markup:
        """The English with the Japanese on a smaller line beneath it (titles, table headers).

        A column's ``unit`` follows the English, in brackets, before the Japanese line (it is the same in
        both languages, so it is printed once).
        """
        ja = self.ja(text, context)
        head = escape(text)
        if unit:
            head = Markup('{} <span class="unit">({})</span>').format(text, unit)
        if not ja:
            return head
        return Markup('{} <span class="ja ja-line" lang="ja">{}</span>').format(head, ja)


__all__ = ["LANGUAGES", "Labels", "Phrase", "catalogue", "labels_dir"]
