"""Runs of text for the PowerPoint export, each naming the fonts its text needs (no Qt; python-pptx and lxml).

python-pptx's ``font.name`` sets only the Latin slot (``a:latin``).  PowerPoint, LibreOffice and Google
Slides choose the East Asian slot (``a:ea``) for kana and kanji and the complex-script slot (``a:cs``) for
Thai, Lao, Khmer and Burmese; left unset, those fall back to a font that may lack the glyphs and show
boxes (python-pptx issue 768).  Each run here names the fonts the PDF uses (resources/fonts): Inter for
Latin and Vietnamese, Noto Sans CJK JP for a run with Japanese, and the Noto face of its complex script.  A run
holds at most one complex script, because ``a:cs`` names one font.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

LATIN_FONT = "Inter"
JAPANESE_FONT = "Noto Sans CJK JP"
#: The complex scripts the proposal may be written in, each with its bundled font and language tag.
COMPLEX_SCRIPTS: dict[str, tuple[str, str]] = {
    "thai": ("Noto Sans Thai", "th-TH"),
    "lao": ("Noto Sans Lao", "lo-LA"),
    "khmer": ("Noto Sans Khmer", "km-KH"),
    "myanmar": ("Noto Sans Myanmar", "my-MM"),
}
_RANGES = (
    ("thai", 0x0E00, 0x0E7F), ("lao", 0x0E80, 0x0EFF), ("khmer", 0x1780, 0x17FF), ("khmer", 0x19E0, 0x19FF),
    ("myanmar", 0x1000, 0x109F), ("myanmar", 0xA9E0, 0xA9FF), ("myanmar", 0xAA60, 0xAA7F),
)
_JAPANESE = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# XML 1.0 cannot hold most C0 controls; the model refuses them, this is the last guard for the file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def script_of(char: str) -> str | None:
    """The complex script of one character, or None (Latin, Japanese, digits, punctuation)."""
    code = ord(char)
    for name, low, high in _RANGES:
        if low <= code <= high:
            return name
    return None


def has_japanese(text: str) -> bool:
    return bool(_JAPANESE.search(text))


def clean(text: str) -> str:
    """Text as it can go into the file: control characters (refused by the model anyway) dropped."""
    return _CONTROL.sub("", text)


def split_scripts(text: str) -> list[tuple[str, str | None]]:
    """``text`` cut where its complex script changes: (piece, script or None).

    Spaces, digits and punctuation stay with the piece before them, so a sentence is cut only where a
    different script begins.
    """
    pieces: list[tuple[str, str | None]] = []
    current: list[str] = []
    script: str | None = None
    for char in text:
        found = script_of(char)
        if found is None and not char.isalpha():
            found = script  # a space, digit or mark goes with what came before it
        if found != script and current:
            pieces.append(("".join(current), script))
            current = []
        script = found
        current.append(char)
    if current:
        pieces.append(("".join(current), script))
    return [(p, s) for p, s in pieces if p]


@dataclass(frozen=True)
class Style:
    """How a run looks: size in points, bold, colour as RRGGBB."""

    size: float = 10.5
    bold: bool = False
    color: str = "1E2A35"
    italic: bool = False
    #: Space before the paragraph this run starts, in points (a block's label, a list item).
    space_before: float = 0.0


def set_fonts(run: Any, piece: str, script: str | None) -> None:
    """Name the Latin, East Asian and (for a complex script) complex-script fonts on a python-pptx run."""
    from pptx.oxml.ns import qn

    rpr = run._r.get_or_add_rPr()
    for tag in ("a:latin", "a:ea", "a:cs"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    # Schema order inside a:rPr: ln, fill, effects, highlight, uLnTx..., latin, ea, cs, sym, hlinkClick...
    fonts = [rpr.makeelement(qn("a:latin"), {"typeface": LATIN_FONT})]
    if has_japanese(piece):
        # Only where there is Japanese: LibreOffice sizes a line by every font named on its runs, and the
        # CJK face stands taller than Inter (the theme names it too, for Japanese typed in later).
        fonts.append(rpr.makeelement(qn("a:ea"), {"typeface": JAPANESE_FONT}))
    if script is not None:
        fonts.append(rpr.makeelement(qn("a:cs"), {"typeface": COMPLEX_SCRIPTS[script][0]}))
    anchor = None
    for tag in ("a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst"):
        anchor = rpr.find(qn(tag))
        if anchor is not None:
            break
    for element in fonts:
        if anchor is not None:
            anchor.addprevious(element)
        else:
            rpr.append(element)
    if script is not None:
        rpr.set("lang", COMPLEX_SCRIPTS[script][1])
    elif has_japanese(piece):
        rpr.set("lang", "ja-JP")
        rpr.set("altLang", "en-GB")
    else:
        rpr.set("lang", "en-GB")


def _paragraph_size(paragraph: Any, size: float) -> None:
    """Give the paragraph's own mark the run's size: an empty end mark at the 18 pt default would make
    every line of a small table cell as tall as 18 pt text in LibreOffice and PowerPoint."""
    from pptx.oxml.ns import qn

    p = paragraph._p
    end = p.find(qn("a:endParaRPr"))
    if end is None:
        end = p.makeelement(qn("a:endParaRPr"), {})
        p.append(end)
    end.set("sz", str(int(round(size * 100))))
    ppr = p.get_or_add_pPr()
    ppr.get_or_add_defRPr().set("sz", str(int(round(size * 100))))


#: Line height (in em, exact) of a paragraph with Burmese in it.  LibreOffice spaced such lines by the Latin
#: font's height, so letters stacked above and below the line overlapped the lines next to them; a
#: percentage of single spacing came out far taller where a paragraph mixed Burmese with Latin (the
#: Burmese face's own height was scaled).  An exact height draws the same in every viewer and is what the
#: slide's measurements below assume.
TALL_SCRIPT_LINE = {"myanmar": 1.6}


def line_height(text: str) -> float | None:
    """The exact line height in em set on a paragraph holding ``text``, or None (single spacing)."""
    heights = [TALL_SCRIPT_LINE[script] for _, script in split_scripts(text) if script in TALL_SCRIPT_LINE]
    return max(heights) if heights else None


def _line_spacing(paragraph: Any, points: float) -> None:
    """Set a paragraph's line spacing (a:lnSpc, first in a:pPr) to exactly ``points``."""
    from pptx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(qn("a:lnSpc")):
        ppr.remove(old)
    spacing = ppr.makeelement(qn("a:lnSpc"), {})
    spacing.append(spacing.makeelement(qn("a:spcPts"), {"val": str(int(round(points * 100)))}))
    ppr.insert(0, spacing)


def add_runs(paragraph: Any, text: str, style: Style) -> None:
    """Append ``text`` to a python-pptx paragraph as runs, one per script, each with its fonts named."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    _paragraph_size(paragraph, style.size)
    pieces = split_scripts(clean(text))
    tall = line_height(text)
    if tall is not None:
        _line_spacing(paragraph, style.size * tall)
    for piece, script in pieces:
        run = paragraph.add_run()
        run.text = piece  # a:t holds text only: no field, no formula, no hyperlink is ever made from it
        font = run.font
        font.size = Pt(style.size)
        font.bold = style.bold
        font.italic = style.italic
        font.color.rgb = RGBColor.from_string(style.color)
        set_fonts(run, piece, script)


__all__ = ["COMPLEX_SCRIPTS", "JAPANESE_FONT", "LATIN_FONT", "Style", "add_runs", "clean", "has_japanese",
           "line_height", "script_of", "set_fonts", "split_scripts"]
