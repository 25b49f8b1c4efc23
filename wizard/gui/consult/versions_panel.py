"""The Versions panel: the sign-off state, the saved versions (date, author, score, band, sign-off)
with open read-only, compare, restore and delete, and the session notes.

Like the Comments panel it only shows what it is given (:class:`ReviewState`) and asks for actions
through signals; the consult controller does them.  A part of the review that cannot be read (a
damaged entry, a newer format) is shown with its message, and what depends on it is disabled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, number, translate
from wizard.gui.consult.dialogs import RequireBox, plain_label, push_button
from wizard.review import text
from wizard.review.records import SessionNote, VersionRecord
from wizard.review.signoff import SignoffState

COLUMNS = (QT_TRANSLATE_NOOP("Consult", "No."), QT_TRANSLATE_NOOP("Consult", "Label"),
           QT_TRANSLATE_NOOP("Consult", "Signed off"), QT_TRANSLATE_NOOP("Consult", "Saved"),
           QT_TRANSLATE_NOOP("Consult", "Readiness"))


@dataclass
class ReviewState:
    """What the panel shows: each part, or the message saying why it cannot be read."""

    versions: list[VersionRecord] = field(default_factory=list)
    versions_error: str | None = None
    signoff: SignoffState | None = None
    signoff_error: str | None = None
    sessions: list[SessionNote] = field(default_factory=list)
    sessions_error: str | None = None


def describe_signoff(state: SignoffState) -> str:
    """:meth:`SignoffState.describe` in the interface's language (the same facts, the same order)."""
    if state.current:
        latest = state.current[-1]
        line = fill(translate("Consult", "Signed off by %1, %2 on %3") if latest.role
                    else translate("Consult", "Signed off by %1 on %3"),
                    text.one_line(latest.name), text.one_line(latest.role), language.date_text(latest.signed_at))
    elif state.stale:
        latest = state.stale[-1]
        line = fill(translate("Consult", "Sign-off by %1 on %2 is stale: the proposal has changed since"),
                    text.one_line(latest.name), language.date_text(latest.signed_at))
    else:
        line = translate("Consult", "Not signed off")
    if state.required and not state.current:
        line = fill(translate("Consult", "%1 (sign-off is required for a final export)"), line)
    return line


def signoff_line(state: SignoffState | None, error: str | None) -> str:
    """The sign-off state in one line, with the saved version the draft is (for the status bar too)."""
    if error:
        return fill(translate("Consult", "Sign-off: cannot be read (%1)"), error)
    if state is None:
        return ""
    line = describe_signoff(state)
    if state.version is not None:
        line += fill(translate("Consult", ". The draft is version %1, “%2”"), number(state.version.number),
                     text.one_line(state.version.label))
    return text.one_line(line)


