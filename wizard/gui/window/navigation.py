"""Moving through the steps: the sidebar and its badges, Back and Next, the page shown, the guidance.

The sidebar lists :data:`wizard.steps.STEPS`; each step's badge and tooltip show its state in the
analysis of the revision on screen (``analysis_changed`` -> :meth:`NavigationController.show_states`),
with the open lines counted as the Review page counts them (:meth:`wizard.analysis.Analysis.counts`);
Review's badge is the readiness band.  A legend under the steps says what each mark means; each mark
has a shape of its own as well as a colour.
Jumping to a field switches to the step whose page edits it, scrolls it into view and focuses it (or
selects its cell).  The guidance panel beside the page explains the step, and the field in focus.

A new or opened proposal shows each page from its top with its first field focused: nothing of the
previous proposal's scroll positions carries over.  Arriving at a step by Back, Next, the menu or a
shortcut puts the keyboard in the page (the first field the first time, else where it last was), so
typing goes into the page; moving through the sidebar with the arrow keys leaves the focus there.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import fields, guidance, steps
from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, translate
from wizard.gui.steps.pages import WizardPage
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.pages import PageMap
from wizard.gui.review import texts as review_texts
from wizard.steps import BY_ID, STEP_IDS, STEPS

if typing.TYPE_CHECKING:
    # Type only: the analysis (readiness, finance) is imported after the window is drawn (issue 21).
    from wizard.analysis import Analysis

#: Badge colours by step state.
STATE_COLOURS = {
    "empty": "#8A9096",
    "in_progress": "#D49B00",
    "complete": "#2E7D32",
    "has_problems": "#B3261E",
}
#: The Review step's badge shows the readiness band with the mark of the matching step state.
BAND_STATES = {"ready": "complete", "close": "in_progress", "not_ready": "has_problems"}
#: What each mark means, for the legend under the steps (and for screen readers).
#: (English marked for translation in the context "Navigation"; shown through :func:`translate`.)
LEGEND = (
    ("empty", QT_TRANSLATE_NOOP("Navigation", "Not started"), ""),
    ("in_progress", QT_TRANSLATE_NOOP("Navigation", "In progress: warnings open or fields to fill in"),
     QT_TRANSLATE_NOOP("Navigation", "Close")),
    ("complete", QT_TRANSLATE_NOOP("Navigation", "Complete: nothing open but tips or answered warnings"),
     QT_TRANSLATE_NOOP("Navigation", "Ready")),
    ("has_problems", QT_TRANSLATE_NOOP("Navigation", "Has problems: a deal-breaker, a value not accepted, or a "
                                                     "contradiction between fields"),
     QT_TRANSLATE_NOOP("Navigation", "Not ready")),
)
#: The step states' names (the core's STATE_LABELS), for the interface.
STATE_NAMES = {
    "empty": QT_TRANSLATE_NOOP("Navigation", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Navigation", "In progress"),
    "complete": QT_TRANSLATE_NOOP("Navigation", "Complete"),
    "has_problems": QT_TRANSLATE_NOOP("Navigation", "Has problems"),
}


def legend_line(text: str, band: str) -> str:
    """One legend entry in the interface's language: its meaning, and on Review the band it stands for."""
    words = translate("Navigation", text)
    if band:
        words = translate("Navigation", "%1 (on Review: %2)").replace("%2", translate("Navigation", band)).replace("%1", words)
    return words


#: The widgets a page's "first field" may be: inputs, never a button or a label.
INPUT_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QCheckBox, QRadioButton)


