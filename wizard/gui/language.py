"""The interface's language in the Qt layer: which one, and the Qt translators that speak it.

The language is chosen once at start-up, in this order: ``--lang`` on the command line, the
``language`` setting (``QSettings``; ``system`` or absent means the system's), the system's preferred
languages (``QLocale.system().uiLanguages()``), English.  :func:`install` loads the app's catalogue
(``resources/i18n/citypitch_<lang>.qm``) and Qt's own for its standard dialogs where the Qt wheel ships
one (it has Japanese; not yet Indonesian, Vietnamese or Thai), before any window is built, so the
generated forms' ``retranslateUi`` comes out in that language.  The pseudo-locale ``en-XA`` is a
translator that makes every string from its English by code (:mod:`wizard.i18n.pseudo`).

The core's data texts (the guidance panel), the choice labels of drop-downs and tick lists
(:func:`choice_label`) and the sidebar's step names (:func:`step_title`) take the language from
:func:`current`; what is stored never changes with it.  The exports do not:
they stay English, or English with Japanese labels, whatever the interface speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wizard.i18n import PSEUDO, SOURCE, choices, first_shipped, glossary, resolve
from wizard.i18n.catalogues import qm_path
from wizard.i18n.pseudo import pseudo
from wizard.model import Choice

SETTING = "language"

_current = SOURCE
_installed: list[QTranslator] = []


class PseudoTranslator(QTranslator):
    """Every string accented and about 40% longer (``en-XA``), for layout checks."""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source) if source else source


def system_language() -> str:
    """The first shipped language among the system's preferred ones, else English."""
    return first_shipped(QLocale.system().uiLanguages())


def chosen(requested: str | None = None) -> str:
    """The language to start in: ``requested`` (``--lang``), else the setting, else the system's.

    A ``requested`` name that is not a shipped language raises :class:`wizard.i18n.UnknownLanguage`; a
    setting that is no longer valid (a language withdrawn) falls back to the system's.
    """
    if requested:
        return resolve(requested)
    stored = str(QSettings().value(SETTING, "system") or "system")
    if stored != "system":
        try:
            return resolve(stored)
        except ValueError:
            pass
    return system_language()


def remember(lang: str) -> None:
    """Store ``lang`` (or ``system``) as the language to start in next time."""
    QSettings().setValue(SETTING, lang)


def install(app: QCoreApplication, lang: str) -> str:
    """Make ``app`` speak ``lang`` (replacing any language installed before); returns the language."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == PSEUDO:
        _installed.append(PseudoTranslator(app))
    elif lang != SOURCE:
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        ours = QTranslator(app)
        if not ours.load(str(qm_path(lang))):
            raise FileNotFoundError(f"the translation {qm_path(lang).name} is missing from this installation")
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang
    return lang


def current() -> str:
    """The interface's language now (``en`` until :func:`install` is called)."""
    return _current


def choice_label(member: Choice) -> str:
    """What a drop-down or tick list shows for ``member`` in the interface's language (the value is unchanged)."""
    return choices.label(member, _current)


def step_title(step_id: str, english: str) -> str:
    """A step's name in the sidebar, in the interface's language (the glossary's step titles)."""
    if _current == SOURCE:
        return english
    if _current == PSEUDO:
        return pseudo(english)
    return glossary.load().step_title(step_id, _current) or english
