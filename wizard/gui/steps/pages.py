"""The wizard's pages: one generated form per step, bound to the document by the generic binder.

A page never touches another page's widgets; it edits the document, follows its signals, and asks
the window for anything beyond itself through its own signals (open a file, jump to a field).
The pages with more than fields live with what they show (:mod:`wizard.gui.finance.page`,
:mod:`wizard.gui.review.page`, :mod:`wizard.gui.export.page`); the window builds every page through
:func:`wizard.gui.window.pages.make_page`.

Run one page alone for review: ``python -m wizard.gui.steps vision [SAMPLE] [--png OUT.png]``.
"""

from __future__ import annotations

import importlib
import typing
from pathlib import PurePath

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from wizard import fields
from wizard.gui.document import ProposalDocument
from wizard.gui.language import fill, translate
from wizard.gui.steps.binder import PageBinder
from wizard.steps import Step


def form_class(step: Step) -> typing.Any:
    """The generated ``Ui_<FormClass>`` of a step (see :mod:`wizard.gui.steps.uiforms`).

    Looked up here rather than through ``uiforms.form_class``: that module also holds the tools that
    regenerate the forms (subprocess, shutil), which showing the window does not need.
    """
    module = importlib.import_module(f"wizard.gui.steps.generated.ui_{step.id}")
    return getattr(module, f"Ui_{step.form_class}")


def sample_title(name: str) -> str:
    """'Project — City, Country' for a bundled sample, read from its JSON without validating it all
    (the Start page lists the samples; full loading happens when one is opened)."""
    import json

    from wizard.model import Country
    from wizard.resources import sample_path

    try:
        data = json.loads(sample_path(name).read_text(encoding="utf-8"))
        project = str(data["meta"]["project_name"]).strip()
        city = str(data["city"]["name"]).strip()
        country = Country(data["city"]["country"]).label
    except (OSError, ValueError, KeyError, TypeError):
        return name
    return f"{project} — {city}, {country}" if project else name


#: The widest a page's label column may be (pixels at 100% scaling); longer labels wrap.
LABEL_COLUMN_MAX = 180
#: Text this many times its normal size or more (presentation mode) puts labels above their fields.
LARGE_TEXT = 1.3
#: Above its field, a label wraps only when it is wider than this (a page on a 1024-pixel projector is wider).
LARGE_LABEL_MAX = 560
#: Qt's "no maximum" for a widget's size (QWIDGETSIZE_MAX).
QWIDGETSIZE_MAX = (1 << 24) - 1


def one_line_width(label: QLabel) -> int:
    """The width ``label`` needs to show its text on one line, its margins included."""
    plain = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = label.fontMetrics()
    text = max((metrics.horizontalAdvance(line) for line in plain.splitlines()), default=0)
    margins = label.contentsMargins()
    return text + 2 * label.margin() + margins.left() + margins.right() + max(label.indent(), 0)


def distinct_names(paths: list[str]) -> list[str]:
    """What the Start page shows for each recent file: its name, and where names repeat, the folders that tell them apart.

    ``/a/north/plan.citypitch`` and ``/a/south/plan.citypitch`` read "plan.citypitch — north" and
    "plan.citypitch — south"; each shows as few of its folders as it takes, nearest first.
    """
    parts = [PurePath(p).parts for p in paths]
    names = [p[-1] if p else "" for p in parts]
    shown = list(names)
    for i, name in enumerate(names):
        twins = [j for j, other in enumerate(names) if other == name and paths[j] != paths[i]]
        folders = parts[i][:-1]
        if not twins or not folders:
            continue
        for depth in range(1, len(folders) + 1):
            tail = folders[-depth:]
            if all(parts[j][:-1][-depth:] != tail for j in twins):
                break
        shown[i] = f"{name} — {'/'.join(tail).replace('//', '/')}"
    return shown


