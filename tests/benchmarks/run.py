"""CityPitch benchmarks: what users feel, as ratios against baselines measured in the same run.

``make bench`` runs ``python tests/benchmarks/run.py``; ``--quick`` runs every benchmark once with
smaller inputs and checks no target (``make test`` does this so the benchmarks never rot).  Results are
printed as tables (median and spread) and written to ``bench-results/results.json``.

1. cold start: process start to the wizard shown with a sample loaded, against a bare QWizard;
   plus the modules imported before the window shows (``python -X importtime``);
2. export: ``export_pdf`` of each sample against a bare WeasyPrint render of the same final HTML and
   stylesheets, in the same process; where the time goes;
3. scaling: export time and peak memory for generated decks of about 10, 20, 40 and 80 slides;
4. responsiveness: the longest gap in the GUI event loop while typing, refreshing readiness,
   autosaving and exporting;
5. readiness: time to assess each sample; finance: one computation of each sample's financial case
   (debt, DSCR, equity returns, break-evens; the tornado, scenarios and currency case are worked out
   when first read); the finance page: one refresh of its finance pack at 1024x768, and the analysis
   with the finance detail it shows;
6. peak memory during the export of a stress proposal (80 slides, 20 photos);
7. map: first use of the bundled map data in a fresh process (gazetteer, outlines), one gazetteer
   search as typed in the City field, and one location map per ASEAN state.
9. ``citypitch check`` of a sample, whole process, against ``python -c "import pydantic"`` (paired runs),
   and where its time goes in one process: pydantic, the model's validators, the other imports, loading,
   assessing;
10. cold export on the command line: ``citypitch export`` of a sample in a fresh process against a fresh
   process that imports WeasyPrint and renders the same final HTML and stylesheets (paired runs); the
   two PDFs' text and page counts are compared;
11. the edited slide (issue 21, target 2): one slide of lumara-transit drawn on its own in the warm
   render process after an edit, against a bare WeasyPrint render of that slide's final HTML in this
   process (WeasyPrint imported and warmed up in both; paired runs); the same in the real window (edit to
   the slide shown in the Export step's larger view, with the longest event-loop gap meanwhile); and a
   whole deck rendered by the warm process against a fresh (cold) render process, paired;
8. the worst inputs of the hostile-input sweep (issue 22: emoji and mixed scripts in twelve long fields,
   a 20,000-character field without a full stop, 10,000 KPIs, 10,000 funding sources, and the most rows an
   export accepts), each exported as a deck and a leave-behind in its own process: time and peak memory,
   or the message it was refused with.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.common import Stats, child_env, last_json_line, now, python, run_child, table  # noqa: E402

HEAVY = ("weasyprint", "matplotlib", "numpy", "numpy_financial", "pydyf", "fontTools", "PIL", "tinycss2",
         "cssselect2", "pyphen")

TARGETS = {
    "startup_ratio": 2.0,  # issue 21 (was 3x in issue 8)
    "export_overhead_ratio": 1.15,
    "export_sample_seconds": 2.0,
    "scaling_linearity": 1.2,
    "stress_peak_mb": 500,
    "gui_gap_seconds": 0.100,
    "readiness_ms": 10.0,
    "map_first_use_ms": 150.0,
    "map_search_ms": 20.0,
    "map_draw_ms": 100.0,
    "finance_ms": 100.0,
    "worst_seconds": 60.0,
    "worst_peak_mb": 1024.0,
    "finance_page_ms": 100.0,
    "check_ratio": 2.0,
    "cold_export_ratio": 1.10,
    "edited_slide_ratio": 2.5,  # issue 21: the edited slide's render against a bare single-slide render
    "edited_slide_seconds": 0.5,  # ... and in the window, edit to slide shown
}


# --- 1. cold start ----------------------------------------------------------------------------------

#: Analyses the window ran before it showed (from its "window shown (N analyses)" line), last run.
ANALYSES_BEFORE_SHOW: list[int] = []
#: Seconds from the process's start to its first frame (the start frame, wizard.gui.startframe), per run,
#: and whether pydantic had been imported by then (last run).
FIRST_FRAMES: list[float] = []
PYDANTIC_BEFORE_FRAME: list[bool] = []
#: Seconds from the process's start to the window itself drawn with the file's values (not yet assessed),
#: per run; the longest event-loop stall from then until the analysis and the slide budgets are shown.
WINDOW_FRAMES: list[float] = []
STALLS: list[float] = []
#: The CityPitch process's own CPU time when its window is drawn, per run; whether the analysis' modules
#: (readiness, finance) had been imported by then (last run).
WINDOW_CPU: list[float] = []
ANALYSIS_BEFORE_DRAWN: list[bool] = []
#: A process's own CPU time when it says its window is shown (the bare QWizard) or assessed (CityPitch,
#: which then goes on until the slide budgets are planned, for the stall probe): neither counts teardown.
ASSESSED_CPU: list[float] = []


def _time_until_shown(args: list[str], env: dict[str, str]) -> float:
    """Seconds until the process says the window is shown (the bare QWizard) or assessed (CityPitch)."""
    import re
    import subprocess

    start = now()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if "first frame shown" in line:
            FIRST_FRAMES.append(now() - start)
            PYDANTIC_BEFORE_FRAME[:] = ["pydantic imported" in line]
            continue
        if "citypitch: window shown" in line:  # CityPitch's window drawn, then assessed (lines below)
            WINDOW_FRAMES.append(now() - start)
            counted = re.search(r"\((\d+) analyses\b", line)
            if counted:
                ANALYSES_BEFORE_SHOW[:] = [int(counted.group(1))]
            drawn_cpu = re.search(r"CPU (\d+) ms", line)
            if drawn_cpu:
                WINDOW_CPU.append(int(drawn_cpu.group(1)) / 1000)
            ANALYSIS_BEFORE_DRAWN[:] = ["analysis imported" in line]
            continue
        if "citypitch: window assessed" in line:
            elapsed = now() - start
            cpu = re.search(r"CPU (\d+) ms", line)
            if cpu:
                ASSESSED_CPU.append(int(cpu.group(1)) / 1000)
            continue
        if "citypitch: window settled" in line:
            stall = re.search(r"longest stall (\d+) ms", line)
            if stall:
                STALLS.append(int(stall.group(1)) / 1000)
            break
        if "citypitch-bench: window shown" in line:  # the bare QWizard
            elapsed = now() - start
            cpu = re.search(r"CPU (\d+) ms", line)
            if cpu:
                ASSESSED_CPU.append(int(cpu.group(1)) / 1000)
            break
    if elapsed is None:
        proc.wait()
        raise RuntimeError(f"no 'window shown' from {' '.join(args)}: {proc.stderr.read() if proc.stderr else ''}")
    proc.communicate(timeout=60)
    return elapsed


def _time_and_cpu_until_shown(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall clock to the window shown (the bare QWizard) or assessed (CityPitch), and the process's own CPU
    time at that moment (its whole CPU time if it does not say)."""
    import resource

    reported = len(ASSESSED_CPU)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = _time_until_shown(args, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if len(ASSESSED_CPU) > reported:
        return elapsed, ASSESSED_CPU[-1]
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


_GUI_PHASES = r"""
import gc, json, os, sys, time
from pathlib import Path
T = time.process_time
t0 = T()
gc.disable()  # as wizard.gui.app.main does (wizard.gui.collector collects on a timer)
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
t1 = T()
from wizard.gui.fonts import register_fonts
register_fonts()
t2 = T()
import wizard.model
t3 = T()
from wizard.gui.window.mainwindow import MainWindow
t4 = T()
window = MainWindow(analyse_now=False)
t5 = T()
window.analysis.hold()  # as wizard.gui.app.start does: assessed after the show
window.open_path(Path(sys.argv[1]))
t6 = T()
window.show()  # builds the file's first page (the other pages are built on first visit)
t7 = T()
app.processEvents()  # lays out and paints it
t8 = T()
window.analysis.release()  # the first analysis, here on this thread (the app runs it in the background)
t9 = T()
print(json.dumps({"PySide6 and QApplication": t1 - t0, "bundled fonts": t2 - t1, "pydantic and the model": t3 - t2,
                  "the window's other imports": t4 - t3, "building the window": t5 - t4,
                  "opening the sample (load, not assessed)": t6 - t5, "show (builds the first page)": t7 - t6,
                  "first events (layout, paint)": t8 - t7,
                  "the first analysis, after the show (imports readiness and finance)": t9 - t8}), flush=True)
window.close()
os._exit(0)  # the measured part is over; Qt's teardown of a never-run event loop is not measured
"""


def bench_startup(runs: int, data_dir: Path) -> dict[str, Any]:
    env = child_env(data_dir)
    app_env = dict(env, CITYPITCH_BENCH_QUIT_WHEN_SHOWN="1")
    sample = str(ROOT / "resources" / "samples" / "lumara-transit.json")
    base_cmd = [python(), str(HERE / "gui_child.py"), "baseline"]
    app_cmd = [python(), "-m", "wizard", "open", sample]
    _time_until_shown(base_cmd, env)  # warm the file cache for both
    _time_until_shown(app_cmd, app_env)
    base, app, base_cpu, app_cpu = [], [], [], []
    FIRST_FRAMES.clear()
    WINDOW_FRAMES.clear()
    WINDOW_CPU.clear()
    STALLS.clear()
    for _ in range(runs):  # interleaved, so machine load affects both alike
        wall, cpu = _time_and_cpu_until_shown(base_cmd, env)
        base.append(wall)
        base_cpu.append(cpu)
        wall, cpu = _time_and_cpu_until_shown(app_cmd, app_env)
        app.append(wall)
        app_cpu.append(cpu)
    b, a = Stats.of(base), Stats.of(app)
    bc, ac = Stats.of(base_cpu), Stats.of(app_cpu)
    first = Stats.of(FIRST_FRAMES) if len(FIRST_FRAMES) == runs else None
    window = Stats.of(WINDOW_FRAMES) if len(WINDOW_FRAMES) == runs else None
    window_cpu = Stats.of(WINDOW_CPU) if len(WINDOW_CPU) == runs else None
    stall = Stats.of(STALLS) if len(STALLS) == runs else None
    # Which modules were imported before the window showed?
    import subprocess

    proc = subprocess.run([python(), "-X", "importtime", *app_cmd[1:]], env=app_env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    modules: list[tuple[str, int]] = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _self, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            modules.append((name, int(cumulative)))
    top_level = sorted({name.split(".")[0] for name, _ in modules})
    heavy = [m for m in HEAVY if m in top_level]
    slowest = sorted(((n, c) for n, c in modules if "." not in n), key=lambda x: -x[1])[:10]
    rows = [("bare QWizard", b.show(), bc.show())]
    if first is not None:
        rows += [("CityPitch, first frame (start frame: name and file)", first.show(), ""),
                 ("ratio, first frame", f"{first.median / b.median:.2f}x", "")]
    if window is not None:
        rows += [("CityPitch, the window drawn with the sample (not yet assessed)", window.show(),
                  window_cpu.show() if window_cpu is not None else ""),
                 ("ratio, the window drawn", f"{window.median / b.median:.2f}x",
                  f"{window_cpu.median / bc.median:.2f}x" if window_cpu is not None else "")]
    rows += [("CityPitch, window shown with the sample loaded and assessed", a.show(), ac.show()),
             ("ratio, window with the sample", f"{a.median / b.median:.2f}x", f"{ac.median / bc.median:.2f}x")]
    if stall is not None:
        rows += [("longest GUI stall, window drawn to assessed and budgets shown", stall.show("ms", 1000, 0), "")]
    print(table("1. Cold start (process start to window shown, sample loaded)", ("", "wall clock", "CPU time (whole process)"),
                rows))
    phases = [last_json_line(run_child([python(), "-c", _GUI_PHASES, sample], dict(env, CITYPITCH_DATA_DIR=str(data_dir / f"phases-{i}")))[0])
              for i in range(runs)]
    phase_stats = {key: Stats.of([p[key] for p in phases]) for key in phases[0]}
    print(table("   where the start's time goes, in one process (CPU time)", ("phase", "time"),
                [(key, st.show("ms", 1000, 1)) for key, st in phase_stats.items()]))
    print(f"   analyses run before the window shows: {ANALYSES_BEFORE_SHOW[0] if ANALYSES_BEFORE_SHOW else 'not reported'}")
    print(f"   modules imported before the window shows: {len(modules)} ({len(top_level)} top-level packages)")
    print(f"   heavy modules among them: {', '.join(heavy) or 'none'}")
    print("   slowest top-level imports (cumulative ms): "
          + ", ".join(f"{n} {c / 1000:.0f}" for n, c in slowest) + "\n")
    print(f"   pydantic imported before the first frame: {'yes' if PYDANTIC_BEFORE_FRAME and PYDANTIC_BEFORE_FRAME[0] else 'no'}")
    print(f"   the analysis (readiness, finance) imported before the window is drawn: "
          f"{'yes' if ANALYSIS_BEFORE_DRAWN and ANALYSIS_BEFORE_DRAWN[0] else 'no'}")
    return {"baseline_s": b.as_dict(), "app_s": a.as_dict(), "ratio": a.median / b.median,
            "first_frame_s": first.as_dict() if first is not None else None,
            "first_frame_ratio": first.median / b.median if first is not None else None,
            "window_frame_s": window.as_dict() if window is not None else None,
            "window_frame_ratio": window.median / b.median if window is not None else None,
            "window_frame_cpu_s": window_cpu.as_dict() if window_cpu is not None else None,
            "window_frame_cpu_ratio": window_cpu.median / bc.median if window_cpu is not None else None,
            "analysis_before_window_drawn": bool(ANALYSIS_BEFORE_DRAWN and ANALYSIS_BEFORE_DRAWN[0]),
            "stall_after_show_s": stall.as_dict() if stall is not None else None,
            "pydantic_before_first_frame": bool(PYDANTIC_BEFORE_FRAME and PYDANTIC_BEFORE_FRAME[0]),
            "baseline_cpu_s": bc.as_dict(), "app_cpu_s": ac.as_dict(), "cpu_ratio": ac.median / bc.median,
            "phases_cpu_s": {key: st.as_dict() for key, st in phase_stats.items()},
            "analyses_before_show": ANALYSES_BEFORE_SHOW[0] if ANALYSES_BEFORE_SHOW else None,
            "imported_modules": len(modules), "heavy_imported": heavy,
            "slowest_imports_ms": {n: c / 1000 for n, c in slowest}}


# --- 9. citypitch check -------------------------------------------------------------------------------

_CHECK_PHASES = r"""
import json, sys, time
t0 = time.process_time()
import pydantic
from pydantic import BaseModel  # the machinery every model needs (pydantic's lazy import)
t1 = time.process_time()
import wizard.model
t2 = time.process_time()
from wizard import projectfile, readiness
from wizard.analysis import analyse
import wizard.cli
t3 = time.process_time()
project = projectfile.load(sys.argv[1])
t4 = time.process_time()
analysis = analyse(project.proposal)
readiness.format_report(analysis.readiness, project.proposal, analysis.finance)
t5 = time.process_time()
print(json.dumps({"pydantic_s": t1 - t0, "model_build_s": t2 - t1, "other_imports_s": t3 - t2,
                  "load_s": t4 - t3, "assess_s": t5 - t4}))
"""


def _check_command() -> list[str]:
    """``citypitch`` as installed (the console script), else ``python -m wizard``."""
    script = Path(python()).with_name("citypitch")
    return [str(script)] if script.exists() else [python(), "-m", "wizard"]


def _time_process(args: list[str], env: dict[str, str]) -> float:
    return _time_and_cpu(args, env)[0]


def _time_and_cpu(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """A whole process's wall-clock time and its CPU time (user + system): on a machine shared by several
    people the CPU time is the steadier of the two; both are reported."""
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = now()
    proc = subprocess.run(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    elapsed = now() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):  # 1: the check found a blocker, which is a result
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _paired(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> tuple[dict[str, Stats], dict[str, Stats]]:
    """Each command once to warm the caches, then ``runs`` rounds of all of them interleaved (so machine
    load affects all alike); the wall-clock and CPU statistics of each."""
    for args in commands.values():
        _time_and_cpu(args, env)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            w, c = _time_and_cpu(args, env)
            wall[name].append(w)
            cpu[name].append(c)
    return {n: Stats.of(v) for n, v in wall.items()}, {n: Stats.of(v) for n, v in cpu.items()}


def bench_check(runs: int) -> dict[str, Any]:
    env = child_env()
    sample = str(ROOT / "resources" / "samples" / "lumara-transit.json")
    commands = {"python -c pass": [python(), "-c", "pass"],
                "python -c 'import pydantic'": [python(), "-c", "import pydantic"],
                "citypitch check": [*_check_command(), "check", sample]}
    stats, cpu = _paired(commands, runs, env)
    base = "python -c 'import pydantic'"
    ratio = stats["citypitch check"].median / stats[base].median
    cpu_ratio = cpu["citypitch check"].median / cpu[base].median
    phases = [last_json_line(run_child([python(), "-c", _CHECK_PHASES, sample], env)[0]) for _ in range(runs)]
    phase_stats = {key: Stats.of([p[key] for p in phases]) for key in phases[0]}
    rows = [(name, s.show(), cpu[name].show()) for name, s in stats.items()]
    rows.append(("ratio: check / import pydantic", f"{ratio:.2f}x", f"{cpu_ratio:.2f}x"))
    print(table("9. citypitch check of a sample (whole processes, paired runs)", ("", "wall clock", "CPU time"), rows))
    print(table("   where a check's time goes, in one process (CPU time)", ("phase", "time"),
                [(key, s.show("ms", 1000, 1)) for key, s in phase_stats.items()]))
    return {"process_s": {name: s.as_dict() for name, s in stats.items()}, "ratio": ratio,
            "process_cpu_s": {name: s.as_dict() for name, s in cpu.items()}, "cpu_ratio": cpu_ratio,
            "phases_s": {key: s.as_dict() for key, s in phase_stats.items()}}


# --- 10. cold export ---------------------------------------------------------------------------------

_BARE_CHILD = r"""
import pickle, sys
import weasyprint
from weasyprint.text.fonts import FontConfiguration
from wizard.export.fetcher import SafeFetcher  # the allow-list fetcher (imports only weasyprint.urls)
from wizard.export.fonts import only_bundled_fonts  # fontconfig pointed at the bundled fonts
p = pickle.loads(open(sys.argv[1], "rb").read())
fetcher = SafeFetcher(p["folders"], p["served"])
with only_bundled_fonts():
    font_config = FontConfiguration()
sheets = [weasyprint.CSS(string=p["fonts_css"], font_config=font_config, url_fetcher=fetcher, base_url=p["base_url"]),
          weasyprint.CSS(string=p["variables_css"], url_fetcher=fetcher),
          weasyprint.CSS(filename=p["style"], font_config=font_config, url_fetcher=fetcher)]
document = weasyprint.HTML(string=p["html"], base_url=p["base_url"], url_fetcher=fetcher).render(
    stylesheets=sheets, font_config=font_config, **p["pdf_options"])
open(sys.argv[2], "wb").write(document.write_pdf(**p["pdf_options"]))
"""


def _bare_plan(html: str, context: dict[str, Any], images: Any, options: Any, path: Path) -> Path:
    """Write to ``path`` what :data:`_BARE_CHILD` needs to render ``html`` as the pipeline would: its three
    stylesheets, its fetcher (bundled files and the project's images only) and the bundled fonts."""
    import pickle

    from wizard import export as ex
    from wizard import resources
    from wizard.export.context import accent_css
    from wizard.export.fonts import font_face_css, font_stack_css

    folder = ex.template_dir(options.format)
    stack = font_stack_css()
    path.write_bytes(pickle.dumps({
        "html": html, "folders": [folder, resources.fonts_dir()], "served": images.served,
        "base_url": folder.as_uri() + "/", "style": str(folder / ex.TEMPLATES[options.format][2]),
        "fonts_css": font_face_css() + f"html {{ font-family: {stack}; }}\n@page {{ font-family: {stack}; }}\n",
        "variables_css": accent_css(context["accent"]) + f":root {{ --font-stack: {stack}; }}\n",
        "pdf_options": ex._pdf_options(options),
    }))
    return path


def bench_split(runs: int, work: Path) -> dict[str, Any]:
    """Section 12 (tests/benchmarks/split.py): two bare processes for the deck's halves against one."""
    from tests.benchmarks import split
    from wizard import export as ex
    from wizard import projectfile

    sample = ROOT / "resources" / "samples" / "lumara-transit.json"
    options = ex.ExportOptions()
    _, context, images = ex.render_html(projectfile.load(sample), options)
    return split.bench_split(runs, work, _BARE_CHILD, lambda html, path: _bare_plan(html, context, images, options, path))


def bench_cold_export(runs: int, work: Path) -> dict[str, Any]:
    """Whole processes: ``citypitch export`` against WeasyPrint alone rendering the same final HTML and CSS.

    The bare process gets the pipeline's final HTML, its three stylesheets, its fetcher (bundled files
    and the project's images only) and the bundled fonts, as :func:`wizard.export._layout` builds them,
    and nothing of CityPitch's planning: it pays Python's start, WeasyPrint's import, layout and writing.
    """
    import subprocess

    from wizard import export as ex
    from wizard import projectfile

    env = child_env(work / "data")
    sample = ROOT / "resources" / "samples" / "lumara-transit.json"
    options = ex.ExportOptions()
    html, context, images = ex.render_html(projectfile.load(sample), options)
    plan = _bare_plan(html, context, images, options, work / "bare-input.pickle")
    app_pdf, bare_pdf = work / "cold-app.pdf", work / "cold-bare.pdf"
    commands = {"bare WeasyPrint": [python(), "-c", _BARE_CHILD, str(plan), str(bare_pdf)],
                "citypitch export": [*_check_command(), "export", str(sample), "-o", str(app_pdf), "--force"]}
    stats, cpu = _paired(commands, runs, env)  # the first run of each also fills the template cache
    ratio = stats["citypitch export"].median / stats["bare WeasyPrint"].median
    cpu_ratio = cpu["citypitch export"].median / cpu["bare WeasyPrint"].median

    def text(pdf: Path) -> tuple[int, str]:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        return pages, subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

    same = text(app_pdf) == text(bare_pdf)
    rows = [(name, s.show(), cpu[name].show()) for name, s in stats.items()]
    rows.append(("ratio", f"{ratio:.2f}x", f"{cpu_ratio:.2f}x"))
    rows.append(("same pages and extracted text", "yes" if same else "NO", ""))
    print(table("10. Cold export of lumara-transit on the command line (whole processes, paired runs)",
                ("", "wall clock", "CPU time"), rows))
    return {"process_s": {name: s.as_dict() for name, s in stats.items()}, "ratio": ratio,
            "process_cpu_s": {name: s.as_dict() for name, s in cpu.items()}, "cpu_ratio": cpu_ratio, "same_text": same}


# --- 11. the edited slide ------------------------------------------------------------------------------

def bench_edited_slide(runs: int, work: Path, data_dir: Path) -> dict[str, Any]:
    """The edited slide in the warm render process against a bare render of that slide (see the docstring)."""
    from wizard import export as ex
    from wizard import projectfile, resources
    from wizard.export.isolation import run_isolated
    from wizard.export.single import ONLY
    from wizard.export.warm import WarmRenderer

    project = projectfile.load(resources.sample_path("lumara-transit"))
    statement = project.proposal.problem.statement
    options = ex.ExportOptions()
    warm = WarmRenderer("bench")
    target = "wizard.export.worker:export_slide"
    warm_s, bare_s, deck_warm, deck_cold = [], [], [], []
    try:
        for run in range(runs + 1):
            # Each run is a new edit (nothing can be served from an earlier run's result).
            project.proposal.problem.statement = f"{statement} Edit {run + 1}."
            started = now()
            pdf, info = warm.render(projectfile.to_bytes(project), None, {ONLY: "problem.statement"}, target=target)
            took = now() - started
            html, context, images = ex.render_html(project, options, only_slide="problem")
            started = now()
            bare = ex._write(ex._layout(html, context, images, options), options)
            bare_took = now() - started
            assert info["number"] == 3 and pdf.startswith(b"%PDF") and bare.startswith(b"%PDF")
            if run:  # the first run of each imports and warms up (fonts, locale data): not an edit's cost
                warm_s.append(took)
                bare_s.append(bare_took)
        data = projectfile.to_bytes(project)
        for _ in range(max(1, runs // 2)):  # the whole deck: warm process against a fresh one, paired
            started = now()
            warm.render(data, work / "deck-warm.pdf")
            deck_warm.append(now() - started)
            started = now()
            run_isolated(data, work / "deck-cold.pdf")
            deck_cold.append(now() - started)
    finally:
        warm.close()
    same_deck = _pdf_text(work / "deck-warm.pdf") == _pdf_text(work / "deck-cold.pdf")
    stdout, _err, _ = run_child([python(), str(HERE / "gui_child.py"), "edited-slide", str(max(runs - 1, 1))],
                                env=child_env(data_dir))
    gui = last_json_line(stdout)
    w, b = Stats.of(warm_s), Stats.of(bare_s)
    latency, gaps = Stats.of(gui["latency_s"]), Stats.of(gui["longest_gap_s"])
    dw, dc = Stats.of(deck_warm), Stats.of(deck_cold)
    rows = [("edited slide in the warm process (project sent, deck planned, slide laid out and written)", w.show()),
            ("bare WeasyPrint render of that slide's HTML (layout and writing, same process)", b.show()),
            ("ratio", f"{w.median / b.median:.2f}x"),
            ("in the window: edit to the slide shown on its own", latency.show()),
            ("longest event-loop gap meanwhile", gaps.show("ms", 1000, 0)),
            ("whole deck in the warm process", dw.show()), ("whole deck in a fresh process", dc.show()),
            ("warm against fresh", f"{dw.median / dc.median:.2f}x"),
            ("same pages and extracted text, warm and fresh", "yes" if same_deck else "NO")]
    print(table("11. The edited slide (lumara-transit, slide 3 of 40; paired runs)", ("", "seconds"), rows))
    return {"warm_slide_s": w.as_dict(), "bare_slide_s": b.as_dict(), "ratio": w.median / b.median,
            "window_latency_s": latency.as_dict(), "window_longest_gap_s": gaps.as_dict(),
            "deck_warm_s": dw.as_dict(), "deck_cold_s": dc.as_dict(), "deck_warm_ratio": dw.median / dc.median,
            "same_deck_text": same_deck, "slide_processes": gui["slide_processes"]}


def _pdf_text(pdf: Path) -> tuple[int, str]:
    import subprocess

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return pages, subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


# --- 2. export ----------------------------------------------------------------------------------------

def _bare_render(project: Any, options: Any) -> dict[str, float]:
    """A bare WeasyPrint render of the pipeline's final HTML and stylesheets, timed by phase."""
    from wizard import export as ex

    html, context, images = ex.render_html(project, options)
    t0 = now()
    document = ex._layout(html, context, images, options)  # the pipeline's own: the same HTML, CSS and fetcher
    t1 = now()
    data = ex._write(document, options)
    t2 = now()
    document.write_pdf(full_fonts=True)  # the same document without font subsetting, for the estimate
    t3 = now()
    assert data.startswith(b"%PDF")
    return {"layout": t1 - t0, "write": t2 - t1, "write_full_fonts": t3 - t2, "bare": t2 - t0,
            "pages": len(document.pages)}


def bench_export(runs: int, out_dir: Path) -> dict[str, Any]:
    from wizard import projectfile, resources
    from wizard import export as ex

    options = ex.ExportOptions()
    results: dict[str, Any] = {}
    rows = []
    for name in resources.sample_names():
        project = projectfile.load(resources.sample_path(name))
        ex.export_pdf(project, out_dir / f"{name}.pdf", options)  # warm-up: imports, font files
        pipeline, bare, layout, write, full, prep = [], [], [], [], [], []
        for _ in range(runs):
            t0 = now()
            ex.export_pdf(project, out_dir / f"{name}.pdf", options)
            pipeline.append(now() - t0)
            t0 = now()
            ex.render_html(project, options)
            prep.append(now() - t0)
            phases = _bare_render(project, options)
            bare.append(phases["bare"])
            layout.append(phases["layout"])
            write.append(phases["write"])
            full.append(phases["write_full_fonts"])
        p, b = Stats.of(pipeline), Stats.of(bare)
        subsetting = max(0.0, Stats.of(write).median - Stats.of(full).median)
        results[name] = {
            "pipeline_s": p.as_dict(), "bare_weasyprint_s": b.as_dict(), "ratio": p.median / b.median,
            "context_and_template_s": Stats.of(prep).median, "layout_s": Stats.of(layout).median,
            "pdf_write_s": Stats.of(write).median, "font_subsetting_s_est": subsetting,
            "pages": phases["pages"], "pdf_bytes": (out_dir / f"{name}.pdf").stat().st_size,
        }
        rows.append((name, p.show(), b.show(), f"{p.median / b.median:.2f}x", f"{Stats.of(prep).median:.3f}",
                     f"{Stats.of(layout).median:.3f}", f"{Stats.of(write).median:.3f}", f"{subsetting:.3f}",
                     phases["pages"]))
    print(table("2. Export: pipeline against a bare WeasyPrint render of the same HTML (seconds)",
                ("sample", "pipeline", "bare WeasyPrint", "ratio", "context+template", "layout", "PDF write",
                 "of which subsetting (est.)", "pages"), rows))
    return results


# --- 3. scaling, 6. stress memory ---------------------------------------------------------------------

SCALING_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from wizard import projectfile
from wizard.export import ExportOptions, export_pdf
source, out, labels = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
import weasyprint  # imported before measuring: the cost of one import is not the cost of content

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024  # kB -> MB
    raise KeyError(key)

project = projectfile.load(source)
# Reset the peak-memory mark so the peak below is the export's own, not the imports' or the loading's.
Path("/proc/self/clear_refs").write_text("5")
before = status("VmRSS")
import wizard.export as pipeline
passes, again = [], []
lay = pipeline._layout
def counted(html, context, *args, **kwargs):
    # A layout of the whole deck, or of one slide laid out again after a spill (wizard.export._lay_out_changed).
    (again if context.get("single") else passes).append(1)
    return lay(html, context, *args, **kwargs)
pipeline._layout = counted
t0, c0 = time.perf_counter(), time.process_time()
export_pdf(project, out, ExportOptions(draft_mark=False, labels=labels))
elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = status("VmHWM")
from pypdf import PdfReader
pages = len(PdfReader(str(out)).pages)
print(json.dumps({"pages": pages, "seconds": elapsed, "cpu_seconds": cpu, "peak_rss_mb": peak, "rss_before_mb": before,
                  "layout_passes": len(passes), "slides_laid_out_again": len(again)}))
"""


def _export_child(target: int, photos: int, work: Path, labels: str = "en") -> dict[str, Any]:
    """Generate the proposal here, then export it in a fresh process that measures its own peak memory."""
    from tests.benchmarks.generate import proposal_with_slides, with_photos
    from wizard import projectfile

    source = work / f"generated-{target}-{photos}.citypitch"
    if not source.exists():
        project, _planned = proposal_with_slides(target)
        projectfile.save(with_photos(project, photos), source, backup=False)
    stdout, _err, _ = run_child([python(), "-c", SCALING_CHILD, str(ROOT), str(source), str(work / f"out-{target}.pdf"),
                                 labels], env=child_env())
    return {"target": target, "labels": labels, **last_json_line(stdout)}


def bench_scaling(sizes: list[int], runs: int, out_dir: Path) -> dict[str, Any]:
    points = []
    japanese = []  # the same decks with Japanese labels (--labels en+ja): longer labels, other estimates
    for labels, into, count in (("en", points, runs), ("en+ja", japanese, max(1, runs // 2))):
        for size in sizes:
            trials = [_export_child(size, 0, out_dir, labels) for _ in range(count)]
            seconds = Stats.of([t["seconds"] for t in trials])
            cpu = Stats.of([t["cpu_seconds"] for t in trials])
            peak = max(t["peak_rss_mb"] for t in trials)
            into.append({"target": size, "labels": labels, "pages": trials[0]["pages"], "seconds": seconds.as_dict(),
                         "cpu_seconds": cpu.as_dict(), "peak_rss_mb": peak, "rss_before_mb": trials[0]["rss_before_mb"],
                         "layout_passes": trials[0]["layout_passes"],
                         "slides_laid_out_again": trials[0]["slides_laid_out_again"]})
    first, last = points[0], points[-1]
    page_ratio = last["pages"] / first["pages"]
    time_growth = (last["seconds"]["median"] / first["seconds"]["median"]) / page_ratio
    # CPU time as well: on a machine shared by several people the wall clock of the small decks swings most.
    cpu_growth = (last["cpu_seconds"]["median"] / first["cpu_seconds"]["median"]) / page_ratio
    mem_growth = ((last["peak_rss_mb"] - last["rss_before_mb"]) / max(1e-9, first["peak_rss_mb"] - first["rss_before_mb"])) / page_ratio
    rows = [(p["target"], p["labels"], p["pages"], f"{p['seconds']['median']:.2f}",
             f"{p['seconds']['median'] / p['pages'] * 1000:.0f}", f"{p['peak_rss_mb']:.0f}",
             f"{p['peak_rss_mb'] - p['rss_before_mb']:.0f}", p["layout_passes"], p["slides_laid_out_again"])
            for p in points + japanese]
    print(table("3. Scaling: export of generated decks (one process each)",
                ("target slides", "labels", "pages", "seconds", "ms/page", "peak RSS MB", "export's own MB",
                 "whole-deck layouts", "slides laid out again"), rows))
    print(f"   growth relative to linear (English labels), {first['pages']} -> {last['pages']} pages: "
          f"time {time_growth:.2f}x (CPU {cpu_growth:.2f}x), memory {mem_growth:.2f}x (1.00 = linear; target <= 1.2)\n")
    return {"points": points, "japanese_points": japanese, "time_vs_linear": time_growth, "cpu_vs_linear": cpu_growth,
            "memory_vs_linear": mem_growth}


def bench_stress(slides: int, photos: int, out_dir: Path) -> dict[str, Any]:
    result = _export_child(slides, photos, out_dir)
    print(table("6. Peak memory: export of a stress proposal", ("slides", "photos", "pages", "seconds", "peak RSS MB"),
                [(slides, photos, result["pages"], f"{result['seconds']:.2f}", f"{result['peak_rss_mb']:.0f}")]))
    return {"slides": slides, "photos": photos, **result}


# --- 7. worst inputs -----------------------------------------------------------------------------------

WORST_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from wizard import projectfile
from wizard.export import ExportError, ExportOptions, export_pdf
source, out, fmt = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
import weasyprint  # imported before measuring

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(key)

project = projectfile.load(source)
Path("/proc/self/clear_refs").write_text("5")
t0 = time.perf_counter()
try:
    export_pdf(project, out, ExportOptions(format=fmt, draft_mark=False))
except ExportError as exc:
    print(json.dumps({"refused": str(exc), "seconds": time.perf_counter() - t0, "peak_rss_mb": status("VmHWM")}))
    raise SystemExit(0)
elapsed = time.perf_counter() - t0
from pypdf import PdfReader
print(json.dumps({"pages": len(PdfReader(str(out)).pages), "seconds": elapsed, "peak_rss_mb": status("VmHWM")}))
"""


def bench_worst(quick: bool, out_dir: Path) -> dict[str, Any]:
    from tests.benchmarks.worst import CASES, case
    from wizard import projectfile

    results: dict[str, Any] = {}
    rows = []
    for name in CASES:
        source = out_dir / f"worst-{name}.citypitch"
        projectfile.save(case(name, scale=0.05 if quick else 1.0), source, backup=False)
        for fmt in ("deck", "leave-behind"):
            stdout, _err, _ = run_child([python(), "-c", WORST_CHILD, str(ROOT), str(source),
                                         str(out_dir / f"worst-{name}-{fmt}.pdf"), fmt], env=child_env(), timeout=900)
            result = last_json_line(stdout)
            results[f"{name} {fmt}"] = result
            outcome = f"refused: {result['refused']}" if "refused" in result else f"{result['pages']} pages"
            rows.append((name, fmt, f"{result['seconds']:.1f}", f"{result['peak_rss_mb']:.0f}", outcome[:110]))
    print(table("8. Worst inputs of the hostile-input sweep (one process each)",
                ("case", "format", "seconds", "peak RSS MB", "outcome"), rows))
    return results


# --- 4. responsiveness ---------------------------------------------------------------------------------

def bench_responsiveness(runs: int, out_dir: Path, data_dir: Path) -> dict[str, Any]:
    results: dict[str, Any] = {}
    rows = []
    for scenario in ("typing", "readiness", "autosave", "export"):
        gaps = []
        for _ in range(runs):
            stdout, _err, _ = run_child([python(), str(HERE / "gui_child.py"), "responsiveness", scenario, str(out_dir)],
                                        env=child_env(data_dir))
            gaps.append(last_json_line(stdout)["longest_gap_s"])
        stats = Stats.of(gaps)
        results[scenario] = stats.as_dict()
        rows.append((scenario, stats.show("ms", 1000, 0)))
    print(table("4. Responsiveness: longest GUI event-loop gap (5 ms heartbeat)", ("scenario", "longest gap"), rows))
    return results


# --- 5. readiness ----------------------------------------------------------------------------------------

def bench_readiness(runs: int) -> dict[str, Any]:
    """One assessment (financial case included), warm and cold.

    Warm: the proposal assessed again unchanged, as the wizard does after an edit elsewhere (the text
    measures of unchanged answers are cached).  Cold: every text cache emptied first, as for a proposal
    just opened.  The samples and the evaluation suite's strong proposal.
    """
    from pathlib import Path

    from wizard import projectfile, readiness, resources
    from wizard.readiness import _plausibility, _rules, _text

    def clear() -> None:
        for cached in (_text.specificity, _text.is_boilerplate, _text.shingles, _text.copied_from_guidance,
                       _text._money_amounts, _text.quoted_figures, _text._duplicate_groups, _text._family_counts,
                       _rules._drawable, _plausibility._price_mentions):
            cached.cache_clear()

    results: dict[str, Any] = {}
    rows = []
    files = [(name, resources.sample_path(name)) for name in resources.sample_names()]
    files.append(("strong-bacaran", Path(__file__).resolve().parent.parent / "data" / "readiness" / "strong-bacaran.json"))
    for name, path in files:
        proposal = projectfile.load(path).proposal
        readiness.assess(proposal)
        times = [t / 10 for t in timeit.repeat(lambda: readiness.assess(proposal), number=10, repeat=runs)]
        stats = Stats.of(times)
        results[name] = stats.as_dict()
        rows.append((name, "warm", stats.show("ms", 1000, 2)))

        def cold() -> None:
            clear()
            readiness.assess(proposal)

        times = [t / 10 for t in timeit.repeat(cold, number=10, repeat=runs)]
        stats = Stats.of(times)
        results[f"{name} (cold)"] = stats.as_dict()
        rows.append((name, "cold", stats.show("ms", 1000, 2)))
    # The first assessment in a fresh process (``citypitch check``, the window's first analysis): the
    # one-time loads (rule catalogue, guidance word runs, reference patterns) come on top of the cold caches.
    env = child_env()
    for name, path in files:
        plain, loads = [], []
        for _ in range(max(2, runs // 4)):
            plain.append(last_json_line(run_child([python(), "-c", _READINESS_FIRST, str(path), "plain"], env)[0]))
            loads.append(last_json_line(run_child([python(), "-c", _READINESS_FIRST, str(path), "loads-first"], env)[0]))
        for label, values in (("first in a process", [p["assess_s"] for p in plain]),
                              ("its one-time loads", [p["loads_s"] for p in loads]),
                              ("first, after those loads", [p["assess_s"] for p in loads])):
            stats = Stats.of(values)
            results[f"{name} ({label})"] = stats.as_dict()
            rows.append((name, label, stats.show("ms", 1000, 2)))
    print(table("5. Readiness: one assessment, financial case included (first in a process: CPU time)",
                ("proposal", "caches", "time"), rows))
    return results


_READINESS_FIRST = r"""
import json, sys, time
from wizard import projectfile, readiness
from wizard.readiness import _plausibility, _text
T = time.process_time
proposal = projectfile.load(sys.argv[1]).proposal
t0 = T()
if sys.argv[2] == "loads-first":  # the one-time loads alone, then the assessment after them
    readiness.catalogue(), _text.guidance_shingles(), _plausibility._unit_patterns(), _plausibility._price_patterns()
t1 = T()
readiness.assess(proposal)
t2 = T()
print(json.dumps({"loads_s": t1 - t0, "assess_s": t2 - t1}))
"""


# --- 7. map -------------------------------------------------------------------------------------------------

_MAP_CHILD = """
import json, time
t0 = time.perf_counter()
from wizard import geo
t1 = time.perf_counter()
geo._entries()
t2 = time.perf_counter()
geo._countries(), geo._admin1()
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "gazetteer_s": t2 - t1, "outlines_s": t3 - t2}))
"""


def bench_map(runs: int) -> dict[str, Any]:
    """The City field's suggestions and the deck's location map: loading, searching, drawing."""
    from wizard import geo

    first = [last_json_line(run_child([python(), "-c", _MAP_CHILD], child_env())[0]) for _ in range(runs)]
    load = Stats.of([f["gazetteer_s"] + f["outlines_s"] for f in first])
    results: dict[str, Any] = {
        "import_s": Stats.of([f["import_s"] for f in first]).as_dict(),
        "gazetteer_load_s": Stats.of([f["gazetteer_s"] for f in first]).as_dict(),
        "outlines_load_s": Stats.of([f["outlines_s"] for f in first]).as_dict(),
        "first_use_s": load.as_dict(),
    }
    rows = [("import wizard.geo (fresh process)", Stats.of([f["import_s"] for f in first]).show("ms", 1000, 1)),
            ("load gazetteer", Stats.of([f["gazetteer_s"] for f in first]).show("ms", 1000, 1)),
            ("load outlines and division lines", Stats.of([f["outlines_s"] for f in first]).show("ms", 1000, 1))]
    # What the City field sends as a name is typed (it searches from the second letter on).
    queries = ["da", "da n", "da na", "da nan", "da nang", "sa", "san", "san j", "ho chi", "phn", "cebu", "yang"]
    searches = [min(timeit.repeat(lambda q=q: geo.search_places(q, limit=10), number=1, repeat=max(runs, 3))) for q in queries]
    results["search_s"] = Stats.of(searches).as_dict()
    rows.append((f"one search as typed ({len(queries)} prefixes)", Stats.of(searches).show("ms", 1000, 1)))
    draws = {}
    for code in geo.ASEAN_CODES:
        p = next(p for p in geo.places() if p.country == code)  # its largest place
        # location_map keeps its last drawings (an lru_cache): each timing draws afresh.
        draws[code] = min(timeit.repeat(lambda p=p: geo.location_map(p.country, p.latitude, p.longitude), number=1,
                                        repeat=max(runs, 3), setup=geo.location_map.cache_clear))
    results["draw_s"] = Stats.of(list(draws.values())).as_dict()
    results["draw_slowest"] = max(draws, key=draws.__getitem__)
    rows.append((f"one location map (11 states, slowest {results['draw_slowest']})", Stats.of(list(draws.values())).show("ms", 1000, 1)))
    # What the map costs the export: WeasyPrint draws its SVG point by point. Each state's map at the deck's size
    # (410 x 230 px, the solution slide) as an image on a page, less the same page without it.
    import base64

    import weasyprint

    page = weasyprint.CSS(string="@page { size: 420px 240px; margin: 0 }")

    def render(body: str) -> float:  # CPU time: WeasyPrint runs on one thread, and the machine may be shared
        started = time.process_time()
        weasyprint.HTML(string=f'<html><body style="margin: 0">{body}</body></html>').write_pdf(stylesheets=[page])
        return time.process_time() - started

    blank = '<div style="width: 410px; height: 230px"></div>'
    sizes, costs = {}, {}
    for code in geo.ASEAN_CODES:
        p = next(p for p in geo.places() if p.country == code)
        svg = geo.location_map(p.country, p.latitude, p.longitude, width=410.0, height=230.0).svg
        image = ('<img style="width: 410px; height: 230px" src="data:image/svg+xml;base64,'
                 + base64.b64encode(svg.encode()).decode() + '">')
        pairs = [(render(image), render(blank)) for _ in range(max(runs, 3))]
        sizes[code] = len(svg)
        costs[code] = statistics.median(a - b for a, b in pairs)
    results["svg_bytes"] = sizes
    results["render_s"] = Stats.of(list(costs.values())).as_dict()
    results["render_slowest"] = max(costs, key=costs.__getitem__)
    rows.append((f"its SVG at the deck's size: bytes (11 states, largest {max(sizes, key=sizes.__getitem__)})",
                 f"median {statistics.median(sizes.values()) / 1000:.1f} kB, largest {max(sizes.values()) / 1000:.1f} kB"))
    rows.append((f"WeasyPrint drawing it in a PDF, CPU (11 states, slowest {results['render_slowest']})",
                 Stats.of(list(costs.values())).show("ms", 1000, 1)))
    print(table("7. Map: data load, gazetteer search, location map", ("what", "time"), rows))
    return results


def bench_finance(runs: int) -> dict[str, Any]:
    from wizard import projectfile, resources
    from wizard.finance import compute

    results: dict[str, Any] = {}
    rows = []
    for name in resources.sample_names():
        proposal = projectfile.load(resources.sample_path(name)).proposal
        phases = proposal.roadmap.phases
        compute(proposal.finance, phases=phases)
        times = [t / 5 for t in timeit.repeat(lambda: compute(proposal.finance, phases=phases), number=5, repeat=runs)]
        stats = Stats.of(times)
        results[name] = stats.as_dict()
        rows.append((name, stats.show("ms", 1000, 2)))
    print(table("5b. Finance: one computation of a sample's financial case", ("sample", "time"), rows))
    return results


def bench_finance_page(runs: int) -> dict[str, Any]:
    stdout, _err, _ = run_child([python(), str(HERE / "gui_child.py"), "finance-page", str(runs)], env=child_env(None))
    data = last_json_line(stdout)["finance_page"]
    results: dict[str, Any] = {}
    rows = []
    for name, times in data.items():
        refresh, analysis = Stats.of(times["refresh_s"]), Stats.of(times["analysis_s"])
        results[name] = {"refresh_s": refresh.as_dict(), "analysis_s": analysis.as_dict()}
        rows.append((name, refresh.show("ms", 1000, 1), analysis.show("ms", 1000, 1)))
    print(table("5c. Finance page: one refresh of the finance pack (page at 1024x768), and the analysis it shows",
                ("sample", "page refresh", "analysis with finance detail"), rows))
    return results


# --- targets ---------------------------------------------------------------------------------------------

def verdicts(r: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    out: list[tuple[str, str, bool | None]] = []
    if "startup" in r:
        s = r["startup"]
        if s.get("first_frame_ratio") is not None:
            out.append(("first frame <= 2x bare QWizard (before the model is imported)", f"{s['first_frame_ratio']:.2f}x",
                        s["first_frame_ratio"] <= TARGETS["startup_ratio"] and not s["pydantic_before_first_frame"]))
        if s.get("window_frame_ratio") is not None:
            out.append(("the window itself drawn with the sample <= 2x bare QWizard", f"{s['window_frame_ratio']:.2f}x",
                        s["window_frame_ratio"] <= TARGETS["startup_ratio"]))
        out.append(("window with the sample loaded and assessed <= 2x bare QWizard",
                    f"{s['ratio']:.2f}x (CPU {s['cpu_ratio']:.2f}x)", s["ratio"] <= TARGETS["startup_ratio"]))
        if s.get("stall_after_show_s") is not None:
            worst = s["stall_after_show_s"]["median"]
            out.append(("no GUI stall > 100 ms (window drawn to assessed)", f"{worst * 1000:.0f} ms",
                        worst <= TARGETS["gui_gap_seconds"]))
        out.append(("no heavy module before the window", ", ".join(s["heavy_imported"]) or "none", not s["heavy_imported"]))
    if "check" in r:
        out.append(("citypitch check <= 2x python -c 'import pydantic'",
                    f"{r['check']['ratio']:.2f}x (CPU {r['check']['cpu_ratio']:.2f}x)",
                    r["check"]["ratio"] <= TARGETS["check_ratio"]))
    if "cold_export" in r:
        c = r["cold_export"]
        out.append(("cold citypitch export <= 1.10x bare WeasyPrint process", f"{c['ratio']:.2f}x (CPU {c['cpu_ratio']:.2f}x)",
                    c["ratio"] <= TARGETS["cold_export_ratio"]))
        out.append(("cold export: same pages and text as the bare render", "yes" if c["same_text"] else "no", c["same_text"]))
    if "edited_slide" in r:
        e = r["edited_slide"]
        out.append(("edited slide <= 2.5x a bare single-slide render", f"{e['ratio']:.2f}x",
                    e["ratio"] <= TARGETS["edited_slide_ratio"]))
        latency = e["window_latency_s"]["median"]
        out.append(("edited slide shown within 0.5 s of the edit (window)", f"{latency:.2f} s",
                    latency <= TARGETS["edited_slide_seconds"]))
        out.append(("no GUI stall > 100 ms (edited slide)", f"{e['window_longest_gap_s']['median'] * 1000:.0f} ms",
                    e["window_longest_gap_s"]["median"] <= TARGETS["gui_gap_seconds"]))
        out.append(("warm deck: same pages and text as a fresh render", "yes" if e["same_deck_text"] else "no",
                    e["same_deck_text"]))
    if "export" in r:
        for name, e in r["export"].items():
            out.append((f"export overhead <= 1.15x ({name})", f"{e['ratio']:.2f}x", e["ratio"] <= TARGETS["export_overhead_ratio"]))
            out.append((f"sample deck < 2 s ({name})", f"{e['pipeline_s']['median']:.2f} s",
                        e["pipeline_s"]["median"] < TARGETS["export_sample_seconds"]))
    if "scaling" in r:
        s = r["scaling"]
        out.append(("time within 1.2x of linear", f"{s['time_vs_linear']:.2f}x", s["time_vs_linear"] <= TARGETS["scaling_linearity"]))
        out.append(("memory within 1.2x of linear", f"{s['memory_vs_linear']:.2f}x", s["memory_vs_linear"] <= TARGETS["scaling_linearity"]))
        # A slide that spills makes the export plan and lay out the whole deck again (wizard.export.FILLS): the
        # 20- and 80-slide decks did until December 2026, which was most of the 1.81x above.
        passes = [p["layout_passes"] for p in s["points"]]
        again = [p.get("slides_laid_out_again", 0) for p in s["points"]]
        out.append(("every scaling deck laid out once (its plan held)", "/".join(map(str, passes)),
                    max(passes) == 1 and max(again) == 0))
        # The same decks with Japanese labels (until December 2026 the 60-slide one spilled at every fill).
        passes = [p["layout_passes"] for p in s.get("japanese_points", [])]
        again = [p["slides_laid_out_again"] for p in s.get("japanese_points", [])]
        if passes:
            out.append(("every en+ja scaling deck laid out once, no slide again",
                        "/".join(map(str, passes)) + " (again: " + "/".join(map(str, again)) + ")",
                        max(passes) == 1 and max(again) == 0))
    if "stress" in r:
        out.append(("stress export peak < 500 MB", f"{r['stress']['peak_rss_mb']:.0f} MB", r["stress"]["peak_rss_mb"] < TARGETS["stress_peak_mb"]))
    if "responsiveness" in r:
        for scenario, s in r["responsiveness"].items():
            out.append((f"no GUI stall > 100 ms ({scenario})", f"{s['median'] * 1000:.0f} ms", s["median"] <= TARGETS["gui_gap_seconds"]))
    if "worst" in r:
        for name, w in r["worst"].items():
            fine = w["seconds"] < TARGETS["worst_seconds"] and w["peak_rss_mb"] < TARGETS["worst_peak_mb"]
            shown = f"{w['seconds']:.1f} s, {w['peak_rss_mb']:.0f} MB" + (" (refused, field named)" if "refused" in w else "")
            out.append((f"worst input under 60 s and 1 GB, or refused ({name})", shown, fine))
    if "readiness" in r:
        for name, s in r["readiness"].items():
            if name.endswith("(its one-time loads)"):  # part of the first assessment's time, not an assessment
                out.append((f"readiness: {name}", f"{s['median'] * 1000:.2f} ms", None))
                continue
            out.append((f"readiness < 10 ms ({name})", f"{s['median'] * 1000:.2f} ms", s["median"] * 1000 < TARGETS["readiness_ms"]))
    if "map" in r:
        m = r["map"]
        out.append(("map data loaded < 150 ms", f"{m['first_use_s']['median'] * 1000:.0f} ms",
                    m["first_use_s"]["median"] * 1000 < TARGETS["map_first_use_ms"]))
        out.append(("gazetteer search < 20 ms", f"{m['search_s']['max'] * 1000:.1f} ms (slowest)",
                    m["search_s"]["max"] * 1000 < TARGETS["map_search_ms"]))
        out.append(("location map < 100 ms", f"{m['draw_s']['max'] * 1000:.0f} ms (slowest)",
                    m["draw_s"]["max"] * 1000 < TARGETS["map_draw_ms"]))
    if "finance" in r:
        for name, s in r["finance"].items():
            out.append((f"finance < 100 ms ({name})", f"{s['median'] * 1000:.2f} ms", s["median"] * 1000 < TARGETS["finance_ms"]))
    if "finance_page" in r:
        for name, s in r["finance_page"].items():
            median = s["refresh_s"]["median"] * 1000
            out.append((f"finance page refresh < 100 ms ({name})", f"{median:.1f} ms", median < TARGETS["finance_page_ms"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one run each, smaller inputs, no targets judged")
    parser.add_argument("--only", action="append", choices=("startup", "export", "scaling", "responsiveness",
                                                             "readiness", "finance", "stress", "map", "worst", "check", "cold_export",
                                                             "edited_slide", "split"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "results.json")
    args = parser.parse_args(argv)
    chosen = args.only or ["startup", "check", "cold_export", "split", "edited_slide", "export", "scaling", "responsiveness",
                           "readiness", "finance", "stress", "map",
                           "worst"]
    runs = 1 if args.quick else 5
    results: dict[str, Any] = {"quick": args.quick, "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="citypitch-bench-") as tmp:
        work = Path(tmp)
        data_dir = work / "data"
        data_dir.mkdir()
        if "startup" in chosen:
            results["startup"] = bench_startup(2 if args.quick else 9, data_dir)
        if "check" in chosen:
            results["check"] = bench_check(2 if args.quick else 11)
        if "cold_export" in chosen:
            results["cold_export"] = bench_cold_export(2 if args.quick else 7, work)
        if "split" in chosen:
            results["split"] = bench_split(1 if args.quick else 7, work)
        if "edited_slide" in chosen:
            results["edited_slide"] = bench_edited_slide(2 if args.quick else 9, work, data_dir)
        if "export" in chosen:
            results["export"] = bench_export(runs if not args.quick else 1, work)
        if "scaling" in chosen:
            results["scaling"] = bench_scaling([10, 20] if args.quick else [10, 20, 40, 80], 1 if args.quick else 3, work)
        if "responsiveness" in chosen:
            results["responsiveness"] = bench_responsiveness(1 if args.quick else 3, work, data_dir)
        if "readiness" in chosen:
            results["readiness"] = bench_readiness(3 if args.quick else 20)
        if "finance" in chosen:
            results["finance"] = bench_finance(3 if args.quick else 20)
            results["finance_page"] = bench_finance_page(1 if args.quick else 9)
        if "stress" in chosen:
            results["stress"] = bench_stress(20 if args.quick else 80, 2 if args.quick else 20, work)
        if "map" in chosen:
            results["map"] = bench_map(1 if args.quick else 5)
        if "worst" in chosen:
            results["worst"] = bench_worst(args.quick, work)
    judged = verdicts(results)
    results["targets"] = [{"target": t, "measured": m, "met": None if args.quick else ok} for t, m, ok in judged]
    if args.quick:
        print("Quick run: one iteration with small inputs; targets are not judged.")
    else:
        print(table("Targets", ("target", "measured", "met"), [(t, m, "" if ok is None else "yes" if ok else "NO") for t, m, ok in judged]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str))
    print(f"Results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
