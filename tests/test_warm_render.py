"""The warm render process (wizard.export.warm) and the single-slide render (wizard.export.single).

The ``*_target`` functions run in the warm child in place of the deck export (the documented target
hook), to stand for a render that is cheap, one that honours a cancel, and one that ignores it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = "tests.test_warm_render"


# --- targets run in the child -------------------------------------------------------------------


def quick_target(data: bytes, out: Path, options: dict[str, Any], progress: Callable[[str, float], None],
                 cancelled: Callable[[], bool]) -> tuple[Path, dict[str, Any]]:
    progress("Writing", 0.5)
    out.write_bytes(b"%PDF-1.4 " + data[:16])
    if options.get("grow"):
        # Memory this process keeps: the recycle on growth must see it.
        globals().setdefault("_KEPT", []).append(bytearray(int(options["grow"])))
    return out, {"pid": os.getpid()}


def patient_target(data: bytes, out: Path, options: dict[str, Any], progress: Callable[[str, float], None],
                   cancelled: Callable[[], bool]) -> Path:
    from wizard.export import ExportCancelled

    progress("Laying out the slides", 0.2)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if cancelled():
            raise ExportCancelled()
        time.sleep(0.02)
    raise AssertionError("never cancelled")


def deaf_target(data: bytes, out: Path, options: dict[str, Any], progress: Callable[[str, float], None],
                cancelled: Callable[[], bool]) -> Path:
    progress("Laying out the slides", 0.2)
    while True:
        time.sleep(1)


# --- helpers -------------------------------------------------------------------------------------


def pdf_text(pdf: bytes, tmp: Path, first: int | None = None) -> str:
    """What poppler's pdftotext reads from ``pdf`` (page ``first`` only if given)."""
    path = tmp / f"t-{time.monotonic_ns()}.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(first), "-l", str(first)] if first else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], check=True, capture_output=True,
                          text=True, timeout=120).stdout


