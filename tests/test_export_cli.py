"""Export options, progress and cancel, atomic output, image refusals, PDF variants and ``citypitch export``.

Most renders here use an empty proposal (a one-slide deck, well under a second); one test exports a
bundled sample through the command line.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from wizard import projectfile, resources
from wizard.cli import main
from wizard.errors import CityPitchError
from wizard.export import ExportCancelled, ExportError, ExportOptions, check_options, export_pdf, render_html
from wizard.export.context import accent_css
from wizard.export.fonts import font_face_css, font_faces
from wizard.export import measure
from wizard.images import ImageError
from wizard.model import Proposal

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'


def _empty() -> projectfile.Project:
    project = projectfile.Project()
    project.proposal.meta.project_name = "Empty test proposal"
    return project


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _squashed(path: Path) -> str:
    return "".join(_text(path).split())  # letter-spaced words come out as "D R A F T"


def _xmp(path: Path) -> bytes:
    return bytes(PdfReader(path).trailer["/Root"]["/Metadata"].get_object().get_data())


# --- options -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "words"), [
    (ExportOptions(format="poster"), "unknown export format 'poster'"),
    (ExportOptions(labels="fr"), "unknown label language 'fr'"),
    (ExportOptions(pdf_variant="pdf/x-4"), "unknown PDF variant 'pdf/x-4'"),
])
def test_unimplemented_options_are_refused_clearly(options: ExportOptions, words: str, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=re.escape(words)):
        check_options(options)
    with pytest.raises(CityPitchError, match=re.escape(words)):
        export_pdf(_empty(), tmp_path / "x.pdf", options)
    assert not (tmp_path / "x.pdf").exists()


def test_empty_proposal_is_a_cover_with_draft_mark(tmp_path: Path) -> None:
    out = export_pdf(_empty(), tmp_path / "empty.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1  # empty sections produce no slides
    assert "DRAFT" in _squashed(out) and "Empty test proposal" in _text(out)
    export_pdf(_empty(), tmp_path / "clean.pdf", ExportOptions(draft_mark=False))
    assert "DRAFT" not in _squashed(tmp_path / "clean.pdf")


def test_progress_is_reported_in_order(tmp_path: Path) -> None:
    seen: list[tuple[str, float]] = []
    export_pdf(_empty(), tmp_path / "p.pdf", progress=lambda stage, fraction: seen.append((stage, fraction)))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[0] < 0.1 and fractions[-1] == 1.0
    stages = list(dict.fromkeys(s for s, _ in seen))
    assert stages == ["Preparing the slides", "Laying out the slides", "Writing the PDF", "Saving the file", "Done"]


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_progress_and_cancel_reach_inside_the_layout(tmp_path: Path) -> None:
    """Cancel takes effect after the slide being laid out, not only between stages."""
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    seen: list[float] = []
    out = tmp_path / "deck.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(project, out, progress=lambda stage, fraction: seen.append(fraction),
                   cancelled=lambda: len(seen) >= 6)
    assert len(seen) == 6 and 0.1 < seen[-1] < 0.3  # stopped a few slides into the layout
    assert not out.exists()
    seen.clear()
    stages: list[str] = []
    export_pdf(project, out, progress=lambda stage, fraction: (seen.append(fraction), stages.append(stage)))
    layout = [f for f, st in zip(seen, stages) if st == "Laying out the slides"]
    assert len(layout) > 20 and layout == sorted(layout)
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert not logging_progress_leaks()


def logging_progress_leaks() -> bool:
    import logging

    logger = logging.getLogger("weasyprint.progress")
    return bool(logger.handlers) or logger.level != logging.NOTSET or not logger.propagate


@pytest.mark.parametrize("after", [0, 1, 2, 3])
def test_cancel_at_any_stage_writes_nothing(tmp_path: Path, after: int) -> None:
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"%PDF-earlier")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > after

    with pytest.raises(ExportCancelled, match="cancelled"):
        export_pdf(_empty(), out, cancelled=cancelled)
    assert out.read_bytes() == b"%PDF-earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pdf"]  # no temporary file left behind


def test_failed_write_leaves_the_earlier_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wizard.export as export

    out = tmp_path / "deck.pdf"
    out.write_bytes(b"%PDF-earlier")

    def broken(document: object, options: ExportOptions) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write", broken)
    with pytest.raises(OSError):
        export_pdf(_empty(), out)
    assert out.read_bytes() == b"%PDF-earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pdf"]


def test_new_pdf_is_readable_by_others_like_any_new_file(tmp_path: Path) -> None:
    import os
    import stat

    out = export_pdf(_empty(), tmp_path / "deck.pdf")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    out.chmod(0o640)
    export_pdf(_empty(), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # replacing a PDF keeps its mode


# --- images --------------------------------------------------------------------------------------------------


def test_svg_logo_is_refused_naming_the_image(tmp_path: Path) -> None:
    project = _empty()
    project.assets["logo.svg"] = SVG
    project.proposal.branding.logo = "logo.svg"
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"%PDF-earlier")
    with pytest.raises(ImageError, match=r"'logo.svg' is not a PNG or JPEG .*SVG"):
        export_pdf(project, out)
    assert out.read_bytes() == b"%PDF-earlier"


def test_logo_missing_from_project_is_refused(tmp_path: Path) -> None:
    project = _empty()
    project.proposal.branding.logo = "../../etc/passwd"
    with pytest.raises(ImageError, match="not in the project"):
        export_pdf(project, tmp_path / "deck.pdf")


def test_logo_is_served_from_memory(tmp_path: Path) -> None:
    sample = projectfile.load(resources.sample_path("lumara-transit"))
    project = _empty()
    project.assets["logo.png"] = sample.assets["logo.png"]
    project.proposal.branding.logo = "logo.png"
    html, _, images = render_html(project)
    assert 'src="citypitch-asset:image-1"' in html and "logo.png" not in html
    out = export_pdf(project, tmp_path / "deck.pdf")
    page = PdfReader(out).pages[0]
    assert page["/Resources"]["/XObject"]  # the logo was drawn


def test_photos_on_cover_and_city_appendix(tmp_path: Path) -> None:
    """The first photo is on the cover, the others head the city's context in the appendix."""
    from PIL import Image

    from wizard.model import Photo

    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (20, 120, 160)).save(buffer, format="JPEG")
    project = _empty()
    project.proposal.city.name = "Testville"
    project.proposal.city.context = "A river city."
    for i in range(3):
        project.assets[f"p{i}.jpg"] = buffer.getvalue()
        project.proposal.branding.photos.append(Photo(asset=f"p{i}.jpg", caption=f"Caption {i}", credit=f"Credit {i}"))
    html, context, images = render_html(project)
    assert len(images.served) == 3
    out = export_pdf(project, tmp_path / "deck.pdf")
    text = _text(out)
    for i in range(3):
        assert f"Caption {i}" in text and f"Credit {i}" in text
    reader = PdfReader(out)
    kinds = [s["kind"] for s in context["slides"]]
    assert kinds == ["cover", "appendix-contents", "appendix-text"] and len(reader.pages) == 3
    # Pages share one resource dictionary: look for the image drawn ("Do") in each page's own content.
    with_images = [i for i, page in enumerate(reader.pages) if re.search(rb"/i[0-9a-f]+ Do", page.get_contents().get_data())]
    assert with_images == [0, 2]  # the cover, and the city's context


