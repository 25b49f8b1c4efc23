"""Action titles of the main line: generated from the proposal's numbers and names, or written by the team.

Core API for the wizard's Export step (no Qt, no WeasyPrint)::

    slide_titles(proposal, analysis=None, labels="en") -> list[SlideTitleInfo]

gives every main-line slide in order with its stable ``id``, its section ``name``, the ``generated``
title, the team's ``override`` (``""`` if none, kept in ``proposal.slide_titles``) and the ``title``
the export will print.  To set or clear an override, edit ``proposal.slide_titles`` (one
:class:`~wizard.model.SlideTitle` per slide id).

A generated title is the first of the story's candidates (:meth:`wizard.export.story.Story.title_candidates`)
that fits on two lines of the slide's title type; the team's own title is printed as written, however
long (the slide's type steps down to keep it on the slide, see :func:`title_font`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.export.labels import Labels, Phrase
from wizard.export.measure import Font, lines
from wizard.export.story import MAIN_LINE, Story

if TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.model import Proposal

#: Slide titles: 28 px bold on a 1160 px content width, at most two lines when generated.
TITLE_WIDTH = 1160.0
TITLE_FONT = Font(28, bold=True, line_height=1.2)
#: Smaller steps for a long title the team wrote (never cut): two lines at each, else three at the last.
TITLE_STEPS = (Font(28, bold=True, line_height=1.2), Font(24, bold=True, line_height=1.2),
               Font(21, bold=True, line_height=1.2))
TITLE_LINES = 2


@dataclass(frozen=True)
class SlideTitleInfo:
    """One main-line slide's title, as the Export step shows it."""

    id: str
    name: str
    generated: str
    override: str
    title: str


def fits(text: str) -> bool:
    """Whether ``text`` fits on two lines of the slide title type."""
    return lines(text, TITLE_WIDTH, TITLE_FONT) <= TITLE_LINES


def title_font(text: str) -> tuple[Font, float]:
    """The largest title type at which ``text`` takes at most two lines, and the lines it then takes."""
    for font in TITLE_STEPS:
        count = lines(text, TITLE_WIDTH, font)
        if count <= TITLE_LINES:
            return font, count
    last = TITLE_STEPS[-1]
    return last, lines(text, TITLE_WIDTH, last)


def overrides(proposal: Proposal) -> dict[str, str]:
    """The team's titles by slide id (the last one wins if a slide is listed twice; blank ones are ignored)."""
    out: dict[str, str] = {}
    for item in proposal.slide_titles:
        if item.slide.strip() and item.title.strip():
            out[item.slide.strip()] = " ".join(item.title.split())
    return out


def generated(story: Story, slide: str) -> dict[str, Any]:
    """The first candidate that fits: ``{"en", "ja", "phrase"}`` (``phrase`` None for the team's own line)."""
    candidates = story.title_candidates(slide)
    chosen: Phrase | str | None = None
    for candidate in candidates:
        text = candidate if isinstance(candidate, str) else candidate.en()
        if fits(text):
            chosen = candidate
            break
    if chosen is None:
        chosen = Phrase(dict(MAIN_LINE)[slide])  # nothing of the proposal fits: the section's plain name
    if isinstance(chosen, str):
        return {"en": chosen, "ja": "", "phrase": None}
    return {"en": chosen.en(), "ja": story.labels.ja_phrase(chosen), "phrase": chosen}


def title_of(story: Story, slide: str) -> dict[str, Any]:
    """The title a slide prints: the team's if they wrote one, else the generated one."""
    own = overrides(story.p).get(slide)
    if own:
        return {"en": own, "ja": "", "phrase": None, "override": True}
    return {**generated(story, slide), "override": False}


def slide_titles(proposal: Proposal, analysis: Analysis | None = None, labels: str = "en") -> list[SlideTitleInfo]:
    """Every main-line slide with its generated title, the team's override and the title printed."""
    from wizard.analysis import analyse
    from wizard.export.numbers import Numbers

    story = Story(proposal, analysis or analyse(proposal), Numbers(proposal.finance),
                  Labels(labels))
    own = overrides(proposal)
    out = []
    for slide, name in MAIN_LINE:
        made = generated(story, slide)["en"]
        mine = own.get(slide, "")
        out.append(SlideTitleInfo(slide, name, made, mine, mine or made))
    return out


__all__ = ["SlideTitleInfo", "TITLE_FONT", "TITLE_LINES", "TITLE_WIDTH", "fits", "generated", "overrides",
           "slide_titles", "title_font", "title_of"]
