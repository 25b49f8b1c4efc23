"""File > Export PDF and the images of the deck: the window's side of the Export step.

The export itself (options, preview, the child process) is the Export step's
(:mod:`wizard.gui.export.page`); this controller asks where to write, picks image files, and says how
an export ended.
"""

from __future__ import annotations

import typing
from collections.abc import Callable

from PySide6.QtCore import QObject

from wizard.gui.language import fill, translate
from wizard.gui.document import ProposalDocument
from wizard.gui.window.face import WindowFace
from wizard.gui.window.pages import PageMap
from wizard.gui.window.recent import RecentFiles

if typing.TYPE_CHECKING:
    # Imported when the Export step is first built: it is not needed to show the window.
    from wizard.gui.export.page import ExportPage


class ExportController(QObject):
    def __init__(self, window: WindowFace, doc: ProposalDocument, pages: PageMap, recent: RecentFiles,
                 go_to_step: Callable[[str], None], commit_pending: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.doc = doc
        self.pages = pages
        self.recent = recent
        self.go_to_step = go_to_step
        self.commit_pending = commit_pending

    def page(self) -> ExportPage:
        return typing.cast("ExportPage", self.pages["export"])

    def page_built(self, page: ExportPage) -> None:
        page.logo_requested.connect(lambda: self.pick_image(as_logo=True))
        page.photo_requested.connect(lambda: self.pick_image(as_logo=False))
        page.export_done.connect(self._on_export_done)

    def export_pdf(self) -> None:
        """File > Export PDF: show the Export step, ask where, and export there with the step's options."""
        self.commit_pending()
        export = self.page()
        self.go_to_step("export")
        if export.is_running():
            self.window.statusBar().showMessage(translate("Exporting", "An export is already running."), 5000)
            return
        path = self.window.ask_export_path()
        if path is not None:
            if not path.suffix:
                path = path.with_suffix(".pdf")
            export.set_destination(path)
            export.start_export(path)

    def _on_export_done(self, ok: bool, detail: str) -> None:
        if ok:
            self.window.statusBar().showMessage(fill(translate("Exporting", "Wrote %1"), detail), 8000)
        else:
            self.window.show_message("warning", translate("Exporting", "The export failed"), detail)

    def pick_image(self, as_logo: bool) -> None:
        if self.doc.is_read_only():
            self.window.show_message("info", translate("Exporting", "Read-only"),
                                     fill(translate("Exporting", "This proposal is open read-only: %1"), self.doc.read_only_reason))
            return
        path = self.window.ask_image_path()
        if path is None:
            return
        from wizard.images import MAX_IMAGE_BYTES

        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_IMAGE_BYTES else b""
        except OSError as exc:
            self.window.show_message("warning", translate("Exporting", "Cannot read the image"), f"{path}: {exc.strerror or exc}")
            return
        if not data:
            what = (translate("Exporting", "%1: the image is empty") if not size
                    else translate("Exporting", "%1: the image is larger than %2 MB"))
            self.window.show_message("warning", translate("Exporting", "Cannot use the image"),
                                     fill(what, path, MAX_IMAGE_BYTES // (1024 * 1024)))
            return
        problem = self.page().add_image(data, path.name, as_logo)
        if problem:
            self.window.show_message("warning", translate("Exporting", "Cannot use the image"), problem)
        self.recent.remember_folder(path.parent)

    def shutdown(self) -> None:
        """Stop a running export or preview (the window is closing); an earlier PDF stays as it was."""
        if self.pages.is_built("export"):
            self.page().shutdown()
