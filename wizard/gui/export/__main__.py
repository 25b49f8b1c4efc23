"""Show the Export step alone, or write it to a PNG once its slide preview has been rendered.

``python -m wizard.gui.export [SAMPLE] [--png OUT.png] [--width PX]``
"""

from __future__ import annotations

import argparse
import sys
import typing

from PySide6.QtWidgets import QWidget

from wizard.gui import harness
from wizard.gui.export.page import ExportPage
from wizard.gui.window.pages import make_page


def run_export(args: argparse.Namespace) -> int:
    def busy(widget: QWidget) -> bool:
        preview = typing.cast(ExportPage, widget).preview
        return preview.renderer.is_pending() or not preview.thumbnails_done()

    return harness.run(lambda doc: make_page("export", doc), args, busy=busy,
                       finish=lambda widget: typing.cast(ExportPage, widget).shutdown())


if __name__ == "__main__":
    sys.exit(run_export(harness.parser("python -m wizard.gui.export").parse_args(sys.argv[1:])))
