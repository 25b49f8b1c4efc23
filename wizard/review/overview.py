"""Where the comments are: counts per wizard step, per field and per table row (no Qt).

The wizard shows a marker on each field with open comments, a count on each step in the sidebar and
a mark on each table row that has comments; :class:`Overview` answers those questions from one
:func:`wizard.review.comments.load`, so the Qt layer only draws.  Detached comments (their field or
row is gone) count nowhere but in the comments panel's "no longer attached" group.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from wizard.projectfile import Project
from wizard.review import comments as comments_mod
from wizard.review import modelpaths
from wizard.review.modelpaths import PathError
from wizard.review.records import Comment
from wizard.review.store import ReviewError
from wizard.steps import locate


@dataclass(frozen=True)
class Place:
    """Where a comment's path points in the wizard: the field pattern, and the table row if any."""

    step: str | None  # the step whose page edits it (None: the proposal as a whole)
    pattern: str  # the path without indices (``problem.kpis.baseline``)
    table: str | None = None  # the table's pattern when the path is in a table (``problem.kpis``)
    row: int | None = None  # the row in that table (None: the table as a whole)


@functools.lru_cache(maxsize=4096)
def table_of(path: str) -> tuple[str | None, int | None]:
    """The table a path is in (its pattern, ``problem.kpis``) and the row, if any; (None, None) if none.

    A path naming a whole table (``problem.kpis``) is in that table, on no row.
    """
    try:
        parts = modelpaths.parse(path)
    except PathError:
        return None, None
    for position, part in enumerate(parts):
        if isinstance(part, int):
            return ".".join(p for p in parts[:position] if isinstance(p, str)), part
    try:
        if parts and modelpaths.resolve(parts).kind == "list":
            return path, None
    except PathError:
        pass
    return None, None


@functools.lru_cache(maxsize=4096)
def place_of(path: str) -> Place:
    """The wizard's place for a comment path (``problem.kpis[2].baseline``)."""
    try:
        parts = modelpaths.parse(path)
    except PathError:
        return Place(None, path)
    pattern = ".".join(p for p in parts if isinstance(p, str))
    table, row = table_of(path)
    return Place(locate(path) if path else None, pattern, table, row)


@dataclass
class Overview:
    """Every comment of a project, with what the wizard needs to mark them.

    ``error`` is the message when the comments cannot be read (a damaged entry, a newer format): the
    review is then shown read-only with that message, and nothing is counted.
    """

    comments: list[Comment] = field(default_factory=list)
    error: str | None = None

    def __post_init__(self) -> None:
        self.places: dict[int, Place] = {c.number: place_of(c.anchor.path) for c in self.comments}

    @functools.cached_property
    def open(self) -> list[Comment]:
        return [c for c in self.comments if c.is_open and not c.detached]

    @functools.cached_property
    def resolved(self) -> list[Comment]:
        return [c for c in self.comments if not c.is_open and not c.detached]

    @functools.cached_property
    def detached(self) -> list[Comment]:
        return [c for c in self.comments if c.detached]

    @functools.cached_property
    def by_step(self) -> dict[str, int]:
        """Open, attached comments per step id."""
        counts: dict[str, int] = defaultdict(int)
        for comment in self.open:
            step = self.places[comment.number].step
            if step is not None:
                counts[step] += 1
        return dict(counts)

    @functools.cached_property
    def on_fields(self) -> dict[str, list[Comment]]:
        """Open comments on single-value fields, by field pattern (``problem.statement``)."""
        found: dict[str, list[Comment]] = defaultdict(list)
        for comment in self.open:
            place = self.places[comment.number]
            if place.table is None and place.pattern:
                found[place.pattern].append(comment)
        return dict(found)

    @functools.cached_property
    def on_tables(self) -> dict[str, dict[int, list[Comment]]]:
        """Open comments in tables: table pattern -> row (-1 for the table as a whole) -> comments."""
        found: dict[str, dict[int, list[Comment]]] = defaultdict(lambda: defaultdict(list))
        for comment in self.open:
            place = self.places[comment.number]
            if place.table is not None:
                found[place.table][-1 if place.row is None else place.row].append(comment)
        return {table: dict(rows) for table, rows in found.items()}

    @functools.cached_property
    def tables_with_comments(self) -> frozenset[str]:
        """Table patterns that any comment, open or not, points into (their rows must be tracked)."""
        return frozenset(p.table for p in self.places.values() if p.table is not None)


def overview(project: Project) -> Overview:
    """The comments of ``project`` and where they are; never raises for a damaged review part."""
    try:
        return Overview(comments_mod.load(project))
    except ReviewError as exc:
        return Overview([], exc.problem)
