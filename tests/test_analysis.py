"""One analysis per revision: the step states, the one meaning of "empty", and the calls counted.

The counting tests wrap the real ``wizard.finance.compute`` and ``wizard.readiness.assess`` wherever a
``wizard`` module holds them, and count what one edit in the wizard and one export really call.
"""

from __future__ import annotations

import sys
import time
import typing
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wizard import fields, finance, readiness, steps
from wizard.analysis import analyse
from wizard.model import new_proposal
from wizard.projectfile import Project

SAMPLE = "lumara-transit"


# --- counting real calls ------------------------------------------------------------------------------


class Calls:
    def __init__(self) -> None:
        self.compute = 0
        self.assess = 0

    def reset(self) -> None:
        self.compute = self.assess = 0

    def __repr__(self) -> str:
        return f"finance.compute x{self.compute}, readiness.assess x{self.assess}"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Calls]:
    counted = Calls()
    real_compute, real_assess = finance.compute, readiness.assess

    def compute(*args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        counted.compute += 1
        return real_compute(*args, **kwargs)

    def assess(*args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        counted.assess += 1
        return real_assess(*args, **kwargs)

    wrappers: dict[int, Callable[..., typing.Any]] = {id(real_compute): compute, id(real_assess): assess}
    patched = 0
    # Every binding of the real functions in CityPitch's modules (``from wizard.finance import compute``
    # included), so no call can go round the count.
    for name, module in list(sys.modules.items()):
        if name != "wizard" and not name.startswith("wizard."):
            continue
        for attribute in ("compute", "assess"):
            value = getattr(module, attribute, None)
            if value is not None and id(value) in wrappers:
                monkeypatch.setattr(module, attribute, wrappers[id(value)])
                patched += 1
    assert patched >= 2
    yield counted


# --- the analysis itself ----------------------------------------------------------------------------


def test_one_registry_of_steps() -> None:
    # Readiness' step states use the wizard's steps and ids, and know every step that has fields.
    assert set(readiness.STEPS) == {s.id for s in steps.STEPS if s.has_fields}
    analysis = analyse(new_proposal())
    assert set(analysis.steps) == set(readiness.STEPS)
    assert all(state.state == "empty" for state in analysis.steps.values())
    # Every finding sits on the step whose page edits its field, or on Review when no page does.
    for item in analyse(Project().proposal).items:
        assert item.step in steps.BY_ID


def test_one_meaning_of_empty(sample_project: Callable[[str], Project]) -> None:
    proposal = new_proposal()  # the app fills in the date and other defaults: nothing is started
    assert readiness.assess(proposal).filled_sections == frozenset()
    assert analyse(proposal).state("start") == "empty"
    proposal.city.name = "   "  # spaces are not a name
    assert fields.is_blank(proposal.city.name)
    assert analyse(proposal).state("city_team") == "empty"
    assert "city" not in readiness.assess(proposal).filled_sections
    proposal.city.name = "Lumara"
    assert analyse(proposal).state("city_team") == "in_progress"
    assert "city" in readiness.assess(proposal).filled_sections
    # A table with an added row left blank is still blank.
    from wizard.model import Risk

    proposal.risks.append(Risk())
    assert fields.is_blank(proposal.risks, "risks")
    assert analyse(proposal).state("risks") == "empty"
    assert not fields.is_blank(0) and not fields.is_blank(["x"])


def test_refused_values_are_added_without_computing_again(calls: Calls) -> None:
    analysis = analyse(new_proposal())
    calls.reset()
    with_error = analysis.with_field_errors({"vision.horizon_year": "the year must be 2000 or later"})
    assert (calls.compute, calls.assess) == (0, 0)
    assert with_error.state("vision") == "has_problems"
    assert any(i.path == "vision.horizon_year" and "(not saved)" in i.message for i in with_error.items)
    assert with_error.with_field_errors({}).steps == analysis.steps


def test_a_refused_value_is_not_also_missing_or_judged(sample_project: Callable[[str], Project]) -> None:
    """Issue 16 item 3: a field holding a refused value says "not yet valid", and nothing else."""
    proposal = sample_project(SAMPLE).proposal
    proposal.city.population = None
    analysis = analyse(proposal)
    before = [i for i in analysis.items if i.path == "city.population"]
    assert {i.severity for i in before} == {"warning"}  # evidence.no_population ("not given")
    after = analysis.with_field_errors({"city.population": "must be a whole number, written like 350,000"})
    lines = [i for i in after.items if i.path == "city.population"]
    assert len(lines) == 1 and lines[0].severity == "blocker"
    assert lines[0].message.startswith("Population: not yet valid: must be a whole number")
    assert "not given" not in lines[0].message and "not filled in" not in lines[0].message
    # The other lines stay; going back to the value the model holds brings the finding back.
    assert len(after.items) == len(analysis.items)
    assert after.with_field_errors({}).items == analysis.items


def test_readiness_step_states_count_the_export_step() -> None:
    """Branding is a section the Export step edits: a logo starts that step in readiness's states too."""
    proposal = new_proposal()
    assert readiness.assess(proposal).step_states()["export"].state == "empty"
    proposal.branding.logo = "logo.png"
    assert "branding" in readiness.assess(proposal).filled_sections
    assert readiness.assess(proposal).step_states()["export"].state != "empty"


def test_equivalents_are_the_finance_modules(sample_project: Callable[[str], Project]) -> None:
    analysis = analyse(sample_project(SAMPLE).proposal)
    assert analysis.equivalents is analysis.finance.equivalents
    assert analysis.equivalents["total_capex"].usd is not None


def test_check_analyses_once(calls: Calls, capsys: pytest.CaptureFixture[str]) -> None:
    from wizard import resources
    from wizard.cli import main

    for args in (["check", str(resources.sample_path(SAMPLE))], ["check", "--json", str(resources.sample_path(SAMPLE))]):
        calls.reset()
        main(args)
        assert (calls.compute, calls.assess) == (1, 1), (args, calls)
    capsys.readouterr()


# --- one edit in the wizard -----------------------------------------------------------------------------


def _settle(qtbot: QtBot, seconds: float) -> None:
    end = time.monotonic() + seconds
    qtbot.waitUntil(lambda: time.monotonic() >= end, timeout=int(seconds * 1000) + 2000)


@pytest.mark.gui
@pytest.mark.parametrize("step", ["finance", "export", "review", "vision"])
def test_one_edit_runs_one_analysis(step: str, calls: Calls, qtbot: QtBot, isolated_settings: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui_support import quiet_window

    window = quiet_window(qtbot, monkeypatch)
    if step == "export":
        # The slide preview renders in a child process; it is not part of this count.
        from wizard.gui.export.preview import PreviewRenderer

        monkeypatch.setattr(PreviewRenderer, "set_active", lambda self, active: None)
    assert window.open_sample(SAMPLE)
    window.go_to_step(step)
    _settle(qtbot, 0.6)  # what opening the sample and the step started has run
    runs = window.analysis.runs
    calls.reset()
    window.doc.set_field("finance.discount_rate_pct", "7.5", "Discount rate")
    qtbot.waitUntil(lambda: window.analysis.runs == runs + 1, timeout=5000)
    _settle(qtbot, 0.8)  # well past the analysis debounce (300 ms): nothing more may run
    assert (calls.compute, calls.assess) == (1, 1), calls
    # ... and what was shown comes from that one analysis.
    analysis = window.last_analysis
    assert analysis is not None and analysis.finance.discount_rate_pct == 7.5
    if step == "finance":
        from PySide6.QtWidgets import QLabel

        figures = typing.cast(typing.Any, window.pages["finance"]).figures
        shown = figures.findChild(QLabel, "figure_npv").text()
        assert shown == next(text for key, _title, text in figures.figures(analysis) if key == "npv")


# --- one export -----------------------------------------------------------------------------------------


def test_one_html_render_analyses_once(calls: Calls, sample_project: Callable[[str], Project]) -> None:
    from wizard.export import ExportOptions, render_html

    project = sample_project(SAMPLE)
    for options in (ExportOptions(), ExportOptions(format="leave-behind"), ExportOptions(draft_mark=False)):
        calls.reset()
        render_html(project, options)
        assert (calls.compute, calls.assess) == (1, 1), (options, calls)
    given = analyse(project.proposal)
    calls.reset()
    render_html(project, ExportOptions(format="leave-behind"), analysis=given)
    assert (calls.compute, calls.assess) == (0, 0)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["deck", "leave-behind"])
def test_one_export_analyses_once(fmt: str, calls: Calls, tmp_path: Path, sample_project: Callable[[str], Project]) -> None:
    from wizard.export import ExportOptions, export_pdf

    project = sample_project(SAMPLE)
    calls.reset()
    export_pdf(project, tmp_path / "out.pdf", ExportOptions(format=fmt))
    assert (calls.compute, calls.assess) == (1, 1), calls


# --- a slow analysis runs in the background ----------------------------------------------------------------


@pytest.mark.gui
def test_a_slow_analysis_runs_in_the_background_and_stale_results_are_dropped(
        calls: Calls, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from wizard.gui import analysismodel
    from wizard.gui.analysismodel import AnalysisModel
    from wizard.gui.document import ProposalDocument

    gate = threading.Event()
    threads: list[str] = []
    real = analysismodel.analyse

    def slow(proposal: typing.Any, errors: typing.Any = None, **options: typing.Any) -> typing.Any:
        threads.append(threading.current_thread().name)
        if threading.current_thread() is not threading.main_thread():
            assert gate.wait(10)
        return real(proposal, errors, **options)

    monkeypatch.setattr(analysismodel, "analyse", slow)
    doc = ProposalDocument()
    model = AnalysisModel(doc)
    shown: list[typing.Any] = []
    model.analysis_changed.connect(shown.append)
    model.current()  # the first analysis, here
    monkeypatch.setattr(analysismodel, "FRAME_MS", -1.0)  # as if every analysis were slow
    calls.reset()
    doc.set_field("meta.project_name", "First")
    model.refresh()  # starts in the background and returns at once
    assert model.is_stale()
    doc.set_field("meta.project_name", "Second")  # a newer revision while the first is analysed
    model.refresh()  # one run at a time: nothing more starts now
    gate.set()
    qtbot.waitUntil(lambda: not model.is_stale(), timeout=10_000)
    # The first revision's result was dropped; the newest was analysed and shown.
    assert len(shown) == 2 and model.latest is shown[-1]
    assert model.background_runs == 1
    assert threading.main_thread().name not in threads[1:]  # both runs were off the GUI thread
    assert doc.proposal.meta.project_name == "Second"
    assert calls.compute == calls.assess == 2  # one per revision, the dropped one included
