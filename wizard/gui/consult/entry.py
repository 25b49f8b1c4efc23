"""The window's ways into working with a consultant, made at start; the consultant's machinery on first use.

The :class:`~wizard.gui.consult.controller.ConsultController` (its docks, the review records' pydantic
models, the comparison and sign-off code: about 50 ms of imports and building, issue 21) is not needed to
draw the window: a proposal without a review part shows no marker, no comment count and no sign-off line.
:class:`ConsultEntry` is what the window makes instead: every menu entry (File, View and the Consult menu,
as before), the sign-off line's place in the status bar, and each page's right-click "Comment on ..." and
comment markers (:class:`~wizard.gui.consult.markers.PageMarkers`, which need none of the review code until
there is a comment to show).  The controller is built, once, by the first of:

- a menu entry or a panel's View entry (each then does what it always did);
- a right-click "Comment on ..." or a marker pressed;
- a proposal with anything besides the proposal and its images in its file (a review part: comments,
  versions, sign-offs, session notes), when the window opens it or is made with it;
- anything that asks the window for ``window.consult`` (tests, tools).
"""

from __future__ import annotations

import typing
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from wizard.gui import language
from wizard.gui.consult.markers import PageMarkers
from wizard.gui.language import QT_TRANSLATE_NOOP, translate

if typing.TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from wizard.gui.document import ProposalDocument
    from wizard.gui.steps.pages import WizardPage
    from wizard.review.overview import Overview


class ConsultController(typing.Protocol):
    """What the entry asks of :class:`wizard.gui.consult.controller.ConsultController` (named here, not
    imported: that module is the one built on first use)."""

    comments_dock: QDockWidget
    versions_dock: QDockWidget
    overview: Overview

    def save_version(self) -> object: ...
    def compare_with(self) -> object: ...
    def export_memo(self) -> object: ...
    def comment_on(self, path: str) -> None: ...
    def sign_off(self) -> None: ...
    def set_required(self, required: bool) -> None: ...
    def add_session(self) -> None: ...
    def change_author(self) -> None: ...
    def show_comments(self, number: int | None = None, path: str | None = None) -> None: ...
    def _on_proposal_replaced(self) -> None: ...


class ConsultEntry(QObject):
    """The consult menu entries, status line and page markers of one window; the controller on first use."""

    def __init__(self, main: QMainWindow, doc: ProposalDocument, build: Callable[[ConsultEntry], ConsultController],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.doc = doc
        self._build = build
        self._controller: ConsultController | None = None
        # Each built page's markers and right-click menus (the controller shows comments in them).
        self.page_markers: dict[str, PageMarkers] = {}

        self.status = QLabel()
        self.status.setObjectName("signoff_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        main.statusBar().addPermanentWidget(self.status)

        def act(text: str, name: str, call: Callable[[ConsultController], object]) -> QAction:
            action = language.live(QAction(main), lambda a, t=text: a.setText(translate("Consult", t)))
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: call(self.controller()))
            return action

        self.save_version_action = act(QT_TRANSLATE_NOOP("Consult", "Save a &version..."), "save_version_action",
                                       lambda c: c.save_version())
        self.compare_action = act(QT_TRANSLATE_NOOP("Consult", "Compare &with..."), "compare_action", lambda c: c.compare_with())
        self.memo_action = act(QT_TRANSLATE_NOOP("Consult", "Export review &memo..."), "memo_action", lambda c: c.export_memo())
        self.comment_action = act(QT_TRANSLATE_NOOP("Consult", "&Comment on the whole proposal..."), "comment_whole_action",
                                  lambda c: c.comment_on(""))
        self.signoff_action = act(QT_TRANSLATE_NOOP("Consult", "&Sign off..."), "signoff_action", lambda c: c.sign_off())
        self.require_action = language.live(QAction(main), lambda a: a.setText(
            translate("Consult", "&Require a sign-off for a final export")))
        self.require_action.setObjectName("require_action")
        self.require_action.setCheckable(True)
        self.require_action.triggered.connect(lambda checked: self.controller().set_required(checked))
        self.session_action = act(QT_TRANSLATE_NOOP("Consult", "Add session &notes..."), "session_action", lambda c: c.add_session())
        self.author_action = act(QT_TRANSLATE_NOOP("Consult", "&Your name..."), "author_action", lambda c: c.change_author())
        # The panels' View entries until the panels exist; then each dock's own toggle takes its place.
        self.comments_toggle = self._toggle(lambda a: a.setText(translate("Consult", "Commen&ts panel")), "comments")
        self.versions_toggle = self._toggle(lambda a: a.setText(translate("Consult", "Versions and sign-&off panel")), "versions")
        self.menus: list[QMenu] = []

        doc.proposal_replaced.connect(self._on_proposal_replaced)
        self._on_proposal_replaced()

    def _toggle(self, texts: Callable[[QAction], None], which: str) -> QAction:
        action = language.live(QAction(self.main), texts)
        action.setCheckable(True)

        def show(checked: bool) -> None:
            controller = self.controller()  # puts the dock's own toggle in this one's place
            dock = controller.comments_dock if which == "comments" else controller.versions_dock
            if checked:
                dock.show()
                dock.raise_()
            else:
                dock.close()

        action.triggered.connect(show)
        return action

    def add_to_menus(self, file_menu: QMenu, before: QAction, view_menu: QMenu) -> QMenu:
        """File > Save a version, Compare with, Export review memo; View > the panels; a Consult menu."""
        for action in (self.save_version_action, self.compare_action, self.memo_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        view_menu.addSeparator()
        view_menu.addAction(self.comments_toggle)
        view_menu.addAction(self.versions_toggle)
        # No mnemonic: every free letter is taken by the step pages' fields (F10 or Alt reaches the menu bar).
        menu = language.live(QMenu(self.main), lambda m: m.setTitle(translate("Consult", "Consult")))
        menu.setObjectName("consult_menu")
        entries: list[QAction | None] = [
            self.comment_action, self.comments_toggle, None, self.save_version_action, self.versions_toggle,
            self.compare_action, None, self.signoff_action, self.require_action, None, self.session_action,
            self.memo_action, None, self.author_action]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(entry)
        self.menus = [view_menu, menu]
        return menu

    def use_dock_toggles(self, comments: QAction, versions: QAction) -> None:
        """Put the docks' own View entries where the stand-ins are (called once, by the controller)."""
        for stand_in, real in ((self.comments_toggle, comments), (self.versions_toggle, versions)):
            for menu in self.menus:
                if stand_in in menu.actions():
                    menu.insertAction(stand_in, real)
                    menu.removeAction(stand_in)
        self.comments_toggle, self.versions_toggle = comments, versions

    def is_built(self) -> bool:
        return self._controller is not None

    def controller(self) -> ConsultController:
        """The window's consult controller, built now if it is not yet."""
        if self._controller is None:
            self._controller = self._build(self)
        return self._controller

    def page_built(self, step_id: str, page: WizardPage) -> None:
        """The page's right-click "Comment on ..." and its markers (shown by the controller, if built)."""
        markers = PageMarkers(page, self)
        markers.comment_requested.connect(lambda path: self.controller().comment_on(path))
        markers.show_requested.connect(lambda path: self.controller().show_comments(path=path))
        self.page_markers[step_id] = markers
        if self._controller is not None:
            markers.show(self._controller.overview)

    def _on_proposal_replaced(self) -> None:
        # A file holding anything besides the proposal and its images may hold a review part: the controller
        # shows its markers, counts and sign-off line.  (The controller follows later replacements itself.)
        if self._controller is None and self.doc.project.other_members:
            self.controller()._on_proposal_replaced()
