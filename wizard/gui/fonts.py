"""The bundled fonts, registered with Qt so Japanese, Thai, Khmer, Lao, Burmese and Vietnamese show anywhere."""

from __future__ import annotations

import json

from wizard.resources import fonts_dir


#: The families added by the first call of :func:`register_fonts` in this process.
_REGISTERED: list[str] | None = None


def register_fonts() -> list[str]:
    """Add every font listed in ``resources/fonts/fonts.json`` to Qt; returns the families added.

    Registered faces join Qt's font fallback, so every script finds its glyphs without the UI font
    being changed (measured: Khmer, Lao, Burmese, Thai, Japanese, Vietnamese all shape).
    """
    from PySide6.QtGui import QFontDatabase

    global _REGISTERED
    if _REGISTERED is not None:  # once a process (the start frame asks before the window does)
        return list(_REGISTERED)
    families: list[str] = []
    try:
        entries = json.loads((fonts_dir() / "fonts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return families
    for entry in entries:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / entry["file"]))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    _REGISTERED = list(families)
    return families
