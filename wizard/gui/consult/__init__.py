"""Working with a consultant in the window: comments, versions, comparison, sign-off, session notes.

:mod:`~wizard.gui.consult.controller` is made by the main window and does every action through the
Qt-free core (:mod:`wizard.review`); the panels (:mod:`~wizard.gui.consult.comments_panel`,
:mod:`~wizard.gui.consult.versions_panel`), the comparison (:mod:`~wizard.gui.consult.compare`), the
dialogs and the markers on the step pages (:mod:`~wizard.gui.consult.markers`) only show and ask.
"""
