"""Where the app's own files live: forms, export templates, fonts, samples and guidance.

In a built wheel the top-level folders ``forms/``, ``export_templates/`` and ``resources/`` are
packaged as ``wizard/_data/<folder>`` and found through :mod:`importlib.resources`; in a source
checkout or an editable install they are found beside the package.
"""

from __future__ import annotations

import functools
from importlib import resources as _ir
from pathlib import Path

FOLDERS = ("forms", "export_templates", "resources")


@functools.cache
def data_root(folder: str) -> Path:
    """The directory holding ``folder`` (one of :data:`FOLDERS`)."""
    if folder not in FOLDERS:
        raise ValueError(f"unknown data folder {folder!r}")
    packaged = _ir.files("wizard") / "_data" / folder
    if packaged.is_dir():
        return Path(str(packaged))
    source = Path(__file__).resolve().parent.parent / folder
    if source.is_dir():
        return source
    raise FileNotFoundError(f"CityPitch data folder {folder!r} is missing from this installation")


def forms_dir() -> Path:
    return data_root("forms")


def templates_dir() -> Path:
    return data_root("export_templates")


def resources_dir() -> Path:
    return data_root("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def guidance_dir() -> Path:
    return resources_dir() / "guidance"


def sample_names() -> list[str]:
    """The bundled samples, by file name without extension."""
    return sorted(p.stem for p in samples_dir().glob("*.json"))


def sample_path(name: str) -> Path:
    """The file of the sample called ``name``; KeyError naming the choices if there is none."""
    path = samples_dir() / f"{name}.json"
    if name not in sample_names():
        raise KeyError(f"no sample called {name!r} (choose from: {', '.join(sample_names()) or 'none'})")
    return path
