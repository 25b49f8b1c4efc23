"""The PowerPoint master, built in code: 16:9 geometry, the proposal's accent, the bundled fonts, the logo.

python-pptx starts from its default 4:3 template; here its theme takes the accent colour (``accent1``
and the dark tint as ``dk2``) and names the fonts the PDF uses in every slot (Latin, East Asian, and the
script fonts PowerPoint picks for Japanese, Thai, Khmer, Lao and Burmese), the master's placeholders are
moved onto the 16:9 slide, and the team's logo, if any, goes on the master so that it is on every slide
and edited in one place.  Nothing is linked: the logo is embedded.
"""

from __future__ import annotations

import io
import re
from typing import Any

from wizard.export.pptx.text import COMPLEX_SCRIPTS, JAPANESE_FONT, LATIN_FONT

_SCRIPT_FONTS = {"Jpan": JAPANESE_FONT, "Thai": COMPLEX_SCRIPTS["thai"][0], "Khmr": COMPLEX_SCRIPTS["khmer"][0],
                 "Laoo": COMPLEX_SCRIPTS["lao"][0], "Mymr": COMPLEX_SCRIPTS["myanmar"][0]}
#: Where the logo sits on every slide but the cover (px): top right, above the row of appendix pointers.
LOGO_BOX = (1100.0, 8.0, 120.0, 26.0)


def theme_xml(xml: str, colours: dict[str, str]) -> str:
    """The theme with the accent colours and the bundled fonts put in."""
    xml = re.sub(r"<a:accent1>.*?</a:accent1>", f'<a:accent1><a:srgbClr val="{colours["accent"]}"/></a:accent1>', xml,
                 flags=re.S)
    xml = re.sub(r"<a:dk2>.*?</a:dk2>", f'<a:dk2><a:srgbClr val="{colours["dark"]}"/></a:dk2>', xml, flags=re.S)

    def fonts(match: re.Match[str]) -> str:
        tag, body = match.group(1), match.group(0)
        body = re.sub(r'<a:latin typeface="[^"]*"', f'<a:latin typeface="{LATIN_FONT}"', body)
        body = re.sub(r'<a:ea typeface="[^"]*"', f'<a:ea typeface="{JAPANESE_FONT}"', body)
        for script, face in _SCRIPT_FONTS.items():
            element = f'<a:font script="{script}" typeface="{face}"/>'
            if f'script="{script}"' in body:
                body = re.sub(rf'<a:font script="{script}" typeface="[^"]*"/>', element, body)
            else:
                body = body.replace(f"</a:{tag}>", element + f"</a:{tag}>")
        return body

    return re.sub(r"(?s)<a:(majorFont|minorFont)>.*?</a:\1>", fonts, xml)


def dress_master(prs: Any, colours: dict[str, str], logo: bytes | None) -> None:
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.util import Emu

    from wizard.export.pptx.units import px

    master = prs.slide_master
    theme = master.part.part_related_by(RT.THEME)
    theme._blob = theme_xml(theme.blob.decode("utf-8"), colours).encode("utf-8")
    # The master's and layouts' placeholders, moved from the 4:3 template onto the 16:9 slide.
    boxes = {"title": (60, 61.6, 1160, 70), "body": (60, 150, 1160, 500), "date": (60, 672, 200, 30),
             "footer": (280, 672, 720, 30), "sldNum": (1020, 672, 100, 30)}
    for holder in [*master.placeholders, *(p for layout in prs.slide_layouts for p in layout.placeholders)]:
        kind = holder._element.ph_type
        key = {1: "title", 3: "title", 2: "body", 7: "body", 16: "date", 15: "footer", 13: "sldNum"}.get(int(kind), "body")
        if key == "body" and holder._element.ph_idx and int(holder._element.ph_idx) > 1:
            continue  # second content columns keep their own place on the layout
        x, y, w, h = boxes[key]
        holder.left, holder.top, holder.width, holder.height = Emu(px(x)), Emu(px(y)), Emu(px(w)), Emu(px(h))
    if logo:
        _master_logo(master, logo)


def _master_logo(master: Any, logo: bytes) -> None:
    from pptx.oxml.shapes.picture import CT_Picture
    from pptx.util import Emu

    from wizard.export.pptx.units import px

    image_part, rid = master.part.get_or_add_image_part(io.BytesIO(logo))
    iw, ih = image_part.image.size if hasattr(image_part, "image") else (1, 1)
    x, y, w, h = LOGO_BOX
    if iw and ih:
        scale = min(w / iw, h / ih)
        w2, h2 = iw * scale, ih * scale
        x, y, w, h = x + w - w2, y + (h - h2) / 2, w2, h2
    tree = master.shapes._spTree
    ids = [int(v) for v in tree.xpath("//@id") if str(v).isdigit()]
    pic = CT_Picture.new_pic(max(ids, default=1) + 1, "Logo", "Logo", rid, Emu(px(x)), Emu(px(y)), Emu(px(w)), Emu(px(h)))
    tree.append(pic)


__all__ = ["LOGO_BOX", "dress_master", "theme_xml"]
