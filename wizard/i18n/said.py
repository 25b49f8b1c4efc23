"""Sentences the core builds for a reader, kept as a template and its parts so the window can word them.

The core (the analysis's field notes, the spreadsheet import's cell problems, the version store's and
the sign-off record's refusals, the export's size limits) speaks English: the command line and the
exports read it so.  A translated window must show the same sentence in its own language, yet the core
imports no Qt and has no catalogue.  So such a sentence is a :class:`Said`: its English template, with
Qt's ``%1``, ``%2``... markers, and the parts that fill them.  ``str(said)`` is the English sentence;
the Qt layer words it (``wizard.gui.coretexts.say``): the template through the catalogues (context
``Core``, every template listed in that module for ``pyside6-lupdate``), and each part in the reader's
language:

- a :class:`Place` (a model path, ``problem.kpis[2].baseline``) through :func:`wizard.fields.title` (a
  ``bare`` place keeps its model path in the English ``str(said)``, as the command line has always named it);
- a :class:`Field` (one field or column, ``problem.kpis.baseline``) through :func:`wizard.fields.field_title`;
- an :class:`Option` (one of the model's choices) by its label in the language (:mod:`wizard.i18n.choices`);
- an ``int`` with the language's digit grouping;
- a nested :class:`Said` the same way; a ``str`` as it is (the team's own text, a name, a file name).

Every template is made with :func:`template`, which records it in :data:`TEMPLATES`, so a test can hold
the Qt layer's list to every template the core can build.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

#: Every template made with :func:`template` (filled in as the modules that build sentences are imported).
TEMPLATES: set[str] = set()


def template(text: str) -> str:
    """Declare ``text`` as a template of a :class:`Said` (recorded in :data:`TEMPLATES`); returns it."""
    TEMPLATES.add(text)
    return text


@dataclass(frozen=True)
class Place:
    """A place in the proposal by its model path: "Problem › KPIs › row 3 › Baseline".

    ``bare``: the English of the sentence (``str(said)``: the command line, the logs) gives the model path
    itself ("problem.kpis[2].baseline"), as the command line's messages always have; a window, in any
    language, still names the place by its title."""

    path: str
    bare: bool = False


@dataclass(frozen=True)
class Field:
    """One field or table column by its pattern (row numbers ignored): "Baseline"; ``lower``: inside a
    sentence ("the capex must be a number")."""

    pattern: str
    lower: bool = False


@dataclass(frozen=True)
class Option:
    """One of the model's choices by its class and value (``Option("wizard.model.Currency", "IDR")``): its
    label in the reader's language ("Indonesian rupiah (IDR)" in English); a value its class does not have,
    or a class that is not loaded, as the value itself."""

    kind: str
    value: str


@dataclass(frozen=True)
class Said:
    """A sentence: an English ``template`` with ``%1``... markers, and the ``parts`` that fill them."""

    template: str
    parts: tuple[str | int | Place | Field | Option | Said, ...] = ()

    def __str__(self) -> str:
        return self.english()

    def english(self) -> str:
        return worded(self, lambda text: text, "en", lambda n: f"{n:,}", paths=True)

    def to_data(self) -> dict[str, Any]:
        """This sentence as JSON data (an export worker sends it to the window with its English message)."""
        def part(value: str | int | Place | Field | Option | Said) -> dict[str, Any]:
            if isinstance(value, Said):
                return {"said": value.to_data()}
            if isinstance(value, Place):
                return {"place": value.path, "bare": True} if value.bare else {"place": value.path}
            if isinstance(value, Field):
                return {"field": value.pattern, "lower": value.lower} if value.lower else {"field": value.pattern}
            if isinstance(value, Option):
                return {"choice": f"{value.kind}:{value.value}"}
            if isinstance(value, int) and not isinstance(value, bool):
                return {"count": value}
            return {"text": str(value)}

        return {"template": self.template, "parts": [part(p) for p in self.parts]}

    @classmethod
    def from_data(cls, data: object) -> Said | None:
        """The sentence :meth:`to_data` made, or None when ``data`` is not one."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str) or not isinstance(data.get("parts"), list):
            return None
        parts: list[str | int | Place | Field | Option | Said] = []
        for item in data["parts"]:
            if not isinstance(item, dict) or not 1 <= len(item) <= 2:
                return None
            lower = item.get("lower") is True
            bare = item.get("bare") is True
            named = [(k, v) for k, v in item.items() if k not in ("lower", "bare")]
            if len(named) != 1:
                return None
            [(kind, value)] = named
            if kind == "said":
                inner = cls.from_data(value)
                if inner is None:
                    return None
                parts.append(inner)
            elif kind == "count" and isinstance(value, int) and not isinstance(value, bool):
                parts.append(value)
            elif kind == "choice" and isinstance(value, str) and ":" in value:
                parts.append(Option(*value.split(":", 1)))
            elif kind in ("text", "place", "field") and isinstance(value, str):
                parts.append(value if kind == "text" else Place(value, bare) if kind == "place" else Field(value, lower))
            else:
                return None
        return cls(data["template"], tuple(parts))


