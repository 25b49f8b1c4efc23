"""Images of saved versions that the draft also holds are stored once in the file (no Qt).

A saved version keeps its images as content-addressed entries ``review/blobs/<sha256>``.  When a
version's image is byte for byte one of the draft's images, the file holds it only once, under
``assets/``: :func:`members_to_write` leaves the blob out, and :func:`after_load` gives it back its
blob entry in memory (the same bytes object, no copy), so that if the draft later drops or replaces the
image, the version keeps it on the next save.

:mod:`wizard.projectfile` calls both with the project's plain dictionaries; this module imports nothing
of the project file, so the project file and the review store do not import each other.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from wizard.review.canonical import asset_hash
from wizard.review.records import VersionsFile

FORMAT = 1
VERSIONS = "review/versions.json"
BLOB_PREFIX = "review/blobs/"


def finite_float(text: str) -> float:
    """``parse_float`` for review entries: 1e400 would be infinity, which no hash or save can write."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def refuse_constant(name: str) -> Any:
    """``parse_constant`` for review entries: NaN and Infinity are not JSON."""
    raise ValueError(f"{name} is not a JSON number")


def _images_versions_use(other_members: Mapping[str, bytes]) -> set[str] | None:
    """The image hashes the saved versions use, or None when the list cannot be read here."""
    try:
        data = json.loads(other_members[VERSIONS].decode("utf-8"), parse_constant=refuse_constant,
                          parse_float=finite_float)
        if not isinstance(data, dict) or data.get("format", FORMAT) != FORMAT:
            return None
        versions = VersionsFile.model_validate(data)
    except (UnicodeDecodeError, ValueError, RecursionError, ValidationError):
        return None
    return {h for v in versions.versions for h in v.assets.values()}


def after_load(assets: Mapping[str, bytes], other_members: dict[str, bytes]) -> None:
    """Give each image a saved version shares with the draft its blob entry again (in memory)."""
    if VERSIONS not in other_members or not assets:
        return
    needed = _images_versions_use(other_members)  # None: keep every current image available, losing nothing
    have = {name[len(BLOB_PREFIX):] for name in other_members if name.startswith(BLOB_PREFIX)}
    if needed is not None and not (needed - have):
        return
    for data in assets.values():
        digest = asset_hash(data)
        if digest not in have and (needed is None or digest in needed):
            other_members[BLOB_PREFIX + digest] = data


def members_to_write(assets: Mapping[str, bytes], other_members: Mapping[str, bytes]) -> dict[str, bytes]:
    """The unknown entries to write: a version's image that is one of the draft's images is left out."""
    by_size: dict[int, list[bytes]] = {}
    for data in assets.values():
        by_size.setdefault(len(data), []).append(data)
    out: dict[str, bytes] = {}
    for name, data in other_members.items():
        if name.startswith(BLOB_PREFIX) and any(data is d or data == d for d in by_size.get(len(data), ())):
            continue
        out[name] = data
    return out
