"""The Export step: a live preview of the deck, the export options, the export itself, and the deck's look.

The preview and every export run in a child process (:mod:`wizard.gui.export.preview`, :mod:`wizard.export.isolation`)
on a frozen copy of the project, one at a time: an export pauses the preview and the preview catches up
afterwards.  The window never waits for WeasyPrint, an export can be cancelled at once, and a failed or
cancelled export leaves any earlier PDF at the destination as it was.

The options (output, label language, DRAFT mark, PDF variant) are this step's own state, remembered in
QSettings between sessions, never stored in the proposal.  Options the pipeline does not offer yet are
refused by :func:`wizard.export.check_options`, whose message is shown as it is.

The formats offered are the export's own lists (:data:`wizard.export.FORMAT_CHOICES` for the PDFs,
:data:`wizard.export.DATA_FORMAT_CHOICES` for the rest).  The financial model as an Excel workbook
(``xlsx``) is written by :func:`wizard.finance.workbook.write_workbook` in the background helper
(:mod:`wizard.gui.tasks`) from a frozen copy of the proposal; label language, DRAFT mark and PDF
variant do not apply to it, and the preview area says that a workbook has no slide preview.

Images are picked with a file dialog, checked by :func:`wizard.images.check_image` (type, size, pixel
count, read from the header without decoding), stored as bytes in the project's assets, and named in
the model through undoable commands.
"""

from __future__ import annotations

import functools
import re
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.gui.steps.pages import WizardPage
from wizard.export import DATA_FORMAT_CHOICES, FORMAT_CHOICES, LABEL_CHOICES, NON_PDF_FORMATS, PDF_VARIANT_CHOICES
from wizard.export.isolation import DEFAULT_TARGET
from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.export.languages import LanguageBox
from wizard.gui.export.preview import IsolatedRun, SlidePreview
from wizard.gui.export.titles import SlideTitlesEditor
from wizard.gui.tasks import Outcome, Task, TaskState, run_in_background

#: An export option's name in the Export step (the command line and the exports keep wizard.export's English).
CHOICE_NAMES = (
    QT_TRANSLATE_NOOP("ExportChoices", "Pitch deck (16:9 slides to present)"),
    QT_TRANSLATE_NOOP("ExportChoices", "Leave-behind document (A4, the full proposal to read)"),
    QT_TRANSLATE_NOOP("ExportChoices", "Readiness report (A4, for the city team: not for investors)"),
    QT_TRANSLATE_NOOP("ExportChoices",
                      "Editable slides (PowerPoint 16:9: the pitch deck's slides, to polish with the client)"),
    QT_TRANSLATE_NOOP("ExportChoices", "Financial model (Excel workbook with live formulas)"),
    QT_TRANSLATE_NOOP("ExportChoices", "English"),
    QT_TRANSLATE_NOOP("ExportChoices", "English with Japanese"),
    QT_TRANSLATE_NOOP("ExportChoices", "Standard PDF"),
    QT_TRANSLATE_NOOP("ExportChoices", "Accessible: PDF/UA-1 (tagged for screen readers)"),
    QT_TRANSLATE_NOOP("ExportChoices", "Archival: PDF/A-3b (for records kept for years)"),
)


# What the drop-down shows of an export option, and what the line under it says of the chosen one: a
# drop-down cannot wrap, and the whole option (in a long language, with presentation mode's text) was wider
# than the page and elided ("Editable slides (PowerPoint 16:9: ..." needed 1299 px in en-XA, the page has 589).
# The whole option (CHOICE_NAMES) stays each entry's tooltip. Keys: wizard.export's texts.
CHOICE_PARTS: dict[str, tuple[str, str]] = {
    "Pitch deck (16:9 slides to present)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Pitch deck"),
        QT_TRANSLATE_NOOP("ExportChoices", "16:9 slides to present.")),
    "Leave-behind document (A4, the full proposal to read)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Leave-behind document"),
        QT_TRANSLATE_NOOP("ExportChoices", "A4, the full proposal to read.")),
    "Readiness report (A4, for the city team: not for investors)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Readiness report"),
        QT_TRANSLATE_NOOP("ExportChoices", "A4, for the city team: not for investors.")),
    "Editable slides (PowerPoint 16:9: the pitch deck's slides, to polish with the client)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Editable slides (PowerPoint)"),
        QT_TRANSLATE_NOOP("ExportChoices", "16:9, the pitch deck's slides, to polish with the client.")),
    "Financial model (Excel workbook with live formulas)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Financial model (Excel)"),
        QT_TRANSLATE_NOOP("ExportChoices", "An Excel workbook with live formulas.")),
    "English": ("English", ""),
    "English with Japanese": ("English with Japanese", ""),
    "Standard PDF": ("Standard PDF", ""),
    "Accessible: PDF/UA-1 (tagged for screen readers)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Accessible: PDF/UA-1"),
        QT_TRANSLATE_NOOP("ExportChoices", "Tagged for screen readers.")),
    "Archival: PDF/A-3b (for records kept for years)": (
        QT_TRANSLATE_NOOP("ExportChoices", "Archival: PDF/A-3b"),
        QT_TRANSLATE_NOOP("ExportChoices", "For records kept for years.")),
}