def said(text: str, *parts: str | int | Place | Field | Option | Said) -> Said:
    """``Said(text, parts)``, with ``text`` recorded as a template (:func:`template`)."""
    return Said(template(text), parts)


_MARKER = re.compile(r"%(\d{1,2})")


def fill(text: str, values: Sequence[str]) -> str:
    """``text`` with ``%1``, ``%2``... replaced by ``values`` in one pass (a value's own ``%2`` stays)."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _MARKER.sub(value, text)


def worded(sentence: str | int | Place | Field | Option | Said, translate: Callable[[str], str], lang: str,
           number: Callable[[int], str], paths: bool = False) -> str:
    """``sentence`` (or one part) in ``lang``: a template through ``translate``, a count through ``number``,
    places and fields by their titles in ``lang`` (a plain ``str`` is returned as it is); ``paths``: a
    ``bare`` place by its model path (the English of :meth:`Said.english`)."""
    if isinstance(sentence, str):
        return sentence
    from wizard import fields

    def part(value: str | int | Place | Field | Option | Said) -> str:
        if isinstance(value, Said):
            return worded(value, translate, lang, number, paths)
        if isinstance(value, Place):
            return value.path if paths and value.bare else fields.title(value.path, lang)
        if isinstance(value, Field):
            try:
                title = fields.field_title(value.pattern, lang)
            except KeyError:
                title = value.pattern.rsplit(".", 1)[-1]
            return title.lower() if value.lower else title
        if isinstance(value, Option):
            return _option(value, lang)
        if isinstance(value, int) and not isinstance(value, bool):
            return number(value)
        return str(value)

    if not isinstance(sentence, Said):
        return part(sentence)
    return fill(translate(sentence.template), [part(p) for p in sentence.parts])


def _option(option: Option, lang: str) -> str:
    import sys
    from enum import Enum

    from wizard.i18n import choices
    from wizard.model import Choice

    # Only a class of this program that is already loaded (a sentence may come from another process).
    module, _, name = option.kind.rpartition(".")
    kind = getattr(sys.modules.get(module), name, None) if module.startswith("wizard.") else None
    if not (isinstance(kind, type) and issubclass(kind, Enum)):
        return option.value
    try:
        member = kind(option.value)
    except ValueError:
        return option.value
    return choices.label(member, lang) if isinstance(member, Choice) else str(member.value)


def joined(items: Sequence[str | int | Place | Field | Option | Said],
           last: str = "%1 and %2") -> str | int | Place | Field | Option | Said:
    """'a', 'a and b', 'a, b and c' as one part (each joint worded in the reader's language)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    head: str | int | Place | Field | Option | Said = items[0]
    for item in items[1:-1]:
        head = said("%1, %2", head, item)
    return said(last, head, items[-1])


template("%1, %2")
template("%1 and %2")
