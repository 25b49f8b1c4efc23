"""The readiness rules' texts in each language: ``resources/guidance/readiness.<lang>.json`` beside the English.

``readiness.json`` (owned by the readiness work) holds the rules as the checks use them: bands, gates and
criteria as lists, each rule's text inside its check.  A translation does not copy that structure, which
changes as rules are reworded and regrouped; it names each text by its id, so a rule keeps its
translation wherever the rule moves:

    {"version": 1,
     "bands":    {"<level id>":     {"title": "..."}},
     "gates":    {"<gate id>":      {"title": "...", "passed": "...", "not_applicable": "..."}},
     "criteria": {"<criterion id>": {"title": "...", "asks": "..."}},
     "rules":    {"<rule id>":      {"title": "...", "message": "...", "fix": "..."}},
     "finance_fixes": {"<finance problem code>": {"fix": "..."}},
     "next":     {"<sentence id>":  {"text": "..."}},
     "report":   {"<text id>":      {"text": "..."}},
     "phrases":  {"<phrase id>":    {"text": "..."}}}

``next`` holds the sentence on what stands before the next band, one whole sentence per case, and the
parts it lists (``bands.next`` in readiness.json); ``report`` the words of ``citypitch check``'s report;
``phrases`` the words a check puts into a rule's text ('the lenders' minimum of {x}'), which
:func:`wizard.readiness.localise` says again in the language (:class:`wizard.readiness.Phrase`).

Points, severities, which rules a gate holds and when a rule fires stay in ``readiness.json`` only: a
translation can change words, never a result.  Messages keep their ``{placeholders}`` exactly (the
checks fill them with figures).  :func:`texts` gives the English with each translated text put in its
place, text by text, so a rule added in English shows in English until it is translated.

Japanese and Indonesian are shipped (``readiness.ja.json``, ``readiness.id.json``).
:func:`wizard.readiness.catalogue` (``lang``) and :func:`wizard.readiness.localise` read :func:`texts`:
``citypitch check --lang`` and the Review page use them.  The tests hold every file present to being
complete, to keeping every placeholder and to using the glossary.
"""

from __future__ import annotations

import functools
from typing import Any

from wizard.i18n.data import language_files, placeholders, read_json, text_problems, translated
from wizard.i18n.languages import PSEUDO, SOURCE
from wizard.i18n.pseudo import pseudo
from wizard.resources import guidance_dir

#: The translated texts of each kind of entry.
KEYS: dict[str, tuple[str, ...]] = {
    "bands": ("title",),
    "gates": ("title", "passed", "not_applicable"),
    "criteria": ("title", "asks"),
    "rules": ("title", "message", "fix"),
    "finance_fixes": ("fix",),
    "next": ("text",),
    "report": ("text",),
    "phrases": ("text",),
}


def english_texts(data: dict[str, Any]) -> dict[str, dict[str, dict[str, str]]]:
    """The texts of ``readiness.json`` by kind and id, in the shape of a translation file."""
    out: dict[str, dict[str, dict[str, str]]] = {kind: {} for kind in KEYS}

    def take(kind: str, entry: dict[str, Any]) -> None:
        out[kind][str(entry["id"])] = {k: entry[k] for k in KEYS[kind] if isinstance(entry.get(k), str)}

    for level in data.get("bands", {}).get("levels", []):
        take("bands", level)
    for gate in data.get("gates", []):
        take("gates", gate)
    for criterion in data.get("criteria", []):
        take("criteria", criterion)
        for check in criterion.get("checks", []):
            for rule_id, rule in check.get("rules", {}).items():
                take("rules", {"id": rule_id, **rule})
    for code, fix in data.get("finance_fixes", {}).items():
        take("finance_fixes", {"id": code, "fix": fix})
    for sentence_id, sentence in data.get("bands", {}).get("next", {}).items():
        take("next", {"id": sentence_id, "text": sentence})
    for label_id, label in data.get("report", {}).items():
        take("report", {"id": label_id, "text": label})
    for phrase_id, phrase in data.get("phrases", {}).items():
        take("phrases", {"id": phrase_id, "text": phrase})
    return out


@functools.cache
def _english() -> dict[str, dict[str, dict[str, str]]]:
    return english_texts(read_json(guidance_dir() / "readiness.json"))


def languages() -> tuple[str, ...]:
    """The languages with a readiness translation file."""
    return tuple(language_files(guidance_dir(), "readiness"))


@functools.cache
def texts(lang: str = SOURCE) -> dict[str, dict[str, dict[str, str]]]:
    """Every readiness text in ``lang``, the English where a translation lacks one (or is unreadable)."""
    english = _english()
    if lang == SOURCE:
        return english
    if lang == PSEUDO:
        return {kind: {i: {k: pseudo(v) for k, v in e.items()} for i, e in entries.items()}
                for kind, entries in english.items()}
    merged: dict[str, dict[str, dict[str, str]]] = translated(english, guidance_dir(), "readiness", lang)
    return merged


def text(kind: str, entry_id: str, key: str, lang: str = SOURCE) -> str:
    """One text (``text("rules", "vision.no_number", "fix", "ja")``); the English if not translated."""
    return texts(lang).get(kind, {}).get(entry_id, {}).get(key, "")


def problems(english: dict[str, Any], translated: Any, lang: str) -> list[str]:
    """What keeps a translation from being complete: missing, unknown, empty or English texts, lost placeholders."""
    found: list[str] = []
    if not isinstance(translated, dict):
        return ["the top level must be an object"]
    for kind in translated.keys() - {*KEYS, "version", "about"}:
        found.append(f"/{kind}: not a kind of readiness text")
    for kind, entries in english.items():
        ours = translated.get(kind, {})
        if not isinstance(ours, dict):
            found.append(f"/{kind}: expected an object by id")
            continue
        for entry_id in ours.keys() - entries.keys():
            found.append(f"/{kind}/{entry_id}: no such id in readiness.json")
        for entry_id, entry in entries.items():
            for key, source in entry.items():
                value = ours.get(entry_id, {}).get(key) if isinstance(ours.get(entry_id), dict) else None
                found.extend(text_problems(f"/{kind}/{entry_id}/{key}", value, source))
    return found


__all__ = ["KEYS", "english_texts", "languages", "placeholders", "problems", "text", "texts"]
