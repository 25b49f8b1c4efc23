"""Model paths such as ``problem.kpis[2].baseline``: parsing, checking, reading, and titles.

A path names a place in the proposal the way the readiness findings do (``risks[3]`` is the fourth
risk row, ``problem.kpis[2].baseline`` the baseline of the third KPI, ``""`` the whole proposal).
Titles come from the model's own field titles: ``Problem › KPIs › row 3 › Baseline``.
"""

from __future__ import annotations

import functools
import re
import typing
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel

from wizard.errors import describe_location
from wizard.model import Choice, Proposal

if typing.TYPE_CHECKING:
    from wizard.i18n.said import Said

Part = str | int
_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d{1,6}\])*)")


class PathError(ValueError):
    """The text is not a model path, or names nothing in the proposal model.

    :attr:`said`: the message as a sentence a translated window words (:mod:`wizard.i18n.said`), when it
    was made with :meth:`saying`; ``str(error)`` is its English."""

    said: Said | None = None

    @classmethod
    def saying(cls, said: Said) -> PathError:
        error = cls(str(said))
        error.said = said
        return error


@functools.lru_cache(maxsize=4096)
def parse(path: str) -> tuple[Part, ...]:
    """``"problem.kpis[2].baseline"`` -> ``("problem", "kpis", 2, "baseline")``; ``""`` -> ``()``."""
    path = path.strip()
    if not path:
        return ()
    parts: list[Part] = []
    for piece in path.split("."):
        match = _TOKEN.fullmatch(piece)
        if not match:
            raise PathError(f"{path!r} is not a field path (write it like problem.kpis[2].baseline)")
        parts.append(match.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", match.group(2)))
    return tuple(parts)


def join(parts: typing.Sequence[Part]) -> str:
    """The inverse of :func:`parse`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def title(path: str | typing.Sequence[Part]) -> str:
    """The place in a planner's words: ``Problem › KPIs › row 3 › Baseline`` (``Proposal`` for ``""``)."""
    parts = parse(path) if isinstance(path, str) else tuple(path)
    return _title(parts)


@functools.lru_cache(maxsize=4096)
def _title(parts: tuple[Part, ...]) -> str:
    # Thousands of comments share a few hundred places: each title is worked out once.
    return describe_location(parts)[0]


def unwrap(annotation: Any) -> Any:
    """Strip ``Annotated`` and ``X | None`` down to the type that holds the value."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) == 1:
                annotation = args[0]
                continue
        return annotation


@dataclass(frozen=True)
class Node:
    """What kind of value a path leads to: a section (a model), a list of rows, or a single value."""

    kind: str  # "model", "list" or "value"
    model: type[BaseModel] | None = None  # for "model"
    item: Any = None  # for "list": the type of one row
    value_type: Any = None  # for "value"

    @property
    def choice(self) -> type[Enum] | None:
        """The closed set of choices of a value (or of a list's rows), if it has one."""
        candidate = self.value_type if self.kind == "value" else self.item
        candidate = unwrap(candidate)
        return candidate if isinstance(candidate, type) and issubclass(candidate, Enum) else None


def node_of(annotation: Any) -> Node:
    inner = unwrap(annotation)
    if typing.get_origin(inner) is list:
        return Node("list", item=unwrap(typing.get_args(inner)[0]))
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return Node("model", model=inner)
    return Node("value", value_type=inner)


ROOT = Node("model", model=Proposal)


def resolve(parts: typing.Sequence[Part]) -> Node:
    """The node a path names in the model (rows need not exist); PathError if the model has no such place."""
    return _resolve(tuple(parts))


@functools.lru_cache(maxsize=4096)
def _resolve(parts: tuple[Part, ...]) -> Node:
    node = ROOT
    for i, part in enumerate(parts):
        where = join(parts[: i + 1])
        if isinstance(part, int):
            if node.kind != "list":
                raise PathError(f"{join(parts)!r}: {join(parts[:i]) or 'the proposal'} is not a table, so it has no rows")
            node = node_of(node.item)
        else:
            if node.kind != "model" or node.model is None or part not in node.model.model_fields:
                raise PathError(f"{join(parts)!r}: the proposal has no field {where!r}")
            node = node_of(node.model.model_fields[part].annotation)
    return node


def value_at(data: Any, parts: typing.Sequence[Part]) -> Any:
    """The value at ``parts`` in proposal JSON data; KeyError or IndexError if it is not there."""
    for part in parts:
        if isinstance(part, int):
            if not isinstance(data, list):
                raise KeyError(part)
            data = data[part]
        else:
            if not isinstance(data, dict):
                raise KeyError(part)
            data = data[part]
    return data


def choice_label(choice: type[Enum] | None, value: Any) -> str | None:
    """The planner's label of a stored choice (``"KH"`` -> ``Cambodia``), or None if it is not one."""
    if choice is None or value is None:
        return None
    try:
        member = choice(value)
    except ValueError:
        return None
    return member.label if isinstance(member, Choice) else str(member.value)
