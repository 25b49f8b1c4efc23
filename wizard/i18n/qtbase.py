"""Qt's own widget texts in the languages Qt ships no catalogue for (``resources/i18n/qtbase_subset_<lang>``).

Qt translates the words of its own widgets - the open/save file dialog, the standard buttons, a message
box's "Show Details...", the right-click menu of every text field, a spin box's step actions, a scroll
bar's menu - through ``qtbase_<lang>.qm`` in its translations folder.  PySide6 ships that file for
Japanese but not for Indonesian, Vietnamese or Thai, so in those languages a city official would meet an
English "Look in:" and "Cancel" in the middle of a translated wizard.  This module holds the subset of
Qt's catalogue that the app's widgets show (:data:`CONTEXTS`), written in our own ``.ts`` files and
compiled to ``.qm`` by ``make i18n``; :func:`wizard.gui.language.install` loads ours only when Qt has
none for the language.

Qt's own Japanese catalogue is older than the file dialog it translates: it has no "&Look in:" nor
"Files of &type:", and it leaves the Unicode control characters of the text fields' menus in English.
For such a language (:data:`SUPPLEMENTED`) a supplement (``qtbase_supplement_<lang>``) holds ONLY the
texts Qt's catalogue lacks or leaves English (:func:`left_english`); it is installed after Qt's, so Qt
searches it first, and every other text stays Qt's own.

The contexts and source texts are Qt's: :func:`qt_sources` reads them from the ``.qm`` files Qt ships
(keeping those the installed Qt libraries still contain), so the tests notice when a Qt upgrade adds a
text to a dialog we translate.  No Qt import here: the ``.qm`` format is read directly.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from wizard.i18n.data import i18n_dir

CATALOGUE = "qtbase_subset"
SUPPLEMENT = "qtbase_supplement"

# The languages of the app that PySide6 gives no qtbase catalogue (Japanese has Qt's own).
LANGUAGES: tuple[str, ...] = ("id", "vi", "th")

# The languages of the app whose Qt catalogue lacks some texts the app's widgets show (see the docstring).
SUPPLEMENTED: tuple[str, ...] = ("ja",)

# Qt's translation contexts whose texts the app's widgets show: the non-native file dialog and its file
# model, the standard buttons (Qt 6 names them in QPlatformTheme for every QDialogButtonBox and
# QMessageBox), message boxes, the context menus of QLineEdit, QPlainTextEdit/QTextEdit
# (QWidgetTextControl) and the spin boxes, the Unicode control character submenu of those menus, the
# scroll bars' menu, the consult panels' dock buttons and the combo boxes' accessible names.
CONTEXTS: tuple[str, ...] = (
    "QAbstractSpinBox", "QComboBox", "QDockWidget", "QFileDialog", "QFileSystemModel", "QLineEdit",
    "QMessageBox", "QPlatformTheme", "QScrollBar", "QUnicodeControlCharacterMenu", "QWidgetTextControl",
)

# Texts of those contexts we leave to Qt, and why: key sequences are parsed back by Qt (translating
# them breaks the shortcut), and the app never opens the About Qt box.
NOT_TRANSLATED: frozenset[tuple[str, str]] = frozenset({
    ("QFileDialog", "Alt+Left"), ("QFileDialog", "Alt+Right"), ("QFileDialog", "Alt+Up"),
})
NOT_TRANSLATED_PREFIXES: tuple[tuple[str, str], ...] = (
    ("QMessageBox", "About Qt"), ("QMessageBox", "<h3>About Qt</h3>"), ("QMessageBox", "<p>Qt is a C++ toolkit"),
)

_QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
_MESSAGES = 0x69


def ts_path(lang: str, folder: Path | None = None, catalogue: str = CATALOGUE) -> Path:
    return (folder or i18n_dir()) / f"{catalogue}_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None, catalogue: str = CATALOGUE) -> Path:
    return (folder or i18n_dir()) / f"{catalogue}_{lang}.qm"


def read_qm(path: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message in a compiled Qt catalogue (``.qm``)."""
    data = path.read_bytes()
    if data[:16] != _QM_MAGIC:
        raise ValueError(f"{path} is not a Qt .qm catalogue")
    found: list[tuple[str, str, list[str]]] = []
    pos = 16
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        body, pos = data[pos + 5:pos + 5 + length], pos + 5 + length
        if tag != _MESSAGES:
            continue
        at, context, source = 0, "", ""
        translations: list[str] = []
        while at < len(body):
            kind = body[at]
            at += 1
            if kind == 1:  # end of a message
                found.append((context, source, translations))
                context, source, translations = "", "", []
                continue
            if kind == 5:  # obsolete hash
                at += 4
                continue
            size = struct.unpack(">I", body[at:at + 4])[0]
            at += 4
            if size == 0xFFFFFFFF:
                continue
            chunk, at = body[at:at + size], at + size
            if kind == 3:
                translations.append(chunk.decode("utf-16-be"))
            elif kind == 6:
                source = chunk.decode("utf-8")
            elif kind == 7:
                context = chunk.decode("utf-8")
    return found


def translated_by_us(context: str, source: str) -> bool:
    """Whether a Qt text of ``context`` belongs in our catalogues (not a key sequence, not About Qt)."""
    if context not in CONTEXTS or (context, source) in NOT_TRANSLATED:
        return False
    return not any(context == c and source.startswith(p) for c, p in NOT_TRANSLATED_PREFIXES)


def qt_sources(translations: Path, libraries: list[Path]) -> set[tuple[str, str]]:
    """Qt's texts in :data:`CONTEXTS` that the installed Qt still shows.

    Every ``qtbase_*.qm`` in ``translations`` names (context, source) pairs, some from older Qt versions;
    a pair counts when its source text is found in the Qt ``libraries`` (where ``tr()`` keeps it).
    """
    candidates = {(context, source) for catalogue in sorted(translations.glob("qtbase_*.qm"))
                  for context, source, _ in read_qm(catalogue) if translated_by_us(context, source)}
    blob = b"\0".join(path.read_bytes() for path in libraries)
    present = {source for source in {source for _, source in candidates} if source.encode("utf-8") in blob}
    return {(context, source) for context, source in candidates if source in present}


def left_english(qt_catalogue: Path, shown: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The texts of ``shown`` (:func:`qt_sources`) that Qt's own catalogue ``qt_catalogue`` does not
    translate: absent, empty, or written in English words ("LRM(Left-to-right mark)"; a bare "OK" is
    a word of every language)."""
    said = {(context, source): translations for context, source, translations in read_qm(qt_catalogue)}

    def english(text: str) -> bool:
        return not text.strip() or (text.isascii() and re.search(r"[A-Za-z]{4,}", text) is not None)

    return {key for key in shown if not said.get(key) or all(english(t) for t in said[key])}


def release(lang: str, folder: Path | None = None, catalogue: str = CATALOGUE) -> Path:
    """Compile ``<catalogue>_<lang>.ts`` in ``folder`` to its ``.qm``; returns the ``.qm``'s path."""
    import subprocess

    from wizard.i18n.catalogues import tool

    target = qm_path(lang, folder, catalogue)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang, folder, catalogue)), "-qm", str(target)],
                   check=True)
    return target


def refresh(languages: tuple[str, ...] = LANGUAGES, folder: Path | None = None,
            supplemented: tuple[str, ...] = SUPPLEMENTED) -> list[Path]:
    """``make i18n``: build each language's ``.qm`` from its ``.ts``, subsets and supplements (the ``.ts``
    are edited by hand)."""
    return [*(release(lang, folder) for lang in languages),
            *(release(lang, folder, SUPPLEMENT) for lang in supplemented)]
