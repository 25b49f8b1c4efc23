"""Undo for review actions: each comment, reply, version, sign-off or restore is one step.

The review part lives in :attr:`wizard.projectfile.Project.other_members` as bytes, so a review action
is undone by putting back the entries as they were before it, and redone by putting back those it left
(:class:`ReviewCommand`).  Restoring a saved version also replaces the proposal and its images
(:class:`RestoreCommand`); the views follow ``proposal_replaced``, as after Open.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QUndoCommand

from wizard.gui.document import ProposalDocument
from wizard.model import Proposal


def _put_members(doc: ProposalDocument, members: Mapping[str, bytes]) -> None:
    target = doc.project.other_members
    if target == members:
        return
    target.clear()
    target.update(members)


class ReviewCommand(QUndoCommand):
    """One review action: the project's other entries before and after it (bytes are shared, not copied)."""

    def __init__(self, doc: ProposalDocument, text: str, before: Mapping[str, bytes], after: Mapping[str, bytes]) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        _put_members(self.doc, self.after)
        self.doc.review_changed.emit()

    def undo(self) -> None:
        _put_members(self.doc, self.before)
        self.doc.review_changed.emit()


class RestoreCommand(QUndoCommand):
    """A saved version made the current draft: proposal, images and review entries before and after."""

    def __init__(self, doc: ProposalDocument, text: str,
                 before: tuple[Proposal, Mapping[str, bytes], Mapping[str, bytes]],
                 after: tuple[Proposal, Mapping[str, bytes], Mapping[str, bytes]]) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = (before[0], dict(before[1]), dict(before[2]))
        self.after = (after[0], dict(after[1]), dict(after[2]))

    def _show(self, state: tuple[Proposal, dict[str, bytes], dict[str, bytes]]) -> None:
        proposal, assets, members = state
        project = self.doc.project
        project.proposal = proposal
        project.assets = dict(assets)
        _put_members(self.doc, members)
        self.doc.proposal_replaced.emit()
        self.doc.review_changed.emit()

    def redo(self) -> None:
        self._show(self.after)

    def undo(self) -> None:
        self._show(self.before)
