"""The proposal's canonical content and its hash: what a sign-off approves and a version records.

The canonical content is the proposal as JSON with every field left at its default value omitted,
without the schema version, keys sorted, plus the SHA-256 of each image in the project.  Omitting
defaults means a later CityPitch that adds a new optional field (say, a city's coordinates) does not
change the hash of a proposal nobody edited, so its sign-off stays valid; any edit a person makes
(a word, a figure, a row, an image) changes it.  A schema upgrade that changes what stored data means
does change the hash: the signed content then means something else, and the team should sign again.

The hash detects edits; it is not a signature: anyone who can edit the file can also write a
sign-off into it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from wizard.model import Proposal

PREFIX = "sha256:"


def canonical_data(proposal: Proposal) -> dict[str, Any]:
    data = proposal.model_dump(mode="json", exclude_defaults=True)
    data.pop("schema_version", None)
    return data


def dumps(data: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def asset_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(proposal: Proposal, assets: Mapping[str, bytes]) -> str:
    """``sha256:<hex>`` of the canonical proposal and the hashes of its images."""
    payload = {"proposal": canonical_data(proposal), "assets": {n: asset_hash(d) for n, d in assets.items()}}
    return PREFIX + hashlib.sha256(dumps(payload)).hexdigest()
