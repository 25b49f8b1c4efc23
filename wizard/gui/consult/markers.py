"""Comment markers on the step pages, and the right-click "Comment..." on every field and table row.

- A field with open comments gets a marker right under it: a small button saying how many and by whom
  (the comments themselves in its tooltip); pressing it shows them in the Comments panel.
- A table row with open comments gets a comment icon beside its number (the comments in the number's
  tooltip), and the table a marker under it, like a field.
- Right-clicking a field adds "Comment on <field>..." to its menu; right-clicking a table cell offers
  the cell, its row and the whole table.

A page's markers are a :class:`PageMarkers`, made when the page is built; it finds the page's widgets
through its binder, so the page itself knows nothing of comments.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from wizard.gui import language
from wizard.gui.language import fill, number, translate
from wizard.gui.tables import columns as column_titles
from wizard import fields
from wizard.gui.steps.pages import WizardPage
from wizard.gui.tables.listeditor import ListEditor

if typing.TYPE_CHECKING:
    # The review code is imported when there is a comment to show (the controller has then been built): a
    # page's right-click menu and its markers are made with the page, before any of it is needed.
    from wizard.review.overview import Overview
    from wizard.review.records import Comment

MARKER_COLOUR = "#5B3FA0"


@functools.cache
def comment_icon(colour: str = MARKER_COLOUR) -> QIcon:
    """A small speech bubble (drawn at twice the size, so it stays crisp on high-DPI screens)."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(1, 2, 14, 9.5), 3, 3)
    tail = QPainterPath()
    tail.moveTo(4, 10.5)
    tail.lineTo(4, 14.5)
    tail.lineTo(8.5, 10.5)
    tail.closeSubpath()
    painter.drawPath(bubble.united(tail))
    painter.end()
    return QIcon(pixmap)


def summary(comments: Sequence[Comment]) -> str:
    """ "2 open comments, by Maya Tan and Ari Wibowo" (names as written, made safe to show)."""
    from wizard.review import text

    names: list[str] = []
    for comment in comments:
        name = text.one_line(comment.author) or "someone"
        if name not in names:
            names.append(name)
    people = names[0] if len(names) == 1 else fill(translate("Consult", "%1 and %2"), ", ".join(names[:-1]), names[-1])
    count = len(comments)
    return fill(translate("Consult", "1 open comment, by %2") if count == 1
                else translate("Consult", "%1 open comments, by %2"), number(count), people)


#: A marker's tooltip shows this many comments whole; the rest are counted (all are in the panel).
TOOLTIP_COMMENTS = 8


def details(comments: Sequence[Comment]) -> str:
    """The comments of a marker as plain text for its tooltip: the first few whole, the rest counted."""
    from wizard.review import text

    shown = comments[:TOOLTIP_COMMENTS]
    body = "\n\n".join(f"{number(c.number)}. {c.author}, {language.date_text(c.created)}: {c.text}"
                        + "".join("\n    " + fill(translate("Consult", "Reply by %1: %2"), r.author, r.text) for r in c.replies)
                        for c in shown)
    more = len(comments) - len(shown)
    if more:
        body += "\n\n" + fill(translate("Consult", "And %1 more: see them all in the Comments panel."), number(more))
    return text.terminal(body)


