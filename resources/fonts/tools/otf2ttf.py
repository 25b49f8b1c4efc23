#!/usr/bin/env python3
"""Convert an OpenType/CFF font (here: the Noto Sans CJK JP subset) to TrueType outlines (glyf).

Usage:  python otf2ttf.py IN.otf OUT.ttf

Why: WeasyPrint embeds a CID-keyed CFF font in a way MuPDF and Ghostscript cannot read (most character
ids it writes are not in the embedded font's charset: Kozea/WeasyPrint#1844), so Japanese came out
blank or as boxes there.  A font with TrueType outlines is embedded as CIDFontType2 with a plain glyph
index mapping, which every PDF consumer reads.

How: each cubic outline is converted to quadratic curves with fontTools' cu2qu (maximum error 1 font
unit in 1000, with ``reverse_direction`` so that the contours follow TrueType's clockwise rule), then
written into new ``glyf``/``loca`` tables; ``CFF `` and ``VORG`` (which only CFF fonts may carry) are
dropped, ``maxp`` becomes version 1.0 and ``post`` format 3 (no glyph names: the CID names
``cid01234`` of the source say nothing and would cost 100 KB).  Metrics, cmap, name, OS/2, GSUB/GPOS
and the vertical metrics are kept as they are.  The glyphs are not hinted (CJK outlines at slide sizes
do not need it, and Noto Sans CJK's own hints are CFF hints that cannot be carried over).

The output depends only on the input and fontTools' version: no timestamp is touched (``head.modified``
is kept from the source), so rebuilding gives the same bytes.
"""

from __future__ import annotations

import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units (1000 per em): invisible at any size a deck is read at


def convert(source: str, target: str) -> None:
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=True)
    if "CFF " not in font:
        raise SystemExit(f"{source}: not an OpenType/CFF font")
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1  # no twilight zone used, but 1 is the value the specification asks for
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0

    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None

    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])
