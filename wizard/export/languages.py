"""The language of each passage of the team's text in the exported HTML: ``lang="..."`` on what it is written in.

A proposal has a local language (:attr:`wizard.model.Meta.local_language`, preset from the city's country)
and a list of fields the team marked as written in it (:attr:`wizard.model.Meta.local_language_fields`,
patterns such as ``"problem.statement"`` or ``"risks.description"``, a table column standing for all its
rows).  Every passage of a marked field that reaches the page is wrapped in ``<span lang="id">``; WeasyPrint
then gives its structure element ``/Lang`` in tagged and PDF/UA output (:mod:`wizard.export.tagging`), so a
screen reader reads Indonesian as Indonesian.

Text the team did not mark gets a language only where its script tells it without doubt
(:func:`wizard.export.tagging.language_of`: Thai, Khmer, Lao, Burmese, Japanese with kana, Vietnamese by
its own letters); Indonesian, Malay, Filipino and Tetum are plain Latin letters and need the team's mark.

How a passage is recognised: the deck and the leave-behind cut, split and compose the team's text in many
places, so this module does not follow the text through them.  It sees each value a template prints (Jinja's
``finalize`` hook, which never sees the template's own words) and marks

- a value that is a whole marked text (a list item, a table cell) or whole sentences or lines of one (a
  paragraph, the sentences that fit on a slide, the rest continued in the appendix): the whole value;
- a value that contains a marked field's whole text among other words ("Source: Dinas Perhubungan, 2024"):
  that part.

Values land in element text and in attributes (``alt``, ``<meta content>``, ``<title>``) alike, where a
``<span>`` would break the page, so :meth:`Marker.finalize` writes two non-characters around the passage
(``U+FFFF`` and ``U+FFFE``, which :func:`wizard.model.clean_text` never lets into a proposal) and
:meth:`Marker.apply` turns them into ``<span lang>`` in element text and drops them everywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from markupsafe import Markup

from wizard import fields
from wizard.export.tagging import language_of
from wizard.model import Proposal

_OPEN = "\uffff"
_MID = "\ufffe"
_CLOSE = "\uffff\ufffe"
_OPEN_RE = re.compile("\uffff([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\ufffe")
_ANY_MARK = re.compile("\uffff[a-z0-9-]*\ufffe|\uffff\ufffe")
_TAG = re.compile(r"(<[^>]*>)")
_LANG_ATTR = re.compile(r'\slang="([^"]*)"')
_RAW_TEXT = ("title", "style", "script", "textarea")
_WORD = re.compile(r"\w", re.UNICODE)


def field_texts(proposal: Proposal, patterns: list[str] | set[str]) -> Iterator[tuple[str, str]]:
    """``(path, text)`` of every non-empty text of the fields named by ``patterns`` (list rows expanded)."""
    return fields.texts(proposal, set(patterns))


def _norm(text: str) -> str:
    """``text`` with each line's runs of spaces made one space and empty lines dropped."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


#: What ends a sentence (Latin, Japanese, Khmer, Burmese, Lao has none of its own) and what may follow it.
_ENDERS = ".!?:;\u3002\uff01\uff1f\u17d4\u17d5\u104a\u104b"
_CLOSERS = "\"')]\u201d\u2019\u300d\u300f\uff09"


def _sentence_start(joined: str, start: int) -> bool:
    if joined[start - 1] == "\n":
        return True
    if joined[start - 1] != " ":
        return False
    before = joined[:start - 1].rstrip(_CLOSERS)
    return bool(before) and before[-1] in _ENDERS


def _sentence_end(joined: str, end: int) -> bool:
    if joined[end] == "\n":
        return True
    if joined[end] != " ":
        return False
    before = joined[:end].rstrip(_CLOSERS)
    return bool(before) and before[-1] in _ENDERS


