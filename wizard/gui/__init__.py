"""The Qt layer of CityPitch: the wizard window, its pages, and the binding between widgets and the model.

Nothing in here holds data of its own: the pydantic :class:`~wizard.model.Proposal` inside a
:class:`~wizard.gui.document.ProposalDocument` is the document, and every widget only shows and edits it
through undoable commands; what is derived from it comes from one
:class:`~wizard.gui.analysismodel.AnalysisModel`.  Folders are screens (``window``, ``steps``,
``tables``, ``finance``, ``review``, ``export``, ``recovery``).  Heavy libraries (WeasyPrint, numpy) are
imported only when first needed.
"""

from wizard.gui import refcounts as _refcounts

# Before any Qt call: PySide6 6.12.0 loses references to None and True on CPython 3.11 (see refcounts).
_refcounts.protect()
