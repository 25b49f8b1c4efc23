"""Open/quit cycles of the wizard under a real X server: the crash at exit of issue 16.

Each cycle starts ``citypitch open FILE`` on an X display (an Xvfb server this script starts, or the one
given), waits for its window, and drives it with real key events sent through the X server
(``xdotool``): it types into the first field, moves through the steps (now and then as far as the Export
step, whose preview renders in a child process, or into presentation mode), undoes, and quits with
Ctrl+Q, answering the save question with D (Discard) or, every few cycles, Enter (Save).  The process
must end by itself, with status 0 and nothing on stderr that tells of a crash or an error.

    python tests/reliability/quit_cycles.py --cycles 1000
    python tests/reliability/quit_cycles.py --cycles 20 --keys 9000 --without-workaround

``--without-workaround`` starts the wizard without :mod:`wizard.gui.refcounts` (the reference-count
workaround for PySide6 6.12.0 on CPython 3.11), to see the crash it prevents; ``--keys`` is how many
characters are typed per cycle (the lost references grow with the keystrokes).  Prints one line per cycle
and a summary; exits with 1 when any cycle failed.  ``tests/test_gui_quit_cycles.py`` runs a short
version inside ``make test``.  Needs ``Xvfb`` and ``xdotool`` (see ``.ci/system-deps.sh``).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

#: Starts the wizard as ``citypitch open FILE`` does; "off" as the second argument leaves out the workaround.
LAUNCHER = r"""
import sys, types
if sys.argv[2] == "off":
    # The package would apply the workaround on import: a stand-in module that does nothing comes first.
    stand_in = types.ModuleType("wizard.gui.refcounts")
    stand_in.protect = lambda: False
    sys.modules["wizard.gui.refcounts"] = stand_in