class Marker:
    """Marks the printed pieces of a proposal's local-language fields, and text whose script tells its language."""

    def __init__(self, proposal: Proposal, document_language: str = "en") -> None:
        meta = proposal.meta
        self.document_language = document_language
        self.language: str | None = str(meta.local_language.value) if meta.local_language is not None else None
        texts = [_norm(t) for _p, t in field_texts(proposal, meta.local_language_fields)] if self.language else []
        self.texts = [t for t in dict.fromkeys(texts) if t]
        self.whole = set(self.texts)
        # Whole texts by their first word, to find one inside a composed value in one pass over its words.
        self.by_first_word: dict[str, list[str]] = {}
        for text in sorted(self.whole, key=len, reverse=True):
            if len(text) >= 4 and "\n" not in text:
                self.by_first_word.setdefault(text.split(" ", 1)[0], []).append(text)
        # One string to search sentence-aligned pieces in (a value never spans two texts' line break).
        self.joined = "\n" + "\n".join(self.texts) + "\n"

    def _is_piece(self, text: str) -> bool:
        """Whether ``text`` (normalised) is a whole marked text, or whole sentences or lines of one.

        Sentence-aligned only: an unmarked "Lumara City Transport Agency" is not taken for the start of a
        marked "Lumara City Transport Agency floating-car survey".
        """
        if text in self.whole:
            return True
        if not _WORD.search(text) or len(text) < 4:
            return False
        start = self.joined.find(text)
        while start != -1:
            end = start + len(text)
            if _sentence_start(self.joined, start) and _sentence_end(self.joined, end):
                return True
            start = self.joined.find(text, start + 1)
        return False

    def language_for(self, value: str) -> str | None:
        """The language of ``value`` as a whole (a marked passage, or a script that tells), None if the document's.

        For outputs that set a language per run of text (a PowerPoint run's ``lang``) rather than per element.
        """
        text = _norm(value)
        if self.language and self.texts and self._is_piece(text):
            return self.language
        detected = language_of(text)
        return detected if detected and detected != self.document_language else None

    def finalize(self, value: Any) -> Any:
        """Jinja's ``finalize``: a printed value with its local-language passages bracketed for :meth:`apply`."""
        if not isinstance(value, str) or isinstance(value, Markup) or not _WORD.search(value):
            return value
        language = self.language_for(value)
        if language is None and self.language and self.texts:
            inside = self._within(value)
            if inside is not None:
                return inside
        return f"{_OPEN}{language}{_MID}{value}{_CLOSE}" if language else value

    def _within(self, value: str) -> str | None:
        """``value`` with each whole marked text found inside it (at word boundaries) bracketed, or None."""
        if not self.by_first_word:
            return None
        out: list[str] = []
        position = 0
        for word in re.finditer(r"\S+", value):
            if word.start() < position:
                continue
            candidates = self.by_first_word.get(word.group(), ())
            if not candidates and word.group()[:1] in "\"'“‘(":
                candidates = self.by_first_word.get(word.group()[1:], ())
                offset = 1
            else:
                offset = 0
            begin = word.start() + offset
            for candidate in candidates:
                end = _match_spaced(value, begin, candidate)
                if end is not None and (end == len(value) or not value[end].isalnum()):
                    out.append(value[position:begin])
                    out.append(f"{_OPEN}{self.language}{_MID}{value[begin:end]}{_CLOSE}")
                    position = end
                    break
        if not out:
            return None
        out.append(value[position:])
        return "".join(out)

    def apply(self, html: str) -> str:
        """The rendered page with each bracketed passage in ``<span lang>`` (in text) or unmarked (elsewhere)."""
        if _OPEN not in html:
            return html
        out: list[str] = []
        raw: str | None = None  # inside <title>, <style> ...: text that is not markup
        opened = ""  # the language of the element just opened, when the text follows its start tag
        for index, token in enumerate(_TAG.split(html)):
            if index % 2:  # a tag
                name = token[1:].split(None, 1)[0].rstrip("/>").lower() if len(token) > 2 else ""
                if raw is None and name in _RAW_TEXT:
                    raw = name
                elif raw is not None and name == f"/{raw}":
                    raw = None
                found = _LANG_ATTR.search(token) if not name.startswith("/") else None
                opened = found.group(1) if found else ""
                out.append(_ANY_MARK.sub("", token))
            elif raw is not None:
                out.append(_ANY_MARK.sub("", token))
            else:
                out.append(_spans(token, opened))
        return "".join(out)


def _spans(text: str, opened: str) -> str:
    """``text`` with its bracketed passages as ``<span lang>``; none for a whole text already in that language.

    A Japanese label's line (``<span class="ja" lang="ja">...``) needs no second ``lang="ja"`` inside it.
    """
    stripped = text.strip()
    match = _OPEN_RE.match(stripped)
    if opened and match and match.group(1) == opened and stripped.endswith(_CLOSE) \
            and _ANY_MARK.search(stripped[match.end():-len(_CLOSE)]) is None:
        return _ANY_MARK.sub("", text)
    return _OPEN_RE.sub(r'<span lang="\1">', text).replace(_CLOSE, "</span>")


def _match_spaced(value: str, start: int, text: str) -> int | None:
    """The end in ``value`` of ``text`` (normalised) read from ``start`` with any run of spaces for a space."""
    position = start
    for index, part in enumerate(text.split(" ")):
        if index:
            gap = position
            while gap < len(value) and value[gap].isspace():
                gap += 1
            if gap == position:
                return None
            position = gap
        if not value.startswith(part, position):
            return None
        position += len(part)
    return position


#: Text fields that hold no prose in any language (addresses, file names, colours, the program's own keys).
NOT_PROSE = frozenset({
    "meta.local_language_fields", "team.contacts.email", "team.contacts.phone", "problem.evidence.link",
    "branding.accent_colour", "branding.logo", "branding.photos.asset", "acknowledgements.rule",
    "acknowledgements.field", "slide_titles.slide",
})


def markable_patterns() -> list[str]:
    """Every text field the team may mark as written in the local language, in the model's order."""
    from wizard.fields import all_specs

    return [pattern for pattern, sp in all_specs().items()
            if sp.kind in ("line", "text", "str_list") and pattern not in NOT_PROSE]


def field_title(pattern: str, lang: str = "en") -> str:
    """The field as a planner names it: "Problem › Evidence › Source" (:func:`wizard.fields.title`)."""
    return fields.title(pattern, lang)


def script_language(texts: list[str]) -> str | None:
    """The one language the script of every one of ``texts`` tells, or None (Latin, mixed, or no text)."""
    found = {language_of(_norm(text)) for text in texts}
    return found.pop() if len(found) == 1 else None
