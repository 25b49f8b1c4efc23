"""The Comments panel: every comment of the proposal with its replies, grouped as open, no longer
attached and resolved; the selected thread in full; jump to its field, reply, resolve, reopen.

The panel only shows an :class:`~wizard.review.overview.Overview` and asks for actions through its
signals; the consult controller does them (each one undoable).  Comment text is shown as plain text,
with control and direction-changing characters made visible (:func:`wizard.review.text.terminal`), so
a hostile comment cannot disguise itself or anything around it.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import QT_TRANSLATE_NOOP, fill, number, translate
from wizard.gui.coretexts import say
from wizard.gui.consult.dialogs import plain_label, push_button
from wizard.review import comments as comments_mod
from wizard.review import text
from wizard.review.overview import Overview
from wizard.review.records import Comment

_Index = QModelIndex | QPersistentModelIndex
NUMBER_ROLE = Qt.ItemDataRole.UserRole
GROUPS = (("open", QT_TRANSLATE_NOOP("Consult", "Open")), ("detached", QT_TRANSLATE_NOOP("Consult", "No longer attached")),
          ("resolved", QT_TRANSLATE_NOOP("Consult", "Resolved")))
HEADERS = (QT_TRANSLATE_NOOP("Consult", "Comment"),)


def list_text(comment: Comment) -> str:
    """A comment's two lines in the list: its first line, then where it is, who wrote it, its replies.

    One column of two lines fits the docked panel; four columns side by side did not."""
    first = text.one_line(comment.text.split("\n", 1)[0])
    replies = len(comment.replies)
    about = fill(translate("Consult", "%1, by %2"), text.one_line(say(comments_mod.place(comment))), text.one_line(comment.author))
    if replies:
        about = fill(translate("Consult", "%1, 1 reply") if replies == 1 else translate("Consult", "%1, %2 replies"),
                     about, number(replies))
    return f"{number(comment.number)}. {first}\n{about}"


def thread_text(comment: Comment) -> str:
    """A comment, its state and its replies as plain text, for the panel's reading pane."""
    if comment.is_open:
        state = translate("Consult", "open")
    elif comment.resolved_at:
        state = fill(translate("Consult", "resolved by %1 on %2"), comment.resolved_by, language.date_text(comment.resolved_at))
    else:
        state = fill(translate("Consult", "resolved by %1"), comment.resolved_by)
    where = say(comments_mod.place(comment))
    lines = [fill(translate("Consult", "Comment %1 on %2"), number(comment.number), where)]
    if comment.detached:
        lines.append(translate("Consult", "The field or row it was on is gone (it comes back if the row does)."))
    lines += [f"{comment.author}, {language.datetime_text(comment.created)}, {state}", "", comment.text]
    for answer in comment.replies:
        lines += ["", fill(translate("Consult", "Reply by %1, %2:"), answer.author, language.datetime_text(answer.created)),
                  answer.text]
    return text.terminal("\n".join(lines))