from wizard.cli import main
sys.exit(main(["open", sys.argv[1]]))
"""

#: What on stderr means a cycle failed.
BAD_SIGNS = ("Fatal Python error", "Segmentation fault", "Traceback", "refcount", "dealloc", "Aborted",
             "QObject::", "QThread", "core dumped", "Error")

WORDS = "bus lane corridor depot fare ticket signal priority station ridership demand revenue".split()


@dataclass
class Cycle:
    number: int
    returncode: int | None
    seconds: float
    actions: list[str] = field(default_factory=list)
    stderr: str = ""
    #: What the file says about the cycle's answer: "" when it agrees (saved: the typing is in the file;
    #: discarded: the file is as it was), else what is wrong.
    file_problem: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.file_problem and not any(sign in self.stderr for sign in BAD_SIGNS)

    def describe(self) -> str:
        status = "ok" if self.ok else f"FAILED (status {self.returncode}{'; ' + self.file_problem if self.file_problem else ''})"
        text = f"cycle {self.number}: {status} in {self.seconds:.1f} s ({', '.join(self.actions)})"
        if not self.ok and self.stderr.strip():
            lines = self.stderr.strip().splitlines()
            fatal = [line for line in lines[:-12] if line.startswith("Fatal Python error")]  # what went wrong
            text += "\n    " + "\n    ".join([*fatal[:1], *lines[-12:]])
        return text


class Xvfb:
    """An Xvfb server of its own (a laptop's 1366x768 screen), stopped when the run ends.

    The server chooses a free display number itself and writes it, once it accepts connections, to a
    pipe (``-displayfd``). Choosing the number here by looking for lock files raced with any other
    run starting a server at the same moment: both took the same number, one server exited, and its
    run then drove the other run's server.
    """

    def __init__(self, size: str = "1366x768x24") -> None:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
        read_end, write_end = os.pipe()
        try:
            self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", size,
                                             "-nolisten", "tcp"], pass_fds=(write_end,),
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        finally:
            os.close(write_end)
        try:
            self.number = self._read_number(read_end)
        except RuntimeError:
            self.stop()
            raise
        finally:
            os.close(read_end)
        self.display = f":{self.number}"

    def _read_number(self, read_end: int, timeout: float = 20) -> int:
        text = b""
        deadline = time.monotonic() + timeout
        while not text.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0]:
                raise RuntimeError("Xvfb did not say which display it started on within 20 s")
            chunk = os.read(read_end, 16)
            if not chunk:  # the server exited before it was ready
                raise RuntimeError(f"Xvfb exited before it was ready (exit status {self.process.wait(10)})")
            text += chunk
        return int(text)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


class Runner:
    def __init__(self, display: str, work: Path, keys: int, workaround: bool, seed: int) -> None:
        if shutil.which("xdotool") is None:
            raise RuntimeError("xdotool is not installed (Debian: apt-get install xdotool)")
        self.display = display
        self.work = work
        self.keys = keys
        self.workaround = workaround
        self.random = random.Random(seed)
        self.env = dict(os.environ, DISPLAY=display, CITYPITCH_DATA_DIR=str(work / "data"),
                        XDG_CONFIG_HOME=str(work / "config"), PYTHONPATH=str(ROOT))
        self.env.pop("QT_QPA_PLATFORM", None)  # the real X server, not the tests' offscreen plug-in
        self.project = work / "cycle.citypitch"
        from wizard import projectfile, resources

        projectfile.save(projectfile.load(resources.sample_path("lumara-transit")), self.project)
        self.pristine = self.project.read_bytes()
        self.pristine_statement = projectfile.load(self.project).proposal.vision.statement

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        return result.stdout.strip()

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "30", *keys)

    def cycle(self, number: int) -> Cycle:
        # Every cycle starts alike: the same file (a cycle may have saved it), no recovery copy left by a
        # failed cycle (the next launch would offer it back first), no lock.
        self.project.write_bytes(self.pristine)
        shutil.rmtree(self.work / "data", ignore_errors=True)
        for lock in self.work.glob(".*.lock"):
            lock.unlink()
        start = time.monotonic()
        stderr_path = self.work / "stderr.txt"
        with open(stderr_path, "wb") as stderr:
            process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(self.project), "on" if self.workaround else "off"],
                                       env=self.env, stdout=subprocess.DEVNULL, stderr=stderr)
            actions: list[str] = []
            try:
                self.drive(process, actions)
                process.wait(60 + self.keys / 20)
            except subprocess.TimeoutExpired:
                actions.append("did not end")
                process.kill()
                process.wait(30)
        return Cycle(number, process.returncode if "did not end" not in actions else None, time.monotonic() - start,
                     actions, stderr_path.read_text(encoding="utf-8", errors="replace"), self.check_file(actions))

    def check_file(self, actions: list[str]) -> str:
        """Whether the file shows what the cycle did: the typed text after Save, nothing after Discard."""
        if "saved" in actions:
            from wizard import projectfile

            statement = projectfile.load(self.project).proposal.vision.statement
            return "" if statement != self.pristine_statement else "saved, but the typed text is not in the file"
        if "discarded" in actions and self.project.read_bytes() != self.pristine:
            return "discarded, but the file changed"
        return ""

    def wait_for_window(self, process: subprocess.Popen[bytes], name: str, timeout: float) -> str:
        """The X id of a shown window whose title matches ``name`` ("" if the process ends first, or none shows)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return ""
            found = self.xdotool("search", "--onlyvisible", "--name", name)
            if found:
                return found.splitlines()[0]
            time.sleep(0.2)
        return ""

    def drive(self, process: subprocess.Popen[bytes], actions: list[str]) -> None:
        window = self.wait_for_window(process, f"{self.project.name}.*CityPitch", 60)
        if not window:
            actions.append("no window")
            return
        self.xdotool("windowfocus", "--sync", window)
        time.sleep(0.3)  # the window takes the keyboard focus
        rnd = self.random
        typed = 0
        # The file opens at City and team; Ctrl+PgDown shows the Vision step with its statement focused.
        self.key("ctrl+Next")
        if self.keys:
            text = " ".join(rnd.choice(WORDS) for _ in range(self.keys // 6 + 1))[: self.keys]
            self.xdotool("type", "--delay", "1", text, timeout=max(60, self.keys / 50))
            typed += len(text)
        steps = rnd.randint(0, 10)
        if steps:
            self.key(*(["ctrl+Next"] * steps))
        actions.append(f"typed {typed}, at step {steps + 3}")
        if steps >= 9 or rnd.random() < 0.2:
            time.sleep(rnd.uniform(0.0, 1.5))  # at the Export step the preview renders meanwhile
        if rnd.random() < 0.2:
            self.key("F11")
            time.sleep(0.3)
            actions.append("presentation mode")
        if typed and rnd.random() < 0.3:
            self.key("ctrl+z")
            actions.append("undo")
        save = bool(typed) and rnd.random() < 0.3
        self.key("ctrl+q")
        # Keys are queued until the window has handled every one typed before: wait for the question
        # ("This proposal has changes that are not saved") before answering it, S or Enter saves, D discards.
        question = self.wait_for_window(process, "Unsaved changes", 60 + self.keys / 20) if typed else ""
        if question:
            self.xdotool("windowfocus", "--sync", question)
            self.key("Return" if save else "d")
            actions.append("saved" if save else "discarded")
        elif typed and process.poll() is None:
            actions.append("no question")
        actions.append("quit")


def run(cycles: int, keys: int, workaround: bool, seed: int, display: str | None, stop_at_first: bool = False,
        out: TextIO = sys.stdout) -> list[Cycle]:
    """Run ``cycles`` cycles (on ``display``, or on an Xvfb server of their own); each one's result."""
    work = Path(tempfile.mkdtemp(prefix="citypitch-quit-cycles-"))
    server = None if display else Xvfb()
    try:
        runner = Runner(display if server is None else server.display, work, keys, workaround, seed)
        results = []
        for number in range(1, cycles + 1):
            result = runner.cycle(number)
            results.append(result)
            print(result.describe(), file=out, flush=True)
            if stop_at_first and not result.ok:
                break
        return results
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--keys", type=int, default=40, help="characters typed per cycle (default 40)")
    parser.add_argument("--without-workaround", action="store_true", help="leave out wizard/gui/refcounts.py")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--display", help="an X display to use (default: an Xvfb server of its own)")
    parser.add_argument("--stop-at-first", action="store_true", help="stop at the first failed cycle")
    args = parser.parse_args(argv)
    started = time.monotonic()
    results = run(args.cycles, args.keys, not args.without_workaround, args.seed, args.display, args.stop_at_first)
    failed = [r for r in results if not r.ok]
    print(f"{len(results)} cycles, {len(failed)} failed, {time.monotonic() - started:.0f} s"
          f" ({'without' if args.without_workaround else 'with'} the workaround, {args.keys} characters a cycle)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