class CommentMarker(QToolButton):
    """The marker under a field or table: how many open comments, by whom; pressing it shows them."""

    def __init__(self, path: str, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.path = path
        self.field_title = title
        self.setObjectName(f"comments_{fields.object_name(path)}")
        self.setIcon(comment_icon())
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setStyleSheet(f"QToolButton {{ color: {MARKER_COLOUR}; font-weight: bold; }}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def show_comments(self, comments: Sequence[Comment]) -> None:
        line = summary(comments)
        self.setText(line + " (show)")
        self.setToolTip(details(comments))
        self.setAccessibleName(f"{self.field_title}: {line}")


def place_below(widget: QWidget, marker: QWidget) -> bool:
    """Put ``marker`` on the line under ``widget`` in the widget's layout (a form or a box layout)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        row, _role = typing.cast("tuple[int, QFormLayout.ItemRole]", layout.getWidgetPosition(widget))
        if row < 0:
            return False
        layout.insertRow(row + 1, "", marker)
        return True
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(widget)
        if index < 0:
            return False
        layout.insertWidget(index + 1, marker)
        return True
    return False


def _set_row_visible(marker: QWidget, visible: bool) -> None:
    marker.setVisible(visible)
    parent = marker.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        row, _role = typing.cast("tuple[int, QFormLayout.ItemRole]", layout.getWidgetPosition(marker))
        if row >= 0:
            layout.setRowVisible(row, visible)


# --- the right-click menu ----------------------------------------------------------------------------

#: What a menu entry asks for: a comment on this path.
Ask = Callable[[str], None]


def field_menu(widget: QWidget, path: str, title: str, ask: Ask, pos: QPoint | None = None) -> QMenu:
    """The widget's own context menu (cut, copy, paste for text) plus "Comment on <field>..."."""
    menu: QMenu | None = None
    if isinstance(widget, QLineEdit):
        menu = widget.createStandardContextMenu()
    elif isinstance(widget, QPlainTextEdit):
        menu = widget.createStandardContextMenu(pos) if pos is not None else widget.createStandardContextMenu()
    if menu is None:
        menu = QMenu(widget)
    else:
        menu.addSeparator()
    action = menu.addAction(comment_icon(), fill(translate("Consult", "Comment on %1..."), title))
    action.setObjectName("comment_action")
    action.triggered.connect(lambda _checked=False: ask(path))
    return menu


def table_menu(editor: ListEditor, pos: QPoint, ask: Ask) -> QMenu:
    """For a table cell: comment on the cell, on its row, or on the whole table."""
    menu = QMenu(editor)
    assert editor.model is not None
    model = editor.model
    index = editor.view.indexAt(pos)
    if index.isValid():
        row, column = index.row(), index.column()
        cell = menu.addAction(comment_icon(), fill(translate("Consult", "Comment on %1 in row %2 of %3..."),
                                                   column_titles.title(model.columns[column].title), number(row + 1),
                                                   column_titles.title(model.title)))
        cell.setObjectName("comment_cell_action")
        cell_path = model.cell_path(row, column)
        cell.triggered.connect(lambda _c=False, p=cell_path: ask(p))
        whole_row = menu.addAction(fill(translate("Consult", "Comment on row %1 of %2..."), number(row + 1),
                                        column_titles.title(model.title)))
        whole_row.setObjectName("comment_row_action")
        whole_row.triggered.connect(lambda _c=False, p=f"{editor.pattern}[{row}]": ask(p))
    table = menu.addAction(fill(translate("Consult", "Comment on the whole table %1..."), column_titles.title(model.title)))
    table.setObjectName("comment_table_action")
    table.triggered.connect(lambda _c=False, p=editor.pattern: ask(p))
    return menu


def header_menu(editor: ListEditor, section: int, ask: Ask) -> QMenu:
    """For a row number: comment on that row."""
    menu = QMenu(editor)
    assert editor.model is not None
    action = menu.addAction(comment_icon(), fill(translate("Consult", "Comment on row %1 of %2..."), number(section + 1),
                                                 column_titles.title(editor.model.title)))
    action.setObjectName("comment_row_action")
    action.triggered.connect(lambda _c=False, p=f"{editor.pattern}[{section}]": ask(p))
    return menu


class ContextMenus(QObject):
    """Shows the comment menus on right-click (an event filter on each field and table of a page)."""

    def __init__(self, markers: PageMarkers) -> None:
        super().__init__(markers)
        self.markers = markers
        self.targets: dict[QObject, Callable[[QPoint], QMenu]] = {}

    @staticmethod
    def popup(menu: QMenu, at: QPoint) -> None:
        """Show the menu (tests that cannot show a popup replace this)."""
        menu.popup(at)

    def watch(self, target: QWidget, make: Callable[[QPoint], QMenu]) -> None:
        self.targets[target] = make
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ContextMenu and watched in self.targets:
            menu_event = typing.cast(QContextMenuEvent, event)
            menu = self.targets[watched](menu_event.pos())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.markers.menu_shown.emit(menu)
            self.popup(menu, menu_event.globalPos())
            return True
        return False


class PageMarkers(QObject):
    """The comment markers and menus of one page (see the module docstring)."""

    comment_requested = Signal(str)  # the path to comment on
    show_requested = Signal(str)  # show the comments on this path in the panel
    menu_shown = Signal(QMenu)  # a right-click menu just opened (tests pick it up)

    def __init__(self, page: WizardPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.markers: dict[str, CommentMarker] = {}
        self.menus = ContextMenus(self)
        ask = self.comment_requested.emit
        for pattern, binding in page.binder.bindings.items():
            widget = binding.widget
            title = binding.spec.title
            make = functools.partial(self._field_menu, widget, pattern, title, ask)
            self.menus.watch(widget, make)
            if isinstance(widget, QAbstractScrollArea):
                self.menus.watch(widget.viewport(), make)
        for pattern, table in page.binder.tables.items():
            editor = typing.cast(ListEditor, table)
            self.menus.watch(editor.view.viewport(), functools.partial(table_menu, editor, ask=ask))
            header = editor.view.verticalHeader()
            self.menus.watch(header.viewport(), functools.partial(self._header_menu, editor, ask))
            del pattern

    @staticmethod
    def _field_menu(widget: QWidget, path: str, title: str, ask: Ask, pos: QPoint) -> QMenu:
        return field_menu(widget, path, title, ask, pos)

    @staticmethod
    def _header_menu(editor: ListEditor, ask: Ask, pos: QPoint) -> QMenu:
        section = editor.view.verticalHeader().logicalIndexAt(pos)
        if section < 0:
            return table_menu(editor, QPoint(-1, -1), ask)
        return header_menu(editor, section, ask)

    def _marker(self, path: str, widget: QWidget, title: str) -> CommentMarker | None:
        marker = self.markers.get(path)
        if marker is None:
            marker = CommentMarker(path, title, widget.parentWidget() or widget)
            if not place_below(widget, marker):
                marker.deleteLater()
                return None
            marker.clicked.connect(lambda _checked=False, p=path: self.show_requested.emit(p))
            self.markers[path] = marker
        return marker

    def show(self, overview: Overview) -> None:
        """Markers for the open comments in ``overview``; fields and rows with none lose theirs."""
        on_fields = overview.on_fields
        on_tables = overview.on_tables
        for pattern, binding in self.page.binder.bindings.items():
            self._show_marker(pattern, binding.widget, binding.spec.title, on_fields.get(pattern, []))
        for pattern, table in self.page.binder.tables.items():
            editor = typing.cast(ListEditor, table)
            rows = on_tables.get(pattern, {})
            if editor.model is not None:
                marks = {row: details(found) for row, found in rows.items() if row >= 0}
                editor.model.set_row_marks(marks, comment_icon())
            every = [c for found in rows.values() for c in found]
            self._show_marker(pattern, editor, fields.spec(pattern).title, sorted(every, key=lambda c: c.number))

    def _show_marker(self, pattern: str, widget: QWidget, title: str, comments: list[Comment]) -> None:
        marker = self.markers.get(pattern)
        if not comments:
            if marker is not None:
                _set_row_visible(marker, False)
            return
        marker = self._marker(pattern, widget, title)
        if marker is None:
            return
        marker.show_comments(comments)
        _set_row_visible(marker, True)

    def shown(self) -> dict[str, str]:
        """Field or table pattern -> its marker's text, for the markers on screen (tests, the walk-through)."""
        return {p: m.text() for p, m in self.markers.items() if not m.isHidden()}
