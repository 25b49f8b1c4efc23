"""Model paths: the one way to name a field of a proposal, e.g. ``problem.kpis[2].baseline``.

Readiness findings, error messages, the wizard's binder and its undo commands all use these paths,
so a finding can jump to the widget that edits its field.
"""

from __future__ import annotations

import re
from typing import Any, cast

from pydantic import BaseModel

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")

PathPart = str | int


def parse(path: str) -> tuple[PathPart, ...]:
    """Split ``a.b[2].c`` into ``("a", "b", 2, "c")``; raise ValueError on anything else."""
    parts: list[PathPart] = []
    pos = 0
    while pos < len(path):
        if parts and path[pos] == ".":
            pos += 1
        match = _TOKEN.match(path, pos)
        if not match:
            raise ValueError(f"not a model path: {path!r}")
        name, index = match.groups()
        parts.append(name if name is not None else int(index))
        pos = match.end()
    if not parts:
        raise ValueError("empty model path")
    return tuple(parts)


def join(parts: tuple[PathPart, ...] | list[PathPart]) -> str:
    """Inverse of :func:`parse`."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def get(root: Any, path: str | tuple[PathPart, ...]) -> Any:
    """The value at ``path`` below ``root``; raises KeyError if the path does not exist."""
    node = root
    for part in parse(path) if isinstance(path, str) else path:
        try:
            if isinstance(part, int):
                node = node[part]
            elif isinstance(node, BaseModel):
                if part not in type(node).model_fields and part not in (node.model_extra or {}):
                    raise KeyError(part)
                node = getattr(node, part)
            else:
                node = node[part]
        except (IndexError, TypeError, AttributeError) as exc:
            raise KeyError(join(parse(path)) if isinstance(path, str) else join(path)) from exc
    return node


def set(root: BaseModel, path: str | tuple[PathPart, ...], value: Any) -> None:  # noqa: A001
    """Assign ``value`` at ``path``, validated by the owning model (raises ValidationError)."""
    parts = parse(path) if isinstance(path, str) else tuple(path)
    parent = get(root, parts[:-1]) if len(parts) > 1 else root
    last = parts[-1]
    if isinstance(last, int):
        cast(list[Any], parent)[last] = value
    else:
        setattr(parent, last, value)
