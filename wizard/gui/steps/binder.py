"""The generic binder: loads a page's widgets from the model and turns their edits into commands.

A page's widgets are found by objectName (see :mod:`wizard.fields`: ``vision__statement``
edits ``vision.statement``).  What the widget is decides how it is read and written:

- QLineEdit: one-line text is committed as you type (merged into one undo step per word); numbers,
  years and dates are committed when you leave the field or press Enter, because half-typed numbers
  ("20" on the way to "2030") are not values.  Empty means "not given".  A date box has a calendar
  (its button, or Alt+Down / F4).
- QPlainTextEdit: long text as you type; a ``list[str]`` field is one item per line.
- QComboBox: a Choice field, an empty entry first; QCheckBox: a yes/no field; QListWidget: a
  ``list[Choice]`` field as check boxes.
- :class:`~wizard.gui.tables.listeditor.ListEditor`: a table for a list of rows (bound by the editor itself).

Typed text becomes a value in one place, :mod:`wizard.gui.steps.entry` (which knows the proposal's
number locale).  A refused value stays in the widget as typed, with "Not yet valid:" and the reason
under it (saying which form is accepted), a red border and the reason as the widget's accessible
description; the model keeps its last valid value.  While a field holds a refused value, the
readiness note about the model's value (often "not given") is not shown beside it: the field is not
empty, it is not yet valid.  Both clear as soon as the value is fixed or undone.

Labels that say "Local currency" name the proposal's currency instead ("IDR per 1 USD"), following
it as it changes.
"""

from __future__ import annotations

import functools
import re
import typing

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

from wizard import fields
from wizard.gui import language
from wizard.gui.document import FieldRefused, ProposalDocument
from wizard.gui.steps import entry
from wizard.gui.steps.entry import not_yet_valid

if typing.TYPE_CHECKING:
    from wizard.model import Choice

ERROR_STYLE = "border: 1px solid #B3261E;"
ERROR_COLOUR = "#B3261E"
NOTE_COLOUR = "#7A4F01"


def _form_row(layout: QFormLayout, widget: QWidget) -> int:
    """The row of ``widget`` in a form layout (-1 if it is not there)."""
    # PySide6 6.12's stubs type QFormLayout.getWidgetPosition as returning object; it returns
    # (row, role), as getLayoutPosition is typed.
    row, _role = typing.cast("tuple[int, QFormLayout.ItemRole]", layout.getWidgetPosition(widget))
    return row


def _set_full_labels(box: QComboBox, choice: type[Choice]) -> None:
    """A choice shown by its short label has its full label as its tooltip (in the list and, when chosen,
    the box's); the others have none."""
    for member in choice:
        index = box.findData(member.value)
        if index >= 0:
            full = language.choice_label(member)
            box.setItemData(index, full if full != box.itemText(index) else None, Qt.ItemDataRole.ToolTipRole)


