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

import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from wizard import __version__
from wizard.errors import NewerVersionError, ProjectFileError, explain
from wizard.migrations import SchemaVersionError, migrate
from wizard.model import SCHEMA_VERSION, Proposal, new_proposal

SUFFIX = ".citypitch"
PROPOSAL_MEMBER = "proposal.json"
ASSET_PREFIX = "assets/"

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 512
MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
_SAFE_MEMBER = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,120}(/[A-Za-z0-9_][A-Za-z0-9._-]{0,120}){0,3}$")


@dataclass
class Project:
    """A proposal with its images, and the file it came from (``None`` until first saved)."""

    proposal: Proposal = field(default_factory=new_proposal)
    assets: dict[str, bytes] = field(default_factory=dict)
    path: Path | None = None
    #: Archive members this version does not know; written back unchanged.
    other_members: dict[str, bytes] = field(default_factory=dict)

    def frozen_copy(self) -> "Project":
        """An independent copy for a background task (bytes are immutable and shared)."""
        return Project(self.proposal.frozen_copy(), dict(self.assets), self.path, dict(self.other_members))

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
            raise ProjectFileError(path, "the file does not exist")
        if path.is_dir():
            raise ProjectFileError(path, "this is a folder, not a CityPitch file")
        size = path.stat().st_size
        if size == 0:
            raise ProjectFileError(path, "the file is empty")
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(path, f"the file is too large ({size // (1024 * 1024)} MB; the limit is "
                                          f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
        with path.open("rb") as handle:
            head = handle.read(4)
        if head.startswith(b"PK"):
            return _load_zip(path, allow_newer)
        return _load_json_file(path, allow_newer)
    except ProjectFileError:
        raise
    except PermissionError:
        raise ProjectFileError(path, "permission denied: CityPitch may not read this file") from None
    except OSError as exc:
        raise ProjectFileError(path, f"the file could not be read ({exc.strerror or exc})") from None


def _load_zip(path: Path, allow_newer: bool = False) -> Project:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise ProjectFileError(path, "the file is damaged or truncated (not a readable CityPitch archive)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ProjectFileError(path, f"the archive has too many entries ({len(infos)}; the limit is {MAX_MEMBERS})")
        names = [info.filename for info in infos]
        if PROPOSAL_MEMBER not in names:
            raise ProjectFileError(path, f"the archive has no {PROPOSAL_MEMBER}: it is not a CityPitch project")
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
        raise ProjectFileError(path, f"the file is too large for a proposal ({MAX_JSON_BYTES // (1024 * 1024)} MB at most)")
    proposal = _parse_proposal(path.read_bytes(), path, None, allow_newer)
    assets: dict[str, bytes] = {}
    folder = path.with_name(path.stem + ".assets")
    if folder.is_dir():
        for item in sorted(folder.iterdir()):
            if item.is_file() and _SAFE_MEMBER.match(item.name) and item.stat().st_size <= MAX_MEMBER_BYTES:
                assets[item.name] = item.read_bytes()
    return Project(proposal, assets, path)


def _parse_proposal(raw: bytes, path: Path, member: str | None, allow_newer: bool = False) -> Proposal:
    where = f" ({member})" if member else ""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(path, f"the proposal{where} is not UTF-8 text: the file is damaged or not a CityPitch file") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(path, f"the proposal{where} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise ProjectFileError(path, f"the proposal{where} is nested too deeply to be a CityPitch file") from None
    except ValueError as exc:  # e.g. integers with too many digits
        raise ProjectFileError(path, f"the proposal{where} holds a value that cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise ProjectFileError(path, f"the proposal{where} must be a JSON object, not {type(data).__name__}")
    try:
        data = migrate(data)
    except SchemaVersionError as exc:
        if exc.newer and allow_newer:
            return _parse_newer(data, path, str(exc))
        error = NewerVersionError if exc.newer else ProjectFileError
        raise error(path, str(exc)) from None
    try:
        return Proposal.model_validate(data)
    except ValidationError as exc:
        lines = explain(exc)
        more = f" (and {len(lines) - 3} more problems)" if len(lines) > 3 else ""
        raise ProjectFileError(path, "; ".join(lines[:3]) + more) from None
    except RecursionError:
        raise ProjectFileError(path, f"the proposal{where} is nested too deeply to be a CityPitch file") from None


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
    """The ``.citypitch`` archive for ``project``, as bytes."""
    buffer = io.BytesIO()
    payload = json.dumps(project.proposal.to_json_data(), ensure_ascii=False, indent=2).encode("utf-8")
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_entry(PROPOSAL_MEMBER), payload)
        for name, data in sorted(project.assets.items()):
            archive.writestr(_entry(ASSET_PREFIX + name, stored=True), data, compress_type=zipfile.ZIP_STORED)
        from wizard.review.blobs import members_to_write  # leaves out version images the draft holds

        for name, data in sorted(members_to_write(project.assets, project.other_members).items()):
            archive.writestr(_entry(name), data)
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
    write_atomic(target, data, backup=backup)
    project.path = target
    return target


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_atomic(target: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves the old file or the new one."""
    target = Path(target)
    try:
        with atomic_writer(target, backup=backup) as handle:
            handle.write(data)
    except ProjectFileError:
        raise
    except OSError as exc:
        raise ProjectFileError(target, _os_problem(exc, "saved")) from None


def _os_problem(exc: OSError, verb: str) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EROFS: "the folder is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist (was it moved or unplugged?)",
        errno.ENOTDIR: "part of the path is not a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    return f"the file could not be {verb}: {reason}. Nothing was changed on disk; choose another place to save it"


@contextmanager
def atomic_writer(target: Path, *, backup: bool = True) -> Iterator[IO[bytes]]:
    """Yield a handle to a temporary file that replaces ``target`` only if the block succeeds."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); give the result the mode a normal save would have:
        # the replaced file's own mode, or what the user's umask allows for a new file.
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.is_file():
            _copy_backup(target)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _copy_backup(target: Path) -> None:
    """Keep the current file as ``<file>.bak`` (itself written atomically)."""
    bak = backup_path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, target.open("rb") as src:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, bak)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def _fsync_dir(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open a directory for fsync
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def from_data(data: dict[str, Any]) -> Proposal:
    """Validate already-parsed proposal data (used by tests and tools); raises ValidationError."""
    return Proposal.model_validate(migrate(data))
