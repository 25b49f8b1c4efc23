"""Show the Review step alone: ``python -m wizard.gui.review [SAMPLE] [--png OUT.png]``."""

from __future__ import annotations

import sys
import typing

from wizard.analysis import analyse
from wizard.gui import harness
from wizard.gui.document import ProposalDocument
from wizard.gui.review.page import ReviewPage
from wizard.gui.window.pages import make_page


def make_review(doc: ProposalDocument) -> ReviewPage:
    """The Review page showing the analysis of the document's proposal."""
    page = typing.cast(ReviewPage, make_page("review", doc))
    page.panel.set_analysis(analyse(doc.proposal))
    return page


if __name__ == "__main__":
    sys.exit(harness.main(make_review, "python -m wizard.gui.review", sys.argv[1:]))
