"""The export templates compiled once, not in every process: a Jinja2 bytecode cache on disk.

Jinja2 turns each template into Python code and compiles it on first use in a process; for the deck's
templates that is about a tenth of a second of every command-line export and every export child the
window starts (measured in ``make bench``, section 10).  The compiled code is kept in the user's cache
folder (``platformdirs.user_cache_dir("CityPitch")/templates``, or ``$CITYPITCH_DATA_DIR/cache/templates``
when that is set), one file a template, as Python keeps ``.pyc`` files:

- a file is used only if the template's text is unchanged (Jinja2 stores a checksum of the source) and
  it was written by the same Python and Jinja2 (their versions are in the folder's name and the file's
  header); the environment's settings that change the generated code are part of the folder's name;
- each file is written to a temporary name and renamed (Jinja2's own writer), so a second process never
  reads half a file;
- any problem with the folder (no home, read-only, disk full, a damaged file) only means the template
  is compiled as before: the export never fails because of the cache.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import bccache


class _QuietCache(jinja2.FileSystemBytecodeCache):
    """Jinja2's file cache, with every failure reading or writing it treated as a cache miss."""

    def load_bytecode(self, bucket: bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged or unreadable file (pickle and marshal raise many kinds): compile the source
            bucket.reset()

    def dump_bytecode(self, bucket: bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # read-only or full disk: the next process compiles again
            pass


def _fingerprint(env: jinja2.Environment) -> str:
    """What the generated code depends on besides the template's text: the environment's syntax options."""
    settings: tuple[Any, ...] = (
        jinja2.__version__, sys.version_info[:2], env.block_start_string, env.block_end_string,
        env.variable_start_string, env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
        env.newline_sequence, env.keep_trailing_newline, env.optimized, env.is_async, sorted(env.extensions),
        env.autoescape if isinstance(env.autoescape, bool) else getattr(env.autoescape, "__qualname__", "callable"),
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()[:16]


def cache_folder() -> Path | None:
    """The folder the compiled templates go in, or None when there is no usable one."""
    override = os.environ.get("CITYPITCH_DATA_DIR")
    try:
        if override:
            return Path(override) / "cache" / "templates"
        import platformdirs

        return Path(platformdirs.user_cache_dir("CityPitch", appauthor=False)) / "templates"
    except Exception:  # noqa: BLE001 - no home directory to put a cache in (platformdirs raises what os raises)
        return None


def attach(env: jinja2.Environment) -> jinja2.Environment:
    """Give ``env`` the on-disk bytecode cache (see the module's docstring); returns ``env``."""
    base = cache_folder()
    if base is None:
        return env
    folder = base / _fingerprint(env)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return env
    env.bytecode_cache = _QuietCache(str(folder))
    return env
