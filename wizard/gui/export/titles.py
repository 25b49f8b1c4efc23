"""The Export step's slide titles: each main-line slide, the title made from the figures, and the team's own.

One row per main-line slide (:data:`wizard.export.story.MAIN_LINE`): the slide's name, the generated
title (read-only) and the team's title (editable).  The generated titles come from
:func:`wizard.export.titles.slide_titles` given the window's latest analysis; they are worked out on a
background thread (:mod:`wizard.gui.tasks`) from a copy of the proposal, and a result for an older
revision than the one on screen is dropped.

Writing a title sets ``proposal.slide_titles`` through the document (one named undo step per edit);
clearing it removes the override, so the slide prints the generated title again.  The deck preview
follows the document like any other edit.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.export.story import MAIN_LINE
from wizard.gui.language import QT_TRANSLATE_NOOP
from wizard.gui.tables import headings
from wizard.gui.tasks import Outcome, Task, TaskState, run_in_background
from wizard.model import SlideTitle

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.export.titles import SlideTitleInfo
    from wizard.gui.analysismodel import AnalysisModel
    from wizard.gui.document import ProposalDocument

# Columns of the table.
SLIDE, GENERATED, OWN = 0, 1, 2


def headers() -> tuple[str, str, str]:
    """The column headings, in the language of the window."""
    return (QCoreApplication.translate("SlideTitlesEditor", "Slide"),
            QCoreApplication.translate("SlideTitlesEditor", "Made from your figures"),
            QCoreApplication.translate("SlideTitlesEditor", "Your title"))


def pending() -> str:
    """What the generated column says before the first titles arrive."""
    return QCoreApplication.translate("SlideTitlesEditor", "Working out the title...")


#: The main-line slides' names in the table (the English of :data:`wizard.export.story.MAIN_LINE`, marked
#: for translation here; a test keeps the two lists the same).
SLIDE_NAMES = {
    "summary": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Executive summary"),
    "problem": QT_TRANSLATE_NOOP("SlideTitlesEditor", "The problem"),
    "solution": QT_TRANSLATE_NOOP("SlideTitlesEditor", "The solution"),
    "outcomes": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Outcomes"),
    "demand": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Demand and market"),
    "economics": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Economics"),
    "sources-uses": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Sources and uses"),
    "structure": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Structure"),
    "risks": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Risk allocation"),
    "japan": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Japanese value-add"),
    "delivery": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Delivery"),
    "team": QT_TRANSLATE_NOOP("SlideTitlesEditor", "Team"),
    "next-steps": QT_TRANSLATE_NOOP("SlideTitlesEditor", "The ask and next steps"),
}


def slide_name(slide: str) -> str:
    """A main-line slide's name in the language of the window."""
    english = SLIDE_NAMES.get(slide) or dict(MAIN_LINE).get(slide, slide)
    return QCoreApplication.translate("SlideTitlesEditor", english)


def with_title(items: list[SlideTitle], slide: str, title: str) -> list[SlideTitle]:
    """``items`` with ``slide``'s title set to ``title`` (spaces collapsed), or removed when it is blank."""
    text = " ".join(title.split())
    kept = [SlideTitle(slide=i.slide, title=i.title) for i in items if i.slide.strip() != slide]
    if text:
        kept.append(SlideTitle(slide=slide, title=text))
    return kept


