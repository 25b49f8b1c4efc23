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

The team's local-language passages (issue 14) are marked the same way: every printed value passes the
environment's ``finalize``, which takes the render's own ``language_marker``
(:class:`~wizard.export.languages.Marker`) from the context, and prints the value unchanged when there
is none.  Jinja2 compiles the call to ``finalize`` into a template only when the environment has one,
so the compiled templates kept between processes are filed under :data:`COMPILED_WITH`, a name for
these settings: a template compiled under other settings (an older version's) is never loaded.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import markupsafe

if TYPE_CHECKING:
    from wizard.export.labels import Labels

#: What the compiled templates depend on besides their source: the filters and ``finalize`` named here.
#: Change it whenever the environment's settings change, so that older compiled templates are not used.
COMPILED_WITH = "filters-t-tt-context+finalize-language-marker"

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


_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def address_breaks(value: Any) -> markupsafe.Markup:
    """``value`` escaped, with each e-mail address breakable only after its "@" and before its dots.

    Narrow columns otherwise break an address wherever the line ends ("example.o / rg"), which reads as
    a different address; the other text of ``value`` is left as it is.
    """
    text = str(value)
    out: list[str] = []
    last = 0
    for found in _ADDRESS.finditer(text):
        out.append(str(markupsafe.escape(text[last:found.start()])))
        local, domain = found.group().split("@", 1)
        out.append(_before_dots(local) + "@<wbr>" + _before_dots(domain))
        last = found.end()
    out.append(str(markupsafe.escape(text[last:])))
    return markupsafe.Markup("".join(out))


def _before_dots(text: str) -> str:
    """``text`` escaped, breakable before each of its dots."""
    return "<wbr>.".join(str(markupsafe.escape(part)) for part in text.split("."))


@jinja2.pass_context
def _finalize(context: Any, value: Any) -> Any:
    """A printed value, with the team's local-language passages bracketed by the render's marker (if any)."""
    marker = context.get("language_marker")
    return value if marker is None else marker.finalize(value)


@jinja2.pass_context
def _stacked(context: Any, text: str, *args: Any, **kwargs: Any) -> Any:
    return _labels(context).stacked(text, *args, **kwargs)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The compiled templates' folder (see the module docstring), or None where it cannot be had."""
    import os

    override = os.environ.get("CITYPITCH_DATA_DIR")
    try:
        if override:
            base = Path(override) / "cache" / "templates"
        else:
            import platformdirs

            base = Path(platformdirs.user_cache_dir("CityPitch", appauthor=False)) / "templates"
        folder = base / COMPILED_WITH
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        for made in (base, folder):
            if hasattr(os, "getuid") and (made.stat().st_uid != os.getuid() or made.stat().st_mode & 0o022):
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
                finalize=_finalize,
            )
            env.filters["t"] = _inline
            env.filters["tt"] = _stacked
            env.filters["address_breaks"] = address_breaks
            _ENVIRONMENTS[key] = env
    return env
