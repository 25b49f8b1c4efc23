"""Qt's own widget texts in Indonesian, Vietnamese and Thai (resources/i18n/qtbase_subset_<lang>.ts/.qm):
the catalogues cover what the installed Qt shows, are complete, keep mnemonics and placeholders, the .qm
are current, and with a language installed the file dialog, buttons and context menus speak it."""

from __future__ import annotations

import re
import shutil
import typing
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import (QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QTreeView)
from pytestqt.qtbot import QtBot

from wizard.gui import language
from wizard.i18n import TRANSLATED, qtbase
from wizard.i18n.pseudo import protected_tokens


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def qt_folder(which: QLibraryInfo.LibraryPath) -> Path:
    return Path(QLibraryInfo.path(which))


def test_the_subset_is_for_exactly_the_app_languages_qt_leaves_english() -> None:
    translations = qt_folder(QLibraryInfo.LibraryPath.TranslationsPath)
    without = tuple(lang for lang in TRANSLATED if not (translations / f"qtbase_{lang}.qm").exists())
    assert without == qtbase.LANGUAGES
    assert (translations / "qtbase_ja.qm").exists()


def test_read_qm_reads_qts_own_catalogue() -> None:
    found = qtbase.read_qm(qt_folder(QLibraryInfo.LibraryPath.TranslationsPath) / "qtbase_ja.qm")
    assert ("QLineEdit", "&Copy", ["コピー(&C)"]) in found
    assert len(found) > 1000


@pytest.fixture(scope="module")
def qt_texts() -> set[tuple[str, str]]:
    libraries = sorted(qt_folder(QLibraryInfo.LibraryPath.LibrariesPath).glob("libQt6*.so*"))
    libraries = [path for path in libraries if path.name.split(".so")[0] in ("libQt6Core", "libQt6Gui", "libQt6Widgets")]
    assert libraries, "the Qt libraries were not found"
    return qtbase.qt_sources(qt_folder(QLibraryInfo.LibraryPath.TranslationsPath), libraries)


@pytest.mark.parametrize("lang", qtbase.LANGUAGES)
def test_catalogue_covers_every_text_the_installed_qt_shows(lang: str, qt_texts: set[tuple[str, str]]) -> None:
    ours = {(context, source) for context, source, _ in messages(qtbase.ts_path(lang))}
    assert {("QFileDialog", "&Look in:"), ("QPlatformTheme", "Cancel"), ("QLineEdit", "&Paste")} <= qt_texts
    missing = sorted(qt_texts - ours)
    assert not missing, f"qtbase_subset_{lang}.ts lacks Qt texts (a Qt upgrade?): {missing}"
    gone = sorted(ours - qt_texts)
    assert not gone, f"qtbase_subset_{lang}.ts holds texts the installed Qt no longer shows: {gone}"
    assert all(context in qtbase.CONTEXTS for context, _ in ours)


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize(("lang", "catalogue"), [*((lang, qtbase.CATALOGUE) for lang in qtbase.LANGUAGES),
                                                  *((lang, qtbase.SUPPLEMENT) for lang in qtbase.SUPPLEMENTED)])
def test_every_entry_is_translated_and_keeps_what_qt_reads(lang: str, catalogue: str) -> None:
    problems: list[str] = []
    for context, source, translation in messages(qtbase.ts_path(lang, catalogue=catalogue)):
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{where}: not translated")
            continue
        if text.count("&") - text.count("&&") > 1:
            problems.append(f"{where}: two mnemonics in {text!r}")
        if _mnemonic(source) != _mnemonic(text):
            problems.append(f"{where}: the mnemonic (Alt+{_mnemonic(source)}) is lost in {text!r}")
        if sorted(t for t in protected_tokens(source) if not t.startswith("&")) != sorted(
                t for t in protected_tokens(text) if not t.startswith("&")):
            problems.append(f"{where}: placeholders or markup changed in {text!r}")
        if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text) or source.count("\n") != text.count("\n"):
            problems.append(f"{where}: markup or line breaks changed in {text!r}")
        # "Show " is followed by a column's name: the trailing space is Qt's, and must stay.
        if source.endswith(" ") != text.endswith(" "):
            problems.append(f"{where}: the trailing space is lost in {text!r}")
        if text == source and source not in ("OK", "Alias", "Drive", "Folder"):
            problems.append(f"{where}: still English")
    assert not problems, f"{catalogue}_{lang}.ts:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", qtbase.LANGUAGES)
