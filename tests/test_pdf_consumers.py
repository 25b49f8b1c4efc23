"""The exported PDFs read by the real consumers: MuPDF (``mutool``), Ghostscript (``gs``) and poppler
(``pdftotext``, ``pdftoppm``), for every variant of every sample and of the scripts fixture (issue 14).

- every page renders with no warning or error in MuPDF and Ghostscript, and poppler extracts text
  with none;
- the text extracted by pdftotext and by ``mutool draw -F txt`` gives back the source text for Latin,
  Vietnamese, Thai, Khmer, Lao, Burmese and Japanese, with no U+FFFD;
- a Japanese label is drawn (not blank, not boxes) by each renderer.

``mutool draw`` runs with ``-N`` (no colour management): Debian's MuPDF 1.21 is built without it and
says "ICC support is not available" once for any file.  MuPDF 1.21 ignores ``/ActualText``, so in its
text a complex-script glyph that stands for no letter of its own reads as U+200B ZERO WIDTH SPACE (see
wizard/export/pdftext.py); comparisons drop it with the other whitespace.

Renders take seconds: each PDF is made once per session and the whole module is marked ``slow``.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.textcheck import text_fields
from wizard.export import ExportOptions, export_pdf

DATA = Path(__file__).parent / "data" / "export"
INPUTS = [*resources.sample_names(), "scripts"]
VARIANTS: dict[str, ExportOptions] = {
    "deck": ExportOptions(),
    "leave-behind": ExportOptions(format="leave-behind"),
    "deck-en+ja": ExportOptions(labels="en+ja"),
    "leave-behind-en+ja-pdfa3b": ExportOptions(format="leave-behind", labels="en+ja", pdf_variant="pdf/a-3b"),
    "deck-en+ja-pdfa3b": ExportOptions(labels="en+ja", pdf_variant="pdf/a-3b"),
    "deck-en+ja-pdfua1": ExportOptions(labels="en+ja", pdf_variant="pdf/ua-1"),
    "leave-behind-pdfua1": ExportOptions(format="leave-behind", pdf_variant="pdf/ua-1"),
}
#: The variants whose text is compared with the source (the leave-behind holds every word whole; the
#: deck shortens some passages on purpose).
WHOLE_TEXT = [name for name in VARIANTS if name.startswith("leave-behind")]

SCRIPTS = {
    "Latin": re.compile(r"^[A-Za-z]{2,}$"),
    "Vietnamese": re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]"),
    "Thai": re.compile("[\u0E00-\u0E7F]"),
    "Khmer": re.compile("[\u1780-\u17FF]"),
    "Lao": re.compile("[\u0E80-\u0EFF]"),
    "Burmese": re.compile("[\u1000-\u109F]"),
    "Japanese": re.compile("[\u3040-\u30FF\u4E00-\u9FFF]"),
}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("mutool", "gs", "pdftotext", "pdftoppm")),
    reason="the PDF consumers are installed by .ci/system-deps.sh (mupdf-tools, ghostscript, poppler-utils)")]


def _source(name: str) -> Path:
    return DATA / "scripts.json" if name == "scripts" else resources.sample_path(name)


@functools.cache
def _pdf(name: str, variant: str, folder: str) -> Path:
    out = Path(folder) / f"{name}.{variant}.pdf"
    export_pdf(projectfile.load(_source(name)), out, VARIANTS[variant])
    return out


@pytest.fixture(scope="session")
def pdf_folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("consumers"))


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", INPUTS)
def test_every_page_renders_without_a_warning(name: str, variant: str, pdf_folder: str) -> None:
    pdf = str(_pdf(name, variant, pdf_folder))
    mupdf = _run("mutool", "draw", "-N", "-q", "-r", "36", "-o", "/dev/null", pdf)
    assert mupdf.returncode == 0 and not mupdf.stderr.strip(), mupdf.stderr[:2000]
    ghostscript = _run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", pdf)
    report = (ghostscript.stdout + ghostscript.stderr).strip()
    assert ghostscript.returncode == 0 and not report, report[:2000]
    poppler = _run("pdftotext", pdf, "/dev/null")
    assert poppler.returncode == 0 and not poppler.stderr.strip(), poppler.stderr[:2000]


def _squash(text: str) -> str:
    """Whitespace normalisation: every space, line break and zero-width space removed."""
    return re.sub(r"[\s\u200b]+", "", text)


def _words(name: str, script: re.Pattern[str]) -> set[str]:
    proposal = projectfile.load(_source(name)).proposal
    words = set()
    for path, text in text_fields(proposal):
        if path.rsplit(".", 1)[-1] in ("email", "link", "phone"):
            continue  # addresses wrap at "@" and "/", where no space marks the break
        for word in text.split():
            word = word.strip(".,;:()“”\"'!?%")
            if script.search(word):
                words.add(word)
    return words


def _extracted(pdf: Path, tool: str) -> str:
    if tool == "pdftotext":
        result = _run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    else:
        result = _run("mutool", "draw", "-N", "-q", "-F", "txt", "-o", "-", str(pdf))
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("tool", ["pdftotext", "mutool"])
@pytest.mark.parametrize("variant", WHOLE_TEXT)
@pytest.mark.parametrize("name", INPUTS)
def test_extracted_text_equals_the_source_in_every_script(name: str, variant: str, tool: str, pdf_folder: str) -> None:
    text = _extracted(_pdf(name, variant, pdf_folder), tool)
    assert "\ufffd" not in text
    squashed = _squash(text)
    report = {}
    for script, pattern in SCRIPTS.items():
        words = _words(name, pattern)
        missing = sorted(word for word in words if _squash(word) not in squashed)
        if missing:
            report[script] = (len(missing), len(words), missing[:5])
    assert not report, report


def test_the_scripts_fixture_holds_every_script() -> None:
    for script, pattern in SCRIPTS.items():
        assert _words("scripts", pattern), f"scripts.json has no {script} text: the extraction test would prove nothing"


# --- a Japanese label in each renderer --------------------------------------------------------------------------

_CJK = re.compile("[\u3040-\u30FF\u4E00-\u9FFF]{3,}")


def _japanese_word_box(pdf: Path, page: int) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) in points of the first Japanese word poppler finds on ``page``."""
    html = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-").stdout
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
        if _CJK.search(match.group(5)):
            return tuple(float(match.group(i)) for i in range(1, 5))  # type: ignore[return-value]
    raise AssertionError(f"no Japanese word on page {page} of {pdf.name}")


