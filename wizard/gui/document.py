"""The open proposal as a Qt document: the Project, its undo stack, and change signals.

Every edit goes through an undoable command pushed on :attr:`ProposalDocument.undo_stack`; widgets
never assign to the model themselves.  A value is validated by assigning it with
:func:`wizard.paths.set` (the model validates on assignment): if pydantic refuses it, nothing is
pushed, the model keeps its last valid value, and :class:`FieldRefused` carries the plain-language
reason from :func:`wizard.errors.problem_what` (in the interface's language) back to the widget that asked.

Signals are past-tense events: ``field_changed(path)`` after any value or row change (for a row
change the path is the list's path), ``proposal_replaced()`` after New/Open, ``modified_changed(bool)``
when the document stops or starts matching what is on disk.  ``rows_changed(path, kind, index, other)``
says which rows moved, so that what is attached to rows (comments) follows them exactly: ``"inserted"``
or ``"removed"`` one row at ``index``, or ``"moved"`` the row at ``index`` to ``other``; it comes
right after the ``field_changed`` of the list, on redo and undo alike.  ``review_changed()`` follows a
change of the review part (comments, versions, sign-off) kept beside the proposal, and
``about_to_write()`` comes just before the project is saved or copied for autosave
(:meth:`ProposalDocument.prepare_to_write`), so the review part can be brought up to date first.
"""

from __future__ import annotations

import copy
import time
import typing
from pathlib import Path

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from wizard import paths, presets
from wizard.errors import problem_what
from wizard.gui import language
from wizard.gui.language import fill, translate
from wizard.model import Choice, Proposal
from wizard.projectfile import Project

#: Edits of one field closer together than this (seconds) merge into one undo step...
MERGE_WINDOW_S = 3.0


class FieldRefused(ValueError):
    """A value the model will not take; ``message`` says what is wrong in a planner's words."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _refusal(path: str, exc: ValidationError, owner: type[BaseModel]) -> FieldRefused:
    # Assignment errors are located relative to the model that owns the field (a section or a row);
    # the widget already says which field it is, so only the reason after "Where: " is kept.
    # What is wrong in the interface's language (wizard.errors.problem_what; the English as explain words it).
    from wizard.gui.coretexts import say

    reasons = [say(problem_what(error, owner)) for error in exc.errors(include_url=False)]
    return FieldRefused(path, "; ".join(reasons) or "this value is not valid")


class SetFieldCommand(QUndoCommand):
    """Set one field; consecutive edits of the same text field within a word merge into one step."""

    MERGE_ID = 1001

    def __init__(self, doc: "ProposalDocument", path: str, new: typing.Any, old: typing.Any, title: str = "",
                 mergeable: bool = True) -> None:
        super().__init__(title if not mergeable and title else fill(translate("Undo", "Edit %1"), field_name(path, title)))
        self.mergeable = mergeable
        self.doc = doc
        self.path = path
        self.new = new
        self.old = old
        self.stamp = time.monotonic()

    def id(self) -> int:
        return self.MERGE_ID

    def redo(self) -> None:
        self.doc._apply(self.path, self.new)
        if not self.doc._pushing:
            self.doc._open_command = None

    def undo(self) -> None:
        self.doc._apply(self.path, self.old)
        self.doc._open_command = None

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetFieldCommand) or other.path != self.path:
            return False
        if not (self.mergeable and other.mergeable):
            return False
        if self.doc._open_command is not self:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        if isinstance(self.new, Choice) or isinstance(other.new, Choice):
            return False  # a choice is text underneath, but each one picked is its own step
        if isinstance(self.new, str) and isinstance(other.new, str):
            # A new word starts a new step: the merged text ended in a space and the new one adds
            # a letter after it.
            if self.new[-1:].isspace() and other.new.startswith(self.new) and not other.new[len(self.new):].isspace():
                return False
        elif not (isinstance(self.new, list) and isinstance(other.new, list)):
            # Numbers, dates and choices are committed whole; each is its own step.
            return False
        self.new = other.new
        self.stamp = other.stamp
        return True


def _table_title(path: str) -> str:
    """The title of the list at ``path`` ("KPIs"), for naming undo steps, in the interface's language."""
    from wizard.fields import field_title

    try:
        return field_title(path, language.current())
    except KeyError:
        return path


def field_name(path: str, title: str = "") -> str:
    """How an undo step names the field at ``path``: ``title`` as the caller gave it, in the interface's language.

    Undo steps are named in the language of the moment they are made; the history keeps those names.  A
    caller's ``title`` is the field's English title (translated here through :func:`wizard.fields.field_title`,
    the one source of field titles), another English title the tables list (``columns``), or a text the caller
    has translated already.
    """
    lang = language.current()
    if lang == "en":
        return title or path
    from wizard.fields import field_title, spec

    try:
        english = spec(path).title
    except KeyError:
        return translate("Fields", title) if title else path
    if not title or title == english:
        return field_title(path, lang)
    return translate("Fields", title)


