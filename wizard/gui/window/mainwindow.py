"""The CityPitch main window: sidebar of steps, the pages, guidance, menus, files and undo.

Data flows one way per action: a widget edit becomes a command on the
:class:`~wizard.gui.document.ProposalDocument`; its signals refresh the pages, the sidebar badges
(completeness, plus readiness findings when installed, on a short debounce) and the Review page.

Questions to the user (save changes? which file?) go through small ``ask_*`` methods and messages
through :meth:`MainWindow.show_message`, so tests can answer them without modal dialogs.
QSettings holds only window geometry, the last folder and recent files; never a document.

Keeping work safe (issue 7) is attached here: an :class:`~wizard.gui.recovery.autosave.Autosaver` copies
unsaved work to the recovery area, a :class:`~wizard.gui.recovery.locking.WindowLock` holds the lock of the
file shown (a file locked elsewhere, or written by a newer CityPitch, opens read-only and says why),
and :meth:`MainWindow.open_recovered` shows work recovered after a crash.
"""

from __future__ import annotations

import datetime as _dt
import typing
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import fields, guidance, projectfile, resources
from wizard.errors import CityPitchError, NewerVersionError
from wizard.gui import status
from wizard.gui.document import ProposalDocument
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.recovery.locking import LockState, WindowLock
from wizard.gui.review.page import ReviewPage
from wizard.gui.steps.pages import StartPage, WizardPage
from wizard.gui.tables.listeditor import ListEditor
from wizard.gui.window.pages import PageMap, make_page
from wizard.model import Acknowledgement
from wizard.steps import BY_ID, STEP_IDS, STEPS

if typing.TYPE_CHECKING:
    # Imported when the Export step is first shown: it is not needed to show the window.
    from wizard.gui.export.page import ExportPage

APP_NAME = "CityPitch"
RECENT_MAX = 8
STATUS_REFRESH_MS = 300
FILE_FILTER = "CityPitch proposals (*.citypitch *.json);;All files (*)"
STATE_COLOURS = {
    status.EMPTY: "#B0B6BC",
    status.IN_PROGRESS: "#D49B00",
    status.COMPLETE: "#2E7D32",
    status.PROBLEMS: "#B3261E",
}


