"""How the Designer forms in ``forms/*.ui`` become Python: generated modules, committed.

Each ``forms/<step>.ui`` is compiled by ``pyside6-uic`` into ``wizard/gui/steps/generated/ui_<step>.py``
and the generated modules are committed, because importing one costs about a millisecond while
``QUiLoader`` costs 50-100 ms per page at start-up.  The ``.ui`` files stay the source: after editing
one in Designer, run ``python -m wizard.gui.steps.uiforms`` to regenerate.  A test regenerates every form
and compares byte for byte, so a stale module can never ship.

Pages use composition (``self.ui = Ui_VisionPage(); self.ui.setupUi(self)``), never inheritance.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from wizard.resources import forms_dir

__all__ = ["GENERATED_DIR", "compile_form", "form_class", "form_files", "forms_dir", "regenerate"]

GENERATED_DIR = Path(__file__).resolve().parent / "generated"


def uic_command() -> list[str]:
    """The ``pyside6-uic`` program of this Python environment."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise FileNotFoundError("pyside6-uic was not found; install PySide6 in this environment")


def compile_form(form: Path, output: Path) -> None:
    """Run ``pyside6-uic`` on ``form``; the header names only the file name, so output is stable."""
    subprocess.run([*uic_command(), form.name, "-o", str(output)], cwd=form.parent, check=True)


def form_files() -> list[Path]:
    return sorted(forms_dir().glob("*.ui"))


def regenerate(target: Path = GENERATED_DIR) -> list[Path]:
    """Compile every form into ``target``; returns the written modules."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for form in form_files():
        out = target / f"ui_{form.stem}.py"
        compile_form(form, out)
        written.append(out)
    return written


def form_class(step_id: str, class_name: str) -> Any:
    """The generated ``Ui_<ClassName>`` class of a step."""
    module = importlib.import_module(f"wizard.gui.steps.generated.ui_{step_id}")
    return getattr(module, f"Ui_{class_name}")


if __name__ == "__main__":
    for path in regenerate():
        print(path)
