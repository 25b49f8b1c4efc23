"""Comments on any field or table row, with replies, open or resolved, kept inside the project file.

A comment is anchored by a model path (``problem.kpis[2].baseline``, ``risks[3]``, ``vision.statement``,
or ``""`` for the proposal as a whole), the same paths readiness findings use, so the wizard can put a
marker on the field and jump to it.  Comments never reach investor-facing output: the export reads only
the proposal, and the review memo (:mod:`wizard.review.memo`) is for the team.

How an anchor survives rows being inserted, removed or moved
------------------------------------------------------------
An index alone would slide onto the wrong row when a row is inserted above it.  So for each table
index in its path, a comment also remembers the row as it last saw it: a hash of the row's whole
content, its identifying text (a KPI's name, a risk's description, a year line's year) and the
table's length.  Two mechanisms keep anchors right:

1. Exact tracking: the wizard calls :func:`rows_inserted`, :func:`rows_removed` and
   :func:`rows_reordered` when it changes a table, and anchors shift with their rows.  A comment on a
   removed row is marked ``detached`` (kept, listed, never deleted).
2. Recognition, for changes made elsewhere (a restored version, a hand-edited file, an older
   CityPitch that kept the comments without tracking them): :func:`reanchor` runs whenever comments
   are read.  For each table index it tries, in order: the row at the same place with the same
   content; the one row elsewhere with the same content (moved); the row at the same place with the
   same identifying text (edited); the one row elsewhere with that text (moved and edited); the same
   place if the table's length has not changed (edited in place, name included).  Otherwise the
   comment is ``detached``, showing where it was and the row's text, until a row it recognises comes
   back (undoing a deletion re-attaches it).

The known limit: if, between two saves, a row is removed, another inserted so the length is back
where it was, and the commented row's identifying text was also changed, recognition can attach the
comment to the row now at that place.  Exact tracking in the wizard does not have this limit.
A field renamed by a later schema detaches the comments on it unless its migration also moves them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wizard.i18n.said import Place, Said, said
from wizard.model import LINE_MAX, TEXT_MAX
from wizard.projectfile import Project
from wizard.review import modelpaths, store
from wizard.review.canonical import dumps
from wizard.review.modelpaths import Part, PathError
from wizard.review.records import Anchor, Comment, CommentsFile, Reply, RowMark


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


# --- recognising rows ------------------------------------------------------------------------------


def row_digest(row: Any) -> str:
    return hashlib.sha256(dumps(row)).hexdigest()[:16]


def row_label(row: Any, item_type: Any = None) -> str:
    """A row's identifying text: the row itself for a list of texts, else its first filled-in name-like
    field (text or a whole number, not a choice or a yes/no), in the model's field order."""
    if isinstance(row, str):
        return row[:LINE_MAX]
    if not isinstance(row, dict):
        return "" if row is None else str(row)[:LINE_MAX]
    fields = getattr(item_type, "model_fields", None) or {}
    order = list(fields) or list(row)
    for name in order:
        value = row.get(name)
        if isinstance(value, bool) or value in (None, ""):
            continue
        if fields and name in fields and modelpaths.node_of(fields[name].annotation).choice is not None:
            continue
        if isinstance(value, (str, int)):
            return str(value)[:LINE_MAX]
    return ""


