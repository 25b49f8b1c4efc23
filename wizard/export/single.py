"""One slide of the deck on its own: the preview of the slide being edited (issue 21, target 2).

The whole deck is planned exactly as an export plans it (the same cuts, the same slide numbers and
appendix pointers); then only the chosen slide is laid out and written, with its number in the whole
deck in the corner.  Laying out one slide instead of forty is what makes the edited slide's preview
quick; the whole deck's preview catches up in the background.

Core API (no Qt)::

    slide_for(context, wanted) -> dict | None     # the slide a field path (or a slide id) is on
    keep_slide(context, wanted)                  # keep that slide only (render_html(only_slide=...))
    export_slide(project_bytes, out, options, progress, cancelled)   # a render target (wizard.export.warm)

``wanted`` is a slide id (``"problem"``, ``"kpis-1"``) or a field's model path (``"problem.statement"``,
``"risks[2].mitigation"``): the slide that prints the field, else the main-line slide of its part of
the proposal, else the cover for the cover's fields.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The option that names the slide (or field) in a render request; the rest are ExportOptions.
ONLY = "only"

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
    from wizard.export import ExportError

    slides = context.get("slides", [])
    slide = slide_for(context, wanted)
    if slide is None:
        raise ExportError(f"the deck has no slide for {wanted!r}")
    number = int(slide.get("number") or slides.index(slide) + 1)
    context["slides"] = [slide]
    context["single"] = {"id": str(slide["id"]), "number": number, "total": len(slides)}
    # The corner number of the whole deck (deck.css counts pages); digits only, nothing from the user.
    context["page_css"] = '@page slide { @bottom-right { content: "%d / %d"; } }\n' % (number, len(slides))


def render_slide(project: Any, out: Path, options: Any, wanted: str,
                 cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Write the one-page PDF of the slide ``wanted`` names to ``out``; returns its id, number and total."""
    from wizard import atomic
    from wizard.analysis import analyse
    from wizard.export import FILLS, ExportCancelled, ExportError, _layout, _write, check_options, render_html
    from wizard.textcheck import message, uncovered_text

    check_options(options)
    if options.format != "deck":
        raise ExportError("only a deck has slides to preview one by one")
    uncovered = uncovered_text(project.proposal)
    if uncovered:
        raise ExportError(message(uncovered) + "; nothing was written")
    analysis = analyse(project.proposal)
    html, context, images = render_html(project, options, FILLS[0], analysis, only_slide=wanted)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    document = _layout(html, context, images, options)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    atomic.write_bytes(out, _write(document, options))
    return dict(context["single"], pages=len(document.pages))


def export_slide(project_bytes: bytes, out: Path, options: dict[str, Any],
                 progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> tuple[Path, dict[str, Any]]:
    """Render target (``wizard.export.single:export_slide``): ``options[ONLY]`` names the slide or field."""
    from wizard import projectfile, scratch
    from wizard.errors import CityPitchError
    from wizard.export import ExportOptions

    options = dict(options)
    wanted = str(options.pop(ONLY, "") or "")
    if not wanted:
        raise CityPitchError("no slide was named for the single-slide preview")
    source = out.with_name("project" + projectfile.SUFFIX)
    source.write_bytes(project_bytes)
    project = projectfile.load(source)
    project.path = None
    try:
        export_options = ExportOptions(**options)
    except TypeError as exc:
        raise CityPitchError(f"unknown export option ({exc})") from None
    progress("Laying out the slide", 0.1)
    with scratch.folder("render", capture_tempfile=True):
        info = render_slide(project, out, export_options, wanted, cancelled)
    progress("Done", 1.0)
    return out, info


__all__ = ["ONLY", "export_slide", "keep_slide", "render_slide", "slide_for"]
