"""Project files: reading and writing ``.citypitch`` files safely.

Format (see README, "The project file"): a ``.citypitch`` file is a zip archive holding
``proposal.json`` (the :class:`~wizard.model.Proposal` as JSON, UTF-8) and the project's images under
``assets/``. One file carries everything, so it can travel by e-mail or USB.  A plain ``.json``
proposal (as the bundled samples are kept, for readable diffs) is read too, with its images taken from
a sibling ``<name>.assets/`` folder if there is one.

Guarantees:
- Saving writes a temporary file in the target folder, flushes and fsyncs it, keeps the previous
  version as ``<file>.bak``, then atomically replaces the target: a crash leaves the old or the new file,
  never a torn one.
- Loading never modifies the file, never hangs on a hostile archive (every size is capped while
  reading), and every failure is a :class:`~wizard.errors.ProjectFileError` naming the file and the
  problem.
- Keys and archive members this version does not know are kept and written back.
- A file from a newer schema is refused by default (:class:`~wizard.errors.NewerVersionError`);
  ``load(path, allow_newer=True)`` reads it for a read-only view instead, keeping every unknown key, and
  :func:`save` refuses to write such a project, so it is never silently down-converted.
"""

from __future__ import annotations

import errno
import io
import json
import math
import os
import re
import stat
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wizard import __version__, atomic
from wizard.errors import NewerVersionError, ProjectFileError, explain, explained
from wizard.i18n.said import Said, said, template
from wizard.images import MAX_IMAGE_BYTES
from wizard.migrations import SchemaVersionError, migrate
from wizard.model import SCHEMA_VERSION, Proposal, new_proposal

SUFFIX = ".citypitch"
PROPOSAL_MEMBER = "proposal.json"
ASSET_PREFIX = "assets/"

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 512
MAX_JSON_BYTES = 16 * 1024 * 1024
#: Largest archive member: an image (the one image limit, :data:`wizard.images.MAX_IMAGE_BYTES`) or other data.
MAX_MEMBER_BYTES = MAX_IMAGE_BYTES
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: Deepest nesting of objects and lists a proposal may hold (the model itself uses 4 levels; unknown keys
#: kept for a newer version get the rest).  Deeper data is refused at load, so whatever loads can also be
#: copied, saved and exported (pydantic's serialiser and ``copy.deepcopy`` give up a few hundred levels down).
MAX_DEPTH = 64
#: Most digits of a whole number, and most characters of any other number, written in a proposal's JSON.
#: The largest value the model accepts has 24 digits (money); this only stops absurd literals early.
MAX_NUMBER_DIGITS = 40
MAX_NUMBER_CHARS = 100
_SAFE_MEMBER = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,120}(/[A-Za-z0-9_][A-Za-z0-9._-]{0,120}){0,3}$")


@dataclass
class Project:
    """A proposal with its images, and the file it came from (``None`` until first saved)."""

    proposal: Proposal = field(default_factory=new_proposal)
    assets: dict[str, bytes] = field(default_factory=dict)
    path: Path | None = None
    #: Archive members this version does not know; written back unchanged.
    other_members: dict[str, bytes] = field(default_factory=dict)
    #: Images the proposal names that could not be taken from a plain JSON project's assets folder, with
    #: the reason (a link, not a regular file, too large); the export says so if it needs them.
    asset_problems: dict[str, str] = field(default_factory=dict)

    def frozen_copy(self) -> "Project":
        """An independent copy for a background task (bytes are immutable and shared)."""
        return Project(self.proposal.frozen_copy(), dict(self.assets), self.path, dict(self.other_members),
                       dict(self.asset_problems))

    @property
    def newer_schema(self) -> int | None:
        """The schema version when the file came from a newer CityPitch (read-only here), else None."""
        version = self.proposal.schema_version
        return version if version > SCHEMA_VERSION else None


# --- loading ------------------------------------------------------------------------------------