def choice_name(text: str) -> str:
    """An export option's whole name (one of wizard.export's texts) in the interface's language."""
    return translate("ExportChoices", text)


def choice_short_name(text: str) -> str:
    """What the drop-down shows of an export option (one of wizard.export's texts), in the interface's language."""
    return translate("ExportChoices", CHOICE_PARTS[text][0]) if text in CHOICE_PARTS else choice_name(text)


def choice_detail(text: str) -> str:
    """The line under the drop-down for an export option ("" when its name says it all)."""
    detail = CHOICE_PARTS[text][1] if text in CHOICE_PARTS else ""
    return translate("ExportChoices", detail) if detail else ""

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.gui.document import ProposalDocument
    from wizard.steps import Step




def open_file(path: Path) -> bool:
    """Open a file with the program the system uses for its type (replaced in tests)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


#: The file name ending and the file dialog's filter of each kind of output.
SUFFIXES = {"xlsx": (".xlsx", QT_TRANSLATE_NOOP("ExportPage", "Excel workbook") + " (*.xlsx)"),
            "pptx": (".pptx", "PowerPoint (*.pptx)")}
PDF_SUFFIX = (".pdf", "PDF (*.pdf)")
#: What the preview area says while a format without slides is chosen.
NO_PREVIEW = {
    "xlsx": QT_TRANSLATE_NOOP("ExportPage", "A workbook has no slide preview. The Excel file holds the financial model: "
                                            "inputs, yearly lines, debt schedules, DSCR, equity flows, NPV and IRR and the "
                                            "scenarios, as live formulas an investor can change."),
}


def file_filter_text(pattern: str) -> str:
    """A file dialog's filter with its name in the interface's language ("Excel workbook (*.xlsx)")."""
    name, bracket, rest = pattern.partition(" (")
    return translate("ExportPage", name) + bracket + rest if bracket else pattern


def _write_workbook(proposal: Any, out: Path) -> Path:
    from wizard.finance.workbook import write_workbook  # openpyxl is loaded when a workbook is written

    return write_workbook(proposal, out)


#: The writer of each format that is not a PDF (called on a worker thread with a frozen proposal).
DATA_WRITERS: dict[str, Callable[[Any, Path], Path]] = {"xlsx": _write_workbook}


def suffix_of(fmt: str | None) -> tuple[str, str]:
    """(".pdf", "PDF (*.pdf)") or the data format's own ending and filter."""
    return SUFFIXES.get(fmt or "", PDF_SUFFIX)


def asset_name(file_name: str, taken: typing.Iterable[str]) -> str:
    """A safe, unused asset name for an image file (letters, digits, dot, dash, underscore)."""
    stem, _, suffix = Path(file_name).name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem or "image").strip("-_") or "image"
    suffix = "jpg" if suffix.lower() in ("jpg", "jpeg") else "png"
    name = f"{stem[:60]}.{suffix}"
    n = 2
    while name in set(taken):
        name = f"{stem[:56]}-{n}.{suffix}"
        n += 1
    return name


def check_image_bytes(data: bytes, name: str) -> str:
    """"" if the image is usable, else the reason (from wizard.images: size, type, every pixel decoded once)."""
    from wizard.errors import CityPitchError
    from wizard.images import decode_image

    try:
        _info, image = decode_image(data, name)
    except CityPitchError as exc:
        from wizard.gui.coretexts import shown

        return shown(exc)  # in the interface's language
    image.close()
    return ""


