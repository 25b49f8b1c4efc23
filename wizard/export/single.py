"""One slide of the deck on its own: the preview of the slide being edited (issue 21, target 2).

The whole deck is planned exactly as an export plans it (the same cuts, the same slide numbers and
appendix pointers); then only the chosen slide is laid out and written, with its number in the whole
deck in the corner.  Laying out one slide instead of forty is what makes the edited slide's preview
quick; the whole deck's preview catches up in the background.

Core API (no Qt)::

    slide_for(context, wanted) -> dict | None     # the slide a field path (or a slide id) is on
    keep_slide(context, wanted)                  # keep that slide only (render_html(only_slide=...))

The render itself is :func:`wizard.export.worker.render_slide`, and the render target the wizard runs
in its warm process is ``wizard.export.worker:export_slide`` (:data:`TARGET`).

``wanted`` is a slide id (``"problem"``, ``"kpis-1"``) or a field's model path (``"problem.statement"``,
``"risks[2].mitigation"``): the slide that prints the field, else the main-line slide of its part of
the proposal, else the cover for the cover's fields.
"""

from __future__ import annotations

from typing import Any

#: The option that names the slide (or field) in a render request; the rest are ExportOptions.
ONLY = "only"
#: The render target that draws one slide (run in the warm render process, wizard.export.warm).
TARGET = "wizard.export.worker:export_slide"

#: Where a part of the proposal is shown on the main line when no slide prints the field itself.
_PART_SLIDES = {
    "meta": "cover", "city": "cover", "branding": "cover", "team": "team", "vision": "outcomes",
    "problem": "problem", "feasibility": "demand", "economy": "economics", "finance": "economics",
    "risks": "risks", "roadmap": "delivery", "japan": "japan", "implementation": "delivery",
    "acknowledgements": "team",
}


def _paths_in(value: Any, found: set[str]) -> None:
    if isinstance(value, dict):
        path = value.get("path")
        if isinstance(path, str) and path:
            found.add(path)
        for item in value.values():
            _paths_in(item, found)
    elif isinstance(value, list):
        for item in value:
            _paths_in(item, found)


def _prints(slide: dict[str, Any], path: str) -> bool:
    found: set[str] = set()
    _paths_in(slide, found)
    return any(path == p or path.startswith(p + ".") or path.startswith(p + "[") for p in found)


def slide_for(context: dict[str, Any], wanted: str) -> dict[str, Any] | None:
    """The slide ``wanted`` names (a slide id or a field path; see the module docstring), or None."""
    slides: list[dict[str, Any]] = list(context.get("slides", []))
    by_id = {str(s.get("id")): s for s in slides}
    if wanted in by_id:
        return by_id[wanted]
    if wanted.startswith("slide_titles."):  # the team's own title of a main-line slide
        return by_id.get(wanted.split(".", 2)[1])
    budget = (context.get("budgets") or {}).get(wanted)
    if budget is not None and getattr(budget, "slide", None) in by_id:
        return by_id[budget.slide]
    for slide in slides:
        if slide.get("main") and _prints(slide, wanted):
            return slide
    part = wanted.split(".", 1)[0].split("[", 1)[0]
    main = by_id.get(_PART_SLIDES.get(part, ""))
    if main is not None:
        return main
    for slide in slides:  # a field printed only in the appendix
        if _prints(slide, wanted):
            return slide
    return None


def keep_slide(context: dict[str, Any], wanted: str) -> None:
    """Keep only the slide ``wanted`` names, numbered as in the whole deck; ExportError if there is none."""
    from wizard.errors import CityPitchError

    slides = context.get("slides", [])
    slide = slide_for(context, wanted)
    if slide is None:
        raise CityPitchError(f"the deck has no slide for {wanted!r}")
    number = int(slide.get("number") or slides.index(slide) + 1)
    context["slides"] = [slide]
    context["single"] = {"id": str(slide["id"]), "number": number, "total": len(slides)}
    # The corner number of the whole deck (deck.css counts pages); digits only, nothing from the user.
    context["page_css"] = '@page slide { @bottom-right { content: "%d / %d"; } }\n' % (number, len(slides))


__all__ = ["ONLY", "TARGET", "keep_slide", "slide_for"]
