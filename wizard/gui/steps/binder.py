"""The generic binder: loads a page's widgets from the model and turns their edits into commands.

A page's widgets are found by objectName (see :mod:`wizard.fields`: ``vision__statement``
edits ``vision.statement``).  What the widget is decides how it is read and written:

- QLineEdit: one-line text is committed as you type (merged into one undo step per word); numbers,
  years and dates are committed when you leave the field or press Enter, because half-typed numbers
  ("20" on the way to "2030") are not values.  Empty means "not given".
- QPlainTextEdit: long text as you type; a ``list[str]`` field is one item per line.
- QComboBox: a Choice field, an empty entry first; QCheckBox: a yes/no field; QListWidget: a
  ``list[Choice]`` field as check boxes.
- :class:`~wizard.gui.tables.listeditor.ListEditor`: a table for a list of rows (bound by the editor itself).

A refused value stays in the widget as typed, with the reason under it, a red border and the reason as
the widget's accessible description; the model keeps its last valid value.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from wizard import fields
from wizard.gui.document import FieldRefused, ProposalDocument

ERROR_STYLE = "border: 1px solid #B3261E;"
ERROR_COLOUR = "#B3261E"
NOTE_COLOUR = "#7A4F01"


def _form_row(layout: QFormLayout, widget: QWidget) -> int:
    """The row of ``widget`` in a form layout (-1 if it is not there)."""
    # PySide6 6.12's stubs type QFormLayout.getWidgetPosition as returning object; it returns
    # (row, role), as getLayoutPosition is typed.
    row, _role = typing.cast("tuple[int, QFormLayout.ItemRole]", layout.getWidgetPosition(widget))
    return row


class FieldBinding(QObject):
    """One widget bound to one model field."""

    focused = Signal(str)
    error_changed = Signal(str, str)  # pattern, message ("" when cleared)

    def __init__(self, doc: ProposalDocument, widget: QWidget, spec: fields.FieldSpec) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        self.spec = spec
        self.path = spec.pattern
        self.error = ""
        self._loading = False
        self._error_label: QLabel | None = None
        self._note_label: QLabel | None = None
        self.note = ""
        if not widget.accessibleName():
            widget.setAccessibleName(spec.title)
        widget.setToolTip(spec.title)
        widget.installEventFilter(self)
        # Some inputs are read-only by design (the logo's name, set by its picker): keep them so.
        self._designed_read_only = bool(getattr(widget, "isReadOnly", lambda: False)())
        self._connect()
        self.load()

    def set_read_only(self, read_only: bool) -> None:
        """Let the value be read and copied, but not changed."""
        w = self.widget
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.setReadOnly(read_only or self._designed_read_only)
        else:
            w.setEnabled(not read_only)

    # --- widget <-> model ------------------------------------------------------------------------

    def _connect(self) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            if self.spec.kind == "line":
                w.textEdited.connect(lambda _t: self.commit())
            else:
                w.editingFinished.connect(self.commit)
        elif isinstance(w, QPlainTextEdit):
            w.setUndoRedoEnabled(False)
            w.textChanged.connect(self._on_text_changed)
        elif isinstance(w, QComboBox):
            assert self.spec.enum is not None
            w.addItem("", None)
            for member in self.spec.enum:
                w.addItem(member.label, member.value)
            w.currentIndexChanged.connect(lambda _i: self._on_changed())
        elif isinstance(w, QCheckBox):
            w.toggled.connect(lambda _b: self._on_changed())
        elif isinstance(w, QListWidget):
            assert self.spec.enum is not None
            for member in self.spec.enum:
                item = QListWidgetItem(member.label, w)
                item.setData(Qt.ItemDataRole.UserRole, member.value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
            w.itemChanged.connect(lambda _item: self._on_changed())
        else:
            raise TypeError(f"{w.objectName()}: no binding for {type(w).__name__}")

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.commit()

    def _on_changed(self) -> None:
        if not self._loading:
            self.commit()

    def widget_value(self) -> typing.Any:
        """What the widget holds, as a value to offer the model (before validation)."""
        w, sp = self.widget, self.spec
        if isinstance(w, QLineEdit):
            return fields.from_text(sp, w.text())
        if isinstance(w, QPlainTextEdit):
            return fields.from_text(sp, w.toPlainText())
        if isinstance(w, QComboBox):
            data = w.currentData()
            return None if data is None else sp.enum(data)  # type: ignore[misc]
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QListWidget):
            assert sp.enum is not None
            checked = [
                sp.enum(w.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ]
            # Keep the order the proposal already has (the deck lists them that way); new ones go last.
            current = [m for m in self.doc.get(self.path) or [] if m in checked]
            return current + [m for m in checked if m not in current]
        raise TypeError(type(w))

    def commit(self) -> bool:
        """Offer the widget's value to the model; show the refusal at the field if there is one."""
        try:
            value = self.widget_value()
            if fields.same(self.spec, value, self.doc.get(self.path)) and not self.error:
                return True
            self.doc.set_field(self.path, value, self.spec.title)
        except FieldRefused as refusal:
            self.show_error(refusal.message)
            return False
        self.show_error("")
        return True

    def has_pending_text(self) -> bool:
        """True when a number/date box holds text not yet offered to the model."""
        if not isinstance(self.widget, QLineEdit) or self.spec.kind == "line":
            return False
        try:
            return not fields.same(self.spec, self.widget_value(), self.doc.get(self.path))
        except ValueError:
            return True

    def load(self) -> None:
        """Show the model's value, unless the widget already shows it (keeps the user's own typing)."""
        model_value = self.doc.get(self.path)
        try:
            if fields.same(self.spec, self.widget_value(), model_value) and not self.error:
                return
        except ValueError:
            pass
        self._loading = True
        try:
            w, sp = self.widget, self.spec
            if isinstance(w, QLineEdit):
                w.setText(fields.to_text(sp, model_value))
                if not w.hasFocus():
                    w.setCursorPosition(0)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(fields.to_text(sp, model_value))
            elif isinstance(w, QComboBox):
                index = w.findData(model_value.value) if model_value is not None else 0
                w.setCurrentIndex(max(index, 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(model_value))
            elif isinstance(w, QListWidget):
                chosen = {m.value for m in model_value or []}
                for i in range(w.count()):
                    item = w.item(i)
                    state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
                    item.setCheckState(state)
        finally:
            self._loading = False
        self.show_error("")

    # --- refusal display -------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        if message == self.error:
            return
        self.error = message
        self.widget.setStyleSheet(ERROR_STYLE if message else "")
        self.widget.setAccessibleDescription(message)
        label = self._label()
        if label is not None:
            label.setText(message)
            label.setVisible(bool(message))
            self._set_row_visible(label, bool(message))
        self.error_changed.emit(self.path, message)

    def _label(self) -> QLabel | None:
        if self._error_label is None and self.error:
            parent = self.widget.parentWidget()
            layout = parent.layout() if parent is not None else None
            if not isinstance(layout, QFormLayout):
                return None
            row = _form_row(layout, self.widget)
            if row < 0:
                return None
            label = QLabel(parent)
            label.setObjectName(f"error_{self.widget.objectName()}")
            # The message quotes what the user typed: never interpret it as markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            layout.insertRow(row + 1, "", label)
            self._error_label = label
        return self._error_label

    def show_note(self, text: str) -> None:
        """Show what the readiness checks say about this field (advice: the value is kept)."""
        if text == self.note:
            return
        self.note = text
        if self._note_label is None and text:
            parent = self.widget.parentWidget()
            layout = parent.layout() if parent is not None else None
            if not isinstance(layout, QFormLayout):
                return
            row = _form_row(layout, self.widget)
            if row < 0:
                return
            label = QLabel(parent)
            label.setObjectName(f"note_{self.widget.objectName()}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {NOTE_COLOUR};")
            # Below the field and below its refusal message, if it has one.
            below = row + 1
            if self._error_label is not None:
                error_row = _form_row(layout, self._error_label)
                below = max(below, error_row + 1)
            layout.insertRow(below, "", label)
            self._note_label = label
        if self._note_label is not None:
            self._note_label.setText(text)
            self._note_label.setVisible(bool(text))
            self._set_row_visible(self._note_label, bool(text))

    def _set_row_visible(self, label: QLabel, visible: bool) -> None:
        parent = label.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            row = _form_row(layout, label)
            if row >= 0:
                layout.setRowVisible(row, visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.path)
        elif event.type() == QEvent.Type.ShortcutOverride:
            key_event = typing.cast(QKeyEvent, event)
            if key_event.matches(QKeySequence.StandardKey.Undo) or key_event.matches(QKeySequence.StandardKey.Redo):
                # Text widgets keep an undo history of their own that would fork from the document's:
                # let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo and Redo instead.
                self.commit()
                event.ignore()
                return True
        return False


class PageBinder(QObject):
    """Binds every named input of one page; follows the document's signals to stay in step."""

    field_focused = Signal(str)
    errors_changed = Signal()

    def __init__(self, doc: ProposalDocument, root: QWidget) -> None:
        super().__init__(root)
        self.doc = doc
        self.root = root
        self.bindings: dict[str, FieldBinding] = {}
        self.tables: dict[str, QWidget] = {}
        specs = fields.all_specs()
        from wizard.gui.tables.listeditor import ListEditor

        for widget in root.findChildren(QWidget):
            pattern = fields.pattern_of(widget.objectName())
            spec = specs.get(pattern)
            if spec is None:
                continue
            if isinstance(widget, ListEditor):
                widget.bind(doc, pattern)
                widget.cell_focused.connect(self.field_focused)
                self.tables[pattern] = widget
            elif spec.is_leaf:
                binding = FieldBinding(doc, widget, spec)
                binding.focused.connect(self.field_focused)
                binding.error_changed.connect(lambda _p, _m: self.errors_changed.emit())
                self.bindings[pattern] = binding
        doc.field_changed.connect(self.on_field_changed)
        doc.proposal_replaced.connect(self.on_proposal_replaced)
        doc.read_only_changed.connect(self.on_read_only_changed)
        self.on_read_only_changed(doc.is_read_only())

    def on_read_only_changed(self, read_only: bool) -> None:
        for binding in self.bindings.values():
            binding.set_read_only(read_only)
        for table in self.tables.values():
            table.set_read_only(read_only)  # type: ignore[attr-defined]

    def patterns(self) -> list[str]:
        return [*self.bindings, *self.tables]

    def on_field_changed(self, path: str) -> None:
        binding = self.bindings.get(path)
        if binding is not None:
            binding.load()

    def on_proposal_replaced(self) -> None:
        for binding in self.bindings.values():
            binding.load()

    def commit_pending(self) -> None:
        """Offer half-finished number and date boxes to the model (before save, export, page change)."""
        for binding in self.bindings.values():
            if binding.has_pending_text():
                binding.commit()

    def show_notes(self, notes: dict[str, str]) -> None:
        """Readiness findings by field pattern; fields not named lose their note."""
        for pattern, binding in self.bindings.items():
            binding.show_note(notes.get(pattern, ""))

    def errors(self) -> dict[str, str]:
        return {p: b.error for p, b in self.bindings.items() if b.error}

    def widget_for(self, path: str) -> QWidget | None:
        pattern = fields.strip_indices(path)
        if pattern in self.bindings:
            return self.bindings[pattern].widget
        for table_pattern, table in self.tables.items():
            if pattern == table_pattern or pattern.startswith(table_pattern + "."):
                return table
        return None