class CommentsModel(QAbstractItemModel):
    """Groups (open, no longer attached, resolved) and their comments, read as the view asks.

    Nothing is computed per comment until a row is drawn, so thousands of comments show at once.
    Internal pointers: a group row has id 0, a comment row the group's number plus one.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, str, list[Comment]]] = []
        self.where: dict[int, tuple[int, int]] = {}  # comment number -> (group, row)
        self.row_size = QSize(-1, 40)  # set by the panel from its font

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        members = {"open": overview.open, "detached": overview.detached, "resolved": overview.resolved}
        self.groups = [(key, title, members[key]) for key, title in GROUPS if members[key]]
        self.where = {c.number: (g, r) for g, (_k, _t, found) in enumerate(self.groups) for r, c in enumerate(found)}
        self.endResetModel()

    def comment(self, index: _Index) -> Comment | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][2][index.row()]

    def index_of(self, number: int) -> QModelIndex:
        found = self.where.get(number)
        if found is None:
            return QModelIndex()
        group, row = found
        return self.createIndex(row, 0, group + 1)

    def group_index(self, key: str) -> QModelIndex:
        for row, (k, _t, _c) in enumerate(self.groups):
            if k == key:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self.groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        members = self.groups[parent.row()][2]
        return self.createIndex(row, column, parent.row() + 1) if 0 <= row < len(members) else QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][2])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> typing.Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Consult", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> typing.Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.SizeHintRole:
            # Every row as tall as a comment's two lines (the view measures one row for all: thousands stay quick).
            return self.row_size
        if index.internalId() == 0:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                _key, title, members = self.groups[index.row()]
                return fill(translate("Consult", "%1 (%2)"), translate("Consult", title), number(len(members)))
            return None
        comment = self.comment(index)
        if comment is None:
            return None
        if role == NUMBER_ROLE:
            return comment.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return list_text(comment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.terminal(f"{comment.text}\n\n" + fill(translate("Consult", "%1, by %2"), say(comments_mod.place(comment)),
                                                             comment.author))
        return None


class CommentsPanel(QWidget):
    """The list of comments and the selected thread (see the module docstring)."""

    jump_requested = Signal(str)  # the comment's path
    reply_requested = Signal(int)
    resolve_requested = Signal(int)
    reopen_requested = Signal(int)
    comment_requested = Signal(str)  # a new comment on this path ("" = the proposal as a whole)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments_panel")
        self.setMinimumWidth(400)
        self.overview = Overview()
        self.read_only_reason: str | None = None
        language.notifier().language_changed.connect(self.on_language_changed)
        self.model = CommentsModel(self)
        self.summary = plain_label("", self, "summary")
        self.error = plain_label("", self, "error")
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setVisible(False)
        self.tree = QTreeView(self)
        self.tree.setObjectName("comments")
        language.live(self.tree, lambda w: w.setAccessibleName(translate("Consult", "Comments")))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # thousands of comments stay quick to show
        self.tree.setHeaderHidden(True)
        self.model.row_size = QSize(-1, 2 * self.fontMetrics().lineSpacing() + 8)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.tree.activated.connect(lambda _index: self.jump())
        self.reading = QPlainTextEdit(self)
        self.reading.setObjectName("thread")
        language.live(self.reading, lambda w: w.setAccessibleName(translate("Consult", "The selected comment and its replies")))
        self.reading.setReadOnly(True)
        self.go_button = push_button(QT_TRANSLATE_NOOP("Consult", "&Go to field"), "go_button",
                                       QT_TRANSLATE_NOOP("Consult", "Show the field or row the comment is on"), self)
        self.reply_button = push_button(QT_TRANSLATE_NOOP("Consult", "Re&ply..."), "reply_button",
                                       QT_TRANSLATE_NOOP("Consult", "Answer the selected comment"), self)
        self.resolve_button = push_button(QT_TRANSLATE_NOOP("Consult", "Re&solve"), "resolve_button",
                                       QT_TRANSLATE_NOOP("Consult", "Mark the selected comment resolved"), self)
        self.reopen_button = push_button(QT_TRANSLATE_NOOP("Consult", "Reope&n"), "reopen_button",
                                       QT_TRANSLATE_NOOP("Consult", "Open the selected comment again"), self)
        self.new_button = push_button(QT_TRANSLATE_NOOP("Consult", "Comment on the &whole proposal..."), "new_button",
                                       QT_TRANSLATE_NOOP("Consult", "A comment that is on no one field (right-click a field or a table row to comment on "
                                                                   "it)"), self)
        self.go_button.clicked.connect(self.jump)
        self.reply_button.clicked.connect(lambda: self._ask(self.reply_requested))
        self.resolve_button.clicked.connect(lambda: self._ask(self.resolve_requested))
        self.reopen_button.clicked.connect(lambda: self._ask(self.reopen_requested))
        self.new_button.clicked.connect(lambda: self.comment_requested.emit(""))

        buttons = QHBoxLayout()
        for button in (self.go_button, self.reply_button, self.resolve_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.reading, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.new_button)
        self._show_current()

    # --- showing -------------------------------------------------------------------------------------

    def on_language_changed(self, _lang: str) -> None:
        """Dates, counts and words again in the interface's language (the selected comment is kept)."""
        self.set_overview(self.overview, self.read_only_reason)

    def set_overview(self, overview: Overview, read_only_reason: str | None = None) -> None:
        """Show ``overview``; keep the selected comment selected if it is still there."""
        keep = self.current_number()
        self.overview = overview
        self.read_only_reason = overview.error or read_only_reason
        self.model.set_overview(overview)
        for key, _title in GROUPS:
            group = self.model.group_index(key)
            if group.isValid():
                self.tree.setExpanded(group, key != "resolved")
        counts = (len(overview.open), len(overview.resolved), len(overview.detached))
        if overview.error:
            self.summary.setText(translate("Consult", "The comments cannot be shown."))
        elif not overview.comments:
            self.summary.setText(translate("Consult", "No comments yet. Right-click a field or a table row to comment on it."))
        elif counts[2]:
            self.summary.setText(fill(translate("Consult", "%1 open, %2 resolved, %3 no longer attached."),
                                      number(counts[0]), number(counts[1]), number(counts[2])))
        else:
            self.summary.setText(fill(translate("Consult", "%1 open, %2 resolved."), number(counts[0]), number(counts[1])))
        self.error.setText(overview.error or "")
        self.error.setVisible(bool(overview.error))
        if keep is not None:
            self.select(keep)
        self._show_current()

    def current_number(self) -> int | None:
        comment = self.current()
        return comment.number if comment is not None else None

    def current(self) -> Comment | None:
        return self.model.comment(self.tree.currentIndex())

    def select(self, number: int) -> bool:
        index = self.model.index_of(number)
        if not index.isValid():
            return False
        self.tree.setExpanded(index.parent(), True)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def select_path(self, pattern_or_path: str) -> bool:
        """Select the first open comment on that field or row (for a marker's "show")."""
        for comment in self.overview.open:
            if comment.anchor.path == pattern_or_path or self.overview.places[comment.number].pattern == pattern_or_path \
                    or self.overview.places[comment.number].table == pattern_or_path:
                return self.select(comment.number)
        return False

    def _show_current(self) -> None:
        comment = self.current()
        self.reading.setPlainText(thread_text(comment) if comment is not None else "")
        editable = self.read_only_reason is None
        self.go_button.setEnabled(comment is not None and not comment.detached)
        self.reply_button.setEnabled(comment is not None and editable)
        self.resolve_button.setEnabled(comment is not None and comment.is_open and editable)
        self.reopen_button.setEnabled(comment is not None and not comment.is_open and editable)
        self.new_button.setEnabled(editable)
        reason = "" if editable else fill(translate("Consult", "Read-only: %1"), self.read_only_reason)
        for button in (self.reply_button, self.resolve_button, self.reopen_button, self.new_button):
            button.setToolTip(reason or button.accessibleDescription())

    # --- actions -------------------------------------------------------------------------------------

    def jump(self) -> None:
        comment = self.current()
        if comment is not None and not comment.detached:
            self.jump_requested.emit(comment.anchor.path)

    def _ask(self, signal: SignalInstance) -> None:
        number = self.current_number()
        if number is not None:
            signal.emit(number)
