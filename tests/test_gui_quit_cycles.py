"""The crash at exit (issue 16, item 6): open/quit cycles of the real wizard under Xvfb, with real keys.

``tests/reliability/quit_cycles.py`` does the work (``--cycles 1000`` is the long run, outside the
suite); here a short run of it, and the settings of a launched wizard kept out of the user's folder.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.quit_cycles import run as quit_cycles
from wizard import projectfile, resources

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow  # about six seconds a cycle
@pytest.mark.gui
def test_open_type_and_quit_cycles_end_cleanly_under_x() -> None:
    assert shutil.which("Xvfb") and shutil.which("xdotool"), "Xvfb and xdotool are system dependencies (.ci/system-deps.sh)"
    out = io.StringIO()
    results = quit_cycles(cycles=10, keys=60, workaround=True, seed=7, display=None, out=out)
    assert len(results) == 10
    failed = [r.describe() for r in results if not r.ok]
    assert not failed, out.getvalue()
    # The cycles did what they say: some saved (their typing is in the file, checked by the runner),
    # some discarded, some went as far as the Export step or into presentation mode.
    actions = [a for r in results for a in r.actions]
    assert "saved" in actions and ("discarded" in actions or "undo" in actions)
    assert any(a.startswith("typed 60") for a in actions)


@pytest.mark.slow  # starts the wizard in a child process
@pytest.mark.gui
def test_a_launched_wizard_keeps_its_settings_in_the_data_dir(tmp_path: Path) -> None:
    """With CITYPITCH_DATA_DIR set, the recent files (and every setting) go there, not to the user's config."""
    project = tmp_path / "work" / "ring.citypitch"
    project.parent.mkdir()
    projectfile.save(projectfile.load(resources.sample_path("lumara-transit")), project)
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               CITYPITCH_DATA_DIR=str(tmp_path / "data"), CITYPITCH_BENCH_QUIT_WHEN_SHOWN="1", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "wizard", "open", str(project)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    settings = list((tmp_path / "data" / "settings").rglob("*.ini"))
    assert len(settings) == 1
    text = settings[0].read_text(encoding="utf-8")
    assert str(project) in text and "last_folder" in text
    assert not home.exists() or not any(home.rglob("*"))  # nothing written in the user's folders
