"""Live slide previews for the Export step, and the background runs that make every PDF the wizard writes.

:class:`IsolatedRun` renders a frozen copy of the project in a child process
(:class:`wizard.export.isolation.IsolatedRender`), waited for in the background (:mod:`wizard.gui.tasks`,
lane ``export``).  No Qt object crosses threads: progress and the result come back to the GUI thread
through the task manager's one queued signal and are re-emitted as ordinary signals, and a window
closed mid-render is never called back.  WeasyPrint never runs in the GUI process (in a thread it
holds the GIL and stalled the event loop for 150 ms in our benchmark; a child process does not).

:class:`PreviewRenderer` decides when to render: a while after the last edit (debounced), only while the
preview is shown (or as soon as it is shown again), one render at a time; edits that arrive during a
render schedule exactly one more after it.  Every render has a generation number, and a result is shown
only if it is newer than the one on screen, so a stale render never replaces a newer one.

:class:`SlidePreview` shows the result: a strip of thumbnails of every slide and a larger view of the
selected one, drawn with QtPdf (imported when the first preview arrives, never at start-up).  QtPdf
renders pages on a transparent background, so every page is painted onto white.

The slide being edited is drawn first (issue 21): after an edit, :class:`PreviewRenderer` renders that one
slide on its own (:mod:`wizard.export.single`; the whole deck planned, one slide laid out), and the
larger view shows it within about half a second while the whole deck catches up in the background.
Renders run in warm render processes (:mod:`wizard.export.warm`; WeasyPrint imported once), one for
the whole deck and the exports, one for the edited slide, ended when the application quits
(:func:`shutdown_warm`).
"""

from __future__ import annotations

import atexit
import traceback
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent, QShowEvent, QHideEvent
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from wizard.gui import language
from wizard.gui.language import fill, number, translate
from wizard.export.isolation import DEFAULT_TARGET, IsolatedRender
from wizard.gui.tasks import Outcome, Task, TaskState, run_in_background

if typing.TYPE_CHECKING:
    from wizard.export.warm import WarmRenderer
    from wizard.gui.document import ProposalDocument
    from wizard.projectfile import Project

#: Quiet time after the last edit before the preview is rendered again (ms).
DEBOUNCE_MS = 1500
#: Delay before rendering when the preview is shown with something new to render (ms): long enough that
#: paging through the steps does not start a render on every pass.
SHOW_DELAY_MS = 400
THUMB_SIZE = QSize(160, 90)
#: Thumbnails drawn per pass of the event loop (about 4 ms each), so a long deck never stalls the window.
THUMBS_PER_PASS = 3
BACKDROP = QColor("#E4E7EB")
#: Quiet time after an edit before the edited slide is drawn on its own (ms).
SLIDE_DEBOUNCE_MS = 80
#: What the warm process runs for the edited slide.
SLIDE_TARGET = "wizard.export.worker:export_slide"

_WARM: dict[str, "WarmRenderer"] = {}
_HOOKED = False


def warm_renderer(name: str) -> "WarmRenderer":
    """The application's warm render process ``name`` (``deck``: previews and exports; ``slide``: the
    edited slide), started on first use and ended when the application quits."""
    global _HOOKED
    found = _WARM.get(name)
    if found is None:
        from wizard.export.warm import WarmRenderer

        found = _WARM[name] = WarmRenderer(name)
        if not _HOOKED:
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(shutdown_warm)
            atexit.register(shutdown_warm)  # and should the event loop never end normally
            _HOOKED = True
    return found


def shutdown_warm() -> None:
    """End every warm render process (a render in flight ends with ExportStopped)."""
    while _WARM:
        _name, renderer = _WARM.popitem()
        renderer.close()


