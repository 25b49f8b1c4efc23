"""The words of the Financial case page's figures in each language: ``resources/i18n/figures.<lang>.json``.

``figures.json`` holds the English of every label, value and sentence :mod:`wizard.figures` composes,
by section and id, with ``{placeholders}`` for what it fills in (amounts, rates and years already
formatted in the window's convention; the team's own names).  A translation mirrors it text by
text (:func:`wizard.i18n.data.merge`): where it lacks a text the English shows.

The finance module's problems are not here: each keeps its template and values, said again from the
``finance_<key>`` phrases of the readiness texts (:func:`wizard.figures.problem_text`), as the Review page
says them.

``reasons`` are the finance module's own short reasons ('not paid back within the period'), which
:mod:`wizard.finance` writes in English for every consumer (the exports, ``check --json``); each
English text is a pattern (its placeholders match anything), so :func:`reason` can say a reason again
in the language, with the same figures, and leaves a text it does not know as it is.

Only the interface reads these files: the exports keep their English (or English with Japanese labels).
"""

from __future__ import annotations

import functools
import re
import string
from typing import Any

from wizard.i18n.data import i18n_dir, language_files, placeholders, read_json, text_problems, translated
from wizard.i18n.languages import PSEUDO, SOURCE
from wizard.i18n.pseudo import pseudo

Texts = dict[str, dict[str, str]]


def _sections(data: Any) -> Texts:
    """The texts of a figures file by section and id (``about`` and ``version`` left out)."""
    if not isinstance(data, dict):
        return {}
    return {section: {key: value for key, value in entries.items() if isinstance(value, str)}
            for section, entries in data.items() if isinstance(entries, dict)}


@functools.cache
def english() -> Texts:
    """The English texts (``figures.json``)."""
    return _sections(read_json(i18n_dir() / "figures.json"))


def languages() -> tuple[str, ...]:
    """The languages with a figures translation file."""
    return tuple(language_files(i18n_dir(), "figures"))


@functools.cache
def texts(lang: str = SOURCE) -> Texts:
    """Every text in ``lang``; the English where a translation lacks one (or cannot be read)."""
    source = english()
    if lang == SOURCE:
        return source
    if lang == PSEUDO:
        # Separators (', ', '; ') stay as they are: the pseudo-locale lengthens words, not punctuation.
        return {section: {key: pseudo(value) if re.search("[A-Za-z]", re.sub(r"\{\w*\}", "", value)) else value
                          for key, value in entries.items()} for section, entries in source.items()}
    merged: Texts = translated(source, i18n_dir(), "figures", lang)
    return merged


def say(section: str, key: str, lang: str = SOURCE, **values: object) -> str:
    """The text ``section/key`` in ``lang`` with its placeholders filled (``say("titles", "npv", rate="9,5%")``)."""
    return texts(lang)[section][key].format(**values)


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that matches the texts ``template`` makes; a placeholder given twice must be
    the same text both times."""
    parts = []
    seen: set[str] = set()
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


@functools.cache
def _patterns(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((key, _pattern(template)) for key, template in english()[section].items())


def name(text: str, lang: str = SOURCE) -> str:
    """A name the finance module made up for something unnamed ('Funding source 2', a funding type's label,
    'Phase 1') in ``lang``; a name the team typed stays as typed."""
    if lang == SOURCE or not text:
        return text
    from wizard.i18n.choices import label
    from wizard.model import FundingType

    for member in FundingType:
        if member.label == text:
            return label(member, lang)
    return reason(text, lang)


def _say_again(section: str, key: str, lang: str, values: dict[str, str]) -> str:
    """The text ``section/key`` in ``lang`` filled with what the English held: a made-up name is said in the
    language too, figures and the team's names stay as they are."""
    return say(section, key, lang, **{k: name(v, lang) if k == "label" else v for k, v in values.items()})


def reason(text: str, lang: str = SOURCE) -> str:
    """One of the finance module's English reasons said in ``lang`` with the same figures; ``text`` itself
    when it is not one of them (a name the team typed, or a reason not in ``figures.json`` yet)."""
    if lang == SOURCE or not text:
        return text
    for key, pattern in _patterns("reasons"):
        match = pattern.match(text)
        if match:
            return _say_again("reasons", key, lang, match.groupdict())
    return text


def problems(source: Texts, translated: Any) -> list[str]:
    """What keeps a translation from being complete: missing, unknown, empty or English texts, lost placeholders."""
    found: list[str] = []
    if not isinstance(translated, dict):
        return ["the top level must be an object"]
    for section in translated.keys() - {*source, "version", "about"}:
        found.append(f"/{section}: not a section of figures.json")
    for section, entries in source.items():
        ours = translated.get(section)
        if not isinstance(ours, dict):
            found.append(f"/{section}: missing")
            continue
        for key in ours.keys() - entries.keys():
            found.append(f"/{section}/{key}: no such text in figures.json")
        for key, english_text in entries.items():
            found.extend(text_problems(f"/{section}/{key}", ours.get(key), english_text))
    return found


__all__ = ["english", "languages", "name", "placeholders", "problems", "reason", "say", "texts"]
