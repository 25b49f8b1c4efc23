"""The CityPitch main window: the frame that holds the steps, and the controllers that do its jobs.

The window builds the frame (sidebar, pages, guidance, menus) and hands each job to one controller:

- :class:`~wizard.gui.window.navigation.NavigationController`: the steps, the sidebar badges, Back and
  Next, jumping to a field, the guidance panel;
- :class:`~wizard.gui.window.files.FileController`: new, open, samples, recovered work, save, the file
  lock and the title (with :class:`~wizard.gui.window.recent.RecentFiles`);
- :class:`~wizard.gui.review.controller.ReviewController`: the analysis on the Review page and beside
  the fields, refused values, acknowledgements;
- :class:`~wizard.gui.window.exporting.ExportController`: File > Export PDF and the deck's images;
- :class:`~wizard.gui.window.presentation.PresentationController`: presentation mode.

Data flows one way per action: a widget edit becomes a command on the
:class:`~wizard.gui.document.ProposalDocument`; the :class:`~wizard.gui.analysismodel.AnalysisModel`
analyses the new revision once edits pause, and every view shows that analysis.  Questions to the user
go through the ``ask_*`` methods and messages through ``show_message``
(:class:`~wizard.gui.window.questions.QuestionsWindow`; the controllers know the window only as
:class:`~wizard.gui.window.face.WindowFace`), so tests answer them without modal dialogs.  QSettings
holds only window geometry, the last folder and recent files; never a document.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QMenu, QSplitter

from wizard import projectfile, resources
from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.budgets import BudgetNotes
from wizard.gui.consult.entry import ConsultEntry
from wizard.gui import language
from wizard.gui.document import ProposalDocument
from wizard.gui.language import QT_TRANSLATE_NOOP, translate
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.review import texts as review_texts
from wizard.gui.review.controller import ReviewController
from wizard.gui.steps.pages import StartPage, WizardPage
from wizard.gui.window import fit
from wizard.gui.window.exporting import ExportController
from wizard.gui.window.files import APP_NAME, FileController
from wizard.gui.window.navigation import NavigationController
from wizard.gui.window.pages import PageMap, make_page
from wizard.gui.window.presentation import PresentationController, sidebar_width
from wizard.gui.window.questions import QuestionsWindow
from wizard.gui.window.recent import RecentFiles
from wizard.i18n import LANGUAGES

if typing.TYPE_CHECKING:
    from wizard.analysis import Analysis
    from wizard.gui.consult.controller import ConsultController
    from wizard.gui.export.page import ExportPage

__all__ = ["APP_NAME", "MainWindow"]


#: View > Language's entries: each language in its own name, with a key (a Latin letter in brackets where
#: the name has none, as Japanese menus write it).
MENU_NAMES = {"en": "&English", "ja": "日本語 (&J)", "id": "Bahasa &Indonesia", "vi": "Tiếng &Việt", "th": "ไทย (&T)"}


def numbered(number: int, text: str) -> str:
    """A menu entry named by the user's data, with its number as its key ("&1 lumara-transit")."""
    escaped = text.replace("&", "&&")
    return f"&{number} {escaped}" if number < 10 else escaped


