"""The Qt Linguist catalogues: ``resources/i18n/citypitch_<lang>.ts`` (sources) and ``.qm`` (compiled).

``pyside6-lupdate`` reads the files listed in ``[tool.pyside6-project]`` of ``pyproject.toml`` (the
``.ui`` forms, whose strings the generated modules pass through ``QCoreApplication.translate``, and the
Qt layer's modules) and refreshes each language's ``.ts``, keeping the translations already made and
dropping strings no source has any more.  ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` the
app loads.  Both tools ship in the PySide6-Essentials wheel.  The ``.ts`` files are written without
source locations, so they change only when a string does.

Run ``make i18n`` (``python -m wizard.i18n.catalogues``) after changing a form or a string; the tests
regenerate both into a temporary folder and compare, so stale catalogues cannot ship.  No Qt import here:
this is a build step, run as programs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wizard.i18n.data import i18n_dir
from wizard.i18n.languages import TRANSLATED

CATALOGUE = "citypitch"


def project_root() -> Path:
    """The source checkout: the folder holding ``pyproject.toml`` and the files it lists."""
    return Path(__file__).resolve().parents[2]


def source_files(root: Path | None = None) -> list[str]:
    """The files lupdate reads, relative to the project root (``[tool.pyside6-project]`` ``files``)."""
    import tomllib  # this module's build steps import what they run; the window only asks for qm_path

    base = root or project_root()
    data = tomllib.loads((base / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["tool"]["pyside6-project"]["files"])


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"{CATALOGUE}_{lang}.qm"


def tool(name: str) -> str:
    """A Qt tool of this Python environment (``pyside6-lupdate``, ``pyside6-lrelease``)."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    import shutil

    found = shutil.which(name)
    if found:
        return found
    raise FileNotFoundError(f"{name} was not found; install PySide6 in this environment")


def _qt_language(lang: str) -> str:
    return {"ja": "ja_JP", "id": "id_ID", "vi": "vi_VN", "th": "th_TH"}.get(lang, lang)


def update_ts(lang: str, folder: Path | None = None, root: Path | None = None) -> Path:
    """Refresh ``citypitch_<lang>.ts`` in ``folder`` from the project's sources; returns its path."""
    import subprocess

    base = root or project_root()
    target = ts_path(lang, folder)
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(base), "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", _qt_language(lang), "-silent", "-ts", str(target)],
        cwd=base, check=True,
    )
    return target


def release(lang: str, folder: Path | None = None) -> Path:
    """Compile ``citypitch_<lang>.ts`` in ``folder`` to its ``.qm``; returns the ``.qm``'s path."""
    import subprocess

    target = qm_path(lang, folder)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang, folder)), "-qm", str(target)],
                   check=True)
    return target


def refresh(languages: tuple[str, ...] = TRANSLATED, folder: Path | None = None) -> list[Path]:
    """``make i18n``: update every language's ``.ts`` and build its ``.qm``."""
    written: list[Path] = []
    for lang in languages:
        written.append(update_ts(lang, folder))
        written.append(release(lang, folder))
    return written


if __name__ == "__main__":
    from wizard.i18n import qtbase

    for path in [*refresh(), *qtbase.refresh()]:
        print(path)
