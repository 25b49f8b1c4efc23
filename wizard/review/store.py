"""Where the review part lives in a ``.citypitch`` file, and reading and writing it.

The review part is a set of zip entries beside ``proposal.json``, so the proposal model stays as it
is and a CityPitch that knows nothing of reviews keeps them (unknown entries are written back):

- ``review/comments.json``  comments with their replies and anchors;
- ``review/sessions.json``  session notes;
- ``review/signoff.json``   whether sign-off is required, and every sign-off;
- ``review/versions.json``  the list of saved versions (label, date, author, score, band...);
- ``review/objects.json``   the versions' content, stored once (see :mod:`wizard.review.versions`);
- ``review/blobs/<sha256>`` an image a saved version uses and the current draft no longer has.

Each JSON entry is ``{"format": 1, ...}``.  An entry from a newer format, or a damaged one, raises
:class:`ReviewError` when read; the project still opens, and the entry is kept unchanged when the
project is saved (nothing here ever writes over an entry it could not read).

The entries live in :attr:`Project.other_members` as bytes: every change is written there at once, so
saving, autosave, recovery copies and the export's frozen copies carry them with no extra step.

Reading is quick however many comments a file holds (the wizard reads after every action): bytes are
immutable, so what was read from (or written as) one ``bytes`` object is remembered by that object.
Bytes met for the first time are read with the project file's strict reader; bytes already read, or
written here, skip those checks.  :func:`read` always gives a record of the caller's own, to change
and :func:`write` back; :func:`read_shared` gives the remembered record itself, for reading only (a
record given to :func:`write` is remembered that way too, so it must not be changed afterwards).  A
plain ``.json`` proposal (how the samples are kept) has no zip, so it cannot hold a review: save it as
a ``.citypitch`` file first.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from wizard.i18n.said import Said, said
from wizard.errors import CityPitchError, explained
from wizard.projectfile import MAX_MEMBER_BYTES, MAX_MEMBERS, Project
from wizard.review.blobs import BLOB_PREFIX as BLOB_PREFIX  # re-exported: part of the store's vocabulary
from wizard.review.blobs import FORMAT as FORMAT  # re-exported: the entries' format number
from wizard.review.blobs import VERSIONS, members_to_write
from wizard.review.records import CommentsFile, Record, SessionsFile, SignoffFile, VersionsFile

PREFIX = "review/"
COMMENTS = "review/comments.json"
SESSIONS = "review/sessions.json"
SIGNOFF = "review/signoff.json"
OBJECTS = "review/objects.json"

_FILES: dict[type[Record], tuple[str, str]] = {
    CommentsFile: (COMMENTS, "comments"),
    SessionsFile: (SESSIONS, "session notes"),
    SignoffFile: (SIGNOFF, "sign-offs"),
    VersionsFile: (VERSIONS, "saved versions"),
}

R = TypeVar("R", bound=Record)


class ReviewError(CityPitchError):
    """The review part cannot be read or changed; the message names the file and the problem.

    ``problem`` may be a :class:`~wizard.i18n.said.Said` (kept as :attr:`problem_said`): ``problem`` is
    then its English, and a translated window words it in its own language.
    """

    def __init__(self, project: Project | None, problem: str | Said) -> None:
        where = str(project.path) if project is not None and project.path else "(unsaved project)"
        self.problem = str(problem)
        self.problem_said = problem if isinstance(problem, Said) else None
        super().__init__(f"{where}: {self.problem}")
        if self.problem_said is not None:
            self.said = said("%1: %2", where, self.problem_said)


#: What each part of the review is called in messages ("the comments (review/comments.json) are damaged").
WHAT: dict[str, Said] = {"comments": said("comments"), "session notes": said("session notes"), "sign-offs": said("sign-offs"),
                         "saved versions": said("saved versions"),
                         "contents of the saved versions": said("contents of the saved versions")}


def _what(what: str) -> Said | str:
    return WHAT.get(what, what)


def has_review(project: Project) -> bool:
    return any(name.startswith(PREFIX) for name in project.other_members)


def parse_json(project: Project, member: str, what: str) -> Any:
    """The JSON of ``member``, or None if absent; ReviewError if damaged or from a newer format."""
    raw = project.other_members.get(member)
    if raw is None:
        return None
    from wizard.errors import ProjectFileError
    from wizard.projectfile import parse_json as strict_json

    try:  # the project file's own strict reader: duplicate keys, NaN, huge numbers, depth, broken characters
        data = strict_json(raw.decode("utf-8"), Path(member), what)
    except (UnicodeDecodeError, ProjectFileError, ValueError, RecursionError):
        raise ReviewError(project, said("the %1 (%2) are damaged and cannot be read; they are kept unchanged in the "
                                        "file, and cannot be changed here", _what(what), member)) from None
    if not isinstance(data, dict):
        raise ReviewError(project, said("the %1 (%2) are damaged (not a JSON object); they are kept unchanged in "
                                        "the file, and cannot be changed here", _what(what), member))
    fmt = data.get("format", FORMAT)
    if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt < 1:
        raise ReviewError(project, said("the %1 (%2) have an unreadable format number %3", _what(what), member,
                                        repr(fmt)))
    if fmt > FORMAT:
        raise ReviewError(project, said("the %1 (%2) were written by a newer CityPitch (format %3); this version "
                                        "keeps them unchanged but cannot show or change them. Update CityPitch",
                                        _what(what), member, str(fmt)))
    return data


# --- what was read, by the bytes it was read from -------------------------------------------------------

_lock = threading.Lock()
#: member -> the bytes objects seen last (newest first), each with its record once read for sharing.
_seen: dict[str, list[tuple[bytes, Record | None]]] = {}
_SEEN = 4


def _known(member: str, raw: bytes) -> tuple[bool, Record | None]:
    with _lock:
        for known, record in _seen.get(member, ()):
            if known is raw:
                return True, record
    return False, None


def _remember(member: str, raw: bytes, record: Record | None) -> None:
    with _lock:
        entries = [(k, r) for k, r in _seen.get(member, ()) if k is not raw]
        _seen[member] = [(raw, record), *entries][:_SEEN]


def read(project: Project, kind: type[R]) -> R:
    """The review record file of ``kind`` (empty if the project has none yet), the caller's own to change."""
    member, what = _FILES[kind]
    raw = project.other_members.get(member)
    if raw is None:
        return kind()
    known, _record = _known(member, raw)
    if known:
        # Checked by the strict reader (or written here) already: the quick reader gives the same record.
        return kind.model_validate_json(raw)
    record = _read_strict(project, kind, member, what)
    _remember(member, raw, None)
    return record