def _value_name(value: typing.Any) -> str:
    """A value as an undo step shows it: a choice by its label in the interface's language."""
    return language.choice_label(value) if isinstance(value, Choice) else str(value)


class InsertRowCommand(QUndoCommand):
    def __init__(self, doc: "ProposalDocument", path: str, index: int, row: BaseModel, text: str = "") -> None:
        super().__init__(text or fill(translate("Undo", "Add a row to %1"), _table_title(path)))
        self.doc, self.path, self.index, self.row = doc, path, index, row

    def redo(self) -> None:
        self.doc._rows(self.path).insert(self.index, copy.deepcopy(self.row))
        self.doc._emit_rows(self.path, "inserted", self.index)

    def undo(self) -> None:
        del self.doc._rows(self.path)[self.index]
        self.doc._emit_rows(self.path, "removed", self.index)


class RemoveRowCommand(QUndoCommand):
    def __init__(self, doc: "ProposalDocument", path: str, index: int, text: str = "") -> None:
        super().__init__(text or fill(translate("Undo", "Remove row %1 from %2"), language.number(index + 1), _table_title(path)))
        self.doc, self.path, self.index = doc, path, index
        self.row: typing.Any = None

    def redo(self) -> None:
        self.row = self.doc._rows(self.path).pop(self.index)
        self.doc._emit_rows(self.path, "removed", self.index)

    def undo(self) -> None:
        self.doc._rows(self.path).insert(self.index, self.row)
        self.doc._emit_rows(self.path, "inserted", self.index)


class MoveRowCommand(QUndoCommand):
    def __init__(self, doc: "ProposalDocument", path: str, source: int, target: int, text: str = "") -> None:
        moved = translate("Undo", "Move row %1 of %2 up") if target < source else translate("Undo", "Move row %1 of %2 down")
        super().__init__(text or fill(moved, language.number(source + 1), _table_title(path)))
        self.doc, self.path, self.source, self.target = doc, path, source, target

    def _move(self, a: int, b: int) -> None:
        rows = self.doc._rows(self.path)
        rows.insert(b, rows.pop(a))
        self.doc._emit_rows(self.path, "moved", a, b)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)


