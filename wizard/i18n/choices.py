"""The labels of the model's choices in each language (``resources/i18n/choices.<lang>.json``).

:class:`wizard.model.Choice` members carry their English label; a translation file gives, per choice
class and value, the label a drop-down, a table cell or a guidance example shows in that language:
``{"version": 1, "choices": {"FundingStatus": {"committed": "確約済み", ...}, ...}}``.  Values (what
is stored in the project file) never change with the language; only what is shown does.

A member with a ``short`` label (a label too long for a drop-down: Qt cannot wrap one) has its short
label in each language under ``"short"``, by the same class and value: the wizard's drop-down shows
it (:func:`short_label`), with the full label as the choice's tooltip.
"""

from __future__ import annotations

import functools

from wizard.i18n.data import TranslationFileError, i18n_dir, language_files, read_json
from wizard.i18n.languages import PSEUDO, SOURCE
from wizard.i18n.pseudo import pseudo
from wizard.model import Choice


@functools.cache
def _section(lang: str, key: str) -> dict[str, dict[str, str]]:
    """One section of the language's file (``choices``: the labels, ``short``: the drop-downs' short ones)."""
    path = language_files(i18n_dir(), "choices").get(lang)
    if path is None:
        return {}
    try:
        data = read_json(path)
    except TranslationFileError:
        return {}
    choices = data.get(key) if isinstance(data, dict) else None
    if not isinstance(choices, dict):
        return {}
    return {cls: {str(k): v for k, v in members.items() if isinstance(v, str) and v.strip()}
            for cls, members in choices.items() if isinstance(members, dict)}


def _labels(lang: str) -> dict[str, dict[str, str]]:
    return _section(lang, "choices")


def label(member: Choice, lang: str = SOURCE) -> str:
    """What ``member`` is called in ``lang``; its English label where the language has none."""
    if lang == SOURCE:
        return member.label
    if lang == PSEUDO:
        return pseudo(member.label)
    return _labels(lang).get(type(member).__name__, {}).get(member.value, member.label)


def short_label(member: Choice, lang: str = SOURCE) -> str:
    """What a drop-down shows for ``member`` in ``lang``: its short label if it has one, else its label.

    A language without the short label gets its full label (whole, if wider).
    """
    if member.short == member.label:
        return label(member, lang)
    if lang == SOURCE:
        return member.short
    if lang == PSEUDO:
        return pseudo(member.short)
    return _section(lang, "short").get(type(member).__name__, {}).get(member.value) or label(member, lang)


def member_by_label(choice: type[Choice], text: str, lang: str = SOURCE) -> Choice | None:
    """The member of ``choice`` whose label or short label in ``lang`` (or in English) is ``text``, or None."""
    wanted = text.strip()
    for member in choice:
        if wanted in (label(member, lang), member.label, short_label(member, lang), member.short):
            return member
    return None


def languages() -> tuple[str, ...]:
    """The languages with a choice-label file."""
    return tuple(language_files(i18n_dir(), "choices"))
