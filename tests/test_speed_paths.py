"""Work saved on the command line and in exports (issue 21), without changing what comes out.

Speed itself is measured by ``make bench`` (sections 1, 9 and 10), never here; these tests check that
the savings hold (what is imported, what is cached) and that a broken cache changes nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import projectfile, resources
from wizard.export import ExportOptions, render_html, templatecache
from wizard.export.env import environment
from wizard.export import template_dir

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120).stdout
    return set(out.split())


def test_the_command_line_imports_no_model_until_a_command_needs_it() -> None:
    loaded = _modules_after("import wizard.cli, wizard.errors")
    assert "wizard.model" not in loaded and "pydantic" not in loaded
    # Parsing a core command's arguments sets up no review commands (their store imports the model).
    loaded = _modules_after("import wizard.cli\nwizard.cli._parser(review=False).parse_args(['check', 'x.json'])")
    assert "wizard.review" not in loaded and "wizard.model" not in loaded


def test_errors_still_name_the_field_with_the_model_imported_late() -> None:
    from pydantic import ValidationError

    from wizard.errors import explain
    from wizard.model import KPI, Proposal

    with pytest.raises(ValidationError) as caught:
        KPI.model_validate({"name": "Ridership", "baseline": "many"})
    assert explain(caught.value, KPI) == ["Baseline: must be a number (got 'many')"]
    with pytest.raises(ValidationError) as caught:  # the default root: the whole proposal
        Proposal.model_validate({"problem": {"kpis": [{"baseline": "many"}]}})
    assert explain(caught.value) == ["Problem › KPIs › row 1 › Baseline: must be a number (got 'many')"]


def test_review_commands_and_help_still_parse() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    shown = subprocess.run([sys.executable, "-m", "wizard", "--help"], cwd=ROOT, env=env, capture_output=True,
                           text=True, check=True, timeout=120).stdout
    assert "check" in shown and "comments" in shown and "signoff" in shown
    refused = subprocess.run([sys.executable, "-m", "wizard", "comments"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    assert refused.returncode == 2 and "FILE" in refused.stderr  # the review parser was set up and asked for it


def test_templates_compiled_once_then_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path))
    first = environment(template_dir("deck"))
    first.get_template("deck.html.j2")
    cached = list((tmp_path / "cache" / "templates").rglob("*.cache"))
    assert len(cached) == 1 and cached[0].stat().st_size > 1000
    # A fresh environment (as in a new process) reads the compiled code instead of compiling.
    second = environment(template_dir("deck"))
    compiled: list[str] = []
    monkeypatch.setattr(type(second), "compile", lambda self, *a, **k: compiled.append("x"))  # would fail to render
    second.get_template("deck.html.j2")
    assert compiled == []


def test_a_damaged_or_unwritable_cache_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = projectfile.load(resources.sample_path("lumara-transit"))
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "clean"))
    expected, _, _ = render_html(project, ExportOptions())
    # Damaged: every cached file overwritten with rubbish after its header.
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "damaged"))
    render_html(project, ExportOptions())
    for cached in (tmp_path / "damaged").rglob("*.cache"):
        data = cached.read_bytes()
        cached.write_bytes(data[:12] + b"\x00garbage" * 50)
    assert render_html(project, ExportOptions())[0] == expected
    # A cache folder that cannot be made (a file stands where it would go): compiled as before.
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "cache").write_text("not a folder")
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(blocked))
    env = environment(template_dir("deck"))
    assert env.bytecode_cache is None
    assert render_html(project, ExportOptions())[0] == expected


def test_cache_folders_differ_when_the_generated_code_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path))
    a = templatecache.attach(jinja2.Environment(autoescape=True, trim_blocks=True))
    b = templatecache.attach(jinja2.Environment(autoescape=True, trim_blocks=False))
    c = templatecache.attach(jinja2.Environment(autoescape=True, trim_blocks=True))
    assert isinstance(a.bytecode_cache, jinja2.FileSystemBytecodeCache)
    assert a.bytecode_cache.directory != b.bytecode_cache.directory  # type: ignore[union-attr]
    assert a.bytecode_cache.directory == c.bytecode_cache.directory  # type: ignore[union-attr]
