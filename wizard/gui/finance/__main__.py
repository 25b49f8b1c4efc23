"""Show the Financial case step alone: ``python -m wizard.gui.finance [SAMPLE] [--png OUT.png]``."""

from __future__ import annotations

import sys

from wizard.gui import harness
from wizard.gui.window.pages import make_page

if __name__ == "__main__":
    sys.exit(harness.main(lambda doc: make_page("finance", doc), "python -m wizard.gui.finance", sys.argv[1:]))
