"""The PDF export pipeline (no Qt): proposal -> plain context -> Jinja2 HTML -> WeasyPrint -> PDF.

Used by ``citypitch export`` and by the wizard's Export step.  The steps:

1. check the options and the project's images (:mod:`wizard.images`);
2. build plain data from the proposal (:mod:`wizard.export.context`), long content already split into
   slides that fit, every number formatted; for the A4 leave-behind, the same data whole, by section,
   with the readiness summary (:mod:`wizard.export.leave_behind`);
3. render the format's template (``export_templates/deck/deck.html.j2`` or
   ``export_templates/leave_behind/leave_behind.html.j2``) with autoescape on and StrictUndefined, its
   fixed words from the label catalogue (:mod:`wizard.export.labels`) in English or English and Japanese;
4. lay it out with WeasyPrint, loading nothing but that template's folder, the bundled fonts and the
   project's images held in memory (:class:`wizard.export.fetcher.SafeFetcher`); PDF/UA-1 output is
   tagged, PDF/A-3b declares its conformance;
5. write the PDF atomically: a failed or cancelled export leaves any earlier file untouched.

WeasyPrint is imported only inside :func:`export_pdf` (it costs about half a second) and is not known to
be thread-safe: run one export at a time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.errors import CityPitchError
from wizard.export.assets import ASSET_SCHEME
if TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.projectfile import Project

#: Every export option's values, each with what the user reads: the one list the command line
#: (``citypitch export``), the Export step and :func:`check_options` all use.
FORMAT_CHOICES: dict[str, str] = {
    "deck": "Pitch deck (16:9 slides to present)",
    "leave-behind": "Leave-behind document (A4, the full proposal to read)",
    "readiness-report": "Readiness report (A4, for the city team: not for investors)",
    "pptx": "Editable slides (PowerPoint 16:9: the pitch deck's slides, to polish with the client)",
}
LABEL_CHOICES: dict[str, str] = {
    "en": "English",
    "en+ja": "English with Japanese",
}
PDF_VARIANT_CHOICES: dict[str | None, str] = {
    None: "Standard PDF",
    "pdf/ua-1": "Accessible: PDF/UA-1 (tagged for screen readers)",
    "pdf/a-3b": "Archival: PDF/A-3b (for records kept for years)",
}
#: Formats that are not PDFs, each written by its own writer (the financial model: wizard.finance.workbook).
DATA_FORMAT_CHOICES: dict[str, str] = {
    "xlsx": "Financial model (Excel workbook with live formulas)",
}
FORMATS = tuple(FORMAT_CHOICES)
#: Formats that are not PDFs but come from a PDF format's plan: the PowerPoint deck (wizard.export.pptx).
NON_PDF_FORMATS = ("pptx",)
#: Every format ``citypitch export`` writes.
EXPORT_FORMATS = (*FORMAT_CHOICES, *DATA_FORMAT_CHOICES)
LABELS = tuple(LABEL_CHOICES)
PDF_VARIANTS = tuple(PDF_VARIANT_CHOICES)
TEMPLATE = "deck"
#: Each format's template folder, template file and style sheet (in export_templates/).
TEMPLATES = {
    "deck": ("deck", "deck.html.j2", "deck.css"),
    "leave-behind": ("leave_behind", "leave_behind.html.j2", "leave_behind.css"),
    "readiness-report": ("readiness_report", "readiness_report.html.j2", "readiness_report.css"),
}
#: How full slides are planned: first as estimated, then emptier if something still spilled over (only the
#: slides that spilled: see :func:`_export`).
FILLS = (1.0, 0.8, 0.65)

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]


class ExportError(CityPitchError):
    """The export could not be made; the message says why in plain words."""


class ExportCancelled(ExportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


@dataclass(frozen=True)
class ExportOptions:
    """What to export: the output format, label language, PDF variant and whether to mark drafts, and the
    language of the team's readiness report (``language``; every other format is written in English)."""

    format: str = "deck"
    labels: str = "en"
    pdf_variant: str | None = None
    draft_mark: bool = True
    language: str = "en"


