"""The PDF pitch deck, rendered for real: every sample and the overflow, scripts and hostile fixtures.

Renders take seconds, so each deck is rendered once per module (fixtures below) and many things are
asserted on it: the text of every filled field, page size and count, bookmarks, metadata, embedded
fonts, glyph coverage of every script, no WeasyPrint warnings, no text outside the slide boxes, and
for the hostile fixture no network request, no secret file content and markup shown as text.
"""

from __future__ import annotations

import http.server
import io
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from pypdf import PdfReader

from tests.pdf_support import bookmarks, fonts, squash, stream_contents
from wizard import money, projectfile, readiness, resources
from wizard.export import ExportOptions, export_pdf, render_html
from wizard.export.fonts import FONT_STACK, font_faces

DATA = Path(__file__).parent / "data" / "export"
SLIDE_W, SLIDE_H = 1280, 720          # CSS px; the PDF is in points (x 0.75)
FOOTER_TOP = SLIDE_H - 56             # the page's bottom margin holds only the footer and slide number

pytestmark = pytest.mark.slow


@dataclass
class Rendered:
    """One exported deck and what went into it."""

    project: projectfile.Project
    pdf: bytes
    reader: PdfReader
    slides: list[dict[str, Any]]
    logs: list[logging.LogRecord]

    @property
    def text(self) -> str:
        return "\n".join(page.extract_text() for page in self.reader.pages)

    @property
    def squashed(self) -> str:
        return squash(self.text)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.records.append(record)


def _render(project: projectfile.Project, out: Path, options: ExportOptions = ExportOptions()) -> Rendered:
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        export_pdf(project, out, options)
    finally:
        logger.removeHandler(handler)
    _, context, _ = render_html(project, options)
    data = out.read_bytes()
    return Rendered(project, data, PdfReader(io.BytesIO(data)), context["slides"], handler.records)


# Thai, Lao, Burmese and Khmer are shaped: glyphs are reordered and combined, so text extracted from a PDF
# does not come back in the order it was typed. Those letters are compared through glyph coverage and
# embedded fonts instead (test_every_script_has_glyphs_and_is_shown), and left out of text comparisons.





