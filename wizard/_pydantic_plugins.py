"""No pydantic plugins in CityPitch, and none of the cost of looking for them (issue 21).

pydantic searches every installed package's entry points for plugins when the first model class is made
(5-6 ms); :mod:`wizard` switches that off with pydantic's own setting, ``PYDANTIC_DISABLE_PLUGINS``.  Its
plugin loader (``pydantic.plugin._loader``) still imports :mod:`importlib.metadata` (and with it
``email``, ``zipfile``, ...) at its top, 16-18 ms of CPU of every start and every ``citypitch check``,
for a search it will not make.  pluggy deferred the same import for the same reason
(https://github.com/pytest-dev/pluggy/pull/466); pydantic 2.14.3 has not.

WORKAROUND: while plugins are switched off, :func:`install` puts a stand-in for that one module in place
when pydantic first imports it.  pydantic uses one name of it, ``get_plugins`` (in
``pydantic/plugin/_schema_validator.py``), which with plugins switched off returns nothing; the stand-in
returns the same.  It is used only with the pydantic version it was checked against
(:data:`CHECKED_WITH`; ``tests/test_speed_paths.py`` reads pydantic's sources to confirm what it uses), and
only while ``PYDANTIC_DISABLE_PLUGINS`` switches every plugin off; otherwise pydantic's own loader is
imported as usual.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
import types
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

#: The pydantic release whose plugin loader this stands in for.
CHECKED_WITH = "2.14.3"
LOADER = "pydantic.plugin._loader"
#: The values of PYDANTIC_DISABLE_PLUGINS with which pydantic's loader returns no plugin at all.
ALL_OFF = ("__all__", "1", "true")


def _all_off() -> bool:
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") in ALL_OFF


def get_plugins() -> Iterable[Any]:
    """What pydantic's ``get_plugins`` returns with every plugin switched off: nothing."""
    return ()


class _StandIn:
    """A finder and loader for :data:`LOADER` only (the protocols of :mod:`importlib.abc`, which is not
    imported: it costs more than the whole saving)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None,
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname != LOADER or not _all_off():
            return None
        version = sys.modules.get("pydantic.version")
        if getattr(version, "VERSION", None) != CHECKED_WITH:
            return None  # another pydantic: its own loader (the search stays off through the setting)
        return importlib.machinery.ModuleSpec(fullname, cast("Loader", self))

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.__doc__ = "CityPitch's stand-in for pydantic's plugin loader (see wizard._pydantic_plugins)."
        module.get_plugins = get_plugins  # type: ignore[attr-defined]
        module._plugins = None  # type: ignore[attr-defined]  # as the real one before (or without) a search
        module.STAND_IN = True  # type: ignore[attr-defined]


_FINDER = _StandIn()


def install() -> None:
    """Put the stand-in before the usual finders (once); it acts only as the module docstring says."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
