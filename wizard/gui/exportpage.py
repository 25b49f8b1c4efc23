"""The Export step: the deck's look (accent colour, logo, photos) and the PDF export itself.

Images are picked with a file dialog, checked by :func:`wizard.images.check_image` (type, size, pixel
count, read from the header without decoding), stored as bytes in the project's assets, and named in
the model through undoable commands.

The export runs on a frozen copy of the project in a worker thread (QThreadPool), one at a time,
with a busy indicator; WeasyPrint is imported only there, never on the start-up path.  Results come
back to the GUI thread through queued signals.
"""

from __future__ import annotations

import re
import traceback
import typing
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from wizard.gui.pages import WizardPage
from wizard.projectfile import Project

if typing.TYPE_CHECKING:
    from wizard.gui.document import ProposalDocument
    from wizard.gui.steps import Step

MAX_IMAGE_BYTES = 20 * 1024 * 1024


class ExportSignals(QObject):
    progressed = Signal(str, float)  # stage, fraction done (0-1)
    finished = Signal(str)  # the PDF written
    failed = Signal(str)  # a plain-language reason


class ExportJob(QRunnable):
    """Render one PDF from a frozen project copy; touches no widget."""

    def __init__(self, project: Project, output: Path) -> None:
        super().__init__()
        self.project = project
        self.output = output
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            from wizard.export import ExportOptions, export_pdf

            written = export_pdf(
                self.project, self.output, ExportOptions(), progress=lambda stage, fraction: self.signals.progressed.emit(stage, fraction)
            )
            self.signals.finished.emit(str(written))
        except Exception as exc:  # noqa: BLE001 - any failure is reported to the user, the app keeps running
            from wizard.errors import CityPitchError

            reason = str(exc) if isinstance(exc, (CityPitchError, OSError)) else f"{type(exc).__name__}: {exc}"
            if not isinstance(exc, (CityPitchError, OSError)):
                traceback.print_exc()
            self.signals.failed.emit(reason)


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
    """"" if the image is usable, else the reason (from wizard.images)."""
    from wizard.images import check_image

    from wizard.errors import CityPitchError

    if len(data) > MAX_IMAGE_BYTES:
        return f"the image {name!r} is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB"
    try:
        check_image(data, name)
    except CityPitchError as exc:
        return str(exc)
    return ""


class ExportPage(WizardPage):
    export_requested = Signal()
    logo_requested = Signal()
    photo_requested = Signal()
    export_done = Signal(bool, str)

    def __init__(self, step: "Step", doc: "ProposalDocument", parent: QWidget | None = None) -> None:
        super().__init__(step, doc, parent)
        self.button = typing.cast(QPushButton, self.findChild(QPushButton, "export_button"))
        self.progress = typing.cast(QProgressBar, self.findChild(QProgressBar, "export_progress"))
        self.status = typing.cast(QLabel, self.findChild(QLabel, "export_status"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.button.clicked.connect(self.export_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "choose_logo_button")).clicked.connect(self.logo_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "add_photo_button")).clicked.connect(self.photo_requested)
        typing.cast(QPushButton, self.findChild(QPushButton, "remove_logo_button")).clicked.connect(self.remove_logo)
        self.job: ExportJob | None = None

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
        self.status.setText(f"Added {'logo' if as_logo else 'photo'} {name}.")
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
        return self.job is not None

    def start_export(self, output: Path) -> bool:
        if self.job is not None:
            return False
        self.job = ExportJob(self.doc.project.frozen_copy(), output)
        self.job.signals.finished.connect(self._on_finished)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.progressed.connect(self._on_progress)
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first stage is reported
        self.status.setText(f"Exporting to {output}...")
        QThreadPool.globalInstance().start(self.job)
        return True

    def _on_progress(self, stage: str, fraction: float) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(int(max(0.0, min(fraction, 1.0)) * 100))
        self.status.setText(f"Exporting: {stage}...")

    def _done(self) -> None:
        self.job = None
        self.button.setEnabled(True)
        self.progress.setRange(0, 100)

    def _on_finished(self, path: str) -> None:
        self._done()
        self.progress.setValue(100)
        self.status.setText(f"Wrote {path}")
        self.export_done.emit(True, path)

    def _on_failed(self, reason: str) -> None:
        self._done()
        self.progress.setValue(0)
        self.status.setText(f"The export failed: {reason}")
        self.export_done.emit(False, reason)


if __name__ == "__main__":
    # Review this page alone: python -m wizard.gui.exportpage [SAMPLE] [--png OUT.png]
    import sys

    from wizard.gui.pages import preview

    sys.exit(preview(["export", *sys.argv[1:]]))
