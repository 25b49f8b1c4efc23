"""The glossary (``resources/i18n/glossary.json``): the terms each language uses, fixed once.

Each term has its English, patterns that find it in English text, and per language the ``term`` (how
a text names it the first time, and in headings) and optionally a ``short`` form (what running text
and tight labels may use after that).  A translation of an English text that mentions a term must use
one of :meth:`Term.forms`; the tests check every translated text against it.  The README beside the
glossary says how each language's words were chosen.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from wizard.i18n.data import TranslationFileError, i18n_dir, read_json

#: A term's trailing abbreviation in brackets: "正味現在価値（NPV）", "nilai kini bersih (NPV)".
_BRACKETED = re.compile(r"\s*[（(][^（）()]*[）)]$")


@dataclass(frozen=True)
class Entry:
    """A term in one language."""

    term: str
    short: str = ""
    note: str = ""


@dataclass(frozen=True)
class Term:
    id: str
    en: str
    en_match: tuple[re.Pattern[str], ...]
    entries: dict[str, Entry]
    labels: tuple[str, ...] = ()
    note: str = ""

    def mentioned_in(self, english: str) -> bool:
        """Whether an English text speaks of this term."""
        return any(p.search(english) for p in self.en_match)

    def forms(self, lang: str) -> tuple[str, ...]:
        """What a text in ``lang`` may write for the term: the term, without its bracketed abbreviation, or the short form."""
        entry = self.entries.get(lang)
        if entry is None:
            return ()
        found = [entry.term, _BRACKETED.sub("", entry.term), entry.short]
        return tuple(dict.fromkeys(f for f in found if f))

    def used_in(self, text: str, lang: str) -> bool:
        lowered = text.casefold()
        return any(form.casefold() in lowered for form in self.forms(lang))


@dataclass(frozen=True)
class Glossary:
    version: int
    languages: dict[str, str]  # code -> "shipped" or "planned"
    terms: dict[str, Term]
    steps: dict[str, dict[str, str]] = field(default_factory=dict)  # step id -> language -> title

    def shipped(self) -> tuple[str, ...]:
        return tuple(code for code, status in self.languages.items() if status == "shipped")

    def step_title(self, step_id: str, lang: str) -> str:
        titles = self.steps.get(step_id, {})
        return titles.get(lang) or titles.get("en", step_id)


def _entry(raw: object, where: str) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("term"), str) or not raw["term"].strip():
        raise TranslationFileError(f"glossary.json: {where} needs a non-empty 'term'")
    return Entry(raw["term"], str(raw.get("short", "")), str(raw.get("note", "")))


def parse(data: object) -> Glossary:
    """Build the glossary from its JSON; a malformed entry is refused with where it is."""
    if not isinstance(data, dict):
        raise TranslationFileError("glossary.json: the top level must be an object")
    languages_raw = data.get("languages")
    terms_raw = data.get("terms")
    if not isinstance(languages_raw, dict) or not isinstance(terms_raw, dict):
        raise TranslationFileError("glossary.json: needs 'languages' and 'terms' objects")
    languages = {code: str(info.get("status", "planned")) if isinstance(info, dict) else "planned"
                 for code, info in languages_raw.items()}
    terms: dict[str, Term] = {}
    for tid, raw in terms_raw.items():
        if not isinstance(raw, dict) or not isinstance(raw.get("en"), str):
            raise TranslationFileError(f"glossary.json: term {tid!r} needs its English ('en')")
        try:
            patterns = tuple(re.compile(p) for p in raw.get("en_match", []))
        except re.error as exc:
            raise TranslationFileError(f"glossary.json: term {tid!r} has a bad pattern ({exc})") from None
        entries = {code: _entry(raw[code], f"term {tid!r} in {code!r}") for code in languages if code in raw}
        terms[tid] = Term(tid, raw["en"], patterns, entries, tuple(raw.get("labels", ())), str(raw.get("note", "")))
    steps_raw = data.get("steps", {})
    steps = {sid: {k: str(v) for k, v in titles.items()} for sid, titles in steps_raw.items()} if isinstance(steps_raw, dict) else {}
    return Glossary(int(data.get("version", 1)), languages, terms, steps)


@functools.cache
def load() -> Glossary:
    """The glossary shipped with the app (read once)."""
    return parse(read_json(i18n_dir() / "glossary.json"))
