"""The wizard driven as a user would: real keystrokes and clicks through every page (pytest-qt)."""

from __future__ import annotations

import typing
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from wizard import paths, projectfile, resources
from wizard import fields
from wizard.gui.steps import entry
from wizard.gui.steps.binder import FieldBinding
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.mainwindow import MainWindow
from wizard.steps import STEP_IDS

pytestmark = pytest.mark.gui


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.save_answer = "discard"


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> typing.Iterator[MainWindow]:
    rec = Recorder()
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: rec.messages.append((kind, title, text)))
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: rec.save_answer)
    win = MainWindow()
    win.recorder = rec  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    rec.save_answer = "discard"


def rec(win: MainWindow) -> Recorder:
    return typing.cast(Recorder, win.recorder)  # type: ignore[attr-defined]


def value_text(binding: FieldBinding) -> str:
    """A valid value for a field, as a user would type it."""
    sp = binding.spec
    if sp.kind == "int":
        return "2030" if "year" in sp.title.lower() and "years" not in sp.title.lower() else "12"
    if sp.kind == "decimal":
        return "7.5"
    if sp.kind == "date":
        return "2026-03-01"
    if sp.kind == "line" and "colour" in sp.title.lower():
        return "#123456"
    return f"Typed {sp.title}"


def type_into(qtbot: QtBot, binding: FieldBinding) -> None:
    """Fill one field with real keystrokes and clicks."""
    widget = binding.widget
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        qtbot.keyClicks(widget, value_text(binding))
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        qtbot.keyClicks(widget, f"First {binding.spec.title}")
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, "second line")
    elif isinstance(widget, QComboBox):
        qtbot.keyClick(widget, Qt.Key.Key_Down)
    elif isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    elif isinstance(widget, QListWidget):
        widget.setCurrentRow(0)
        qtbot.keyClick(widget.viewport(), Qt.Key.Key_Space)
    else:
        raise AssertionError(type(widget))


def expected_value(binding: FieldBinding) -> object:
    sp = binding.spec
    if sp.kind == "line":
        return value_text(binding)
    if sp.kind == "text":
        return f"First {sp.title}\nsecond line"
    if sp.kind == "str_list":
        return [f"First {sp.title}", "second line"]
    if sp.kind == "int":
        return int(value_text(binding))
    if sp.kind == "decimal":
        return Decimal("7.5")
    if sp.kind == "date":
        import datetime

        return datetime.date(2026, 3, 1)
    if sp.kind == "choice":
        assert sp.enum is not None
        if sp.pattern == "finance.currency":
            # Choosing the country (Brunei, the first) already set the currency to BND, the first:
            # the Down key then picks the next one.
            return list(sp.enum)[1]
        # One Down key moves from the blank entry to the first choice, or, for a choice with a default
        # (the number format, English since issue 14), from the default to the next one.
        members = list(sp.enum)
        start = _choice_default(binding.path)
        return members[0] if start is None else members[members.index(start) + 1]
    if sp.kind == "bool":
        return True
    if sp.kind == "choice_list":
        assert sp.enum is not None
        return [list(sp.enum)[0]]
    raise AssertionError(sp.kind)


def _choice_default(path: str) -> object:
    """The model's default for the choice at ``path`` (``meta.number_locale``), or None."""
    from pydantic import BaseModel

    from wizard.model import Choice, Proposal

    model: typing.Any = Proposal
    default: object = None
    for part in path.split("."):
        field = model.model_fields[part]
        default = field.default
        model = field.annotation
    return default if isinstance(default, Choice) and not (isinstance(model, type) and issubclass(model, BaseModel)) else None