def load(path: str | os.PathLike[str], *, allow_newer: bool = False) -> Project:
    """Read a ``.citypitch`` or ``.json`` project; raise ProjectFileError on any problem.

    With ``allow_newer`` a file from a newer schema is read as far as this version understands it
    (every key it does not know is kept) instead of raising NewerVersionError; its
    :attr:`Project.newer_schema` is then set and :func:`save` will not write it.  It still raises
    NewerVersionError when the fields this version knows do not validate.
    """
    path = Path(path)
    try:
        if not path.exists():
            raise ProjectFileError(path, said("the file does not exist"))
        if path.is_dir():
            raise ProjectFileError(path, said("this is a folder, not a CityPitch file"))
        size = path.stat().st_size
        if size == 0:
            raise ProjectFileError(path, said("the file is empty"))
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(path, said("the file is too large (%1 MB; the limit is %2 MB)", str(size // (1024 * 1024)),
                                              str(MAX_FILE_BYTES // (1024 * 1024))))
        with path.open("rb") as handle:
            head = handle.read(4)
        if head.startswith(b"PK"):
            return _load_zip(path, allow_newer)
        return _load_json_file(path, allow_newer)
    except ProjectFileError:
        raise
    except PermissionError:
        raise ProjectFileError(path, said("permission denied: CityPitch may not read this file")) from None
    except OSError as exc:
        raise ProjectFileError(path, said("the file could not be read (%1)", str(exc.strerror or exc))) from None


def _load_zip(path: Path, allow_newer: bool = False) -> Project:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        # NotImplementedError: a damaged header asking for a zip version that does not exist (found by fuzzing)
        raise ProjectFileError(path, said("the file is damaged or truncated (not a readable CityPitch archive)")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ProjectFileError(path, f"the archive has too many entries ({len(infos)}; the limit is {MAX_MEMBERS})")
        names = [info.filename for info in infos]
        if PROPOSAL_MEMBER not in names:
            raise ProjectFileError(path, said("the archive has no %1: it is not a CityPitch project", PROPOSAL_MEMBER))
        if len(set(names)) != len(names):
            raise ProjectFileError(path, "the archive lists the same entry twice")
        total = 0
        members: dict[str, bytes] = {}
        for info in infos:
            name = info.filename
            if info.is_dir():
                continue
            if not _SAFE_MEMBER.match(name) or ".." in name.split("/"):
                raise ProjectFileError(path, f"the archive holds an unsafe entry name {name!r} (paths must stay inside the project)")
            limit = MAX_JSON_BYTES if name == PROPOSAL_MEMBER else MAX_MEMBER_BYTES
            data = _read_capped(archive, info, limit, path)
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise ProjectFileError(path, "the archive unpacks to more than "
                                             f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB")
            members[name] = data
    raw = members.pop(PROPOSAL_MEMBER)
    proposal = _parse_proposal(raw, path, PROPOSAL_MEMBER, allow_newer)
    assets = {n[len(ASSET_PREFIX):]: d for n, d in members.items() if n.startswith(ASSET_PREFIX)}
    other = {n: d for n, d in members.items() if not n.startswith(ASSET_PREFIX)}
    project = Project(proposal, assets, path, other)
    from wizard.review.blobs import after_load  # saved versions' images (see wizard.review.blobs)

    after_load(project.assets, project.other_members)
    return project


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    if info.file_size > limit:
        raise ProjectFileError(path, f"the entry {info.filename!r} is too large "
                                     f"({info.file_size // (1024 * 1024)} MB; the limit is {limit // (1024 * 1024)} MB)")
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise ProjectFileError(path, f"the entry {info.filename!r} is damaged ({exc.__class__.__name__})") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and similar codec errors
        raise ProjectFileError(path, f"the entry {info.filename!r} is damaged ({exc.__class__.__name__})") from None
    if len(data) > limit:
        raise ProjectFileError(path, f"the entry {info.filename!r} unpacks to more than its declared size")
    return data


def _load_json_file(path: Path, allow_newer: bool = False) -> Project:
    if path.stat().st_size > MAX_JSON_BYTES:
        raise ProjectFileError(path, said("the file is too large for a proposal (%1 MB at most)",
                                          str(MAX_JSON_BYTES // (1024 * 1024))))
    proposal = _parse_proposal(path.read_bytes(), path, None, allow_newer)
    assets, problems = _read_assets_folder(path.with_name(path.stem + ".assets"), referenced_assets(proposal))
    return Project(proposal, assets, path, asset_problems=problems)


def referenced_assets(proposal: Proposal) -> list[str]:
    """The asset names the proposal uses (the logo and the photos), each once, in order."""
    names = [proposal.branding.logo, *(photo.asset for photo in proposal.branding.photos)]
    return list(dict.fromkeys(name.strip() for name in names if name.strip()))


def _read_assets_folder(folder: Path, names: Iterable[str]) -> tuple[dict[str, bytes], dict[str, str]]:
    """The named images from a plain JSON project's ``NAME.assets`` folder, and why any was left out.

    Only what the proposal names is read (never every file there), only regular files, and never through
    a link: neither the folder, nor a subfolder, nor the file may be a symbolic link (so a link to a
    private file can never end up inside a project that is then sent to someone).
    """
    assets: dict[str, bytes] = {}
    problems: dict[str, str] = {}
    names = list(names)
    if not names:
        return assets, problems
    try:
        info = os.lstat(folder)
    except OSError:
        return assets, problems  # no assets folder: the export says which image is missing
    if stat.S_ISLNK(info.st_mode):
        for name in names:
            problems[name] = f"is in {folder.name}, which is a link; CityPitch reads images only from a real folder"
        return assets, problems
    if not stat.S_ISDIR(info.st_mode):
        return assets, problems
    for name in names:
        if not _SAFE_MEMBER.match(name) or ".." in name.split("/"):
            problems[name] = "has a name CityPitch cannot use for an image (letters, digits, '.', '-' and '_' only)"
            continue
        try:
            data = _read_regular_file(folder, name.split("/"))
        except FileNotFoundError:
            continue
        except _NotRegular as exc:
            problems[name] = f"{exc} in {folder.name}; CityPitch reads only plain files there, never through a link"
            continue
        except OSError as exc:
            problems[name] = f"in {folder.name} cannot be read ({exc.strerror or exc})"
            continue
        if data is None:
            problems[name] = f"is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB"
            continue
        assets[name] = data
    return assets, problems


class _NotRegular(OSError):
    """A path component is a link, or the file is not a regular file."""


def _read_regular_file(folder: Path, parts: list[str]) -> bytes | None:
    """Read ``folder/parts...`` refusing links at every step; None if larger than an image may be."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    if os.open not in os.supports_dir_fd or not nofollow:  # pragma: no cover - Windows: check, then read
        current = folder
        for part in parts:
            current = current / part
            mode = os.lstat(current).st_mode
            if stat.S_ISLNK(mode):
                raise _NotRegular("is a link" if current.name == parts[-1] else f"lies in '{part}', which is a link")
        if not stat.S_ISREG(os.lstat(current).st_mode):
            raise _NotRegular("is not a plain file")
        with current.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
        return data if len(data) <= MAX_IMAGE_BYTES else None
    flags = os.O_RDONLY | nofollow | getattr(os, "O_CLOEXEC", 0)
    fds: list[int] = []
    try:
        fds.append(os.open(folder, flags | getattr(os, "O_DIRECTORY", 0)))
        for part in parts[:-1]:
            fds.append(_open_step(part, fds[-1], flags | getattr(os, "O_DIRECTORY", 0), last=False))
        fd = _open_step(parts[-1], fds[-1], flags | getattr(os, "O_NONBLOCK", 0), last=True)
        fds.append(fd)
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _NotRegular("is not a plain file")
        if info.st_size > MAX_IMAGE_BYTES:
            return None
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1024 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_IMAGE_BYTES:
                return None
        return b"".join(chunks)
    finally:
        for fd in fds:
            os.close(fd)


def _open_step(part: str, dir_fd: int, flags: int, *, last: bool) -> int:
    try:
        return os.open(part, flags, dir_fd=dir_fd)
    except OSError as exc:
        # O_NOFOLLOW on a link fails with ELOOP (Linux) or EMLINK (some BSDs); O_DIRECTORY on a file with ENOTDIR.
        if exc.errno in (errno.ELOOP, errno.EMLINK):
            raise _NotRegular("is a link" if last else f"lies in '{part}', which is a link") from None
        if exc.errno == errno.ENOTDIR:
            raise _NotRegular(f"lies in '{part}', which is not a folder") from None
        raise


def _parse_proposal(raw: bytes, path: Path, member: str | None, allow_newer: bool = False) -> Proposal:
    where = f" ({member})" if member else ""
    # What the messages call it, as a part a translated window words ("the proposal (proposal.json)").
    proposal_part = said("the proposal (%1)", member) if member else said("the proposal")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(path, said("%1 is not UTF-8 text: the file is damaged or not a CityPitch file",
                                          proposal_part)) from None
    data = parse_json(text, path, proposal_part)
    if not isinstance(data, dict):
        raise ProjectFileError(path, said("%1 must be a JSON object, not %2", proposal_part, type(data).__name__))
    try:
        data = migrate(data)
    except SchemaVersionError as exc:
        if exc.newer and allow_newer:
            return _parse_newer(data, path, str(exc))
        error = NewerVersionError if exc.newer else ProjectFileError
        raise error(path, exc.said if exc.said is not None else str(exc)) from None
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        # The first three problems, as a sentence a translated window words (wizard.errors.explained).
        raise ProjectFileError(path, explained(exc)) from None
    except RecursionError:
        raise ProjectFileError(path, f"the proposal{where} is nested too deeply to be a CityPitch file") from None


class _JsonProblem(ValueError):
    """Raised from inside the JSON parser's hooks: something the parser reads but a proposal must not hold."""

    def __init__(self, problem: str, literal: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.literal = literal


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _JsonProblem(f"gives the key {key!r} twice in the same object; each key may appear once "
                               "(which one is meant cannot be told), so remove one of them")
        data[key] = value
    return data


def _int(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_NUMBER_DIGITS:
        raise _JsonProblem(f"holds a whole number {digits:,} digits long ({literal[:12]}...); no value in a proposal "
                           f"has more than {MAX_NUMBER_DIGITS} digits, so the file is damaged or was not "
                           "written for CityPitch", literal)
    return int(literal)


def _float(literal: str) -> float:
    if len(literal) > MAX_NUMBER_CHARS:
        raise _JsonProblem(f"holds a number written with {len(literal):,} characters ({literal[:12]}...); no value "
                           f"in a proposal needs more than {MAX_NUMBER_CHARS}", literal)
    value = float(literal)
    if not math.isfinite(value):
        raise _JsonProblem(f"holds the number {literal}, which is too large to be read as a number", literal)
    return value


def _constant(literal: str) -> float:
    raise _JsonProblem(f"holds {literal}, which is not a number a proposal can hold", literal)


def parse_json(text: str, path: Path, what: str | Said = "the proposal") -> Any:
    """Parse a proposal's JSON text strictly, or raise ProjectFileError naming ``path`` and the problem.

    Beyond the JSON grammar: a key given twice in one object, NaN and Infinity, numbers too large to be
    read as a float or longer than any value a proposal holds, and nesting deeper than :data:`MAX_DEPTH`
    are refused, each with a plain message (and its line where it can be found).
    """
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_int, parse_float=_float,
                          parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(path, said("%1 is not valid JSON (line %2, column %3: %4)", what, str(exc.lineno),
                                          str(exc.colno), exc.msg)) from None
    except RecursionError:
        raise ProjectFileError(path, f"{what} is nested too deeply to be a CityPitch file "
                                     f"(at most {MAX_DEPTH} levels)") from None
    except _JsonProblem as exc:
        line = _line_of(text, exc.literal)
        raise ProjectFileError(path, f"{what}{line} {exc.problem}") from None
    except ValueError as exc:  # anything else the parser refuses, said as it is
        raise ProjectFileError(path, f"{what} holds a value that cannot be read ({exc})") from None
    if _ESCAPED_SURROGATE.search(text):
        broken = _broken_text(data)
        if broken is not None:
            raise ProjectFileError(path, f"{what} holds a broken character (half of a UTF-16 pair, written "
                                         f"as a \\u escape) at {broken}: the file was damaged on the way")
    deep = _too_deep(data, MAX_DEPTH)
    if deep is not None:
        raise ProjectFileError(path, f"{what} is nested too deeply to be a CityPitch file: more than {MAX_DEPTH} "
                                     f"levels (at {deep})")
    return data


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _broken_text(data: Any) -> str | None:
    """Where a key or a string holds half of a UTF-16 surrogate pair (it could never be saved), or None.

    Only JSON's ``\\u`` escapes can produce one (UTF-8 decoding refuses them), so this walk runs only when
    the text has such an escape.
    """
    if isinstance(data, str):
        return "the top level" if _SURROGATE.search(data) else None
    if not isinstance(data, (dict, list)):
        return None
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, where = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            here = f"{where}[{key}]" if isinstance(key, int) else (f"{where}.{key}" if where else str(key))
            if isinstance(key, str) and _SURROGATE.search(key):
                return ascii(here)
            if isinstance(value, str) and _SURROGATE.search(value):
                return ascii(here)
            if isinstance(value, (dict, list)):
                stack.append((value, here))
    return None


def _line_of(text: str, literal: str | None) -> str:
    if not literal:
        return ""
    index = text.find(literal)
    return f" (line {text.count(chr(10), 0, index) + 1})" if index >= 0 else ""


def _too_deep(data: Any, limit: int) -> str | None:
    """Where ``data`` first nests deeper than ``limit`` containers (as a model path), or None."""
    if not isinstance(data, (dict, list)):
        return None
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(data, 1, ())]
    while stack:
        node, depth, where = stack.pop()
        if depth > limit:
            shown = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where[:6]).lstrip(".")
            return shown + ("..." if len(where) > 6 else "")
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(value, (dict, list)):
                stack.append((value, depth + 1, where + (key,) if len(where) < 7 else where))
    return None


def _parse_newer(data: dict[str, Any], path: Path, refusal: str) -> Proposal:
    """A newer file for a read-only view: validated as it is, never migrated, unknown keys kept."""
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        lines = explain(exc)
        raise NewerVersionError(path, f"{refusal} (This version cannot even show it read-only: "
                                      f"{'; '.join(lines[:2])})") from None
    except RecursionError:
        raise ProjectFileError(path, "the proposal is nested too deeply to be a CityPitch file") from None


# --- saving -------------------------------------------------------------------------------------


def to_bytes(project: Project) -> bytes:
    """The ``.citypitch`` archive for ``project``, as bytes.

    Raises ProjectFileError (naming the project's file) for a proposal that could not be read back: data
    nested deeper than :data:`MAX_DEPTH`, or anything the JSON writer cannot write.
    """
    where = project.path if project.path is not None else "(unsaved proposal)"
    try:
        data = project.proposal.to_json_data()
        deep = _too_deep(data, MAX_DEPTH)
        if deep is not None:
            raise ProjectFileError(where, f"the proposal nests its data more than {MAX_DEPTH} levels deep (at {deep}), "
                                          "so it could not be opened again; nothing was saved")
        payload = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError, UnicodeError) as exc:
        if isinstance(exc, RecursionError) or "depth" in str(exc):  # pydantic's serialiser gives up first
            raise ProjectFileError(where, f"the proposal nests its data more than {MAX_DEPTH} levels deep, so it "
                                          "could not be opened again; nothing was saved") from None
        raise ProjectFileError(where, f"the proposal could not be written as a project file ({exc}); nothing was saved") from None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_entry(PROPOSAL_MEMBER), payload)
        for name, content in sorted(project.assets.items()):
            archive.writestr(_entry(ASSET_PREFIX + name, stored=True), content, compress_type=zipfile.ZIP_STORED)
        from wizard.review.blobs import members_to_write  # leaves out version images the draft holds

        for name, content in sorted(members_to_write(project.assets, project.other_members).items()):
            archive.writestr(_entry(name), content)
        archive.comment = f"CityPitch {__version__}".encode()
    return buffer.getvalue()


def _entry(name: str, stored: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def save(project: Project, path: str | os.PathLike[str] | None = None, *, backup: bool = True) -> Path:
    """Write ``project`` to ``path`` (default: where it came from) atomically; returns the path.

    A plain ``.json`` source is saved as a ``.citypitch`` archive next to it, never over it.
    """
    target = Path(path) if path is not None else project.path
    if target is None:
        raise ProjectFileError("(unsaved)", "choose where to save the project first")
    if target.suffix.lower() == ".json":
        target = target.with_suffix(SUFFIX)
    if project.newer_schema is not None:
        raise NewerVersionError(target, f"it was written by a newer version of CityPitch (schema {project.newer_schema}; "
                                        f"this version writes {SCHEMA_VERSION}). It is open read-only, and saving it here "
                                        "could lose what the newer version added. Update CityPitch to edit it")
    data = to_bytes(project)
    atomic.write_bytes(target, data, backup=backup)
    project.path = target
    return target


class OutputRefused(ProjectFileError):
    """An output would replace a CityPitch project (or is not a place a file can go); see :func:`check_output_path`.

    The caller may offer to go ahead anyway (``--force`` on the command line) when :attr:`forceable`.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str | Said, *, forceable: bool = True) -> None:
        super().__init__(path, problem)
        self.forceable = forceable


#: What a writer writes (``writes`` of :func:`check_output_path`) in the words of its refusals, which a
#: translated window words in its language; any other ``writes`` is shown as it is.
WRITES: dict[str, str] = {
    "the PDF": template("the PDF"), "the workbook": template("the workbook"),
    "the PowerPoint deck": template("the PowerPoint deck"), "the project": template("the project"),
    "the memo": template("the memo"), "the text file": template("the text file")}


def check_output_path(out: str | os.PathLike[str], *, source: str | os.PathLike[str] | None = None,
                      writes: str = "the PDF", force: bool = False) -> Path:
    """Check that writing ``writes`` at ``out`` loses nothing; returns ``out`` or raises :class:`OutputRefused`.

    Used by every writer before it starts (``citypitch export`` and ``new``, the wizard's Export step), so
    the answer is the same everywhere.  Refused unless ``force``:

    - ``out`` is ``source`` (the project being exported), by any name: a link, a hard link, ``./``;
    - ``out`` holds a CityPitch project (a ``.citypitch`` archive or a proposal in JSON);
    - ``writes`` is not a project and ``out`` ends in ``.citypitch`` (a PDF under a project's name).

    Always refused (``force`` does not help): a folder, device, pipe or socket at ``out``, a loop of
    links, or a folder that does not exist.
    """
    out = Path(out)
    atomic.check_destination(out)
    real = Path(os.path.realpath(out))
    # Sentences a translated window words (wizard.i18n.said); their English is the command line's.
    what: Said | str = Said(WRITES[writes]) if writes in WRITES else writes
    if not real.parent.is_dir():
        raise OutputRefused(out, said("the folder does not exist (%1); choose another place for %2", str(real.parent), what),
                            forceable=False)
    if force:
        return out
    project_output = writes == "the project"
    if source is not None and _same_file(out, Path(source)):
        raise OutputRefused(out, said("this is the project itself: writing %1 here would replace the proposal. "
                                      "Choose another file name", what))
    if is_project_file(real):
        if project_output:
            raise OutputRefused(out, said("this file holds a CityPitch project; writing %1 here would replace it (the old "
                                          "one would be kept as %2). Choose another file name", what, backup_path(real).name))
        raise OutputRefused(out, said("this file holds a CityPitch project; writing %1 here would replace it. Choose "
                                      "another file name", what))
    if not project_output and out.name.lower().endswith(SUFFIX):
        raise OutputRefused(out, said("a name ending in %1 is for CityPitch projects; %2 written here would replace or "
                                      "pass for a project. Choose another file name", SUFFIX, what))
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def is_project_file(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a regular file holding a CityPitch project (an archive or a proposal's JSON).

    Judged from the content, not the name: a zip with a ``proposal.json``, or a JSON object with a
    ``schema_version`` or at least two of the proposal's sections.  Never raises.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
            return False
        with open(path, "rb") as handle:
            head = handle.read(256)
        if head.startswith(b"PK"):
            with zipfile.ZipFile(path) as archive:
                return PROPOSAL_MEMBER in archive.namelist()
        if info.st_size > MAX_JSON_BYTES or not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            return False
        data = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, zipfile.BadZipFile, RecursionError, UnicodeError, NotImplementedError):
        return False
    sections = set(Proposal.model_fields) - {"schema_version"}
    return isinstance(data, dict) and ("schema_version" in data or len(sections & set(data)) >= 2)


def backup_path(path: Path) -> Path:
    """Where :func:`save` keeps the previous version of ``path`` (see :func:`wizard.atomic.backup_path`)."""
    return atomic.backup_path(path)


def write_atomic(target: Path, data: bytes, *, backup: bool = True) -> Path:
    """Replace ``target`` with ``data`` atomically (:func:`wizard.atomic.write_bytes`, keeping a backup)."""
    return atomic.write_bytes(target, data, backup=backup)


def from_data(data: dict[str, Any]) -> Proposal:
    """Validate already-parsed proposal data (used by tests and tools); raises ValidationError."""
    return Proposal.model_validate(migrate(data))