class ExportPage(WizardPage):
    logo_requested = Signal()
    photo_requested = Signal()
    export_started = Signal(str)  # the destination
    export_progressed = Signal(str, float)  # stage, fraction done (0-1)
    export_done = Signal(bool, str)  # True and the PDF written, or False and the reason
    export_cancelled = Signal()

    #: What the child process runs for an export (tests may substitute a target; see wizard.export.isolation).
    export_target = DEFAULT_TARGET

    def __init__(self, step: "Step", doc: "ProposalDocument", parent: QWidget | None = None, *,
                 analysis: AnalysisModel | None = None) -> None:
        super().__init__(step, doc, parent)
        # The readiness blockers behind the DRAFT note come from the window's analysis of the revision
        # on screen (a page shown alone follows an analysis model of its own).
        self.analysis = analysis if analysis is not None else AnalysisModel(doc, self)
        self._settings_store: QSettings | None = None
        self.button = typing.cast(QPushButton, self.findChild(QPushButton, "export_button"))
        self.cancel_button = typing.cast(QPushButton, self.findChild(QPushButton, "cancel_button"))
        self.open_button = typing.cast(QPushButton, self.findChild(QPushButton, "open_button"))
        self.browse_button = typing.cast(QPushButton, self.findChild(QPushButton, "browse_button"))
        self.progress = typing.cast(QProgressBar, self.findChild(QProgressBar, "export_progress"))
        self.status = typing.cast(QLabel, self.findChild(QLabel, "export_status"))
        self.draft_note = typing.cast(QLabel, self.findChild(QLabel, "draft_note"))
        self.format_box = typing.cast(QComboBox, self.findChild(QComboBox, "export_format"))
        self.labels_box = typing.cast(QComboBox, self.findChild(QComboBox, "export_labels"))
        self.variant_box = typing.cast(QComboBox, self.findChild(QComboBox, "export_variant"))
        self.draft_box = typing.cast(QCheckBox, self.findChild(QCheckBox, "export_draft_mark"))
        self.destination_edit = typing.cast(QLineEdit, self.findChild(QLineEdit, "export_destination"))
        self.preview = typing.cast(SlidePreview, self.findChild(SlidePreview, "slide_preview"))
        self.export_group = typing.cast(QGroupBox, self.findChild(QGroupBox, "export_group"))
        # The main-line slides' titles, under the preview: generated ones beside the team's own.
        self.titles = SlideTitlesEditor(doc, self.analysis, self)
        preview_group = typing.cast(QGroupBox, self.findChild(QGroupBox, "preview_group"))
        page_layout = typing.cast(QVBoxLayout, self.layout())
        page_layout.insertWidget(page_layout.indexOf(preview_group) + 1, self.titles)
        # The local language and the fields written in it (stored in the proposal, unlike the options), after
        # the deck's look.
        self.language_group = LanguageBox(doc, self)
        look_group = typing.cast(QGroupBox, self.findChild(QGroupBox, "group_2"))
        page_layout.insertWidget(page_layout.indexOf(look_group) + 1, self.language_group)
        # The export buttons in a row that wraps: in a long language with presentation mode's text, 'Export
        # PowerPoint', 'Cancel export' and 'Open the deck' side by side were wider than the page.
        self._wrap_export_buttons()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(False)  # shown while an export runs; an empty bar reads like a text box
        # The choices offered are the export's own (wizard.export), values with what the user reads.
        choices: tuple[tuple[QComboBox, Mapping[Any, str]], ...] = (
            (self.format_box, {**FORMAT_CHOICES, **DATA_FORMAT_CHOICES}), (self.labels_box, LABEL_CHOICES),
            (self.variant_box, PDF_VARIANT_CHOICES))
        self._choices = choices
        for box, offered in choices:
            for value, text in offered.items():
                box.addItem(choice_short_name(text), value)
                box.setItemData(box.count() - 1, choice_name(text), Qt.ItemDataRole.ToolTipRole)
            # A long choice goes under its label when it does not fit beside it (see _fit_export_boxes); it
            # is elided only when even the page's whole width is too narrow for it, rather than widening the step.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        # The chosen option's detail, word-wrapped under its drop-down (the entries say only its name).
        self.format_note = self._note_under(self.format_box, "export_format_note")
        self.variant_note = self._note_under(self.variant_box, "export_variant_note")
        self._restore_options()
        self._show_details()
        self.button.clicked.connect(self.export_to_destination)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_button.clicked.connect(self.open_pdf)
        self.browse_button.clicked.connect(self.browse)
        self.cancel_button.setEnabled(False)
        self.open_button.setEnabled(False)
        for box in (self.format_box, self.labels_box, self.variant_box):
            box.currentIndexChanged.connect(self._options_changed)
            box.currentIndexChanged.connect(self._fit_export_boxes)
            box.currentIndexChanged.connect(self._show_details)
        self.draft_box.toggled.connect(self._options_changed)
        self.destination_edit.textEdited.connect(self._destination_typed)
        typing.cast(QPushButton, self.findChild(QPushButton, "choose_logo_button")).clicked.connect(self.logo_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "add_photo_button")).clicked.connect(self.photo_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "remove_logo_button")).clicked.connect(self.remove_logo)

        self.run: IsolatedRun | None = None
        #: A workbook being written in the background (the data formats do not run in a child process).
        self.data_task: Task | None = None
        self.last_output: Path | None = None
        #: The destination was suggested by us (beside the project file) rather than chosen by the user.
        self._suggested = True
        self.preview.bind(doc, self.preview_options)
        self.analysis.analysis_changed.connect(self._on_analysis_changed)
        doc.proposal_replaced.connect(self._proposal_replaced)
        doc.path_changed.connect(self._suggest_destination)
        self._suggest_destination()
        self._show_format()

    # --- options ----------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        """The chosen options, as keyword arguments of :class:`wizard.export.ExportOptions`."""
        fmt = self.format_box.currentData()
        return {
            "format": fmt,
            "labels": self.labels_box.currentData(),
            # A PowerPoint deck has no PDF variant (the box is greyed out while it is chosen).
            "pdf_variant": None if fmt in NON_PDF_FORMATS else self.variant_box.currentData(),
            "draft_mark": self.draft_box.isChecked(),
        }

    def preview_options(self) -> dict[str, Any]:
        # The PDF variant changes the file's inner structure, not what a slide looks like; the PowerPoint
        # deck is drawn from the PDF deck's slide plan, so the deck's slides are its preview.
        options = self.options()
        return {**options, "pdf_variant": None, "format": "deck" if options["format"] == "pptx" else options["format"]}

    def is_data_format(self) -> bool:
        """True when the chosen format is not a PDF (the workbook): no slides, no PDF options."""
        return self.format_box.currentData() in DATA_FORMAT_CHOICES

    def _show_format(self) -> None:
        """Options and preview follow the format: a workbook has no labels, DRAFT mark, variant or slides."""
        data = self.is_data_format()
        busy = self.is_running()
        for widget in (self.labels_box, self.variant_box, self.draft_box):
            widget.setEnabled(not data and not busy)
        fmt = self.format_box.currentData()
        # A PowerPoint deck has labels and the DRAFT mark, but no PDF variant.
        self.variant_box.setEnabled(not data and not busy and fmt not in NON_PDF_FORMATS)
        # The buttons name what they write and open (their mnemonics stay: x and d are in both names).
        slides = fmt in NON_PDF_FORMATS
        self.button.setText(translate("ExportPage", "E&xport the workbook") if data
                            else translate("ExportPage", "E&xport PowerPoint") if slides
                            else translate("ExportPage", "E&xport PDF"))
        self.export_group.setTitle(translate("ExportPage", "Workbook") if data else "PowerPoint" if slides else "PDF")
        self.open_button.setText(translate("ExportPage", "Open sprea&dsheet") if data
                                 else translate("ExportPage", "Open the &deck") if slides
                                 else translate("ExportPage", "Open P&DF"))
        self.preview.set_unavailable(translate("ExportPage", NO_PREVIEW[fmt]) if data and fmt in NO_PREVIEW
                                     else translate("ExportPage", "the slide preview is not available") if data else None)
        # The destination's ending follows the format (a PDF path becomes .xlsx and back).
        path = self.destination()
        wanted = suffix_of(fmt)[0]
        known = {PDF_SUFFIX[0], *(suffix for suffix, _filter in SUFFIXES.values())}
        if path is not None and path.suffix.lower() in known and path.suffix.lower() != wanted:
            self.destination_edit.setText(str(path.with_suffix(wanted)))
        self._show_details()  # the notes are greyed out with their boxes

    def _note_under(self, box: QComboBox, name: str) -> QLabel:
        """A word-wrapped line under ``box`` in the export form (the box and the line share its field)."""
        form = typing.cast(QFormLayout, self.export_group.layout())
        position = typing.cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(box))
        row = position[0]
        form.removeWidget(box)
        note = QLabel(self.export_group)
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        field = QVBoxLayout()
        field.setContentsMargins(0, 0, 0, 0)
        field.setSpacing(2)
        field.addWidget(box)
        field.addWidget(note)
        form.setLayout(row, QFormLayout.ItemRole.FieldRole, field)
        return note

    def _show_details(self) -> None:
        """The line under each drop-down says what its chosen option is (hidden when the name says it all)."""
        for box, note, offered in ((self.format_box, self.format_note, {**FORMAT_CHOICES, **DATA_FORMAT_CHOICES}),
                                   (self.variant_box, self.variant_note, PDF_VARIANT_CHOICES)):
            text = offered.get(box.currentData(), "")
            detail = choice_detail(text) if box.currentIndex() >= 0 and box.currentData() in offered else ""
            note.setText(detail)
            note.setVisible(bool(detail))
            note.setEnabled(box.isEnabled())
            box.setAccessibleDescription(detail)

    def _wrap_export_buttons(self) -> None:
        from wizard.gui.tables.flow import button_row

        form = typing.cast(QFormLayout, self.export_group.layout())
        row, old = -1, None
        for r in range(form.rowCount()):
            item = form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            inner = item.layout() if item is not None else None
            if inner is not None and inner.indexOf(self.button) >= 0:
                row, old = r, inner
        if old is None:
            return
        buttons: list[QWidget] = [self.button, self.cancel_button, self.open_button]
        for button in buttons:
            old.removeWidget(button)
        form.removeItem(old)
        old.deleteLater()
        flow = button_row(self.export_group, buttons)
        flow.setObjectName("export_buttons")
        form.setLayout(row, QFormLayout.ItemRole.FieldRole, flow)

    def _fit_choice_boxes(self) -> None:
        super()._fit_choice_boxes()
        if hasattr(self, "format_box"):  # the first call comes from WizardPage.__init__, before ours has run
            self._fit_export_boxes()

    def _fit_export_boxes(self) -> None:
        """Each export drop-down at least as wide as its chosen entry needs, as far as the page has room.

        The form puts a box too wide to sit beside its label under it (its rows wrap when long), so the
        chosen entry is shown whole; after a change of text size (leaving presentation mode) the label
        column can be wider than when the page was built, and a box sized for 18 characters cut the entry.
        Only a choice wider than the whole page is elided: it never makes the step scroll sideways.
        """
        room = self._form_room()
        for box in (self.format_box, self.labels_box, self.variant_box):
            box.setMinimumWidth(0)
            if box.currentIndex() < 0:
                continue
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            hint = box.sizeHint()
            option.rect = QRect(0, 0, hint.width(), hint.height())
            field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                               QStyle.SubControl.SC_ComboBoxEditField, box)
            frame = hint.width() - field.width() if field.width() > 0 else 0
            wide = box.fontMetrics().horizontalAdvance(box.currentText())
            if not box.itemIcon(box.currentIndex()).isNull():
                wide += box.iconSize().width() + 4
            needed = max(hint.width(), wide + frame + 2)
            box.setMinimumWidth(min(needed, room) if room > 0 else needed)

    def _form_room(self) -> int:
        """The widest a field of the export form can be without the step scrolling sideways (0: unknown)."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is None:
            return 0
        page = typing.cast(QLayout, self.layout()).contentsMargins()
        group = typing.cast(QLayout, self.export_group.layout()).contentsMargins()
        frame = self.export_group.contentsMargins()
        return (scroll.viewport().width() - page.left() - page.right() - group.left() - group.right()
                - frame.left() - frame.right())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_export_boxes()  # the room the page gives a box follows its width

    def retranslated(self) -> None:
        # The form's texts are back to its own: the format's button names, the DRAFT note and the
        # preview's words follow the language again.
        for box, offered in self._choices:
            for index in range(box.count()):
                if box.itemData(index) in offered:  # an item added by someone else keeps its text
                    box.setItemText(index, choice_short_name(offered[box.itemData(index)]))
                    box.setItemData(index, choice_name(offered[box.itemData(index)]), Qt.ItemDataRole.ToolTipRole)
        self._show_details()
        self._fit_export_boxes()
        self._show_format()
        if self.isVisible():
            self.update_draft_note()

    def set_options(self, **values: Any) -> None:
        """Choose options by value (``format="leave-behind"``, ``pdf_variant="pdf/a-3b"``, ``draft_mark=False``)."""
        boxes = {"format": self.format_box, "labels": self.labels_box, "pdf_variant": self.variant_box}
        for key, value in values.items():
            if key == "draft_mark":
                self.draft_box.setChecked(bool(value))
                continue
            box = boxes[key]
            index = box.findData(value)
            if index < 0:
                raise ValueError(f"{value!r} is not a choice for {key}")
            box.setCurrentIndex(index)

    def _settings(self) -> QSettings:
        # One QSettings for the step's life: each temporary one would save the settings file when dropped.
        if self._settings_store is None:
            self._settings_store = QSettings(self)
        return self._settings_store

    def _restore_options(self) -> None:
        settings = self._settings()
        for key, box in (("format", self.format_box), ("labels", self.labels_box), ("pdf_variant", self.variant_box)):
            stored = settings.value(f"export/{key}")
            value = None if stored in (None, "", "standard") else str(stored)
            index = box.findData(value)
            if stored is not None and index >= 0:
                box.setCurrentIndex(index)
        draft = settings.value("export/draft_mark")
        if draft is not None:
            self.draft_box.setChecked(str(draft).lower() in ("true", "1"))

    def _options_changed(self) -> None:
        settings = self._settings()
        options = self.options()
        for key in ("format", "labels", "pdf_variant"):
            settings.setValue(f"export/{key}", options[key] or "standard")
        settings.setValue("export/draft_mark", "true" if options["draft_mark"] else "false")
        self._show_format()
        self.update_draft_note()
        self.preview.renderer.invalidate(0)
        problem = self.option_problem()
        if problem:
            self.status.setText(problem)

    def option_problem(self) -> str:
        """Why the chosen options cannot be exported by this version, or ""."""
        from wizard.export import ExportOptions, check_options
        from wizard.errors import CityPitchError

        if self.is_data_format():
            # Labels, DRAFT mark and PDF variant do not apply; a format needs a writer the step knows.
            fmt = self.format_box.currentData()
            if fmt not in DATA_WRITERS:
                return fill(translate("ExportPage", "the wizard cannot write the format '%1' yet; use citypitch export"),
                            choice_name(DATA_FORMAT_CHOICES[fmt]) if fmt in DATA_FORMAT_CHOICES else fmt)
            return ""

        try:
            check_options(ExportOptions(**self.options()))
        except CityPitchError as exc:
            return str(exc)
        return ""

    def _on_analysis_changed(self, analysis: "Analysis") -> None:
        if self.isVisible():
            self.update_draft_note(analysis)

    def update_draft_note(self, analysis: "Analysis | None" = None) -> None:
        """Say whether the DRAFT mark will show, and why: the export's own judgement
        (:func:`wizard.review.signoff.draft_reasons`: failed gates, a Not ready band, sign-off when turned on);
        and, before a PDF export is tried, any text the bundled fonts cannot draw (the export refuses it)."""
        from wizard.gui.review.texts import draft_note, draft_reasons_shown
        from wizard.review.signoff import draft_reasons_said

        analysis = analysis or self.analysis.current()
        assessment = analysis.readiness
        # The export's reasons, said in the interface's language.
        reasons, readiness_reasons = draft_reasons_shown(analysis, draft_reasons_said(self.doc.project, assessment))
        if self.is_data_format():
            text = translate("ExportPage", "The workbook carries no DRAFT mark: it holds the financial model only.")
            if reasons:
                text += " " + fill(translate("ExportPage", "A PDF export would be marked DRAFT because %1 (see the Review step)."),
                                   functools.reduce(lambda a, b: fill(translate("Review", "%1; %2"), a, b), reasons))
        else:
            # The band as the Review step names it, in the interface's language, as the reasons are.
            text = draft_note(reasons, self.draft_box.isChecked(), language.shown(analysis).readiness.band.title, assessment.score,
                              readiness_reasons=readiness_reasons,
                              signed_off=self._signoff_required())
        if analysis.uncovered and not self.is_data_format():
            from wizard.gui.coretexts import say
            from wizard.textcheck import message_said

            # The fields by their titles, in the interface's language (wizard.textcheck.message_said).
            text += "\n" + fill(translate("ExportPage", "The PDF cannot be made yet: %1."),
                                say(message_said(list(analysis.uncovered))))
        self.draft_note.setText(text)

    def on_signoff_changed(self) -> None:
        """The sign-off changed (given, gone stale, required): the DRAFT mark may come or go."""
        self.update_draft_note()
        self.preview.renderer.invalidate()

    def _signoff_required(self) -> bool:
        from wizard.review import ReviewError
        from wizard.review.signoff import state

        try:
            return state(self.doc.project).required
        except ReviewError:
            return False

    # --- destination ------------------------------------------------------------------------------

    def destination(self) -> Path | None:
        text = self.destination_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_destination(self, path: Path) -> None:
        self._suggested = False
        self.destination_edit.setText(str(path))

    def suggested_destination(self) -> Path:
        """Beside the project file with .pdf (.xlsx for the workbook); for an unsaved proposal, its name in the
        last folder used."""
        suffix = suffix_of(self.format_box.currentData())[0]
        if self.doc.path is not None:
            return self.doc.path.with_suffix(suffix)
        fallback = "financial-model" if self.is_data_format() else "pitch-deck"
        name = re.sub(r'[\\/:*?"<>|]+', "-", self.doc.proposal.meta.project_name or "").strip(" .-") or fallback
        folder = Path(str(self._settings().value("last_folder", str(Path.home()))))
        return folder / f"{name}{suffix}"

    def _suggest_destination(self) -> None:
        if self._suggested:
            self.destination_edit.setText(str(self.suggested_destination()))

    def _destination_typed(self, text: str) -> None:
        self._suggested = not text.strip()

    def _proposal_replaced(self) -> None:
        # Another proposal: suggest a place beside it again, and forget the previous one's PDF.
        self._suggested = True
        self._suggest_destination()
        self.last_output = None
        self.open_button.setEnabled(False)

    def ask_destination(self) -> Path | None:
        start = str(self.destination() or self.suggested_destination())
        suffix, file_filter = suffix_of(self.format_box.currentData())
        title = (translate("ExportPage", "Export the workbook to") if self.is_data_format()
                 else translate("ExportPage", "Export the PowerPoint deck to") if suffix == ".pptx"
                 else translate("ExportPage", "Export the PDF to"))
        name, _ = QFileDialog.getSaveFileName(self, title, start, file_filter_text(file_filter))
        return Path(name) if name else None

    def browse(self) -> None:
        path = self.ask_destination()
        if path is not None:
            if not path.suffix:
                path = path.with_suffix(suffix_of(self.format_box.currentData())[0])
            self.set_destination(path)

    # --- images ---------------------------------------------------------------------------------

    def add_image(self, data: bytes, file_name: str, as_logo: bool) -> str:
        """Check and store an image; returns "" or the reason it was refused."""
        problem = check_image_bytes(data, file_name)
        if problem:
            self.status.setText(problem)
            return problem
        name = asset_name(file_name, self.doc.project.assets)
        # Bytes live beside the model (not in the undo history); the model only names them, so an
        # undo simply leaves an unused image that is not shown.
        self.doc.project.assets[name] = data
        if as_logo:
            self.doc.set_field("branding.logo", name, "Logo")
        else:
            from wizard.model import Photo

            self.doc.insert_row("branding.photos", len(self.doc.proposal.branding.photos), Photo(asset=name))
        self.status.setText(fill(translate("ExportPage", "Added logo %1.") if as_logo
                                 else translate("ExportPage", "Added photo %1."), name))
        return ""

    def remove_logo(self) -> None:
        """Show no logo (undoable; the image stays among the project's assets until the file is tidied)."""
        from wizard.gui.document import FieldRefused

        try:
            self.doc.set_field("branding.logo", "", "Logo")
        except FieldRefused as refusal:
            self.status.setText(refusal.message)

    # --- export -----------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.run is not None or self.data_task is not None

    def export_to_destination(self) -> bool:
        """The Export button: write the PDF where "Save to" says."""
        path = self.destination()
        if path is None:
            self._refuse(translate("ExportPage", "choose where to save the workbook first (Save to)") if self.is_data_format()
                         else translate("ExportPage", "choose where to save the PDF first (Save to)"))
            return False
        return self.start_export(path)

    def start_export(self, output: Path) -> bool:
        """Export in the background to ``output``; False (and the reason reported) if it cannot start."""
        if self.is_running():
            return False
        output = Path(output)
        problem = self.option_problem()
        data = self.is_data_format()
        if not problem:
            from wizard.errors import CityPitchError
            from wizard.projectfile import check_output_path

            from wizard.gui.coretexts import shown

            writes = "the workbook" if data else "the PowerPoint deck" if self.options()["format"] == "pptx" else "the PDF"
            try:  # the same checks as `citypitch export`: never over a project, a folder or a device
                check_output_path(output, source=self.doc.project.path, writes=writes)
            except CityPitchError as exc:
                problem = shown(exc)  # in the interface's language
        if problem:
            self._refuse(problem)
            return False
        if self.destination() != output:
            self.set_destination(output)
        if data:
            return self._start_data_export(output)
        self.preview.renderer.pause()
        # In the warm render process the previews use (WeasyPrint already imported; see wizard.export.warm).
        run = IsolatedRun(self.doc.project.frozen_copy(), self.options(), output, target=self.export_target,
                          server=self.preview.renderer.server("deck"), parent=self)
        run.progressed.connect(self._on_progress)
        run.succeeded.connect(self._on_finished)
        run.failed.connect(self._on_failed)
        run.stopped.connect(self._on_stopped)
        self.run = run
        self._set_busy(True)
        self.progress.setRange(0, 0)  # busy until the first stage is reported
        self.status.setText(fill(translate("ExportPage", "Exporting to %1..."), output))
        run.start()
        self.export_started.emit(str(output))
        return True

    def _start_data_export(self, output: Path) -> bool:
        """Write a format that is not a PDF (the workbook) with its writer in the background, from a frozen copy."""
        proposal = self.doc.project.frozen_copy().proposal
        writer = DATA_WRITERS[self.format_box.currentData()]

        def work(_state: TaskState) -> Path:
            return writer(proposal, output)

        self._set_busy(True)
        # Writing the workbook takes about a second and is all or nothing (an atomic write): there is
        # nothing to cancel half-way.
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status.setText(fill(translate("ExportPage", "Writing the workbook to %1..."), output))
        self.data_task = run_in_background(work, self._on_workbook_done, lane="export", context=self)
        self.export_started.emit(str(output))
        return True

    def _on_workbook_done(self, outcome: Outcome[Path]) -> None:
        from wizard.errors import CityPitchError

        self.data_task = None
        try:
            path = outcome.result()
        except CityPitchError as exc:
            from wizard.gui.coretexts import shown

            self._on_failed(shown(exc))  # in the interface's language where the core kept the sentence
            return
        except OSError as exc:
            self._on_failed(fill(translate("ExportPage", "the workbook could not be written: %1"), exc.strerror or exc))
            return
        self._on_finished(path)

    def cancel_export(self) -> None:
        if self.run is not None:
            if self.cancel_button.hasFocus():
                # Nothing else on the step can be used until the export has stopped: the keyboard waits on the
                # line that says so (read out by screen readers), not in the accent colour further down.
                self.status.setFocus(Qt.FocusReason.OtherFocusReason)
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("ExportPage", "Cancelling the export..."))
            self.run.cancel()

    def open_pdf(self) -> None:
        path = self.last_output
        if path is None or not path.is_file():
            self.status.setText(translate("ExportPage", "There is no exported file to open yet."))
            self.open_button.setEnabled(False)
            return
        if not open_file(path):
            text = (translate("ExportPage", "No program to open workbooks was found on this computer; the file is %1")
                    if path.suffix.lower() == ".xlsx"
                    else translate("ExportPage", "No program to open PDFs was found on this computer; the file is %1"))
            self.status.setText(fill(text, path))

    def shutdown(self) -> None:
        """Stop any render or export (the window is closing); an earlier PDF stays as it was."""
        self.preview.renderer.shutdown()
        if self.run is not None:
            self.run.shutdown()
            self.run.deleteLater()
            self.run = None
            self._set_busy(False)
        if self.data_task is not None:
            self.data_task.wait(30)  # an atomic write: let it finish rather than leave its temporary file
            self.data_task = None
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        # The keyboard stays on the step: a control about to be disabled hands the focus to Cancel (or,
        # when the export ends, to Export) before Qt would move it on down the page, into the accent
        # colour with its text selected, where one keystroke replaces it (issue 16).
        options: tuple[QWidget, ...] = (self.format_box, self.labels_box, self.variant_box, self.draft_box,
                                        self.destination_edit, self.browse_button)
        going = (self.button, self.open_button, *options) if busy else (self.cancel_button, self.status)
        keeper = self.cancel_button if busy else self.button
        keeper.setEnabled(True)
        if QApplication.focusWidget() in going:
            keeper.setFocus(Qt.FocusReason.OtherFocusReason)
        self.button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for widget in options:
            widget.setEnabled(not busy)
        if busy:
            self.open_button.setEnabled(False)
        else:
            self._show_format()

    def _refuse(self, reason: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status.setText(fill(translate("ExportPage", "The export did not start: %1"), reason))
        self.export_done.emit(False, reason)

    def _ended(self) -> None:
        if self.run is not None:
            self.run.deleteLater()
            self.preview.renderer.resume()
        self.run = None
        self._set_busy(False)
        self.progress.setRange(0, 100)
        self.open_button.setEnabled(self.last_output is not None and self.last_output.is_file())

    def _on_progress(self, stage: str, fraction: float) -> None:
        if self.run is None or not self.cancel_button.isEnabled():
            return  # a cancel was asked for: keep saying so
        self.progress.setRange(0, 100)
        self.progress.setValue(int(max(0.0, min(fraction, 1.0)) * 100))
        self.status.setText(fill(translate("ExportPage", "Exporting: %1..."), stage))
        self.export_progressed.emit(stage, fraction)

    def _on_finished(self, path: object) -> None:
        self.last_output = Path(str(path))
        self._ended()
        self.progress.setValue(100)
        self.status.setText(fill(translate("ExportPage", "Wrote %1"), path))
        self.export_done.emit(True, str(path))

    def _on_failed(self, reason: str) -> None:
        self._ended()
        self.progress.setValue(0)
        self.status.setText(fill(translate("ExportPage", "The export failed: %1"), reason))
        self.export_done.emit(False, reason)

    def _on_stopped(self, _reason: str) -> None:
        self._ended()
        self.progress.setValue(0)
        self.status.setText(translate("ExportPage", "Export cancelled: nothing was written, and any earlier PDF there is unchanged."))
        self.export_cancelled.emit()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.update_draft_note()
        if not self.titles.generated and self.titles.task is None:
            self.titles.refresh(self.analysis.current())
