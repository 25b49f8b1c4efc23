"""The wizard in its users' languages: which languages there are, and the core's translated data (no Qt).

Two kinds of text are translated, each where its readers live:

- the Qt layer's own strings (labels, buttons, menus, the ``.ui`` forms) through Qt's translation
  functions, with Qt Linguist catalogues in ``resources/i18n/`` (``citypitch_<lang>.ts`` sources,
  ``citypitch_<lang>.qm`` compiled; :mod:`wizard.i18n.catalogues` builds both, ``make i18n`` runs it),
  and Qt's own widget texts where Qt ships no catalogue for the language (``qtbase_subset_<lang>``,
  :mod:`wizard.i18n.qtbase`);
- the core's data texts (the guidance panel, the readiness rules, the choice labels) as JSON beside
  the English, one file per language, read with English as the fallback text by text
  (:mod:`wizard.guidance`, :mod:`wizard.i18n.readiness`, :mod:`wizard.i18n.choices`).

Both follow one glossary (``resources/i18n/glossary.json``, :mod:`wizard.i18n.glossary`).  The
exports stay English, or English with Japanese labels, whatever the interface's language.

Modules: :mod:`~wizard.i18n.languages` (codes, the system's language, ``--lang``),
:mod:`~wizard.i18n.pseudo` (the ``en-XA`` pseudo-locale for layout tests), :mod:`~wizard.i18n.data`
(strict reading and fallback), :mod:`~wizard.i18n.glossary`, :mod:`~wizard.i18n.choices`,
:mod:`~wizard.i18n.readiness`, :mod:`~wizard.i18n.catalogues`.
"""

from wizard.i18n.languages import (
    LANGUAGES,
    PLANNED,
    PSEUDO,
    SOURCE,
    TRANSLATED,
    Language,
    UnknownLanguage,
    first_shipped,
    from_environment,
    normalise,
    resolve,
)

__all__ = [
    "LANGUAGES",
    "PLANNED",
    "PSEUDO",
    "SOURCE",
    "TRANSLATED",
    "Language",
    "UnknownLanguage",
    "first_shipped",
    "from_environment",
    "normalise",
    "resolve",
]
