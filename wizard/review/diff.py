"""Compare two proposals (two files, or a file and one of its saved versions) in a planner's words.

:func:`compare` finds every changed field, side by side (``Problem › KPIs › row 3 › Baseline: 120 ->
95``), rows added, removed or moved in every table, changed images, the key figures (total capex, NPV,
IRR, payback, capex not yet committed) and the readiness score, band and findings that appeared or went.
:func:`format_text` prints it for a terminal (``citypitch diff OLD NEW``); :func:`to_json` gives one
JSON object (``--json``).

Rows are matched by content, not position: a row inserted at the top shows as one added row, not as
every row below it changed.  Rows that changed are paired by their identifying text (a KPI's name) or,
failing that, by how much of them is the same; a row rewritten beyond recognition shows as removed
and added.  Long texts show a word-level diff.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from wizard.projectfile import Project
from wizard.review import modelpaths, text
from wizard.review.canonical import asset_hash
from wizard.review.comments import row_digest, row_label
from wizard.review.judgement import band_of
from wizard.review.modelpaths import Node, Part
from wizard.review.records import VersionRecord

if TYPE_CHECKING:
    # Type only: the window imports this module before it is drawn, readiness after (issue 21).
    from wizard.readiness import Finding

_MISSING = object()
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
ARROW = "→"


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a project, how to name it, and the saved version it is, if any."""

    project: Project
    name: str
    version: VersionRecord | None = None

    def describe(self) -> str:
        if self.version is None:
            return f"{self.name} (current draft)"
        v = self.version
        by = f" by {v.author}" if v.author else ""
        return f"{self.name} @ version {v.number} \"{v.label}\" (saved {v.created:%Y-%m-%d %H:%M}{by})"


@dataclass(frozen=True)
class Change:
    kind: str  # "changed", "added", "removed" or "moved"
    path: str  # where it is in the new proposal (in the old one for "removed")
    old_path: str | None
    title: str
    old: Any
    new: Any
    old_text: str
    new_text: str

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "old_path": self.old_path, "title": self.title,
                "old": self.old, "new": self.new, "old_text": self.old_text, "new_text": self.new_text}


@dataclass(frozen=True)
class Figure:
    id: str
    title: str
    old: str | None
    new: str | None

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass
class Comparison:
    old: Side
    new: Side
    changes: list[Change] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    score: tuple[int, int] = (0, 0)
    band: tuple[str | None, str | None] = (None, None)
    appeared: list[Finding] = field(default_factory=list)
    went: list[Finding] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not self.changes


# --- showing values ------------------------------------------------------------------------------------


def _group(number: str) -> str:
    whole, _, fraction = number.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-') or '0'):,}"
    return sign + grouped + (f".{fraction}" if fraction else "")


def show(value: Any, node: Node | None = None) -> str:
    """A stored value in a planner's words: choices by their label, yes/no, grouped numbers, (empty)."""
    if value is _MISSING or value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if node is not None:
        label = modelpaths.choice_label(node.choice, value)
        if label is not None:
            return label
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, str):
        if _NUMBER.match(value) and node is not None and node.value_type is Decimal:
            return _group(value)
        return text.one_line(value)
    if isinstance(value, dict):
        return _row_summary(value, None)
    if isinstance(value, list):
        return "; ".join(show(v, Node("value", value_type=node.item) if node and node.kind == "list" else None)
                         for v in value)
    return text.one_line(str(value))


def _row_summary(row: Any, item: Any) -> str:
    """A row on one line: its identifying text, then its other filled-in fields with their titles."""
    if not isinstance(row, dict):
        return show(row, Node("value", value_type=item))
    fields = getattr(item, "model_fields", None) or {}
    label = row_label(row, item)
    parts = []
    label_used = False
    for key, value in row.items():
        if value in (None, "", []) or value is False:
            continue
        info = fields.get(key)
        node = modelpaths.node_of(info.annotation) if info is not None else None
        if label and not label_used and str(value)[:len(label)] == label and (node is None or node.choice is None):
            label_used = True
            continue
        parts.append(f"{info.title if info is not None and info.title else key}: {show(value, node)}")
    summary = "; ".join(parts)
    if label:
        return text.one_line(label) + (f" ({summary})" if summary else "")
    return summary or "(empty row)"


# --- walking two proposals ---------------------------------------------------------------------------


