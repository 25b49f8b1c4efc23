"""The window's side of working with a consultant: comments, versions, comparison, sign-off, sessions.

The :class:`ConsultController` is made on first use (:mod:`wizard.gui.consult.entry` says when): the
window starts with only its menu entries, the sign-off line's label and the pages' markers, which the
controller then takes over.  It owns the Comments and Versions panels (docks), shows the markers on the
step pages, the sign-off line in the status bar and the comment counts in the sidebar, and does every
review action through the Qt-free core (:mod:`wizard.review`):

- each action is one undo step (:class:`~wizard.gui.consult.commands.ReviewCommand`): the project's
  review entries before and after it; restoring a version also puts back the proposal and images;
- comments follow table rows exactly: the document says which rows were inserted, removed or moved
  (``rows_changed``) and the controller tells :mod:`wizard.review.comments`; before every save and
  autosave copy (``about_to_write``), and after a restore, comments are re-anchored
  (:func:`wizard.review.comments.refresh`) when a table they are in has changed;
- who writes comes from a name set once and kept in the settings (``consult/author``);
- a review part that cannot be read (a damaged entry, a newer format) is shown read-only with its
  message; a plain JSON proposal (a bundled sample) cannot hold a review: the controller says so and
  offers Save As.

Questions go through small ``ask_*`` methods, so tests answer them without modal dialogs.  Comments,
versions and sign-offs never reach investor output: the export reads the proposal, and only the DRAFT
rule and the PDF's version metadata read the sign-off (:mod:`wizard.review.signoff`).
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard import atomic, fields, projectfile
from wizard.errors import CityPitchError
from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.consult.commands import RestoreCommand, ReviewCommand
from wizard.gui.coretexts import say
from wizard.gui.consult.comments_panel import CommentsPanel
from wizard.gui.consult.dialogs import CompareDialog, LabelDialog, NameDialog, SessionDialog, SignOffDialog, TextDialog
from wizard.gui.consult.entry import ConsultEntry
from wizard.gui.consult.markers import PageMarkers
from wizard.gui.consult.versions_panel import ReviewState, VersionsPanel, signoff_line
from wizard.gui.document import FieldRefused, ProposalDocument
from wizard.gui.review.texts import draft_reasons_shown
from wizard.gui.window.face import WindowFace
from wizard.gui.window.pages import PageMap
from wizard.projectfile import Project
from wizard.review import ReviewError, comments, diff, memo, sessions, signoff, store, text, versions
from wizard.review.judgement import readiness_reasons_for_draft
from wizard.review.modelpaths import PathError
from wizard.review.overview import Overview, overview, place_of, table_of
from wizard.review.records import VersionRecord
from wizard.steps import BY_ID

if typing.TYPE_CHECKING:
    from wizard.gui.consult.compare import ComparisonDialog

T = TypeVar("T")

AUTHOR_KEY = "consult/author"
ROLE_KEY = "consult/role"
ATTENDEES_KEY = "consult/attendees"

#: What a review action changes, as the guard's questions name it (translated when shown).
COMMENTS = QT_TRANSLATE_NOOP("Consult", "comments")
VERSIONS = QT_TRANSLATE_NOOP("Consult", "saved versions")
SIGNOFFS = QT_TRANSLATE_NOOP("Consult", "sign-offs")
SESSIONS = QT_TRANSLATE_NOOP("Consult", "session notes")


def _counted(n: int, one: str, many: str) -> str:
    """``one`` (n is 1) or ``many``, each a translated text with ``%1`` for the count."""
    return fill(one if n == 1 else many, language.number(n))


def _quoted(label: str) -> str:
    """A version's label or a name on one line, for a message (the quotation marks are in the message)."""
    return text.one_line(label)


class ReadOnlyWindow(Protocol):
    """What the controller needs of a window it opens to show a saved version."""

    doc: ProposalDocument

    def show(self) -> None: ...

    def setAttribute(self, attribute: Qt.WidgetAttribute, on: bool = True) -> None: ...  # noqa: N802 - Qt's name

    def set_display(self, name: str, read_only: str) -> None: ...


class Files(Protocol):
    """What the controller needs of the window's file controller."""

    display_name: str | None

    def save_as(self) -> bool: ...


