"""Show the Review step alone: ``python -m wizard.gui.review [SAMPLE] [--png OUT.png]``."""

from __future__ import annotations

import sys
import typing

from wizard.gui import harness, status
from wizard.gui.document import ProposalDocument
from wizard.gui.review.page import ReviewPage
from wizard.gui.window.pages import make_page
from wizard.steps import STEPS, TITLES, form_patterns


def make_review(doc: ProposalDocument) -> ReviewPage:
    """The Review page with the report on the document's proposal."""
    page = typing.cast(ReviewPage, make_page("review", doc))
    report = status.build(doc.proposal, {s.id: list(form_patterns(s.id)) for s in STEPS if s.has_fields})
    page.panel.set_report(report, TITLES)
    return page


if __name__ == "__main__":
    sys.exit(harness.main(make_review, "python -m wizard.gui.review", sys.argv[1:]))