class ProposalDocument(QObject):
    """The project being edited, with undo, and the signals every view follows."""

    field_changed = Signal(str)
    proposal_replaced = Signal()
    modified_changed = Signal(bool)
    path_changed = Signal()
    read_only_changed = Signal(bool)
    rows_changed = Signal(str, str, int, int)  # list path, "inserted" / "removed" / "moved", index, target
    review_changed = Signal()
    about_to_write = Signal()

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project if project is not None else Project()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._pushing = False
        self._open_command: SetFieldCommand | None = None
        #: Why the document may not be edited (another editor holds the file, a newer schema), or None.
        self.read_only_reason: str | None = None

    # --- reading -------------------------------------------------------------------------------

    @property
    def proposal(self) -> Proposal:
        return self.project.proposal

    @property
    def path(self) -> Path | None:
        return self.project.path

    def get(self, path: str) -> typing.Any:
        return paths.get(self.proposal, path)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def is_read_only(self) -> bool:
        return self.read_only_reason is not None

    def set_read_only(self, reason: str | None) -> None:
        """Refuse every edit with ``reason`` (None: editable again); views follow ``read_only_changed``."""
        was = self.is_read_only()
        self.read_only_reason = reason
        if was != self.is_read_only():
            self.read_only_changed.emit(self.is_read_only())

    def _check_editable(self, path: str) -> None:
        if self.read_only_reason is not None:
            raise FieldRefused(path, fill(translate("Document", "this proposal is open read-only: %1"), self.read_only_reason))

    # --- editing -------------------------------------------------------------------------------

    def set_field(self, path: str, value: typing.Any, title: str = "", *, merge: bool = True) -> bool:
        """Validate and set ``path`` as one undoable step; FieldRefused if the model refuses it.

        Returns False (and pushes nothing) when the value equals the current one.  With ``merge=False``
        the step never merges with the edits around it, and ``title`` is its whole name in the Edit menu
        (an acknowledgement is one step of its own, however quickly the next one follows).
        """
        self._check_editable(path)
        old = self.get(path)
        try:
            paths.set(self.proposal, path, value)
        except ValidationError as exc:
            raise _refusal(path, exc, self._owner(path)) from None
        new = self.get(path)
        if new == old and type(new) is type(old):
            return False
        follow = presets.follow_ups(self.proposal, path, new)
        if follow:
            return self._set_with_follow_ups(path, new, old, title, follow)
        # The value is already in place; the command's first redo sets it again, harmlessly, and
        # emits the change.
        command = SetFieldCommand(self, path, copy.deepcopy(new), copy.deepcopy(old), title, merge)
        self._push(command)
        return True

    def _set_with_follow_ups(self, path: str, new: typing.Any, old: typing.Any, title: str,
                             follow: list[presets.FollowUp]) -> bool:
        """Set ``path`` (already validated and in place) and what it implies, as one undo step."""
        if language.current() == "en":
            also = " and ".join(f.description for f in follow)
            self.begin_macro(f"Set {title or path} to {_value_name(new)} and {also}")
        else:
            parts = [fill(translate("Undo", "%1: %2"), field_name(f.path, f.title), _value_name(f.value)) for f in follow]
            also = parts[0]
            for part in parts[1:]:
                also = fill(translate("Undo", "%1, %2"), also, part)
            self.begin_macro(fill(translate("Undo", "Set %1 to %2 (also %3)"), field_name(path, title), _value_name(new), also))
        try:
            self._push(SetFieldCommand(self, path, copy.deepcopy(new), copy.deepcopy(old), title))
            for step in follow:
                try:
                    self.set_field(step.path, step.value, step.title)
                except FieldRefused:  # pragma: no cover - presets are values the model takes
                    pass
        finally:
            self.end_macro()
        return True

    def insert_row(self, path: str, index: int, row: BaseModel | None = None, text: str = "") -> None:
        """Insert a row (an empty one when ``row`` is None); ``text`` names the undo step if given."""
        self._check_editable(path)
        rows = self._rows(path)
        if row is None:
            from wizard.fields import spec

            model = spec(path).row_model
            assert model is not None
            row = model()
        index = max(0, min(index, len(rows)))
        self._push(InsertRowCommand(self, path, index, row, text))

    def remove_row(self, path: str, index: int, text: str = "") -> None:
        self._check_editable(path)
        if 0 <= index < len(self._rows(path)):
            self._push(RemoveRowCommand(self, path, index, text))

    def move_row(self, path: str, source: int, target: int, text: str = "") -> None:
        self._check_editable(path)
        count = len(self._rows(path))
        if 0 <= source < count and 0 <= target < count and source != target:
            self._push(MoveRowCommand(self, path, source, target, text))

    def begin_macro(self, text: str) -> None:
        self._open_command = None
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()
        self._open_command = None

    def push(self, command: QUndoCommand) -> None:
        """Push a command built elsewhere (e.g. the Review page's acknowledgement)."""
        self._check_editable("")
        self._push(command)

    # --- whole-document changes -----------------------------------------------------------------

    def replace(self, project: Project) -> None:
        """Show another project (New/Open): the undo history starts again and the document is clean."""
        self.project = project
        self._open_command = None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.proposal_replaced.emit()
        self.path_changed.emit()
        self.modified_changed.emit(False)

    def prepare_to_write(self) -> None:
        """Called just before the project is saved or copied for autosave (see ``about_to_write``)."""
        self.about_to_write.emit()

    def mark_saved(self, path: Path) -> None:
        self.project.path = path
        self.undo_stack.setClean()
        self._open_command = None
        self.path_changed.emit()

    # --- internals used by the commands --------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        # When push() merged the command into the one on top, Qt deleted it; the top is unchanged.
        top = self.undo_stack.command(self.undo_stack.index() - 1) if self.undo_stack.index() else None
        if isinstance(command, SetFieldCommand):
            if top is command and not self._in_macro():
                self._open_command = command
        else:
            self._open_command = None

    def _in_macro(self) -> bool:
        # QUndoStack has no public "inside a macro" query; a macro in progress makes canUndo False.
        return self.undo_stack.index() > 0 and not self.undo_stack.canUndo()

    def _owner(self, path: str) -> type[BaseModel]:
        parts = paths.parse(path)
        parent = paths.get(self.proposal, parts[:-1]) if len(parts) > 1 else self.proposal
        return type(parent) if isinstance(parent, BaseModel) else Proposal

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _rows(self, path: str) -> list[typing.Any]:
        rows = self.get(path)
        if not isinstance(rows, list):
            raise KeyError(f"{path} is not a list")
        return rows

    def _apply(self, path: str, value: typing.Any) -> None:
        paths.set(self.proposal, path, copy.deepcopy(value))
        self._emit(path)

    def _emit(self, path: str) -> None:
        self.field_changed.emit(path)

    def _emit_rows(self, path: str, kind: str, index: int, target: int = -1) -> None:
        self.field_changed.emit(path)
        self.rows_changed.emit(path, kind, index, target)
