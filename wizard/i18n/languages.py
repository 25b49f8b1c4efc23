"""The languages of the interface: which ship, which are planned, and which one a user gets.

A language is named by its BCP 47 primary subtag (ISO 639-1 where there is one; Filipino has only the
three-letter ``fil``).  English is the source language: every text is written in English first and the
other languages fall back to it text by text.  ``en-XA`` is the pseudo-locale (the code Android and
Chromium use for their accented, lengthened test language): it is made from the English by
:mod:`wizard.i18n.pseudo`, never written by hand, and is only chosen on purpose.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SOURCE = "en"
PSEUDO = "en-XA"


@dataclass(frozen=True)
class Language:
    """One interface language: its code, its name in English and in itself, and whether it ships."""

    code: str
    english: str
    native: str
    shipped: bool


#: Every language the data files are laid out for, in the order a language menu lists them. ``shipped``
#: languages have every text translated (the tests hold them to it); the others have the structure
#: ready (glossary columns, file names) and no files yet.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", True),
    Language("ja", "Japanese", "日本語", True),
    Language("id", "Indonesian", "Bahasa Indonesia", True),
    Language("vi", "Vietnamese", "Tiếng Việt", True),
    Language("th", "Thai", "ไทย", True),
    Language("ms", "Malay", "Bahasa Melayu", False),
    Language("fil", "Filipino", "Filipino", False),
    Language("km", "Khmer", "ភាសាខ្មែរ", False),
    Language("lo", "Lao", "ພາສາລາວ", False),
    Language("my", "Burmese", "မြန်မာဘာသာ", False),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}

#: Codes the translations are written in (English, the source, excluded).
TRANSLATED: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if lang.shipped and lang.code != SOURCE)
PLANNED: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if not lang.shipped)

#: Older or other names systems still report for the same language: Java and Android long said ``in``
#: for Indonesian; glibc and Windows may say ``tl`` (Tagalog) where Filipino is meant; ``zsm`` is
#: Standard Malay's ISO 639-3 code.
_ALIASES = {"in": "id", "tl": "fil", "zsm": "ms", "jp": "ja"}
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))*$")


def normalise(tag: str) -> str | None:
    """The language code a locale name or tag means (``ja_JP.UTF-8`` -> ``ja``), or None.

    Accepts POSIX locale names (``th_TH.UTF-8``, ``vi_VN@euro``), BCP 47 tags (``id-ID``, ``en-XA``) and
    the aliases above; ``C`` and ``POSIX`` mean English.  Languages not listed in :data:`LANGUAGES` give
    None.
    """
    text = tag.strip()
    if not text:
        return None
    text = text.split(".", 1)[0].split("@", 1)[0]
    if text in ("C", "POSIX"):
        return SOURCE
    if text.replace("_", "-").lower() == PSEUDO.lower():
        return PSEUDO
    match = _TAG.match(text)
    if not match:
        return None
    primary = match.group(1).lower()
    primary = _ALIASES.get(primary, primary)
    return primary if primary in BY_CODE else None


def _environment_tags(environ: Mapping[str, str]) -> list[str]:
    """Locale names in the order gettext reads them: LANGUAGE (unless the locale is C), LC_ALL, LC_MESSAGES, LANG."""
    locale_name = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    tags: list[str] = []
    if environ.get("LANGUAGE") and locale_name not in ("C", "POSIX"):
        tags.extend(t for t in environ["LANGUAGE"].split(":") if t)
    if locale_name:
        tags.append(locale_name)
    return tags


def first_shipped(tags: Iterable[str]) -> str:
    """The first shipped language among ``tags`` (in the user's order of preference), else English.

    The Qt layer passes ``QLocale.system().uiLanguages()``; the command line the environment's names.
    The pseudo-locale is never picked this way: it is for testing and must be asked for by name.
    """
    for tag in tags:
        code = normalise(tag)
        if code is not None and code != PSEUDO and BY_CODE[code].shipped:
            return code
    return SOURCE


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The shipped language the environment's locale asks for (``LANG=th_TH.UTF-8`` -> ``th``), else English."""
    return first_shipped(_environment_tags(os.environ if environ is None else environ))


class UnknownLanguage(ValueError):
    """A language was asked for by a name that is not one of the shipped languages."""


def resolve(requested: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language to use: the one asked for (``--lang``, the View > Language setting), or the system's.

    ``None``, ``""`` and ``"system"`` mean the environment's; any other name must be a shipped language
    or the pseudo-locale, else :class:`UnknownLanguage` says which names are accepted.
    """
    if requested is None or requested.strip() in ("", "system"):
        return from_environment(environ)
    code = normalise(requested)
    if code == PSEUDO or (code is not None and BY_CODE[code].shipped):
        return code
    names = ", ".join(lang.code for lang in LANGUAGES if lang.shipped)
    planned = code is not None and not BY_CODE[code].shipped
    why = "is not translated yet" if planned else "is not a language CityPitch knows"
    raise UnknownLanguage(f"language {requested.strip()!r} {why}; choose one of: {names} (or system)")
