"""Text that PDF readers extract as it was written, for scripts whose glyphs are not one per letter.

WORKAROUND for https://github.com/Kozea/WeasyPrint/issues/2841 (wrong and empty ToUnicode entries for
shaped text): WeasyPrint 70 writes one ``ToUnicode`` entry per glyph, taken the first time the glyph is
drawn, from the glyph's position to the next glyph's cluster (``weasyprint/draw/text.py``,
``draw_first_line``).  Khmer, Thai, Lao and Burmese shape a syllable into several glyphs in one cluster,
some drawn before the letter they follow in the text (Khmer's pre-base vowel sign E, U+17C1, comes
before its consonant).  So the first glyph of such a cluster got an empty mapping (MuPDF printed
U+FFFD), the last one the whole cluster ("នេ" for the glyph of "ន"), and every later use of that glyph
in another word extracted as that first cluster: "សុវត្ថិភាព" came out with an extra syllable.  One
table entry per glyph cannot be right, because the same glyph stands for different text in different
clusters and the drawing order is not the reading order.

What this module does while the PDF is written (:func:`extractable_text`), for each line holding such
a script (:func:`needs_actual_text`):

1. The line is wrapped in a marked-content span carrying its text as ``/ActualText`` (ISO 32000-1,
   14.9.4): poppler, PDFium, MuPDF from 1.23 and screen readers take that text, in reading order.
2. Each glyph drawn gets the text it stands for in this cluster: its letter when the cluster's glyphs
   are its letters' own glyphs in order, otherwise the whole cluster on the first glyph drawn and
   U+200B ZERO WIDTH SPACE on the others (no glyph is left without a Unicode value, as PDF/UA asks).
   Where a glyph already stands for other text elsewhere, it is drawn under an alias character id
   (one past the font's glyphs, reserved through WeasyPrint's table of substitute ids) whose
   ``ToUnicode`` entry is right, and a ``CIDToGIDMap`` sends the alias to the real glyph.  Readers that
   ignore ActualText (MuPDF 1.21 in Debian 12) then read the text in drawing order as written, with a
   zero-width space where a glyph stands for no letter of its own.

Lines in Latin, Vietnamese (precomposed) and Japanese are drawn one glyph per character already and
are left alone.  If a later WeasyPrint renames the functions used here, the PDF is written without
these additions and the extraction tests (tests/test_pdf_consumers.py) say so.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

#: Scripts whose shaping merges letters into clusters of several glyphs or reorders them:
#: Thai, Lao, Myanmar (with extensions), Khmer (with symbols).
COMPLEX = re.compile("[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\uA9E0-\uA9FF\uAA60-\uAA7F]")

#: What a glyph that stands for no text of its own maps to (see the module's docstring).
NO_TEXT = "\u200b"


def needs_actual_text(text: str) -> bool:
    """Whether a line's glyphs may not decode back to its text one by one (complex script, combining marks)."""
    if COMPLEX.search(text):
        return True
    return any(unicodedata.category(char) in ("Mn", "Mc", "Me") for char in text)


@contextlib.contextmanager
def extractable_text() -> Iterator[None]:
    """For the duration of one ``write_pdf``, make complex-script lines extract as written (module docstring)."""
    from weasyprint.draw import text as draw_text_module
    from weasyprint.pdf import fonts as pdf_fonts

    original = getattr(draw_text_module, "draw_first_line", None)
    build_font = getattr(pdf_fonts, "_build_vector_font_dictionary", None)
    if original is None or build_font is None:
        yield
        return

    def draw_first_line(stream: Any, textbox: Any, *args: Any, **kwargs: Any) -> Any:
        text = getattr(textbox, "text", "") or ""
        if not text.strip() or not needs_actual_text(text):
            return original(stream, textbox, *args, **kwargs)
        start = len(stream.stream)
        known = {id(font): set(font.to_unicode) for font in getattr(stream, "_fonts", {}).values()}
        emojis = original(stream, textbox, *args, **kwargs)
        if len(stream.stream) == start:
            return emojis  # nothing drawn
        import pydyf

        line = _drawn_text(textbox) or text
        _remap_line(stream, textbox, start, known)
        stream.stream[start:start] = ["/Span", pydyf.Dictionary({"ActualText": pydyf.String(line)}), b"BDC"]
        stream.stream.append(b"EMC")
        return emojis

    def build_vector_font(font_dictionary: Any, pdf: Any, font: Any, *args: Any, **kwargs: Any) -> Any:
        result = build_font(font_dictionary, pdf, font, *args, **kwargs)
        aliases: dict[int, int] = getattr(font, _ALIASES, {})
        if aliases and isinstance(font_dictionary.get("Encoding"), bytes):
            _point_aliases(pdf, font_dictionary, font, aliases)
        return result

    draw_text_module.draw_first_line = draw_first_line
    pdf_fonts._build_vector_font_dictionary = build_vector_font
    try:
        yield
    finally:
        draw_text_module.draw_first_line = original
        pdf_fonts._build_vector_font_dictionary = build_font