def test_each_language_speaks_its_own_words_for_the_common_buttons(lang: str) -> None:
    words = {(c, s): t.text for c, s, t in messages(qtbase.ts_path(lang))}
    expected = {"id": ("Buka", "Simpan", "Batal"), "vi": ("Mở", "Lưu", "Hủy"), "th": ("เปิด", "บันทึก", "ยกเลิก")}[lang]
    assert tuple(words[("QPlatformTheme", s)] for s in ("Open", "Save", "Cancel")) == expected


def test_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = [*((lang, qtbase.CATALOGUE) for lang in qtbase.LANGUAGES),
             *((lang, qtbase.SUPPLEMENT) for lang in qtbase.SUPPLEMENTED)]
    for lang, catalogue in built:
        shutil.copy(qtbase.ts_path(lang, catalogue=catalogue), qtbase.ts_path(lang, tmp_path, catalogue))
    qtbase.refresh(qtbase.LANGUAGES, tmp_path)
    for lang, catalogue in built:
        assert qtbase.qm_path(lang, catalogue=catalogue).read_bytes() == qtbase.qm_path(lang, tmp_path, catalogue).read_bytes(), (
            f"{catalogue}_{lang}.qm is stale: run `make i18n`")


# --- Japanese: Qt's own catalogue, and our supplement for what it lacks ---------------------------------

@pytest.mark.parametrize("lang", qtbase.SUPPLEMENTED)
def test_supplement_holds_exactly_what_qts_catalogue_leaves_english(lang: str, qt_texts: set[tuple[str, str]]) -> None:
    qt_catalogue = qt_folder(QLibraryInfo.LibraryPath.TranslationsPath) / f"qtbase_{lang}.qm"
    assert qt_catalogue.exists()
    lacking = qtbase.left_english(qt_catalogue, qt_texts)
    # What Qt 6's Japanese catalogue lacks today; the supplement must not shadow a text Qt translates.
    assert {("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:"),
            ("QUnicodeControlCharacterMenu", "LRM Left-to-right mark")} <= lacking
    assert ("QFileDialog", "File &name:") not in lacking and ("QLineEdit", "&Copy") not in lacking
    ours = {(context, source) for context, source, _ in messages(qtbase.ts_path(lang, catalogue=qtbase.SUPPLEMENT))}
    assert ours == lacking, (f"{qtbase.SUPPLEMENT}_{lang}.ts: add {sorted(lacking - ours)}, "
                             f"drop {sorted(ours - lacking)} (Qt translates those itself)")


def test_left_english_counts_a_bare_ok_as_translated(tmp_path: Path) -> None:
    catalogue = qt_folder(QLibraryInfo.LibraryPath.TranslationsPath) / "qtbase_ja.qm"
    assert qtbase.left_english(catalogue, {("QPlatformTheme", "OK"), ("QLineEdit", "&Copy")}) == set()
    assert qtbase.left_english(catalogue, {("QFileDialog", "no such text in Qt")}) == {("QFileDialog", "no such text in Qt")}