def read_shared(project: Project, kind: type[R]) -> R:
    """Like :func:`read`, but the record read before from the same bytes, if any: never change it."""
    member, what = _FILES[kind]
    raw = project.other_members.get(member)
    if raw is None:
        return kind()
    known, record = _known(member, raw)
    if isinstance(record, kind):
        return record
    fresh = kind.model_validate_json(raw) if known else _read_strict(project, kind, member, what)
    _remember(member, raw, fresh)
    return fresh


def _read_strict(project: Project, kind: type[R], member: str, what: str) -> R:
    data = parse_json(project, member, what)
    if data is None:
        return kind()
    try:
        return kind.model_validate(data)
    except ValidationError as exc:
        raise ReviewError(project, said("the %1 (%2) are damaged (%3); they are kept unchanged in the file, and "
                                        "cannot be changed here", _what(what), member, explained(exc, kind, 2))) from None
    except RecursionError:
        raise ReviewError(project, said("the %1 (%2) are nested too deeply to be read", _what(what), member)) from None


def encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write(project: Project, record: Record) -> None:
    """Store ``record`` in the project (in memory; it reaches the disk when the project is saved).

    The record is remembered as what these bytes hold (see the module notes): do not change it after.
    """
    member, what = _FILES[type(record)]
    # The same bytes as encode(record.model_dump(mode="json")), made four times quicker by pydantic.
    data = record.model_dump_json().encode("utf-8")
    put(project, member, data, what)
    _remember(member, data, record)


def put(project: Project, member: str, data: bytes, what: str) -> None:
    if len(data) > MAX_MEMBER_BYTES:
        raise ReviewError(project, said("the %1 would take %2 MB, more than a project file may hold in one part "
                                        "(%3 MB); nothing was changed", _what(what), len(data) // (1024 * 1024),
                                        MAX_MEMBER_BYTES // (1024 * 1024)))
    project.other_members[member] = data


def check_member_count(project: Project, extra: int) -> None:
    """Refuse a change that would give the file more entries than CityPitch will read back."""
    count = 1 + len(project.assets) + len(members_to_write(project.assets, project.other_members)) + extra
    if count > MAX_MEMBERS:
        raise ReviewError(project, said("the file would hold %1 parts, more than CityPitch reads back (%2); delete "
                                        "old versions that use images the draft no longer has, then try again",
                                        count, MAX_MEMBERS))


# --- images of saved versions ----------------------------------------------------------------------


