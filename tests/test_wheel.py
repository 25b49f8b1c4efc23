"""A built wheel, installed into a fresh virtual environment outside the source tree, works.

The dependencies (PySide6, WeasyPrint, ...) are not downloaded again: the fresh venv sees the test
environment's site-packages through a ``.pth`` line, which adds that folder to ``sys.path`` without
running its ``.pth`` files, so the source tree's editable install stays invisible and ``wizard`` can
only come from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from wizard import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, text=True)
    wheels = list(dist.glob("citypitch-*.whl"))
    assert len(wheels) == 1
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "_citypitch_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
                    "--disable-pip-version-check", str(wheels[0])], check=True, capture_output=True, text=True)
    return env_dir, wheels[0]


def run(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=300)


def test_wheel_carries_data_folders(installed: tuple[Path, Path]) -> None:
    names = zipfile.ZipFile(installed[1]).namelist()
    for expected in ("wizard/_data/resources/fonts/fonts.json", "wizard/_data/resources/samples/",
                     "wizard/_data/forms/", "wizard/_data/export_templates/"):
        assert any(name.startswith(expected) for name in names), expected
    assert not any(name.startswith(("tests/", "wizard/_data/tests")) for name in names)


def test_installed_commands_work_outside_the_source_tree(installed: tuple[Path, Path], tmp_path: Path) -> None:
    env_dir, _ = installed
    bin_dir = env_dir / "bin"
    version = run(env_dir, str(bin_dir / "citypitch"), "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"CityPitch {__version__}"

    created = run(env_dir, str(bin_dir / "citypitch"), "new", "-o", "fresh.citypitch", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "fresh.citypitch").is_file()

    where = run(env_dir, str(bin_dir / "python"), "-c",
                "import wizard, wizard.resources as r; print(wizard.__file__); print(r.fonts_dir()); "
                "print(r.sample_names())", cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module_file, fonts, samples = where.stdout.strip().splitlines()
    assert Path(module_file).is_relative_to(env_dir)
    assert Path(fonts).is_relative_to(env_dir) and (Path(fonts) / "fonts.json").is_file()
    assert samples != "[]"

    sample = samples.strip("[]").split(",")[0].strip().strip("'")
    copied = run(env_dir, str(bin_dir / "citypitch"), "new", "--sample", sample, "-o", "copy.citypitch", cwd=tmp_path)
    assert copied.returncode == 0, copied.stderr
    assert (tmp_path / "copy.citypitch").is_file()