def _dot(colour: str) -> QIcon:
    # Drawn at twice the size so the badge stays crisp on high-DPI screens.
    pixmap = QPixmap(28, 28)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    def __init__(self, project: projectfile.Project | None = None) -> None:
        super().__init__()
        self._settings: QSettings | None = None
        self.setObjectName("MainWindow")
        self.setMinimumSize(1024, 700)
        self.doc = ProposalDocument(project)
        self.autosaver = Autosaver(self.doc, parent=self)
        self.window_lock = WindowLock()
        self.display_name: str | None = None
        self.last_report: status.Report | None = None
        self._icons = {state: _dot(colour) for state, colour in STATE_COLOURS.items()}
        self._presentation = False

        self._build_sidebar()
        self._build_pages()
        self._build_guidance()
        splitter = QSplitter(self)
        splitter.setObjectName("splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.centre)
        splitter.addWidget(self.guidance)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 800, 260])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_actions()

        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.doc.field_changed.connect(lambda _p: self.status_timer.start())
        self.doc.proposal_replaced.connect(self.refresh_status)
        self.doc.modified_changed.connect(self.setWindowModified)
        self.doc.path_changed.connect(self.update_title)
        self.doc.read_only_changed.connect(lambda _ro: self.update_title())
        self.autosaver.autosave_failed.connect(lambda reason: self.statusBar().showMessage(f"Autosave failed: {reason}", 10000))

        self.update_title()
        self.refresh_recent()
        self.restore_settings()
        self.go_to_step("start")
        self.refresh_status()

    # --- construction -----------------------------------------------------------------------------

    def _build_sidebar(self) -> None:
        tree = QTreeWidget()
        tree.setObjectName("sidebar")
        tree.setHeaderHidden(True)
        tree.setAccessibleName("Steps")
        tree.setMinimumWidth(170)
        self.step_items: dict[str, QTreeWidgetItem] = {}
        for step in STEPS:
            parent = self.step_items.get(step.parent) if step.parent else None
            item = QTreeWidgetItem(parent if parent is not None else tree, [step.title])
            item.setData(0, Qt.ItemDataRole.UserRole, step.id)
            self.step_items[step.id] = item
        tree.expandAll()
        tree.currentItemChanged.connect(self._on_sidebar_changed)
        self.sidebar = tree

    def _build_pages(self) -> None:
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.scrolls: dict[str, QScrollArea] = {}
        for step in STEPS:
            scroll = QScrollArea()
            scroll.setObjectName(f"scroll_{step.id}")
            scroll.setWidgetResizable(True)
            self.stack.addWidget(scroll)
            self.scrolls[step.id] = scroll
        # Pages are built on first use (see PageMap): the readiness notes and the report they
        # would have received meanwhile are handed to them when they are built.
        self._notes: dict[str, str] = {}
        self.pages = PageMap(self._make_page, self._page_built)

        self.back_button = QPushButton("&Back")
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button = QPushButton("&Next")
        self.next_button.setObjectName("next_button")
        self.next_button.clicked.connect(lambda: self.step_by(+1))
        self.step_label = QLabel()
        self.step_label.setObjectName("step_label")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        centre = QWidget()
        centre.setObjectName("centre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.centre = centre

    def _make_page(self, step_id: str) -> WizardPage:
        page = make_page(step_id, self.doc)
        self.scrolls[step_id].setWidget(page)
        return page

    def _page_built(self, step_id: str, page: WizardPage) -> None:
        page.binder.errors_changed.connect(self.status_timer.start)
        page.binder.field_focused.connect(self.show_field_help)
        page.message_shown.connect(lambda text: self.statusBar().showMessage(text.splitlines()[0] if text else "", 8000))
        if step_id == "start":
            start = typing.cast(StartPage, page)
            start.new_requested.connect(self.new_proposal)
            start.open_requested.connect(self.open_dialog)
            start.sample_requested.connect(self.open_sample)
            start.recent_requested.connect(lambda p: self.open_path(Path(p)))
            start.set_recent(self.recent_files())
        elif step_id == "review":
            review = typing.cast(ReviewPage, page)
            review.panel.jump_requested.connect(self.jump_to)
            review.panel.acknowledge_requested.connect(self.acknowledge)
            review.panel.withdraw_requested.connect(self.withdraw_acknowledgement)
            if self.last_report is not None:
                review.panel.set_report(self.last_report, {s.id: s.title for s in STEPS})
        elif step_id == "export":
            export = typing.cast("ExportPage", page)
            export.logo_requested.connect(lambda: self.pick_image(as_logo=True))
            export.photo_requested.connect(lambda: self.pick_image(as_logo=False))
            export.export_done.connect(self._on_export_done)
        if self.last_report is not None:
            page.show_notes(self._notes_for(step_id))

    def _build_guidance(self) -> None:
        browser = QTextBrowser()
        browser.setObjectName("guidance")
        browser.setOpenLinks(False)
        browser.setAccessibleName("Guidance")
        browser.setMinimumWidth(200)
        self.guidance = browser
        self._field_help = ""

    def _action(self, text: str, slot: typing.Callable[[], typing.Any], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.new_action = self._action("&New", self.new_proposal, QKeySequence.StandardKey.New)
        self.open_action = self._action("&Open...", self.open_dialog, QKeySequence.StandardKey.Open)
        self.save_action = self._action("&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action("Save &As...", self.save_as, QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action("&Export PDF...", self.export_pdf, "Ctrl+E")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.sample_menu = file_menu.addMenu("Open sa&mple")
        for name in resources.sample_names():
            self.sample_menu.addAction(self._action(name, lambda n=name: self.open_sample(n)))
        self.recent_menu = file_menu.addMenu("&Recent")
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self.doc.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.doc.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = menu.addMenu("&View")
        self.presentation_action = self._action("&Presentation mode", self.toggle_presentation)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+P")])
        view_menu.addAction(self.presentation_action)
        self.guidance_action = self._action("&Guidance panel", lambda: self.guidance.setVisible(self.guidance_action.isChecked()))
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(True)
        view_menu.addAction(self.guidance_action)
        view_menu.addSeparator()
        self.back_action = self._action("Previous step", lambda: self.step_by(-1), "Ctrl+PgUp")
        self.next_action = self._action("Next step", lambda: self.step_by(+1), "Ctrl+PgDown")
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.next_action)

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("&About CityPitch", self.about))

    # --- steps ------------------------------------------------------------------------------------

    def current_step(self) -> str:
        return STEP_IDS[self.stack.currentIndex()]

    def current_page(self) -> WizardPage:
        return self.pages[self.current_step()]

    def go_to_step(self, step_id: str) -> None:
        if 0 <= self.stack.currentIndex() < len(STEP_IDS) and self.pages.is_built(self.current_step()):
            # Numbers half-typed on the page being left are offered to the model, never dropped.
            self.current_page().binder.commit_pending()
        index = STEP_IDS.index(step_id)
        if self.isVisible():
            self.pages[step_id]  # built before it is shown; a hidden window builds it in showEvent
        self.stack.setCurrentIndex(index)
        item = self.step_items[step_id]
        if self.sidebar.currentItem() is not item:
            self.sidebar.setCurrentItem(item)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEP_IDS) - 1)
        self.step_label.setText(f"Step {index + 1} of {len(STEP_IDS)}: {BY_ID[step_id].title}")
        self._field_help = ""
        self.show_step_help()
        if step_id == "review":
            self.refresh_status()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # The page on show is built now, before the first paint: a window that opens a file before it
        # is shown (citypitch FILE) never builds the Start page it does not show.
        self.pages[self.current_step()]
        super().showEvent(event)

    def step_by(self, delta: int) -> None:
        index = min(max(self.stack.currentIndex() + delta, 0), len(STEP_IDS) - 1)
        self.go_to_step(STEP_IDS[index])

    def _on_sidebar_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            step_id = current.data(0, Qt.ItemDataRole.UserRole)
            if step_id != self.current_step() or self.stack.currentIndex() < 0:
                self.go_to_step(step_id)

    def jump_to(self, step_id: str, path: str) -> None:
        """Show the widget that edits ``path`` (switch page, scroll, focus or select the cell)."""
        if step_id not in self.pages:
            step_id = status.locate(path, self.field_owners()) or self.current_step()
        self.go_to_step(step_id)
        widget = self.pages[step_id].binder.widget_for(path)
        if widget is None:
            return
        self.scrolls[step_id].ensureWidgetVisible(widget, 50, 80)
        if isinstance(widget, ListEditor):
            widget.select_path(path)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_owners(self) -> dict[str, str]:
        return {p: step for step in STEP_IDS for p in self.pages.patterns(step)}

    # --- status, badges, review ------------------------------------------------------------------

    def refresh_status(self) -> None:
        self.status_timer.stop()
        pages = {sid: self.pages.patterns(sid) for sid in STEP_IDS if BY_ID[sid].has_fields}
        errors: dict[str, str] = {}
        # A page not built yet has had no input, so no refused values.
        for page in self.pages.built().values():
            errors.update(page.binder.errors())
        report = status.build(self.doc.proposal, pages, errors)
        self.last_report = report
        for step_id, item in self.step_items.items():
            state = report.states.get(step_id)
            if state is None:
                item.setIcon(0, QIcon())
                item.setToolTip(0, BY_ID[step_id].title)
                continue
            filled, total = report.filled.get(step_id, (0, 0))
            label = f"{BY_ID[step_id].title}: {status.STATE_LABELS[state]} ({filled} of {total} filled)"
            item.setIcon(0, self._icons[state])
            item.setToolTip(0, label)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
        if self.pages.is_built("review"):
            review = typing.cast(ReviewPage, self.pages["review"])
            review.panel.set_report(report, {s.id: s.title for s in STEPS})
        notes: dict[str, list[str]] = {}
        for finding in report.items:
            if finding.rule and not finding.acknowledged and finding.severity in ("blocker", "warning", "tip"):
                notes.setdefault(finding.path, []).append(f"{finding.severity.capitalize()}: {finding.message}")
        self._notes = {path: "\n".join(lines) for path, lines in notes.items()}
        for step_id, page in self.pages.built().items():
            page.show_notes(self._notes_for(step_id))

    def _notes_for(self, step_id: str) -> dict[str, str]:
        """The readiness notes a step's page shows beside its fields, from the last report."""
        # A step nobody has started is not nagged field by field; the Review page still lists it.
        if self.last_report is None or self.last_report.states.get(step_id) == status.EMPTY:
            return {}
        return self._notes

    def acknowledge(self, item: status.Item) -> None:
        if self.doc.is_read_only():
            self.show_message("info", "Read-only", f"This proposal is open read-only: {self.doc.read_only_reason}")
            return
        justification = self.ask_justification(item)
        if not justification:
            return
        ack = Acknowledgement(
            rule=item.rule[:300],
            field=item.path[:300],
            justification=justification,
            by=self.doc.proposal.meta.prepared_by,
            on=_dt.date.today(),
        )
        self.doc.insert_row("acknowledgements", len(self.doc.proposal.acknowledgements), ack)
        self.refresh_status()

    def withdraw_acknowledgement(self, item: status.Item) -> None:
        """Remove the justification that answered ``item`` (one undoable step)."""
        if self.doc.is_read_only():
            self.show_message("info", "Read-only", f"This proposal is open read-only: {self.doc.read_only_reason}")
            return
        for index, ack in enumerate(self.doc.proposal.acknowledgements):
            if ack.rule == item.rule and (ack.field == item.path or not ack.field):
                self.doc.remove_row("acknowledgements", index)
                break
        self.refresh_status()

    # --- guidance ---------------------------------------------------------------------------------

    def show_step_help(self) -> None:
        step = BY_ID[self.current_step()]
        self.guidance.setHtml(self._field_help + guidance.step_html(step.id, step.title))

    def show_field_help(self, pattern: str) -> None:
        sp = fields.all_specs().get(pattern)
        self._field_help = guidance.field_html(pattern, sp.title if sp else pattern)
        self.show_step_help()

    # --- files ------------------------------------------------------------------------------------

    def update_title(self) -> None:
        if self.display_name:
            name = self.display_name
        elif self.doc.path is not None:
            name = self.doc.path.name
        else:
            name = "Untitled proposal"
        if self.doc.is_read_only():
            name += " (read-only)"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.doc.is_modified())

    def commit_pending(self) -> None:
        for page in self.pages.built().values():
            page.binder.commit_pending()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or unchanged)."""
        self.commit_pending()
        if not self.doc.is_modified():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def replace_project(self, project: projectfile.Project, display_name: str | None = None, read_only: str | None = None) -> None:
        self.display_name = display_name
        self.doc.set_read_only(read_only)
        self.doc.replace(project)
        self.update_title()
        if read_only:
            self.show_message("info", "Opened read-only", read_only)
        self.statusBar().showMessage(f"Opened {display_name or (project.path.name if project.path else 'a new proposal')}", 5000)

    def new_proposal(self) -> None:
        if self.maybe_save():
            self.window_lock.keep(None)
            self.replace_project(projectfile.Project())
            self.go_to_step("start")

    def open_dialog(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a project file; a bad file is reported and the current work stays open.

        A file another editor holds, or one written by a newer CityPitch, opens read-only with the reason.
        """
        if not self.maybe_save():
            return False
        read_only: str | None = None
        try:
            try:
                project = projectfile.load(path)
            except NewerVersionError as exc:
                project = projectfile.load(path, allow_newer=True)
                read_only = (
                    f"{exc.problem}. It is shown read-only so that nothing this version does not know is lost; "
                    "open it with the newer CityPitch to edit it."
                )
        except CityPitchError as exc:
            self.show_message("warning", "Cannot open this file", str(exc))
            return False
        if path.suffix.lower() == ".json":
            # A plain JSON proposal (a bundled sample, a hand-made file) is never written by CityPitch:
            # saving makes a .citypitch beside it. Locking it would only leave lock files in read-only
            # places such as the samples folder of an installed copy.
            self.window_lock.keep(None)
        elif (outcome := self.window_lock.try_take(path)).read_only:
            self.window_lock.keep(None)
            read_only = read_only or f"{outcome.message} You can read it here, or use Save As to work on a copy."
        elif outcome.state is LockState.UNLOCKABLE:
            self.window_lock.keep(None)
            self.statusBar().showMessage(outcome.message, 10000)
        else:
            self.window_lock.keep(outcome)
        # A plain JSON proposal is saved as a .citypitch archive beside it, never over it.
        display = path.name if path.suffix.lower() == ".json" else None
        self.replace_project(project, display, read_only)
        self.add_recent(path)
        self.remember_folder(path.parent)
        self.go_to_step("city_team" if project.proposal.city.name else "start")
        return True

    def open_recovered(self, recovered: typing.Any) -> bool:
        """Show work recovered after a crash as unsaved changes (see :mod:`wizard.gui.recovery.dialog`)."""
        from wizard.gui.recovery.dialog import adopt

        def show(project: projectfile.Project) -> None:
            # Recovered work stays editable; if its file is now held elsewhere, Save refuses that
            # path (see save_to) and Save As keeps the work under another name.
            outcome = self.window_lock.try_take(project.path) if project.path is not None else None
            if outcome is not None and outcome.read_only:
                self.statusBar().showMessage(outcome.message, 15000)
                outcome = None
            self.window_lock.keep(outcome if outcome is not None and outcome.state is LockState.LOCKED else None)
            self.replace_project(project, None)

        ok = adopt(self.doc, self.autosaver, self.autosaver.store, recovered, replace=show)
        self.update_title()
        self.go_to_step("start")
        return ok

    def open_sample(self, name: str) -> bool:
        if not self.maybe_save():
            return False
        try:
            project = projectfile.load(resources.sample_path(name))
        except (CityPitchError, KeyError) as exc:
            self.show_message("warning", "Cannot open this sample", str(exc))
            return False
        # A sample is read from the installation: saving must ask where, never write beside it.
        project.path = None
        self.window_lock.keep(None)
        self.replace_project(project, f"{name} (sample)")
        return True

    def save(self) -> bool:
        self.commit_pending()
        path = self.doc.path
        if path is None or path.suffix.lower() == ".json" or self.doc.is_read_only():
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        self.commit_pending()
        path = self.ask_save_path()
        if path is None:
            return False
        if path.suffix.lower() != projectfile.SUFFIX:
            path = path.with_name(path.name + projectfile.SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        if self.doc.project.newer_schema is not None:
            self.show_message(
                "warning", "This proposal cannot be saved here",
                "It was written by a newer CityPitch; saving it with this version would lose what this version "
                "does not know. Open it with the newer CityPitch to change it.",
            )
            return False
        outcome = self.window_lock.try_take(path)
        if outcome.read_only:
            self.show_message("warning", "The proposal was not saved", f"{outcome.message}\n\nChoose another name with Save As.")
            return False
        try:
            written = projectfile.save(self.doc.project, path)
        except (CityPitchError, OSError) as exc:
            self.window_lock.drop(outcome)
            # The disk may be failing: copy the edits to the recovery area now, not after the usual pause.
            self.autosaver.autosave_now()
            self.show_message("critical", "The proposal was not saved", f"{exc}\n\nYour edits are still open: try Save As in another folder.")
            return False
        self.window_lock.keep(outcome if outcome.state is LockState.LOCKED else None)
        self.display_name = None
        self.doc.set_read_only(None)
        self.doc.mark_saved(written)
        self.add_recent(written)
        self.remember_folder(written.parent)
        self.update_title()
        self.statusBar().showMessage(f"Saved {written}", 5000)
        return True

    # --- export and images ------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """File > Export PDF: show the Export step, ask where, and export there with the step's options."""
        self.commit_pending()
        export = typing.cast("ExportPage", self.pages["export"])
        self.go_to_step("export")
        if export.is_running():
            self.statusBar().showMessage("An export is already running.", 5000)
            return
        path = self.ask_export_path()
        if path is not None:
            if not path.suffix:
                path = path.with_suffix(".pdf")
            export.set_destination(path)
            export.start_export(path)

    def _on_export_done(self, ok: bool, detail: str) -> None:
        if ok:
            self.statusBar().showMessage(f"Wrote {detail}", 8000)
        else:
            self.show_message("warning", "The export failed", detail)

    def pick_image(self, as_logo: bool) -> None:
        if self.doc.is_read_only():
            self.show_message("info", "Read-only", f"This proposal is open read-only: {self.doc.read_only_reason}")
            return
        path = self.ask_image_path()
        if path is None:
            return
        from wizard.images import MAX_IMAGE_BYTES

        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_IMAGE_BYTES else b""
        except OSError as exc:
            self.show_message("warning", "Cannot read the image", f"{path}: {exc.strerror or exc}")
            return
        if not data:
            what = "empty" if not size else f"larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB"
            self.show_message("warning", "Cannot use the image", f"{path}: the image is {what}")
            return
        problem = typing.cast("ExportPage", self.pages["export"]).add_image(data, path.name, as_logo)
        if problem:
            self.show_message("warning", "Cannot use the image", problem)
        self.remember_folder(path.parent)

    # --- questions and messages (replaced in tests) ------------------------------------------------

    def show_message(self, kind: str, title: str, text: str) -> None:
        if not self.isVisible():
            # A message about a file opened before the window is shown (at launch) comes over the window.
            self.show()
        box = QMessageBox(self)
        box.setIcon({"warning": QMessageBox.Icon.Warning, "critical": QMessageBox.Icon.Critical}.get(kind, QMessageBox.Icon.Information))
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.exec()

    def ask_save_changes(self) -> str:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Unsaved changes")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("This proposal has changes that are not saved. Save them first?")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel"
        )

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, "Open a proposal", self.last_folder(), FILE_FILTER)
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        suggested = self.doc.proposal.meta.project_name or "proposal"
        start = str(Path(self.last_folder()) / (suggested.replace("/", "-") + projectfile.SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, "Save the proposal as", start, "CityPitch proposals (*.citypitch)")
        return Path(name) if name else None

    def ask_export_path(self) -> Path | None:
        export = typing.cast("ExportPage", self.pages["export"])
        suggested = export.destination() or export.suggested_destination()
        name, _ = QFileDialog.getSaveFileName(self, "Export the PDF", str(suggested), "PDF (*.pdf)")
        return Path(name) if name else None

    def ask_image_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, "Choose an image", self.last_folder(), "Images (*.png *.jpg *.jpeg)")
        return Path(name) if name else None

    def ask_justification(self, item: status.Item) -> str:
        text, ok = QInputDialog.getMultiLineText(
            self, "Acknowledge a warning", f"{item.message}\n\nWhy is this acceptable for this proposal?"
        )
        return text.strip() if ok else ""

    def about(self) -> None:
        from wizard import __version__

        self.show_message("info", "About CityPitch", f"CityPitch {__version__}\nFrom smart-city idea to investor-ready proposal.")

    # --- view -------------------------------------------------------------------------------------

    def toggle_presentation(self) -> None:
        self._presentation = not self._presentation
        self.presentation_action.setChecked(self._presentation)
        if self._presentation:
            self._normal_sizes = self.splitter.sizes()
            # Larger text for a projector; long answers get room to be read without scrolling.
            self.setStyleSheet(
                "QWidget { font-size: 16pt; }"
                " QPlainTextEdit { min-height: 150px; max-height: 240px; }"
            )
            self.guidance.setVisible(False)
            self.statusBar().setVisible(False)
            self.showFullScreen()
            sizes = self.splitter.sizes()
            self.splitter.setSizes([300, max(sum(sizes) - 300, 400), 0])
        else:
            self.setStyleSheet("")
            if getattr(self, "_normal_sizes", None):
                self.splitter.setSizes(self._normal_sizes)
            self.guidance.setVisible(self.guidance_action.isChecked())
            self.statusBar().setVisible(True)
            self.showNormal()

    def is_presentation(self) -> bool:
        return self._presentation

    # --- settings (never documents) ---------------------------------------------------------------

    def settings(self) -> QSettings:
        # One QSettings for the window's life: Qt writes its changes to disk once, from the event loop,
        # rather than once per change (opening a file records the recent list and the folder; each
        # write of the settings file is a synced save, milliseconds on a busy disk). Other QSettings
        # objects in this process see the changes at once.
        if self._settings is None:
            self._settings = QSettings(self)
        return self._settings

    def last_folder(self) -> str:
        return str(self.settings().value("last_folder", str(Path.home())))

    def remember_folder(self, folder: Path) -> None:
        self.settings().setValue("last_folder", str(folder))

    def recent_files(self) -> list[str]:
        value = self.settings().value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []][:RECENT_MAX]

    def add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text, *[f for f in self.recent_files() if f != text]][:RECENT_MAX]
        self.settings().setValue("recent_files", files)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        files = self.recent_files()
        self.recent_menu.clear()
        for text in files:
            self.recent_menu.addAction(self._action(text, lambda t=text: self.open_path(Path(t))))
        self.recent_menu.setEnabled(bool(files))
        if self.pages.is_built("start"):
            typing.cast(StartPage, self.pages["start"]).set_recent(files)

    def restore_settings(self) -> None:
        geometry = self.settings().value("geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.maybe_save():
            event.ignore()
            return
        if not self._presentation:
            self.settings().setValue("geometry", self.saveGeometry())
        # Written now: the application may end with this window, before its event loop would.
        self.settings().sync()
        # A normal close: the work is saved or deliberately discarded, so its recovery copy goes.
        # A running export or preview render is stopped; an earlier PDF at the destination stays as it was.
        if self.pages.is_built("export"):
            typing.cast("ExportPage", self.pages["export"]).shutdown()
        self.autosaver.close()
        self.window_lock.release()
        event.accept()