#: Attribute set on a WeasyPrint font: alias code -> the glyph id it draws (see :func:`_remap_line`).
_ALIASES = "_citypitch_aliases"
_CODES = re.compile(rb"<([0-9a-f]*)>")
_UNKNOWN = 0x10000000  # Pango's PANGO_GLYPH_UNKNOWN_FLAG


def _drawn_text(textbox: Any) -> str | None:
    """The text of the layout line WeasyPrint just drew (its first line), or None if it cannot be read."""
    try:
        line, _ = textbox.pango_layout.get_first_line()
        data: bytes = textbox.pango_layout.text.encode()
        return data[line.start_index:line.start_index + line.length].decode()
    except (AttributeError, UnicodeDecodeError, TypeError):
        return None


def _glyph_texts(textbox: Any, stream: Any) -> list[tuple[Any, int, str]]:
    """(font, glyph id, text it stands for) for every glyph code the line drew, in drawing order.

    A cluster whose glyphs are its letters' own glyphs in reading order maps them letter by letter;
    any other cluster (reordered, split or merged glyphs) puts its whole text on its first glyph and
    :data:`NO_TEXT` on the others, so that reading the glyphs in drawing order gives the text back.
    """
    from weasyprint.text.ffi import ffi, pango

    line, _ = textbox.pango_layout.get_first_line()
    data = textbox.pango_layout.text.encode()
    out: list[tuple[Any, int, str]] = []
    node = line.runs
    while node != ffi.NULL:
        item = node.data
        node = node.next
        font, _ = stream.add_font(item.item.analysis.font)
        nominal = _nominal_glyphs(font.family, font.weight)
        glyphs = item.glyphs
        count = glyphs.num_glyphs
        clusters = [glyphs.log_clusters[i] for i in range(count)]
        starts = sorted(set(clusters)) + [item.item.length]
        base = item.item.offset
        i = 0
        while i < count:
            j = i
            while j < count and clusters[j] == clusters[i]:
                j += 1
            begin = clusters[i]
            end = starts[starts.index(begin) + 1]
            text = data[base + begin:base + end].decode(errors="replace")
            gids = [glyphs.glyphs[k].glyph for k in range(i, j)]
            drawn = [g for g in gids if g != pango.PANGO_GLYPH_EMPTY]
            if len(drawn) == len(text) and all(nominal.get(ord(c)) == g for c, g in zip(text, drawn)):
                out.extend((font, g, c) for g, c in zip(drawn, text))
            else:
                out.extend((font, g, text if n == 0 else NO_TEXT) for n, g in enumerate(drawn))
            i = j
    return out


