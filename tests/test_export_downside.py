"""The economics slide's sentences on the downside (issue 21, deck correctness): an investment committee reads
every one of them, never a cut or dropped one, and the slide never spills onto a page of its own.

With Japanese labels and many of the team's own scenarios, the sentences alone were taller than the slide's right
column: the basis of the figures ran onto an untitled page, and every fill of the export's second and third
layout passes (wizard.export.FILLS) spilled again. The plan now keeps on the slide the sentences that fit, in
order, and sends the others whole to the appendix's assumptions and sensitivities ("+N more in A11")."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.export import ExportOptions, _layout, export_pdf, render_html
from wizard.model import ScenarioCase
from wizard.projectfile import Project

pytestmark = pytest.mark.slow


def _stressed(cases: int) -> Project:
    """Lumara with ``cases`` more scenarios of its own, each turning the NPV negative and the DSCR below the
    lenders' minimum (two long sentences each), with long names."""
    project = projectfile.load(resources.sample_path("lumara-transit"))
    finance = project.proposal.finance
    for i in range(cases):
        finance.scenarios.append(ScenarioCase(
            name=f"Combined stress {i + 1}: ridership below forecast and the rupiah weaker",
            revenue_change_pct=Decimal(-20 - i), capex_change_pct=Decimal(15), fx_depreciation_pct=Decimal(4)))
    return project


def _sentences(context: dict[str, object]) -> list[dict[str, str]]:
    (slide,) = [s for s in context["slides"] if s["id"] == "economics"]  # type: ignore[index, union-attr]
    return slide["downside"]  # type: ignore[no-any-return]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("labels", ["en", "en+ja"])
def test_downside_sentences_that_do_not_fit_go_whole_to_the_appendix_and_the_slide_fits(labels: str) -> None:
    from wizard.analysis import analyse
    from wizard.export.economics import Economics
    from wizard.export.labels import Labels
    from wizard.export.numbers import Numbers

    project = _stressed(4)
    proposal = project.proposal
    every = [p.as_dict(Labels(labels)) for p in Economics(proposal, analyse(proposal).finance, Numbers(proposal.finance)).downside()]
    options = ExportOptions(draft_mark=False, labels=labels)
    html, context, images = render_html(project, options, only_slide="economics")
    (slide,) = context["slides"]
    shown = slide["downside"]
    assert 1 <= len(shown) < len(every)  # some stay, the rest moved
    assert shown == every[:len(shown)]  # in their order, the heaviest first
    moved = len(every) - len(shown)
    assert slide["more"]["downside"]["count"] == moved
    assert slide["more"]["downside"]["text"]["en"] == f"+{moved} more in A11"
    assert slide["metrics"] == []  # no headline figure took a downside sentence's room
    document = _layout(html, context, images, options)
    assert len(document.pages) == 1  # nothing ran onto a page of its own
    _whole, whole_context, _ = render_html(project, options)
    a11 = [s for s in whole_context["slides"] if s.get("code") == "A11"]  # it may take more than one slide
    bullets = [b for s in a11 for column in s.get("cols", []) for block in column for b in block["bullets"]]
    assert [str(b) for b in bullets] == [d["en"] + (" " + d["ja"] if d["ja"] else "") for d in every[len(shown):]]


def test_every_downside_sentence_is_in_the_japanese_labelled_deck_once_and_it_is_laid_out_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wizard.export as export

    project = _stressed(4)
    options = ExportOptions(draft_mark=False, labels="en+ja")
    _html, context, _ = render_html(project, options)
    layouts: list[int] = []
    real_layout = export._layout

    def counting(html: str, ctx: dict[str, object], images: object, opts: ExportOptions) -> object:
        document = real_layout(html, ctx, images, opts)  # type: ignore[arg-type]
        layouts.append(len(document.pages) - len(ctx["slides"]))  # type: ignore[arg-type]
        return document

    monkeypatch.setattr(export, "_layout", counting)
    out = export_pdf(project, tmp_path / "deck.pdf", options)
    assert layouts == [0]  # one layout pass, no page without its slide
    text = _flat(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    from wizard.analysis import analyse
    from wizard.export.economics import Economics
    from wizard.export.labels import Labels
    from wizard.export.numbers import Numbers

    proposal = project.proposal
    every = [p.as_dict(Labels("en+ja")) for p in Economics(proposal, analyse(proposal).finance, Numbers(proposal.finance)).downside()]
    assert len(every) >= 8
    for sentence in every:
        assert text.count(_flat(sentence["en"])) == 1, sentence["en"]
        assert text.count(_flat(sentence["ja"])) == 1, sentence["ja"]
    moved = len(every) - len(_sentences(context))
    assert text.count(_flat(f"+{moved} more in A11")) == 1
    if shutil.which("mutool"):
        drawn = subprocess.run(["mutool", "draw", "-o", str(tmp_path / "p%d.png"), "-r", "20", str(out)],
                               capture_output=True, text=True, timeout=300)
        assert drawn.returncode == 0 and "error" not in drawn.stderr.lower(), drawn.stderr