def first_field(page: QWidget) -> QWidget | None:
    """The first input of ``page`` in its Tab order that can take the keyboard (a page may name its own
    with a ``first_field()`` method), or None."""
    named = getattr(page, "first_field", None)
    if callable(named):
        widget = named()
        if isinstance(widget, QWidget) and _can_focus(page, widget):
            return widget
    widget = page.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and widget is not page and id(widget) not in seen:
        seen.add(id(widget))
        if isinstance(widget, INPUT_TYPES) and _can_focus(page, widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _can_focus(page: QWidget, widget: QWidget) -> bool:
    return (page.isAncestorOf(widget) and widget.isEnabled() and widget.isVisibleTo(page)
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def _mark(state: str, size: float = 14) -> QPixmap:
    """A step's mark: its colour and a shape of its own, so colour is never the only sign.

    Not started: a ring; in progress: half filled; complete: filled; has problems: filled with a bar.
    Drawn at four times the size so the badge stays crisp on high-DPI screens and in presentation mode.
    """
    pixmap = QPixmap(round(size * 4), round(size * 4))
    pixmap.setDevicePixelRatio(4.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 14, size / 14)
    colour = QColor(STATE_COLOURS[state])
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush if state in ("empty", "in_progress") else colour)
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11))
    if state == "in_progress":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPie(QRectF(1.5, 1.5, 11, 11), 90 * 16, 180 * 16)
    elif state == "has_problems":
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.drawLine(QPointF(7, 3.8), QPointF(7, 8.0))
        painter.drawPoint(QPointF(7, 10.2))
    painter.end()
    return pixmap


def _dot(state: str) -> QIcon:
    # Drawn large: an icon is scaled down to the sidebar's icon size, never up.
    return QIcon(_mark(state, 32))


def legend_text() -> str:
    """The legend in words: what each mark means on a step, and on Review."""
    return "\n".join(legend_line(text, band) for _state, text, band in LEGEND)