def pdf_pages(pdf: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def gone(pid: int, within_s: float = 15.0) -> bool:
    """True once no process ``pid`` exists (or it is a zombie of someone else's), polling up to ``within_s``."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                state = handle.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            return True
        if state == b"Z":
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def sample_bytes() -> bytes:
    from wizard import projectfile, resources

    return projectfile.to_bytes(projectfile.load(resources.sample_path("lumara-transit")))


# --- the warm process ------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_warm_process_renders_the_same_deck_as_a_cold_one(sample_bytes: bytes, tmp_path: Path) -> None:
    from wizard.export.isolation import run_isolated
    from wizard.export.warm import WarmRenderer

    cold = run_isolated(sample_bytes, tmp_path / "cold.pdf").read_bytes()
    warm = WarmRenderer("test")
    try:
        first, _ = warm.render(sample_bytes, None)
        pid = warm.pid
        second, _ = warm.render(sample_bytes, tmp_path / "warm.pdf")
        assert warm.pid == pid and warm.starts == 1 and warm.renders == 2  # served warm, not restarted
    finally:
        warm.close()
    assert isinstance(first, bytes) and second == tmp_path / "warm.pdf"
    expected = pdf_text(cold, tmp_path)
    assert pdf_pages(first) == pdf_pages(cold) == pdf_pages(second.read_bytes()) == 40
    assert pdf_text(first, tmp_path) == expected
    assert pdf_text(second.read_bytes(), tmp_path) == expected
    assert warm.pid is None


def test_the_warm_process_is_recycled_after_n_renders(tmp_path: Path) -> None:
    from wizard.export.warm import WarmRenderer

    warm = WarmRenderer("test", max_renders=2)
    try:
        pids = [warm.render(b"project", None, target=f"{HERE}:quick_target")[1]["pid"] for _ in range(5)]
    finally:
        warm.close()
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]
    assert warm.starts == 3
    assert all(gone(pid) for pid in set(pids))  # every retired process ended


def test_the_warm_process_is_recycled_when_its_memory_grows(tmp_path: Path) -> None:
    from wizard.export.warm import WarmRenderer

    warm = WarmRenderer("test", max_rss=400 * 1024 * 1024)
    try:
        small = [warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"] for _ in range(2)]
        assert small[0] == small[1]  # under the limit: kept
        grown = warm.render(b"p", None, {"grow": 450 * 1024 * 1024}, target=f"{HERE}:quick_target")[1]["pid"]
        after = warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"]
    finally:
        warm.close()
    assert grown == small[0] and after != grown
    assert gone(grown)


def test_a_cancel_stops_the_render_and_keeps_the_process_warm(tmp_path: Path) -> None:
    from wizard.export.isolation import ExportStopped
    from wizard.export.warm import WarmJob, WarmRenderer

    warm = WarmRenderer("test")
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"%PDF-1.7 the deck sent last week")
    try:
        pid = warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"]
        job = WarmJob()
        with pytest.raises(ExportStopped, match="cancelled"):
            warm.render(b"p", out, target=f"{HERE}:patient_target", job=job,
                        progress=lambda _stage, _fraction: threading.Thread(target=job.cancel).start())
        assert out.read_bytes() == b"%PDF-1.7 the deck sent last week"  # nothing half-written
        assert warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"] == pid
    finally:
        warm.close()


@pytest.mark.slow
def test_a_render_that_ignores_the_cancel_is_killed(tmp_path: Path) -> None:
    from wizard.export.isolation import ExportStopped
    from wizard.export.warm import WarmJob, WarmRenderer

    warm = WarmRenderer("test")
    try:
        pid = warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"]
        job = WarmJob()
        with pytest.raises(ExportStopped):
            warm.render(b"p", None, target=f"{HERE}:deaf_target", job=job,
                        progress=lambda _stage, _fraction: job.cancel())
        assert gone(pid)
        assert warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"] != pid
    finally:
        warm.close()


def test_errors_reach_the_caller_in_words_and_the_process_stays(tmp_path: Path) -> None:
    from wizard.export.isolation import ExportFailed
    from wizard.export.warm import WarmRenderer

    warm = WarmRenderer("test")
    try:
        pid = warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"]
        with pytest.raises(ExportFailed, match="no slide was named"):
            warm.render(b"p", None, target="wizard.export.worker:export_slide")
        assert warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"] == pid
    finally:
        warm.close()


def test_the_warm_process_ends_with_close_and_with_its_owner(tmp_path: Path) -> None:
    from wizard.export.warm import WarmRenderer

    warm = WarmRenderer("test")
    pid = warm.render(b"p", None, target=f"{HERE}:quick_target")[1]["pid"]
    warm.close()
    assert gone(pid, within_s=1.0)
    # An owner that dies without closing it (killed, crashed): the child notices and exits by itself.
    script = textwrap.dedent(f"""
        import os, sys
        from wizard.export.warm import WarmRenderer
        warm = WarmRenderer("orphan")
        print(warm.render(b"p", None, target="{HERE}:quick_target")[1]["pid"], flush=True)
        os._exit(0)
    """)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parent.parent),
                                                       os.environ.get("PYTHONPATH", "")]))
    owner = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert owner.returncode == 0, owner.stderr
    assert gone(int(owner.stdout.strip()))


# --- one slide on its own -------------------------------------------------------------------------


@pytest.mark.slow
def test_a_slide_alone_is_the_deck_s_page_with_its_number(sample_bytes: bytes, tmp_path: Path) -> None:
    from wizard.export.isolation import run_isolated
    from wizard.export.warm import WarmRenderer

    deck = run_isolated(sample_bytes, tmp_path / "deck.pdf").read_bytes()
    warm = WarmRenderer("test")
    try:
        for wanted, number in (("problem.statement", 3), ("economics", 7), ("kpis-1", 22)):
            pdf, info = warm.render(sample_bytes, None, {"only": wanted}, target="wizard.export.worker:export_slide")
            assert info["number"] == number and info["total"] == 40 and info["pages"] == 1
            assert pdf_pages(pdf) == 1
            alone = pdf_text(pdf, tmp_path)
            assert alone == pdf_text(deck, tmp_path, first=number)
            assert f"{number} / 40" in alone  # numbered as in the whole deck
    finally:
        warm.close()


def test_the_slide_of_a_field() -> None:
    from wizard import projectfile, resources
    from wizard.export import ExportOptions, render_html
    from wizard.export.single import slide_for

    project = projectfile.load(resources.sample_path("lumara-transit"))
    _html, context, _images = render_html(project, ExportOptions())

    def found(wanted: str) -> str | None:
        slide = slide_for(context, wanted)
        return None if slide is None else str(slide["id"])

    assert found("problem.statement") == "problem"  # the field's own place (its budget)
    assert found("japan.exit_strategy") == "summary"  # printed on the summary, not on the Japan slide
    assert found("kpis-1") == "kpis-1"  # a slide id
    assert found("slide_titles.risks") == "risks"  # the team's title of that slide
    assert found("meta.project_name") == "cover"
    assert found("risks[0].mitigation") == "risks"
    assert found("no_such_part.field") is None


def test_labels_are_never_compiled_into_the_kept_template() -> None:
    # One environment per folder is kept between renders; the labels of one render must never leak into
    # the next (a compiled English deck served for English with Japanese: the withdrawn cache's fault).
    from wizard import projectfile, resources
    from wizard.export import ExportOptions, render_html

    project = projectfile.load(resources.sample_path("lumara-transit"))
    english, _, _ = render_html(project, ExportOptions(labels="en"))
    both, context, _ = render_html(project, ExportOptions(labels="en+ja"))
    again, _, _ = render_html(project, ExportOptions(labels="en"))
    assert 'lang="ja"' in both and 'lang="ja"' not in english
    assert again == english
    assert context["labels"].missing == set()


def test_templates_kept_between_processes_read_as_when_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The bytecode cache: a second process (here: a fresh environment) loads what the first compiled;
    # the HTML and the labels' missing set are those of a compile from source, for both label sets.
    from wizard import projectfile, resources
    from wizard.export import ExportOptions, env, render_html

    project = projectfile.load(resources.sample_path("lumara-transit"))
    monkeypatch.setattr(env, "_ENVIRONMENTS", {})
    monkeypatch.setattr(env, "_bytecode_cache", lambda: None)
    source = {labels: render_html(project, ExportOptions(labels=labels))[:2] for labels in ("en", "en+ja")}
    monkeypatch.undo()
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    for _process in range(2):  # the first compiles and stores, the second loads
        monkeypatch.setattr(env, "_ENVIRONMENTS", {})
        for labels in ("en+ja", "en"):
            html, context = render_html(project, ExportOptions(labels=labels))[:2]
            assert html == source[labels][0]
            assert context["labels"].missing == source[labels][1]["labels"].missing
    # Filed under the environment's settings, so that a template compiled under others is never loaded.
    assert [p.name for p in (tmp_path / "data" / "cache" / "templates").iterdir()] == [env.COMPILED_WITH]
    stored = list((tmp_path / "data" / "cache" / "templates" / env.COMPILED_WITH).iterdir())
    assert stored and all(p.suffix == ".cache" for p in stored)
    for folder in (tmp_path / "data" / "cache" / "templates", tmp_path / "data" / "cache" / "templates" / env.COMPILED_WITH):
        assert folder.stat().st_mode & 0o077 == 0


def test_a_fresh_render_process_hands_back_the_target_s_info_too(tmp_path: Path) -> None:
    from wizard.export.isolation import IsolatedExport

    job = IsolatedExport(b"project", tmp_path / "out.pdf", target=f"{HERE}:quick_target")
    assert job.run() == tmp_path / "out.pdf"
    assert job.info == {"pid": job.pid}
