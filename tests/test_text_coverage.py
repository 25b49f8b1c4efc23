"""Text the bundled fonts cannot draw is reported by field and refused by the export; the export loads
no system font (issue 22 item 6)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_support import fonts
from wizard import projectfile, resources, textcheck
from wizard.cli import main
from wizard.export import ExportError, export_pdf
from wizard.export.fonts import font_faces, only_bundled_fonts
from wizard.model import Contact, KPI, Proposal

TOOLS = resources.fonts_dir() / "tools" / "coverage.py"


def test_coverage_list_matches_the_bundled_fonts() -> None:
    spec = importlib.util.spec_from_file_location("coverage_tool", TOOLS)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = json.loads((resources.fonts_dir() / "coverage.json").read_text(encoding="utf-8"))
    assert shipped == tool.coverage(), "run resources/fonts/tools/coverage.py > coverage.json again"


@pytest.mark.parametrize(
    ("text", "script"),
    [("한국어", "Korean (Hangul)"), ("नमस्ते", "Devanagari"), ("مرحبا", "Arabic"), ("שלום", "Hebrew"),
     ("გამარჯობა", "Georgian"), ("😀", "emoji"), ("🇯🇵", "emoji"), ("𠀋", "Chinese characters (outside the bundled Japanese set)")],
)
def test_uncovered_scripts_are_reported_by_field(text: str, script: str) -> None:
    proposal = Proposal()
    proposal.problem.kpis = [KPI(name="ok"), KPI(name=f"Traffic {text}")]
    found = textcheck.uncovered_text(proposal)
    assert [item.field for item in found] == ["problem.kpis[1].name"]
    assert found[0].scripts == (script,)
    assert set(found[0].characters) <= set(text)
    assert "problem.kpis[1].name" in textcheck.message(found)


@pytest.mark.parametrize("text", ["Tiếng Việt ₫", "日本語の提案", "ภาษาไทย", "ភាសាខ្មែរ", "ພາສາລາວ", "မြန်မာ",
                                  "Ελληνικά", "Кириллица", "≈ · → – — … € •", "soft\u00adhyphen\u200bzero width"])
def test_covered_text_is_not_reported(text: str) -> None:
    proposal = Proposal()
    proposal.vision.citizen_benefits = [text]
    assert textcheck.uncovered_text(proposal) == []


def test_settings_and_file_names_are_not_checked() -> None:
    proposal = Proposal()
    proposal.branding.logo = "로고.png"
    assert textcheck.uncovered_text(proposal) == []


def test_export_refuses_uncovered_text_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    project.proposal.team.contacts.append(Contact(name="Kim Min-jun 김민준 😀"))
    out = tmp_path / "deck.pdf"
    with pytest.raises(ExportError) as caught:
        export_pdf(project, out)
    message = str(caught.value)
    assert f"team.contacts[{len(project.proposal.team.contacts) - 1}].name" in message
    assert "Korean (Hangul)" in message and "emoji" in message and "nothing was written" in message
    assert not out.exists()
    saved = projectfile.save(project, tmp_path / "p.citypitch")
    assert main(["export", str(saved), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "김" in err and len(err.strip().splitlines()) == 1 and not out.exists()


@pytest.mark.slow
def test_export_embeds_only_bundled_fonts_even_with_a_system_fontconfig(tmp_path: Path) -> None:
    """Greek is drawn by the bundled Inter, not by a system DejaVu; no system font is ever embedded."""
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    project.proposal.vision.citizen_benefits.append("Ελληνικά και Кириллица")
    old = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = "/etc/fonts/fonts.conf"  # what a user's session may have set
    try:
        export_pdf(project, tmp_path / "deck.pdf")
    finally:
        if old is None:
            os.environ.pop("FONTCONFIG_FILE", None)
        else:
            os.environ["FONTCONFIG_FILE"] = old
    assert os.environ.get("FONTCONFIG_FILE") == old  # restored for the rest of the process
    embedded = fonts(PdfReader(tmp_path / "deck.pdf"))
    bundled = {face.family.replace(" ", "-") for face in font_faces()}
    assert embedded and all(embedded.values())
    for name in embedded:
        family = name.split("+", 1)[-1].split("-Bold")[0]
        assert family in bundled, f"{name} is not a bundled font"


def test_private_fontconfig_lists_only_the_bundled_folder() -> None:
    conf = (resources.fonts_dir() / "fonts.conf").read_text(encoding="utf-8")
    assert "<include" not in conf and conf.count("<dir") == 1 and 'prefix="relative">.</dir>' in conf
    with only_bundled_fonts():
        assert os.environ["FONTCONFIG_FILE"] == str(resources.fonts_dir() / "fonts.conf")


def _font_files(font_config: object) -> list[str]:
    from weasyprint.text.ffi import ffi, fontconfig

    fonts_set = fontconfig.FcConfigGetFonts(font_config._config, fontconfig.FcSetSystem)  # type: ignore[attr-defined]
    value = ffi.new("FcChar8 **")
    out = []
    for index in range(fonts_set.nfont if fonts_set != ffi.NULL else 0):
        if fontconfig.FcPatternGetString(fonts_set.fonts[index], b"file", 0, value) == fontconfig.FcResultMatch:
            out.append(ffi.string(value[0]).decode())
    return out


def test_weasyprint_sees_only_the_bundled_font_files() -> None:
    """The font configuration the export builds lists the twelve bundled files and no system font."""
    from weasyprint.text.fonts import FontConfiguration

    with only_bundled_fonts():
        files = _font_files(FontConfiguration())
    assert sorted(Path(f).resolve() for f in files) == sorted(face.path for face in font_faces())
