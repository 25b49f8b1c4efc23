"""Guidance text for each step and field, loaded from ``resources/guidance/steps.json``.

The text is data (written and translated outside the code).  It is shown as text: every string is
escaped before it is placed in the panel's HTML, so nothing in the file can run as markup.

Format: ``{"steps": {"<step id>": {"title", "intro", "investors_look_for", "strong_example",
"weak_example", "common_mistake"}}, "fields": {"<field pattern>": {"help", "example"}}}``.
"""

from __future__ import annotations

import functools
import html
import json
import typing

from wizard.resources import guidance_dir

STEP_PARTS = (
    ("intro", ""),
    ("investors_look_for", "What investors look for"),
    ("strong_example", "A strong answer"),
    ("weak_example", "A weak answer"),
    ("common_mistake", "The common mistake"),
)


@functools.cache
def load() -> dict[str, typing.Any]:
    """The guidance data; empty sections if the file is missing or unreadable (help is optional)."""
    path = guidance_dir() / "steps.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"steps": {}, "fields": {}}
    if not isinstance(data, dict):
        return {"steps": {}, "fields": {}}
    steps = data.get("steps") if isinstance(data.get("steps"), dict) else {}
    fields = data.get("fields") if isinstance(data.get("fields"), dict) else {}
    return {"steps": steps, "fields": fields}


def _text(value: typing.Any) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value) if value is not None else ""


def _para(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def step_html(step_id: str, fallback_title: str) -> str:
    entry = load()["steps"].get(step_id) or {}
    parts = [f"<h3>{html.escape(_text(entry.get('title')) or fallback_title)}</h3>"]
    for key, heading in STEP_PARTS:
        text = _text(entry.get(key))
        if text:
            if heading:
                parts.append(f"<p><b>{html.escape(heading)}</b></p>")
            parts.append(_para(text))
    if len(parts) == 1:
        parts.append(_para("No guidance for this step yet."))
    return "".join(parts)


def field_html(pattern: str, title: str) -> str:
    entry = load()["fields"].get(pattern) or {}
    help_text, example = _text(entry.get("help")), _text(entry.get("example"))
    if not help_text and not example:
        return ""
    parts = [f"<h4>{html.escape(title)}</h4>"]
    if help_text:
        parts.append(_para(help_text))
    if example:
        parts.append(f"<p><b>Example</b></p>{_para(example)}")
    return "".join(parts)
