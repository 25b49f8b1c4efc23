"""Schema migrations: an upgrade chain run on the raw JSON data before validation.

Each step takes the data of version N and returns the data of version N + 1. Steps must keep keys
they do not know about. Add a step, bump :data:`wizard.model.SCHEMA_VERSION`, and add a saved example
of the old version under ``tests/data/schema_versions/`` so the chain is tested forever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.i18n.said import Said, said
from wizard.model import SCHEMA_VERSION

Data = dict[str, Any]

#: The upgrade from schema 1 to schema 2, one step per change of meaning, run in order. Each step
#: takes and returns the data, keeps keys it does not know, and has a test on a saved version-1 file.
V1_TO_V2: list[Callable[[Data], Data]] = []


def number_locale_as_code(data: Data) -> Data:
    """``meta.number_locale`` was free text ("Bahasa Indonesia", "id_ID", "vi-VN"); it is now one of the
    codes of :class:`wizard.model.NumberLocale`.  A name that stands for none of them becomes ``"en"``,
    and the original text is kept as ``meta.number_locale_original`` so nothing typed is lost."""
    from wizard.money import locale_code

    meta = data.get("meta")
    if not isinstance(meta, dict) or "number_locale" not in meta:
        return data
    original = meta["number_locale"]
    code = locale_code(original)
    meta = dict(meta)
    meta["number_locale"] = code or "en"
    if code is None and original not in (None, ""):
        meta["number_locale_original"] = original
    return {**data, "meta": meta}


V1_TO_V2.append(number_locale_as_code)


def _v1_to_v2(data: Data) -> Data:
    for step in V1_TO_V2:
        data = step(data)
    return data


#: ``MIGRATIONS[n]`` upgrades data of schema version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2}


class SchemaVersionError(ValueError):
    """The data carries a schema version this build cannot read.

    :attr:`said`: the message as a sentence a translated window words (:mod:`wizard.i18n.said`), when
    ``message`` is one; ``str(error)`` is its English."""

    def __init__(self, message: str | Said, *, newer: bool = False) -> None:
        super().__init__(str(message))
        self.said: Said | None = None if isinstance(message, str) else message
        self.newer = newer


def version_of(data: Data) -> int:
    version = data.get("schema_version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SchemaVersionError(f"schema_version must be a whole number of 1 or more (got {version!r})")
    return version


def migrate(data: Data, target: int = SCHEMA_VERSION) -> Data:
    """Upgrade ``data`` step by step to ``target``; refuse data from a newer schema."""
    version = version_of(data)
    if version > target:
        raise SchemaVersionError(
            said("it was written by a newer version of CityPitch (schema %1; this version reads up to %2). Update "
                 "CityPitch to open it", str(version), str(target)),  # no full stop: callers go on after it
            newer=True,
        )
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaVersionError(f"no upgrade from schema version {version} is known")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data


# --- steps of V1_TO_V2 --------------------------------------------------------------------------------


def ask_becomes_a_list(data: Data) -> Data:
    """Finance: the single ask (``ask_amount`` and ``ask_instrument``) becomes the first row of ``asks``.

    The ask's use of funds and every funding source's free-text ``terms`` are kept as they are; the
    structured debt and equity terms added beside them start empty (nothing is guessed from the text).
    """
    finance = data.get("finance")
    if not isinstance(finance, dict) or "asks" in finance:
        return data
    finance = dict(finance)
    amount = finance.pop("ask_amount", None)
    instrument = finance.pop("ask_instrument", None)
    finance["asks"] = [{"instrument": instrument, "amount": amount}] if (amount, instrument) != (None, None) else []
    return {**data, "finance": finance}


V1_TO_V2.append(ask_becomes_a_list)