class SidebarLegend(QWidget):
    """What the marks beside the steps mean, in words (shown under the steps, read by screen readers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar_legend")
        language.live(self, lambda w: (w.setAccessibleName(translate("Navigation", "What the step marks mean")),
                                       w.setAccessibleDescription(legend_text())))
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        title = language.live(QLabel(self), lambda w: w.setText(translate("Navigation", "What the marks mean")))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # in presentation mode the sidebar is only as wide as its step names
        grid.addWidget(title, 0, 0, 1, 2)
        self.rows: dict[str, QLabel] = {}
        self.icons: dict[str, QLabel] = {}
        for row, (state, text, band) in enumerate(LEGEND, start=1):
            icon = QLabel(self)
            self.icons[state] = icon
            icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            language.live(icon, lambda w, s=state: w.setAccessibleName(translate("Navigation", STATE_NAMES[s])))
            words = language.live(QLabel(self), lambda w, t=text, b=band: w.setText(legend_line(t, b)))
            words.setObjectName(f"legend_{state}")
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(icon, row, 0)
            grid.addWidget(words, row, 1)
            self.rows[state] = words
        grid.setColumnStretch(1, 1)
        self._draw_marks()

    def _draw_marks(self) -> None:
        size = max(14.0, self.fontMetrics().height() * 0.8)
        for state, icon in self.icons.items():
            icon.setPixmap(_mark(state, size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._draw_marks()  # presentation mode enlarges the text: the marks follow


class NavigationController(QObject):
    """The sidebar, the page area with Back and Next, and the guidance panel (see the module docstring)."""

    step_shown = Signal(str)  # the step now on screen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons = {state: _dot(state) for state in STATE_COLOURS}
        self.pages: PageMap | None = None
        self._visible: Callable[[], bool] = lambda: False
        self._field_help = self._field_pattern = ""
        #: Steps not shown since the proposal on screen was opened: they start from the top, first field focused.
        self._fresh: set[str] = set(STEP_IDS)
        #: A step whose page is not built yet (the window is hidden) and should take the focus when it is.
        self._focus_pending: tuple[str, bool] | None = None
        self._build_sidebar()
        self._build_centre()
        self.guidance = QTextBrowser()
        self.guidance.setObjectName("guidance")
        self.guidance.setOpenLinks(False)
        language.live(self.guidance, lambda w: w.setAccessibleName(translate("Navigation", "Guidance")))
        self.guidance.setMinimumWidth(200)

    def attach(self, pages: PageMap, window_visible: Callable[[], bool]) -> None:
        """Work with the window's pages; ``window_visible()`` says whether the window is on screen."""
        self.pages = pages
        self._visible = window_visible

    def _build_sidebar(self) -> None:
        tree = QTreeWidget()
        tree.setObjectName("sidebar")
        tree.setHeaderHidden(True)
        language.live(tree, lambda w: w.setAccessibleName(translate("Navigation", "Steps")))
        tree.setMinimumWidth(170)
        self.step_items: dict[str, QTreeWidgetItem] = {}
        for step in STEPS:
            parent = self.step_items.get(step.parent) if step.parent else None
            item = QTreeWidgetItem(parent if parent is not None else tree, [language.step_title(step.id, step.title)])
            item.setData(0, Qt.ItemDataRole.UserRole, step.id)
            self.step_items[step.id] = item
        tree.expandAll()
        tree.currentItemChanged.connect(self._on_sidebar_changed)
        # Enter (or a double click) on a step takes the keyboard into its page.
        tree.itemActivated.connect(lambda _item, _column: self.focus_pane_widget("page"))
        tree.installEventFilter(self)
        self.sidebar = tree
        # The steps with the legend of their marks beneath: this is what the window puts in its splitter.
        self.legend = SidebarLegend()
        panel = QWidget()
        panel.setObjectName("sidebar_panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(tree, 1)
        column.addWidget(self.legend)
        self.sidebar_panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.sidebar and event.type() == QEvent.Type.FontChange:
            # The step marks grow with the text (presentation mode), as the legend's do.
            side = max(16, round(self.sidebar.fontMetrics().height() * 0.8))
            self.sidebar.setIconSize(QSize(side, side))
        return super().eventFilter(watched, event)

    def _build_centre(self) -> None:
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.scrolls: dict[str, QScrollArea] = {}
        for step in STEPS:
            scroll = QScrollArea()
            scroll.setObjectName(f"scroll_{step.id}")
            # Tab stops on the page itself (its arrow and page keys scroll it): a screen reader names it.
            language.live(scroll, lambda w, s=step: w.setAccessibleName(
                translate("Navigation", "%1 page").replace("%1", language.step_title(s.id, s.title))))
            scroll.setWidgetResizable(True)
            self.stack.addWidget(scroll)
            self.scrolls[step.id] = scroll
        self.back_button = language.live(QPushButton(), lambda w: w.setText(translate("Navigation", "&Back")))
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button = language.live(QPushButton(), lambda w: w.setText(translate("Navigation", "&Next")))
        self.next_button.setObjectName("next_button")
        self.next_button.clicked.connect(lambda: self.step_by(+1))
        self.step_label = QLabel()
        self.step_label.setObjectName("step_label")
        # On two lines when a longer language's step name leaves Back and Next no room (never cut). The
        # label takes all the room between the buttons: a word-wrapped label's own size hint is narrow, and
        # Japanese, which breaks between any two characters, was cut mid-word ("開" / "始") with room to spare.
        self.step_label.setWordWrap(True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.step_label, 1)
        nav.addWidget(self.next_button)
        centre = QWidget()
        centre.setObjectName("centre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.centre = centre

    def place(self, step_id: str, page: WizardPage) -> WizardPage:
        """Put a newly built page in its step's scroll area."""
        self.scrolls[step_id].setWidget(page)
        return page

    # --- where we are -------------------------------------------------------------------------------

    def _pages(self) -> PageMap:
        assert self.pages is not None, "attach() the window's pages first"
        return self.pages

    def current_step(self) -> str:
        return STEP_IDS[self.stack.currentIndex()]

    def current_page(self) -> WizardPage:
        return self._pages()[self.current_step()]

    def go_to_step(self, step_id: str) -> None:
        pages = self._pages()
        if 0 <= self.stack.currentIndex() < len(STEP_IDS) and pages.is_built(self.current_step()):
            # Numbers half-typed on the page being left are offered to the model, never dropped.
            self.current_page().binder.commit_pending()
        index = STEP_IDS.index(step_id)
        if self._visible():
            pages[step_id]  # built before it is shown; a hidden window builds it when it is shown
        self.stack.setCurrentIndex(index)
        item = self.step_items[step_id]
        if self.sidebar.currentItem() is not item:
            self.sidebar.setCurrentItem(item)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEP_IDS) - 1)
        self._show_step_label()
        self._field_help = self._field_pattern = ""
        self.show_step_help()
        self._arrive(step_id)
        self.step_shown.emit(step_id)

    def _show_step_label(self) -> None:
        index = self.stack.currentIndex()
        step = STEPS[index]
        number = language.qt_locale()
        self.step_label.setText(translate("Navigation", "Step %1 of %2: %3").replace("%1", number.toString(index + 1))
                                .replace("%2", number.toString(len(STEP_IDS))).replace("%3", language.step_title(step.id, step.title)))

    def on_language_changed(self) -> None:
        """The texts this controller composes, again in the interface's language (nothing else changes)."""
        for step in STEPS:
            self.step_items[step.id].setText(0, language.step_title(step.id, step.title))
        if 0 <= self.stack.currentIndex() < len(STEP_IDS):
            self._show_step_label()
            if self._field_pattern:
                self.show_field_help(self._field_pattern)
            else:
                self.show_step_help()

    def build_current_page(self) -> None:
        """Build the page on show now, before the first paint (see MainWindow.showEvent)."""
        self._pages()[self.current_step()]
        pending, self._focus_pending = self._focus_pending, None
        if pending is not None and pending[0] == self.current_step():
            self._focus_page(*pending)

    def on_proposal_replaced(self) -> None:
        """A new or opened proposal: every page starts again from its top, with its first field focused."""
        self._fresh = set(STEP_IDS)
        for scroll in self.scrolls.values():
            scroll.verticalScrollBar().setValue(0)
            scroll.horizontalScrollBar().setValue(0)
        if 0 <= self.stack.currentIndex() < len(STEP_IDS):
            # The window may stay on this step (a sample opened from the Start page).
            self._arrive(self.current_step())

    def _arrive(self, step_id: str) -> None:
        """The page of ``step_id`` is now shown: from its top the first time, and with the keyboard in it."""
        fresh = step_id in self._fresh
        self._fresh.discard(step_id)
        if fresh:
            self.scrolls[step_id].verticalScrollBar().setValue(0)
            self.scrolls[step_id].horizontalScrollBar().setValue(0)
        if self.sidebar.hasFocus():
            return  # moving through the steps with the arrow keys: the keyboard stays in the sidebar
        if self._pages().is_built(step_id):
            self._focus_page(step_id, fresh)
        else:
            self._focus_pending = (step_id, fresh)

    def focus_pane(self, delta: int) -> None:
        """F6 and Shift+F6: the keyboard to the next or previous pane (sidebar, page, guidance panel)."""
        panes = ["sidebar", "page"] + (["guidance"] if self.guidance.isVisible() else [])
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.sidebar or self.sidebar.isAncestorOf(focus)):
            here = "sidebar"
        elif focus is not None and (focus is self.guidance or self.guidance.isAncestorOf(focus)):
            here = "guidance"
        else:
            here = "page"
        index = panes.index(here) if here in panes else 0
        self.focus_pane_widget(panes[(index + delta) % len(panes)])

    def focus_pane_widget(self, pane: str) -> None:
        """Put the keyboard in the sidebar, the page shown (where it last was) or the guidance panel."""
        if pane == "sidebar":
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif pane == "guidance":
            self.guidance.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            step_id = self.current_step()
            self._focus_page(step_id, first=step_id in self._fresh)

    def _focus_page(self, step_id: str, first: bool) -> None:
        page = self._pages()[step_id]
        last = page.focusWidget()
        widget = last if not first and last is not None and _can_focus(page, last) else first_field(page)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if first and isinstance(widget, QLineEdit):
            # Typing adds to what is there: nothing selected for a keystroke to replace, the cursor at the end.
            widget.deselect()
            widget.end(False)

    def step_by(self, delta: int) -> None:
        index = min(max(self.stack.currentIndex() + delta, 0), len(STEP_IDS) - 1)
        self.go_to_step(STEP_IDS[index])

    def _on_sidebar_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            step_id = current.data(0, Qt.ItemDataRole.UserRole)
            if step_id != self.current_step() or self.stack.currentIndex() < 0:
                self.go_to_step(step_id)

    def jump_to(self, step_id: str, path: str, paths: Sequence[str] = ()) -> None:
        """Show the widget that edits ``path`` (switch page, scroll, focus or select the cell).

        ``paths``: every field a finding concerns (one per row, ``Finding.all_paths``); in a table
        all those rows are selected, the cell of ``path`` being the current one.
        """
        if step_id not in BY_ID:
            step_id = steps.locate(path) or self.current_step()
        self.go_to_step(step_id)
        widget = self._pages()[step_id].binder.widget_for(path)
        if widget is None:
            return
        self.scrolls[step_id].ensureWidgetVisible(widget, 50, 80)
        if isinstance(widget, ListEditor):
            rows = [path, *(p for p in paths if p != path)]
            widget.select_paths(rows)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_owners(self) -> dict[str, str]:
        """Field pattern -> the step whose page edits it (built pages asked, the others read from their forms)."""
        pages = self._pages()
        return {p: step for step in STEP_IDS for p in pages.patterns(step)}

    # --- badges ----------------------------------------------------------------------------------------

    def show_states(self, analysis: Analysis) -> None:
        """Each step's badge and tooltip, from the analysis of the revision on screen."""
        for step_id, item in self.step_items.items():
            state = analysis.steps.get(step_id)
            if step_id == "review":
                # Review edits nothing: its mark is the readiness band, its counts the whole proposal's.
                band = analysis.readiness.band
                label = (translate("Navigation", "%1: %2; open: %3")
                         .replace("%3", review_texts.counts_phrase(analysis.counts()))
                         .replace("%2", review_texts.band_line(analysis))
                         .replace("%1", language.step_title(step_id, BY_ID[step_id].title)))
                item.setIcon(0, self._icons[BAND_STATES.get(band.id, "has_problems")])
            elif state is None:
                item.setIcon(0, QIcon())
                title = language.step_title(step_id, BY_ID[step_id].title)
                item.setToolTip(0, title)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, title)
                continue
            else:
                # The same lines the Review page lists for this step, counted the same way.
                label = (translate("Navigation", "%1: %2 (%3 of %4 filled): %5")
                         .replace("%5", review_texts.counts_phrase(analysis.counts(step_id)))
                         .replace("%4", language.qt_locale().toString(state.total))
                         .replace("%3", language.qt_locale().toString(state.filled))
                         .replace("%2", translate("Navigation", STATE_NAMES[state.state]))
                         .replace("%1", language.step_title(step_id, BY_ID[step_id].title)))
                item.setIcon(0, self._icons[state.state])
            item.setToolTip(0, label)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)

    # --- guidance --------------------------------------------------------------------------------------

    def show_step_help(self) -> None:
        step = BY_ID[self.current_step()]
        self.guidance.setHtml(self._field_help + guidance.step_html(step.id, language.step_title(step.id, step.title),
                                                                    language.current()))

    def show_field_help(self, pattern: str) -> None:
        spec = fields.all_specs().get(pattern)
        self._field_pattern = pattern
        # The field's title in the interface's language (the model's own title is English).
        title = fields.field_title(pattern, language.current()) if spec else pattern
        self._field_help = guidance.field_html(pattern, title, language.current())
        self.show_step_help()