def test_large_photo_is_scaled_down_before_use(tmp_path: Path) -> None:
    from PIL import Image

    from wizard.export import MAX_IMAGE_SIDE
    from wizard.images import check_image
    from wizard.model import Photo

    buffer = io.BytesIO()
    Image.new("RGB", (4800, 3000), (200, 90, 20)).save(buffer, format="JPEG")
    project = _empty()
    project.assets["big.jpg"] = buffer.getvalue()
    project.proposal.branding.photos.append(Photo(asset="big.jpg", caption="Big"))
    _, _, images = render_html(project)
    (data, mime), = images.served.values()
    assert mime == "image/jpeg" and check_image(data, "scaled").width == MAX_IMAGE_SIDE
    assert project.assets["big.jpg"] == buffer.getvalue()  # the project keeps its original


# --- PDF variants ----------------------------------------------------------------------------------------------


def test_pdf_ua_is_tagged_with_language(tmp_path: Path) -> None:
    out = export_pdf(_empty(), tmp_path / "ua.pdf", ExportOptions(pdf_variant="pdf/ua-1"))
    root = PdfReader(out).trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "en"
    assert b"pdfuaid:part" in _xmp(out)


def test_pdf_a_declares_conformance(tmp_path: Path) -> None:
    out = export_pdf(_empty(), tmp_path / "a.pdf", ExportOptions(pdf_variant="pdf/a-3b"))
    xmp = _xmp(out)
    assert re.search(rb"pdfaid:part[^0-9]{1,4}3", xmp) and re.search(rb"pdfaid:conformance[^A-Z]{1,4}B", xmp)


