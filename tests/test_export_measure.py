"""The planner's measurements agree with WeasyPrint, and the cover holds every field at its longest.

The deck is planned from letter widths (export_templates/metrics/widths.json) before WeasyPrint lays it out;
here the estimate is compared with the real layout for the samples' and the scripts fixture's texts, and
the widths file is checked against the bundled fonts it was written from.  The cover (issue 22 item 9):
fields at their 300-character maximum and long unbreakable tokens never overlap or spill to a second slide.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from wizard import projectfile, resources
from wizard.export import ExportOptions, export_pdf, measure
from wizard.export.fonts import font_face_css, font_stack_css

DATA = Path(__file__).parent / "data" / "export"
pytestmark = pytest.mark.slow


def test_widths_file_matches_the_bundled_fonts() -> None:
    written = json.loads(measure.metrics_path().read_text(encoding="utf-8"))
    assert written == json.loads(measure.metrics_json()), "run: python -m wizard.export.measure --write"


def _texts() -> list[str]:
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and len(value) > 40:
            out.append(value)

    for name in resources.sample_names():
        walk(projectfile.load(resources.sample_path(name)).proposal.model_dump(mode="json"))
    walk(json.loads((DATA / "scripts.json").read_text(encoding="utf-8")))
    walk(json.loads((DATA / "hostile.json").read_text(encoding="utf-8")))
    return out


def test_line_estimates_never_fall_short_of_the_real_layout() -> None:
    """For every long text of the samples and fixtures, at four type sizes and widths: estimate >= real,
    and rarely more than a line over (an estimate too generous wastes the slide)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    texts = _texts()
    cases = [(15, False, 556), (13.5, False, 109), (28, True, 1160), (14, False, 1160)]
    fc = FontConfiguration()
    html = "".join(
        f'<div id="t{i}_{j}" style="width:{box}px;font-size:{size}px;line-height:2;font-weight:{700 if bold else 400};'
        f'overflow-wrap:anywhere">{t.replace("&", "&amp;").replace("<", "&lt;")}</div>'
        for i, t in enumerate(texts) for j, (size, bold, box) in enumerate(cases))
    css = weasyprint.CSS(string=font_face_css() + f"html {{ font-family: {font_stack_css()}; }} "
                         "@page { size: 1400px 200000px; margin: 0 }", font_config=fc)
    document = weasyprint.HTML(string=html, base_url=str(resources.fonts_dir())).render(stylesheets=[css], font_config=fc)
    heights: dict[str, float] = {}
    for page in document.pages:
        for box in _descendants(page._page_box):  # the laid-out boxes are the measurement
            element = getattr(box, "element", None)
            if element is not None and getattr(box, "element_tag", "") == "div":
                heights.setdefault(element.get("id"), box.height)
    over: list[tuple[str, float, float, int, float]] = []
    for i, text in enumerate(texts):
        for j, (size, bold, box) in enumerate(cases):
            real = round(heights[f"t{i}_{j}"] / (size * 2))
            estimate = measure.lines(text, box, measure.Font(size, bold))
            assert estimate >= real - 1e-9, (text[:40], size, box, real, estimate)
            if estimate > real + 1:
                over.append((text[:30], size, box, real, estimate))
    assert len(over) <= len(texts) * len(cases) * 0.03, over[:20]


def _descendants(box: Any) -> Any:
    stack = [box]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(getattr(node, "children", []))


# --- the cover (issue 22 item 9) ------------------------------------------------------------------------------


def _runs(page: Any) -> list[tuple[str, float, float]]:
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            runs.append((text, tm[5], size * tm[0] if tm[0] else size))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("labels", ["en", "en+ja"])
@pytest.mark.parametrize("shape", ["words", "tokens"])
def test_cover_fields_at_their_longest_fit_one_slide_without_overlap(shape: str, labels: str, tmp_path: Path) -> None:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    meta, city = project.proposal.meta, project.proposal.city

    def long(stem: str) -> str:
        if shape == "tokens":  # one unbreakable token of 300 characters
            return (stem.replace(" ", "") * 40)[:300]
        return (stem + " ") * (300 // (len(stem) + 1)) + stem[: 300 % (len(stem) + 1)]

    meta.project_name = long("Corridor programme")
    meta.subtitle = long("Subtitle words")
    meta.prepared_by = long("Prepared by the agency")
    meta.confidentiality = long("Confidential note")
    city.name, city.region = long("City"), long("Region")
    out = export_pdf(project, tmp_path / "cover.pdf", ExportOptions(labels=labels, draft_mark=False))
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    _, context, _ = __import__("wizard.export", fromlist=["render_html"]).render_html(
        project, ExportOptions(labels=labels, draft_mark=False))
    assert len(reader.pages) == len(context["slides"])  # the cover did not push anything onto another slide
    cover = context["slides"][0]
    assert cover["kind"] == "cover" and cover["spacer"] >= 0
    text = "".join(reader.pages[0].extract_text().split())
    for value in (meta.project_name, meta.subtitle, meta.prepared_by, meta.confidentiality):
        assert "".join(value.split()) in text  # every field whole, on the cover
    # No two lines of text sit on top of each other: text runs, by their baselines, keep apart.
    lines = sorted({round(y, 1) for _, y, _ in _runs(reader.pages[0])})
    gaps = [b - a for a, b in zip(lines, lines[1:])]
    assert min(gaps) >= 11.0, gaps  # the smallest type on the cover is 12 px; overlapping lines would be closer
    assert max(lines) <= 720 - 30  # and the last line stays on the slide
