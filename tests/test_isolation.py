"""Export isolation: a render in a child process is timed out, capped, cancelled and survived.

The ``*_target`` functions below run inside the child (``run_isolated(target="tests.test_isolation:...")``,
the runner's documented hook); they stand in for a render that hangs, eats memory or crashes.
"""

from __future__ import annotations

import dataclasses
import io
import os
import signal
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wizard import projectfile, resources
from wizard.errors import CityPitchError
from wizard.export.isolation import (
    ExportCrashed,
    ExportFailed,
    ExportOutOfMemory,
    ExportStopped,
    ExportTimedOut,
    IsolatedExport,
    IsolationError,
    run_isolated,
)

HERE = "tests.test_isolation"
Progress = Callable[[str, float], None]


# --- targets run in the child -------------------------------------------------------------------


def hanging_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    progress("Laying out the slides", 0.1)
    out.write_bytes(b"%PDF-1.7 half a deck")  # a partial file in the child's own folder
    while True:
        time.sleep(1)


def greedy_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    hoard = []
    progress("Decoding a huge image", 0.2)
    while True:
        hoard.append(bytearray(32 * 1024 * 1024))


def abort_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    out.write_bytes(b"%PDF-1.7 torn")
    os.abort()


def exit_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    os._exit(7)


def sigkill_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable")


def bug_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    raise ValueError("a slide layout bug")


def refusing_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    raise CityPitchError("the logo 'logo.png' is not in the project")


def echo_target(data: bytes, out: Path, options: dict[str, Any], progress: Progress, cancelled: Callable[[], bool]) -> Path:
    print("stray output from a library must not confuse the runner")
    progress("Echoing", 0.5)
    out.write_bytes(b"%PDF-echo " + data + repr(sorted(options.items())).encode())
    return out


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The runner's temporary folders go here, so the test can see that none is left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "deck.pdf").write_bytes(b"%PDF an earlier export")
    return folder


def assert_nothing_changed(out_dir: Path, private_tmp: Path) -> None:
    assert sorted(p.name for p in out_dir.iterdir()) == ["deck.pdf"]
    assert (out_dir / "deck.pdf").read_bytes() == b"%PDF an earlier export"
    assert list(private_tmp.iterdir()) == []


def assert_gone(pid: int | None) -> None:
    assert pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # reaped, not a zombie: the runner waited for it


# --- tests ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_sample_exports_through_the_runner(out_dir: Path, private_tmp: Path) -> None:
    from pypdf import PdfReader

    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    stages: list[tuple[str, float]] = []
    written = run_isolated(projectfile.to_bytes(project), out_dir / "deck.pdf", {"draft_mark": True},
                           progress=lambda stage, fraction: stages.append((stage, fraction)))
    assert written == out_dir / "deck.pdf"
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    assert len(reader.pages) >= 5
    text = "".join(page.extract_text() for page in reader.pages)
    assert project.proposal.meta.project_name.split()[0] in text
    assert stages and stages[-1] == ("Done", 1.0)
    fractions = [f for _s, f in stages]
    assert fractions == sorted(fractions)
    assert sorted(p.name for p in out_dir.iterdir()) == ["deck.pdf"]
    assert list(private_tmp.iterdir()) == []


def test_bad_export_options_are_refused_in_words(out_dir: Path, private_tmp: Path) -> None:
    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    with pytest.raises(ExportFailed, match="unknown export option"):
        run_isolated(projectfile.to_bytes(project), out_dir / "deck.pdf", {"colour_scheme": "neon"})
    assert_nothing_changed(out_dir, private_tmp)


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_the_target_hook_passes_bytes_and_options_and_stray_prints_are_harmless(out_dir: Path, private_tmp: Path) -> None:
    stages: list[str] = []
    written = run_isolated(b"project-bytes", out_dir / "deck.pdf", {"labels": "en"}, target=f"{HERE}:echo_target",
                           progress=lambda stage, _f: stages.append(stage))
    assert written.read_bytes() == b"%PDF-echo project-bytes[('labels', 'en')]"
    assert stages == ["Echoing"]