def _remap_line(stream: Any, textbox: Any, start: int, known: dict[int, set[int]]) -> None:
    """Give every glyph code this line drew a ToUnicode entry that is right for it, aliasing where needed.

    A glyph id keeps one entry for the whole document.  Where this line needs a glyph to stand for
    other text than its entry says, the glyph is drawn under an alias code (an unused code past the
    font's glyphs, reserved through WeasyPrint's own table of substitute codes so that nothing else
    takes it) whose entry says the right text; :func:`_point_aliases` makes the font's encoding map
    the alias to the real glyph.
    """
    try:
        wanted = _glyph_texts(textbox, stream)
    except (AttributeError, TypeError, ValueError, UnicodeDecodeError):
        return
    codes: list[int] = []
    for font, gid, text in wanted:
        if gid & _UNKNOWN:  # a character no font has: WeasyPrint drew its substitute code, left alone
            codes.append(font.get_unused_glyph_id(gid - _UNKNOWN))
            continue
        if font.bitmap:
            codes.append(gid)
            continue
        current = font.to_unicode.get(gid)
        seen = known.setdefault(id(font), set())
        if gid not in seen:
            font.to_unicode[gid] = text
            seen.add(gid)
            codes.append(gid)
        elif current == text:
            codes.append(gid)
        else:
            codes.append(_alias(font, gid, text))
    # Rewrite the glyph codes of the line's text-showing operators, in order.
    position = 0

    def swap(match: re.Match[bytes]) -> bytes:
        nonlocal position
        hexes = match.group(1)
        out = []
        for k in range(0, len(hexes), 4):
            old = int(hexes[k:k + 4], 16)
            new = codes[position] if position < len(codes) else old
            position += 1
            out.append(b"%04x" % new)
        return b"<" + b"".join(out) + b">"

    for index in range(start, len(stream.stream)):
        op = stream.stream[index]
        if isinstance(op, bytes) and op.endswith(b"] TJ"):
            stream.stream[index] = _CODES.sub(swap, op)


def _alias(font: Any, gid: int, text: str) -> int:
    """An alias code drawing glyph ``gid`` and extracting as ``text`` (one per pair, reused)."""
    aliases: dict[int, int] = font.__dict__.setdefault(_ALIASES, {})
    for code, target in aliases.items():
        if target == gid and font.to_unicode.get(code) == text:
            return code
    # WeasyPrint hands out codes past the font's glyphs for characters no font has, keyed by code
    # point; a key no code point can have reserves the alias among them.
    code = int(font.get_unused_glyph_id(-1 - len(aliases)))
    if code >= 0xFFFF:
        return gid  # no code left: the glyph keeps its first entry
    aliases[code] = gid
    font.to_unicode[code] = text
    font.widths[code] = font.widths.get(gid, 0)
    return code


def _point_aliases(pdf: Any, font_dictionary: Any, font: Any, aliases: dict[int, int]) -> None:
    """Make each alias code a character id of its own that draws the real glyph.

    MuPDF reads ToUnicode by character id (after the encoding), so an alias must be a distinct id,
    not only a distinct code: WeasyPrint's encoding CMap (code -> id) sends the alias code to itself
    instead of to .notdef, and a ``CIDToGIDMap`` stream (id -> glyph) replaces ``/Identity``.
    """
    import pydyf

    encoding = pdf.objects[int(font_dictionary["Encoding"].split()[0])]
    for index, line in enumerate(encoding.stream):
        if isinstance(line, bytes) and line.startswith(b"<") and line.endswith(b" 0"):
            code = int(line[1:line.index(b">")], 16)
            if code in aliases:
                encoding.stream[index] = b"<%04x> %d" % (code, code)
    subfont = pdf.objects[int(font_dictionary["DescendantFonts"][0].split()[0])]
    last = max(max(aliases), font.glyph_count - 1)
    table = bytearray()
    for cid in range(last + 1):
        table += (aliases.get(cid, cid if cid < font.glyph_count else 0)).to_bytes(2, "big")
    stream = pydyf.Stream([bytes(table)], compress=True)
    pdf.add_object(stream)
    subfont["CIDToGIDMap"] = stream.reference


@functools.cache
def _nominal_glyphs(family: str, weight: int) -> dict[int, int]:
    """Code point -> glyph id of the bundled face ``family`` at ``weight`` (empty for any other font)."""
    from fontTools.ttLib import TTFont

    from wizard.export.fonts import font_faces

    for face in font_faces():
        if face.family == family and face.weight == weight:
            with TTFont(face.path, lazy=True) as font:
                order = {name: index for index, name in enumerate(font.getGlyphOrder())}
                return {code: order[name] for code, name in font.getBestCmap().items() if name in order}
    return {}