class _Walker:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(self, kind: str, parts: tuple[Part, ...], old_parts: tuple[Part, ...] | None, old: Any, new: Any,
            node: Node | None, note: str = "") -> None:
        path = modelpaths.join(parts)
        title = modelpaths.title(parts) + note
        old_text = "" if kind == "added" else show(old, node)
        new_text = "" if kind == "removed" else show(new, node)
        self.changes.append(Change(kind, path, modelpaths.join(old_parts) if old_parts is not None else None,
                                   title, None if old is _MISSING else old, None if new is _MISSING else new,
                                   old_text, new_text))

    def walk(self, old: Any, new: Any, node: Node, parts: tuple[Part, ...], old_parts: tuple[Part, ...], note: str = "") -> None:
        if old == new:
            return
        if node.kind == "model" and node.model is not None and isinstance(old, (dict, type(_MISSING))) and isinstance(new, (dict, type(_MISSING))):
            od = old if isinstance(old, dict) else {}
            nd = new if isinstance(new, dict) else {}
            fields = node.model.model_fields
            keys = [k for k in fields if k in od or k in nd] + sorted((set(od) | set(nd)) - set(fields))
            for key in keys:
                if not parts and key == "schema_version":
                    continue
                sub = modelpaths.node_of(fields[key].annotation) if key in fields else Node("value")
                self.walk(od.get(key, _MISSING), nd.get(key, _MISSING), sub, parts + (key,), old_parts + (key,), note)
            return
        if node.kind == "list" and isinstance(old, (list, type(_MISSING))) and isinstance(new, (list, type(_MISSING))):
            self.rows(old if isinstance(old, list) else [], new if isinstance(new, list) else [], node, parts, old_parts)
            return
        self.add("changed", parts, old_parts, old, new, node, note)

    def rows(self, old: list[Any], new: list[Any], node: Node, parts: tuple[Part, ...], old_parts: tuple[Part, ...]) -> None:
        item = node.item
        item_node = modelpaths.node_of(item)
        od, nd = [row_digest(r) for r in old], [row_digest(r) for r in new]
        matcher = difflib.SequenceMatcher(None, od, nd, autojunk=False)
        removed: list[int] = []
        added: list[int] = []
        paired: list[tuple[int, int]] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            pairs, lone_old, lone_new = _pair(old, new, list(range(i1, i2)), list(range(j1, j2)), item)
            paired += pairs
            removed += lone_old
            added += lone_new
        # An identical row removed in one place and added in another moved.
        for i in list(removed):
            for j in added:
                if od[i] == nd[j]:
                    removed.remove(i)
                    added.remove(j)
                    self.add("moved", parts + (j,), old_parts + (i,), old[i], new[j], item_node,
                             note=f" (was row {i + 1}): {_row_summary(new[j], item)}")
                    break
        for i, j in paired:
            note = f" (was row {i + 1})" if i != j else ""
            if item_node.kind == "model":
                self.walk(old[i], new[j], item_node, parts + (j,), old_parts + (i,), note)
            else:
                self.add("changed", parts + (j,), old_parts + (i,), old[i], new[j], item_node, note)
        for i in removed:
            self.add("removed", old_parts + (i,), old_parts + (i,), old[i], _MISSING, item_node,
                     note=f": {_row_summary(old[i], item)}")
        for j in added:
            self.add("added", parts + (j,), None, _MISSING, new[j], item_node, note=f": {_row_summary(new[j], item)}")


def _similarity(a: Any, b: Any) -> float:
    if isinstance(a, dict) and isinstance(b, dict):
        keys = [k for k in set(a) | set(b) if a.get(k) not in (None, "", []) or b.get(k) not in (None, "", [])]
        if not keys:
            return 1.0
        return sum(1 for k in keys if a.get(k) == b.get(k)) / len(keys)
    return difflib.SequenceMatcher(None, str(a), str(b), autojunk=False).ratio()


def _pair(old: list[Any], new: list[Any], olds: list[int], news: list[int], item: Any) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    pairs: list[tuple[int, int]] = []
    lone_new = list(news)
    lone_old: list[int] = []
    for i in olds:
        label = row_label(old[i], item)
        match = next((j for j in lone_new if label and row_label(new[j], item) == label), None)
        if match is None:
            scored = sorted(((_similarity(old[i], new[j]), -abs(j - i), j) for j in lone_new), reverse=True)
            if scored and scored[0][0] >= 0.5:
                match = scored[0][2]
        if match is None:
            lone_old.append(i)
        else:
            pairs.append((i, match))
            lone_new.remove(match)
    return pairs, lone_old, lone_new


