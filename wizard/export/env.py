"""The Jinja2 environment for export templates: autoescape on for every file, undefined names fail.

``select_autoescape()`` would not escape ``*.html.j2`` files, so escaping is switched on
unconditionally; a misspelt variable raises instead of printing nothing (StrictUndefined).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

if TYPE_CHECKING:
    from wizard.export.languages import Marker
    from wizard.export.labels import Labels


def environment(folder: Path, labels: Labels | None = None, marker: Marker | None = None) -> jinja2.Environment:
    """An environment loading templates from ``folder`` only.

    Fixed labels are printed through the filters ``t`` (English, then Japanese on the same line) and
    ``tt`` (Japanese on a line beneath), from ``labels`` (English only if None).  With ``marker``, every
    printed value passes its ``finalize`` (the team's local-language passages; the rendered page then goes
    through ``marker.apply``).
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=marker.finalize if marker is not None else None,
    )
    from wizard.export.labels import Labels

    chosen = labels or Labels("en")
    env.filters["t"] = chosen.inline
    env.filters["tt"] = chosen.stacked
    return env
