"""Benchmark: opening project files with thousands of comments or versions (target: under 1 s).

``python tests/benchmarks/review_files.py [--comments 5000] [--versions 1000] [--runs 5]`` builds, from
the Lumara sample, one file with that many comments (each with a reply) and one with that many saved
versions (a realistic edit between each), then times, in fresh processes, what opening such a file
costs: ``projectfile.load`` plus listing comments (anchors recognised) or listing versions, and
opening the oldest version.  Prints a table and writes JSON with ``--out``.  Not a test: speed is
judged here, never by a timed assert.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_S = 1.0

OPEN = r"""
import sys, time, json
start = time.perf_counter()
from wizard import projectfile
from wizard.review import comments, versions
project = projectfile.load(sys.argv[1])
loaded = time.perf_counter()
found = comments.load(project)
listed = versions.list_versions(project)
opened = time.perf_counter()
if listed:
    versions.open_version(project, listed[0].number)
done = time.perf_counter()
print(json.dumps({"load_s": loaded - start, "open_s": opened - start, "first_version_s": done - opened,
                  "comments": len(found), "versions": len(listed)}))
"""


def build(folder: Path, n_comments: int, n_versions: int) -> tuple[Path, Path, float]:
    from tests.review_support.sessions import at, edit_session
    from wizard import projectfile, resources
    from wizard.review import comments, versions

    project = projectfile.load(resources.sample_path("lumara-transit"))
    # comments are written straight into the entry (adding 5000 one by one re-writes it 5000 times)
    from wizard.review import store
    from wizard.review.records import Comment, CommentsFile, Reply

    data = project.proposal.to_json_data()
    places = ["problem.kpis[1].baseline", "risks[2]", "vision.statement", "finance.lines[3].capex", ""]
    anchors = [comments.anchor_for(p, data) for p in places]
    file = CommentsFile(comments=[
        Comment(number=i + 1, anchor=anchors[i % len(anchors)], author="Reviewer", created=at(i % 90),
                text=f"Comment {i}: please check the source and the year of this figure. " * 3,
                replies=[Reply(number=1, author="City team", created=at(i % 90), text="Checked; source added.")])
        for i in range(n_comments)])
    store.write(project, file)
    with_comments = projectfile.save(project, folder / "comments.citypitch")

    project = projectfile.load(resources.sample_path("lumara-transit"))
    rng = random.Random(3)
    started = time.perf_counter()
    for n in range(1, n_versions + 1):
        edit_session(project, n, rng)
        versions.save(project, f"Session {n}", "Team", when=at(n))
    per_version = (time.perf_counter() - started) / max(n_versions, 1)
    with_versions = projectfile.save(project, folder / "versions.citypitch")
    return with_comments, with_versions, per_version


def time_open(path: Path, runs: int) -> dict[str, object]:
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", OPEN, str(path)], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
        samples.append(json.loads(out.strip().splitlines()[-1]))
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]} | {"bytes": path.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        a, b, per_version = build(Path(tmp), args.comments, args.versions)
        results = {"comments_file": time_open(a, args.runs), "versions_file": time_open(b, args.runs),
                   "save_version_s": per_version, "target_open_s": TARGET_S}
    print(f"{'file':<34}{'size':>10}{'load':>9}{'open+list':>11}{'1st version':>13}")
    for key, label in (("comments_file", f"{args.comments} comments + replies"),
                       ("versions_file", f"{args.versions} saved versions")):
        r = results[key]
        print(f"{label:<34}{r['bytes'] / 1024:>8.0f}KB{r['load_s']:>8.3f}s{r['open_s']:>10.3f}s{r['first_version_s']:>12.3f}s")
    print(f"saving one version (mean over {args.versions}): {per_version * 1000:.0f} ms; target for opening: under {TARGET_S} s")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
