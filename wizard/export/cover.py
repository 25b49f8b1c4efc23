"""The deck's cover: every field whole, on one slide, nothing overlapping, whatever its length.

The cover's texts (project name, subtitle, city, date, author, confidentiality note) are each up to 300
characters, some possibly one unbreakable token.  They are stacked in normal flow (never placed at
fixed heights, which is what let "Prepared by" print over the confidentiality note), and the planner
picks the largest step of type sizes at which the whole stack fits the slide; a photo narrows first,
then makes way for the text entirely (it is then shown in the appendix).  The confidentiality note
sits at the foot of the slide: the space above it is computed, not left to chance.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from wizard.export import measure
from wizard.export.labels import Labels
from wizard.export.measure import Font
from wizard.export.story import Story
from wizard.model import Proposal

SLIDE_H = 720.0
TOP = 92.0               # the text column starts below the logo
BOTTOM = 40.0            # the confidentiality note ends this far above the slide's edge
LOGO_H = 44.0
#: Type size steps, largest first: (title, subtitle, city, meta lines, confidentiality note).
STEPS: tuple[tuple[float, float, float, float, float], ...] = (
    (46, 21, 17, 15, 12.5), (40, 19, 16, 14, 12), (34, 17, 15, 14, 12), (28, 16, 14, 13, 12),
    (24, 15, 14, 12, 12), (21, 14, 13, 12, 12),
)
#: Text column width without a photo, and with photo widths tried in turn.
FULL_WIDTH = 1000.0
PHOTO_WIDTHS = (440.0, 320.0)
TEXT_LEFT = 88.0
PHOTO_GAP = 60.0


def _long_date(date: _dt.date | None) -> str:
    if date is None:
        return ""
    return f"{date.day} {date.strftime('%B')} {date.year}"


def plan_cover(p: Proposal, story: Story, labels: Labels, asset_url: Callable[[str], str | None]) -> dict[str, Any]:
    """The cover as plain data, with the type sizes and the spacer that make it fit."""
    city = ", ".join(x for x in (p.city.name.strip(), p.city.region.strip(),
                                 p.city.country.label if p.city.country else "") if x)
    photo = None
    for item in p.branding.photos:
        url = asset_url(item.asset) if item.asset else None
        if url:
            photo = {"url": url, "caption": item.caption.strip(), "credit": item.credit.strip()}
            break
    texts: dict[str, Any] = {
        "kicker": "Investment proposal",
        "title": story.project,
        "subtitle": p.meta.subtitle.strip(),
        "city": city,
        "date": _long_date(p.meta.prepared_on),
        "prepared_by": p.meta.prepared_by.strip(),
        "illustrative": p.meta.illustrative,
        "confidentiality": p.meta.confidentiality.strip(),
    }
    logo = asset_url(p.branding.logo) if p.branding.logo else None
    kicker = "Investment proposal" + (" " + labels.ja("Investment proposal") if labels.bilingual else "")
    prepared = ("Prepared by" + (" " + labels.ja("Prepared by") if labels.bilingual else "") + ": "
                + texts["prepared_by"]) if texts["prepared_by"] else ""
    illustrative = "Illustrative example: not a real proposal"
    if labels.bilingual:
        illustrative += " " + labels.ja(illustrative)

    def height(step: tuple[float, ...], width: float) -> float:
        title, subtitle, city_size, meta, note = step
        h = measure.lines(kicker, width, Font(13, bold=True, line_height=1.3, letter_spacing=2, upper=True)) * 17 + 12
        h += measure.lines(texts["title"], width, Font(title, bold=True, line_height=1.12)) * title * 1.12
        if texts["subtitle"]:
            h += 16 + measure.lines(texts["subtitle"], width, Font(subtitle, line_height=1.32)) * subtitle * 1.32
        h += 28
        if texts["city"]:
            h += measure.lines(texts["city"], width, Font(city_size, bold=True, line_height=1.3)) * city_size * 1.3 + 3
        if texts["date"]:
            h += meta * 1.4 + 3
        if prepared:
            h += measure.lines(prepared, width, Font(meta, line_height=1.4)) * meta * 1.4 + 3
        if texts["illustrative"]:
            h += 16 + measure.lines(illustrative, width - 20, Font(12, bold=True, line_height=1.4, letter_spacing=1,
                                                                    upper=True)) * 12 * 1.4 + 6
        if texts["confidentiality"]:
            h += 20 + measure.lines(texts["confidentiality"], width, Font(note, line_height=1.35)) * note * 1.35
        return h

    room = SLIDE_H - TOP - BOTTOM
    choice = None
    widths = [(FULL_WIDTH if photo is None else 1280.0 - TEXT_LEFT - w - PHOTO_GAP, w if photo else 0.0)
              for w in (PHOTO_WIDTHS if photo else (0.0,))]
    if photo is not None:
        widths.append((FULL_WIDTH, 0.0))  # the photo gives way to the text
    for width, photo_w in widths:
        for step in STEPS:
            h = height(step, width)
            if h <= room:
                choice = (step, width, photo_w, h)
                break
        if choice:
            break
    if choice is None:
        # Beyond what the model allows; keep the smallest type and let the words wrap anywhere.
        step = STEPS[-1]
        choice = (step, FULL_WIDTH, 0.0, height(step, FULL_WIDTH))
    step, width, photo_w, used = choice
    title, subtitle, city_size, meta, note = step
    if photo is not None and not photo_w:
        photo_moved = photo
        photo = None
    else:
        photo_moved = None
    spacer = max(0.0, room - used)
    return {
        "kind": "cover", "id": "cover", "section": "", "continued": False, "main": True, "refs": [],
        "title": {"en": texts["title"], "ja": "", "phrase": None},
        **{k: v for k, v in texts.items() if k != "title"},
        "logo": logo, "photo": photo, "photo_width": photo_w, "photo_moved": photo_moved,
        "width": width, "spacer": round(spacer, 1),
        "sizes": {"title": title, "subtitle": subtitle, "city": city_size, "meta": meta, "note": note},
    }


__all__ = ["plan_cover"]