def check_options(options: ExportOptions) -> None:
    """Refuse options this version does not implement, rather than silently ignoring them."""
    if options.format not in FORMATS:
        raise ExportError(f"unknown export format {options.format!r} (choose from: {', '.join(FORMATS)})")
    if options.labels not in LABELS:
        raise ExportError(f"unknown label language {options.labels!r} (choose from: {', '.join(LABELS)})")
    if options.pdf_variant is not None and options.format in NON_PDF_FORMATS:
        raise ExportError(f"a PDF variant applies to PDF exports only, not to --format {options.format}")
    if options.pdf_variant not in PDF_VARIANTS:
        named = ", ".join(v for v in PDF_VARIANTS if v is not None)
        raise ExportError(f"unknown PDF variant {options.pdf_variant!r} (choose from: {named})")
    if options.language != "en":
        from wizard.i18n import TRANSLATED

        if options.format != "readiness-report":
            raise ExportError(f"a language applies to the readiness report only; --format {options.format} is written "
                              "for investors in English (give --labels en+ja for Japanese labels beside it)")
        if options.language not in TRANSLATED:
            raise ExportError(f"the readiness report is not written in {options.language!r} "
                              f"(choose from: en, {', '.join(TRANSLATED)})")
        if options.labels != "en":
            raise ExportError(f"--labels {options.labels} applies to the English report; the report in "
                              f"{options.language!r} has its own words")


def template_dir(fmt: str = "deck") -> Path:
    """The folder of a format's template (the only template folder the fetcher serves for that format)."""
    from wizard import resources

    name, template, css = TEMPLATES[fmt]
    folder = resources.templates_dir() / name
    if not (folder / template).is_file() or not (folder / css).is_file():
        raise ExportError(f"the {fmt} template is missing from this installation ({folder})")
    return folder


class _Images:
    """The project's images, decoded once each (damage found here, not in the PDF) and served from memory."""

    def __init__(self, assets: dict[str, bytes], problems: dict[str, str] | None = None,
                 source: Path | None = None) -> None:
        self._assets = assets
        self._problems = problems or {}
        self._source = source
        self._keys: dict[str, str] = {}
        self.served: dict[str, tuple[bytes, str]] = {}

    def url(self, name: str) -> str | None:
        from wizard.images import ImageError, decode_image

        name = name.strip()
        if not name:
            return None
        if name not in self._keys:
            if name not in self._assets:
                problem = self._problems.get(name, "is named in the proposal (branding) but is not in the project; "
                                                   "add it again or clear the field")
                raise self._error(ImageError(name, problem))
            data = self._assets[name]
            try:
                info, image = decode_image(data, name)
            except ImageError as exc:
                raise self._error(exc) from None
            with image:
                if max(info.width, info.height) > MAX_IMAGE_SIDE:
                    data, mime = _scaled(image, info.mime)
                else:
                    mime = info.mime
            key = f"image-{len(self._keys) + 1}"
            self._keys[name] = key
            self.served[key] = (data, mime)
        return f"{ASSET_SCHEME}:{self._keys[name]}"

    def _error(self, exc: Any) -> Exception:
        """An image problem naming the project file (when known), the image and the reason."""
        from wizard.images import ImageError

        return ImageError(exc.name, exc.problem, self._source)

    def chart(self, svg: str) -> str:
        """Serve a chart the export drew itself (SVG markup) as an image, so it can carry alt text."""
        key = f"chart-{sum(1 for k in self.served if k.startswith('chart-')) + 1}"
        self.served[key] = (svg.encode("utf-8"), "image/svg+xml")
        return f"{ASSET_SCHEME}:{key}"


#: Images are scaled down to this many pixels on their longer side: a full-bleed cover photo is 440 x 720
#: CSS px, so this keeps them sharp when printed or zoomed while sparing the PDF a 40-megapixel original.
MAX_IMAGE_SIDE = 2000


def _scaled(image: Any, mime: str) -> tuple[bytes, str]:
    """A smaller copy of an image already decoded (PNG stays PNG for its transparency, JPEG stays JPEG)."""
    import io

    image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    out = io.BytesIO()
    if mime == "image/png":
        image.save(out, format="PNG", optimize=True)
    else:
        image.convert("RGB").save(out, format="JPEG", quality=88)
    return out.getvalue(), mime