class VersionsPanel(QWidget):
    """Versions, sign-off and session notes (see the module docstring)."""

    save_requested = Signal()
    signoff_requested = Signal()
    require_changed = Signal(bool)
    open_requested = Signal(int)
    compare_requested = Signal(int, int)  # old version, new version (0: the current draft)
    restore_requested = Signal(int)
    delete_requested = Signal(int)
    session_requested = Signal()
    memo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versions_panel")
        self.setMinimumWidth(420)
        self.state = ReviewState()
        self.read_only_reason: str | None = None
        language.notifier().language_changed.connect(self.on_language_changed)
        self._filling = False
        self.status = plain_label("", self, "signoff_state")
        self.require = RequireBox(self)
        self.require.toggled.connect(self._on_require)
        self.save_button = push_button(QT_TRANSLATE_NOOP("Consult", "Save a &version..."), "save_version_button",
                                       QT_TRANSLATE_NOOP("Consult", "Keep the proposal as it is now in the file, under a label"), self)
        self.signoff_button = push_button(QT_TRANSLATE_NOOP("Consult", "Sign o&ff..."), "signoff_button",
                                       QT_TRANSLATE_NOOP("Consult", "Approve the current content in your name (any later edit makes it stale)"), self)
        self.save_button.clicked.connect(self.save_requested)
        self.signoff_button.clicked.connect(self.signoff_requested)
        self.versions_error = plain_label("", self, "versions_error")
        self.versions_error.setStyleSheet("color: #B3261E;")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("versions")
        language.live(self.table, lambda t: (t.setAccessibleName(translate("Consult", "Saved versions")),
                                             t.setHorizontalHeaderLabels([translate("Consult", c) for c in COLUMNS])))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._emit_selected(self.open_requested))
        self.open_button = push_button(QT_TRANSLATE_NOOP("Consult", "&Open read-only"), "open_button",
                                       QT_TRANSLATE_NOOP("Consult", "Show the selected version in a read-only window"), self)
        self.compare_button = push_button(QT_TRANSLATE_NOOP("Consult", "&Compare"), "compare_button",
                                       QT_TRANSLATE_NOOP("Consult", "Compare the selected version with the current draft (or two selected versions)"), self)
        self.restore_button = push_button(QT_TRANSLATE_NOOP("Consult", "&Restore"), "restore_button",
                                       QT_TRANSLATE_NOOP("Consult", "Make the selected version the current draft (Undo takes it back)"), self)
        self.delete_button = push_button(QT_TRANSLATE_NOOP("Consult", "&Delete"), "delete_button",
                                       QT_TRANSLATE_NOOP("Consult", "Remove the selected version from the file (Undo brings it back)"), self)
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        self.compare_button.clicked.connect(self._compare)
        self.restore_button.clicked.connect(lambda: self._emit_selected(self.restore_requested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        self.sessions_title = language.live(QLabel(self), lambda w: w.setText(translate("Consult", "Session notes")))
        font = self.sessions_title.font()
        font.setBold(True)
        self.sessions_title.setFont(font)
        self.sessions_error = plain_label("", self, "sessions_error")
        self.sessions_error.setStyleSheet("color: #B3261E;")
        self.sessions = QListWidget(self)
        self.sessions.setObjectName("sessions")
        language.live(self.sessions, lambda w: w.setAccessibleName(translate("Consult", "Session notes")))
        self.sessions.setWordWrap(True)
        self.session_button = push_button(QT_TRANSLATE_NOOP("Consult", "Add session &notes..."), "session_button",
                                       QT_TRANSLATE_NOOP("Consult", "Record the date, who attended and what was discussed"), self)
        self.memo_button = push_button(QT_TRANSLATE_NOOP("Consult", "Export review &memo..."), "memo_button",
                                       QT_TRANSLATE_NOOP("Consult", "Session notes and comments as a Markdown memo for the team (never for investors)"), self)
        self.session_button.clicked.connect(self.session_requested)
        self.memo_button.clicked.connect(self.memo_requested)

        top = QHBoxLayout()
        top.addWidget(self.save_button)
        top.addWidget(self.signoff_button)
        top.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.open_button, self.compare_button, self.restore_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        notes = QHBoxLayout()
        notes.addWidget(self.session_button)
        notes.addWidget(self.memo_button)
        notes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.require)
        layout.addLayout(top)
        layout.addWidget(self.versions_error)
        layout.addWidget(self.table, 3)
        layout.addLayout(actions)
        layout.addWidget(self.sessions_title)
        layout.addWidget(self.sessions_error)
        layout.addWidget(self.sessions, 2)
        layout.addLayout(notes)
        self.set_state(ReviewState())

    # --- showing ----------------------------------------------------------------------------------

    def on_language_changed(self, _lang: str) -> None:
        """Dates, counts and words again in the interface's language (the selection is kept)."""
        self.set_state(self.state, self.read_only_reason)

    def set_state(self, state: ReviewState, read_only_reason: str | None = None) -> None:
        selected = self.selected()
        self.state = state
        self.read_only_reason = read_only_reason
        self._filling = True
        try:
            self.status.setText(signoff_line(state.signoff, state.signoff_error))
            self.require.setChecked(bool(state.signoff and state.signoff.required))
            self._fill_versions(state)
            self._fill_sessions(state)
        finally:
            self._filling = False
        rows = {self._number(r): r for r in range(self.table.rowCount())}
        for chosen in selected:
            if chosen in rows:
                self.table.selectRow(rows[chosen])
        self._update_buttons()

    def _fill_versions(self, state: ReviewState) -> None:
        self.versions_error.setText(state.versions_error or "")
        self.versions_error.setVisible(bool(state.versions_error))
        signed: dict[str, str] = {}
        if state.signoff is not None:
            for s in state.signoff.signoffs:
                signed[s.content_hash] = f"{text.one_line(s.name)}\n{language.date_text(s.signed_at)}"
        current = state.signoff.version.number if state.signoff is not None and state.signoff.version is not None else None
        records = list(reversed(state.versions))  # newest first
        from wizard.gui.consult.compare import band_title  # on first use: the bands as stored are English
        self.table.setUpdatesEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            label = text.one_line(record.label) + ("\n" + translate("Consult", "(current draft)") if record.number == current else "")
            # Two short lines a cell, so that every column fits the panel's width beside the wizard.
            saved = language.datetime_text(record.created) + (f"\n{text.one_line(record.author)}" if record.author else "")
            readiness = "\n".join(part for part in ("" if record.score is None else number(record.score),
                                                     band_title(record.band) if record.band else "") if part)
            cells = [number(record.number), label, signed.get(record.content_hash, ""), saved, readiness]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record.number)
                item.setToolTip(value)
                item.setTextAlignment((Qt.AlignmentFlag.AlignRight if column == 0 else Qt.AlignmentFlag.AlignLeft)
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setUpdatesEnabled(True)
        if len(records) <= 200:  # measuring every row of thousands would be slow; the header still resizes
            # Not the label's column: it takes the width left over (measuring it too left it as wide as its
            # longest label, past the panel's edge).
            for column in range(len(COLUMNS)):
                if column != 1:
                    self.table.resizeColumnToContents(column)
    def _fill_sessions(self, state: ReviewState) -> None:
        self.sessions_error.setText(state.sessions_error or "")
        self.sessions_error.setVisible(bool(state.sessions_error))
        self.sessions.clear()
        for note in reversed(state.sessions):
            people = ", ".join(note.attendees)
            head = language.date_text(note.date) + (f": {people}" if people else "")
            item = QListWidgetItem(text.terminal(head + (f"\n{note.notes}" if note.notes else "")))
            item.setData(Qt.ItemDataRole.UserRole, note.number)
            self.sessions.addItem(item)
        if not state.sessions and not state.sessions_error:
            item = QListWidgetItem(translate("Consult", "No session notes yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sessions.addItem(item)

    def selected(self) -> list[int]:
        """The numbers of the selected versions, newest first."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._number(r) for r in rows]

    def _number(self, row: int) -> int:
        item = self.table.item(row, 0)
        assert item is not None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def select(self, number: int) -> None:
        for row in range(self.table.rowCount()):
            if self._number(row) == number:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        editable = self.read_only_reason is None
        picked = self.selected()
        versions_ok = self.state.versions_error is None
        signoff_ok = self.state.signoff_error is None
        self.open_button.setEnabled(versions_ok and len(picked) == 1)
        self.compare_button.setEnabled(versions_ok and len(picked) in (1, 2))
        self.restore_button.setEnabled(versions_ok and editable and len(picked) == 1)
        self.delete_button.setEnabled(versions_ok and editable and len(picked) == 1)
        self.save_button.setEnabled(versions_ok and editable)
        self.signoff_button.setEnabled(versions_ok and signoff_ok and editable)
        self.require.setEnabled(signoff_ok and editable)
        self.session_button.setEnabled(self.state.sessions_error is None and editable)
        reason = "" if editable else fill(translate("Consult", "Read-only: %1"), self.read_only_reason)
        for button in (self.restore_button, self.delete_button, self.save_button, self.signoff_button, self.session_button):
            button.setToolTip(reason or button.accessibleDescription())

    # --- actions ----------------------------------------------------------------------------------

    def _emit_selected(self, signal: SignalInstance) -> None:
        picked = self.selected()
        if len(picked) == 1:
            signal.emit(picked[0])

    def _compare(self) -> None:
        picked = self.selected()
        if len(picked) == 1:
            self.compare_requested.emit(picked[0], 0)
        elif len(picked) == 2:
            self.compare_requested.emit(min(picked), max(picked))

    def _on_require(self, checked: bool) -> None:
        if not self._filling:
            self.require_changed.emit(checked)
