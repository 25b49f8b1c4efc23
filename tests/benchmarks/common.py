"""Shared helpers for the benchmarks: statistics, child processes with peak memory, tables."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Stats:
    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> "Stats":
        return cls(statistics.median(values), min(values), max(values), len(values))

    def as_dict(self) -> dict[str, float | int]:
        return {"median": self.median, "min": self.low, "max": self.high, "runs": self.runs}

    def show(self, unit: str = "s", scale: float = 1.0, digits: int = 3) -> str:
        spread = f"{self.low * scale:.{digits}f}–{self.high * scale:.{digits}f}"
        return f"{self.median * scale:.{digits}f} {unit} ({spread}, n={self.runs})"


def child_env(data_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    # A user's Python caches compiled modules (__pycache__); some build and CI environments switch that
    # off, which makes every start recompile CityPitch's own modules. Measure what users get, with the
    # cache kept in the temporary folder rather than in the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "citypitch-bench-pycache"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if data_dir is not None:
        env["CITYPITCH_DATA_DIR"] = str(data_dir)
    return env


def run_child(args: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> tuple[str, str, int]:
    """Run a child; return (stdout, stderr, peak RSS in KiB) measured with wait4 for that child alone."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    # communicate() has reaped the child; its rusage is in RUSAGE_CHILDREN only cumulatively, so children
    # that report their own peak print it (see peak_rss_kib) and this value is a fallback.
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}): {' '.join(args)}\n{err[-2000:]}")
    return out, err, 0


def peak_rss_kib() -> int:
    """This process's peak resident memory so far, in KiB (Linux reports ru_maxrss in KiB)."""
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def python() -> str:
    return sys.executable


def last_json_line(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError(f"no JSON result in child output:\n{text[-2000:]}")


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [list(map(str, header))] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = [title, "  ".join(h.ljust(w) for h, w in zip(cells[0], widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells[1:]]
    return "\n".join(out) + "\n"


def now() -> float:
    return time.perf_counter()
