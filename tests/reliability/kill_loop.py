"""Kill test: a child saves a proposal in a loop and is killed with SIGKILL at random moments.

After every kill the file on disk must be either the previous or the next version and must load.
``python tests/reliability/kill_loop.py --kills 1000`` runs the long version and prints the count;
``tests/test_reliability.py`` runs it with at least 100 kills inside ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys
def statement_for(n):
    return ("v%010d " % n) * 1500
from wizard import projectfile
from wizard.model import new_proposal
path = sys.argv[1]
start = int(sys.argv[2])
project = projectfile.Project(new_proposal(), {"photo.png": b"\x89PNG" + b"x" * 200_000})
n = start
sys.stdout.write("ready\n"); sys.stdout.flush()
while True:
    n += 1
    project.proposal.meta.project_name = f"version {n}"
    project.proposal.vision.statement = statement_for(n)
    projectfile.save(project, path)
"""


#: With ``review=True`` the child also adds a comment, a reply and (every fifth save) a saved version
#: before each save, so a kill must never lose or tear the review part either.
CHILD_REVIEW = r"""
import sys
from wizard import projectfile
from wizard.review import comments, versions
path = sys.argv[1]
project = projectfile.load(path)
n = int(sys.argv[2])
sys.stdout.write("ready\n"); sys.stdout.flush()
while True:
    n += 1
    project.proposal.meta.project_name = f"version {n}"
    project.proposal.vision.statement = ("v%010d " % n) * 1500
    made = comments.add(project, "vision.statement", f"comment {n}", "kill test")
    comments.reply(project, made.number, f"reply {n}", "kill test")
    if n % 5 == 0:
        versions.save(project, f"save {n}", "kill test")
    projectfile.save(project, path)
"""


def review_consistent(path: Path, number: int) -> None:
    """The review part on disk matches the proposal's save number exactly (nothing lost or extra)."""
    from wizard import projectfile
    from wizard.review import comments, versions

    project = projectfile.load(path)
    found = comments.load(project)
    if [c.text for c in found] != [f"comment {i}" for i in range(1, number + 1)]:
        raise AssertionError(f"save {number}: comments do not match ({len(found)} on disk)")
    if any(c.replies[0].text != f"reply {c.number}" for c in found):
        raise AssertionError(f"save {number}: a reply is missing")
    labels = [v.label for v in versions.list_versions(project)]
    if labels != [f"save {i}" for i in range(5, number + 1, 5)]:
        raise AssertionError(f"save {number}: versions do not match ({labels[-3:]})")
    if labels:
        opened = versions.open_version(project, len(labels))
        if opened.project.proposal.meta.project_name != f"version {len(labels) * 5}":
            raise AssertionError(f"save {number}: the last version holds the wrong content")


def statement_for(n: int) -> str:
    """The same text the child writes for version ``n`` (a fixed 18,000 characters)."""
    return ("v%010d " % n) * 1500


def version_on_disk(path: Path) -> int:
    from wizard import projectfile

    project = projectfile.load(path)  # raises ProjectFileError if torn
    name = project.proposal.meta.project_name
    if not name.startswith("version "):
        raise AssertionError(f"unexpected content {name!r}")
    number = int(name.split()[1])
    if project.proposal.vision.statement != statement_for(number):
        raise AssertionError(f"version {number} is internally inconsistent")
    return number


def run(kills: int, folder: Path, seed: int | None = None, review: bool = False) -> dict[str, int]:
    from wizard import projectfile
    from wizard.model import new_proposal

    rng = random.Random(seed)
    path = folder / "kill-test.citypitch"
    first = projectfile.Project(new_proposal())
    first.proposal.meta.project_name = "version 0"
    first.proposal.vision.statement = statement_for(0)
    projectfile.save(first, path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    last = 0
    stats = {"kills": 0, "torn": 0, "went_back": 0, "saves_seen": 0}
    while stats["kills"] < kills:
        child = subprocess.Popen([sys.executable, "-c", CHILD_REVIEW if review else CHILD, str(path), str(last)], env=env,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        child.stdout.readline()  # wait until it is saving
        time.sleep(rng.uniform(0.0, 0.08))
        if child.poll() is not None:  # it must still be saving when killed, or the kill proves nothing
            raise RuntimeError(f"the saving child stopped by itself (exit {child.returncode})")
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        stats["kills"] += 1
        try:
            now = version_on_disk(path)
            if review:
                review_consistent(path, now)
        except Exception:  # noqa: BLE001 - any failure to load is a torn file
            stats["torn"] += 1
            continue
        if now < last:
            stats["went_back"] += 1
        stats["saves_seen"] += now - last
        last = now
        leftovers = [p for p in folder.iterdir() if p.suffix == ".tmp"]
        for leftover in leftovers:  # a killed save may leave its temporary file; the next launch may clean it
            leftover.unlink()
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--review", action="store_true", help="also add comments and versions before each save")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        stats = run(args.kills, Path(tmp), args.seed, args.review)
        stats["seconds"] = round(time.perf_counter() - started)
    print(json.dumps(stats))
    return 0 if stats["torn"] == 0 and stats["went_back"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