def test_title_and_unsaved_mark(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    assert window.windowTitle() == "Untitled proposal[*] — CityPitch"
    assert not window.isWindowModified()
    window.go_to_step("start")
    name = window.pages["start"].binder.bindings["meta.project_name"].widget
    qtbot.keyClicks(name, "Ring road")
    assert window.isWindowModified()
    assert window.save_to(tmp_path / "ring.citypitch")
    assert window.windowTitle() == "ring.citypitch[*] — CityPitch"
    assert not window.isWindowModified()
    assert projectfile.load(tmp_path / "ring.citypitch").proposal.meta.project_name == "Ring road"
    window.doc.undo_stack.undo()
    assert window.isWindowModified()
    window.doc.undo_stack.redo()
    assert not window.isWindowModified()


def test_fill_every_page_with_keystrokes_and_walk_back_and_forth(window: MainWindow, qtbot: QtBot) -> None:
    filled: list[FieldBinding] = []
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        assert window.current_step() == step_id
        for binding in window.pages[step_id].binder.bindings.values():
            if isinstance(binding.widget, QLineEdit) and binding.widget.isReadOnly():
                continue  # filled by a picker (the logo), tested on its own
            type_into(qtbot, binding)
            filled.append(binding)
        if step_id != STEP_IDS[-1]:
            qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert len(filled) >= 90
    for _ in STEP_IDS:
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == "start"
    for binding in filled:
        assert window.doc.get(binding.path) == expected_value(binding), binding.path
        assert not binding.error, (binding.path, binding.error)
        # Moving around never resets what a widget shows.
        assert fields.same(binding.spec, binding.widget_value(), expected_value(binding)), binding.path


def test_sidebar_jumps_to_any_step(window: MainWindow, qtbot: QtBot) -> None:
    for step_id in ("risks", "vision", "export", "finance"):
        item = window.step_items[step_id]
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_step() == step_id
        assert window.stack.currentWidget() is window.scrolls[step_id]


def test_typing_a_word_is_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("vision")
    box = window.pages["vision"].binder.bindings["vision.statement"].widget
    box.setFocus()
    qtbot.keyClicks(box, "faster buses")
    assert window.doc.proposal.vision.statement == "faster buses"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.proposal.vision.statement == "faster "
    assert typing.cast(QPlainTextEdit, box).toPlainText() == "faster "
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.proposal.vision.statement == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.proposal.vision.statement == "faster "
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.proposal.vision.statement == "faster buses"
    assert not window.doc.undo_stack.canRedo()


@pytest.mark.parametrize("pattern", ["meta.project_name", "meta.subtitle", "vision.statement"])
def test_ctrl_z_inside_a_field_uses_the_document_undo(window: MainWindow, qtbot: QtBot, pattern: str) -> None:
    step = "vision" if pattern.startswith("vision") else "start"
    window.go_to_step(step)
    widget = window.pages[step].binder.bindings[pattern].widget
    widget.setFocus()
    qtbot.keyClicks(widget, "Ring road")
    assert window.doc.get(pattern) == "Ring road"
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.get(pattern) == "Ring "
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.get(pattern) == ""
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.get(pattern) == "Ring "
    text = widget.text() if isinstance(widget, QLineEdit) else typing.cast(QPlainTextEdit, widget).toPlainText()
    assert text == "Ring "


def test_undo_restores_a_number_and_a_choice(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("city_team")
    bindings = window.pages["city_team"].binder.bindings
    population = typing.cast(QLineEdit, bindings["city.population"].widget)
    population.setFocus()
    qtbot.keyClicks(population, "1,250,000")
    qtbot.keyClick(population, Qt.Key.Key_Return)
    assert window.doc.proposal.city.population == 1_250_000
    country = bindings["city.country"].widget
    qtbot.keyClick(country, Qt.Key.Key_Down)
    assert window.doc.proposal.city.country is not None
    window.undo_action.trigger()
    assert window.doc.proposal.city.country is None
    assert typing.cast(QComboBox, country).currentIndex() == 0
    window.undo_action.trigger()
    assert window.doc.proposal.city.population is None
    assert population.text() == ""


@pytest.mark.parametrize(
    ("step", "pattern", "text", "reason"),
    [
        ("vision", "vision.horizon_year", "20255", "must be a year between 1900 and 2150"),
        ("city_team", "city.population", "about a million", "must be a whole number"),
        ("finance", "finance.discount_rate_pct", "ten", "must be a number"),
        ("start", "meta.prepared_on", "31/02/2026", "must be a date written YYYY-MM-DD"),
        ("export", "branding.accent_colour", "blue", "#1A6B8C"),
    ],
)
def test_invalid_value_is_refused_at_the_field(window: MainWindow, qtbot: QtBot, step: str, pattern: str, text: str, reason: str) -> None:
    window.go_to_step(step)
    binding = window.pages[step].binder.bindings[pattern]
    before = window.doc.get(pattern)
    widget = typing.cast(QLineEdit, binding.widget)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert window.doc.get(pattern) == before
    assert widget.text() == text  # the user's typing is kept, never silently reset
    assert reason in binding.error
    label = window.pages[step].findChild(QLabel, f"error_{binding.widget.objectName()}")
    assert label is not None and label.isVisibleTo(window) and reason in label.text()
    assert reason in widget.accessibleDescription()
    assert "border" in widget.styleSheet()
    # The step is marked as having problems, and the Review page lists the refusal.
    window.refresh_analysis()
    assert window.last_analysis is not None and window.last_analysis.state(step) == "has_problems"
    assert any(i.path == pattern and "not saved" in i.message for i in window.last_analysis.items)
    # Walking away and back keeps the typed text and its message.
    window.step_by(1 if step != STEP_IDS[-1] else -1)
    window.go_to_step(step)
    assert widget.text() == text and reason in binding.error
    # Correcting the value clears the message.
    widget.selectAll()
    qtbot.keyClicks(widget, value_text(binding))
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert binding.error == ""
    assert not label.isVisibleTo(window)


def test_open_each_sample_shows_its_data_on_every_page(window: MainWindow) -> None:
    names = resources.sample_names()
    assert names
    for name in names:
        assert window.open_sample(name)
        proposal = window.doc.proposal
        for step_id in STEP_IDS:
            window.go_to_step(step_id)
            page = window.pages[step_id]
            for pattern, binding in page.binder.bindings.items():
                value = paths.get(proposal, pattern)
                assert fields.same(binding.spec, binding.widget_value(), value), (name, pattern)
            for pattern, table in page.binder.tables.items():
                editor = typing.cast(ListEditor, table)
                assert editor.model is not None
                rows = paths.get(proposal, pattern)
                assert editor.model.rowCount() == len(rows), (name, pattern)
                for r in range(len(rows)):
                    for c, column in enumerate(editor.model.columns):
                        shown = editor.model.index(r, c).data()
                        # Numbers are shown in the proposal's number format (issue 16 item 2).
                        assert shown == entry.text_from_value(column, paths.get(proposal, editor.model.cell_path(r, c)),
                                                              entry.window_locale())
        assert window.windowTitle() == f"{name} (sample)[*] — CityPitch"
        assert not window.isWindowModified()


def test_a_bad_file_keeps_the_current_work(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.go_to_step("start")
    name = window.pages["start"].binder.bindings["meta.project_name"].widget
    qtbot.keyClicks(name, "Unsaved work")
    bad = tmp_path / "broken.citypitch"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    rec(window).save_answer = "discard"
    assert not window.open_path(bad)
    assert window.doc.proposal.meta.project_name == "Unsaved work"
    assert window.isWindowModified()
    kind, _title, text = rec(window).messages[-1]
    assert kind == "warning" and "broken.citypitch" in text


def test_open_asks_before_dropping_changes(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("start")
    qtbot.keyClicks(window.pages["start"].binder.bindings["meta.project_name"].widget, "Mine")
    rec(window).save_answer = "cancel"
    assert not window.open_sample(resources.sample_names()[0])
    assert window.doc.proposal.meta.project_name == "Mine"
    window.close()
    assert window.isVisible()  # cancel keeps the window open
    rec(window).save_answer = "discard"
    assert window.open_sample(resources.sample_names()[0])
    assert window.doc.proposal.meta.project_name != "Mine"


def test_save_failure_keeps_edits(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.go_to_step("start")
    qtbot.keyClicks(window.pages["start"].binder.bindings["meta.project_name"].widget, "Keep me")
    assert not window.save_to(tmp_path / "no-such-folder" / "x.citypitch")
    assert window.isWindowModified()
    assert window.doc.proposal.meta.project_name == "Keep me"
    assert rec(window).messages[-1][0] == "critical"


def test_sample_save_asks_for_a_place(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window.open_sample(resources.sample_names()[0])
    target = tmp_path / "copy"
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self: target)
    assert window.save()
    assert (tmp_path / "copy.citypitch").exists()
    assert window.windowTitle() == "copy.citypitch[*] — CityPitch"
    assert str((tmp_path / "copy.citypitch").resolve()) in window.recent_files()


def test_vague_vision_gets_live_hints(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to_step("vision")
    page = window.pages["vision"]
    box = page.binder.bindings["vision.statement"].widget
    box.setFocus()
    qtbot.keyClicks(box, "A world-class smart city for everyone")
    hints = page.findChild(QLabel, "vision_hints")
    assert hints is not None and hints.isVisibleTo(window)
    assert "number" in hints.text().lower()
    typing.cast(QPlainTextEdit, box).selectAll()
    qtbot.keyClicks(box, "By 2032, 150,000 commuters reach the port in 45 minutes instead of 64")
    assert "no number" not in hints.text().lower()


def test_guidance_follows_step_field_and_table_column(window: MainWindow, qtbot: QtBot) -> None:
    from wizard import guidance

    window.activateWindow()
    qtbot.waitActive(window)
    window.go_to_step("problem")
    step_title = guidance.load()["steps"]["problem"]["title"]
    assert window.guidance.toPlainText().startswith(step_title)
    # Focusing a field puts its own help first, above the step's.
    window.pages["problem"].binder.bindings["problem.statement"].widget.setFocus()
    qtbot.waitUntil(lambda: window.guidance.toPlainText().startswith("Problem statement"))
    assert guidance.load()["fields"]["problem.statement"]["help"][:40] in window.guidance.toPlainText()
    # A table cell gives the help of its column.
    kpis = typing.cast(ListEditor, window.pages["problem"].binder.tables["problem.kpis"])
    kpis.add_row()
    column = [c.pattern for c in kpis.model.columns].index("problem.kpis.baseline")  # type: ignore[union-attr]
    kpis.view.setCurrentIndex(kpis.model.index(0, column))  # type: ignore[union-attr]
    assert window.guidance.toPlainText().startswith("Baseline")
    # Another step starts again from that step's help.
    window.go_to_step("vision")
    assert window.guidance.toPlainText().startswith(guidance.load()["steps"]["vision"]["title"])


def test_presentation_mode_toggles(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.is_presentation() and not window.guidance.isVisible()
    assert "16pt" in window.styleSheet()
    window.presentation_action.trigger()
    assert not window.is_presentation() and window.guidance.isVisible()


def _png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_logo_and_photo_are_checked_and_stored(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    good = tmp_path / "City Logo.png"
    good.write_bytes(_png(64, 32))
    monkeypatch.setattr(MainWindow, "ask_image_path", lambda self: good)
    window.pick_image(as_logo=True)
    assert window.doc.proposal.branding.logo == "City-Logo.png"
    assert window.doc.project.assets["City-Logo.png"] == good.read_bytes()
    window.pick_image(as_logo=False)
    assert [p.asset for p in window.doc.proposal.branding.photos] == ["City-Logo-2.png"]
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.setattr(MainWindow, "ask_image_path", lambda self: bad)
    window.pick_image(as_logo=True)
    assert window.doc.proposal.branding.logo == "City-Logo.png"
    assert "notes.png" in rec(window).messages[-1][2]
    from PySide6.QtWidgets import QPushButton

    remove = window.pages["export"].findChild(QPushButton, "remove_logo_button")
    assert remove is not None
    remove.click()
    assert window.doc.proposal.branding.logo == ""
    window.undo_action.trigger()
    assert window.doc.proposal.branding.logo == "City-Logo.png"


def test_no_display_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from wizard.gui import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.main(None) == 2
    err = capsys.readouterr().err
    assert "QT_QPA_PLATFORM=offscreen" in err and err.count("\n") == 1


def test_fonts_for_every_script_are_registered(qapp: object) -> None:
    from wizard.gui.fonts import register_fonts

    families = register_fonts()
    for family in ("Inter", "Noto Sans CJK JP", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar"):
        assert family in families


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("ក្រុងព្រៃមាស", "Noto Sans Khmer"),
        ("ສະບາຍດີ", "Noto Sans Lao"),
        ("မင်္ဂလာပါ", "Noto Sans Myanmar"),
        ("สวัสดี", "Noto Sans Thai"),
        ("日本語テキスト", "Noto Sans CJK JP"),
        ("Tiếng Việt đường", "Inter"),
    ],
    ids=["khmer", "lao", "burmese", "thai", "japanese", "vietnamese"],
)
def test_a_bundled_font_covers_every_script(qapp: object, text: str, family: str) -> None:
    import unicodedata

    from PySide6.QtGui import QFont, QFontMetrics

    from wizard.gui.fonts import register_fonts

    assert family in register_fonts() or family in QFontDatabase.families()
    metrics = QFontMetrics(QFont(family))
    # Vietnamese is typed precomposed or decomposed: both forms must have glyphs.
    for form in ("NFC", "NFD"):
        missing = [c for c in unicodedata.normalize(form, text) if not c.isspace() and not metrics.inFontUcs4(ord(c))]
        assert not missing, (family, form, missing)


def test_tab_walks_the_fields_in_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.go_to_step("vision")
    bindings = window.pages["vision"].binder.bindings
    order = ["vision.statement", "vision.horizon_year", "vision.alignment_social", "vision.alignment_economic"]
    bindings[order[0]].widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bindings[order[0]].widget)
    for pattern in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is bindings[pattern].widget, pattern


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_inputs_have_accessible_names_labels_and_unclashing_mnemonics(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window_keys = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    window_keys += [_mnemonic(window.back_button.text()), _mnemonic(window.next_button.text())]
    with_key = without_key = 0
    for step_id, page in window.pages.items():
        labels = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy() is not None}
        for pattern, binding in page.binder.bindings.items():
            widget = binding.widget
            assert widget.accessibleName() == binding.spec.title, (step_id, pattern)
            if not isinstance(widget, QCheckBox):
                # Every input has a label that names it (and focuses it, through its mnemonic).
                assert widget in labels, (step_id, pattern)
                assert labels[widget].text().replace("&", "") == binding.spec.title
        for pattern, table in page.binder.tables.items():
            assert typing.cast(ListEditor, table).view.accessibleName() == fields.spec(pattern).title
        texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
        texts += [b.text() for b in page.findChildren(QAbstractButton)]
        keys = [k for k in (_mnemonic(t) for t in texts) if k]
        # Table buttons have keys of their own (Insert, Delete, Ctrl+Up/Down, Ctrl+V) instead.
        field_texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
        field_texts += [c.text() for c in page.findChildren(QCheckBox)]
        with_key += sum(1 for t in field_texts if _mnemonic(t))
        without_key += sum(1 for t in field_texts if _mnemonic(t) is None)
        clashes = {k for k in keys if keys.count(k) > 1 or k in window_keys}
        assert not clashes, (step_id, clashes)
    # Long pages run out of letters; most inputs still get a key.
    assert with_key > 3 * without_key


def test_minimum_size_is_usable(window: MainWindow) -> None:
    assert window.minimumSize().width() <= 1024 and window.minimumSize().height() <= 700
    window.resize(1024, 700)
    for step_id in STEP_IDS:
        window.go_to_step(step_id)
        assert window.next_button.isVisibleTo(window) and window.back_button.isVisibleTo(window)


HOSTILE = "<b>bold</b><img src='http://127.0.0.1:9/x.png'><script>alert(1)</script>"


def test_hostile_text_is_shown_as_text(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard import guidance

    # A refusal quotes what was typed: the quote must stay text.
    window.go_to_step("city_team")
    population = typing.cast(QLineEdit, window.pages["city_team"].binder.bindings["city.population"].widget)
    population.setFocus()
    qtbot.keyClicks(population, HOSTILE)
    qtbot.keyClick(population, Qt.Key.Key_Return)
    label = window.pages["city_team"].findChild(QLabel, "error_city__population")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText and "<b>bold</b><img" in label.text()
    # Every label the wizard fills with user or data text is plain text.
    for page in window.pages.values():
        for name in ("vision_hints", "problem_hints", "export_status", "review_summary", "review_detail"):
            found = page.findChild(QLabel, name)
            if found is not None:
                assert found.textFormat() == Qt.TextFormat.PlainText, name
    # Guidance comes from a data file: its text is escaped before it reaches the HTML panel.
    monkeypatch.setattr(
        guidance, "load", lambda lang="en": {"steps": {"vision": {"title": HOSTILE, "intro": HOSTILE}}, "fields": {"vision.statement": {"help": HOSTILE}}}
    )
    window.go_to_step("vision")
    window.show_field_help("vision.statement")
    shown = window.guidance.toPlainText()
    assert "<script>alert(1)</script>" in shown and "<b>bold</b>" in shown
    assert "<img" not in window.guidance.toHtml().replace("&lt;img", "")
    # A table cell holding markup shows it literally (item views never render rich text).
    window.go_to_step("risks")
    editor = typing.cast(ListEditor, window.pages["risks"].binder.tables["risks"])
    preview = editor.paste_text(f"Political\t{HOSTILE}\t{HOSTILE}\n")
    assert preview is not None and preview.preview.item(0, 1).text() == HOSTILE
    preview.accept()
    assert editor.model is not None and editor.model.index(0, 1).data() == HOSTILE
    # A refused cell's tooltip quotes the input: escaped, so Qt shows it rather than rendering it.
    tip = editor.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<qt>") and "<b>" not in tip and "&lt;b&gt;bold" in tip


def test_start_opens_a_real_window_with_the_file(qapp: QApplication, qtbot: QtBot, isolated_settings: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui import app

    # A data folder of its own: no leftover autosave of another test may be offered at launch.
    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    windows = app.start(resources.sample_path("lumara-transit"))
    assert len(windows) == 1
    window = windows[0]
    try:
        assert window.isVisible()
        assert window.windowTitle() == "lumara-transit.json[*] — CityPitch"
        assert window.doc.proposal.city.name != ""
    finally:
        window.close()  # deletes itself on close, as in the app


def test_start_page_buttons(window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QPushButton

    from wizard.gui.steps.pages import StartPage

    start = typing.cast(StartPage, window.pages["start"])
    rows = [start.samples.item(i) for i in range(start.samples.count())]
    assert [row.data(Qt.ItemDataRole.UserRole) for row in rows] == resources.sample_names()
    for row in rows:  # each sample is listed by its project, city and country, not its file name
        project = resources.sample_path(row.data(Qt.ItemDataRole.UserRole))
        assert projectfile.load(project).proposal.meta.project_name in row.text()
    start.samples.setCurrentRow(1)
    qtbot.mouseClick(start.findChild(QPushButton, "open_sample_button"), Qt.MouseButton.LeftButton)
    assert window.windowTitle() == f"{resources.sample_names()[1]} (sample)[*] — CityPitch"
    saved = tmp_path / "mine.citypitch"
    assert window.save_to(saved)
    assert start.recent.item(0).data(Qt.ItemDataRole.UserRole) == str(saved.resolve())
    qtbot.mouseClick(start.findChild(QPushButton, "new_button"), Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Untitled proposal[*] — CityPitch"
    assert window.doc.proposal.city.name == ""
    start.recent.setCurrentRow(0)
    qtbot.mouseClick(start.findChild(QPushButton, "open_recent_button"), Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "mine.citypitch[*] — CityPitch"
    monkeypatch.setattr(MainWindow, "ask_open_path", lambda self: None)
    qtbot.mouseClick(start.findChild(QPushButton, "open_button"), Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "mine.citypitch[*] — CityPitch"  # a cancelled dialog changes nothing