class _Tables:
    """Digests and labels of each table of one proposal, computed once per pass."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.cache: dict[tuple[Part, ...], tuple[list[str], list[str]] | None] = {}

    def rows(self, parts: tuple[Part, ...]) -> tuple[list[str], list[str]] | None:
        if parts not in self.cache:
            try:
                value = modelpaths.value_at(self.data, parts)
                item = modelpaths.resolve(parts).item
            except (KeyError, IndexError, PathError):
                value, item = None, None
            if isinstance(value, list):
                self.cache[parts] = ([row_digest(r) for r in value], [row_label(r, item) for r in value])
            else:
                self.cache[parts] = None
        return self.cache[parts]


def _nearest(candidates: list[int], index: int) -> int | None:
    return min(candidates, key=lambda i: (abs(i - index), i)) if candidates else None


def _find_row(mark: RowMark, digests: list[str], labels: list[str], allow_same_length: bool) -> int | None:
    index = mark.index
    if index < len(digests) and digests[index] == mark.digest:
        return index
    same = [i for i, d in enumerate(digests) if d == mark.digest]
    if same:
        return _nearest(same, index)
    if mark.label:
        if index < len(labels) and labels[index] == mark.label:
            return index
        named = [i for i, label in enumerate(labels) if label == mark.label]
        if named:
            return _nearest(named, index)
    if allow_same_length and mark.length == len(digests) and index < len(digests):
        return index
    return None


def _mark(parts: tuple[Part, ...], index: int, tables: _Tables) -> RowMark:
    rows = tables.rows(parts)
    digests, labels = rows if rows is not None else ([], [])
    # Built from values computed here (no user input), so validation is skipped: with thousands of
    # comments it was most of the time spent opening a file.
    return RowMark.model_construct(list=modelpaths.join(parts), index=index, length=len(digests),
                                   digest=digests[index] if index < len(digests) else "",
                                   label=labels[index] if index < len(labels) else "")


def _same_marks(a: list[RowMark], b: list[RowMark]) -> bool:
    return len(a) == len(b) and all((x.list, x.index, x.length, x.digest, x.label) == (y.list, y.index, y.length, y.digest, y.label)
                                    for x, y in zip(a, b))


#: Where an anchor is now: ``None`` when its field or row cannot be found, else its path and row marks.
_Found = tuple[str, list[RowMark]] | None


def _locate(path: str, stored: list[RowMark], detached: bool, tables: _Tables) -> _Found:
    try:
        parts = list(modelpaths.parse(path))
        modelpaths.resolve(parts)
    except PathError:
        return None
    positions = [i for i, p in enumerate(parts) if isinstance(p, int)]
    marks = list(stored)
    if len(marks) != len(positions):  # hand-edited or older data: trust the path as it stands
        marks = [RowMark(list=modelpaths.join(parts[:pos]), index=int(parts[pos])) for pos in positions]
    new_marks: list[RowMark] = []
    for pos, mark in zip(positions, marks):
        rows = tables.rows(tuple(parts[:pos]))
        if rows is None:
            return None
        digests, labels = rows
        if not mark.digest and not mark.label:  # nothing to recognise it by: the index is all we have
            found: int | None = mark.index if mark.index < len(digests) else None
        else:
            found = _find_row(mark, digests, labels, allow_same_length=not detached)
        if found is None:
            return None
        parts[pos] = found
        new_marks.append(_mark(tuple(parts[:pos]), found, tables))
    # A field missing from the stored data is still a field of the model (shown empty).
    return modelpaths.join(parts), new_marks


def _key(comment: Comment) -> tuple[Any, ...]:
    return (comment.anchor.path, comment.detached,
            tuple((m.list, m.index, m.length, m.digest, m.label) for m in comment.anchor.rows))


def _reanchor_one(comment: Comment, tables: _Tables, seen: dict[tuple[Any, ...], _Found]) -> Comment:
    """``comment`` itself when its anchor still holds, else a copy with the anchor brought up to date."""
    key = _key(comment)
    if key not in seen:  # thousands of comments share a few hundred places: each is worked out once
        seen[key] = _locate(comment.anchor.path, list(comment.anchor.rows), comment.detached, tables)
    found = seen[key]
    if found is None:
        return comment if comment.detached else comment.model_copy(update={"detached": True})
    path, marks = found
    if path == comment.anchor.path and _same_marks(marks, comment.anchor.rows) and not comment.detached:
        return comment
    # Rows are built from values computed here (no user input), so validation is skipped.
    anchor = Anchor.model_construct(path=path, rows=[m.model_copy() for m in marks])
    return comment.model_copy(update={"anchor": anchor, "detached": False})


def reanchor(comments: list[Comment], data: dict[str, Any]) -> int:
    """Bring every comment's anchor up to date with the proposal ``data`` (see the module notes).

    A comment whose anchor changed is replaced in the list by an updated copy; the others are left as
    they are, so a list read from a shared record can be re-anchored without changing that record.
    Returns how many changed.
    """
    tables = _Tables(data)
    seen: dict[tuple[Any, ...], _Found] = {}
    changed = 0
    for position, comment in enumerate(comments):
        updated = _reanchor_one(comment, tables, seen)
        if updated is not comment:
            comments[position] = updated
            changed += 1
    return changed


def anchor_for(path: str, data: dict[str, Any]) -> Anchor:
    """The anchor of a new comment on ``path``; PathError if the proposal has no such field or row."""
    parts = modelpaths.parse(path)
    modelpaths.resolve(parts)
    tables = _Tables(data)
    marks = []
    for pos, part in enumerate(parts):
        if isinstance(part, int):
            rows = tables.rows(tuple(parts[:pos]))
            if rows is None or part >= len(rows[0]):
                # A sentence a translated window words: the places by their titles (the English, for the command
                # line, names the path asked for as it always has).
                asked, where = Place(modelpaths.join(parts), bare=True), Place(modelpaths.join(parts[:pos]))
                count = 0 if rows is None else len(rows[0])
                if count == 1:
                    raise PathError.saying(said("'%1': %2 has 1 row, so there is no row %3", asked, where, str(part + 1)))
                raise PathError.saying(said("'%1': %2 has %3 rows, so there is no row %4", asked, where, count, str(part + 1)))
            marks.append(_mark(tuple(parts[:pos]), part, tables))
    return Anchor(path=modelpaths.join(parts), rows=marks)


# --- reading and changing ----------------------------------------------------------------------------


#: The comments entry last found (or written) anchored to the current rows, and the proposal's
#: fingerprint then: reading those bytes again for the same proposal needs no re-anchoring.
_anchored: tuple[bytes, bytes] | None = None


def _fingerprint(data: dict[str, Any]) -> bytes:
    return hashlib.sha256(dumps(data)).digest()


def _remember_anchored(project: Project, fingerprint: bytes) -> None:
    global _anchored
    raw = project.other_members.get(store.COMMENTS)
    _anchored = (raw, fingerprint) if raw is not None else None


def _is_anchored(project: Project, fingerprint: bytes) -> bool:
    known = _anchored
    return known is not None and known[0] is project.other_members.get(store.COMMENTS) and known[1] == fingerprint


def load(project: Project) -> list[Comment]:
    """Every comment, anchors brought up to date with the current proposal (nothing is written).

    The comments may be shared with the project's stored record: read them, do not change them.
    """
    comments = list(store.read_shared(project, CommentsFile).comments)
    data = project.proposal.to_json_data()
    fingerprint = _fingerprint(data)
    if not _is_anchored(project, fingerprint) and not reanchor(comments, data):
        _remember_anchored(project, fingerprint)
    return comments


def refresh(project: Project) -> bool:
    """Re-anchor every comment against the current proposal and store the result; True if any moved.

    Recognition compares a table with how each comment last saw it, so the wizard calls this before
    each save and autosave (and after a restore): then only the edits since the last save need
    recognising.  Nothing is written when nothing changed.
    """
    raw = project.other_members.get(store.COMMENTS)
    if raw is None:
        return False
    file = store.read_shared(project, CommentsFile)
    found = list(file.comments)
    data = project.proposal.to_json_data()
    fingerprint = _fingerprint(data)
    if _is_anchored(project, fingerprint):
        return False
    moved = bool(reanchor(found, data))
    if moved:
        store.write(project, file.model_copy(update={"comments": found}))
    _remember_anchored(project, fingerprint)
    return moved


def _change(project: Project, change: Callable[[list[Comment]], Any], *, anchor: bool = True) -> Any:
    """Apply ``change`` to the list of comments and store the result.

    Comments are never changed in place: ``change`` replaces a comment it changes by an updated copy
    (:func:`_replace`), so the record read (shared, see :func:`wizard.review.store.read_shared`) stays
    as it was, and only what changed is copied, however many comments the file holds.
    """
    file = store.read_shared(project, CommentsFile)
    found = list(file.comments)
    data = project.proposal.to_json_data() if anchor else None
    if data is not None:
        reanchor(found, data)
    result = change(found)
    store.write(project, file.model_copy(update={"comments": found}))
    if data is not None:
        _remember_anchored(project, _fingerprint(data))
    return result


def _replace(found: list[Comment], number: int, project: Project, **update: Any) -> Comment:
    for position, comment in enumerate(found):
        if comment.number == number:
            # Values set here are the core's own (status, names already cleaned, dates), so no validation.
            found[position] = comment.model_copy(update=update)
            return found[position]
    raise store.ReviewError(project, said("there is no comment %1", str(number)))


def _clean_text(text: str, what: str = "comment") -> str:
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise store.ReviewError(None, said("the reply is empty: write what you want to say") if what == "reply"
                                else said("the comment is empty: write what you want to say"))
    if len(text) > TEXT_MAX:
        raise store.ReviewError(None, said("the reply is too long (%1 characters; at most %2)", len(text), TEXT_MAX)
                                if what == "reply" else
                                said("the comment is too long (%1 characters; at most %2)", len(text), TEXT_MAX))
    return text


def _clean_name(name: str, what: str = "author") -> str:
    name = " ".join(name.split())
    if not name:
        raise store.ReviewError(None, said("say who the person resolving it is (a name)") if what == "person resolving it"
                                else said("say who the author is (a name)"))
    return name[:LINE_MAX]


def get(file_or_list: CommentsFile | Sequence[Comment], number: int, project: Project | None = None) -> Comment:
    comments = file_or_list.comments if isinstance(file_or_list, CommentsFile) else file_or_list
    for comment in comments:
        if comment.number == number:
            return comment
    raise store.ReviewError(project, said("there is no comment %1", str(number)))


def add(project: Project, path: str, text: str, author: str, *, when: dt.datetime | None = None) -> Comment:
    """A new open comment on the field or row at ``path`` (PathError if the proposal has no such place)."""
    text, author = _clean_text(text), _clean_name(author)
    anchor = anchor_for(path, project.proposal.to_json_data())

    def change(found: list[Comment]) -> Comment:
        comment = Comment(number=max((c.number for c in found), default=0) + 1, anchor=anchor,
                          author=author, created=when or now(), text=text)
        found.append(comment)
        return comment

    result: Comment = _change(project, change)
    return result


def reply(project: Project, number: int, text: str, author: str, *, when: dt.datetime | None = None) -> Reply:
    text, author = _clean_text(text, "reply"), _clean_name(author)

    def change(found: list[Comment]) -> Reply:
        comment = get(found, number, project)
        answer = Reply(number=max((r.number for r in comment.replies), default=0) + 1, author=author,
                       created=when or now(), text=text)
        _replace(found, number, project, replies=[*comment.replies, answer])
        return answer

    result: Reply = _change(project, change)
    return result


def resolve(project: Project, number: int, by: str, *, when: dt.datetime | None = None) -> Comment:
    by = _clean_name(by, "person resolving it")

    def change(found: list[Comment]) -> Comment:
        return _replace(found, number, project, status="resolved", resolved_by=by, resolved_at=when or now())

    result: Comment = _change(project, change)
    return result


def reopen(project: Project, number: int) -> Comment:
    def change(found: list[Comment]) -> Comment:
        return _replace(found, number, project, status="open", resolved_by="", resolved_at=None)

    result: Comment = _change(project, change)
    return result


# --- exact tracking of table edits (called by the wizard after it changed a table) -----------------------


def _shift(project: Project, list_path: str, remap: Callable[[int], int | None], new_length: int) -> None:
    table = modelpaths.parse(list_path)
    depth = len(table)

    def change(found: list[Comment]) -> None:
        for position, comment in enumerate(found):
            try:
                parts = list(modelpaths.parse(comment.anchor.path))
            except PathError:
                continue
            if len(parts) <= depth or tuple(parts[:depth]) != table or not isinstance(parts[depth], int):
                continue
            if comment.detached:
                continue
            old = int(parts[depth])
            new = remap(old)
            if new is None:
                found[position] = comment.model_copy(update={"detached": True})
                continue
            parts[depth] = new
            marks = list(comment.anchor.rows)
            for i, mark in enumerate(marks):
                try:
                    mark_parts = modelpaths.parse(mark.list)
                except PathError:
                    continue
                if mark_parts == table:
                    marks[i] = mark.model_copy(update={"index": new, "length": new_length})
                elif mark_parts[:depth] == table and len(mark_parts) > depth and mark_parts[depth] == old:
                    fixed = list(mark_parts)
                    fixed[depth] = new
                    marks[i] = mark.model_copy(update={"list": modelpaths.join(fixed)})
            anchor = Anchor.model_construct(path=modelpaths.join(parts), rows=marks)
            found[position] = comment.model_copy(update={"anchor": anchor})

    _change(project, change, anchor=False)


def _length(project: Project, list_path: str) -> int:
    try:
        value = modelpaths.value_at(project.proposal.to_json_data(), modelpaths.parse(list_path))
    except (KeyError, IndexError):
        return 0
    return len(value) if isinstance(value, list) else 0


def rows_inserted(project: Project, list_path: str, index: int, count: int = 1) -> None:
    """``count`` rows were inserted at ``index`` of the table at ``list_path`` (call after the change)."""
    _shift(project, list_path, lambda i: i + count if i >= index else i, _length(project, list_path))


def rows_removed(project: Project, list_path: str, index: int, count: int = 1) -> None:
    """``count`` rows were removed from ``index``: their comments are detached, later ones shift up."""
    def remap(i: int) -> int | None:
        if i < index:
            return i
        return None if i < index + count else i - count

    _shift(project, list_path, remap, _length(project, list_path))


def rows_reordered(project: Project, list_path: str, new_order: Sequence[int]) -> None:
    """The table's rows were reordered: ``new_order[i]`` is the old index of the row now at ``i``."""
    where = {old: new for new, old in enumerate(new_order)}
    _shift(project, list_path, lambda i: where.get(i), len(new_order))