class Navigation(Protocol):
    step_items: dict[str, QTreeWidgetItem]

    def jump_to(self, step_id: str, path: str) -> None: ...


class ConsultController(QObject):
    """Comments, versions, comparison, sign-off and session notes in the window (see the module docstring)."""

    #: The markers, panels and status line now show the review part as it is (tests wait for it).
    review_shown = Signal()

    def __init__(self, window: WindowFace, doc: ProposalDocument, analysis: AnalysisModel, pages: PageMap,
                 navigation: Navigation, files: Files, new_window: Callable[[Project], ReadOnlyWindow],
                 entry: ConsultEntry, parent: QObject | None = None) -> None:
        """``entry``: the window's menu entries, sign-off line and page markers, made at start (built on
        first use, the controller takes them over; see :mod:`wizard.gui.consult.entry`)."""
        super().__init__(parent)
        self.window = window
        self.main = typing.cast(QMainWindow, window)
        self.doc = doc
        self.analysis = analysis
        self.pages = pages
        self.navigation = navigation
        self.files = files
        self.new_window = new_window
        self.entry = entry
        self.overview = Overview()
        self.state = ReviewState()
        self.page_markers: dict[str, PageMarkers] = entry.page_markers  # the entry adds each page built
        self.windows: list[ReadOnlyWindow] = []
        self.dialogs: list[QDialog] = []
        #: True when a table holding comments changed since they were last re-anchored.
        self._tables_changed = False
        #: Raised whenever rows holding comments may have moved (what the overview was made for is kept).
        self._structure = 0
        self._shown_for: tuple[object, int, object] | None = None
        self._panel_shows: Overview | None = None
        self._signoff_signature: tuple[object, ...] | None = None

        self.comments_panel = CommentsPanel()
        self.comments_dock = self._dock(QT_TRANSLATE_NOOP("Consult", "Comments"), "comments_dock", self.comments_panel)
        self.versions_panel = VersionsPanel()
        self.versions_dock = self._dock(QT_TRANSLATE_NOOP("Consult", "Versions and sign-off"), "versions_dock", self.versions_panel)
        self.main.tabifyDockWidget(self.comments_dock, self.versions_dock)
        self.comments_dock.hide()
        self.versions_dock.hide()
        self.status = entry.status

        panel = self.comments_panel
        panel.jump_requested.connect(self.jump_to)
        panel.reply_requested.connect(self.reply)
        panel.resolve_requested.connect(self.resolve)
        panel.reopen_requested.connect(self.reopen)
        panel.comment_requested.connect(self.comment_on)
        vp = self.versions_panel
        vp.save_requested.connect(self.save_version)
        vp.signoff_requested.connect(self.sign_off)
        vp.require_changed.connect(self.set_required)
        vp.open_requested.connect(self.open_version)
        vp.compare_requested.connect(self.compare_versions)
        vp.restore_requested.connect(self.restore_version)
        vp.delete_requested.connect(self.delete_version)
        vp.session_requested.connect(self.add_session)
        vp.memo_requested.connect(self.export_memo)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        doc.review_changed.connect(self.reload)
        doc.proposal_replaced.connect(self._on_proposal_replaced)
        doc.rows_changed.connect(self._on_rows_changed)
        doc.field_changed.connect(self._on_field_changed)
        doc.about_to_write.connect(self.refresh_anchors)
        doc.read_only_changed.connect(self._on_read_only_changed)
        analysis.analysis_changed.connect(lambda _a: self.show_signoff())
        self._build_actions()
        # The sidebar names its steps again in a new language; their comment counts follow once it has.
        language.notifier().language_changed.connect(self._on_language_changed)
        self.reload()

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = language.live(QDockWidget(self.main), lambda d, t=title: d.setWindowTitle(translate("Consult", t)))
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.visibilityChanged.connect(lambda visible: self.show_panels() if visible else None)
        return dock

    # --- menus --------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The entry's menu entries (each calls this controller); the docks' own View entries replace its stand-ins."""
        entry = self.entry
        self.save_version_action, self.compare_action, self.memo_action = entry.save_version_action, entry.compare_action, entry.memo_action
        self.comment_action, self.signoff_action, self.require_action = entry.comment_action, entry.signoff_action, entry.require_action
        self.session_action, self.author_action = entry.session_action, entry.author_action
        self.comments_toggle = self.comments_dock.toggleViewAction()
        language.live(self.comments_toggle, lambda a: a.setText(translate("Consult", "Commen&ts panel")))
        self.versions_toggle = self.versions_dock.toggleViewAction()
        language.live(self.versions_toggle, lambda a: a.setText(translate("Consult", "Versions and sign-&off panel")))
        entry.use_dock_toggles(self.comments_toggle, self.versions_toggle)

    # --- questions (replaced in tests) ----------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_text(self, title: str, context: str, prompt: str) -> str | None:
        dialog = TextDialog(title, context, prompt, self.main)
        return dialog.text() if self._run(dialog) else None

    def ask_author(self, why: str = "") -> str | None:
        dialog = NameDialog(self.author(), self.main, why)
        return dialog.value() if self._run(dialog) else None

    def ask_label(self, check: Callable[[str], str]) -> str | None:
        dialog = LabelDialog(check, self.main)
        return dialog.value() if self._run(dialog) else None

    def ask_signoff(self, what: str, notes: list[str]) -> tuple[str, str] | None:
        dialog = SignOffDialog(what, self.author(), str(self.window.settings().value(ROLE_KEY, "") or ""), notes, self.main)
        return dialog.values() if self._run(dialog) else None

    def ask_session(self) -> tuple[dt.date, list[str], str] | None:
        last = self.window.settings().value(ATTENDEES_KEY, "")
        dialog = SessionDialog(dt.date.today(), str(last or "").split("\n") if last else [], self.main)
        return dialog.values() if self._run(dialog) else None

    def ask_compare_source(self, saved: list[VersionRecord]) -> int | Path | None:
        """A version number, a file to compare with, or None when cancelled."""
        dialog = CompareDialog(saved, self.main)
        if not self._run(dialog):
            return None
        number = dialog.chosen_version()
        if number is not None:
            return number
        return self.window.ask_open_path()

    def ask_yes(self, title: str, question: str, yes: str) -> bool:
        box = QMessageBox(self.main)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(question)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def ask_write_path(self, title: str, suggested: str, filter_text: str) -> Path | None:
        folder = self.doc.path.parent if self.doc.path is not None else Path.home()
        name, _ = QFileDialog.getSaveFileName(self.main, title, str(folder / suggested), filter_text)
        return Path(name) if name else None

    # --- who writes -----------------------------------------------------------------------------------

    def author(self) -> str:
        return " ".join(str(self.window.settings().value(AUTHOR_KEY, "") or "").split())

    def set_author(self, name: str) -> None:
        self.window.settings().setValue(AUTHOR_KEY, " ".join(name.split()))

    def change_author(self) -> None:
        name = self.ask_author()
        if name:
            self.set_author(name)
            self.window.statusBar().showMessage(fill(translate("Consult", "Comments and versions are now recorded as written by %1."), name), 5000)

    def _author_or_ask(self) -> str | None:
        name = self.author()
        if not name:
            name = self.ask_author() or ""
            if not name:
                return None
            self.set_author(name)
        return name

    # --- guards ---------------------------------------------------------------------------------------

    def can_change(self, what: str) -> bool:  # what: COMMENTS, VERSIONS, SIGNOFFS or SESSIONS
        """Whether the review may be changed now; if not, say why (and offer Save As for a plain JSON file)."""
        if self.doc.is_read_only():
            self.window.show_message("info", translate("Consult", "Read-only"),
                                     fill(translate("Consult", "This proposal is open read-only: %1"), self.doc.read_only_reason))
            return False
        if self.files.display_name is not None:
            name = self.files.display_name
            question = fill(translate(
                "Consult", "“%1” is a plain proposal file (JSON), which cannot hold %2. Comments, saved versions and "
                "sign-offs are kept inside a .citypitch file.\n\nSave the proposal as a .citypitch file now, then carry on?"),
                name, translate("Consult", what))
            if not self.ask_yes(translate("Consult", "Save as a .citypitch file first"), question, translate("Consult", "Save As...")):
                return False
            if not self.files.save_as():
                return False
        return True

    def _refusal(self, title: str, exc: Exception) -> None:
        message = problem_text(exc)
        self.window.show_message("warning", title, message[:1].upper() + message[1:])

    def act(self, title: str, change: Callable[[Project], T], what: str = COMMENTS) -> T | None:
        """Run one review action on the project as one undo step named ``title`` (translated); None if refused."""
        if not self.can_change(what):
            return None
        project = self.doc.project
        before = dict(project.other_members)
        try:
            result = change(project)
        except (ReviewError, PathError, CityPitchError, ValueError) as exc:
            _put_back(project, before)
            self._refusal(title, exc)
            return None
        after = dict(project.other_members)
        if after != before:
            self._push(ReviewCommand(self.doc, title, before, after))
        return result

    def _push(self, command: QUndoCommand) -> None:
        try:
            self.doc.push(command)
        except FieldRefused as exc:  # read-only since: nothing was pushed
            self.window.show_message("info", translate("Consult", "Read-only"), exc.message)

    # --- comments -----------------------------------------------------------------------------------

    def comment_on(self, path: str) -> None:
        """Ask for a comment on the field or row at ``path`` ("" = the proposal as a whole) and add it."""
        if not self.can_change(COMMENTS):
            return
        try:
            comments.anchor_for(path, self.doc.proposal.to_json_data())  # a place the proposal has
            where = fields.title(path, language.current()) if path else translate("Consult", "The proposal as a whole")
        except PathError as exc:
            self._refusal(translate("Consult", "Comment"), exc)
            return
        author = self._author_or_ask()
        if author is None:
            return
        body = self.ask_text(translate("Consult", "Comment"), text.one_line(fill(translate("Consult", "On: %1"), where)), translate("Consult", "&Comment:"))
        if not body:
            return
        added = self.act(fill(translate("Consult", "Add a comment on %1"), where), lambda p: comments.add(p, path, body, author))
        if added is not None:
            self.show_comments(added.number)

    def reply(self, number: int) -> None:
        if not self.can_change(COMMENTS):
            return
        author = self._author_or_ask()
        if author is None:
            return
        try:
            comment = comments.get(comments.load(self.doc.project), number, self.doc.project)
        except ReviewError as exc:
            self._refusal(translate("Consult", "Reply"), exc)
            return
        context = fill(translate("Consult", "Reply to comment %1 by %2 on %3:"), number, comment.author, say(comments.place(comment))) + "\n" + comment.text
        body = self.ask_text(translate("Consult", "Reply"), text.terminal(context), translate("Consult", "&Reply:"))
        if body:
            self.act(fill(translate("Consult", "Reply to comment %1"), number), lambda p: comments.reply(p, number, body, author))

    def resolve(self, number: int) -> None:
        author = self._author_or_ask() if self.can_change(COMMENTS) else None
        if author is not None:
            self.act(fill(translate("Consult", "Resolve comment %1"), number), lambda p: comments.resolve(p, number, author))

    def reopen(self, number: int) -> None:
        self.act(fill(translate("Consult", "Reopen comment %1"), number), lambda p: comments.reopen(p, number))

    def show_comments(self, number: int | None = None, path: str | None = None) -> None:
        self.comments_dock.show()
        self.comments_dock.raise_()
        if self._reload_timer.isActive():
            self.reload()
        self.show_panels()
        if number is not None:
            self.comments_panel.select(number)
        elif path is not None:
            self.comments_panel.select_path(path)

    def jump_to(self, path: str) -> None:
        place = place_of(path)
        self.navigation.jump_to(place.step or "", path)

    # --- following rows and re-anchoring --------------------------------------------------------------

    def is_pending(self) -> bool:
        """True while a change waits to be shown (rows moved: markers follow once the table settles)."""
        return self._reload_timer.isActive()

    def _tracked(self, list_path: str) -> bool:
        return list_path in self.overview.tables_with_comments

    def _on_rows_changed(self, path: str, kind: str, index: int, target: int) -> None:
        if not self._tracked(path):
            return
        project = self.doc.project
        try:
            if kind == "inserted":
                comments.rows_inserted(project, path, index)
            elif kind == "removed":
                comments.rows_removed(project, path, index)
            elif kind == "moved":
                count = len(self.doc.get(path))
                order = list(range(count))
                order.insert(target, order.pop(index))
                comments.rows_reordered(project, path, order)
        except ReviewError:
            return  # an unreadable comments entry is never written; recognition covers it on the next read
        self._tables_changed = True
        self._structure += 1
        self._reload_timer.start()

    def _on_field_changed(self, path: str) -> None:
        table, row = table_of(path)
        if table is not None and self._tracked(table):
            self._tables_changed = True  # a row's content changed, or a table was set whole (an import)
            if row is None:
                self._structure += 1
                self._reload_timer.start()

    def refresh_anchors(self, force: bool = False) -> bool:
        """Re-anchor the comments to the current rows (before a save or autosave copy); True if any moved."""
        if not (force or self._tables_changed):
            return False
        self._tables_changed = False
        try:
            moved = comments.refresh(self.doc.project)
        except ReviewError:
            return False
        if moved:
            self._reload_timer.start()
        return moved

    def _on_proposal_replaced(self) -> None:
        # Another proposal (Open, New) or a restored version: anchors are recognised against it once.
        self._tables_changed = False
        self._structure += 1
        try:
            comments.refresh(self.doc.project)
        except ReviewError:
            pass
        self.reload()

    # --- showing -----------------------------------------------------------------------------------

    def _on_read_only_changed(self, _read_only: bool) -> None:
        self._panel_shows = None  # its buttons follow the read-only state
        self.reload()

    def read_state(self) -> ReviewState:
        project = self.doc.project
        state = ReviewState()
        try:
            state.versions = versions.list_versions(project)
        except ReviewError as exc:
            state.versions_error = problem_text(exc)
        try:
            state.signoff = signoff.state(project)
        except ReviewError as exc:
            state.signoff_error = problem_text(exc)
        try:
            state.sessions = sessions.load(project)
        except ReviewError as exc:
            state.sessions_error = problem_text(exc)
        return state

    def reload(self) -> None:
        """Show the review part as it is now: markers, step counts, panels, sign-off line.

        The comments are read again only when their entry or the rows they are on changed since.
        """
        self._reload_timer.stop()
        project = self.doc.project
        shown_for = (project.other_members.get(store.COMMENTS), self._structure, project)
        if self._shown_for is None or any(a is not b for a, b in zip(shown_for, self._shown_for)):
            self._shown_for = shown_for
            self.overview = overview(project)
            for markers in self.page_markers.values():
                markers.show(self.overview)
            self._show_step_counts()
        self.state = self.read_state()
        self.show_panels()
        self._show_signoff_line()
        self.review_shown.emit()

    def show_panels(self) -> None:
        """Bring the panels on screen up to date (hidden ones are filled when they are shown)."""
        if self.comments_dock.isVisible() and self._panel_shows is not self.overview:
            self._panel_shows = self.overview
            self.comments_panel.set_overview(self.overview, self.doc.read_only_reason)
        if self.versions_dock.isVisible():
            self.versions_panel.set_state(self.state, self.doc.read_only_reason)

    def show_signoff(self) -> None:
        """The sign-off line and the Export step's DRAFT note after an edit (a sign-off may go stale)."""
        try:
            self.state.signoff = signoff.state(self.doc.project)
            self.state.signoff_error = None
        except ReviewError as exc:
            self.state.signoff, self.state.signoff_error = None, problem_text(exc)
        if self.versions_dock.isVisible():
            self.versions_panel.set_state(self.state, self.doc.read_only_reason)
        self._show_signoff_line()

    def _show_signoff_line(self) -> None:
        state = self.state
        has_review = store.has_review(self.doc.project)
        line = signoff_line(state.signoff, state.signoff_error) if has_review or state.signoff_error else ""
        self.status.setText(line)
        self.status.setToolTip(line)
        self.require_action.setChecked(bool(state.signoff and state.signoff.required))
        # What decides the DRAFT mark: the Export step's note and slide preview follow it when it changes.
        signature = (state.signoff_error, state.signoff.required if state.signoff else None,
                     state.signoff.signed_off if state.signoff else None)
        if signature != self._signoff_signature:
            self._signoff_signature = signature
            if self.pages.is_built("export"):
                typing.cast(typing.Any, self.pages["export"]).on_signoff_changed()

    def _on_language_changed(self, _lang: str) -> None:
        QTimer.singleShot(0, self, self._show_step_counts)

    def _show_step_counts(self) -> None:
        counts = self.overview.by_step
        for step_id, item in self.navigation.step_items.items():
            title = language.step_title(step_id, BY_ID[step_id].title)
            count = counts.get(step_id, 0)
            item.setText(0, f"{title} ({count})" if count else title)
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                         _counted(count, translate("Consult", "%1 open comment"), translate("Consult", "%1 open comments"))
                         if count else "")

    # --- versions ---------------------------------------------------------------------------------------

    def _label_problem(self, label: str) -> str:
        try:
            versions.check_label(self.doc.project, label, versions.list_versions(self.doc.project))
        except ReviewError as exc:
            problem = problem_text(exc)
            return problem[:1].upper() + problem[1:]
        return ""

    def save_version(self) -> VersionRecord | None:
        if not self.can_change(VERSIONS):
            return None
        author = self._author_or_ask()
        if author is None:
            return None
        label = self.ask_label(self._label_problem)
        if not label:
            return None
        record = self.act(fill(translate("Consult", "Save version “%1”"), _quoted(label)), lambda p: versions.save(p, label, author), VERSIONS)
        if record is not None:
            from wizard.gui.consult.compare import band_title  # the band as stored is English

            self.window.statusBar().showMessage(
                fill(translate("Consult", "Saved version %1, “%2” (score %3, %4). Save the file to keep it."), record.number, _quoted(label),
                    record.score, band_title(record.band)), 8000)
        return record

    def _record(self, number: int) -> VersionRecord | None:
        try:
            return versions.find(self.doc.project, number)
        except ReviewError as exc:
            self._refusal(translate("Consult", "Versions"), exc)
            return None

    def _open_record(self, number: int) -> tuple[VersionRecord, versions.OpenedVersion] | None:
        """Saved version ``number`` and its content, or None after saying why it cannot be opened."""
        record = self._record(number)
        if record is None:
            return None
        try:
            return record, versions.open_version(self.doc.project, record)
        except ReviewError as exc:
            self._refusal(fill(translate("Consult", "Version %1 cannot be opened"), number), exc)
            return None

    def open_version(self, number: int) -> ReadOnlyWindow | None:
        """Show a saved version in a read-only window of its own."""
        found = self._open_record(number)
        if found is None:
            return None
        record, opened = found
        name = self.doc.path.name if self.doc.path is not None else (self.files.display_name or translate("Consult", "Untitled proposal"))
        title = fill(translate("Consult", "%1 @ version %2 “%3”"), name, record.number, _quoted(record.label))
        saved = language.datetime_text(record.created)
        if record.author:
            reason = fill(translate("Consult", "this is version %1, “%2”, saved %3 by %4. Restore it from the Versions panel "
                                    "of the proposal's own window to work on it."),
                          record.number, _quoted(record.label), saved, text.one_line(record.author))
        else:
            reason = fill(translate("Consult", "this is version %1, “%2”, saved %3. Restore it from the Versions panel of "
                                    "the proposal's own window to work on it."), record.number, _quoted(record.label), saved)
        if opened.missing_images:
            reason += " " + fill(translate("Consult", "The file no longer holds its images %1."), ", ".join(opened.missing_images))
        window = self.new_window(opened.project)
        window.set_display(title, reason)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        typing.cast(QObject, window).destroyed.connect(lambda _o=None, w=window: self._forget(w))
        window.show()
        return window

    def _forget(self, window: ReadOnlyWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def restore_version(self, number: int) -> None:
        """Make a saved version the current draft (one undo step)."""
        if not self.can_change(VERSIONS):
            return
        record = self._record(number)
        if record is None:
            return
        question = fill(translate("Consult", "Make version %1, “%2”, the current draft? Undo (Ctrl+Z) takes it back."),
                        record.number, _quoted(record.label))
        if not self.ask_yes(translate("Consult", "Restore a version"), question, translate("Consult", "Restore")):
            return
        project = self.doc.project
        before = (project.proposal, dict(project.assets), dict(project.other_members))
        try:
            versions.restore(project, record.number)
        except ReviewError as exc:
            self._refusal(translate("Consult", "The version was not restored"), exc)
            return
        try:
            comments.refresh(project)
        except ReviewError:
            pass
        after = (project.proposal, dict(project.assets), dict(project.other_members))
        project.proposal, project.assets = before[0], dict(before[1])
        _put_back(project, before[2])
        step = fill(translate("Consult", "Restore version %1 “%2”"), record.number, _quoted(record.label))
        self._push(RestoreCommand(self.doc, step, before, after))
        self.window.statusBar().showMessage(fill(translate("Consult", "Version %1, “%2”, is the current draft. Undo takes it back."),
                                                 record.number, _quoted(record.label)), 8000)

    def delete_version(self, number: int) -> None:
        record = self._record(number) if self.can_change(VERSIONS) else None
        if record is None:
            return
        question = fill(translate("Consult", "Remove version %1, “%2”, from the file? Undo (Ctrl+Z) brings it back until you "
                                  "close the file."), record.number, _quoted(record.label))
        if not self.ask_yes(translate("Consult", "Delete a version"), question, translate("Consult", "Delete")):
            return
        self.act(fill(translate("Consult", "Delete version %1 “%2”"), record.number, _quoted(record.label)),
                 lambda p: versions.delete(p, number), VERSIONS)

    # --- comparing -----------------------------------------------------------------------------------

    def _name(self) -> str:
        return self.doc.path.name if self.doc.path is not None else (self.files.display_name or translate("Consult", "Current proposal"))

    def compare_with(self) -> ComparisonDialog | None:
        """File > Compare with...: a saved version or another file, against the current draft."""
        try:
            saved = versions.list_versions(self.doc.project)
        except ReviewError:
            saved = []
        choice = self.ask_compare_source(saved)
        if choice is None:
            return None
        if isinstance(choice, int):
            return self.compare_versions(choice, 0)
        try:
            other = projectfile.load(choice, allow_newer=False)
        except CityPitchError as exc:
            self.window.show_message("warning", translate("Consult", "Cannot compare with this file"), str(exc))
            return None
        return self._show_comparison(diff.Side(other, choice.name), diff.Side(self.doc.project, self._name()))

    def compare_versions(self, old: int, new: int) -> ComparisonDialog | None:
        """Compare saved version ``old`` with version ``new`` (0: the current draft)."""
        sides = []
        for number in (old, new):
            if number == 0:
                sides.append(diff.Side(self.doc.project, self._name()))
                continue
            found = self._open_record(number)
            if found is None:
                return None
            record, opened = found
            sides.append(diff.Side(opened.project, self._name(), record))
        return self._show_comparison(sides[0], sides[1])

    def _show_comparison(self, old: diff.Side, new: diff.Side) -> ComparisonDialog:
        from wizard.gui.consult.compare import ComparisonDialog  # on first use: not needed to show the window

        self.main.setCursor(Qt.CursorShape.WaitCursor)
        try:
            result = diff.compare(old, new)
        finally:
            self.main.unsetCursor()
        dialog = ComparisonDialog(result, lambda content: None if self.save_comparison(content) else None, self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.show()
        return dialog

    def save_comparison(self, content: str) -> Path | None:
        stem = (self.doc.path.stem if self.doc.path is not None else "proposal") + "-comparison.txt"
        path = self.ask_write_path(translate("Consult", "Save the comparison as text"), stem, translate("Consult", "Text") + " (*.txt)")
        if path is None:
            return None
        return self._write_text(path, content, translate("Consult", "The comparison was not written"), translate("Consult", "Wrote the comparison to %1"))

    def _write_text(self, path: Path, content: str, failed: str, wrote: str) -> Path | None:
        """Write ``content`` atomically; ``failed`` titles the refusal, ``wrote`` (with %1) says where it went."""
        try:
            # A text file, not the PDF the check names by default; the refusal in the window's language.
            projectfile.check_output_path(path, source=self.doc.path, writes="the text file")
            written = atomic.write_bytes(path, content.encode("utf-8"))
        except (CityPitchError, OSError) as exc:
            self.window.show_message("warning", failed, problem_text(exc))
            return None
        self.window.statusBar().showMessage(fill(wrote, written), 8000)
        return written

    # --- sign-off ----------------------------------------------------------------------------------

    def sign_off(self) -> None:
        if not self.can_change(SIGNOFFS):
            return
        project = self.doc.project
        try:
            state = signoff.state(project)
        except ReviewError as exc:
            self._refusal(translate("Consult", "Sign off"), exc)
            return
        if state.version is not None:
            what = fill(translate("Consult", "You are signing off the current content, which is saved version %1, “%2”."),
                       state.version.number, _quoted(state.version.label))
        else:
            what = translate("Consult", "You are signing off the current content. It is not a saved version yet, so it will be saved "
                       "as one, so that what was approved can always be opened again.")
        notes = [translate("Consult", "Any later edit makes the sign-off stale; undoing the edit makes it current again.")]
        analysis = self.analysis.current()
        # The readiness reasons the Export step gives for the DRAFT mark, in the interface's language.
        reasons = draft_reasons_shown(analysis, readiness_reasons_for_draft(analysis.readiness))[0]
        if reasons:
            notes.append(fill(translate("Consult", "The export keeps its DRAFT mark all the same while %1."),
                              functools.reduce(lambda a, b: fill(translate("Review", "%1; %2"), a, b), reasons)))
        answer = self.ask_signoff(what, notes)
        if answer is None:
            return
        name, role = answer
        self.window.settings().setValue(ROLE_KEY, role)
        record = self.act(fill(translate("Consult", "Sign off as %1"), name), lambda p: signoff.sign(p, name, role), SIGNOFFS)
        if record is not None:
            self.window.statusBar().showMessage(fill(translate("Consult", "Signed off by %1 (version %2, “%3”)."), name, record.version,
                                                    _quoted(record.version_label)), 8000)

    def set_required(self, required: bool) -> None:
        try:
            current = signoff.state(self.doc.project).required
        except ReviewError:
            current = None
        if current == required:
            return
        title = translate("Consult", "Require a sign-off") if required else translate("Consult", "Stop requiring a sign-off")
        self.act(title, lambda p: signoff.set_required(p, required), SIGNOFFS)
        self._show_signoff_line()  # the menu's tick follows what was decided, also when refused

    # --- session notes and the memo -------------------------------------------------------------------

    def add_session(self) -> None:
        if not self.can_change(SESSIONS):
            return
        author = self._author_or_ask()
        if author is None:
            return
        answer = self.ask_session()
        if answer is None:
            return
        day, people, notes = answer
        self.window.settings().setValue(ATTENDEES_KEY, "\n".join(people))
        self.act(fill(translate("Consult", "Add session notes of %1"), language.date_text(day)), lambda p: sessions.add(p, day, people, notes, author),
                 SESSIONS)

    def export_memo(self) -> Path | None:
        """File > Export review memo: session notes and comments as Markdown, written atomically."""
        try:
            content = memo.markdown(self.doc.project)
        except ReviewError as exc:
            self._refusal(translate("Consult", "The review memo cannot be written"), exc)
            return None
        stem = (self.doc.path.stem if self.doc.path is not None else "proposal") + "-review-memo.md"
        path = self.ask_write_path(translate("Consult", "Export the review memo"), stem, "Markdown (*.md)")
        if path is None:
            return None
        return self._write_text(path, content, translate("Consult", "The review memo was not written"), translate("Consult", "Wrote the review memo to %1"))


def problem_text(exc: Exception) -> str:
    """What a refusal of the core says, in the interface's language where the core kept its sentence's parts
    (:mod:`wizard.i18n.said`): a review part's problem without the file's name, or the whole message."""
    if isinstance(exc, ReviewError):
        return say(exc.problem_said) if exc.problem_said is not None else exc.problem
    return say(exc.said) if isinstance(exc, (CityPitchError, PathError)) and exc.said is not None else str(exc)


def _put_back(project: Project, members: dict[str, bytes]) -> None:
    project.other_members.clear()
    project.other_members.update(members)
