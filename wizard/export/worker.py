"""The child side of an isolated export (``python -m wizard.export.worker``); see :mod:`wizard.export.isolation`.

The parent writes one request to our stdin: a JSON line ``{"target", "out", "options", "size",
"memory_limit", "timeout_s", "source"}`` followed by ``size`` bytes of the project archive
(:func:`wizard.projectfile.to_bytes`).  Plain bytes and a dict cross the process boundary, never pickled
pydantic objects, so parent and child need not agree on anything but this protocol.

Targets here: :func:`export_deck` (the default) and :func:`export_slide` (one slide of the deck on
its own, :mod:`wizard.export.single`).

We answer with JSON lines on the stdout we were started with: ``{"type": "progress", "stage",
"fraction"}`` any number of times, then ``{"type": "done", "path"}`` or ``{"type": "error", "kind",
"message"}`` (kind: ``memory``, ``user`` for a CityPitchError, ``bug`` for anything else).  Anything a
library prints goes to stderr, so it cannot corrupt the protocol.

Safety nets in the child: an address-space limit (``RLIMIT_AS``) so a runaway render fails with
MemoryError instead of exhausting the machine; ``alarm()`` a little after the parent's timeout in case
the parent is frozen; and a watchdog that exits as soon as the parent closes our stdin or dies.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

#: The user's project file as the parent named it in the request (``source``), for messages only.
_SOURCE: str | None = None
#: Bytes kept aside so that reporting a MemoryError does not itself run out of memory.
_RESERVE_BYTES = 4 * 1024 * 1024


def _request(project_bytes: bytes, out: Path, options: dict[str, Any]) -> tuple[Any, Any]:
    """The project sent by the parent (read from its bytes, written beside ``out``) and the export options."""
    from wizard import projectfile
    from wizard.errors import CityPitchError
    from wizard.export import ExportOptions

    source = out.with_name("project" + projectfile.SUFFIX)
    source.write_bytes(project_bytes)
    project = projectfile.load(source)
    project.path = None
    try:
        return project, ExportOptions(**options)
    except TypeError as exc:
        raise CityPitchError(f"unknown export option ({exc})") from None


def export_deck(project_bytes: bytes, out: Path, options: dict[str, Any],
                progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> Path:
    """The default target: read the project from its bytes and export the PDF deck to ``out``."""
    from wizard.export import export_pdf

    shown = _SOURCE  # the user's project file, named in messages
    project, export_options = _request(project_bytes, out, options)
    if export_options.format == "pptx":  # the Export step's PowerPoint deck, written by its own renderer
        from wizard.export.pptx import export_pptx

        return export_pptx(project, out, export_options, progress=progress, cancelled=cancelled,
                           source=Path(shown) if shown else None)
    return export_pdf(project, out, export_options, progress=progress, cancelled=cancelled,
                      source=Path(shown) if shown else None)


def render_slide(project: Any, out: Path, options: Any, wanted: str,
                 cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Write the one-page PDF of the slide ``wanted`` names to ``out``; returns its id, number and total."""
    from wizard import atomic
    from wizard.analysis import analyse
    from wizard.export import FILLS, ExportCancelled, ExportError, _layout, _write, check_options, render_html
    from wizard.textcheck import refusal, uncovered_text

    check_options(options)
    if options.format != "deck":
        raise ExportError("only a deck has slides to preview one by one")
    uncovered = uncovered_text(project.proposal)
    if uncovered:
        raise ExportError.saying(refusal(uncovered))
    analysis = analyse(project.proposal)
    html, context, images = render_html(project, options, FILLS[0], analysis, only_slide=wanted)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    document = _layout(html, context, images, options)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    atomic.write_bytes(out, _write(document, options))
    return dict(context["single"], pages=len(document.pages))


def export_slide(project_bytes: bytes, out: Path, options: dict[str, Any],
                 progress: Callable[[str, float], None], cancelled: Callable[[], bool]) -> tuple[Path, dict[str, Any]]:
    """Render target (``wizard.export.worker:export_slide``): ``options["only"]`` names the slide or field."""
    from wizard import scratch
    from wizard.errors import CityPitchError
    from wizard.export.single import ONLY

    options = dict(options)
    wanted = str(options.pop(ONLY, "") or "")
    if not wanted:
        raise CityPitchError("no slide was named for the single-slide preview")
    project, export_options = _request(project_bytes, out, options)
    progress("Laying out the slide", 0.1)
    with scratch.folder("render", capture_tempfile=True):
        info = render_slide(project, out, export_options, wanted, cancelled)
    progress("Done", 1.0)
    return out, info


