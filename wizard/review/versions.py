"""Saved versions inside the project file: save, list, open read-only, restore, delete.

A version is the whole proposal and its images at the moment a team chose to save it ("After
workshop 2").  Versions are stored compactly, like git stores trees: the proposal's JSON is cut into
objects (each section, each table, each row, each long text) named by the hash of their content, and
every object is stored once in ``review/objects.json`` however many versions share it.  A version
that changed one KPI's baseline adds that row, its table, its section and a new top object, a few
hundred bytes; the rest is shared.  Images are stored once each by their SHA-256 (see
:mod:`wizard.review.store`).  Every object is checked against its hash when a version is opened, so a
damaged file is reported, never shown wrong.

Each version records its label, date, author, the readiness score and band as assessed when it was
saved, and the hash of its canonical content (see :mod:`wizard.review.canonical`).  Versions are
stored in the proposal schema of the build that saved them, and go through the same migrations as a
file when opened.

A reference to a version (``FILE@REF`` on the command line) is its number (``3``) or its label.
Labels are unique in a file and cannot be only digits, so a reference always names one version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from wizard.errors import explained
from wizard.i18n.said import Said, said
from wizard.migrations import SchemaVersionError, migrate
from wizard.model import LINE_MAX, Proposal
from wizard.projectfile import Project
from wizard.review import blobs, store
from wizard.review.canonical import asset_hash, content_hash, dumps
from wizard.review.records import VersionRecord, VersionsFile

#: Strings longer than this become objects of their own (so an edit elsewhere does not copy them).
LONG_TEXT = 96
#: Most nodes one version may unpack to (guards against a hostile file that shares objects exponentially).
MAX_NODES = 2_000_000
HASH_CHARS = 32


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


# --- the object store ---------------------------------------------------------------------------------


def _hash(obj: Any) -> str:
    return hashlib.sha256(dumps(obj)).hexdigest()[:HASH_CHARS]


def encode(value: Any, objects: dict[str, Any]) -> Any:
    """Store ``value`` in ``objects``; return it inline (a short scalar) or as a reference ``[hash]``."""
    if isinstance(value, dict):
        obj: Any = {"d": {k: encode(v, objects) for k, v in value.items()}}
    elif isinstance(value, list):
        obj = {"l": [encode(v, objects) for v in value]}
    elif isinstance(value, str) and len(value) > LONG_TEXT:
        obj = {"s": value}
    else:
        return value
    key = _hash(obj)
    objects.setdefault(key, obj)
    return [key]


class _Decoder:
    def __init__(self, project: Project, objects: dict[str, Any]) -> None:
        self.project = project
        self.objects = objects
        self.checked: set[str] = set()
        self.nodes = 0

    def damaged(self, why: Said) -> store.ReviewError:
        return store.ReviewError(self.project, said("the saved versions are damaged (%1); the file keeps them "
                                                    "unchanged, but this version cannot be opened", why))

    def decode(self, child: Any) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.damaged(said("a version unpacks to more data than any proposal holds"))
        if not isinstance(child, list):
            if isinstance(child, dict):
                raise self.damaged(said("a value is stored in a form this version does not know"))
            return child
        if len(child) != 1 or not isinstance(child[0], str):
            raise self.damaged(said("a reference is malformed"))
        key = child[0]
        obj = self.objects.get(key)
        if obj is None:
            raise self.damaged(said("part %1 is missing", key[:12]))
        if key not in self.checked:
            if _hash(obj) != key:
                raise self.damaged(said("part %1 does not match its checksum", key[:12]))
            self.checked.add(key)
        if not isinstance(obj, dict) or len(obj) != 1:
            raise self.damaged(said("part %1 is malformed", key[:12]))
        (tag, body), = obj.items()
        if tag == "d" and isinstance(body, dict):
            return {k: self.decode(v) for k, v in body.items()}
        if tag == "l" and isinstance(body, list):
            return [self.decode(v) for v in body]
        if tag == "s" and isinstance(body, str):
            return body
        raise self.damaged(said("part %1 is malformed", key[:12]))


def read_objects(project: Project) -> dict[str, Any]:
    data = store.parse_json(project, store.OBJECTS, "contents of the saved versions")
    if data is None:
        return {}
    objects = data.get("objects", {})
    if not isinstance(objects, dict):
        raise store.ReviewError(project, said("the contents of the saved versions are damaged (no object table)"))
    return objects


def _write_objects(project: Project, objects: dict[str, Any]) -> None:
    store.put(project, store.OBJECTS, store.encode({"format": blobs.FORMAT, "objects": objects}),
              "contents of the saved versions")


def _reachable(objects: dict[str, Any], roots: list[str]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        key = stack.pop()
        if key in seen or key not in objects:
            continue
        seen.add(key)
        obj = objects[key]
        body = next(iter(obj.values())) if isinstance(obj, dict) and obj else None
        children = body.values() if isinstance(body, dict) else body if isinstance(body, list) else ()
        for child in children:
            if isinstance(child, list) and len(child) == 1 and isinstance(child[0], str):
                stack.append(child[0])
    return seen


# --- versions -------------------------------------------------------------------------------------------


def list_versions(project: Project) -> list[VersionRecord]:
    """Every saved version, oldest first (reads only the small list, never the contents)."""
    return store.read(project, VersionsFile).versions


def find(project: Project, ref: str | int, versions: list[VersionRecord] | None = None) -> VersionRecord:
    """The version named by its number or its label; ReviewError naming what was looked for if none."""
    versions = list_versions(project) if versions is None else versions
    text = str(ref).strip()
    if not versions:
        raise store.ReviewError(project, said("the file has no saved versions"))
    if text.isdigit():
        for version in versions:
            if version.number == int(text):
                return version
        raise store.ReviewError(project, said("there is no version %1 (versions: %2)", text, _numbers(versions)))
    for version in versions:
        if version.label == text:
            return version
    folded = [v for v in versions if v.label.casefold() == text.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise store.ReviewError(project, said("no version is labelled %1 (see 'citypitch versions FILE')", repr(text)))


def _numbers(versions: list[VersionRecord]) -> Said | str:
    numbers = [v.number for v in versions]
    return said("%1 to %2", str(numbers[0]), str(numbers[-1])) if len(numbers) > 3 else ", ".join(map(str, numbers))


def check_label(project: Project, label: str, versions: list[VersionRecord]) -> str:
    label = " ".join(label.split())
    if not label:
        raise store.ReviewError(project, said("a version needs a label, such as 'After workshop 2'"))
    if len(label) > LINE_MAX:
        raise store.ReviewError(project, said("the label is too long (at most %1 characters)", LINE_MAX))
    if label.isdigit():
        raise store.ReviewError(project, said("a label cannot be only digits (numbers name versions by their number)"))
    for version in versions:
        if version.label.casefold() == label.casefold():
            raise store.ReviewError(project, said("version %1 is already labelled %2; choose another label",
                                                  str(version.number), repr(version.label)))
    return label


def save(project: Project, label: str, author: str, *, when: dt.datetime | None = None) -> VersionRecord:
    """Save the current proposal and images as a new version (in memory; saved with the project)."""
    from wizard.analysis import analyse
    from wizard.review.judgement import band_of

    versions = store.read(project, VersionsFile)
    label = check_label(project, label, versions.versions)
    objects = dict(read_objects(project))
    root = encode(project.proposal.to_json_data(), objects)[0]
    assets = {name: asset_hash(data) for name, data in sorted(project.assets.items())}
    new_blobs = {store.BLOB_PREFIX + digest: project.assets[name] for name, digest in assets.items()
                 if store.BLOB_PREFIX + digest not in project.other_members}
    assessment = analyse(project.proposal).readiness
    record = VersionRecord(
        number=max((v.number for v in versions.versions), default=0) + 1,
        label=label,
        created=when or now(),
        author=" ".join(author.split())[:LINE_MAX],
        root=root,
        assets=assets,
        content_hash=content_hash(project.proposal, project.assets),
        schema_version=project.proposal.schema_version,
        score=assessment.score,
        band=band_of(assessment),
    )
    store.check_member_count(project, sum(1 for d in new_blobs.values() if not _is_asset(project, d)))
    updated = versions.model_copy(update={"versions": [*versions.versions, record]})
    before = dict(project.other_members)
    try:
        _write_objects(project, objects)
        store.write(project, updated)
        project.other_members.update(new_blobs)
    except BaseException:
        project.other_members.clear()
        project.other_members.update(before)
        raise
    return record


def _is_asset(project: Project, data: bytes) -> bool:
    return any(data is d for d in project.assets.values())


@dataclass
class OpenedVersion:
    """A saved version as a project of its own, for reading (never saved over the file)."""

    record: VersionRecord
    project: Project
    #: Images the version names but the file no longer holds (a damaged or hand-edited file).
    missing_images: list[str] = field(default_factory=list)


def open_version(project: Project, ref: str | int | VersionRecord) -> OpenedVersion:
    """The proposal and images of a saved version, read-only (its Project has no path)."""
    record = ref if isinstance(ref, VersionRecord) else find(project, ref)
    decoder = _Decoder(project, read_objects(project))
    try:
        data = decoder.decode([record.root])
    except RecursionError:
        raise decoder.damaged(said("its parts are nested too deeply")) from None
    if not isinstance(data, dict):
        raise decoder.damaged(said("its top part is not a proposal"))
    try:
        proposal = Proposal.model_validate(migrate(data))
    except SchemaVersionError as exc:
        raise store.ReviewError(project, said("version %1 cannot be opened: %2", str(record.number),
                                              exc.said if exc.said is not None else str(exc))) from None
    except ValidationError as exc:
        # pydantic's findings as a sentence a translated window words (wizard.errors.explained).
        raise store.ReviewError(project, said("version %1 cannot be opened: %2", str(record.number), explained(exc))) from None
    by_hash = {asset_hash(d): d for d in project.assets.values()} if record.assets else {}
    assets: dict[str, bytes] = {}
    missing: list[str] = []
    for name, digest in record.assets.items():
        blob = project.other_members.get(store.BLOB_PREFIX + digest)
        if blob is None:
            blob = by_hash.get(digest)
        if blob is None or (blob is not by_hash.get(digest) and asset_hash(blob) != digest):
            missing.append(name)
        else:
            assets[name] = blob
    return OpenedVersion(record, Project(proposal, assets, None, {}), missing)


@dataclass
class Restored:
    """What a restore replaced, so the wizard can undo it (put these back into the project)."""

    version: VersionRecord
    previous_proposal: Proposal
    previous_assets: dict[str, bytes]


def restore(project: Project, ref: str | int) -> Restored:
    """Make a saved version the current draft (the review part, versions included, stays as it is)."""
    opened = open_version(project, ref)
    if opened.missing_images:
        raise store.ReviewError(project, said("version %1 cannot be restored: the file no longer holds its images %2",
                                              str(opened.record.number), ", ".join(map(repr, opened.missing_images))))
    restored = Restored(opened.record, project.proposal, project.assets)
    project.proposal = opened.project.proposal
    project.assets = dict(opened.project.assets)
    return restored


def delete(project: Project, ref: str | int) -> VersionRecord:
    """Remove a saved version, and the contents and images no other version uses."""
    versions = store.read(project, VersionsFile)
    record = find(project, ref, versions.versions)
    kept = [v for v in versions.versions if v.number != record.number]
    objects = read_objects(project)
    live = _reachable(objects, [v.root for v in kept])
    used = {h for v in kept for h in v.assets.values()}
    store.write(project, versions.model_copy(update={"versions": kept}))
    _write_objects(project, {k: v for k, v in objects.items() if k in live})
    for name in [n for n in project.other_members if n.startswith(store.BLOB_PREFIX)]:
        if name[len(store.BLOB_PREFIX):] not in used:
            del project.other_members[name]
    return record


def matching(project: Project, digest: str | None = None) -> VersionRecord | None:
    """The latest saved version whose content is the current draft's (or has ``digest``), if any."""
    digest = digest or content_hash(project.proposal, project.assets)
    for version in reversed(list_versions(project)):
        if version.content_hash == digest:
            return version
    return None


def sizes(project: Project) -> dict[str, int]:
    """Bytes (uncompressed) of the review entries: for reports and benchmarks."""
    return {name: len(data) for name, data in project.other_members.items() if name.startswith(store.PREFIX)}


__all__ = ["OpenedVersion", "Restored", "delete", "find", "list_versions", "matching", "open_version",
           "restore", "save", "sizes"]

