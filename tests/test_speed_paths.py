"""Work saved on the command line and in exports (issue 21), without changing what comes out.

Speed itself is measured by ``make bench`` (sections 1, 9 and 10), never here; these tests check that
the savings hold (what is imported) and that messages and parsing are unchanged.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


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


def test_the_number_locales_stated_separators_are_babel_s() -> None:
    """The window's first page takes the separators from the number locales' examples without loading Babel;
    they must be the signs Babel gives (and that the numbers are formatted with)."""
    from wizard import money

    assert set(money._STATED_SEPARATORS) == set(money.NUMBER_LOCALES)
    for code in money.NUMBER_LOCALES:
        symbols = money.resolve_locale(code).number_symbols.get("latn", {})
        assert money.separators(code) == (symbols["decimal"], symbols["group"]), code
    # A name that is not one of the codes still goes to Babel.
    assert money.separators("id_ID") == (",", ".")


def _run(code: str, **env_changes: str | None) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True, timeout=120).stdout.strip()


def test_pydantic_s_plugin_search_is_skipped_unless_the_user_asks_for_it() -> None:
    """The models are built without scanning every installed package's entry points for pydantic plugins
    (issue 21); a PYDANTIC_DISABLE_PLUGINS the user set is kept."""
    code = ("import os, wizard.model\nfrom pydantic.plugin import _loader\n"
            "print(os.environ['PYDANTIC_DISABLE_PLUGINS'], _loader._plugins is None)")
    assert _run(code, PYDANTIC_DISABLE_PLUGINS=None) == "__all__ True"  # the models are built, no search was made
    assert _run(code, PYDANTIC_DISABLE_PLUGINS="some_plugin") == "some_plugin False"  # the user's choice: searched


def test_check_from_the_command_line_pauses_the_collector_for_its_imports_only(monkeypatch: pytest.MonkeyPatch,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`citypitch check` as a process collects no cycles while the model and readiness are imported, then sets
    what they made aside and collects again for the assessment (issue 21); called with its arguments (from a
    longer-lived process) it leaves the collector alone.  The report is the same either way."""
    import gc

    from wizard import cli

    calls: list[str] = []
    for name in ("disable", "enable", "freeze"):
        monkeypatch.setattr(gc, name, lambda name=name: calls.append(name))
    monkeypatch.setattr(gc, "isenabled", lambda: True)
    sample = str(ROOT / "resources" / "samples" / "lumara-transit.json")
    code = cli.main(["check", sample])
    given = capsys.readouterr().out
    assert calls == []
    monkeypatch.setattr(sys, "argv", ["citypitch", "check", sample])
    assert cli.main() == code
    assert calls == ["disable", "freeze", "enable"]
    assert capsys.readouterr().out == given and given.startswith("Investor readiness: Lumara")


def test_pydantic_s_plugin_loader_is_stood_in_for_while_plugins_are_off() -> None:
    """With every plugin switched off, the models are built without pydantic's plugin loader and so without
    importlib.metadata (16-18 ms, issue 21); with a plugin setting of the user's own, pydantic's loader is used."""
    code = ("import sys, wizard.model\nfrom pydantic.plugin import _loader\n"
            "print(getattr(_loader, 'STAND_IN', False), 'importlib.metadata' in sys.modules)")
    assert _run(code, PYDANTIC_DISABLE_PLUGINS=None) == "True False"
    assert _run(code, PYDANTIC_DISABLE_PLUGINS="some_plugin") == "False True"
    # `citypitch check` as a whole does without it too (nothing else on its path imports it).
    check = ("import sys, io, contextlib\nfrom wizard import cli\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    cli.main(['check', 'resources/samples/lumara-transit.json'])\n"
             "print('importlib.metadata' in sys.modules)")
    assert _run(check, PYDANTIC_DISABLE_PLUGINS=None) == "False"


def test_the_stand_in_does_what_pydantic_s_loader_does_with_plugins_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in (wizard._pydantic_plugins) is checked against the pydantic that is installed: the pinned
    release, whose only use of its plugin loader is ``get_plugins``, which returns no plugin when every
    plugin is switched off, as the stand-in does.  A pydantic upgrade fails here until this is checked again."""
    import importlib.util
    import re

    import pydantic
    from pydantic.version import VERSION

    from wizard import _pydantic_plugins

    assert VERSION == _pydantic_plugins.CHECKED_WITH
    lock = (ROOT / ".ci" / "requirements.lock").read_text(encoding="utf-8")
    assert f"pydantic=={VERSION}" in lock.split()
    package = Path(pydantic.__file__).parent
    uses = {(str(f.relative_to(package)), line.strip()) for f in package.rglob("*.py")
            for line in f.read_text(encoding="utf-8").splitlines() if re.search(r"\b_loader\b", line)
            and not line.strip().startswith("#")}
    assert uses == {("plugin/_schema_validator.py", "from ._loader import get_plugins")}
    # pydantic's own loader, read from its file, answers the same with every plugin off.
    spec = importlib.util.spec_from_file_location("real_pydantic_plugin_loader", package / "plugin" / "_loader.py")
    assert spec is not None and spec.loader is not None
    real = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real)
    for value in _pydantic_plugins.ALL_OFF:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", value)
        assert list(real.get_plugins()) == list(_pydantic_plugins.get_plugins()) == []