class MainWindow(QuestionsWindow):
    def __init__(self, project: projectfile.Project | None = None, *, analyse_now: bool = True) -> None:
        """``analyse_now=False``: the caller opens a file at once, whose opening analyses it; the empty
        proposal's analysis would only be thrown away (one analysis fewer before the first frame)."""
        super().__init__()
        self._settings: QSettings | None = None
        self.setObjectName("MainWindow")
        self.setMinimumSize(fit.MINIMUM)
        self.doc = ProposalDocument(project)
        self.analysis = AnalysisModel(self.doc, self)
        self.autosaver = Autosaver(self.doc, parent=self)

        self.navigation = nav = NavigationController(self)
        # Pages are built on first use (see PageMap); what they missed meanwhile is handed to them then.
        self.pages = PageMap(lambda step_id: nav.place(step_id, make_page(step_id, self.doc, analysis=self.analysis)),
                             self._page_built)
        nav.attach(self.pages, self.isVisible)
        self.sidebar, self.step_items, self.stack, self.scrolls = nav.sidebar, nav.step_items, nav.stack, nav.scrolls
        self.back_button, self.next_button, self.guidance = nav.back_button, nav.next_button, nav.guidance
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("splitter")
        for widget in (nav.sidebar_panel, nav.centre, nav.guidance):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 800, 260])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.review = ReviewController(self, self.doc, self.analysis, self.pages, self)
        # How much more each field's main-line slide can take, under the field (planned in the background).
        self.budgets = BudgetNotes(self.doc, self.analysis, self.pages, self)
        self._build_menus()
        self.recent = RecentFiles(self.settings, self.recent_menu, self.open_path)
        self.recent.changed = self._show_recent_on_start_page
        self.files = FileController(self, self.doc, self.autosaver, self.pages, self.recent, nav.go_to_step, self)
        self.window_lock = self.files.lock
        self.exporting = ExportController(self, self.doc, self.pages, self.recent, nav.go_to_step,
                                          self.files.commit_pending, self)
        self.presentation = PresentationController(self, self.splitter, nav.guidance, self.presentation_action,
                                                   self.guidance_action, self, helpers=(nav.legend,))

        self.analysis.analysis_changed.connect(nav.show_states)
        # Comments, versions, comparison and sign-off (issue 19): the menu entries, the sign-off line and the
        # pages' markers now; the controller with its docks on first use (self.consult; issue 21).
        self.consult_entry = ConsultEntry(self, self.doc, self._make_consult, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(),
                                  self.consult_entry.add_to_menus(self.file_menu, self.export_action, self.view_menu))
        nav.step_shown.connect(self.review.on_step_shown)
        self.doc.proposal_replaced.connect(nav.on_proposal_replaced)
        self.analysis.analysis_failed.connect(lambda reason: self.statusBar().showMessage(
            translate("MainWindow", "The readiness checks could not run: %1").replace("%1", reason), 15000))
        self.autosaver.autosave_failed.connect(lambda reason: self.statusBar().showMessage(
            translate("MainWindow", "Autosave failed: %1").replace("%1", reason), 10000))
        language.notifier().language_changed.connect(self.on_language_changed)

        self.files.update_title()
        self.recent.refresh()
        self.restore_settings()
        self.go_to_step("start")
        if analyse_now:
            self.refresh_analysis()

    # --- construction -----------------------------------------------------------------------------

    def _page_built(self, step_id: str, page: WizardPage) -> None:
        page.binder.field_focused.connect(self.navigation.show_field_help)
        page.message_shown.connect(lambda text: self.statusBar().showMessage(text.splitlines()[0] if text else "", 8000))
        if step_id == "start":
            start = typing.cast(StartPage, page)
            start.new_requested.connect(self.files.new_proposal)
            start.open_requested.connect(self.files.open_dialog)
            start.sample_requested.connect(self.open_sample)
            start.recent_requested.connect(lambda p: self.open_path(Path(p)))
            start.set_recent(self.recent.files())
        elif step_id == "review":
            typing.cast(typing.Any, page).panel.jump_requested.connect(self.navigation.jump_to)
        elif step_id == "export":
            self.exporting.page_built(typing.cast("ExportPage", page))
        self.review.page_built(step_id, page)
        self.budgets.page_built(page)
        self.consult_entry.page_built(step_id, page)

    @property
    def consult(self) -> ConsultController:
        """Comments, versions, comparison and sign-off: the controller, built on first use (see
        :mod:`wizard.gui.consult.entry`)."""
        # The entry knows the controller by what it asks of it; the one it holds is made by _make_consult.
        return typing.cast("ConsultController", self.consult_entry.controller())

    def _make_consult(self, entry: ConsultEntry) -> ConsultController:
        from wizard.gui.consult.controller import ConsultController

        return ConsultController(self, self.doc, self.analysis, self.pages, self.navigation, self.files, type(self), entry, self)

    def _show_recent_on_start_page(self, files: list[str]) -> None:
        if self.pages.is_built("start"):
            typing.cast(StartPage, self.pages["start"]).set_recent(files)

    def _action(self, text: str, slot: Callable[[], typing.Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, *,
                context: str | None = "MainWindow") -> QAction:
        """A menu entry; ``text`` is its English (marked with QT_TRANSLATE_NOOP in ``context``), shown in
        the interface's language and again after a switch; ``context=None``: the user's own words."""
        action = QAction(self)
        if context is None:
            action.setText(text)
        else:
            language.live(action, lambda a, c=context, t=text: a.setText(translate(c, t)))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _menu(self, parent: typing.Any, text: str) -> QMenu:
        """A menu whose title (English, marked with QT_TRANSLATE_NOOP in "MainWindow") follows the language."""
        menu = parent.addMenu("")
        language.live(menu, lambda m, t=text: m.setTitle(translate("MainWindow", t)))
        return typing.cast(QMenu, menu)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = self.file_menu = self._menu(menu, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.new_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&New"), lambda: self.files.new_proposal(), QKeySequence.StandardKey.New)
        self.open_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Open..."), lambda: self.files.open_dialog(), QKeySequence.StandardKey.Open)
        self.save_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Save &As..."), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Export PDF..."), lambda: self.exporting.export_pdf(), "Ctrl+E")
        self.import_lines_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Import yearly lines..."), lambda: self.import_spreadsheet("lines"))
        self.import_funding_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Import &funding sources..."),
                                                  lambda: self.import_spreadsheet("funding"))
        self.quit_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.sample_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open sam&ple"))
        for number, name in enumerate(resources.sample_names(), start=1):
            # Numbered, so each has a key in the open menu (Alt+F, M, 1).
            self.sample_menu.addAction(self._action(numbered(number, name), functools.partial(self.open_sample, name), context=None))
        self.recent_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Recent"))
        for action in (None, self.save_action, self.save_as_action, None, self.import_lines_action,
                       self.import_funding_action, self.export_action, None, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)

        edit_menu = self._menu(menu, QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        # Made here rather than by createUndoAction: its prefix is fixed once, and the language can change.
        stack = self.doc.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda _checked=False: stack.undo())
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda _checked=False: stack.redo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self.on_undo_text_changed)
        stack.redoTextChanged.connect(self.on_undo_text_changed)
        self._undo_texts()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self.view_menu = self._menu(menu, QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.presentation_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "&Presentation mode"), lambda: self.presentation.toggle())
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+P")])
        view_menu.addAction(self.presentation_action)
        self.guidance_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Guidance panel"), lambda: self.guidance.setVisible(self.guidance_action.isChecked()))
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(True)
        view_menu.addAction(self.guidance_action)
        view_menu.addSeparator()
        view_menu.addAction(self._action(QT_TRANSLATE_NOOP("MainWindow", "P&revious step"), lambda: self.step_by(-1), "Ctrl+PgUp"))
        view_menu.addAction(self._action(QT_TRANSLATE_NOOP("MainWindow", "Ne&xt step"), lambda: self.step_by(+1), "Ctrl+PgDown"))
        # The keyboard's way between the sidebar, the page and the guidance panel (as in most desktops).
        self.next_pane_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Next pa&ne"), lambda: self.navigation.focus_pane(+1), "F6")
        self.previous_pane_action = self._action(QT_TRANSLATE_NOOP("MainWindow", "Previous pan&e"), lambda: self.navigation.focus_pane(-1), "Shift+F6")
        view_menu.addAction(self.next_pane_action)
        view_menu.addAction(self.previous_pane_action)
        view_menu.addSeparator()
        self.language_menu = self._menu(view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        system = QAction(self.language_group)
        language.live(system, lambda a: a.setText(translate("MainWindow", "&System default")))
        self.language_actions["system"] = system
        for lang in LANGUAGES:
            if lang.shipped:
                # Each language in its own name, whatever the interface speaks: a reader finds their own.
                self.language_actions[lang.code] = QAction(MENU_NAMES.get(lang.code, lang.native), self.language_group)
        chosen = language.stored_choice()
        for code, action in self.language_actions.items():
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_menu.addAction(action)
        self.language_menu.insertSeparator(self.language_menu.actions()[1])

        help_menu = self.help_menu = self._menu(menu, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        help_menu.addAction(self._action(QT_TRANSLATE_NOOP("MainWindow", "&About CityPitch"), self.about))

    def on_undo_text_changed(self, _text: str) -> None:
        # The stack also says so while it is being destroyed (it clears itself): nothing to show then.
        if shiboken6.isValid(self.doc.undo_stack) and shiboken6.isValid(self.undo_action):
            self._undo_texts()

    def _undo_texts(self) -> None:
        """Edit > Undo and Redo named after the edit they would undo or redo, in the interface's language."""
        stack = self.doc.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(translate("MainWindow", "&Undo %1").replace("%1", undo) if undo
                                 else translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo %1").replace("%1", redo) if redo
                                 else translate("MainWindow", "&Redo"))
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def set_language(self, lang: str) -> None:
        """View > Language: ``lang`` (a code or ``system``) from now on, in every window; nothing is rebuilt."""
        app = QApplication.instance()
        assert app is not None
        language.switch(app, lang)

    def on_language_changed(self, _lang: str) -> None:
        """Texts this window composes itself (the undo entries' prefixes, the chosen language, the title)."""
        self._undo_texts()
        review_texts.forget_language()
        self.navigation.on_language_changed()
        QTimer.singleShot(0, self, self._fit_sidebar)
        latest = self.analysis.latest
        if latest is not None:
            self.navigation.show_states(latest)
        if self.pages.is_built("review"):
            panel = typing.cast(typing.Any, self.pages["review"]).panel
            if latest is None:
                panel.retranslate()
            else:
                panel.analysis = None  # the same revision, shown again below in the new language
        if latest is not None:
            # Through the Review controller, which gives the Review page and the notes beside the fields
            # the readiness texts in the interface's language (language.current()).
            self.review.show_analysis(latest)
        if self.pages.is_built("start"):
            typing.cast(StartPage, self.pages["start"]).set_recent(self.recent.files())
        chosen = language.stored_choice()
        for code, action in self.language_actions.items():
            action.setChecked(code == chosen)
        self.files.update_title()

    # --- the window's face: what menus, tests and tools call (each job is its controller's) --------

    def current_step(self) -> str:
        return self.navigation.current_step()

    def go_to_step(self, step_id: str) -> None:
        self.navigation.go_to_step(step_id)

    def step_by(self, delta: int) -> None:
        self.navigation.step_by(delta)

    def jump_to(self, step_id: str, path: str) -> None:
        self.navigation.jump_to(step_id, path)

    def field_owners(self) -> dict[str, str]:
        return self.navigation.field_owners()

    def show_field_help(self, pattern: str) -> None:
        self.navigation.show_field_help(pattern)

    @property
    def last_analysis(self) -> Analysis | None:
        """The analysis the window shows now (None before the first)."""
        return self.analysis.latest

    def refresh_analysis(self) -> None:
        """Show the analysis of the newest revision now, without waiting for the pause after an edit."""
        self.review.refresh()

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path)

    def open_sample(self, name: str) -> bool:
        return self.files.open_sample(name)

    def open_recovered(self, recovered: typing.Any) -> bool:
        return self.files.open_recovered(recovered)

    def new_proposal(self) -> None:
        self.files.new_proposal()

    def replace_project(self, project: projectfile.Project, display_name: str | None = None,
                        read_only: str | None = None) -> None:
        self.files.replace_project(project, display_name, read_only)

    def commit_pending(self) -> None:
        self.files.commit_pending()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_to(self, path: Path) -> bool:
        return self.files.save_to(path)

    def recent_files(self) -> list[str]:
        return self.recent.files()

    def import_spreadsheet(self, kind: str, path: Path | None = None) -> bool:
        """File > Import yearly lines / funding sources: on the Financial case step, after a preview."""
        self.go_to_step("finance")
        return bool(typing.cast(typing.Any, self.pages["finance"]).import_spreadsheet(kind, path))

    def pick_image(self, as_logo: bool) -> None:
        self.exporting.pick_image(as_logo)

    def is_presentation(self) -> bool:
        return self.presentation.active

    def set_display(self, name: str, read_only: str) -> None:
        """Show this window's proposal under ``name``, read-only for the reason given (a saved version)."""
        self.files.display_name = name
        self.doc.set_read_only(read_only)
        self.files.update_title()

    # --- settings (never documents), showing and closing ---------------------------------------------

    def settings(self) -> QSettings:
        # One QSettings for the window's life: Qt writes its changes to disk once, from the event loop,
        # rather than once per change (opening a file records the recent list and the folder; each
        # write of the settings file is a synced save, milliseconds on a busy disk). Other QSettings
        # objects in this process see the changes at once.
        if self._settings is None:
            self._settings = QSettings(self)
        return self._settings

    def available_area(self) -> QRect:
        """The free area of the window's screen (without panels and task bars)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def restore_settings(self) -> None:
        """The geometry remembered, if it still fits the screen; otherwise a first window's (see fit)."""
        geometry = self.settings().value("geometry")
        restored = isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry))
        available = self.available_area()
        if restored and (self.windowState() & Qt.WindowState.WindowMaximized or fit.fits(self.geometry(), available)):
            return
        placement = fit.first_placement(available)
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
        self.setGeometry(placement.geometry)
        if placement.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # The page on show is built now, before the first paint: a window that opens a file before it
        # is shown (citypitch FILE) never builds the Start page it does not show.
        self.navigation.build_current_page()
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_sidebar)

    def _fit_sidebar(self) -> None:
        """Widen the sidebar (from the page) so that every step's name shows whole, up to a quarter of the
        window: a longer language's names (en-XA's "Japanese value-add") were cut at the first width."""
        if self.presentation.active or not self.isVisible():
            return
        sizes = self.splitter.sizes()
        need = sidebar_width(self.sidebar, self.sidebar.height()) + sizes[0] - self.sidebar.width()
        grow = min(need, self.width() // 4) - sizes[0]
        if grow > 0 and sizes[1] - grow > 400:
            self.splitter.setSizes([sizes[0] + grow, sizes[1] - grow, *sizes[2:]])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.files.maybe_save():
            event.ignore()
            return
        if not self.presentation.active:
            self.settings().setValue("geometry", self.saveGeometry())
        # Written now: the application may end with this window, before its event loop would.
        self.settings().sync()
        # A normal close: the work is saved or deliberately discarded, so its recovery copy goes.
        # A running export or preview render is stopped; an earlier PDF at the destination stays as it was.
        self.exporting.shutdown()
        self.autosaver.close()
        self.files.lock.release()
        event.accept()
