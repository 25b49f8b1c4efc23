"""The Jinja2 environment for export templates: autoescape on for every file, undefined names fail.

``select_autoescape()`` would not escape ``*.html.j2`` files, so escaping is switched on
unconditionally; a misspelt variable raises instead of printing nothing (StrictUndefined).

One environment per template folder is kept for the life of the process, so each template is compiled
once (Jinja2 checks the file's time stamp on every use and compiles it again if it changed).  That is
safe only because nothing of one export's labels is compiled into the template: the label filters
``t`` and ``tt`` take the :class:`~wizard.export.labels.Labels` from the render's own ``labels``
variable each time they run (context filters, which Jinja2 never folds into constants at compile
time).  An earlier cache bound the labels into the filters, and a deck compiled for English labels was
then served for English with Japanese (issue 21).

For the same reason the compiled templates can be kept between processes too (Jinja2's bytecode cache,
keyed by the template's name and a checksum of its source, so an edited template is compiled again):
a cold export then loads the deck's template instead of compiling it (about 0.1 s of CPU).  The cache
is a private folder (``0700``) in the user's cache folder, or ``$CITYPITCH_DATA_DIR/cache/templates``
when that variable is set; where it cannot be made, templates are simply compiled.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

if TYPE_CHECKING:
    from wizard.export.labels import Labels

_ENVIRONMENTS: dict[str, jinja2.Environment] = {}
_LOCK = threading.Lock()


def _labels(context: Any) -> "Labels":
    from wizard.export.labels import Labels

    found = context.get("labels")
    if not isinstance(found, Labels):
        raise jinja2.UndefinedError("an export template was rendered without its 'labels' (wizard.export.labels.Labels)")
    return found


@jinja2.pass_context
def _inline(context: Any, text: str, *args: Any, **kwargs: Any) -> Any:
    return _labels(context).inline(text, *args, **kwargs)


@jinja2.pass_context
def _stacked(context: Any, text: str, *args: Any, **kwargs: Any) -> Any:
    return _labels(context).stacked(text, *args, **kwargs)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The compiled templates' folder (see the module docstring), or None where it cannot be had."""
    import os

    override = os.environ.get("CITYPITCH_DATA_DIR")
    try:
        if override:
            folder = Path(override) / "cache" / "templates"
        else:
            import platformdirs

            folder = Path(platformdirs.user_cache_dir("CityPitch", appauthor=False)) / "templates"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if hasattr(os, "getuid") and (folder.stat().st_uid != os.getuid() or folder.stat().st_mode & 0o022):
            return None  # someone else's, or writable by others: compiled code is never loaded from there
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def environment(folder: Path, labels: Labels | None = None) -> jinja2.Environment:
    """The environment loading templates from ``folder`` only (one per folder, kept; see the docstring).

    Fixed labels are printed through the filters ``t`` (English, then Japanese on the same line) and
    ``tt`` (Japanese on a line beneath), from the ``labels`` the template is rendered with: pass
    ``labels=`` (a :class:`~wizard.export.labels.Labels`) to ``render``.  The ``labels`` argument here
    is not used any more; it is accepted so that older callers keep working.
    """
    del labels  # the labels travel with each render, never with the (shared) environment
    key = str(Path(folder).resolve())
    with _LOCK:
        env = _ENVIRONMENTS.get(key)
        if env is None:
            env = jinja2.Environment(
                loader=jinja2.FileSystemLoader(key),
                autoescape=True,
                undefined=jinja2.StrictUndefined,
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=False,
                bytecode_cache=_bytecode_cache(),
            )
            env.filters["t"] = _inline
            env.filters["tt"] = _stacked
            _ENVIRONMENTS[key] = env
    return env