def resolve(target: str) -> Callable[..., Any]:
    """``"package.module:function"`` -> the function."""
    module_name, _, name = target.partition(":")
    if not module_name or not name:
        raise ValueError(f"a target is written 'module:function', not {target!r}")
    function = getattr(importlib.import_module(module_name), name)
    if not callable(function):
        raise TypeError(f"{target} is not callable")
    return function  # type: ignore[no-any-return]


def limit_memory(limit: int) -> None:
    """Cap this process's address space at ``limit`` bytes (where the platform allows it)."""
    if limit <= 0:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the parent's timeout still applies
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


class _Channel:
    """The protocol stream to the parent; one message per line, written whole."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.lock = threading.Lock()

    def send(self, **message: Any) -> None:
        line = (json.dumps(message, ensure_ascii=True) + "\n").encode("ascii")
        with self.lock:
            self.stream.write(line)
            self.stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(min(left, 1024 * 1024))
        if not chunk:
            raise EOFError("the request ended early")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _watch_parent(fd: int) -> None:
    """Exit at once when the parent closes our stdin (it is done with us, or it died)."""
    # Raw reads on the descriptor: a thread blocked inside the buffered sys.stdin would abort the
    # interpreter at shutdown.  The request has been read whole, so nothing else is buffered.
    try:
        while os.read(fd, 4096):
            pass
    except OSError:
        pass
    os._exit(3)


def main() -> int:
    # Keep the real stdout for the protocol; send fd 1 (and sys.stdout) to stderr for stray prints.
    channel = _Channel(os.fdopen(os.dup(1), "wb", buffering=0))
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    stdin = sys.stdin.buffer
    header = json.loads(stdin.readline().decode("utf-8"))
    limit_memory(int(header.get("memory_limit", 0)))
    global _SOURCE
    _SOURCE = str(header["source"]) if header.get("source") else None
    project_bytes = _read_exactly(stdin, int(header["size"]))
    threading.Thread(target=_watch_parent, args=(stdin.fileno(),), daemon=True, name="parent-watch").start()
    timeout = float(header.get("timeout_s", 0))
    if timeout > 0 and hasattr(signal, "alarm"):
        signal.alarm(int(timeout) + 10)
    reserve = bytearray(_RESERVE_BYTES)
    try:
        target = resolve(str(header["target"]))
        written = target(project_bytes, Path(header["out"]), dict(header.get("options") or {}),
                         lambda stage, fraction: channel.send(type="progress", stage=str(stage), fraction=float(fraction)),
                         lambda: False)
        # A target may hand back (path, info): a small JSON dict for the parent (wizard.export.single).
        info = written[1] if isinstance(written, tuple) else {}
        channel.send(type="done", path=str(written[0] if isinstance(written, tuple) else written), info=info)
        return 0
    except MemoryError:
        del reserve
        channel.send(type="error", kind="memory", message="the export needed more memory than it is allowed")
        return 4
    except BaseException as exc:  # noqa: BLE001 - everything is reported to the parent in plain words
        from wizard.errors import CityPitchError

        kind = "user" if isinstance(exc, CityPitchError) else "bug"
        text = str(exc) if kind == "user" else f"{type(exc).__name__}: {exc}"
        if kind == "bug":
            import traceback

            traceback.print_exc()
        channel.send(type="error", kind=kind, message=text[:2000],
                     # the sentence's parts, for a translated window (wizard.i18n.said)
                     said=exc.said.to_data() if isinstance(exc, CityPitchError) and exc.said is not None else None)
        return 5


if __name__ == "__main__":
    status = main()
    sys.stderr.flush()
    # Skip interpreter shutdown: the answer is sent, and native libraries' threads have nothing to
    # finish; a slow or failing teardown must not turn a good export into a reported crash.
    os._exit(status)
