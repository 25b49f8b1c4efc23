"""The editable PowerPoint deck (issue 18): the PDF deck's slide plan, drawn natively with python-pptx.

``citypitch export FILE --format pptx -o deck.pptx`` and the Export step call :func:`export_pptx`.  The
plan is the one :func:`wizard.export.render_html` builds for the PDF deck (main line and appendix, action
titles, the team's title overrides, EN or EN+JA labels); :mod:`wizard.export.pptx.render` draws it.  The
file is checked for anything external before it is written atomically (:mod:`wizard.atomic`): a failed or
cancelled export leaves any earlier file untouched.  No Qt here.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.export import Cancelled, ExportCancelled, ExportError, ExportOptions, Progress

if TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.projectfile import Project

#: The relationship types a deck may hold; anything else (OLE objects, external links, macros) is refused.
_EXTERNAL = 'TargetMode="External"'


def build_pptx(project: Project, options: ExportOptions = ExportOptions(format="pptx"), *,
               analysis: Analysis | None = None, source: Path | None = None) -> tuple[bytes, dict[str, Any], Any]:
    """The PPTX file's bytes, the slide plan it was drawn from, and the renderer (its ``charts`` list)."""
    from dataclasses import replace

    from wizard.export import render_html
    from wizard.export.assets import ASSET_SCHEME
    from wizard.zipdates import dated_archive
    from wizard.export.pptx.render import Renderer
    from wizard.textcheck import refusal, uncovered_text

    uncovered = uncovered_text(project.proposal)
    if uncovered:
        raise ExportError.saying(refusal(uncovered))
    if analysis is None:
        from wizard.analysis import analyse

        analysis = analyse(project.proposal)
    deck = replace(options, format="deck", pdf_variant=None)
    _, context, images = render_html(project, deck, 1.0, analysis, source)
    renderer = Renderer(context, context["labels"], analysis, images.served, ASSET_SCHEME, project.proposal)
    prs = renderer.render()
    _properties(prs, context, renderer.moment)
    out = io.BytesIO()
    prs.save(out)
    # python-pptx stamps each part of the archive with the clock: the same moment instead, so that two
    # exports of the same proposal are the same bytes (wizard.export.pptx.dates).
    data = dated_archive(out.getvalue(), renderer.moment)
    check_self_contained(data)
    return data, context, renderer


def _properties(prs: Any, context: dict[str, Any], when: datetime.datetime) -> None:
    meta = context.get("meta") or {}
    props = prs.core_properties
    # python-pptx's template carries its own dates (2013): the deck's instead (wizard.export.pptx.dates).
    props.created = when
    props.modified = when
    props.title = str(meta.get("title", ""))[:255]
    props.author = str(meta.get("author", ""))[:255]
    props.subject = str(meta.get("description", ""))[:255]
    props.keywords = str(meta.get("keywords", ""))[:255]
    props.comments = "Made with CityPitch"
    props.last_modified_by = "CityPitch"
    props.revision = 1


def check_self_contained(data: bytes) -> None:
    """Refuse a file with an external relationship, a macro or an embedded object other than chart data."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".rels") and _EXTERNAL in archive.read(name).decode("utf-8", "replace"):
                raise ExportError(f"the slides would link to something outside the file ({name}); nothing was written")
            if name.startswith("ppt/embeddings/") and not name.endswith(".xlsx"):
                raise ExportError(f"the slides would embed an object ({name}); nothing was written")
            if "vbaProject" in name:
                raise ExportError("the slides would hold a macro; nothing was written")


def export_pptx(project: Project, out: Path, options: ExportOptions = ExportOptions(format="pptx"),
                progress: Progress | None = None, cancelled: Cancelled | None = None, *,
                analysis: Analysis | None = None, force: bool = False, source: Path | None = None) -> Path:
    """Export ``project`` as an editable 16:9 PowerPoint deck at ``out`` (replaced atomically)."""
    from wizard import atomic
    from wizard.projectfile import check_output_path

    out = Path(out)
    check_output_path(out, source=project.path, writes="the PowerPoint deck", force=force)
    if options.pdf_variant:
        raise ExportError("a PDF variant applies to PDF exports only, not to PowerPoint")

    def step(stage: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(stage, fraction)

    step("Preparing the slides", 0.02)
    project = project.frozen_copy()
    step("Drawing the slides", 0.2)
    data, _, _ = build_pptx(project, options, analysis=analysis, source=source)
    step("Saving the file", 0.95)
    atomic.write_bytes(out, data)
    if progress is not None:
        progress("Done", 1.0)
    return out


__all__ = ["build_pptx", "check_self_contained", "export_pptx"]