@pytest.fixture(scope="module", params=resources.sample_names())
def sample_deck(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    project = projectfile.load(resources.sample_path(request.param))
    return _render(project, tmp_path_factory.mktemp("deck") / f"{request.param}.pdf")


@pytest.fixture(scope="module")
def overflow_deck(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(projectfile.load(DATA / "overflow.json"), tmp_path_factory.mktemp("deck") / "overflow.pdf")


@pytest.fixture(scope="module")
def scripts_deck(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return _render(projectfile.load(DATA / "scripts.json"), tmp_path_factory.mktemp("deck") / "scripts.pdf")


# --- what every deck must satisfy ---------------------------------------------------------------------

# Settings and references rather than text: images are drawn, the colour and locale shape the deck, and an
# acknowledgement's rule id and field path are shown as their titles (test_export_cli checks those).
_NOT_SHOWN = {"logo", "asset", "accent_colour", "number_locale", "schema_version", "rule", "field"}


def _filled_texts(model: BaseModel, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) for every non-empty text field, and the label of every chosen option."""
    for name in type(model).model_fields:
        if name in _NOT_SHOWN:
            continue
        value = getattr(model, name)
        where = f"{path}.{name}" if path else name
        if isinstance(value, BaseModel):
            yield from _filled_texts(value, where)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _filled_texts(item, f"{where}[{i}]")
                elif isinstance(item, Enum):
                    yield f"{where}[{i}]", item.label  # type: ignore[attr-defined]
                elif isinstance(item, str) and item.strip():
                    yield f"{where}[{i}]", item
        elif isinstance(value, Enum):
            yield where, value.label  # type: ignore[attr-defined]
        elif isinstance(value, str) and value.strip():
            yield where, value


def _assert_every_field_shown(deck: Rendered) -> None:
    text = deck.squashed
    missing = []
    for where, value in _filled_texts(deck.project.proposal):
        needle = squash(value)
        if len(needle) > 120:
            needle = needle[:80]  # long texts may be split over continuation slides: their start must be there
        if needle not in text:
            missing.append(f"{where}: {value[:60]!r}")
    assert not missing, "fields missing from the PDF:\n" + "\n".join(missing)


def test_every_filled_field_appears(sample_deck: Rendered) -> None:
    _assert_every_field_shown(sample_deck)


def test_numbers_are_formatted_in_english_with_equivalents(sample_deck: Rendered) -> None:
    """An English deck writes numbers the English way whatever the city's convention (issue 14)."""
    p = sample_deck.project.proposal
    currency = p.finance.currency.value if p.finance.currency else "USD"
    text = sample_deck.squashed
    if p.finance.ask_amount is not None:
        assert squash(money.format_amount(p.finance.ask_amount, currency, "en")) in text
        usd, jpy = money.convert(p.finance.ask_amount, p.finance)
        assert usd is not None and jpy is not None  # the samples state their rates
        if currency != "USD":
            assert squash(money.format_amount(usd, "USD", "en", short=True)) in text
        assert squash(money.format_amount(jpy, "JPY", "en", short=True)) in text
    if p.city.population:
        assert squash(money.format_number(p.city.population, "en")) in text
    if p.finance.rates_date:
        assert p.finance.rates_date.isoformat() in text  # the equivalents say which day's rates they use


def test_short_amounts_use_english_scale_words() -> None:
    """'IDR 630 M' is 630 miliar (billion) in Indonesian: an English deck must say 'IDR 630bn'."""
    from decimal import Decimal

    assert money.format_amount(Decimal("630e9"), "IDR", "en", short=True) == "IDR\xa0630bn"
    assert money.format_amount(Decimal("3.5e12"), "IDR", "en", short=True) == "IDR\xa03.5tn"
    assert money.format_amount(Decimal("550e9"), "VND", "en", short=True) == "VND\xa0550bn"


def test_page_size_count_and_bookmarks(sample_deck: Rendered) -> None:
    reader = sample_deck.reader
    assert len(reader.pages) == len(sample_deck.slides)  # nothing spilled onto an unplanned page
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == (SLIDE_W * 0.75, SLIDE_H * 0.75)
    titles = bookmarks(reader)
    assert len(titles) == len(reader.pages)
    assert [t for t, _ in titles] == [s["bookmark"] for s in sample_deck.slides]
    assert [page for _, page in titles] == list(range(len(reader.pages)))


def test_slides_in_order_and_no_empty_kind(sample_deck: Rendered) -> None:
    sections = [s["section"] for s in sample_deck.slides if s["section"]]
    expected = ["Executive summary", "City context", "Vision", "The problem", "KPIs", "Economic engine",
                "Financial case", "Funding structure", "Risk structure", "Digital roadmap", "Japanese value-add",
                "Citizen impact", "Implementation and governance", "Team and contact", "Appendix"]
    seen = list(dict.fromkeys(sections))
    assert seen == expected  # the samples fill every section, in the deck's order
    for page in sample_deck.reader.pages[1:]:
        assert len(squash(page.extract_text())) > 80  # a real slide, not an empty shell


def test_metadata(sample_deck: Rendered) -> None:
    p = sample_deck.project.proposal
    meta = sample_deck.reader.metadata
    assert meta is not None
    assert meta.title == p.meta.project_name
    assert meta.author == p.meta.prepared_by
    assert meta.subject == p.meta.subtitle
    assert p.city.name in (meta.get("/Keywords") or "")
    assert sample_deck.reader.trailer["/Root"]["/Lang"] == "en"


def test_fonts_embedded_and_only_bundled(sample_deck: Rendered) -> None:
    found = fonts(sample_deck.reader)
    assert found, "no fonts found"
    bundled = {_font_key(face.family) for face in font_faces()}
    for name, embedded in found.items():
        assert embedded, f"font {name} is not embedded"
        assert any(_font_key(name.split("+", 1)[-1]).startswith(b) for b in bundled), f"{name} is not a bundled font"
    assert any("Inter" in n for n in found)


def test_bundled_fonts_cover_every_character(sample_deck: Rendered) -> None:
    _assert_glyph_coverage(sample_deck)


def test_no_weasyprint_warnings(sample_deck: Rendered) -> None:
    assert [r.getMessage() for r in sample_deck.logs] == []


def test_text_stays_inside_the_slide(sample_deck: Rendered) -> None:
    _assert_text_inside(sample_deck)


def test_no_draft_mark_without_blockers(sample_deck: Rendered) -> None:
    assert not readiness.assess(sample_deck.project.proposal).has_blockers
    assert "DRAFT" not in sample_deck.text


# --- long content ---------------------------------------------------------------------------------------


def test_overflow_flows_to_continuation_slides(overflow_deck: Rendered) -> None:
    _, lumara, _ = render_html(projectfile.load(resources.sample_path("lumara-transit")))  # its source
    reader = overflow_deck.reader
    assert len(reader.pages) == len(overflow_deck.slides) > len(lumara["slides"]) + 15
    titles = [t for t, _ in bookmarks(reader)]
    for title in ("Vision (continued)", "KPIs: baseline to target (continued)",
                  "Risk structure: register and allocation (continued)", "City context: Lumara (continued)"):
        assert title in titles
    assert sum(t.startswith("KPIs: baseline to target") for t in titles) >= 4  # 60 KPIs
    assert sum(t.startswith("Risk structure: register") for t in titles) >= 4  # 40 risks
    _assert_every_field_shown(overflow_deck)
    text = overflow_deck.squashed
    p = overflow_deck.project.proposal
    for i in (1, 30, 60):
        assert squash(p.problem.kpis[i - 1].name) in text
    for i in (1, 20, 40):
        assert squash(p.risks[i - 1].description) in text and squash(p.risks[i - 1].mitigation) in text
    # Long texts are split between sentences: every sentence of every field is in the PDF, none lost.
    sentence = squash(p.vision.statement.split(". ")[0] + ".")
    expected = sum(squash(value).count(sentence) for _, value in _filled_texts(p))
    assert expected > 60
    assert text.count(sentence) >= expected


def test_overflow_text_inside_slides_and_no_warnings(overflow_deck: Rendered) -> None:
    _assert_text_inside(overflow_deck)
    assert [r.getMessage() for r in overflow_deck.logs] == []


def test_long_table_repeats_its_header(overflow_deck: Rendered) -> None:
    risk_pages = [page for title, page in bookmarks(overflow_deck.reader) if title.startswith("Risk structure: register")]
    for index in risk_pages:
        text = overflow_deck.reader.pages[index].extract_text()
        assert "MITIGATION" in text and "BORNE BY" in text


# --- scripts ---------------------------------------------------------------------------------------------


def _cmaps() -> dict[str, set[int]]:
    from fontTools.ttLib import TTFont

    cmaps: dict[str, set[int]] = {}
    for face in font_faces():
        with TTFont(face.path, lazy=True) as font:
            cmaps.setdefault(face.family, set()).update(font.getBestCmap())
    return cmaps


def _assert_glyph_coverage(deck: Rendered) -> None:
    """Every character of the user's text, and of the HTML's own text, is in one of the bundled fonts."""
    import html as html_lib

    cmaps = _cmaps()
    markup, _, _ = render_html(deck.project)
    texts = [value for _, value in _filled_texts(deck.project.proposal)]
    texts.append(html_lib.unescape(re.sub(r"<[^>]*>", " ", markup.split("<body>", 1)[1])))
    uncovered = {char for text in texts for char in text
                 if not char.isspace() and not any(ord(char) in cmaps[f] for f in FONT_STACK)}
    assert not uncovered, f"characters no bundled font covers: {sorted(uncovered)}"


def test_every_script_has_glyphs_and_is_shown(scripts_deck: Rendered) -> None:
    _assert_glyph_coverage(scripts_deck)
    used = " ".join(_font_key(name) for name in fonts(scripts_deck.reader))
    for family in FONT_STACK:
        assert _font_key(family) in used, f"{family} not used"
    assert [r.getMessage() for r in scripts_deck.logs] == []
    _assert_every_field_shown(scripts_deck)


def test_scripts_wrap_inside_slides(scripts_deck: Rendered) -> None:
    assert len(scripts_deck.reader.pages) == len(scripts_deck.slides)
    _assert_text_inside(scripts_deck)


# --- hostile input ----------------------------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # http.server's naming
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { background: red }")

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def hostile_deck(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Rendered, str, list[str]]]:
    folder = tmp_path_factory.mktemp("hostile")
    secret = folder / "secret.txt"
    secret_text = "SECRET-7f3a9c-do-not-leak"
    secret.write_text(secret_text)
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        raw = (DATA / "hostile.json").read_text(encoding="utf-8")
        raw = raw.replace("__SECRET_URL__", secret.as_uri()).replace("__HTTP_URL__", url)
        source = folder / "hostile.json"
        source.write_text(raw, encoding="utf-8")
        (folder / "hostile.assets").mkdir()
        for item in (DATA / "hostile.assets").iterdir():
            (folder / "hostile.assets" / item.name).write_bytes(item.read_bytes())
        # Prove the server works, so that "zero requests" below means something.
        import urllib.request

        with urllib.request.urlopen(url + "/probe", timeout=5) as response:
            assert response.status == 200
        assert _Recorder.requests == ["/probe"]
        _Recorder.requests = []
        deck = _render(projectfile.load(source), folder / "hostile.pdf")
        yield deck, secret_text, list(_Recorder.requests)
    finally:
        server.shutdown()
        server.server_close()


def test_hostile_text_fetches_nothing(hostile_deck: tuple[Rendered, str, list[str]]) -> None:
    deck, secret, requests = hostile_deck
    assert requests == []
    assert secret not in deck.text
    assert secret.encode() not in deck.pdf
    streams = list(stream_contents(deck.reader))
    assert len(streams) > len(deck.reader.pages)  # page contents, fonts and images were all looked into
    assert all(secret.encode() not in data for data in streams)  # not even compressed
    root = deck.reader.trailer["/Root"]
    assert "/EmbeddedFiles" not in root.get("/Names", {})
    for page in deck.reader.pages:
        for annot in page.get("/Annots", []) or []:
            assert annot.get_object().get("/Subtype") != "/FileAttachment"
    assert [r.getMessage() for r in deck.logs] == []


def test_hostile_markup_shows_as_text(hostile_deck: tuple[Rendered, str, list[str]]) -> None:
    deck, _, _ = hostile_deck
    text = deck.squashed
    assert squash('<script>document.write("pwned")</script>') in text
    assert squash("{{ 7*7 }}") in text  # Jinja syntax in user text is not evaluated
    assert squash('<link rel="attachment" href="file://') in text
    assert "pwned" not in text.replace('document.write("pwned")', "")
    _assert_every_field_shown(deck)
    assert len(deck.reader.pages) == len(deck.slides)
    _assert_text_inside(deck)


# --- helpers ------------------------------------------------------------------------------------------------


def _font_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _assert_text_inside(deck: Rendered) -> None:
    """Every run of text starts on the slide, and only the footer and slide number sit in the bottom margin."""
    from wizard.export.layout import fit_lines

    meta = deck.project.proposal.meta
    footer = squash(fit_lines(meta.project_name, 70) + "·" + fit_lines(meta.confidentiality, 100))
    problems = []
    for number, page in enumerate(deck.reader.pages, start=1):
        runs: list[tuple[str, float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
            if text.strip():
                # WeasyPrint draws in CSS px with a y-down matrix: tm holds the run's origin in slide px.
                runs.append((text, tm[4], tm[5]))

        page.extract_text(visitor_text=visit)
        for text, x, y in runs:
            if not (0 <= x < SLIDE_W - 40 and 0 <= y <= SLIDE_H):
                problems.append(f"slide {number}: {text[:40]!r} at ({x:.0f}, {y:.0f}) is off the slide")
            elif number > 1 and y > FOOTER_TOP + 6:
                squashed = squash(text)
                if squashed not in footer and not re.fullmatch(r"\d+/\d+", squashed):
                    problems.append(f"slide {number}: {text[:40]!r} at y={y:.0f} runs into the footer margin")
    assert not problems, "\n".join(problems[:20])


def test_export_leaves_the_project_unchanged(sample_deck: Rendered) -> None:
    """Export reads the project; it never changes it (the wizard keeps editing the same object)."""
    fresh = projectfile.load(sample_deck.project.path) if sample_deck.project.path else None
    assert fresh is not None
    assert fresh.proposal.to_json_data() == sample_deck.project.proposal.to_json_data()
