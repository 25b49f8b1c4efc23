"""Section 12: would splitting a cold deck export over two processes pay (issue 21, target 3)?

The experiment gives splitting every advantage: the deck is planned once (as ``citypitch export``
does), the final HTML of each half is made in advance, and two bare WeasyPrint processes lay out and
write the halves side by side; the halves are then joined page by page with pypdf.  It is set against
one bare WeasyPrint process writing the whole deck from the same HTML.  Each half pays its own Python
start and WeasyPrint import, which is the cost splitting adds.

What the experiment leaves out, and a real split would have to do on top: number the second half's
pages on from the first, carry the appendix pointers ("See A10") across the join as working links,
and merge the two tagged structure trees, outlines and PDF/A metadata into one valid PDF/UA file.
So a gain here is an upper bound; no gain here means splitting cannot pay on this machine.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from tests.benchmarks.common import ROOT, Stats, child_env, python, table


def _halves_html(options: Any, render_html: Callable[..., tuple[str, dict[str, Any], Any]], project: Any) -> tuple[str, str, int]:
    """The final HTML of the deck's first and second halves (planned as the whole deck), and its slide count."""
    from wizard.export import single

    count = {}

    def keep(first: bool) -> Callable[[dict[str, Any], str], None]:
        def _keep(context: dict[str, Any], wanted: str) -> None:
            slides = context["slides"]
            count["n"] = len(slides)
            middle = (len(slides) + 1) // 2
            context["slides"] = slides[:middle] if first else slides[middle:]
        return _keep

    out = []
    for first in (True, False):
        with mock.patch.object(single, "keep_slide", keep(first)):
            html, _, _ = render_html(project, options, only_slide="half")
        out.append(html)
    return out[0], out[1], count["n"]


def bench_split(runs: int, work: Path, bare_child: str, plan_for: Callable[[str, Path], Path]) -> dict[str, Any]:
    """One bare process for the whole deck against two bare processes for its halves, then the join.

    ``bare_child`` is section 10's bare WeasyPrint program (``plan.pickle out.pdf``); ``plan_for(html, path)``
    writes its input for the given HTML (the same stylesheets, fonts and fetcher as the whole deck's).
    """
    from pypdf import PdfReader, PdfWriter

    from wizard import projectfile
    from wizard import export as ex

    env = child_env(work / "data")
    sample = ROOT / "resources" / "samples" / "lumara-transit.json"
    options = ex.ExportOptions()
    project = projectfile.load(sample)
    whole_html, _, _ = ex.render_html(project, options)
    first_html, second_html, slides = _halves_html(options, ex.render_html, project)
    whole_plan = plan_for(whole_html, work / "split-whole.pickle")
    first_plan = plan_for(first_html, work / "split-first.pickle")
    second_plan = plan_for(second_html, work / "split-second.pickle")
    whole_pdf, first_pdf, second_pdf, joined_pdf = (work / f"split-{n}.pdf" for n in ("whole", "first", "second", "joined"))

    def one() -> float:
        start = time.perf_counter()
        subprocess.run([python(), "-c", bare_child, str(whole_plan), str(whole_pdf)], env=env, cwd=ROOT, check=True)
        return time.perf_counter() - start

    def two() -> tuple[float, float]:
        start = time.perf_counter()
        children = [subprocess.Popen([python(), "-c", bare_child, str(plan), str(pdf)], env=env, cwd=ROOT)
                    for plan, pdf in ((first_plan, first_pdf), (second_plan, second_pdf))]
        for child in children:
            if child.wait() != 0:
                raise RuntimeError("a half's render failed")
        rendered = time.perf_counter()
        writer = PdfWriter()
        for pdf in (first_pdf, second_pdf):
            for page in PdfReader(pdf).pages:
                writer.add_page(page)
        with joined_pdf.open("wb") as handle:
            writer.write(handle)
        done = time.perf_counter()
        return done - start, done - rendered

    one(), two()  # warm the caches (fonts, compiled modules)
    whole_s: list[float] = []
    split_s: list[float] = []
    join_s: list[float] = []
    for _ in range(runs):
        whole_s.append(one())
        total, join = two()
        split_s.append(total)
        join_s.append(join)
    whole, split, join = Stats.of(whole_s), Stats.of(split_s), Stats.of(join_s)
    pages = (len(PdfReader(whole_pdf).pages), len(PdfReader(joined_pdf).pages))
    ratio = split.median / whole.median
    load = os.getloadavg()[0]
    rows = [("one process, whole deck", whole.show()),
            ("two processes side by side, then the join", split.show()),
            ("   of which the join (pypdf)", join.show()),
            ("ratio: split / whole", f"{ratio:.2f}x"),
            ("pages: whole, joined", f"{pages[0]}, {pages[1]}"),
            ("load average at the end (1 min)", f"{load:.2f}")]
    print(table(f"12. Splitting the cold deck over two processes ({slides} slides; bare WeasyPrint, paired runs; "
                "an upper bound: no page numbering, links or tags merged)", ("", "wall clock"), rows))
    return {"whole_s": whole.as_dict(), "split_s": split.as_dict(), "join_s": join.as_dict(), "ratio": ratio,
            "pages": list(pages), "slides": slides, "load_1min": load}
