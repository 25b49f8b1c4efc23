"""A calendar for date fields and date cells: a button inside the box, or Alt+Down / F4 from the keyboard.

:func:`attach_calendar` gives a QLineEdit that holds a date (written YYYY-MM-DD) a calendar button at
its right end.  The calendar opens on the date in the box (today when it is empty or not a date);
arrow keys move by day and week, Page Up and Page Down by month, Enter or a click takes the date,
Escape closes it and leaves the box as it was.  Typing a date stays possible.
"""

from __future__ import annotations

import datetime as _dt
import typing

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QToolButton, QVBoxLayout, QWidget

from wizard.gui import language
from wizard.gui.language import fill, translate
from wizard.gui.steps.entry import CALENDAR_KEYS

BUTTON_TEXT = f"Choose a date from the calendar ({CALENDAR_KEYS})"


def button_text() -> str:
    """The calendar button's name and tooltip, in the interface's language."""
    return fill(translate("DatePicker", "Choose a date from the calendar (%1)"), CALENDAR_KEYS)


def _calendar_icon(colour: QColor) -> QIcon:
    """A small drawn calendar (no icon theme is guaranteed on Windows or a bare Linux)."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(colour, 1))
    painter.drawRect(QRect(1, 3, 13, 11))
    painter.fillRect(QRect(1, 3, 14, 3), colour)
    painter.drawLine(4, 1, 4, 4)
    painter.drawLine(11, 1, 11, 4)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(QRect(x, y, 2, 2), colour)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar shown under a date box; emits ``date_chosen`` with the picked date."""

    date_chosen = Signal(object)  # datetime.date

    def __init__(self, owner: QWidget) -> None:
        # A child of the box it serves: a table's cell editor then keeps its editor open while the
        # calendar has the focus (the delegate closes editors only when focus leaves the editor).
        super().__init__(owner, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(translate("DatePicker", "Calendar"))
        self.calendar.setAccessibleDescription(translate("DatePicker", "Arrow keys move by day and week, Page Up and Page Down "
                                                                       "by month; Enter takes the date, Escape closes"))
        # The month and day names follow the interface's language.
        self.calendar.setLocale(language.qt_locale())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._take)  # Enter, or a double click
        self.calendar.clicked.connect(self._take)

    def _take(self, date: QDate) -> None:
        self.date_chosen.emit(_dt.date(date.year(), date.month(), date.day()))
        self.close()

    def open_at(self, anchor: QWidget, date: _dt.date) -> None:
        self.calendar.setSelectedDate(QDate(date.year, date.month, date.day))
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        self.adjustSize()
        screen = anchor.screen().availableGeometry() if anchor.screen() is not None else None
        if screen is not None:
            # Above the box when there is no room under it; never past the screen's right edge.
            if below.y() + self.height() > screen.bottom():
                below.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height())
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.width())))
        self.move(below)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DatePicker(QObject):
    """The calendar button and keys of one date box; ``picked`` after a date is written into it."""

    picked = Signal()

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.popup: CalendarPopup | None = None
        colour = edit.palette().color(QPalette.ColorRole.Text)
        self.action = QAction(_calendar_icon(colour), button_text(), edit)
        self.action.setObjectName("pick_date")
        self.action.setToolTip(button_text())
        self.action.triggered.connect(self.open)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        # The button Qt makes for the action is icon-only: give it a name screen readers say.
        for button in edit.findChildren(QToolButton):
            if button.defaultAction() is self.action:
                button.setAccessibleName(button_text())
        edit.installEventFilter(self)

    def button(self) -> QToolButton | None:
        for button in self.edit.findChildren(QToolButton):
            if button.defaultAction() is self.action:
                return button
        return None

    def open(self) -> None:
        if self.edit.isReadOnly() or not self.edit.isEnabled():
            return
        if self.popup is None:
            self.popup = CalendarPopup(self.edit)
            self.popup.date_chosen.connect(self._on_chosen)
        try:
            shown = _dt.date.fromisoformat(self.edit.text().strip())
        except ValueError:
            shown = _dt.date.today()
        self.popup.open_at(self.edit, shown)

    def _on_chosen(self, date: _dt.date) -> None:
        self.edit.setText(date.isoformat())
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.picked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event = typing.cast(QKeyEvent, event)
            alt_down = key_event.key() == Qt.Key.Key_Down and key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or (key_event.key() == Qt.Key.Key_F4 and not key_event.modifiers()):
                self.open()
                return True
        return False


def attach_calendar(edit: QLineEdit) -> DatePicker:
    """Give ``edit`` (a box holding a YYYY-MM-DD date) a calendar; connect to the picker's ``picked``."""
    existing = edit.findChild(DatePicker)
    if existing is not None:
        return existing
    return DatePicker(edit)
