"""Working with a consultant: comments, saved versions, comparison, sign-off and session notes (no Qt).

Everything is kept inside the ``.citypitch`` file as entries beside ``proposal.json`` (see
:mod:`wizard.review.store`), never in the proposal model and never in investor-facing output.

- :mod:`~wizard.review.comments`: comments on any field or table row, replies, open/resolved, and
  anchors that follow rows as they are inserted, removed or moved;
- :mod:`~wizard.review.versions`: "Save a version", list, open read-only, restore, delete; stored
  compactly (shared content and images stored once);
- :mod:`~wizard.review.diff`: the comparison behind ``citypitch diff``;
- :mod:`~wizard.review.signoff`: sign-off, staleness, the export's DRAFT rule and metadata;
- :mod:`~wizard.review.sessions` and :mod:`~wizard.review.memo`: session notes and the review memo;
- :mod:`~wizard.review.judgement`: the one place that reads readiness bands and gates.

The command line is in :mod:`wizard.review.commands` (``citypitch comments``, ``versions``, ``diff``...).
"""

from wizard.review.store import ReviewError, has_review

__all__ = ["ReviewError", "has_review"]