def _image_changes(old: Project, new: Project) -> list[Change]:
    out = []
    for name in sorted(set(old.assets) | set(new.assets)):
        a, b = old.assets.get(name), new.assets.get(name)
        if a is None:
            out.append(Change("added", f"assets/{name}", None, f"Images › {name}", None, asset_hash(b or b""), "", "added"))
        elif b is None:
            out.append(Change("removed", f"assets/{name}", f"assets/{name}", f"Images › {name}", asset_hash(a), None, "present", ""))
        elif a != b:
            out.append(Change("changed", f"assets/{name}", f"assets/{name}", f"Images › {name}", asset_hash(a),
                              asset_hash(b), f"{len(a):,} bytes", f"{len(b):,} bytes (a different image)"))
    return out


# --- figures and readiness ---------------------------------------------------------------------------


def _money(value: Decimal | None, currency: str | None) -> str | None:
    if value is None:
        return None
    return f"{currency + ' ' if currency else ''}{value:,.0f}"


def _figures(old: Any, new: Any) -> list[Figure]:
    def irr(r: Any) -> str | None:
        return None if r.irr is None else f"{r.irr:.1f}%"

    def payback(r: Any) -> str | None:
        return None if r.payback_years is None else f"{r.payback_years:.1f} years"

    def rows(r: Any) -> list[tuple[str, str, str | None]]:
        return [
            ("capex", "Total capex", _money(r.total_capex, r.currency)),
            ("npv", "NPV", _money(r.npv, r.currency)),
            ("irr", "IRR", irr(r)),
            ("payback", "Payback", payback(r)),
            ("funding_gap", "Capex not yet committed", _money(r.funding.gap, r.currency)),
        ]

    return [Figure(i, t, a, b) for (i, t, a), (_, _, b) in zip(rows(old), rows(new))]


def compare(old: Side, new: Side) -> Comparison:
    """Everything that differs between ``old`` and ``new`` (see the module notes)."""
    from wizard.analysis import analyse

    walker = _Walker()
    walker.walk(old.project.proposal.to_json_data(), new.project.proposal.to_json_data(), modelpaths.ROOT, (), ())
    changes = walker.changes + _image_changes(old.project, new.project)
    a, b = analyse(old.project.proposal), analyse(new.project.proposal)
    return Comparison(
        old, new, changes, _figures(a.finance, b.finance),
        (a.readiness.score, b.readiness.score),
        (band_of(a.readiness), band_of(b.readiness)),
        appeared=_only_in(b.readiness.findings, a.readiness.findings),
        went=_only_in(a.readiness.findings, b.readiness.findings),
    )


def _only_in(these: list[Finding], others: list[Finding]) -> list[Finding]:
    """Findings of ``these`` that ``others`` does not have.  The same rule with the same message (a
    finding that moved with its row) or at the same field (its figures changed) counts as the same."""
    by_message = {(f.rule, f.message) for f in others}
    by_field = {(f.rule, f.field) for f in others}
    return [f for f in these if (f.rule, f.message) not in by_message and (f.rule, f.field) not in by_field]


# --- output --------------------------------------------------------------------------------------------

WIDTH = 100
_WORD = re.compile(r"\S+|\s+")


def word_diff_parts(old: str, new: str, context: int = 8) -> list[tuple[str, str]]:
    """``old`` and ``new`` word by word, as (kind, words) in reading order; kind is "same", "removed",
    "added", or "skipped" (a long unchanged stretch, shortened to its first and last ``context`` words
    and a count of the words between)."""
    a, b = old.split(), new.split()
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            words = a[i1:i2]
            if len(words) > 2 * context + 3:
                head = words[:context] if out else []
                tail = words[-context:] if i2 < len(a) or j2 < len(b) else []
                skipped = len(words) - len(head) - len(tail)
                if head:
                    out.append(("same", " ".join(head)))
                out.append(("skipped", f"({skipped} words unchanged)"))
                if tail:
                    out.append(("same", " ".join(tail)))
            else:
                out.append(("same", " ".join(words)))
            continue
        if i2 > i1:
            out.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", " ".join(b[j1:j2])))
    return out


