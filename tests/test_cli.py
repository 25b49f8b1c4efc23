"""The ``citypitch`` command line: new, samples, version, and one-line errors with exit status 2."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import __version__, projectfile, resources
from wizard.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"CityPitch {__version__}"


def test_new_writes_an_empty_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.citypitch"
    assert main(["new", "-o", str(target)]) == 0
    project = projectfile.load(target)
    assert project.proposal.city.name == ""
    assert str(target) in capsys.readouterr().out


def test_new_replaces_existing_file_atomically_with_backup(tmp_path: Path) -> None:
    target = tmp_path / "plan.citypitch"
    target.write_bytes(b"old contents")
    assert main(["new", "-o", str(target)]) == 0
    assert projectfile.backup_path(target).read_bytes() == b"old contents"
    projectfile.load(target)


@pytest.mark.parametrize("name", resources.sample_names())
def test_new_from_each_sample(tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.citypitch"
    assert main(["new", "--sample", name, "-o", str(target)]) == 0
    copy = projectfile.load(target)
    original = projectfile.load(resources.sample_path(name))
    assert copy.proposal == original.proposal
    assert copy.assets == original.assets
    assert copy.proposal.meta.illustrative


def test_samples_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["samples"]) == 0
    out = capsys.readouterr().out
    for name in resources.sample_names():
        assert out.count(name) >= 1


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert re.match(r"^citypitch( [a-z]+)?: ", lines[0]), lines[0]
    return lines[0]


def test_unknown_sample_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--sample", "atlantis", "-o", str(tmp_path / "x.citypitch")]) == 2
    assert "no sample called 'atlantis'" in one_error_line(capsys)
    assert not (tmp_path / "x.citypitch").exists()


def test_new_into_missing_folder_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "x.citypitch"
    assert main(["new", "-o", str(target)]) == 2
    line = one_error_line(capsys)
    assert str(target) in line and "does not exist" in line


def test_open_missing_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["open", str(tmp_path / "nope.citypitch")]) == 2
    assert "nope.citypitch: the file does not exist" in one_error_line(capsys)


def test_bad_arguments_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["new"])
    assert info.value.code == 2
    assert "-o/--output" in one_error_line(capsys)
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    one_error_line(capsys)


def test_module_entry_point_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "wizard", "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"CityPitch {__version__}"