class CheckBoxText(QLabel):
    """The words of a check box, wrapping onto more lines when the page is narrow (a check box's own text
    never wraps: in a longer language it made the page scroll sideways).

    The box itself has no text of its own; this label is its buddy (its mnemonic ticks nothing but
    focuses the box, as a form's labels do) and a click on it ticks the box, as a click on a check box's
    text does.  The box keeps its accessible name.
    """

    def __init__(self, box: QCheckBox) -> None:
        super().__init__(box.parentWidget())
        self.box = box
        self.setObjectName(f"{box.objectName()}_text")
        self.setWordWrap(True)
        self.setBuddy(box)
        #: The accessible name this label gave the box (a box whose form names it keeps the form's name).
        self._named = ""
        self.take_text()

    def take_text(self) -> None:
        """Show the box's text here (the form sets it on the box, at start and on View > Language); the box
        is named by it for a screen reader unless its form names it."""
        words = self.box.text()
        if not words:
            return
        self.setText(words)
        self.setToolTip(self.box.toolTip())
        self.box.setText("")
        if not self.box.accessibleName() or self.box.accessibleName() == self._named:
            self._named = words.replace("&&", "\0").replace("&", "").replace("\0", "&")
            self.box.setAccessibleName(self._named)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()


def wrap_check_boxes(page: QWidget) -> list[CheckBoxText]:
    """Give every check box of ``page``'s form a wrapping text beside it (see :class:`CheckBoxText`)."""
    made = []
    for box in page.findChildren(QCheckBox):
        holder = box.parentWidget()
        layout = holder.layout() if holder is not None else None
        if layout is None or not box.text():
            continue
        row = QWidget(holder)
        row.setObjectName(f"{box.objectName()}_row")
        if layout.replaceWidget(box, row) is None:
            row.deleteLater()
            continue
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        box.setParent(row)
        text = CheckBoxText(box)
        text.setParent(row)
        line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(text, 1)
        made.append(text)
    return made


