"""The bundled fonts as CSS: ``@font-face`` rules generated from ``resources/fonts/fonts.json``.

The GUI registers the same files with Qt, so the wizard and the deck show the same letters.  Every
script the ASEAN member states write in has its face in :data:`FONT_STACK`; Inter comes first so that
Latin, Vietnamese and all digits share one look.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wizard import resources

#: CSS family stack for every text in the deck (Inter for Latin/Vietnamese and digits, then one face per script).
FONT_STACK: tuple[str, ...] = (
    "Inter",
    "Noto Sans CJK JP",
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Myanmar",
)

_FORMATS = {"opentype", "truetype", "woff", "woff2"}


@dataclass(frozen=True)
class FontFace:
    """One bundled font file as listed in fonts.json."""

    path: Path
    family: str
    weight: int
    style: str
    fmt: str
    scripts: tuple[str, ...]


@functools.cache
def font_faces() -> tuple[FontFace, ...]:
    """Every bundled face, read (once) from fonts.json; a broken listing fails loudly."""
    folder = resources.fonts_dir()
    entries = json.loads((folder / "fonts.json").read_text(encoding="utf-8"))
    faces = []
    for entry in entries:
        path = (folder / entry["file"]).resolve()
        if not path.is_relative_to(folder.resolve()) or not path.is_file():
            raise FileNotFoundError(f"fonts.json lists {entry['file']!r}, which is not a file in {folder}")
        fmt = str(entry["format"])
        if fmt not in _FORMATS:
            raise ValueError(f"fonts.json gives an unknown format {fmt!r} for {entry['file']!r}")
        faces.append(FontFace(path, str(entry["family"]), int(entry["weight"]), str(entry["style"]), fmt,
                              tuple(entry.get("scripts", ()))))
    return tuple(faces)


def _css_string(text: str) -> str:
    # Family names and paths come from our own fonts.json, but quote defensively all the same.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def font_face_css() -> str:
    """``@font-face`` rules for every bundled face, with absolute ``file:`` URLs the export fetcher allows."""
    rules = []
    for face in font_faces():
        rules.append(
            "@font-face { font-family: %s; src: url(%s) format(%s); font-weight: %d; font-style: %s; }"
            % (_css_string(face.family), _css_string(face.path.as_uri()), _css_string(face.fmt), face.weight,
               face.style if face.style in ("normal", "italic") else "normal")
        )
    return "\n".join(rules) + "\n"


def font_stack_css() -> str:
    """The stack as a CSS ``font-family`` value."""
    return ", ".join(_css_string(name) for name in FONT_STACK) + ", sans-serif"


_ENVIRONMENT = threading.Lock()


@contextlib.contextmanager
def only_bundled_fonts() -> Iterator[None]:
    """While WeasyPrint builds its font configuration, point fontconfig at ``resources/fonts/fonts.conf``.

    That file lists the bundled fonts' folder and nothing else: no system font folder, no user fonts, no
    system aliases.  ``FcInitLoadConfigAndFonts`` (called by ``FontConfiguration()``) reads the
    ``FONTCONFIG_FILE`` variable when it runs, so setting it only around that call gives WeasyPrint a
    private configuration and leaves the rest of the process (Qt's own fontconfig) as it was.  The
    export then draws the same letters on every machine; text the bundled fonts cannot draw is refused
    before layout (:mod:`wizard.textcheck`).
    """
    conf = resources.fonts_dir() / "fonts.conf"
    if not conf.is_file():
        raise FileNotFoundError(f"{conf} is missing from this installation")
    with _ENVIRONMENT:
        old = os.environ.get("FONTCONFIG_FILE")
        os.environ["FONTCONFIG_FILE"] = str(conf)
        try:
            yield
        finally:
            if old is None:
                os.environ.pop("FONTCONFIG_FILE", None)
            else:
                os.environ["FONTCONFIG_FILE"] = old