def render_html(project: Project, options: ExportOptions = ExportOptions(),
                fill: float | Mapping[str, float] = 1.0, analysis: Analysis | None = None,
                source: Path | None = None, only_slide: str | None = None) -> tuple[str, dict[str, Any], _Images]:
    """The document's HTML, the context it was made from, and the images it uses (no WeasyPrint needed).

    ``analysis`` is :func:`wizard.analysis.analyse` of the project's proposal when the caller has it (the
    financial case and the readiness behind the DRAFT mark); otherwise it is computed here, once.  It is
    handed to the format's planner; no planner computes the financial case or the readiness again.
    The context's ``labels`` entry is the :class:`~wizard.export.labels.Labels` used; after rendering, its
    ``missing`` set names any fixed label the catalogue had no Japanese for.

    ``only_slide`` (a deck's slide id): the whole deck is planned as usual, then only that slide is kept,
    with its number in the whole deck (the single-slide preview, :mod:`wizard.export.single`).
    """
    from wizard.analysis import analyse
    from wizard.export.labels import Labels
    from wizard.export.numbers import Numbers

    check_options(options)
    proposal = project.proposal
    check_size(proposal)
    if analysis is None:
        analysis = analyse(proposal)
    from wizard.review import signoff, store

    try:
        # Once for the DRAFT mark and the PDF's metadata: it hashes the proposal and every image.
        current: signoff.SignoffState | None = signoff.state(project)
    except store.ReviewError:
        current = None  # each asks again below and says what is wrong in its own way
    draft = False
    if options.draft_mark and options.format != "readiness-report":
        # The readiness judgement, and the sign-off if turned on.
        draft = bool(signoff.draft_reasons(project, analysis.readiness, current=current))
    images = _Images(project.assets, project.asset_problems, source if source is not None else project.path)
    numbers = Numbers(proposal.finance)  # exported numbers follow the output language, not the city
    labels = Labels(options.labels)
    if options.format == "leave-behind":
        from wizard.export.leave_behind import build_document

        context = build_document(proposal, analysis=analysis, draft=draft, asset_url=images.url, numbers=numbers,
                                 labels=labels)
    elif options.format == "readiness-report":
        from wizard.export.readiness_report import ReportWords, build_report

        if options.language != "en":
            labels = ReportWords(options.language)  # the team's language: its own words, not English + Japanese
        context = build_report(proposal, analysis=analysis, draft=False, numbers=numbers, labels=labels,
                               lang=options.language)
    else:
        from wizard.export.context import build_context

        context = build_context(proposal, analysis=analysis, draft=draft, asset_url=images.url, numbers=numbers,
                                labels=labels, fill=fill)
        check_slides(proposal, context["slides"])
        if only_slide is not None:
            from wizard.export.single import keep_slide

            keep_slide(context, only_slide)
    _serve_figures(context, images)
    context["labels"] = labels
    # The saved version's label, the sign-off.
    context["pdf_custom_metadata"] = signoff.export_metadata(project, current=current)
    context["footer"] = footer(context, options.format, labels)
    context["footer"]["logo"] = images.url(proposal.branding.logo) if proposal.branding.logo else None
    return _html_of(project, options, context), context, images


def _html_of(project: Project, options: ExportOptions, context: dict[str, Any]) -> str:
    """The format's template rendered from a finished context, each passage marked with its language."""
    from wizard.export.env import environment
    from wizard.export.languages import Marker

    _, template_name, _ = TEMPLATES[options.format]
    marker = Marker(project.proposal, str(context.get("lang", "en")))
    template = environment(template_dir(options.format)).get_template(template_name)
    return marker.apply(template.render(**context, language_marker=marker))


def _serve_figures(context: dict[str, Any], images: _Images) -> None:
    """Figures drawn as SVG become images served from memory, so that each can carry its alt text."""
    for part in _parts(context):
        chart = part.get("chart")
        if isinstance(chart, dict) and "svg" in chart:
            part["chart_url"] = images.chart(str(chart["svg"]))
        diagram = part.get("diagram")
        if isinstance(diagram, dict) and "svg" in diagram:
            part["diagram_url"] = images.chart(str(diagram["svg"]))
        place = part.get("map")
        if isinstance(place, dict) and "svg" in place:
            part["map_url"] = images.chart(str(place["svg"]))
    for section in context.get("sections", []):
        for part in section.get("parts", []) if isinstance(section.get("parts"), list) else []:
            for key, url in (("chart", "chart_url"), ("diagram", "diagram_url"), ("map", "map_url")):
                figure = part.get(key)
                if isinstance(figure, dict) and "svg" in figure and url not in part:
                    part[url] = images.chart(str(figure["svg"]))