class FieldBinding(QObject):
    """One widget bound to one model field."""

    focused = Signal(str)
    error_changed = Signal(str, str)  # pattern, message ("" when cleared)
    #: The widget's tooltip or accessible name was set again from the field's title (a language, another
    #: proposal, another choice in a drop-down): words put into it since ("IDR per 1 USD") must be put again.
    renamed = Signal()

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
        # A widget the form names for screen readers keeps that name (its .ui retranslates it); one it
        # leaves unnamed takes the field's title in the interface's language, and follows a change of
        # language (:meth:`relocalise`).
        self._names_itself = not widget.accessibleName()
        self.update_accessible_name()
        self.update_tooltip()
        widget.installEventFilter(self)
        self.picker = None
        if isinstance(widget, QLineEdit) and spec.kind == "date":
            from wizard.gui.steps.datepicker import attach_calendar

            self.picker = attach_calendar(widget)
            self.picker.picked.connect(self.commit)
        # Some inputs are read-only by design (the logo's name, set by its picker): keep them so.
        self._designed_read_only = bool(getattr(widget, "isReadOnly", lambda: False)())
        self._connect()
        self.load()

    def update_tooltip(self) -> None:
        """The field's title in the interface's language and the form it accepts, in the window's number
        convention; for a drop-down showing a short label, the chosen entry's full label."""
        w = self.widget
        form = entry.accepted_form(self.spec, entry.window_locale()) if isinstance(w, QLineEdit) else ""
        if isinstance(w, QComboBox):
            form = w.itemData(w.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
        title = fields.field_title(self.spec.pattern, language.current())
        w.setToolTip(f"{title}: {form}" if form else title)
        self.renamed.emit()

    def update_accessible_name(self) -> None:
        """The field's title in the interface's language as the widget's accessible name, unless the form
        gives the widget a name of its own."""
        if self._names_itself:
            self.widget.setAccessibleName(fields.field_title(self.spec.pattern, language.current()))
            self.renamed.emit()

    def relocalise(self) -> None:
        """The interface language changed: the field's accessible name and tooltip in the new language, and
        the model's number in its convention (refused text stays)."""
        self.update_accessible_name()
        self.update_tooltip()
        if self.spec.kind in ("int", "decimal") and not self.error and isinstance(self.widget, QLineEdit):
            self._loading = True
            try:
                self.widget.setText(entry.text_from_value(self.spec, self.doc.get(self.path),
                                                          entry.window_locale()))
            finally:
                self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Let the value be read and copied, but not changed."""
        w = self.widget
        if self.picker is not None:
            self.picker.action.setEnabled(not read_only)
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
            # Not focused by the mouse wheel: scrolling the page past it must not start changing it.
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.addItem("", None)
            for member in self.spec.enum:
                w.addItem(language.drop_down_label(member), member.value)
            _set_full_labels(w, self.spec.enum)
            w.currentIndexChanged.connect(lambda _i: self._on_changed())
            w.currentIndexChanged.connect(lambda _i: self.update_tooltip())
        elif isinstance(w, QCheckBox):
            w.toggled.connect(lambda _b: self._on_changed())
        elif isinstance(w, QListWidget):
            assert self.spec.enum is not None
            for member in self.spec.enum:
                item = QListWidgetItem(language.choice_label(member), w)
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
        """What the widget holds, as a value to offer the model (before validation).

        :class:`~wizard.gui.steps.entry.EntryError` when typed text is no value of the field's kind.
        """
        w, sp = self.widget, self.spec
        if isinstance(w, QLineEdit):
            return entry.value_from_text(sp, w.text(), entry.window_locale())
        if isinstance(w, QPlainTextEdit):
            return entry.value_from_text(sp, w.toPlainText(), entry.window_locale())
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
            if entry.same(self.spec, value, self.doc.get(self.path)) and not self.error:
                self._show_number_as_read()
                return True
            self.doc.set_field(self.path, value, self.spec.title)
        except (FieldRefused, entry.EntryError) as refusal:
            self.show_error(refusal.message)
            return False
        self.show_error("")
        self._show_number_as_read()
        return True

    def _show_number_as_read(self) -> None:
        """A number taken from the box is shown back in the proposal's number format ("45,000,000,000"
        typed in an Indonesian proposal reads "45.000.000.000"), so the team sees how it was read.
        Numbers are taken when the editing finishes, never while typing."""
        w = self.widget
        if not isinstance(w, QLineEdit) or self.spec.kind not in ("int", "decimal"):
            return
        shown = entry.text_from_value(self.spec, self.doc.get(self.path), entry.window_locale())
        if shown != w.text():
            self._loading = True
            try:
                w.setText(shown)
            finally:
                self._loading = False

    def has_pending_text(self) -> bool:
        """True when a number/date box holds text not yet offered to the model."""
        if not isinstance(self.widget, QLineEdit) or self.spec.kind == "line":
            return False
        try:
            return not entry.same(self.spec, self.widget_value(), self.doc.get(self.path))
        except ValueError:
            return True

    def load(self) -> None:
        """Show the model's value, unless the widget already shows it (keeps the user's own typing)."""
        model_value = self.doc.get(self.path)
        try:
            if entry.same(self.spec, self.widget_value(), model_value) and not self.error:
                return
        except ValueError:
            pass
        self._loading = True
        try:
            w, sp = self.widget, self.spec
            locale = entry.window_locale()
            if isinstance(w, QLineEdit):
                w.setText(entry.text_from_value(sp, model_value, locale))
                if not w.hasFocus():
                    w.setCursorPosition(0)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(entry.text_from_value(sp, model_value, locale))
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
        """Show why the value in the widget was refused ("" clears it); ``error`` keeps the bare reason."""
        if message == self.error:
            return
        self.error = message
        self.widget.setStyleSheet(ERROR_STYLE if message else "")
        self.widget.setAccessibleDescription(not_yet_valid(message))
        label = self._label()
        if label is not None:
            label.setText(not_yet_valid(message))
            label.setVisible(bool(message))
            self._set_row_visible(label, bool(message))
        # The readiness note speaks of the model's last valid value: hidden while this one is refused.
        self._update_note()
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
        """Show what the readiness checks say about this field (advice: the value is kept).

        Not shown while the field holds a refused value (see :meth:`show_error`).
        """
        if text == self.note:
            return
        self.note = text
        self._update_note()

    def shown_note(self) -> str:
        """The note on screen beside the field: none while the field holds a refused value."""
        return "" if self.error else self.note

    def _update_note(self) -> None:
        text = self.shown_note()
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
        elif event.type() == QEvent.Type.Wheel and isinstance(self.widget, QComboBox) and not self.widget.hasFocus():
            # Scrolling the page over a drop-down must scroll the page, never change the answer.
            area = _scroll_area_of(self.widget)
            if area is not None:
                QCoreApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        elif event.type() == QEvent.Type.ShortcutOverride:
            key_event = typing.cast(QKeyEvent, event)
            if key_event.matches(QKeySequence.StandardKey.Undo) or key_event.matches(QKeySequence.StandardKey.Redo):
                # Text widgets keep an undo history of their own that would fork from the document's:
                # let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo and Redo instead.
                self.commit()
                event.ignore()
                return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_LOCAL_CURRENCY = re.compile(r"\b([Ll])ocal currency\b")
_MNEMONIC = re.compile(r"&(.)")


def _plain(text: str) -> tuple[str, int]:
    """Text without its mnemonic mark, and the index of the mnemonic letter (-1 if none)."""
    at = -1
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                out.append("&")
                i += 2
                continue
            at = len(out)
            i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out), at


def mnemonics_in(window: QWidget, besides: QWidget | None = None, page: QWidget | None = None) -> set[str]:
    """The mnemonic letters (lower case) taken in ``window``: labels, buttons, group boxes, the menu bar.

    Only what can be reached: widgets shown in the window, and those of ``page`` (shown or about to
    be); another step's page, hidden, takes no keys.
    """
    taken: set[str] = set()
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget is besides:
            continue
        if not widget.isVisibleTo(window) and not (page is not None and page.isAncestorOf(widget)):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar) and isinstance(window, QMainWindow):
        texts.extend(action.text() for action in window.menuBar().actions())
    for text in texts:
        _plain_text, at = _plain(text)
        if at >= 0 and at < len(_plain_text):
            taken.add(_plain_text[at].lower())
    return taken


class CurrencyLabels(QObject):
    """Labels and accessible names that say "Local currency" say the proposal's currency instead.

    "Local currency per 1 USD" reads "IDR per 1 USD" once the currency is IDR, and changes with it.
    A label keeps a mnemonic: its own letter if the new text still has it, else a letter of the words
    around the currency code (so it does not change with the currency) that nothing else in the
    window uses.
    """

    def __init__(self, doc: ProposalDocument, root: QWidget) -> None:
        super().__init__(root)
        self.doc = doc
        self.root = root
        self.labels: dict[QLabel, str] = {}
        self.names: dict[QWidget, tuple[str, str]] = {}  # accessible name, tooltip
        self._letters: dict[QLabel, tuple[str, QWidget]] = {}
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QLabel) and _LOCAL_CURRENCY.search(_plain(widget.text())[0]):
                self.labels[widget] = widget.text()
            elif _LOCAL_CURRENCY.search(widget.accessibleName()) or _LOCAL_CURRENCY.search(widget.toolTip()):
                self.names[widget] = (widget.accessibleName(), widget.toolTip())
        self.currency = ""
        if self.labels:
            # The letters other widgets use are known once the page is in its window.
            root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.root and event.type() == QEvent.Type.Show and self.currency:
            self.currency = ""  # shown again: re-render with the window's letters known
            self.update()
        return False

    def __bool__(self) -> bool:
        return bool(self.labels or self.names)

    def update(self) -> None:
        currency = self.doc.get("finance.currency")
        code = str(getattr(currency, "value", currency) or "")
        if code == self.currency:
            return
        self.currency = code
        for widget, (name, tip) in self.names.items():
            widget.setAccessibleName(self.name(name, code))
            widget.setToolTip(self.name(tip, code))
        for label, original in self.labels.items():
            label.setText(self.label_text(label, original, code))

    def retake(self, widget: QWidget) -> None:
        """``widget``'s accessible name or tooltip was set again (another language, another proposal opened,
        another choice): say the proposal's currency in them again, if they say "Local currency".

        :meth:`update` alone cannot: it does nothing while the currency stays the same, as it does when
        another proposal in the same currency is opened (the tooltips were set again all the same)."""
        name, tip = widget.accessibleName(), widget.toolTip()
        kept = self.names.get(widget)
        if kept is not None:
            # The one of the two not set again still says the currency: what it said before is kept.
            name = kept[0] if name == self.name(kept[0], self.currency) else name
            tip = kept[1] if tip == self.name(kept[1], self.currency) else tip
        if _LOCAL_CURRENCY.search(name) or _LOCAL_CURRENCY.search(tip):
            self.names[widget] = (name, tip)
            widget.setAccessibleName(self.name(name, self.currency))
            widget.setToolTip(self.name(tip, self.currency))
        else:
            self.names.pop(widget, None)

    @staticmethod
    def name(text: str, code: str) -> str:
        """``text`` with "Local currency" replaced by ``code`` (unchanged when there is no code)."""
        return _LOCAL_CURRENCY.sub(code, text) if code else text

    def label_text(self, label: QLabel, original: str, code: str) -> str:
        if not code:
            return original
        plain, at = _plain(original)
        new = self.name(plain, code)
        if at < 0:
            return new.replace("&", "&&")
        window = label.window()
        cached = self._letters.get(label)
        if cached is None or cached[1] is not window:
            cached = (self._choose_letter(label, plain, at), window)
            self._letters[label] = cached
        letter = cached[0]
        # Letters of the fixed words only: the code's own letters change with the currency.
        code_span = _LOCAL_CURRENCY.search(plain)
        start = code_span.start() if code_span else len(new)
        spans = [(0, start), (start + len(code), len(new))]
        for lo, hi in spans:
            index = new.lower().find(letter, lo, hi) if letter else -1
            if index >= 0:
                return new[:index].replace("&", "&&") + "&" + new[index:].replace("&", "&&")
        return new.replace("&", "&&")

    def _choose_letter(self, label: QLabel, plain: str, at: int) -> str:
        fixed = _LOCAL_CURRENCY.sub(" ", plain)
        own = plain[at].lower()
        taken = mnemonics_in(label.window(), besides=label, page=self.root)
        if own in fixed.lower():
            return own
        words: list[str] = re.findall(r"[A-Za-z0-9]+", fixed)  # Alt+1 is as good a mnemonic as a letter
        candidates = [w[0].lower() for w in words] + [c.lower() for w in words for c in w[1:]]
        for letter in candidates:
            if letter not in taken:
                return letter
        return ""


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
        self.currency_labels: CurrencyLabels | None = None
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
                binding.renamed.connect(functools.partial(self._renamed, widget))
                binding.error_changed.connect(lambda _p, _m: self.errors_changed.emit())
                self.bindings[pattern] = binding
        self.currency_labels = CurrencyLabels(doc, root)
        self.currency_labels.update()
        doc.field_changed.connect(self.on_field_changed)
        doc.proposal_replaced.connect(self.on_proposal_replaced)
        doc.read_only_changed.connect(self.on_read_only_changed)
        language.notifier().language_changed.connect(self.on_language_changed)
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
        if path in ("finance.currency", "finance") and self.currency_labels:
            self.currency_labels.update()

    def _renamed(self, widget: QWidget) -> None:
        if self.currency_labels is not None:  # None while the page's bindings are made: it reads them after
            self.currency_labels.retake(widget)

    def on_language_changed(self, _lang: str) -> None:
        """Numbers are typed and shown in the interface language's convention: every number box follows a
        change of language at once (the value is the same; refused text stays as typed); a name saying
        "Local currency" says the proposal's currency again (:meth:`FieldBinding.renamed`)."""
        for binding in self.bindings.values():
            binding.relocalise()

    def on_proposal_replaced(self) -> None:
        for binding in self.bindings.values():
            binding.update_tooltip()
            binding.load()
        if self.currency_labels:
            self.currency_labels.update()

    def relabel_choices(self) -> None:
        """Drop-downs and tick lists show their choices in the interface's language; values and ticks stay."""
        for binding in self.bindings.values():
            w, spec = binding.widget, binding.spec
            if spec.enum is None:
                continue
            labels = {member.value: language.choice_label(member) for member in spec.enum}
            blocked = w.blockSignals(True)
            try:
                if isinstance(w, QComboBox):
                    shown = {member.value: language.drop_down_label(member) for member in spec.enum}
                    for index in range(w.count()):
                        value = w.itemData(index)
                        if value in shown:
                            w.setItemText(index, shown[value])
                    _set_full_labels(w, spec.enum)
                    binding.update_tooltip()
                elif isinstance(w, QListWidget):
                    for index in range(w.count()):
                        item = w.item(index)
                        value = item.data(Qt.ItemDataRole.UserRole)
                        if value in labels:
                            item.setText(labels[value])
            finally:
                w.blockSignals(blocked)

    def commit_pending(self) -> None:
        """Offer half-finished number and date boxes to the model (before save, export, page change)."""
        for binding in self.bindings.values():
            if binding.has_pending_text():
                binding.commit()

    def show_notes(self, notes: dict[str, str]) -> None:
        """Readiness findings by field pattern; fields not named lose their note.  A note about a table
        as a whole, or naming its rows (text the fonts cannot draw, see :meth:`wizard.analysis.Analysis.notes`),
        shows under the table."""
        for pattern, binding in self.bindings.items():
            binding.show_note(notes.get(pattern, ""))
        for pattern, table in self.tables.items():
            table.show_note(notes.get(pattern, ""))  # type: ignore[attr-defined]

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
