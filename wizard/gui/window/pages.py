"""The window's pages: which class shows each step, and the map that builds each page on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QWidget

from wizard.gui.analysismodel import AnalysisModel
from wizard.gui.document import ProposalDocument
from wizard.gui.review.page import ReviewPage
from wizard.gui.steps.pages import HintedPage, StartPage, WizardPage
from wizard.steps import BY_ID, STEP_IDS, form_patterns

PAGE_CLASSES: dict[str, type[WizardPage]] = {
    "start": StartPage,
    "vision": HintedPage,
    "problem": HintedPage,
    "review": ReviewPage,
}


def make_page(step_id: str, doc: ProposalDocument, parent: QWidget | None = None, *,
              analysis: AnalysisModel | None = None) -> WizardPage:
    """The page of a step; pages that show derived data follow ``analysis`` (their own model if None)."""
    if step_id == "export":
        # Imported when the Export step is first built: its preview is not needed to show the window.
        from wizard.gui.export.page import ExportPage

        return ExportPage(BY_ID[step_id], doc, parent, analysis=analysis)
    if step_id == "finance":
        # Imported when the Financial case step is first built: its panel, charts and spreadsheet import
        # (about 30 ms of imports) are not needed to show the window.
        from wizard.gui.finance.page import FinancePage

        return FinancePage(BY_ID[step_id], doc, parent, analysis=analysis)
    page = PAGE_CLASSES.get(step_id, WizardPage)(BY_ID[step_id], doc, parent)
    if step_id == "city_team":
        from wizard.gui.steps.placepicker import PlacePicker

        page.place_picker = PlacePicker(page, doc)  # type: ignore[attr-defined]
    return page


class PageMap(Mapping[str, WizardPage]):
    """The window's pages by step id, each built the first time it is asked for.

    Building all twelve pages took most of the start-up time, yet a session starts on one page: a page
    is built when it is shown or asked for (``window.pages["finance"]``).  Iterating gives every step
    (so ``pages.values()`` builds them all); the window itself works with :meth:`built` and asks pages
    not built yet for nothing (their field patterns come from the forms, see
    :func:`wizard.steps.form_patterns`).
    """

    def __init__(self, build: Callable[[str], WizardPage], on_built: Callable[[str, WizardPage], None]) -> None:
        self._build = build
        self._on_built = on_built
        self._pages: dict[str, WizardPage] = {}

    def __getitem__(self, step_id: str) -> WizardPage:
        page = self._pages.get(step_id)
        if page is None:
            if step_id not in BY_ID:
                raise KeyError(step_id)
            page = self._pages[step_id] = self._build(step_id)
            self._on_built(step_id, page)
        return page

    def __contains__(self, step_id: object) -> bool:
        return step_id in BY_ID

    def __iter__(self) -> Iterator[str]:
        return iter(STEP_IDS)

    def __len__(self) -> int:
        return len(STEP_IDS)

    def is_built(self, step_id: str) -> bool:
        return step_id in self._pages

    def built(self) -> dict[str, WizardPage]:
        """The pages built so far, in step order."""
        return {sid: self._pages[sid] for sid in STEP_IDS if sid in self._pages}

    def patterns(self, step_id: str) -> list[str]:
        """The field patterns of a step's page, without building it."""
        page = self._pages.get(step_id)
        return page.patterns() if page is not None else list(form_patterns(step_id))
