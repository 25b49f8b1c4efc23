"""Forms and bindings stay in step with the model, and the generated form modules are never stale."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard import fields
from wizard.gui.steps import uiforms
from wizard.steps import STEPS

#: Model fields deliberately edited somewhere other than a form widget, with the reason.
EXEMPT = {
    "schema_version": "written by the program, never by the user",
    "acknowledgements": "added from the Review page's acknowledge action, one undoable row at a time",
    "slide_titles": "edited in the Export step's table of slide titles (wizard.gui.export.titles, built in code: "
                    "one row per main-line slide, not one widget per field, so no form binds it)",
    "meta.local_language": "chosen in the Export step's 'Languages of your text' box (wizard.gui.export.languages), "
                           "preset from the country",
    "meta.local_language_fields": "ticked in the same box's list of the fields that hold text",
}


def form_widgets() -> dict[str, list[tuple[str, str]]]:
    """step id -> [(objectName, class)] of every widget in its .ui file."""
    out = {}
    for step in STEPS:
        tree = ET.parse(uiforms.forms_dir() / f"{step.id}.ui")
        out[step.id] = [(w.get("name", ""), w.get("class", "")) for w in tree.iter("widget")]
    return out


def test_every_step_has_a_form_whose_top_widget_is_named_after_it() -> None:
    assert sorted(p.stem for p in uiforms.form_files()) == sorted(s.id for s in STEPS)
    for step in STEPS:
        root = ET.parse(uiforms.forms_dir() / f"{step.id}.ui").getroot()
        assert root.findtext("class") == step.form_class
        assert root.find("widget").get("name") == step.form_class  # type: ignore[union-attr]


def test_every_named_input_maps_to_a_model_field() -> None:
    specs = fields.all_specs()
    for step_id, widgets in form_widgets().items():
        names = {name for name, _cls in widgets}
        for name, cls in widgets:
            if "__" not in name:
                continue
            if name.startswith("label_"):
                # A label must belong to an input on the same form.
                assert name[len("label_"):] in names, f"{step_id}: label {name} has no input"
                continue
            pattern = fields.pattern_of(name)
            assert pattern in specs, f"{step_id}: {name} names no model field"
            spec = specs[pattern]
            expected = {
                "line": {"QLineEdit"}, "int": {"QLineEdit"}, "decimal": {"QLineEdit"}, "date": {"QLineEdit"},
                "text": {"QPlainTextEdit"}, "str_list": {"QPlainTextEdit"}, "choice": {"QComboBox"},
                "bool": {"QCheckBox"}, "choice_list": {"QListWidget"}, "rows": {"ListEditor"},
            }[spec.kind]
            assert cls in expected, f"{step_id}: {name} is a {cls}, expected one of {expected}"


def test_every_model_field_has_a_widget_exactly_once() -> None:
    bound: dict[str, str] = {}
    specs = fields.all_specs()
    for step_id, widgets in form_widgets().items():
        for name, _cls in widgets:
            pattern = fields.pattern_of(name)
            if pattern in specs and not name.startswith("label_"):
                assert pattern not in bound, f"{pattern} is edited on both {bound[pattern]} and {step_id}"
                bound[pattern] = step_id
    for pattern in fields.leaf_patterns() + fields.table_patterns():
        if pattern in EXEMPT:
            continue
        assert pattern in bound, f"no widget edits {pattern}"
    # Table columns are covered by their table: every row model field becomes a column.
    for table in fields.table_patterns():
        spec = specs[table]
        assert spec.row_model is not None
        assert [s.pattern for s in fields.fields_of(spec.row_model, table)]


@pytest.mark.slow  # over the few seconds the marker allows (renders, child processes, pyside6-uic)
def test_generated_modules_match_the_forms(tmp_path: Path) -> None:
    fresh = uiforms.regenerate(tmp_path)
    assert len(fresh) == len(uiforms.form_files())
    for path in fresh:
        committed = uiforms.GENERATED_DIR / path.name
        assert committed.exists(), f"{path.name} is not committed; run python -m wizard.gui.steps.uiforms"
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale; run python -m wizard.gui.steps.uiforms"
    assert sorted(p.name for p in uiforms.GENERATED_DIR.glob("ui_*.py")) == sorted(p.name for p in fresh)


def test_no_heavy_import_on_the_gui_start_up_path() -> None:
    import subprocess
    import sys

    code = (
        "import sys, os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen');"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "import wizard.gui.app, wizard.gui.window.mainwindow;"
        "w = wizard.gui.window.mainwindow.MainWindow();"
        "print(','.join(m for m in ('weasyprint', 'numpy', 'matplotlib', 'numpy_financial') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("city.population", "1,200,000", "1200000"),
        ("city.population", "", None),
        ("finance.currency", "thai baht (thb)", "THB"),
        ("finance.currency", "idr", "IDR"),
        ("vision.citizen_benefits", "a\n\n b \n", ["a", "b"]),
        ("japan.exit_agreed", "yes", True),
    ],
)
def test_from_text(pattern: str, text: str, expected: object) -> None:
    assert fields.from_text(fields.spec(pattern), text) == expected