# --- views ----------------------------------------------------------------------------------------------


def open_comments(comments: Iterable[Comment]) -> list[Comment]:
    return [c for c in comments if c.is_open]


def under(comments: Iterable[Comment], prefix: str | Sequence[str]) -> list[Comment]:
    """Comments on ``prefix`` or anything inside it (``problem`` covers ``problem.kpis[2].unit``)."""
    prefixes = (prefix,) if isinstance(prefix, str) else tuple(prefix)

    def inside(path: str, p: str) -> bool:
        return not p or path == p or path.startswith((p + ".", p + "["))

    return [c for c in comments if any(inside(c.anchor.path, p) for p in prefixes)]


def place(comment: Comment) -> Place | Said:
    """:func:`where` as a part a translated window words (:mod:`wizard.i18n.said`): the field's title in
    the reader's language, the row's text (the team's own) as written."""
    where: Place | Said = Place(comment.anchor.path) if comment.anchor.path.strip() else said("The proposal as a whole")
    label = comment.anchor.rows[-1].label if comment.anchor.rows else ""
    return said("%1 (%2)", where, label) if label else where


def where(comment: Comment) -> str:
    """The comment's place in a planner's words, with the row's text when it is on a row."""
    try:
        title = modelpaths.title(comment.anchor.path) if comment.anchor.path else "The proposal as a whole"
    except PathError:
        title = comment.anchor.path
    label = comment.anchor.rows[-1].label if comment.anchor.rows else ""
    if label:
        title += f" ({label})"
    return title
