"""A long fuzz run over project files (outside ``make test``): ``python tests/fuzz/fuzz_files.py --files 100000``.

Each file is a mutation of a bundled sample, as an archive or as plain JSON: random bytes, truncations,
bit flips, structural mutations with hostile values (numbers far out of range, ``1e400``, 20,000-digit
integers, NaN, deep nesting, control characters and NUL in text, duplicate keys, lone surrogates, huge
strings), and hostile archives.  For every file:

- loading either succeeds or raises ProjectFileError whose message starts with the file's path;
- the file on disk is never changed;
- a project that loads also passes ``check`` (the analysis: finance and readiness) and the readiness
  report, saves (``to_bytes``) and loads back equal;
- every ``--render-every``-th project that loads also builds the export's HTML for the deck and the
  leave-behind (context building; WeasyPrint is not run, which would take hours for 100,000 files).

It prints one line of figures (files, loaded, refused, failures, seconds, peak memory) and the first
failures with their reproduction written under ``--keep``.  Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import resource
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from wizard import projectfile, readiness, resources  # noqa: E402
from wizard.analysis import analyse  # noqa: E402
from wizard.errors import ProjectFileError  # noqa: E402

HOSTILE_NUMBERS: list[Any] = [
    "1e400", "-1e400", "1e999999999", "9" * 20_000, "0E-1000000000", "NaN", "Infinity", "-0", "1e-400",
    10**30, -(10**30), 2**63, 0.1, 1e308, -1e308, 5e-324, "12,5", "", " 7 ", True, None, [], {},
]
HOSTILE_TEXT: list[Any] = [
    "a\x0bb", "a\x00b", "\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\x07\x1b[31m", "\ufffe\uffff", "x" * 25_000,
    "<script>alert(1)</script>", "{{ 7*7 }}", "&#0;", "\ud800", "e\u0301" * 50, "\u202e" + "abc",
    "file:///etc/passwd", "\t\t", 12, None, ["a"],
]
RAW_LITERALS = ["1e400", "-1e400", "9" * 20_000, "NaN", "Infinity", "-Infinity", "1" + "0" * 400 + ".5",
                "[" * 300 + "]" * 300, '{"a":1,"a":2}', '"\\ud800"', '"\\u0000"', "1e-400"]


def samples() -> list[tuple[bytes, dict[str, Any]]]:
    found = []
    for name in resources.sample_names():
        project = projectfile.load(resources.sample_path(name))
        archive = projectfile.to_bytes(project)
        found.append((archive, json.loads(zipfile.ZipFile(io.BytesIO(archive)).read("proposal.json"))))
    return found


def all_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += all_paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += all_paths(value, prefix + (index,))
    return found


def nested(depth: int) -> Any:
    value: Any = 1
    for i in range(depth):
        value = {"k": value} if i % 2 else [value]
    return value


def mutate_structure(rng: random.Random, data: dict[str, Any], paths: list[tuple[Any, ...]]) -> str:
    data = json.loads(json.dumps(data))
    for _ in range(rng.randint(1, 4)):
        path = rng.choice(paths)
        node: Any = data
        try:
            for part in path[:-1]:
                node = node[part]
        except (KeyError, IndexError, TypeError):
            continue
        roll = rng.random()
        if roll < 0.35:
            value: Any = rng.choice(HOSTILE_NUMBERS)
        elif roll < 0.7:
            value = rng.choice(HOSTILE_TEXT)
        elif roll < 0.8:
            value = nested(rng.choice([10, 63, 64, 65, 120, 300, 600]))
        elif roll < 0.9 and isinstance(node, dict):
            node.pop(path[-1], None)
            continue
        else:
            value = rng.choice([{}, [], [None] * 50, {"extra": "kept"}, "x"])
        try:
            node[path[-1]] = value
        except (IndexError, TypeError):
            pass
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.3:  # a raw literal no json.dumps would write, spliced in as an unknown key
        text = text[:-1] + f', "x{rng.randint(0, 9)}": {rng.choice(RAW_LITERALS)}' + "}"
    return text


def make_file(rng: random.Random, corpus: list[tuple[bytes, dict[str, Any]]],
              paths: list[list[tuple[Any, ...]]]) -> bytes:
    index = rng.randrange(len(corpus))
    archive, data = corpus[index]
    kind = rng.random()
    if kind < 0.05:
        return rng.randbytes(rng.randint(0, 4096))
    if kind < 0.15:
        return archive[:rng.randint(0, len(archive))]
    if kind < 0.3:
        raw = bytearray(archive)
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        return bytes(raw)
    text = mutate_structure(rng, data, paths[index])
    if kind < 0.65:
        return text.encode("utf-8", "surrogatepass")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("proposal.json", text.encode("utf-8", "surrogatepass"))
        if rng.random() < 0.3:
            out.writestr("assets/logo.png", rng.randbytes(rng.randint(0, 300)))
    return buffer.getvalue()


def check_one(path: Path, data: bytes, render: bool) -> str:
    """'' when the file behaved, else what went wrong; also 'loaded' or 'refused' as the first word."""
    path.write_bytes(data)
    digest = hashlib.sha256(data).digest()
    try:
        project = projectfile.load(path)
    except ProjectFileError as exc:
        if not str(exc).startswith(str(path)):
            return f"refused message does not name the file: {exc}"
        return "refused" if hashlib.sha256(path.read_bytes()).digest() == digest else "file changed"
    if hashlib.sha256(path.read_bytes()).digest() != digest:
        return "file changed"
    analysis = analyse(project.proposal)
    readiness.format_report(analysis.readiness, project.proposal)
    json.dumps(readiness.to_json(analysis.readiness, project.proposal))
    again = path.with_name("again.citypitch")
    again.write_bytes(projectfile.to_bytes(project))
    back = projectfile.load(again)
    if back.proposal.to_json_data() != project.proposal.to_json_data():
        return "saved and loaded back differently"
    if render:
        from wizard.export import ExportOptions, render_html
        from wizard.images import ImageError

        for fmt in ("deck", "leave-behind"):
            try:
                render_html(project, ExportOptions(format=fmt))
            except ImageError:
                pass  # a damaged or missing image is refused in words, as it should be
    return "loaded"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--render-every", type=int, default=200)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "citypitch-fuzz-failures")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    corpus = samples()
    paths = [all_paths(data) for _, data in corpus]
    counts = {"loaded": 0, "refused": 0, "failures": 0}
    failures: list[str] = []
    loaded_seen = 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="citypitch-fuzz-") as folder:
        for n in range(args.files):
            data = make_file(rng, corpus, paths)
            suffix = ".citypitch" if data.startswith(b"PK") or rng.random() < 0.5 else ".json"
            path = Path(folder) / f"fuzz{suffix}"
            render = False
            try:
                outcome = check_one(path, data, render=False)
                if outcome == "loaded":
                    loaded_seen += 1
                    if args.render_every and loaded_seen % args.render_every == 0:
                        render = True
                        outcome = check_one(path, data, render=True)
            except Exception:  # noqa: BLE001 - every unexpected exception is a finding
                outcome = "exception: " + traceback.format_exc(limit=3).strip().splitlines()[-1]
            if (n + 1) % 5_000 == 0:
                print(f"... {n + 1} files, {counts['failures']} failures, {time.monotonic() - start:.0f} s",
                      file=sys.stderr, flush=True)
            if outcome in ("loaded", "refused"):
                counts[outcome] += 1
                continue
            counts["failures"] += 1
            args.keep.mkdir(parents=True, exist_ok=True)
            kept = args.keep / f"failure-{n}{suffix}"
            kept.write_bytes(data)
            failures.append(f"{kept}: {outcome}{' (rendering)' if render else ''}")
    seconds = time.monotonic() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files {args.files}, loaded {counts['loaded']}, refused cleanly {counts['refused']}, "
          f"failures {counts['failures']}, seconds {seconds:.0f}, peak memory {peak_mb:.0f} MB, "
          f"rendered {loaded_seen // args.render_every if args.render_every else 0}")
    for line in failures[:20]:
        print(line)
    return 1 if counts["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
