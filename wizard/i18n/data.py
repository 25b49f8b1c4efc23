"""Reading translated data files: strict JSON, one file per language, English as the fallback text by text.

Every translated text of the core lives beside its English as ``<name>.<lang>.json`` (the guidance's
``steps.<lang>.json``, the readiness rules' ``readiness.<lang>.json``, the choice labels'
``choices.<lang>.json``).  A translation mirrors the English file's shape; where it lacks a text, or has
an empty one, the English shows instead, so a half-finished language never hides anything from its
reader.  The tests hold the shipped languages to being complete.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from collections.abc import Callable
from typing import Any

from wizard.resources import resources_dir


class TranslationFileError(ValueError):
    """A translation file that cannot be used, with the file's name and what is wrong."""


def i18n_dir() -> Path:
    """``resources/i18n``: the glossary, the choice labels and the Qt catalogues (``.ts`` and ``.qm``)."""
    return resources_dir() / "i18n"


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} is given twice")
        out[key] = value
    return out


def read_json(path: Path) -> Any:
    """The JSON in ``path`` (UTF-8); a key given twice in one object is refused, since one text would be lost."""
    try:
        return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_refuse_duplicates)
    except OSError as exc:
        raise TranslationFileError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise TranslationFileError(f"{path.name}: not valid JSON ({exc})") from None


_LANG_FILE = r"^{stem}\.([a-z]{{2,3}}(?:-[A-Za-z0-9]{{2,8}})*)\.json$"


def language_files(folder: Path, stem: str) -> dict[str, Path]:
    """The translations of ``<stem>.json`` in ``folder``, by language code (``steps.ja.json`` -> ``ja``)."""
    pattern = re.compile(_LANG_FILE.format(stem=re.escape(stem)))
    found: dict[str, Path] = {}
    for path in sorted(folder.glob(f"{stem}.*.json")):
        match = pattern.match(path.name)
        if match:
            found[match.group(1)] = path
    return found


def merge(english: Any, translated: Any) -> Any:
    """``english`` with each text replaced by the translation's text at the same place, where there is one.

    Objects merge key by key (keys the English lacks are ignored); a list is taken from the translation
    only when it has as many items as the English (a list of points cannot be matched up otherwise);
    a text only when it is a non-empty string.  Anything else keeps the English.
    """
    if isinstance(english, dict):
        if not isinstance(translated, dict):
            return english
        return {key: merge(value, translated.get(key)) for key, value in english.items()}
    if isinstance(english, list):
        if not isinstance(translated, list) or len(translated) != len(english):
            return english
        return [merge(a, b) for a, b in zip(english, translated)]
    if isinstance(english, str):
        return translated if isinstance(translated, str) and translated.strip() else english
    return english


def strings(node: Any, where: str = "") -> list[tuple[str, str]]:
    """Every text in a document with where it sits (``/steps/vision/intro``, ``/steps/risks/investors_look_for[2]``)."""
    found: list[tuple[str, str]] = []
    if isinstance(node, str):
        found.append((where, node))
    elif isinstance(node, dict):
        for key, value in node.items():
            found.extend(strings(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(strings(value, f"{where}[{i}]"))
    return found


def placeholders(value: str) -> list[str]:
    """The ``{name}`` fields of a text, in order (``{{`` and ``}}`` are literal braces); ValueError when
    its braces are broken."""
    return [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]


def text_problems(where: str, value: Any, english: str) -> list[str]:
    """What keeps one translated text (at ``where``) from standing for its English: missing or empty,
    still the English words, broken braces, or other ``{placeholders}`` than the English has."""
    if not isinstance(value, str) or not value.strip():
        return [f"{where}: missing"]
    found = []
    if value == english and re.search(r"\b[a-z]{3,} [a-z]{3,}\b", value):
        found.append(f"{where}: still English")
    try:
        kept = placeholders(value)
    except ValueError as exc:
        return [*found, f"{where}: broken braces ({exc})"]
    if sorted(kept) != sorted(placeholders(english)):
        found.append(f"{where}: placeholders {placeholders(english)} became {kept}")
    return found


def translated(english: Any, folder: Path, stem: str, lang: str,
               reshape: Callable[[Any], Any] = lambda data: data) -> Any:
    """``english`` with the texts of ``<stem>.<lang>.json`` in ``folder`` put over it (:func:`merge`), after
    ``reshape`` when the file's shape differs from the English; ``english`` itself when the language has no
    such file or it cannot be read (a half-finished language never hides anything from its reader)."""
    path = language_files(folder, stem).get(lang)
    if path is None:
        return english
    try:
        data = read_json(path)
    except TranslationFileError:
        return english
    return merge(english, reshape(data))