class IsolatedRun(QObject):
    """One export of a frozen project copy in a child process; signals arrive in the GUI thread.

    With ``out`` the finished PDF is put there (atomically: an earlier file is untouched by a failure or
    a cancel) and ``succeeded`` carries the path; without it ``succeeded`` carries the PDF's bytes.
    """

    progressed = Signal(str, float)  # stage, fraction done (0-1)
    succeeded = Signal(object)  # Path (with out) or bytes (without)
    failed = Signal(str)  # a plain-language reason; nothing was written
    stopped = Signal(str)  # cancelled; nothing was written

    def __init__(self, project: "Project", options: dict[str, Any], out: Path | None = None, *,
                 target: str = DEFAULT_TARGET, server: "WarmRenderer | None" = None, lane: str = "export",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # What runs in the background: plain data and a Qt-free render (see wizard.gui.tasks).
        self._render = IsolatedRender(project, options, out, target=target, server=server)
        self._lane = lane
        self._task: Task | None = None
        self._running = False
        #: The child process's id once it has started (evidence that the render left this process).
        self.child_pid: int | None = None

    def start(self) -> None:
        self._running = True
        self._task = run_in_background(_render_in_background(self._render), self._on_done,
                                       on_progress=self._on_progress, lane=self._lane,
                                       on_cancel=self._render.cancel, context=self)

    def is_running(self) -> bool:
        return self._running

    @property
    def info(self) -> dict[str, Any]:
        """What the render target handed back besides the file (read after ``succeeded``)."""
        return dict(self._render.info)

    def cancel(self) -> None:
        """Stop as soon as possible (the child is terminated at once); ``stopped`` follows."""
        if self._task is not None:
            self._task.cancel()
        else:
            self._render.cancel()

    def shutdown(self, wait_s: float = 5.0) -> None:
        """Cancel, wait for the render to end, and emit nothing more (the owner is going away)."""
        self._running = False
        self.cancel()
        if self._task is not None:
            self._task.wait(wait_s)

    # --- GUI thread --------------------------------------------------------------------------------

    def _on_progress(self, report: tuple[str, float]) -> None:
        if self.child_pid is None:
            self.child_pid = self._render.pid
        if self._running:
            self.progressed.emit(str(report[0]), float(report[1]))

    def _on_done(self, outcome: Outcome[Path | bytes]) -> None:
        from wizard.errors import CityPitchError
        from wizard.export.isolation import ExportStopped

        if self.child_pid is None:
            self.child_pid = self._render.pid
        if not self._running:
            return  # shut down: the owner is going away and listens no more
        self._running = False
        try:
            result = outcome.result()
        except ExportStopped as exc:
            self.stopped.emit(str(exc))
        except CityPitchError as exc:
            from wizard.gui.coretexts import say

            self.failed.emit(say(exc.said) if exc.said is not None else str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user in words; the window keeps running
            traceback.print_exception(exc)
            self.failed.emit(f"an unexpected error stopped the export ({type(exc).__name__}: {exc}); "
                             "no file was written")
        else:
            self.succeeded.emit(result)


def _render_in_background(render: IsolatedRender) -> Callable[[TaskState], Path | bytes]:
    """The task for one render: progress goes through the task's channel; nothing here is a Qt object."""

    def work(state: TaskState) -> Path | bytes:
        render.progress = lambda stage, fraction: state.report((stage, fraction))
        return render.run()

    return work


class PreviewRenderer(QObject):
    """When to render the preview, and which result to show (see the module docstring)."""

    started = Signal(int)  # generation
    rendered = Signal(int, bytes)  # generation, PDF: only ever newer than what was shown before
    failed = Signal(int, str)  # generation, reason (only for the newest generation)
    #: generation, a one-page PDF of the edited slide, {"id", "number", "total"}: newer than the deck shown
    slide_rendered = Signal(int, bytes, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: ProposalDocument | None = None
        self.options: Callable[[], dict[str, Any]] = dict
        self.target = DEFAULT_TARGET
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._active = False
        self._paused = False
        #: False while a format without slides is chosen (the workbook): nothing is rendered then.
        self.enabled = True
        self._dirty = True
        self._generation = 0
        self._shown = 0
        self._run: IsolatedRun | None = None
        self._run_generation = 0
        #: Every child process a preview ran in (tests check that renders leave the GUI process).
        self.child_pids: list[int] = []
        self.renders_started = 0
        #: The options the preview on screen was made with (a deck has slides, a leave-behind pages).
        self.shown_options: dict[str, Any] = {}
        self._options_of: dict[int, dict[str, Any]] = {}
        #: Render in the application's warm processes (False: a fresh child process for every render).
        self.use_warm = True
        # The edited slide (see the module docstring): what was edited last, and its render.
        self._slide_timer = QTimer(self)
        self._slide_timer.setSingleShot(True)
        self._slide_timer.timeout.connect(self._start_slide)
        self._edited: str | None = None
        self._slide_run: IsolatedRun | None = None
        self._slide_generation = 0
        self._slide_dirty = False
        self._slide_shown = 0
        self._titles: dict[str, str] = {}
        self.slide_renders_started = 0
        #: Every process an edited slide was drawn in (tests check that it stays warm).
        self.slide_child_pids: list[int] = []

    def bind(self, doc: "ProposalDocument", options: Callable[[], dict[str, Any]]) -> None:
        self.doc = doc
        self.options = options
        self._titles = self._title_snapshot()
        doc.field_changed.connect(self._field_changed)
        doc.proposal_replaced.connect(self._replaced)

    def server(self, name: str) -> "WarmRenderer | None":
        """The warm process renders of kind ``name`` run in (None: a fresh child each time)."""
        return warm_renderer(name) if self.use_warm else None

    # --- state -------------------------------------------------------------------------------------

    def is_rendering(self) -> bool:
        return self._run is not None

    def is_pending(self) -> bool:
        """True while something newer than the shown preview is waiting to be rendered."""
        return self._dirty or self._timer.isActive() or self._run is not None

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def shown_generation(self) -> int:
        return self._shown

    def next_generation(self) -> int:
        """Number a new render (newer than every render before it)."""
        self._generation += 1
        return self._generation

    # --- triggers ---------------------------------------------------------------------------------

    def _replaced(self) -> None:
        # Another proposal: a render still in flight shows the previous one and must never be shown.
        self._shown = max(self._shown, self._generation)
        self._slide_shown = max(self._slide_shown, self._generation)
        self._edited = None
        self._slide_timer.stop()
        self._titles = self._title_snapshot()
        self.invalidate(SHOW_DELAY_MS)

    def _field_changed(self, path: str) -> None:
        self.invalidate()
        self.note_edit(path)

    def _title_snapshot(self) -> dict[str, str]:
        if self.doc is None:
            return {}
        return {str(t.slide): str(t.title) for t in self.doc.proposal.slide_titles}

    def note_edit(self, path: str) -> None:
        """``path`` was edited: draw its slide on its own soon (a deck's slides only)."""
        wanted: str | None = path
        if path == "slide_titles" or path.startswith("slide_titles["):
            # The titles editor replaces the whole list: the slide is the one whose title changed.
            before, after = self._titles, self._title_snapshot()
            self._titles = after
            changed = [s for s in sorted(set(before) | set(after)) if before.get(s) != after.get(s)]
            wanted = f"slide_titles.{changed[0]}" if len(changed) == 1 else None
        if wanted is None:
            return
        self._edited = wanted
        if self._active and not self._paused and self.enabled:
            self._slide_timer.start(SLIDE_DEBOUNCE_MS)

    def invalidate(self, delay_ms: int = DEBOUNCE_MS) -> None:
        """The document (or an option) changed: render again once things are quiet."""
        self._dirty = True
        if self._active and not self._paused:
            self._timer.start(delay_ms)

    def set_active(self, active: bool) -> None:
        """Render only while shown; on being shown, catch up with what changed meanwhile."""
        if active == self._active:
            return
        self._active = active
        if not active:
            self._timer.stop()
            self._slide_timer.stop()
        elif self._dirty and not self._paused and not self._timer.isActive():
            self._timer.start(SHOW_DELAY_MS)
            if self._edited is not None and self._shown:
                self._slide_timer.start(SLIDE_DEBOUNCE_MS)  # the last edited slide first, then the deck
        if active and self.use_warm and self.enabled:
            # The edited slide's process imports WeasyPrint now, so the first edit finds it warm.
            slide = self.server("slide")
            if slide is not None and slide.pid is None:
                slide.prestart()

    def pause(self) -> None:
        """Make way for a real export (one render at a time): stop the preview's render, redo it later."""
        self._paused = True
        self._timer.stop()
        self._slide_timer.stop()
        if self._run is not None:
            self._dirty = True
            self._run.cancel()

    def resume(self) -> None:
        self._paused = False
        if self._active and self._dirty and self._run is None:
            self._timer.start(SHOW_DELAY_MS)

    def shutdown(self) -> None:
        self._timer.stop()
        self._slide_timer.stop()
        for run in (self._run, self._slide_run):
            if run is not None:
                run.shutdown()
                run.deleteLater()
        self._run = self._slide_run = None

    # --- rendering --------------------------------------------------------------------------------

    def _start(self) -> None:
        if self.doc is None or self._paused or not self._active or not self.enabled:
            return
        if self._run is not None:
            return  # the render in flight sees _dirty when it ends and starts one more
        self._dirty = False
        generation = self.next_generation()
        options = self.options()
        self._options_of[generation] = options
        run = IsolatedRun(self.doc.project.frozen_copy(), options, None, target=self.target,
                          server=self.server("deck"), parent=self)
        run.succeeded.connect(lambda data, g=generation: self._ended(g, data, ""))
        run.failed.connect(lambda reason, g=generation: self._ended(g, None, reason))
        run.stopped.connect(lambda _reason, g=generation: self._ended(g, None, None))
        self._run = run
        self._run_generation = generation
        self.renders_started += 1
        run.start()
        self.started.emit(generation)

    def _ended(self, generation: int, data: bytes | None, reason: str | None) -> None:
        run = self._run
        if run is not None and generation == self._run_generation:
            if run.child_pid is not None:
                self.child_pids.append(run.child_pid)
            run.deleteLater()
            self._run = None
        if data is not None:
            self.accept(generation, data)
        elif reason:
            self.reject(generation, reason)
        if self._dirty and self._active and not self._paused and not self._timer.isActive():
            # Edits arrived during the render: one more, now that it has ended (after a failure, only once
            # things are quiet again, so a proposal that cannot render does not loop).
            self._timer.start(DEBOUNCE_MS if reason else SHOW_DELAY_MS)

    def is_slide_rendering(self) -> bool:
        return self._slide_run is not None

    def _start_slide(self) -> None:
        if self.doc is None or self._paused or not self._active or not self.enabled or self._edited is None:
            return
        options = self.options()
        if options.get("format") != "deck":
            return  # a leave-behind's pages flow on: one page cannot be laid out alone
        if self._slide_run is not None:
            self._slide_dirty = True  # one more once this one ends
            return
        from wizard.export.single import ONLY

        self._slide_dirty = False
        generation = self.next_generation()
        run = IsolatedRun(self.doc.project.frozen_copy(), {**options, ONLY: self._edited}, None, target=SLIDE_TARGET,
                          server=self.server("slide"), lane="slide", parent=self)
        run.succeeded.connect(lambda data, g=generation: self._slide_ended(g, data))
        run.failed.connect(lambda _reason, g=generation: self._slide_ended(g, None))
        run.stopped.connect(lambda _reason, g=generation: self._slide_ended(g, None))
        self._slide_run = run
        self._slide_generation = generation
        self.slide_renders_started += 1
        run.start()

    def _slide_ended(self, generation: int, data: bytes | None) -> None:
        run = self._slide_run
        info: dict[str, Any] = {}
        if run is not None and generation == self._slide_generation:
            info = run.info
            if run.child_pid is not None:
                self.slide_child_pids.append(run.child_pid)
            run.deleteLater()
            self._slide_run = None
        # A slide that cannot be drawn alone says nothing: the whole deck's render reports the reason.
        if data is not None and generation > max(self._shown, self._slide_shown) and info.get("number"):
            self._slide_shown = generation
            self.slide_rendered.emit(generation, data, info)
        if self._slide_dirty and self._active and not self._paused and not self._slide_timer.isActive():
            self._slide_timer.start(0)

    def accept(self, generation: int, pdf: bytes) -> bool:
        """Show a finished render if it is newer than the one on screen; False if it is stale."""
        if generation <= self._shown:
            return False
        self._shown = generation
        self._generation = max(self._generation, generation)
        self.shown_options = self._options_of.get(generation, {})
        self._options_of = {g: o for g, o in self._options_of.items() if g > generation}
        self.rendered.emit(generation, pdf)
        return True

    def reject(self, generation: int, reason: str) -> bool:
        """Report a failed render unless a newer one has been shown already."""
        if generation <= self._shown:
            return False
        self.failed.emit(generation, reason)
        return True


def page_on_white(document: Any, index: int, size: QSize) -> QImage:
    """Page ``index`` of a QPdfDocument at ``size``, painted on white (QtPdf renders it transparent)."""
    page = document.render(index, size)
    canvas = QImage(size, QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, page)
    painter.end()
    return canvas


def fitted(page_size: Any, box: QSize) -> QSize:
    """The largest size with the page's proportions that fits in ``box``."""
    width, height = float(page_size.width()), float(page_size.height())
    if width <= 0 or height <= 0:
        return QSize(box)
    scale = min(box.width() / width, box.height() / height)
    return QSize(max(1, int(width * scale)), max(1, int(height * scale)))


class PageView(QWidget):
    """One slide, as large as the space allows, on white with a thin frame; or a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide_view")
        language.live(self, lambda w: w.setAccessibleName(translate("SlidePreview", "Selected slide")))
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.document: Any = None
        self.index = -1
        self.message = ""
        self._cache: tuple[int, QSize, QImage] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 380)

    def show_page(self, document: Any, index: int) -> None:
        self.document = document
        self.index = index
        self._cache = None
        self.update()

    def show_message(self, text: str) -> None:
        self.message = text
        self.update()

    def image(self) -> QImage | None:
        """The page as drawn now (None while there is none)."""
        if self.document is None or not 0 <= self.index < self.document.pageCount():
            return None
        ratio = self.devicePixelRatioF()
        box = self.rect().adjusted(12, 12, -12, -12).size()
        size = fitted(self.document.pagePointSize(self.index), QSize(int(box.width() * ratio), int(box.height() * ratio)))
        if self._cache is None or self._cache[0] != self.index or self._cache[1] != size:
            image = page_on_white(self.document, self.index, size)
            image.setDevicePixelRatio(ratio)
            self._cache = (self.index, size, image)
        return self._cache[2]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        image = self.image()
        if image is not None:
            ratio = image.devicePixelRatio()
            width, height = int(image.width() / ratio), int(image.height() / ratio)
            target = QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)
            painter.setPen(QColor("#9AA1A9"))
            painter.drawRect(target.adjusted(-1, -1, 0, 0))
            painter.drawImage(target, image)
        elif self.message:
            painter.setPen(QColor("#3C4043"))
            painter.drawText(self.rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), self.message)
        painter.end()


class SlidePreview(QWidget):
    """The deck as it will be exported: a status line, the selected slide, and a strip of every slide."""

    updated = Signal(int)  # slide count of the preview now shown
    slide_updated = Signal(int)  # number of the edited slide now shown on its own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = PreviewRenderer(self)
        #: The slides' minimum height (the form's), kept while a format without slides is chosen.
        self._slides_height = 0
        self.status = QLabel(self)
        self.status.setObjectName("preview_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.view = PageView(self)
        self.thumbnails = QListWidget(self)
        self.thumbnails.setObjectName("slide_thumbnails")
        language.live(self.thumbnails, lambda w: w.setAccessibleName(translate("SlidePreview", "Slides")))
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setUniformItemSizes(True)
        self.thumbnails.setIconSize(THUMB_SIZE)
        self.thumbnails.setSpacing(6)
        self.thumbnails.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.thumbnails.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room for one row of thumbnails, their numbers and a horizontal scroll bar.
        self.thumbnails.setFixedHeight(THUMB_SIZE.height() + 52)
        self.thumbnails.currentRowChanged.connect(self._select)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.thumbnails)
        self.document: Any = None
        self._buffer: Any = None
        #: The edited slide drawn on its own, newer than the deck: (generation, row, document, buffer).
        self._single: tuple[int, int, Any, Any] | None = None
        self._deck_generation = 0
        self._thumbs_to_draw: list[int] = []
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._draw_some_thumbnails)
        self.renderer.started.connect(lambda _g: self._say(translate("SlidePreview", "Updating the preview...")))
        self.renderer.rendered.connect(self._show_deck)
        self.renderer.slide_rendered.connect(self.show_slide)
        self.renderer.failed.connect(lambda _g, reason: self._failed(reason))
        self.view.show_message(translate("SlidePreview", "The slides appear here a moment after the Export step opens."))
        self._say("")

    def bind(self, doc: "ProposalDocument", options: Callable[[], dict[str, Any]]) -> None:
        self.renderer.bind(doc, options)
        doc.proposal_replaced.connect(self.clear)

    def set_unavailable(self, reason: str | None) -> None:
        """Say ``reason`` instead of showing slides (a format without slides is chosen); None shows them again."""
        unavailable = reason is not None
        if (unavailable and not self.renderer.enabled and self.view.message == reason) or \
                (not unavailable and self.renderer.enabled):
            return
        self.renderer.enabled = not unavailable
        self.thumbnails.setVisible(not unavailable)
        # The sentence above the slides says it once; the empty slide area would push the options off screen.
        self.view.setVisible(not unavailable)
        if unavailable:
            self._slides_height = max(self.minimumHeight(), self._slides_height)
            self.setMinimumHeight(0)
        elif self._slides_height:
            self.setMinimumHeight(self._slides_height)
        if unavailable:
            assert reason is not None
            self.view.show_page(None, -1)
            self.view.show_message(reason)
            self._say(reason)
            self.view.setAccessibleDescription(reason)
        else:
            self.view.setAccessibleDescription("")
            if self.document is not None:
                self.view.show_page(self.document, max(self.thumbnails.currentRow(), 0))
            else:
                self.view.show_message(translate("SlidePreview", "Making the preview of this proposal..."))
            self._say("")
            self.renderer.invalidate(0)

    def slide_count(self) -> int:
        return self.thumbnails.count()

    def thumbnails_done(self) -> bool:
        return not self._thumbs_to_draw

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, reason: str) -> None:
        text = fill(translate("SlidePreview", "The preview could not be made: %1"), reason)
        if self.document is not None:
            text += "\n" + translate("SlidePreview", "The slides below are from the last preview that worked.")
        else:
            self.view.show_message(text)
        self._say(text)

    def clear(self) -> None:
        """Forget the slides of another proposal (a new or opened file)."""
        self._drop_single()
        self._thumb_timer.stop()
        self._thumbs_to_draw = []
        self.thumbnails.clear()
        self.view.show_page(None, -1)
        self.view.show_message(translate("SlidePreview", "Making the preview of this proposal..."))
        self.document = None
        self._buffer = None

    def _show_deck(self, generation: int, pdf: bytes) -> None:
        self._deck_generation = generation
        self.show_pdf(pdf)

    def _drop_single(self) -> None:
        if self._single is not None:
            document = self._single[2]
            self._single = None
            if self.view.document is document:
                self.view.show_page(self.document, max(self.thumbnails.currentRow(), 0))
            document.deleteLater()

    def _single_for(self, row: int) -> Any:
        """The edited slide's own document if it is newer than the deck and ``row`` is its place, else None."""
        if self._single is not None and self._single[1] == row and self._single[0] > self._deck_generation:
            return self._single[2]
        return None

    def _read_pdf(self, pdf: bytes, pages: int | None = None) -> tuple[Any, Any] | None:
        """(QPdfDocument, the QBuffer it reads from) for ``pdf``, or None if QtPdf cannot read it or it
        has not ``pages`` pages (at least one when None).  The buffer must outlive the document."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or (count != pages if pages is not None else count < 1):
            document.deleteLater()
            return None
        return document, buffer

    def show_slide(self, generation: int, pdf: bytes, info: dict[str, Any]) -> bool:
        """Show the edited slide, drawn on its own, in the larger view (and its thumbnail) until the deck
        catches up.  False if it is older than the deck shown, or QtPdf cannot read it."""
        if not self.renderer.enabled or generation <= self._deck_generation:
            return False
        loaded = self._read_pdf(pdf, pages=1)
        if loaded is None:
            return False
        document, buffer = loaded
        row = int(info.get("number", 1)) - 1
        total = int(info.get("total", 0))
        old = self._single
        self._single = (generation, row, document, buffer)
        if 0 <= row < self.thumbnails.count():
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(row)
            self.thumbnails.blockSignals(False)
            self._draw_thumbnail(document, 0, self.thumbnails.item(row))
        self.view.show_page(document, 0)
        if old is not None:
            old[2].deleteLater()
        self._say(fill(translate("SlidePreview", "Slide %1 of %2, as it will be exported. The other slides follow "
                                                 "your edits a moment after you stop typing."),
                       number(row + 1), number(total)))
        self.slide_updated.emit(row + 1)
        return True

    def show_pdf(self, pdf: bytes) -> bool:
        """Show a rendered deck; keeps the selected slide where it can.  False if QtPdf cannot read it, or if
        a format without slides was chosen while it was being made."""
        if not self.renderer.enabled:
            return False
        loaded = self._read_pdf(pdf)
        if loaded is None:
            self._failed(translate("SlidePreview", "the rendered PDF could not be read back for display"))
            return False
        document, buffer = loaded
        keep = max(self.thumbnails.currentRow(), 0)
        old = self.document
        # The buffer must outlive the document that reads from it.
        self.document, self._buffer = document, buffer
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        placeholder = QPixmap(THUMB_SIZE)
        placeholder.fill(BACKDROP)
        for index in range(document.pageCount()):
            item = QListWidgetItem(QIcon(placeholder), str(index + 1), self.thumbnails)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(fill(translate("SlidePreview", "Slide %1"), number(index + 1)))
        row = min(keep, document.pageCount() - 1)
        self.thumbnails.setCurrentRow(row)
        self.thumbnails.blockSignals(False)
        single = self._single_for(row)
        if single is not None:
            self.view.show_page(single, 0)  # the edited slide drawn after this deck was started
        else:
            self._drop_single()
            self.view.show_page(document, row)
        if old is not None:
            old.deleteLater()
        self._thumbs_to_draw = list(range(document.pageCount()))
        self._thumb_timer.start()
        count = document.pageCount()
        pages = self.renderer.shown_options.get("format") == "leave-behind"
        self._say(fill(translate("SlidePreview", "%1 pages, as they will be exported. The preview follows your edits a moment "
                                                 "after you stop typing.") if pages else
                       translate("SlidePreview", "%1 slides, as they will be exported. The preview follows your edits a moment "
                                                 "after you stop typing."), number(count)))
        self.updated.emit(count)
        return True

    def _draw_some_thumbnails(self) -> None:
        document = self.document
        if document is None:
            self._thumb_timer.stop()
            return
        for _ in range(THUMBS_PER_PASS):
            if not self._thumbs_to_draw:
                self._thumb_timer.stop()
                return
            index = self._thumbs_to_draw.pop(0)
            item = self.thumbnails.item(index)
            if item is None:
                continue
            single = self._single_for(index)
            self._draw_thumbnail(single if single is not None else document, 0 if single is not None else index, item)

    def _draw_thumbnail(self, document: Any, index: int, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        ratio = self.devicePixelRatioF()
        size = fitted(document.pagePointSize(index), QSize(int(THUMB_SIZE.width() * ratio), int(THUMB_SIZE.height() * ratio)))
        image = page_on_white(document, index, size)
        image.setDevicePixelRatio(ratio)
        pixmap = QPixmap.fromImage(image)
        icon = QIcon(pixmap)
        # The selection is shown by the highlighted number; a tinted slide would look different.
        icon.addPixmap(pixmap, QIcon.Mode.Selected)
        item.setIcon(icon)

    def _select(self, row: int) -> None:
        single = self._single_for(row)
        if single is not None:
            self.view.show_page(single, 0)
        elif self.document is not None and row >= 0:
            self.view.show_page(self.document, row)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.renderer.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if not event.spontaneous():  # a minimised window keeps its place; it just is not drawn
            self.renderer.set_active(False)
