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
    latin_first(families)
    return families


def latin_first(registered: list[str]) -> list[str]:
    """Make the application font a Latin face first, the bundled script faces after it; its families.

    Qt gives digits and punctuation inside a Japanese or Thai sentence to the face drawing that
    sentence's script: with the platform's font alone, "は1,30倍" takes its comma from Noto Sans CJK JP,
    which at 9 pt is a single dot, and an Indonesian or Vietnamese decimal comma reads as a decimal
    point.  With the families listed in order, each character comes from the first face that has it:
    Latin letters, digits and punctuation from the Latin face, kana, kanji and Thai from theirs.
    The Latin face is the one the platform resolves for its UI font, the look every language keeps,
    or the bundled Inter when that face is one of the script faces or lacks Latin.
    """
    from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        return []
    font = QGuiApplication.font()
    latin = QFontInfo(font).family()
    if latin in registered or QFontDatabase.WritingSystem.Latin not in QFontDatabase.writingSystems(latin):
        latin = "Inter"
    # Khmer first of the script faces: Qt tries each family listed before the one that shapes Khmer and
    # warns for each ("OpenType support missing ... script 32"); Inter last, for Latin the platform's face lacks.
    scripts = sorted((f for f in registered if f not in (latin, "Inter")), key=lambda f: f != "Noto Sans Khmer")
    families = [latin, *scripts, *(["Inter"] if latin != "Inter" and "Inter" in registered else [])]
    font.setFamilies(families)
    if isinstance(QGuiApplication.instance(), QApplication):
        QApplication.setFont(font)  # tells the widgets already shown (the start frame) as well
    else:
        QGuiApplication.setFont(font)
    return families