class SlideTitlesEditor(QGroupBox):
    """The table of main-line slide titles (see the module docstring)."""

    def __init__(self, doc: ProposalDocument, analysis: AnalysisModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide_titles_group")
        self.doc = doc
        self.analysis = analysis
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("slide_titles_note")
        layout.addWidget(self.note)
        self.table = QTableWidget(len(MAIN_LINE), 3, self)
        self.table.setObjectName("slide_titles")
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move between cells
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # set by fit(): see there
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every row shows whole: the step scrolls, the table does not.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Sideways only when even the headings do not fit (a very narrow window in presentation mode).
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._filling = False
        for row, (slide, _name) in enumerate(MAIN_LINE):
            item = QTableWidgetItem(slide_name(slide))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, slide)
            self.table.setItem(row, SLIDE, item)
            made = QTableWidgetItem(pending())
            made.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, GENERATED, made)
            self.table.setItem(row, OWN, QTableWidgetItem(""))
        layout.addWidget(self.table)
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(lambda *_: self._fit_height())
        # The generated titles on screen, by slide id, and the task working out the next ones.
        self.generated: dict[str, str] = {}
        self.task: Task | None = None
        self._asked = 0
        self.table.itemChanged.connect(self._item_changed)
        doc.field_changed.connect(self._field_changed)
        doc.proposal_replaced.connect(self.show_overrides)
        analysis.analysis_changed.connect(self.refresh)
        self.retranslate()
        self.show_overrides()

    def retranslate(self) -> None:
        """Set this widget's own words in the language of the window."""
        self.setTitle(QCoreApplication.translate("SlideTitlesEditor", "Slide titles"))
        self.note.setText(QCoreApplication.translate(
            "SlideTitlesEditor", "Each slide of the deck opens with a title made from your figures. Write your "
            "own to replace it: it is printed as written and kept in the project file. Clear it to use the "
            "one made from your figures again."))
        self.table.setAccessibleName(QCoreApplication.translate("SlideTitlesEditor", "Slide titles"))
        self.table.setHorizontalHeaderLabels(list(headers()))
        for row, (slide, _name) in enumerate(MAIN_LINE):
            self._cell(row, SLIDE).setText(slide_name(slide))
        if not self.generated:
            for row in range(self.table.rowCount()):
                self._cell(row, GENERATED).setText(pending())

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    # --- model -> table ---------------------------------------------------------------------------

    def show_overrides(self) -> None:
        """Show the team's titles of the proposal in the last column."""
        from wizard.export.titles import overrides

        own = overrides(self.doc.proposal)
        self._filling = True
        try:
            for row, (slide, _name) in enumerate(MAIN_LINE):
                item = self._cell(row, OWN)
                if item.text() != own.get(slide, ""):
                    item.setText(own.get(slide, ""))
        finally:
            self._filling = False
        self._fit_height()

    def _field_changed(self, path: str) -> None:
        if path == "slide_titles" or path.startswith("slide_titles["):
            self.show_overrides()

    def refresh(self, analysis: Analysis | None = None) -> None:
        """Work out the generated titles of the proposal on screen in the background."""
        from wizard.export.titles import slide_titles

        analysis = analysis if analysis is not None else self.analysis.current()
        proposal = self.doc.proposal.model_copy(deep=True)
        self._asked += 1
        asked = self._asked

        def work(_state: TaskState) -> tuple[int, list[SlideTitleInfo]]:
            return asked, slide_titles(proposal, analysis)

        self.task = run_in_background(work, self._titles_made, lane="work", context=self)

    def _titles_made(self, outcome: Outcome[tuple[int, list[SlideTitleInfo]]]) -> None:
        from wizard.errors import CityPitchError

        try:
            asked, titles = outcome.result()
        except CityPitchError as exc:  # the proposal cannot be read as a story yet: say why, keep the rest
            for row in range(self.table.rowCount()):
                self._cell(row, GENERATED).setToolTip(str(exc))
            return
        if asked != self._asked:
            return  # an older revision's titles: the newer ones are on their way
        self.task = None
        self.generated = {t.id: t.generated for t in titles}
        self._filling = True
        try:
            for row, (slide, _name) in enumerate(MAIN_LINE):
                self._cell(row, GENERATED).setText(self.generated.get(slide, ""))
        finally:
            self._filling = False
        self._fit_height()

    def fit(self) -> None:
        """Slide names as wide as the longest; the two titles share the rest, each at least as wide as its
        heading (in the header's own font, which presentation mode enlarges); then every row shown whole."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = headings.heading_margin(self.table)
        # The titles wrap, down to a few words a line (never below their longest word); the headings wrap
        # too when the table is narrow.
        floor = self.table.fontMetrics().horizontalAdvance("M") * 9
        cell_margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        cells = [self.table.sizeHintForColumn(SLIDE)]
        for column in (GENERATED, OWN):
            texts = [self._cell(row, column).text() for row in range(self.table.rowCount())]
            cells.append(max(floor, headings.widest_word(texts, self.table.fontMetrics()) + cell_margin))
        shown = headings.wrapped_headings(list(headers()), cells, metrics, margin, self.table.viewport().width())
        for column, text in enumerate(shown):
            item = self.table.horizontalHeaderItem(column)
            if item is not None and item.text() != text:
                item.setText(text)
        heading = [headings.line_width(h, metrics) + margin for h in shown]
        slide = max(cells[SLIDE], heading[SLIDE])
        width = self.table.viewport().width()
        titles = max(heading[GENERATED], cells[GENERATED]) + max(heading[OWN], cells[OWN])
        names = [self._cell(row, SLIDE).text() for row in range(self.table.rowCount())]
        least = max(headings.widest_word(names, self.table.fontMetrics()) + cell_margin, heading[SLIDE])
        # The names take at most a third of the table when it is narrow (they wrap, down to their longest
        # word): in Indonesian at presentation size 'Permintaan pendanaan dan langkah berikutnya' on one line
        # took half the table and left each title 140 px, eight lines of two words.
        slide = min(slide, max(least, width // 3))
        if slide + titles > width:
            # A long language's slide names wrap too (down to their longest word) rather than the table
            # scrolling sideways; then the titles go below their few words a line, down to their longest word.
            slide = max(least, width - titles)
            for column in (GENERATED, OWN):
                if slide + titles > width:
                    texts = [self._cell(row, column).text() for row in range(self.table.rowCount())]
                    words = headings.widest_word(texts, self.table.fontMetrics()) + cell_margin
                    given = max(words, heading[column], cells[column] - (slide + titles - width))
                    titles -= cells[column] - min(given, cells[column])
                    cells[column] = min(given, cells[column])
        room = width - slide
        self.table.setColumnWidth(SLIDE, slide)
        generated = max(room - room // 2, heading[GENERATED], cells[GENERATED])
        self.table.setColumnWidth(GENERATED, generated)
        # The team's titles take what the generated ones leave (half each left the table 18 px too wide
        # when the generated titles' heading needed more than half).
        self.table.setColumnWidth(OWN, max(room - generated, heading[OWN], cells[OWN]))
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self.fit()

    def _fit_height(self) -> None:
        """Make the table as tall as its rows, wrapped at the current column widths."""
        self.table.resizeRowsToContents()
        shown = [item.text() for c in range(self.table.columnCount()) if (item := self.table.horizontalHeaderItem(c)) is not None]
        height = headings.fit_header_height(self.table, shown) + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def resizeEvent(self, event: typing.Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Fitted again when the table's view is given a new width: the box is resized before its layout
        # resizes the table, so a fit on the box's resize alone measured the table's old width.
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            resized = typing.cast(QResizeEvent, event)
            if resized.oldSize().width() != resized.size().width():
                self.fit()
        return super().eventFilter(watched, event)

    # --- table -> model ---------------------------------------------------------------------------

    def set_title(self, slide: str, title: str) -> bool:
        """Set (or, with a blank ``title``, clear) the team's title of ``slide`` as one undo step."""
        name = slide_name(slide)
        text = " ".join(title.split())
        step = (QCoreApplication.translate("SlideTitlesEditor", "Set the title of the slide '%1'") if text
                else QCoreApplication.translate("SlideTitlesEditor", "Clear the title of the slide '%1'")).replace("%1", name)
        return self.doc.set_field("slide_titles", with_title(self.doc.proposal.slide_titles, slide, text),
                                  step, merge=False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != OWN:
            return
        slide = self._cell(item.row(), SLIDE).data(Qt.ItemDataRole.UserRole)
        from wizard.gui.document import FieldRefused

        try:
            self.set_title(slide, item.text())
        except FieldRefused as exc:
            item.setToolTip(str(exc))
        self.show_overrides()  # the cell shows what the model holds (spaces collapsed, or the refusal undone)


__all__ = ["SlideTitlesEditor", "with_title"]