def _parts(context: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from context.get("slides", [])
    for section in context.get("sections", []):
        yield section
        yield from section.get("parts", []) if isinstance(section.get("parts"), list) else []


def footer(context: dict[str, Any], fmt: str, labels: Any) -> dict[str, Any]:
    """The running footer: the confidentiality note, with the project's name when both fit two lines.

    Nothing is cut: a name too long to share the footer is left to the cover and the running head.
    """
    from wizard.export import measure

    note = " ".join(str(context.get("confidentiality", "")).split())
    name = " ".join(str(context.get("project_name", "")).split())
    if fmt == "deck":
        width, font = 1030.0, measure.Font(12, line_height=1.3)
    else:
        width, font = 560.0, measure.Font(10.7, line_height=1.3)
    both = f"{name} · {note}" if note else name
    text = both if measure.lines(both, width, font) <= 2 else note
    return {"text": text, "project": name, "note": note}


#: The most an export takes on: beyond these, the proposal is refused with the field named (the export
#: would take minutes and gigabytes).  Generous for real proposals; see tests/benchmarks for the worst cases.
MAX_ROWS = {"problem.kpis": 1000, "finance.funding": 1000, "risks": 1000, "problem.evidence": 1000,
            "japan.partners": 1000, "implementation.milestones": 1000, "roadmap.phases": 500,
            "team.contacts": 500, "vision.targets": 1000, "branding.photos": 200, "finance.lines": 100}
MAX_TEXT = 600_000  # characters of text in the whole proposal


#: The most slides a deck may plan (about forty seconds of layout on a slow laptop).
MAX_SLIDES = 400
#: Appendix sections and the field each lists, to say what made a deck too long.
_SECTION_FIELDS = {"kpis": "problem.kpis", "evidence": "problem.evidence", "risks": "risks", "funding": "finance.funding",
                   "partners": "japan.partners", "milestones": "implementation.milestones", "targets": "vision.targets",
                   "phases": "roadmap.phases", "contacts": "team.contacts", "cash-flows": "finance.lines"}


def check_slides(proposal: Any, slides: list[dict[str, Any]]) -> None:
    """Refuse a deck that would run past :data:`MAX_SLIDES`, naming the part of the proposal that takes most."""
    if len(slides) <= MAX_SLIDES:
        return
    from collections import Counter

    from wizard.i18n.said import Place, Said, said

    counts = Counter(s.get("appendix_key", "") for s in slides if s.get("appendix_key"))
    key, taken = counts.most_common(1)[0] if counts else ("", 0)
    if key in _SECTION_FIELDS:
        where: Place | Said = Place(_SECTION_FIELDS[key])
    else:
        longest = max(_texts(proposal), key=lambda item: len(item[1]), default=("", ""))
        where = Place(longest[0]) if longest[0] else said("the proposal's text")
    # The sentence is kept with its parts, so that a translated window can word it (wizard.i18n.said).
    raise ExportError.saying(said("the deck would have %1 slides; an export makes at most %2. %3 takes %4 of them: "
                                  "shorten it, or move part of it to a separate annex.",
                                  len(slides), MAX_SLIDES, where, taken))


def check_size(proposal: Any) -> None:
    """Refuse a proposal too large to export in reasonable time and memory, naming what is too large."""
    rows = {
        "problem.kpis": len(proposal.problem.kpis), "finance.funding": len(proposal.finance.funding),
        "risks": len(proposal.risks), "problem.evidence": len(proposal.problem.evidence),
        "japan.partners": len(proposal.japan.partners), "implementation.milestones": len(proposal.implementation.milestones),
        "roadmap.phases": len(proposal.roadmap.phases), "team.contacts": len(proposal.team.contacts),
        "vision.targets": len(proposal.vision.targets), "branding.photos": len(proposal.branding.photos),
        "finance.lines": len(proposal.finance.lines),
    }
    from wizard.i18n.said import Place, said

    for path, count in rows.items():
        if count > MAX_ROWS[path]:
            raise ExportError.saying(said("%1 has %2 rows; an export takes at most %3. Keep the most important ones, "
                                          "or move the rest to a separate annex.", Place(path), count, MAX_ROWS[path]))
    total = 0
    parts: dict[str, int] = {}
    for path, text in _texts(proposal):
        total += len(text)
        # Count a table's text together (all its rows), other fields one by one.
        part = path.split("[", 1)[0]
        parts[part] = parts.get(part, 0) + len(text)
    if total > MAX_TEXT:
        largest = max(parts, key=lambda k: parts[k])
        raise ExportError.saying(said("the proposal holds %1 characters of text; an export takes at most %2. "
                                      "The largest part is %3 (%4 characters).", total, MAX_TEXT, Place(largest),
                                      parts[largest]))


def _texts(proposal: Any) -> Iterator[tuple[str, str]]:
    from wizard.fields import texts

    return texts(proposal)


def export_pdf(project: Project, out: Path, options: ExportOptions = ExportOptions(),
               progress: Progress | None = None, cancelled: Cancelled | None = None, *,
               analysis: Analysis | None = None, force: bool = False, source: Path | None = None) -> Path:
    """Export ``project`` as a PDF at ``out`` (replaced atomically); returns the path written.

    ``analysis`` is :func:`wizard.analysis.analyse` of the project's proposal if the caller has it;
    otherwise it is computed once here, for every layout pass.
    ``progress(stage, fraction)`` is called between stages; if ``cancelled()`` turns true the export stops
    at the next stage boundary with :class:`ExportCancelled` and writes nothing.  ``out`` is checked
    first (:func:`wizard.projectfile.check_output_path`): the project itself, any other project file, a
    ``.citypitch`` name, a folder or a device is refused unless ``force`` (which does not help for a
    folder or a device).  ``source`` names the project file in messages (default: ``project.path``).
    Everything WeasyPrint puts in the temporary folder goes into a marked scratch folder
    (:mod:`wizard.scratch`) that is removed afterwards, or by the next export if this one is killed.
    """
    from wizard import scratch
    from wizard.projectfile import check_output_path

    if options.format in NON_PDF_FORMATS:
        raise ExportError(f"--format {options.format} is not a PDF: it is written by wizard.export.pptx.export_pptx")
    out = Path(out)
    check_output_path(out, source=project.path, force=force)
    with scratch.folder("render", capture_tempfile=True):
        return _export(project, out, options, progress, cancelled, analysis, source)


def _export(project: Project, out: Path, options: ExportOptions, progress: Progress | None,
            cancelled: Cancelled | None, analysis: Analysis | None, source: Path | None) -> Path:

    reached = 0.0

    def step(stage: str, fraction: float) -> None:
        nonlocal reached
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        reached = max(reached, fraction)  # a second layout pass (see FILLS) never moves the bar back
        if progress is not None:
            progress(stage, reached)

    step("Preparing the slides", 0.02)
    check_options(options)
    project = project.frozen_copy()
    from wizard.textcheck import message, uncovered_text

    uncovered = uncovered_text(project.proposal)
    if uncovered:
        # Refused rather than drawn as empty boxes (issue 22 item 6); nothing is lost, the text stays.
        raise ExportError(message(uncovered) + "; nothing was written")
    if analysis is None:
        from wizard.analysis import analyse

        analysis = analyse(project.proposal)
    # Slides are planned from estimates; if one still runs onto an extra page, it is planned again with less
    # on it (the next of FILLS) rather than a page handed over without its title; the other slides keep their
    # plan.  Where the new plan changes only some slides (the one that spilled, the appendix pages that take
    # what it no longer holds) and the deck keeps its slides and their numbers, only those are laid out
    # again and put in place of their old pages; otherwise the whole deck is laid out again.  A4 pages
    # simply flow on.
    fills: dict[str, float] = {}
    document: Any = None
    laid: tuple[str, dict[str, Any]] | None = None
    for _attempt in FILLS:
        html, context, images = render_html(project, options, dict(fills) or 1.0, analysis, source)
        step("Laying out the slides", 0.1)
        if laid is not None and document is not None:
            document = _lay_out_changed(project, options, document, laid, html, context, images)
        if document is None or laid is None:
            planned = len(context["slides"]) if options.format == "deck" else int(context["pages_estimate"])
            with _watch_pages(planned, step):
                document = _layout(html, context, images, options)
        if options.format != "deck":
            break
        spilled = _spilled(document, context)
        if not spilled:
            break
        for slide in spilled:
            from wizard.export.context import fill_key

            key = fill_key(slide)
            fills[key] = next((f for f in FILLS if f < fills.get(key, FILLS[0])), FILLS[-1])
        laid = (html, context)
    step("Writing the PDF", 0.6)
    data = _write(document, options)
    step("Saving the file", 0.95)
    from wizard import atomic

    atomic.write_bytes(out, data)
    del document  # WeasyPrint's font folder goes with its configuration, inside our scratch folder
    if progress is not None:
        progress("Done", 1.0)
    return out


def _spilled(document: Any, context: dict[str, Any]) -> list[dict[str, Any]]:
    """The slides of a laid-out deck that ran onto more than one page.

    Every slide's title is a bookmark (deck.css), so a page without one carries the rest of the slide before
    it.  If the bookmarks do not match the slides one to one, every slide is reported (the whole deck is
    planned emptier, as before this check existed)."""
    slides = context["slides"]
    starts = [i for i, page in enumerate(document.pages) if page.bookmarks]
    if len(starts) != len(slides) or (starts and starts[0] != 0):
        return list(slides) if len(document.pages) > len(slides) else []
    ends = [*starts[1:], len(document.pages)]
    return [slide for slide, start, end in zip(slides, starts, ends) if end - start > 1]


def _slide_parts(html: str) -> list[str] | None:
    """A deck's HTML as [what comes before the slides, each slide's <section>, what comes after]."""
    import re

    starts = [m.start() for m in re.finditer(r"<section\b", html)]
    if not starts:
        return None
    end = html.rfind("</section>") + len("</section>")
    bounds = [*starts, end]
    return [html[:starts[0]], *(html[a:b] for a, b in zip(bounds, bounds[1:])), html[end:]]


def _lay_out_changed(project: Project, options: ExportOptions, document: Any, laid: tuple[str, dict[str, Any]],
                     html: str, context: dict[str, Any], images: _Images) -> Any:
    """``document`` (laid out from ``laid``, an earlier plan's HTML and context) brought up to the new plan by
    laying out again only the slides whose HTML changed, each on its own with its number in the whole deck
    (:func:`wizard.export.single.keep_slide`, as the edited slide's preview), and putting their pages in place
    of the old ones.  None when that is not possible: the slides or their order changed (numbers and pointers
    would too), or the old document's pages cannot be matched to its slides."""
    from wizard.export.single import keep_slide

    old_html, old_context = laid
    old, new = _slide_parts(old_html), _slide_parts(html)
    slides = context["slides"]
    if (old is None or new is None or len(old) != len(new) or len(new) != len(slides) + 2
            or old[0] != new[0] or old[-1] != new[-1]
            or [s.get("id") for s in old_context["slides"]] != [s.get("id") for s in slides]):
        return None
    starts = [i for i, page in enumerate(document.pages) if page.bookmarks]
    if len(starts) != len(slides) or (starts and starts[0] != 0):
        return None
    ends = [*starts[1:], len(document.pages)]
    changed = [i for i in range(len(slides)) if old[i + 1] != new[i + 1]]
    if not changed or len(changed) * 2 > len(slides):
        return None  # nothing to gain over laying out the whole deck
    pages: list[Any] = []
    parts: list[Any] = [document]
    done = 0
    for i in changed:
        pages.extend(document.pages[done:starts[i]])
        single = dict(context)
        keep_slide(single, str(slides[i]["id"]))
        part = _layout(_html_of(project, options, single), single, images, options)
        parts.append(part)
        pages.extend(part.pages)
        done = ends[i]
    pages.extend(document.pages[done:])
    combined = document.copy(pages)
    # Each part's font configuration must live until the PDF is written (WeasyPrint removes a configuration's
    # fonts when it is collected).
    combined.citypitch_parts = parts
    return combined


@contextlib.contextmanager
def _watch_pages(total: int, step: Callable[[str, float], None]) -> Iterator[None]:
    """Report progress, and honour Cancel, after each slide WeasyPrint lays out (not only between stages).

    WeasyPrint announces every page on its 'weasyprint.progress' logger; an exception raised by our
    handler stops the layout there.  The logger is quiet by default, so it is opened to INFO for the
    duration and kept from passing those records on to the application's own logging.
    """
    import logging

    logger = logging.getLogger("weasyprint.progress")

    class Watch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if str(record.msg).startswith("Step 5 - Creating layout - Page") and record.args:
                page = record.args[0] if isinstance(record.args, tuple) else 0
                done = min(int(page) / max(total, 1), 1.0) if isinstance(page, int) else 0.0
                step("Laying out the slides", 0.1 + 0.5 * done)

    watch = Watch(logging.INFO)
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(watch)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(watch)
        logger.setLevel(old_level)
        logger.propagate = old_propagate


def _pdf_options(options: ExportOptions) -> dict[str, Any]:
    opts: dict[str, Any] = {"pdf_variant": options.pdf_variant} if options.pdf_variant else {}
    opts["custom_metadata"] = True  # document.metadata.custom: only what _layout puts there
    if options.pdf_variant == "pdf/ua-1":
        opts["pdf_tags"] = True
    return opts


def _layout(html: str, context: dict[str, Any], images: _Images, options: ExportOptions) -> Any:
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    from wizard import resources
    from wizard.export.context import accent_css
    from wizard.export.fetcher import SafeFetcher
    from wizard.export.fonts import font_face_css, font_stack_css, only_bundled_fonts

    folder = template_dir(options.format)
    _, _, css_name = TEMPLATES[options.format]
    fetcher = SafeFetcher([folder, resources.fonts_dir()], images.served)
    with only_bundled_fonts():
        font_config = FontConfiguration()
    stack = font_stack_css()
    # Fixed order: fonts, then :root variables, then the template's own file (@page rules, then style).
    fonts = weasyprint.CSS(string=font_face_css() + f"html {{ font-family: {stack}; }}\n@page {{ font-family: {stack}; }}\n",
                           font_config=font_config, url_fetcher=fetcher, base_url=folder.as_uri() + "/")
    variables = weasyprint.CSS(string=accent_css(context["accent"]) + f":root {{ --font-stack: {stack}; }}\n",
                               url_fetcher=fetcher)
    style = weasyprint.CSS(filename=str(folder / css_name), font_config=font_config, url_fetcher=fetcher)
    sheets = [fonts, variables, style]
    if context.get("page_css"):  # a single slide shown with its number in the whole deck (wizard.export.single)
        sheets.append(weasyprint.CSS(string=str(context["page_css"]), url_fetcher=fetcher))
    document = weasyprint.HTML(string=html, base_url=folder.as_uri() + "/", url_fetcher=fetcher).render(
        stylesheets=sheets, font_config=font_config, **_pdf_options(options))
    if fetcher.refused:
        # Our template asks only for allowed files: a refusal means something tried to load a resource.
        raise ExportError(f"the {options.format} tried to load a resource that is not allowed ("
                          + fetcher.refused[0][:120] + "); nothing was written")
    _strip_attachments(document)
    document.metadata.custom = dict(context.get("pdf_custom_metadata") or {})
    return document


def _strip_attachments(document: Any) -> None:
    """Belt and braces: a deck never carries attached files, whatever the HTML asked for."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]


def _write(document: Any, options: ExportOptions) -> bytes:
    # WORKAROUND: for PDF/A, WeasyPrint 70 opens its bundled sRGB2014.icc profile and never closes it
    # (weasyprint/pdf/__init__.py, output_intent == "srgb"); the handle is freed at once, with a
    # ResourceWarning that says nothing about our export.
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=ResourceWarning, message=r".*sRGB2014\.icc")
        from wizard.export.pdftext import extractable_text

        from wizard.export.tagging import pdf_ua_structure

        with pdf_ua_structure(options.pdf_variant == "pdf/ua-1"), extractable_text():
            data = document.write_pdf(**_pdf_options(options))
        if options.pdf_variant == "pdf/a-3b":
            gc.collect()  # should the handle sit in a reference cycle, it is closed here, still filtered
    assert isinstance(data, bytes)
    return data


__all__ = ["ExportCancelled", "ExportError", "ExportOptions", "check_options", "export_pdf", "render_html"]
