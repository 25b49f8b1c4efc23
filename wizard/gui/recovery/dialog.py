"""The recovery offer at launch: unsaved work left by a crash is listed and can be recovered or discarded.

:func:`offer_recovery` looks for orphans (:func:`find_orphans`) in the :class:`~wizard.recovery.RecoveryStore` (autosaves of
windows whose process is gone), asks what to do with each through :class:`RecoveryDialog` (or a
replacement ``ask`` function in tests), discards what the user chose to discard, and returns the
projects to reopen.  Closing the dialog without choosing keeps everything for the next launch:
nothing is deleted unless the user says so.

:func:`adopt` puts a recovered project into a window: it keeps its original path (so Save writes where
the user expects), is marked modified, and is autosaved under the new window's session *before* the
old entry is removed, so a second crash at that moment still loses nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, translate
from wizard.errors import CityPitchError
from wizard.gui.recovery.autosave import session_lock_path
from wizard.projectfile import Project
from wizard.recovery import RecoveryEntry, RecoveryStore

if typing.TYPE_CHECKING:
    from wizard.gui.recovery.autosave import Autosaver
    from wizard.gui.document import ProposalDocument


class Decision(enum.Enum):
    RECOVER = "Recover"
    DISCARD = "Discard"
    LATER = "Decide at next start"


@dataclass
class Recovered:
    entry: RecoveryEntry
    project: Project


@dataclass
class RecoveryResult:
    recovered: list[Recovered]
    discarded: list[RecoveryEntry]
    kept: list[RecoveryEntry]
    #: Entries that could not be read, with the reason; they are kept, never deleted silently.
    failed: list[tuple[RecoveryEntry, str]]


def when_text(saved_at: dt.datetime, now: dt.datetime | None = None) -> str:
    """'today at 14:05', 'yesterday at 09:30' or '2026-11-20 16:12'."""
    now = now or dt.datetime.now()
    day = saved_at.date()
    if day == now.date():
        return fill(translate("RecoveryDialog", "today at %1"), f"{saved_at:%H:%M}")
    if day == now.date() - dt.timedelta(days=1):
        return fill(translate("RecoveryDialog", "yesterday at %1"), f"{saved_at:%H:%M}")
    return language.datetime_text(saved_at)


class RecoveryDialog(QDialog):
    """One row per unsaved proposal: its title, its file, when it was autosaved, and what to do."""

    COLUMNS = (QT_TRANSLATE_NOOP("RecoveryDialog", "Proposal"), QT_TRANSLATE_NOOP("RecoveryDialog", "File"),
               QT_TRANSLATE_NOOP("RecoveryDialog", "Autosaved"), QT_TRANSLATE_NOOP("RecoveryDialog", "What to do"))
    #: What each decision is called in the list of choices.
    DECISIONS = {"RECOVER": QT_TRANSLATE_NOOP("RecoveryDialog", "Recover"),
                 "DISCARD": QT_TRANSLATE_NOOP("RecoveryDialog", "Discard"),
                 "LATER": QT_TRANSLATE_NOOP("RecoveryDialog", "Decide at next start")}

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.setWindowTitle(translate("RecoveryDialog", "Recover unsaved work"))
        self.entries = list(entries)
        intro = QLabel(translate(
            "RecoveryDialog",
            "CityPitch was not closed normally last time. These proposals had changes that were not saved; "
            "the copies below were made automatically. Recovered proposals open as unsaved work: save them "
            "to keep them."))
        intro.setObjectName("intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)  # titles and paths are user text: never markup
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("entries")
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHeaderLabels([translate("RecoveryDialog", c) for c in self.COLUMNS])
        self.table.setRootIsDecorated(False)
        self.choices: dict[str, QComboBox] = {}
        for entry in self.entries:
            item = QTreeWidgetItem([
                entry.title or translate("Files", "Untitled proposal"),
                str(entry.original_path) if entry.original_path else translate("RecoveryDialog", "never saved"),
                when_text(entry.saved_at),
                "",
            ])
            item.setToolTip(1, item.text(1))
            self.table.addTopLevelItem(item)
            combo = QComboBox()
            combo.setObjectName(f"choice_{entry.session}")
            combo.setAccessibleName(fill(translate("RecoveryDialog", "What to do with %1"),
                                         entry.title or translate("Files", "Untitled proposal")))
            for decision in Decision:
                combo.addItem(translate("RecoveryDialog", self.DECISIONS[decision.name]), decision)
            self.table.setItemWidget(item, 3, combo)
            self.choices[entry.session] = combo
        for column in range(len(self.COLUMNS)):
            self.table.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.setObjectName("buttons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("RecoveryDialog", "Continue"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def set_decision(self, session: str, decision: Decision) -> None:
        combo = self.choices[session]
        combo.setCurrentIndex(combo.findData(decision))

    def decisions(self) -> dict[str, Decision]:
        """What the user chose for each entry; everything is kept when the dialog was not accepted."""
        if self.result() != QDialog.DialogCode.Accepted:
            return {e.session: Decision.LATER for e in self.entries}
        return {session: typing.cast(Decision, combo.currentData()) for session, combo in self.choices.items()}


Ask = Callable[[list[RecoveryEntry]], dict[str, Decision]]


def ask_with_dialog(entries: list[RecoveryEntry], parent: QWidget | None = None) -> dict[str, Decision]:
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    return dialog.decisions()


def find_orphans(store: RecoveryStore) -> list[RecoveryEntry]:
    """Entries whose window is gone (crashed, killed, or the computer lost power), newest first.

    The session lock every autosaving window holds is asked first: QLockFile recognises a holder that
    died, one from an earlier boot, and a process id that now belongs to another program.  Entries
    without a lock file (written by other tools) fall back to the store's process-id check.
    """
    by_pid = {entry.session for entry in store.orphans()}
    found: list[RecoveryEntry] = []
    for entry in store.entries():
        lock_file = session_lock_path(store.folder, entry.session)
        if lock_file.exists():
            lock = QLockFile(str(lock_file))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # its window is still open, in this CityPitch or another
            lock.unlock()  # a stale lock, now taken over and removed
            found.append(entry)
        elif entry.session in by_pid:
            found.append(entry)
    return found


def offer_recovery(store: RecoveryStore | None = None, ask: Ask | None = None,
                   parent: QWidget | None = None) -> RecoveryResult:
    """Offer every orphaned autosave; returns what to reopen (see the module docstring)."""
    store = store if store is not None else RecoveryStore()
    entries = find_orphans(store)
    result = RecoveryResult([], [], [], [])
    if not entries:
        return result
    decisions = ask(entries) if ask is not None else ask_with_dialog(entries, parent)
    for entry in entries:
        decision = decisions.get(entry.session, Decision.LATER)
        if decision is Decision.DISCARD:
            store.discard(entry.session)
            result.discarded.append(entry)
        elif decision is Decision.RECOVER:
            try:
                result.recovered.append(Recovered(entry, store.load(entry)))
            except CityPitchError as exc:
                result.failed.append((entry, str(exc)))
        else:
            result.kept.append(entry)
    return result


def adopt(doc: "ProposalDocument", autosaver: "Autosaver", store: RecoveryStore, recovered: Recovered,
          replace: Callable[[Project], None] | None = None) -> bool:
    """Show a recovered project in ``doc`` as unsaved work, then retire its old recovery entry.

    ``replace`` shows the project (default ``doc.replace``; a window passes its own, which also
    takes the file's lock).  Returns False when the new copy could not be written, in which case the
    old entry is kept: it is still the only copy on disk.
    """
    (replace or doc.replace)(recovered.project)
    # Not what is on disk: the window shows it as modified and closing it asks to save.
    doc.undo_stack.resetClean()
    try:
        autosaver.save_now()
    except CityPitchError:
        return False
    if recovered.entry.session != autosaver.session:
        store.discard(recovered.entry.session)
    return True


class RecoveringWindow(Protocol):
    """What the recovery offer needs of a window (the main window is one)."""

    def show(self) -> None: ...

    def open_recovered(self, recovered: Recovered) -> bool: ...

    def show_message(self, kind: str, title: str, text: str) -> None: ...


W = TypeVar("W", bound=RecoveringWindow)


def recover_at_launch(first: W, make_window: Callable[[], W], *, first_is_free: bool = True,
                      store: RecoveryStore | None = None, ask: Ask | None = None) -> list[W]:
    """Offer the orphans at start-up and open each recovered proposal in a window of its own.

    The first recovered proposal goes into ``first`` when ``first_is_free`` (nothing else is to be opened
    there); the others into new windows from ``make_window``.  Entries that cannot be read are reported
    and kept.  Returns the windows that now show recovered work.
    """
    result = offer_recovery(store, ask, parent=first if isinstance(first, QWidget) else None)
    opened: list[W] = []
    for recovered in result.recovered:
        window = first if first_is_free and not opened else make_window()
        window.show()
        window.open_recovered(recovered)
        opened.append(window)
    for entry, reason in result.failed:
        first.show_message("warning", translate("RecoveryDialog", "An unsaved proposal could not be recovered"),
                           fill(translate("RecoveryDialog", "%1: %2\n\nIts autosaved copy is kept in %3."),
                                entry.title or translate("Files", "Untitled proposal"), reason, entry.archive.parent))
    return opened
