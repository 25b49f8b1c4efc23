"""What PDF/UA-1 asks of the structure tree that WeasyPrint 70 does not write, added while the PDF is written.

WORKAROUND for WeasyPrint 70's tagging (``weasyprint/pdf/tags.py``; upstream groups its PDF/UA gaps in
https://github.com/Kozea/WeasyPrint/issues/2482, page margins in .../issues/1836, header scopes in
.../issues/2508):

- **Languages of passages** (PDF/UA-1 7.2): WeasyPrint writes the document's ``/Lang`` only.  An element
  whose HTML carries ``lang`` (the Japanese labels) gets that ``/Lang``; and each run of text whose script
  tells its language (Thai, Khmer, Lao, Burmese, Japanese kana, Vietnamese letters) gets
  ``/Lang`` on its own ``Span`` element (:func:`language_of`), so a screen reader switches voice for a
  Khmer benefit in an English table.  Indonesian, Malay and Filipino are written in plain Latin letters:
  no script tells them from English: the team marks the fields written in its local language, and
  :mod:`wizard.export.languages` puts ``lang`` on their text in the HTML.
- **Page furniture** (7.8): running headers, footers and page numbers (CSS margin boxes) are drawn as
  ``/Artifact`` marked content of type ``/Pagination`` instead of untagged ``Span`` content that belongs
  to no structure element.
- **Links** (7.18.5): an annotation WeasyPrint puts on a ``Span`` inside a link moves to its ``/Link``
  element, and link annotations are printed (``/F 4``), like the page they sit on.
- **Header cells** (7.5): every ``TH`` gets ``/Scope``: the HTML ``scope`` when given, ``/Column``
  otherwise (WeasyPrint itself treats a header cell without ``scope="row"`` as a column header when it
  links data cells to headers, so the two agree).

Each hook replaces a module function for the duration of one ``write_pdf`` and calls the original; if a
later WeasyPrint renames one, the PDF is still tagged without that addition, and the tests say so.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

_SCOPES = {"col": "/Column", "row": "/Row", "colgroup": "/Column", "rowgroup": "/Row"}

# Script -> language (BCP 47) where the script alone tells the language.  Han characters alone do not
# (Chinese uses them too): Japanese is told by its kana, with or without kanji beside them.
_SCRIPT_LANGUAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("[\u0E00-\u0E7F]"), "th"),
    (re.compile("[\u0E80-\u0EFF]"), "lo"),
    (re.compile("[\u1780-\u17FF\u19E0-\u19FF]"), "km"),
    (re.compile("[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]"), "my"),
    (re.compile("[\u3040-\u30FF\uFF66-\uFF9F]"), "ja"),
)
_HAN = re.compile("[\u3400-\u4DBF\u4E00-\u9FFF]")
# Letters only Vietnamese uses among the languages a proposal meets: a breve a, a d with stroke, the horned
# o and u, and the tone marks written below or as a hook (Latin Extended Additional U+1EA0-U+1EF9).
# a-, e- and o-circumflex and the acute and grave accents are French and Portuguese too.
_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]")
_WORDS = re.compile(r"[^\W\d_]+")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")


def language_of(text: str) -> str | None:
    """The language ``text``'s script tells (``"km"`` for Khmer ...), or None where the script cannot tell.

    None for Latin text (English, Indonesian, Malay, Filipino and Tetum look alike), for Han characters
    without kana (Chinese or Japanese), and for one script's words beside Latin words (an English sentence
    naming a Khmer ministry: the sentence's own language stands).  Vietnamese is told from its letters only
    when at least a third of the words carry one (so "the So Giao thong Van tai department" with its
    Vietnamese marks stays English).
    """
    found = {language for pattern, language in _SCRIPT_LANGUAGES if pattern.search(text)}
    if found:
        if len(found) != 1 or _LATIN_WORD.search(text):
            return None  # two scripts, or Latin-script words beside another script
        return found.pop()
    if _HAN.search(text):
        return None
    if _VIETNAMESE.search(text):
        words = _WORDS.findall(text)
        marked = sum(1 for word in words if _VIETNAMESE.search(word))
        return "vi" if words and marked * 3 >= len(words) else None
    return None


@contextlib.contextmanager
def pdf_ua_structure(tagged: bool, document_language: str = "en") -> Iterator[None]:
    """For one ``write_pdf`` of a tagged document, add passage languages, artifacts and header scopes."""
    if not tagged:
        yield
        return
    import pydyf
    from weasyprint import draw
    from weasyprint.formatting_structure import boxes
    from weasyprint.pdf import tags

    build_original = getattr(tags, "_build_box_tree", None)
    draw_original = getattr(draw, "draw_stacking_context", None)
    if build_original is None or draw_original is None:
        yield
        return

    def build(box: Any, parent: Any, pdf: Any, *args: Any) -> Iterator[Any]:
        if isinstance(box, boxes.MarginBox):
            return  # drawn as an artifact (below): nothing of it belongs in the structure tree
        element = getattr(box, "element", None)
        attrs = element if element is not None and hasattr(element, "get") else {}
        lang = attrs.get("lang")
        tag = getattr(box, "element_tag", None)
        own = tag not in ("html", "body") and not isinstance(box, boxes.PageBox)
        annotation = getattr(box, "link_annotation", None)
        if annotation is not None and hasattr(annotation, "__setitem__"):
            annotation["F"] = 4  # Print: a link is part of the page on paper as on screen
        for struct in build_original(box, parent, pdf, *args):
            if annotation is not None and parent.get("S") == "/Link" and struct.get("S") != "/Link":
                _move_link_annotation(struct, parent, pdf, args)
            if own and lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            if struct.get("S") == "/TH" and isinstance(struct.get("A"), dict) and own and tag == "th":
                struct["A"]["Scope"] = _SCOPES.get(str(attrs.get("scope", "")), "/Column")
            if own:
                _mark_text_languages(box, struct, pdf, lang or document_language, boxes, pydyf)
            yield struct

    def draw_stacking_context(stream: Any, stacking_context: Any) -> Any:
        if not isinstance(getattr(stacking_context, "box", None), boxes.MarginBox) or stream._tags is None:
            return draw_original(stream, stacking_context)
        saved = stream._tags
        stream._tags = None  # no MCIDs inside: the whole margin box is one artifact
        pydyf.Stream.begin_marked_content(stream, "Artifact", pydyf.Dictionary({"Type": "/Pagination"}))
        try:
            return draw_original(stream, stacking_context)
        finally:
            pydyf.Stream.end_marked_content(stream)
            stream._tags = saved

    tags._build_box_tree = build
    draw.draw_stacking_context = draw_stacking_context
    try:
        yield
    finally:
        tags._build_box_tree = build_original
        draw.draw_stacking_context = draw_original


def _move_link_annotation(struct: Any, link: Any, pdf: Any, args: tuple[Any, ...]) -> None:
    """Put the link annotation WeasyPrint hung on ``struct`` (a Span inside a link) on the ``/Link`` itself.

    WeasyPrint gives each box inside an ``<a>`` its own annotation and its object reference in that box's
    element, so the annotation's parent is a ``/Span``; PDF/UA-1 7.18.5 wants it in a ``/Link`` element.
    ``args`` are ``_build_box_tree``'s (page number, MCID map, annotations, tags): the annotation list
    pairs each annotation with its parent element for the parent tree, and is told of the move too.
    """
    annotations = args[2] if len(args) > 2 and isinstance(args[2], list) else None
    kids = struct.get("K")
    if annotations is None or not isinstance(kids, list):
        return
    for reference in list(kids):
        if not isinstance(reference, bytes):
            continue
        kid = pdf.objects[int(reference.split()[0])]
        if not isinstance(kid, dict) or kid.get("Type") != "/OBJR":
            continue
        kids.remove(reference)
        link["K"].append(reference)
        for index, (owner, annotation) in enumerate(annotations):
            if owner == struct.reference and annotation.reference == kid.get("Obj"):
                annotations[index] = (link.reference, annotation)


def _mark_text_languages(box: Any, struct: Any, pdf: Any, inherited: str, boxes: Any, pydyf: Any) -> None:
    """Give each text ``Span`` of ``struct`` the language its script tells, where that is not ``inherited``.

    WeasyPrint makes one ``Span`` element (with one MCID) per text box, in the order of the box's lines;
    the same order is walked here to pair each with its text.
    """
    texts = [leaf.text for child in getattr(box, "children", ())
             for leaf in (child.children if isinstance(child, boxes.LineBox) else [child])
             if isinstance(leaf, boxes.TextBox)]
    if not texts or not any(language_of(text) for text in texts):
        return
    spans = []
    for reference in struct.get("K", ()):
        if not isinstance(reference, bytes):
            continue
        kid = pdf.objects[int(reference.split()[0])]
        kids = kid.get("K") if isinstance(kid, dict) else None
        if kid.get("S") == "/Span" and isinstance(kids, list) and len(kids) == 1 and isinstance(kids[0], int):
            spans.append(kid)
    if len(spans) != len(texts):
        return  # not the shape expected (a link, a new WeasyPrint): leave it to the element's language
    for span, text in zip(spans, texts):
        language = language_of(text)
        if language and language != inherited and "Lang" not in span:
            span["Lang"] = pydyf.String(language)