@pytest.mark.gui
def test_japanese_file_dialog_and_menus_have_no_english_left(speak: typing.Callable[[str], None], qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    speak("ja")
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "ファイルの場所(&L):"  # ours: Qt's catalogue lacks it
    assert labels["fileTypeLabel"] == "ファイルの種類(&T):"  # ours
    assert labels["fileNameLabel"] == "ファイル名(&N):"  # Qt's own, not shadowed
    # The text fields' "Insert Unicode control character" submenu (shown where an input method offers it):
    # Qt builds it from these keys.
    marks = [QCoreApplication.translate("QUnicodeControlCharacterMenu", source) for context, source, _t in
             qtbase.read_qm(qt_folder(QLibraryInfo.LibraryPath.TranslationsPath) / "qtbase_ja.qm")
             if context == "QUnicodeControlCharacterMenu"]
    assert "LRM(左から右への記号)" in marks and "ZWJ(幅0の接続文字)" in marks  # ours, and Qt's own
    assert not [text for text in marks if re.search(r"[a-z]{4,}", text.replace("Unicode", ""))], marks  # a name
    line = QLineEdit()
    qtbot.addWidget(line)
    assert _menu_texts(line)[0] == "元に戻す(&U)"


# --- in the widgets -------------------------------------------------------------------------------------

@pytest.fixture
def speak(qtbot: QtBot) -> typing.Iterator[typing.Callable[[str], None]]:
    app = QApplication.instance()
    assert app is not None
    yield lambda lang: language.install(app, lang)
    language.install(app, "en")


def _menu_texts(widget: QLineEdit | QPlainTextEdit) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    finally:
        menu.deleteLater()


@pytest.mark.gui
def test_thai_text_field_menus_are_thai(speak: typing.Callable[[str], None], qtbot: QtBot) -> None:
    speak("th")
    line, plain = QLineEdit(), QPlainTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(plain)
    assert _menu_texts(line) == ["เลิกทำ(&U)", "ทำซ้ำ(&R)", "ตัด(&T)", "คัดลอก(&C)", "วาง(&P)", "ลบ", "เลือกทั้งหมด"]
    assert _menu_texts(plain) == ["เลิกทำ(&U)", "ทำซ้ำ(&R)", "ตัด(&T)", "คัดลอก(&C)", "วาง(&P)", "ลบ", "เลือกทั้งหมด"]


@pytest.mark.gui
def test_thai_file_dialog_and_buttons_are_thai(speak: typing.Callable[[str], None], qtbot: QtBot, tmp_path: Path) -> None:
    speak("th")
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "ค้นหาใน(&L):"
    assert labels["fileNameLabel"] == "ชื่อไฟล์(&N):"
    assert labels["fileTypeLabel"] == "ชนิดไฟล์(&T):"
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"บันทึก(&S)", "ยกเลิก"} <= buttons
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    headers = [view.model().headerData(i, view.header().orientation()) for i in range(4)]
    assert headers == ["ชื่อ", "ขนาด", "ชนิด", "วันที่แก้ไข"]


@pytest.mark.gui
@pytest.mark.parametrize(("lang", "words", "details", "step_up"), [
    ("id", ["OK", "Simpan", "Batal", "Buang Perubahan"], "Tampilkan Rincian...", "Naikkan (&S)"),
    ("vi", ["OK", "Lưu", "Hủy", "Bỏ thay đổi"], "Hiện chi tiết...", "Tăng (&S)"),
    ("th", ["ตกลง", "บันทึก", "ยกเลิก", "ละทิ้ง"], "แสดงรายละเอียด...", "เพิ่มขึ้น(&S)"),
])
def test_standard_buttons_message_box_and_spin_box(speak: typing.Callable[[str], None], qtbot: QtBot, lang: str,
                                                    words: list[str], details: str, step_up: str) -> None:
    speak(lang)
    order = [QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save,
             QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.Discard]
    box = QDialogButtonBox(order[0] | order[1] | order[2] | order[3])
    qtbot.addWidget(box)
    assert [box.button(which).text() for which in order] == words
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setDetailedText("details")
    assert [b.text() for b in message.buttons() if message.buttonRole(b) == QMessageBox.ButtonRole.ActionRole] == [details]
    # QAbstractSpinBox builds its step actions when the menu opens; they are looked up by these keys.
    assert QCoreApplication.translate("QAbstractSpinBox", "&Step up") == step_up


@pytest.mark.gui
def test_english_and_japanese_keep_qts_own_and_switching_replaces_ours(speak: typing.Callable[[str], None], qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    speak("en")
    assert _menu_texts(line)[0] == "&Undo"
    speak("ja")
    assert _menu_texts(line)[0] == "元に戻す(&U)"  # Qt's own qtbase_ja, not ours
    speak("th")
    speak("vi")
    assert _menu_texts(line)[0] == "Hoàn tác (&U)"
    speak("en")  # switching replaces the subsets installed before: none is left behind English
    assert _menu_texts(line)[0] == "&Undo"


def test_thai_keeps_latin_words_apart_from_thai_ones() -> None:
    for _, source, translation in messages(qtbase.ts_path("th")):
        assert not re.search(r"[\u0e00-\u0e7f][A-Za-z]|[A-Za-z][\u0e00-\u0e7f]", translation.text or ""), source