class WizardPage(QWidget):
    """One step of the wizard."""

    message_shown = Signal(str)

    def __init__(self, step: Step, doc: ProposalDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.doc = doc
        self.ui = form_class(step)()
        self.ui.setupUi(self)
        title = typing.cast(QLabel, self.findChild(QLabel, "page_title"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self._realign_pending = False
        forms = self._forms()
        self._field_growth = forms[0].fieldGrowthPolicy() if forms else QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
        self._align_label_columns()
        self.binder = PageBinder(doc, self)
        # The notes under the fields: readiness findings, and the slide budgets (wizard.gui.budgets).
        self._readiness_notes: dict[str, str] = {}
        self._budget_notes: dict[str, str] = {}
        for table in self.binder.tables.values():
            table.message_shown.connect(self.message_shown)  # type: ignore[attr-defined]
        for binding in self.binder.bindings.values():
            box = binding.widget
            if isinstance(box, QComboBox) and box.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToContents:
                # As wide as its longest choice, so a choice is never cut: a form whose row has no room
                # for it beside the label puts it under the label (see _align_label_columns).
                box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                box.setMinimumContentsLength(0)  # else its narrowest size ignores its choices
        self._fit_choice_boxes()
        self.check_texts = wrap_check_boxes(self)

    def _fit_choice_boxes(self) -> None:
        """Each drop-down at least as wide as its longest choice needs in its own field.

        Qt's size for a box that adjusts to its contents can fall a few pixels short when the choice's
        glyphs come from a fallback font (Japanese, Thai): the last character would be cut.
        """
        for binding in self.binder.bindings.values():
            box = binding.widget
            if not isinstance(box, QComboBox) or box.isEditable():
                continue
            box.setMinimumWidth(0)
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            hint = box.sizeHint()
            option.rect = QRect(0, 0, hint.width(), hint.height())  # the field of a box at its own size
            field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                               QStyle.SubControl.SC_ComboBoxEditField, box)
            frame = hint.width() - field.width() if field.width() > 0 else 0
            metrics = box.fontMetrics()
            widest = max((metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0)
            box.setMinimumWidth(max(hint.width(), widest + frame + 2))

    def patterns(self) -> list[str]:
        return self.binder.patterns()

    def _forms(self) -> list[QFormLayout]:
        return self.findChildren(QFormLayout)

    def _form_labels(self) -> list[QLabel]:
        labels: list[QLabel] = []
        for form in self._forms():
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    labels.append(widget)
        return labels

    def text_scale(self) -> float:
        """How much larger the page's text is than the application's normal text (1 or more)."""
        normal = QFontMetrics(QApplication.font()).height()
        return max(1.0, self.fontMetrics().height() / normal) if normal > 0 else 1.0

    def _align_label_columns(self) -> None:
        """Lay out the page's forms for its text size, so that no label or field is cut.

        Normal text: one label column width for every group of the page, so the fields line up down the
        page; labels wider than :data:`LABEL_COLUMN_MAX` wrap onto more lines instead of widening every
        page past what a 1024-pixel-wide screen shows without sideways scrolling, and a field too wide to
        sit beside its label (a drop-down with a long choice) goes under it.  Large text (presentation
        mode, :data:`LARGE_TEXT` times the normal size or more): every label above its field, as wide as
        the page, and every field as wide as the page, so that labels wrap rather than being cut
        ("Economic prioriti") and long choices show whole.  Run again when the text size changes.
        """
        large = self.text_scale() >= LARGE_TEXT
        for form in self._forms():
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if large else QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow if large else self._field_growth)
        labels = self._form_labels()
        if not labels:
            return
        # Each label's width on one line (margins included), whatever wrapping an earlier run chose.
        single = {label: one_line_width(label) for label in labels}
        if large:
            for label in labels:
                # Above its field a label has the page's width: only one longer than a narrow page wraps.
                wrap = single[label] > LARGE_LABEL_MAX
                label.setWordWrap(wrap)
                label.setMinimumWidth(LARGE_LABEL_MAX if wrap else 0)
                label.setMaximumWidth(QWIDGETSIZE_MAX)
            return
        width = min(max(single.values()), LABEL_COLUMN_MAX)
        for label in labels:
            label.setWordWrap(single[label] > width)
            label.setMinimumWidth(width)
            label.setMaximumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange) and not self._realign_pending:
            # Every child has its new font once the style sheet has been applied to them all.
            self._realign_pending = True
            # With the page as the timer's context: a page closed before the timer fires is not called
            # (a bound method alone is called on the deleted page: "Internal C++ object already deleted").
            QTimer.singleShot(0, self, self._realign_if_pending)

    def retranslate(self) -> None:
        """The form's texts and the choices' labels in the interface's language (View > Language).

        Values, the undo history, selections and what is typed stay as they are: only words change.
        """
        self.ui.retranslateUi(self)
        for text in self.check_texts:
            text.take_text()
        self.binder.relabel_choices()
        if self.binder.currency_labels is not None:
            self.binder.currency_labels.retranslated()
        self._fit_choice_boxes()
        self.retranslated()

    def retranslated(self) -> None:
        """What a page sets over its form's texts, set again after :meth:`retranslate` (pages override)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._realign_pending:
            # A page first shown after the text size changed (presentation mode turned on while another
            # step was shown) gets its new font as it is polished for the show: laid out for it now, its
            # labels are not painted once cut at the old label column's width before the timer fires.
            self._realign()

    def _realign_if_pending(self) -> None:
        if self._realign_pending:
            self._realign()

    def _realign(self) -> None:
        self._realign_pending = False
        self._fit_choice_boxes()  # a larger font (presentation mode) needs wider boxes for the same choices
        self._align_label_columns()

    def show_notes(self, notes: dict[str, str]) -> None:
        """Show readiness findings beside the fields they concern (with the slide budgets, if any)."""
        self._readiness_notes = dict(notes)
        self._show_all_notes()

    def show_budgets(self, notes: dict[str, str]) -> None:
        """Show, under the fields that feed a main-line slide, how much more the slide can take."""
        self._budget_notes = dict(notes)
        self._show_all_notes()

    def _show_all_notes(self) -> None:
        keys = dict.fromkeys([*self._readiness_notes, *self._budget_notes])
        self.binder.show_notes({k: "\n".join(n for n in (self._readiness_notes.get(k, ""),
                                                           self._budget_notes.get(k, "")) if n) for k in keys})


class HintedPage(WizardPage):
    """A page with live vague-writing hints under one statement (vision, problem)."""

    HINTS: dict[str, tuple[str, str]] = {"vision": ("vision__statement", "vision_hints"), "problem": ("problem__statement", "problem_hints")}

    def __init__(self, step: Step, doc: ProposalDocument, parent: QWidget | None = None) -> None:
        super().__init__(step, doc, parent)
        source, target = self.HINTS[step.id]
        self.hint_source = typing.cast(QPlainTextEdit, self.findChild(QPlainTextEdit, source))
        self.hint_label = typing.cast(QLabel, self.findChild(QLabel, target))
        self.hint_label.setStyleSheet("color: #7A4F01;")
        self.hint_source.textChanged.connect(self.update_hints)
        self.update_hints()

    def show_notes(self, notes: dict[str, str]) -> None:
        # The live hints already say what the vagueness checks would; one message is enough.
        pattern = self.HINTS[self.step.id][0].replace("__", ".")
        if self.hints():
            notes = {p: n for p, n in notes.items() if p != pattern}
        super().show_notes(notes)

    def retranslated(self) -> None:
        self.update_hints()

    def hints(self) -> list[str]:
        text = self.hint_source.toPlainText()
        if not text.strip():
            return []
        from wizard.vague import vague_hints

        return [hint.message for hint in vague_hints(text)]

    def update_hints(self) -> None:
        messages = self.hints()
        self.hint_label.setText("\n".join(f"• {m}" for m in messages))
        self.hint_label.setVisible(bool(messages))
        self.hint_source.setAccessibleDescription(" ".join(messages))


class StartPage(WizardPage):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal(str)
    recent_requested = Signal(str)

    def __init__(self, step: Step, doc: ProposalDocument, parent: QWidget | None = None) -> None:
        super().__init__(step, doc, parent)
        from wizard.resources import sample_names

        self.samples = typing.cast(QListWidget, self.findChild(QListWidget, "sample_list"))
        self.recent = typing.cast(QListWidget, self.findChild(QListWidget, "recent_list"))
        for name in sample_names():
            item = QListWidgetItem(sample_title(name), self.samples)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(fields.tooltip(fill(translate("StartPage", "Bundled sample ‘%1’: a fictional city, for illustration"), name)))
        if self.samples.count():
            self.samples.setCurrentRow(0)
        self.samples.itemActivated.connect(lambda item: self.sample_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        button = typing.cast(QPushButton, self.findChild(QPushButton, "new_button"))
        button.clicked.connect(self.new_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "open_button")).clicked.connect(self.open_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "open_sample_button")).clicked.connect(self._open_sample)
        typing.cast(QPushButton, self.findChild(QPushButton, "open_recent_button")).clicked.connect(self._open_recent)
        # Samples beside recent files when the page has the room, one above the other when it has not
        # (a longer language in presentation mode): the page never scrolls sideways for them.
        self._one_column = False
        self._two_need = 0
        self._watched: QWidget | None = None

    #: The Begin box's widgets, by column (two columns: side by side; one column: the first over the second).
    START_COLUMNS = (("new_button", "sample_label", "sample_list", "open_sample_button"),
                     ("open_button", "recent_label", "recent_list", "open_recent_button"))

    def _place(self, one_column: bool) -> None:
        grid = self.ui.start_grid
        for column, names in enumerate(self.START_COLUMNS):
            for row, name in enumerate(names):
                widget = typing.cast(QWidget, self.findChild(QWidget, name))
                grid.removeWidget(widget)
                if one_column:
                    grid.addWidget(widget, column * len(names) + row, 0)
                else:
                    grid.addWidget(widget, row, column)
        self._one_column = one_column
        self.ui.page_layout.activate()

    def _room(self) -> int:
        viewport = self.parentWidget()
        return viewport.width() if viewport is not None else self.width()

    def reflow(self) -> None:
        """Two columns when the page's room takes them, else one (see __init__)."""
        room = self._room()
        if self._one_column:
            if room >= self._two_need:
                self._place(False)
        else:
            self.ui.page_layout.activate()
            self._two_need = self.minimumSizeHint().width()
            if room < self._two_need:
                self._place(True)

    def _remeasure(self) -> None:
        if self._one_column:
            self._place(False)
        self.reflow()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        viewport = self.parentWidget()
        if viewport is not None and viewport is not self._watched:
            viewport.installEventFilter(self)
            self._watched = viewport
        self.reflow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.reflow()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self._remeasure)  # the texts' new widths are known once every child has them

    def first_field(self) -> QWidget:
        """A new proposal starts with its name (the window focuses it; see navigation.first_field)."""
        return self.binder.bindings["meta.project_name"].widget

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for path, shown in zip(files, distinct_names(files), strict=True):
            item = QListWidgetItem(shown, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(fields.tooltip(path))
        if not files:
            placeholder = QListWidgetItem(translate("StartPage", "(none yet)"), self.recent)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)

    def _open_sample(self) -> None:
        item = self.samples.currentItem()
        if item is not None:
            self.sample_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _open_recent(self) -> None:
        item = self.recent.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
