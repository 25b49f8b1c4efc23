"""The interface's language in the Qt layer: which one, and the Qt translators that speak it.

The language is chosen once at start-up, in this order: ``--lang`` on the command line, the
``language`` setting (``QSettings``; ``system`` or absent means the system's), the system's preferred
languages (``QLocale.system().uiLanguages()``), English.  :func:`install` loads the app's catalogue
(``resources/i18n/citypitch_<lang>.qm``) and Qt's own for its standard dialogs where the Qt wheel ships
one (it has Japanese), or else our subset of it (``qtbase_subset_<lang>.qm``, :mod:`wizard.i18n.qtbase`:
Indonesian, Vietnamese, Thai), before any window is built, so the
generated forms' ``retranslateUi`` comes out in that language.  The pseudo-locale ``en-XA`` is a
translator that makes every string from its English by code (:mod:`wizard.i18n.pseudo`).

The core's data texts (the guidance panel), the choice labels of drop-downs and tick lists
(:func:`choice_label`) and the sidebar's step names (:func:`step_title`) take the language from
:func:`current`; what is stored never changes with it.

View > Language changes the language while the app runs (:func:`switch`): the translators are swapped,
Qt sends every widget a ``LanguageChange`` event (the generated forms run ``retranslateUi``), every text
set through :func:`live` is set again, and :data:`notifier`'s ``language_changed`` tells views that
compose texts (the sidebar, the guidance, the Review page) to show them again.  Nothing of the document,
its undo history, the page on screen or a selection is rebuilt.  The Qt layer's own strings go through
:func:`translate` with a stable context (the screen's name), which ``pyside6-lupdate`` extracts.

Other parts that need the interface's language (the Review page's readiness texts) call :func:`current`
and connect to ``notifier().language_changed``.  The exports do not:
they stay English, or English with Japanese labels, whatever the interface speaks.
"""

from __future__ import annotations

import datetime as _dt
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

from wizard.i18n import PSEUDO, SOURCE, choices, first_shipped, glossary, qtbase, resolve, said
from wizard.i18n.catalogues import qm_path
from wizard.i18n.pseudo import pseudo
from wizard.model import Choice

if TYPE_CHECKING:
    from wizard.analysis import Analysis

SETTING = "language"

_current = SOURCE
_installed: list[QTranslator] = []

#: The Qt locale of each interface language: interface numbers and dates (counts, times in the
#: versions and comments panels) follow it; the proposal's own amounts keep the proposal's locale.
QT_LOCALES = {"en": "en_GB", "ja": "ja_JP", "id": "id_ID", "vi": "vi_VN", "th": "th_TH", PSEUDO: "en_GB"}

_O = TypeVar("_O", bound=QObject)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context`` (``make i18n`` extracts it); returns it unchanged.

    Qt's own has no useful type for a checker (it returns ``object``); this one says it is text.
    """
    return source


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the interface's language (``QCoreApplication.translate``; ``%n`` is ``n``)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``values`` in one pass (a value's own ``%2`` stays)."""
    return said.fill(template, [str(v) for v in values])


def number(value: int) -> str:
    """An interface count in the interface's language (digit grouping of its locale)."""
    return qt_locale().toString(value)


#: How interface dates are written in each language (times are HH:mm everywhere).  English keeps ISO 8601,
#: which the panels have always shown; the others write the day and month their readers expect, always
#: with a four-digit Gregorian year, so that no date can be read as another.
DATE_PATTERNS = {"ja": "yyyy/MM/dd", "id": "dd/MM/yyyy", "vi": "dd/MM/yyyy", "th": "dd/MM/yyyy"}


def date_text(value: _dt.date) -> str:
    """An interface date (a saved version, a comment, session notes) in the interface's language."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    pattern = DATE_PATTERNS.get(_current)
    if pattern is None:
        return value.isoformat()
    return qt_locale().toString(QDate(value.year, value.month, value.day), pattern)


def datetime_text(value: _dt.datetime) -> str:
    """An interface date and time, to the minute, in the interface's language."""
    return f"{date_text(value.date())} {value:%H:%M}"


class LanguageNotifier(QObject):
    """Says when the interface's language has changed (after every :func:`live` text is set again)."""

    language_changed = Signal(str)  # the new language's code


_notifier: LanguageNotifier | None = None
#: Texts to set again when the language changes: the object (weakly) and what sets its text.
_live: list[tuple[weakref.ref[QObject], Callable[..., object]]] = []
_live_pruned_at = 64