# --- command line --------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_exports_a_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lumara.pdf"
    assert main(["export", str(resources.sample_path("lumara-transit")), "-o", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) > 20 and reader.metadata and reader.metadata.title == "Lumara Raya Smart Mobility Corridor"


def test_cli_options_reach_the_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = projectfile.save(_empty(), tmp_path / "empty.citypitch")
    out = tmp_path / "a.pdf"
    assert main(["export", str(source), "-o", str(out), "--pdf-variant", "pdf/a-3b", "--no-draft-mark"]) == 0
    assert b"pdfaid:part" in _xmp(out) and "DRAFT" not in _squashed(out)


def test_cli_bad_project_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "not valid JSON" in err
    assert main(["export", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(("where", "words"), [
    ("no-such-folder/deck.pdf", "the folder does not exist"),
    ("a-file/deck.pdf", "part of the path is not a folder"),
])
def test_cli_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, words: str) -> None:
    (tmp_path / "a-file").write_text("x")
    source = projectfile.save(_empty(), tmp_path / "empty.citypitch")
    target = tmp_path / where
    assert main(["export", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(target) in err and words in err


def test_cli_failed_export_keeps_earlier_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _empty()
    out = tmp_path / "deck.pdf"
    assert main(["export", str(projectfile.save(project, tmp_path / "ok.citypitch")), "-o", str(out)]) == 0
    earlier = out.read_bytes()
    project.assets["logo.png"] = b"GIF89a not really"
    project.proposal.branding.logo = "logo.png"
    broken = projectfile.save(project, tmp_path / "broken.citypitch")
    assert main(["export", str(broken), "-o", str(out)]) == 2
    assert "logo.png" in capsys.readouterr().err
    assert out.read_bytes() == earlier


# --- building blocks (no rendering) -----------------------------------------------------------------------------------


def test_hostile_locale_and_accent_fall_back() -> None:
    project = _empty()
    # The number locale is a closed choice now (issue 14): hostile text is refused at the model.
    with pytest.raises(ValueError):
        project.proposal.meta.number_locale = '"><script>x</script>'
    html, context, _ = render_html(project)
    assert "<script>x" not in html
    assert accent_css("#12ab3C").startswith(":root { --accent: #12AB3C;")
    for bad in ("red", "#12ab3c; } body { background: url(http://x) ", "#12ab3", ""):
        assert "#0F6E8C" in accent_css(bad) and "url" not in accent_css(bad)


def test_font_face_rules_cover_every_bundled_face() -> None:
    css = font_face_css()
    assert css.count("@font-face") == len(font_faces()) == 12
    for face in font_faces():
        assert face.path.as_uri() in css and face.path.is_relative_to(resources.fonts_dir())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab c.\nក្ញ ์ไทย日本 "), max_size=600), st.integers(min_value=1, max_value=12))
def test_split_pieces_loses_nothing_and_each_piece_fits(text: str, max_lines: int) -> None:
    font = measure.Font(14, line_height=1.42)
    pieces = list(measure.split_pieces(text, 240.0, font, max_lines))
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())
    for piece in pieces:
        assert measure.lines(piece, 240.0, font) <= max_lines * measure.line_factor(piece) + 1e-9 \
            or len(piece.split()) == 1


def test_text_is_cut_between_sentences_never_with_an_ellipsis() -> None:
    font = measure.Font(14, line_height=1.42)
    text = ("The first sentence is short. The second one is a good deal longer than the first and runs on. "
            "A third closes the paragraph.")
    fitted = measure.fit(text, 300.0, font, 2)
    assert fitted.head == "The first sentence is short." and fitted.rest.startswith("The second one")
    assert "…" not in fitted.head + fitted.rest and fitted.head + " " + fitted.rest == text
    assert measure.fit(text, 300.0, font, 40).whole
    # A number stays with its unit and a sentence is never split; a sentence too long for the box moves whole.
    assert measure.fit("Capex reaches IDR 4.1 trillion in 2030. More follows.", 120.0, font, 1).head == ""
    assert measure.sentences("Dr. Tanaka met J. Smith on 4.1 ha. Next.") == ["Dr. Tanaka met J. Smith on 4.1 ha.", "Next."]


def test_weasyprint_not_imported_by_context_building() -> None:
    import subprocess
    import sys

    code = ("import sys; from wizard import projectfile, resources; from wizard.export import render_html; "
            "render_html(projectfile.load(resources.sample_path('song-an-flood'))); "
            "print('weasyprint' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parent.parent)
    assert result.stdout.strip() == "False"


def test_pdf_bytes_are_a_pdf(tmp_path: Path) -> None:
    out = export_pdf(_empty(), tmp_path / "deck.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    assert PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox.width == 960


_SECTION_SLIDES = {"risks": "risks", "japan": "japan"}  # slides that hold nothing but their section's fields


@pytest.mark.parametrize("section", sorted(set(Proposal.model_fields) - {"schema_version", "meta"}))
def test_any_section_may_be_empty(section: str) -> None:
    """A draft with a whole section blank still plans a deck, and that section's own slides disappear."""
    project = projectfile.load(resources.sample_path("lumara-transit"))
    field = Proposal.model_fields[section]
    setattr(project.proposal, section, field.get_default(call_default_factory=True))
    _, context, _ = render_html(project)
    ids = {s["id"] for s in context["slides"]}
    if section in _SECTION_SLIDES:
        assert _SECTION_SLIDES[section] not in ids
    assert context["slides"][0]["kind"] == "cover" and len(context["slides"]) > 5


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_half_filled_draft_renders_without_warnings(tmp_path: Path) -> None:
    """Every other field of a sample cleared: optional values missing everywhere, nothing may break."""
    import logging

    from pydantic import BaseModel

    project = projectfile.load(resources.sample_path("song-an-flood"))
    flip = {"n": 0}

    def clear(model: BaseModel) -> None:
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            if isinstance(value, BaseModel):
                clear(value)
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                for item in value:
                    clear(item)
            elif name not in ("schema_version", "accent_colour", "logo", "asset"):
                flip["n"] += 1
                if flip["n"] % 2:
                    setattr(model, name, info.get_default(call_default_factory=True))

    clear(project.proposal)
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("weasyprint").addHandler(handler)
    try:
        out = export_pdf(project, tmp_path / "half.pdf")
    finally:
        logging.getLogger("weasyprint").removeHandler(handler)
    _, context, _ = render_html(project)
    assert len(PdfReader(out).pages) == len(context["slides"])
    assert records == []


def test_acknowledged_warnings_in_the_readiness_report_and_not_the_deck(tmp_path: Path) -> None:
    import datetime

    from wizard import readiness
    from wizard.model import Acknowledgement

    rule = next(iter(readiness.catalogue().rules.values()))
    project = _empty()
    project.proposal.acknowledgements.append(Acknowledgement(
        rule=rule.id, field="problem.kpis[2].baseline", justification="The survey is being repeated in May.",
        by="A. Planner", on=datetime.date(2026, 3, 1)))
    report = export_pdf(project, tmp_path / "report.pdf", ExportOptions(format="readiness-report"))
    text = _squashed(report)
    for words in ("Readiness report", rule.title, "Problem › KPIs › row 3 › Baseline",
                  "The survey is being repeated in May.", "A. Planner 2026-03-01"):
        assert "".join(words.split()) in text
    box = PdfReader(report).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)  # A4
    deck = _squashed(export_pdf(project, tmp_path / "deck.pdf"))
    assert "repeatedinMay" not in deck and "readiness" not in deck.lower()


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_a_slide_that_spills_is_planned_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the text estimates were too hopeful, the export plans emptier slides rather than leave a page
    without its title (the safety net behind the estimates)."""
    import wizard.export as export
    import wizard.export.appendix as appendix

    project = _empty()
    project.proposal.city.name = "Testville"
    project.proposal.city.context = " ".join(f"Sentence {i} about the city and its long river front." for i in range(90))
    # Pretend the appendix's text takes a quarter less room than it does.
    monkeypatch.setattr(appendix, "TEXT", measure.Font(14, line_height=1.42 * 0.75))
    layouts: list[int] = []
    real_layout = export._layout

    def counting(html: str, ctx: dict[str, object], images: object, options: ExportOptions) -> object:
        document = real_layout(html, ctx, images, options)  # type: ignore[arg-type]
        layouts.append(len(document.pages) - len(ctx["slides"]))  # type: ignore[arg-type]
        return document

    monkeypatch.setattr(export, "_layout", counting)
    seen: list[float] = []
    out = export_pdf(project, tmp_path / "deck.pdf", progress=lambda stage, fraction: seen.append(fraction))
    assert len(layouts) >= 2 and layouts[0] > 0 and layouts[-1] == 0  # spilled at first, then fitted
    reader = PdfReader(out)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(reader.pages) == len(outline)  # every page is a titled slide
    assert seen == sorted(seen)
