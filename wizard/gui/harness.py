"""Show one screen alone for review, or write it to a PNG: the page-preview harness.

In the spirit of Orange's ``WidgetPreview``: this module imports no screen.  Each screen's folder has
a ``__main__`` module that hands it a factory (``python -m wizard.gui.steps vision SAMPLE --png
out.png``), so a harness can never put a screen into an import cycle.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from wizard import projectfile, resources
from wizard.gui.document import ProposalDocument
from wizard.gui.fonts import register_fonts

Factory = Callable[[ProposalDocument], QWidget]


def parser(prog: str, steps: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The harness's options (with ``steps``, a first argument choosing one of them)."""
    parser = argparse.ArgumentParser(prog=prog)
    if steps:
        parser.add_argument("step", choices=list(steps))
    parser.add_argument("sample", nargs="?", help="a bundled sample to fill the screen with")
    parser.add_argument("--png", help="write the screen to this PNG instead of showing it")
    parser.add_argument("--width", type=int, default=1000)
    return parser


def run(make: Factory, args: argparse.Namespace, *, busy: Callable[[QWidget], bool] | None = None,
        finish: Callable[[QWidget], None] | None = None) -> int:
    """Build the screen from ``make`` on a document (the sample, or a new proposal) and show or grab it.

    ``busy(widget)`` is polled (up to three minutes) before the PNG is taken, for screens that fill
    in the background (the Export step's slide preview); ``finish(widget)`` runs afterwards.
    """
    app = QApplication.instance() or QApplication([])
    register_fonts()
    project = projectfile.load(resources.sample_path(args.sample)) if args.sample else projectfile.Project()
    project.path = None  # as the window opens a sample: never suggest writing into the installation
    widget = make(ProposalDocument(project))
    if not args.png:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        scroll.resize(args.width, 800)
        scroll.show()
        return app.exec()
    if busy is not None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        scroll.resize(args.width, 800)
        scroll.show()
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and busy(widget):
            app.processEvents()
            time.sleep(0.02)
        widget.resize(args.width, widget.sizeHint().height())
        app.processEvents()
    else:
        widget.resize(args.width, widget.sizeHint().height())
        widget.adjustSize()
        widget.resize(args.width, max(widget.sizeHint().height(), 600))
    widget.grab().save(args.png)
    if finish is not None:
        finish(widget)
    return 0


def main(make: Factory, prog: str, argv: Sequence[str]) -> int:
    return run(make, parser(prog).parse_args(list(argv)))