def notifier() -> LanguageNotifier:
    """The one object whose ``language_changed`` signal views connect to."""
    global _notifier
    if _notifier is None or not shiboken6.isValid(_notifier):
        _notifier = LanguageNotifier()
    return _notifier


def live(obj: _O, apply: Callable[..., object]) -> _O:
    """Set ``obj``'s texts with ``apply(obj)`` now and again whenever the language changes; returns ``obj``.

    ``apply`` gets the object as its argument and should hold no other widget (so registering keeps
    nothing alive): ``live(button, lambda b: b.setText(translate("Navigation", "&Back")))``.
    """
    global _live_pruned_at
    apply(obj)
    _live.append((weakref.ref(obj), apply))
    if len(_live) > _live_pruned_at:
        _live[:] = [(ref, fn) for ref, fn in _live if _alive(ref)]
        _live_pruned_at = max(64, 2 * len(_live))
    return obj


def _alive(ref: weakref.ref[QObject]) -> bool:
    obj = ref()
    return obj is not None and shiboken6.isValid(obj)


def retranslate_live() -> int:
    """Set every :func:`live` text again in the current language; returns how many were set."""
    kept = [(ref, fn) for ref, fn in _live if _alive(ref)]
    _live[:] = kept
    for ref, fn in kept:
        obj = ref()
        if obj is not None:
            fn(obj)
    return len(kept)


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
            supplement = qtbase.qm_path(lang, catalogue=qtbase.SUPPLEMENT)
            if supplement.exists():  # ja: the texts Qt's catalogue lacks, searched before Qt's (installed after)
                ours_for_qt = QTranslator(app)
                if not ours_for_qt.load(str(supplement)):
                    raise FileNotFoundError(f"the translation {supplement.name} cannot be read")
                _installed.append(ours_for_qt)
        elif qtbase.qm_path(lang).exists():  # Qt has none for id, vi, th: our subset of its widgets' texts
            ours_of_qt = QTranslator(app)
            if not ours_of_qt.load(str(qtbase.qm_path(lang))):
                raise FileNotFoundError(f"the translation {qtbase.qm_path(lang).name} cannot be read")
            _installed.append(ours_of_qt)
        ours = QTranslator(app)
        if not ours.load(str(qm_path(lang))):
            raise FileNotFoundError(f"the translation {qm_path(lang).name} is missing from this installation")
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang
    return lang


def switch(app: QCoreApplication, lang: str) -> str:
    """View > Language: speak ``lang`` from now on, in every open window, without rebuilding anything.

    ``lang`` is a language code or ``system``; the choice is remembered for the next start.  Qt sends
    each widget a ``LanguageChange`` event (posted: the forms retranslate when the event loop runs);
    :func:`live` texts are set again and ``language_changed`` is emitted at once.
    """
    code = resolve(lang) if lang != "system" else system_language()
    remember(lang)
    install(app, code)
    retranslate_live()
    notifier().language_changed.emit(code)
    return code


def stored_choice() -> str:
    """What View > Language shows as chosen: a language code, or ``system``."""
    stored = str(QSettings().value(SETTING, "system") or "system")
    try:
        return stored if stored == "system" else resolve(stored)
    except ValueError:
        return "system"


def qt_locale(lang: str | None = None) -> QLocale:
    """The locale of interface numbers and dates in ``lang`` (default: the interface's language)."""
    return QLocale(QT_LOCALES.get(lang or _current, "en_GB"))


def current() -> str:
    """The interface's language now (``en`` until :func:`install` is called)."""
    return _current


def shown(analysis: Analysis) -> Analysis:
    """``analysis`` as the interface shows it (the Review page, the field notes, the Export step's DRAFT
    note): its readiness texts in the interface's language (resources/guidance/readiness.<lang>.json).
    The one place the readiness texts take the interface's language; the exports keep the English analysis."""
    return analysis.in_language(_current)


def choice_label(member: Choice) -> str:
    """What a drop-down or tick list shows for ``member`` in the interface's language (the value is unchanged)."""
    return choices.label(member, _current)


def drop_down_label(member: Choice) -> str:
    """What a form's drop-down shows for ``member``: its short label where the full one is too long for a
    drop-down (:func:`wizard.i18n.choices.short_label`); the full one is the choice's tooltip."""
    return choices.short_label(member, _current)


def step_title(step_id: str, english: str) -> str:
    """A step's name in the sidebar, in the interface's language (the glossary's step titles)."""
    if _current == SOURCE:
        return english
    if _current == PSEUDO:
        return pseudo(english)
    return glossary.load().step_title(step_id, _current) or english