def word_diff(old: str, new: str, context: int = 8) -> str:
    """``old`` and ``new`` as one text: removed words in ``[-...-]``, added in ``{+...+}``; long unchanged
    stretches shortened to their first and last ``context`` words and a count of the words between."""
    marks = {"removed": "[-{}-]", "added": "{{+{}+}}"}
    return " ".join(marks.get(kind, "{}").format(words) for kind, words in word_diff_parts(old, new, context))


def _wrap(line: str, indent: str, later: str | None = None) -> list[str]:
    import textwrap

    return textwrap.wrap(line, WIDTH, initial_indent=indent, subsequent_indent=indent if later is None else later,
                         break_long_words=False, break_on_hyphens=False) or [indent]


def is_long(change: Change) -> bool:
    return (isinstance(change.old, str) and len(change.old) > 60) or (isinstance(change.new, str) and len(change.new) > 60) \
        or "\n" in (change.old if isinstance(change.old, str) else "") or "\n" in (change.new if isinstance(change.new, str) else "")


def _finding_line(f: Finding, mark: str) -> str:
    where = modelpaths.title(f.field) if f.field else "Proposal"
    return f"  {mark} [{f.severity}] {where}: {text.one_line(f.message)}"


def format_text(result: Comparison) -> str:
    lines = ["Comparing", f"  old: {text.one_line(result.old.describe())}", f"  new: {text.one_line(result.new.describe())}", ""]
    if result.same:
        lines.append("No differences: the two proposals hold the same content.")
        return "\n".join(lines)
    lines.append("Key figures")
    width = max(len(f.title) for f in result.figures) + 2
    for fig in result.figures:
        if fig.changed:
            lines.append(f"  {fig.title:<{width}}{fig.old or '(not computed)'} {ARROW} {fig.new or '(not computed)'}")
        else:
            lines.append(f"  {fig.title:<{width}}{fig.new or '(not computed)'} (no change)")
    lines += ["", "Readiness"]
    old_score, new_score = result.score
    lines.append(f"  Score: {old_score} {ARROW} {new_score}" if old_score != new_score else f"  Score: {new_score} (no change)")
    if result.band != (None, None):
        ob, nb = result.band
        lines.append(f"  Band: {ob} {ARROW} {nb}" if ob != nb else f"  Band: {nb} (no change)")
    if result.went:
        lines.append(f"  Findings that went ({len(result.went)}):")
        lines += [_finding_line(f, "-") for f in result.went]
    if result.appeared:
        lines.append(f"  Findings that appeared ({len(result.appeared)}):")
        lines += [_finding_line(f, "+") for f in result.appeared]
    if not result.went and not result.appeared:
        lines.append("  Findings: the same")
    lines += ["", f"Changes ({len(result.changes)})"]
    marks = {"changed": "~", "added": "+", "removed": "-", "moved": ">"}
    for change in result.changes:
        head = f"  {marks[change.kind]} {text.one_line(change.title)}"
        if change.kind == "changed" and is_long(change):
            lines.append(head)
            old = change.old if isinstance(change.old, str) else change.old_text
            new = change.new if isinstance(change.new, str) else change.new_text
            lines += _wrap(text.one_line(word_diff(old, new)), "      ")
        elif change.kind == "changed":
            lines += _wrap(f"{head}: {change.old_text} {ARROW} {change.new_text}", "", "      ")
        else:
            lines += _wrap(head, "", "      ")
    return "\n".join(line.rstrip() for line in lines)


def to_json(result: Comparison) -> dict[str, Any]:
    def side(s: Side) -> dict[str, Any]:
        v = s.version
        return {"name": s.name, "version": None if v is None else {
            "number": v.number, "label": v.label, "created": v.created.isoformat(), "author": v.author}}

    def finding(f: Finding) -> dict[str, Any]:
        return {"rule": f.rule, "severity": f.severity, "field": f.field, "message": f.message}

    return {
        "old": side(result.old),
        "new": side(result.new),
        "same": result.same,
        "figures": [{"id": f.id, "title": f.title, "old": f.old, "new": f.new, "changed": f.changed} for f in result.figures],
        "readiness": {"score": {"old": result.score[0], "new": result.score[1]},
                      "band": {"old": result.band[0], "new": result.band[1]},
                      "appeared": [finding(f) for f in result.appeared],
                      "went": [finding(f) for f in result.went]},
        "changes": [c.as_json() for c in result.changes],
    }


