"""Guidance text for each step and field, in the interface's language, from ``resources/guidance/``.

The text is data (written and translated outside the code): ``steps.json`` is the English and
``steps.<lang>.json`` each translation, key for key (``resources/guidance/README.md``).  :func:`load`
takes a language and falls back to the English text by text, so a missing or empty translation shows
the English rather than nothing; the pseudo-locale (``en-XA``) is made from the English by code.
Everything is shown as text: every string is escaped before it is placed in the panel's HTML, so
nothing in the files can run as markup.

Format: ``{"version", "headings": {...}, "steps": {"<step id>": {"title", "intro", "investors_look_for",
"strong_example", "weak_example", "common_mistake"}}, "fields": {"<field pattern>": {"help", "example"}}}``.
"""

from __future__ import annotations

import functools
import html
import typing

from wizard.i18n.data import TranslationFileError, language_files, read_json, translated
from wizard.i18n.languages import PSEUDO, SOURCE
from wizard.i18n.pseudo import pseudo
from wizard.resources import guidance_dir

#: The step texts in the order the panel shows them; each but the intro under its heading in ``headings``.
STEP_PARTS = ("intro", "investors_look_for", "strong_example", "weak_example", "common_mistake")

#: The panel's own headings, used when the file has none (``headings`` in steps.json overrides them).
HEADINGS = {
    "investors_look_for": "What investors look for",
    "strong_example": "A strong answer",
    "weak_example": "A weak answer",
    "common_mistake": "The common mistake",
    "example": "Example",
    "no_guidance": "No guidance for this step yet.",
}

_EMPTY: dict[str, typing.Any] = {"headings": dict(HEADINGS), "steps": {}, "fields": {}}


def _sections(data: typing.Any) -> dict[str, typing.Any]:
    if not isinstance(data, dict):
        return {key: dict(value) for key, value in _EMPTY.items()}
    out: dict[str, typing.Any] = {}
    for key in ("headings", "steps", "fields"):
        value = data.get(key)
        out[key] = value if isinstance(value, dict) else {}
    out["headings"] = {**HEADINGS, **{k: v for k, v in out["headings"].items() if isinstance(v, str) and v.strip()}}
    return out


@functools.cache
def _english() -> dict[str, typing.Any]:
    try:
        return _sections(read_json(guidance_dir() / "steps.json"))
    except TranslationFileError:
        return _sections(None)  # help is optional: the wizard works without it


def _pseudo(node: typing.Any) -> typing.Any:
    if isinstance(node, str):
        return pseudo(node)
    if isinstance(node, list):
        return [_pseudo(item) for item in node]
    if isinstance(node, dict):
        return {key: _pseudo(value) for key, value in node.items()}
    return node


@functools.cache
def load(lang: str = SOURCE) -> dict[str, typing.Any]:
    """The guidance in ``lang``: each text from ``steps.<lang>.json`` where it has one, else the English.

    An unreadable translation file gives the English (the tests keep the shipped ones readable).
    """
    english = _english()
    if lang == SOURCE:
        return english
    if lang == PSEUDO:
        return typing.cast(dict[str, typing.Any], _pseudo(english))
    return typing.cast(dict[str, typing.Any], translated(english, guidance_dir(), "steps", lang, _sections))


def languages() -> tuple[str, ...]:
    """The languages with a guidance file (English first)."""
    return (SOURCE, *language_files(guidance_dir(), "steps"))


def _text(value: typing.Any) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value) if value is not None else ""


def _para(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def step_html(step_id: str, fallback_title: str, lang: str = SOURCE) -> str:
    """The panel's text for a step, in ``lang``."""
    data = load(lang)
    headings = {**HEADINGS, **data.get("headings", {})}
    entry = data["steps"].get(step_id) or {}
    parts = [f"<h3>{html.escape(_text(entry.get('title')) or fallback_title)}</h3>"]
    for key in STEP_PARTS:
        text = _text(entry.get(key))
        if text:
            if key in headings:
                parts.append(f"<p><b>{html.escape(headings[key])}</b></p>")
            parts.append(_para(text))
    if len(parts) == 1:
        parts.append(_para(headings["no_guidance"]))
    return "".join(parts)


def field_html(pattern: str, title: str, lang: str = SOURCE) -> str:
    """The panel's text for a field (``title`` is the field's name as the page shows it), in ``lang``."""
    data = load(lang)
    entry = data["fields"].get(pattern) or {}
    help_text, example = _text(entry.get("help")), _text(entry.get("example"))
    if not help_text and not example:
        return ""
    parts = [f"<h4>{html.escape(title)}</h4>"]
    if help_text:
        parts.append(_para(help_text))
    if example:
        heading = data.get("headings", {}).get("example", HEADINGS["example"])
        parts.append(f"<p><b>{html.escape(heading)}</b></p>{_para(example)}")
    return "".join(parts)