def _render(pdf: Path, page: int, tool: str, folder: Path, dpi: int = 150) -> Path:
    out = folder / f"{pdf.stem}.{tool}.png"
    if tool == "mutool":
        _run("mutool", "draw", "-N", "-q", "-r", str(dpi), "-o", str(out), str(pdf), str(page))
    elif tool == "gs":
        _run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pnggray", f"-r{dpi}", "-dTextAlphaBits=4",
             "-dGraphicsAlphaBits=4", f"-dFirstPage={page}", f"-dLastPage={page}", f"-sOutputFile={out}", str(pdf))
    else:
        _run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-gray", "-png",
             str(pdf), str(out.with_suffix("")))
    assert out.is_file(), f"{tool} drew nothing"
    return out


@pytest.mark.parametrize("variant", ["deck-en+ja", "deck-en+ja-pdfa3b", "leave-behind-en+ja-pdfa3b"])
def test_a_japanese_label_is_drawn_by_every_renderer(variant: str, pdf_folder: str, tmp_path: Path) -> None:
    """The label's area has ink in each renderer, and each draws the same shapes as poppler (boxes or a
    blank would differ from the glyphs by far more than anti-aliasing does)."""
    from PIL import Image, ImageChops, ImageStat

    pdf = _pdf("lumara-transit", variant, pdf_folder)
    page = 2
    x0, y0, x1, y1 = _japanese_word_box(pdf, page)
    scale = 150 / 72
    crops = {}
    for tool in ("pdftoppm", "mutool", "gs"):
        with Image.open(_render(pdf, page, tool, tmp_path)) as image:
            box = tuple(round(v * scale) for v in (x0 - 1, y0 - 1, x1 + 1, y1 + 1))
            crops[tool] = image.convert("L").crop(box)
    for tool, crop in crops.items():
        dark = sum(crop.histogram()[:128]) / (crop.width * crop.height)
        # Measured on the first version's CFF font: MuPDF 0.0% ink (blank), Ghostscript 1.3% (boxes),
        # poppler 5.3%; with the TrueType font every renderer 4.5-5.3%.
        assert dark > 0.025, f"{tool}: the Japanese label is blank ({dark:.1%} ink)"
    for tool in ("mutool", "gs"):
        difference = ImageStat.Stat(ImageChops.difference(crops[tool], crops["pdftoppm"])).mean[0]
        # First version: MuPDF 13.4-13.9 (blank), Ghostscript 31.5-32.6 (boxes); TrueType font: 1.4-10.5
        # (the leave-behind's small label differs most by anti-aliasing).
        assert difference < 20, f"{tool} draws the Japanese label differently from poppler (mean difference {difference:.0f})"


def test_variants_cover_the_issue_list() -> None:
    names = json.dumps(list(VARIANTS))
    for needed in ("deck", "leave-behind", "en+ja", "pdfa3b", "pdfua1"):
        assert needed in names


_CITY_CONVENTION = re.compile(r"\d,\d{1,2}(?!\d)|\b\d{1,3}(?:\.\d{3}){2,}\b|\d\.\d{3},\d")


@pytest.mark.parametrize("variant", ["deck", "leave-behind"])
@pytest.mark.parametrize("name", resources.sample_names())
def test_no_english_export_shows_a_number_in_another_convention(name: str, variant: str, pdf_folder: str) -> None:
    """Lumara (Indonesian) and Song An (Vietnamese) wrote 41-42 lines of their leave-behinds with decimal
    commas and dot grouping in the first version ('11,5%', '860.000', 'USD 4.850,00')."""
    text = _extracted(_pdf(name, variant, pdf_folder), "pdftotext")
    found = [match.group(0) for match in _CITY_CONVENTION.finditer(text)]
    assert not found, found[:10]
