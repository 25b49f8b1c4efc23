"""The Jinja2 environment for export templates: autoescape on for every file, undefined names fail.

``select_autoescape()`` would not escape ``*.html.j2`` files, so escaping is switched on
unconditionally; a misspelt variable raises instead of printing nothing (StrictUndefined).
"""

from __future__ import annotations

from pathlib import Path

import jinja2


def environment(folder: Path) -> jinja2.Environment:
    """An environment loading templates from ``folder`` only."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env