def test_a_render_that_takes_too_long_is_stopped(out_dir: Path, private_tmp: Path) -> None:
    job = IsolatedExport(b"", out_dir / "deck.pdf", target=f"{HERE}:hanging_target", timeout_s=1.5)
    with pytest.raises(ExportTimedOut, match="took longer than 1.5 seconds") as info:
        job.run()
    assert "no file was written" in str(info.value)
    assert_gone(job.pid)
    assert_nothing_changed(out_dir, private_tmp)


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_a_render_that_takes_too_much_memory_is_stopped(out_dir: Path, private_tmp: Path) -> None:
    job = IsolatedExport(b"", out_dir / "deck.pdf", target=f"{HERE}:greedy_target",
                         memory_limit=512 * 1024 * 1024, timeout_s=120)
    with pytest.raises(ExportOutOfMemory, match="more than 512 MB of memory") as info:
        job.run()
    assert isinstance(info.value, IsolationError) and isinstance(info.value, CityPitchError)
    assert_gone(job.pid)
    assert_nothing_changed(out_dir, private_tmp)


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_cancel_stops_the_render(out_dir: Path, private_tmp: Path) -> None:
    job: IsolatedExport

    def on_progress(stage: str, fraction: float) -> None:
        job.cancel()  # as a Cancel button would, once the render is under way

    job = IsolatedExport(b"", out_dir / "deck.pdf", target=f"{HERE}:hanging_target", timeout_s=120,
                         progress=on_progress)
    with pytest.raises(ExportStopped, match="cancelled"):
        job.run()
    assert job.cancelled
    assert_gone(job.pid)
    assert_nothing_changed(out_dir, private_tmp)


def test_cancel_before_start_runs_nothing(out_dir: Path, private_tmp: Path) -> None:
    job = IsolatedExport(b"", out_dir / "deck.pdf", target=f"{HERE}:echo_target")
    job.cancel()
    with pytest.raises(ExportStopped):
        job.run()
    assert job.pid is None
    assert_nothing_changed(out_dir, private_tmp)


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
@pytest.mark.parametrize(("target", "error", "words"), [
    ("abort_target", ExportCrashed, "crashed (SIGABRT)"),
    ("exit_target", ExportCrashed, "exit status 7"),
    ("sigkill_target", ExportOutOfMemory, "killed by the system"),
    ("bug_target", ExportCrashed, "internal error (ValueError: a slide layout bug)"),
    ("refusing_target", ExportFailed, "the logo 'logo.png' is not in the project"),
])
def test_a_render_that_dies_or_fails_is_reported_and_the_parent_carries_on(
        target: str, error: type[IsolationError], words: str, out_dir: Path, private_tmp: Path) -> None:
    job = IsolatedExport(b"", out_dir / "deck.pdf", target=f"{HERE}:{target}", timeout_s=120)
    with pytest.raises(error) as info:
        job.run()
    assert words in str(info.value)
    assert type(info.value) is error
    assert_gone(job.pid)
    assert_nothing_changed(out_dir, private_tmp)
    # The parent is fine and can run the next export straight away.
    assert run_isolated(b"again", out_dir / "next.pdf", target=f"{HERE}:echo_target").read_bytes().startswith(b"%PDF-echo again")


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_a_finished_render_that_cannot_be_put_in_place_is_reported(tmp_path: Path, private_tmp: Path) -> None:
    gone = tmp_path / "unplugged" / "deck.pdf"
    with pytest.raises(ExportFailed, match="the folder does not exist"):
        run_isolated(b"bytes", gone, target=f"{HERE}:echo_target")
    assert not gone.parent.exists()
    assert list(private_tmp.iterdir()) == []


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_export_isolated_sends_the_project_and_options_as_plain_data(out_dir: Path, private_tmp: Path) -> None:
    from wizard.export import ExportOptions
    from wizard.export.isolation import export_isolated

    project = projectfile.load(resources.sample_path("prey-meas-lighting"))
    written = export_isolated(project, out_dir / "deck.pdf", ExportOptions(draft_mark=False), target=f"{HERE}:echo_target")
    data = written.read_bytes()
    assert data.startswith(b"%PDF-echo " + projectfile.to_bytes(project))
    expected = sorted(dataclasses.asdict(ExportOptions(draft_mark=False)).items())
    assert ("draft_mark", False) in expected
    assert data.endswith(repr(expected).encode())
