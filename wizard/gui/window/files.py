"""Files: new, open, samples, recovered work, save and save as; the lock on the file shown; the title.

Keeping work safe (issue 7) is attached here: a :class:`~wizard.gui.recovery.locking.WindowLock` holds
the lock of the file shown (a file locked elsewhere, or written by a newer CityPitch, opens read-only
and says why), a failed save copies the edits to the recovery area at once, and
:meth:`FileController.open_recovered` shows work recovered after a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from wizard.gui.language import fill, translate
from wizard import projectfile, resources
from wizard.errors import CityPitchError, NewerVersionError
from wizard.gui.document import ProposalDocument
from wizard.gui.recovery.autosave import Autosaver
from wizard.gui.recovery.locking import LockState, WindowLock
from wizard.gui.window.face import WindowFace
from wizard.gui.window.pages import PageMap
from wizard.gui.window.recent import RecentFiles

APP_NAME = "CityPitch"


class FileController(QObject):
    """Opening and saving the window's proposal (see the module docstring)."""

    def __init__(self, window: WindowFace, doc: ProposalDocument, autosaver: Autosaver, pages: PageMap,
                 recent: RecentFiles, go_to_step: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.doc = doc
        self.autosaver = autosaver
        self.pages = pages
        self.recent = recent
        self.go_to_step = go_to_step
        self.lock = WindowLock()
        #: What the title shows instead of the file name (a sample, a plain JSON file), or None.
        self.display_name: str | None = None
        doc.modified_changed.connect(window.setWindowModified)
        doc.path_changed.connect(self.update_title)
        doc.read_only_changed.connect(lambda _ro: self.update_title())

    def update_title(self) -> None:
        if self.display_name:
            name = self.display_name
        elif self.doc.path is not None:
            name = self.doc.path.name
        else:
            name = translate("Files", "Untitled proposal")
        if self.doc.is_read_only():
            name = fill(translate("Files", "%1 (read-only)"), name)
        self.window.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.window.setWindowModified(self.doc.is_modified())

    def commit_pending(self) -> None:
        """Offer what is half-typed in any built page to the model (before saving, exporting, closing)."""
        for page in self.pages.built().values():
            page.binder.commit_pending()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or unchanged)."""
        self.commit_pending()
        if not self.doc.is_modified():
            return True
        answer = self.window.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def replace_project(self, project: projectfile.Project, display_name: str | None = None,
                        read_only: str | None = None) -> None:
        self.display_name = display_name
        self.doc.set_read_only(read_only)
        self.doc.replace(project)
        self.update_title()
        if read_only:
            self.window.show_message("info", translate("Files", "Opened read-only"), read_only)
        opened = display_name or (project.path.name if project.path else translate("Files", "a new proposal"))
        self.window.statusBar().showMessage(fill(translate("Files", "Opened %1"), opened), 5000)

    # --- opening ---------------------------------------------------------------------------------------

    def new_proposal(self) -> None:
        if self.maybe_save():
            self.lock.keep(None)
            self.replace_project(projectfile.Project())
            self.go_to_step("start")

    def open_dialog(self) -> None:
        path = self.window.ask_open_path()
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
                read_only = fill(translate("Files", "%1. It is shown read-only so that nothing this version does not know "
                                                    "is lost; open it with the newer CityPitch to edit it."), exc.problem)
        except CityPitchError as exc:
            self.window.show_message("warning", translate("Files", "Cannot open this file"), str(exc))
            return False
        if path.suffix.lower() == ".json":
            # A plain JSON proposal (a bundled sample, a hand-made file) is never written by CityPitch:
            # saving makes a .citypitch beside it. Locking it would only leave lock files in read-only
            # places such as the samples folder of an installed copy.
            self.lock.keep(None)
        elif (outcome := self.lock.try_take(path)).read_only:
            self.lock.keep(None)
            read_only = read_only or fill(translate("Files", "%1 You can read it here, or use Save As to work on a copy."), outcome.message)
        elif outcome.state is LockState.UNLOCKABLE:
            self.lock.keep(None)
            self.window.statusBar().showMessage(outcome.message, 10000)
        else:
            self.lock.keep(outcome)
        # A plain JSON proposal is saved as a .citypitch archive beside it, never over it.
        display = path.name if path.suffix.lower() == ".json" else None
        self.replace_project(project, display, read_only)
        self.recent.add(path)
        self.recent.remember_folder(path.parent)
        self.go_to_step("city_team" if project.proposal.city.name else "start")
        return True

    def open_recovered(self, recovered: Any) -> bool:
        """Show work recovered after a crash as unsaved changes (see :mod:`wizard.gui.recovery.dialog`)."""
        from wizard.gui.recovery.dialog import adopt

        def show(project: projectfile.Project) -> None:
            # Recovered work stays editable; if its file is now held elsewhere, Save refuses that
            # path (see save_to) and Save As keeps the work under another name.
            outcome = self.lock.try_take(project.path) if project.path is not None else None
            if outcome is not None and outcome.read_only:
                self.window.statusBar().showMessage(outcome.message, 15000)
                outcome = None
            self.lock.keep(outcome if outcome is not None and outcome.state is LockState.LOCKED else None)
            self.replace_project(project, None)
            # Not "Opened a new proposal": say what came back, and that it is not saved yet.
            name = (project.path.name if project.path else project.proposal.meta.project_name.strip()
                    or translate("Files", "an untitled proposal"))
            self.window.statusBar().showMessage(fill(translate("Files", "Recovered %1; save it to keep it"), name), 10000)

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
            self.window.show_message("warning", translate("Files", "Cannot open this sample"), str(exc))
            return False
        # A sample is read from the installation: saving must ask where, never write beside it.
        project.path = None
        self.lock.keep(None)
        self.replace_project(project, fill(translate("Files", "%1 (sample)"), name))
        return True

    # --- saving ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        self.commit_pending()
        path = self.doc.path
        if path is None or path.suffix.lower() == ".json" or self.doc.is_read_only():
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        self.commit_pending()
        path = self.window.ask_save_path()
        if path is None:
            return False
        if path.suffix.lower() != projectfile.SUFFIX:
            path = path.with_name(path.name + projectfile.SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        if self.doc.project.newer_schema is not None:
            self.window.show_message(
                "warning", translate("Files", "This proposal cannot be saved here"),
                translate("Files", "It was written by a newer CityPitch; saving it with this version would lose what this "
                                   "version does not know. Open it with the newer CityPitch to change it."),
            )
            return False
        outcome = self.lock.try_take(path)
        if outcome.read_only:
            self.window.show_message("warning", translate("Files", "The proposal was not saved"),
                                     fill(translate("Files", "%1\n\nChoose another name with Save As."), outcome.message))
            return False
        self.doc.prepare_to_write()  # e.g. comments re-anchored to the rows they are on
        try:
            written = projectfile.save(self.doc.project, path)
        except (CityPitchError, OSError) as exc:
            self.lock.drop(outcome)
            # The disk may be failing: copy the edits to the recovery area now, not after the usual pause.
            self.autosaver.autosave_now()
            self.window.show_message("critical", translate("Files", "The proposal was not saved"),
                                     fill(translate("Files", "%1\n\nYour edits are still open: try Save As in another folder."), exc))
            return False
        self.lock.keep(outcome if outcome.state is LockState.LOCKED else None)
        self.display_name = None
        self.doc.set_read_only(None)
        self.doc.mark_saved(written)
        self.recent.add(written)
        self.recent.remember_folder(written.parent)
        self.update_title()
        self.window.statusBar().showMessage(fill(translate("Files", "Saved %1"), written), 5000)
        return True
