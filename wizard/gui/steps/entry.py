"""Text typed into a field or a table cell, turned into a value to offer the model, and back.

The one place where the wizard reads what people type: the page binder
(:mod:`wizard.gui.steps.binder`), the table cells (:mod:`wizard.gui.tables.listeditor`) and the paste
preview all call :func:`value_from_text` and :func:`text_from_value`.  Both take the proposal's
number locale, so reading numbers the way a city writes them ("10.562.088" in Indonesia) is a change
to :func:`_number_text` alone.

Text that cannot be a value of its kind at all ("lots" in a number) is refused here with
:class:`EntryError`, whose message shows the accepted form; values of the right kind that the model
refuses (a likelihood of 9) are refused by pydantic, through the document, in the model's words.
"""

from __future__ import annotations

import datetime as _dt
import re
import typing
from decimal import Decimal, InvalidOperation

from wizard import fields

#: Calendar key named in messages and tooltips: opens the date picker of a date field or cell.
CALENDAR_KEYS = "Alt+Down"


class EntryError(ValueError):
    """Typed text that is no value of its field's kind; ``message`` says what is accepted."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

#: How a refused value is introduced, at the field and in the table cells.
NOT_YET_VALID = "Not yet valid"


def not_yet_valid(reason: str) -> str:
    """The message shown at a field or cell holding a value the model refused."""
    return f"{NOT_YET_VALID}: {reason}" if reason else ""


def example(sp: fields.FieldSpec) -> str:
    """How a value of ``sp``'s kind is written, for messages ("1,250,000.50")."""
    if sp.kind == "int":
        return "2030" if sp.is_year else "350,000"
    if sp.kind == "decimal":
        return "1,250,000.50"
    if sp.kind == "date":
        return "2026-03-31"
    return ""


def accepted_form(sp: fields.FieldSpec) -> str:
    """One sentence on what a field of ``sp``'s kind accepts, or "" for free text."""
    if sp.kind == "int":
        return "a year of four digits, like 2030" if sp.is_year else "a whole number, like 350,000 or 350000"
    if sp.kind == "decimal":
        return "a number, like 1,250,000.50 or 1250000.5"
    if sp.kind == "date":
        return f"a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar ({CALENDAR_KEYS})"
    if sp.kind in ("choice", "bool"):
        return "one of the choices in the list"
    return ""


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _number_text(sp: fields.FieldSpec, text: str, locale: str) -> str:
    """``text`` as a plain number ("1250000.5") for pydantic; EntryError if it cannot be one.

    ``locale`` is the proposal's number locale; today every locale reads English separators
    (1,250,000.50) and plain digits.
    """
    del locale  # the locale-aware reader plugs in here
    plain = typing.cast(str, fields.from_text(sp, text))
    if not _NUMBER.match(plain):
        what = "a year (four digits)" if sp.is_year else "a whole number" if sp.kind == "int" else "a number"
        raise EntryError(f"must be {what}, written like {example(sp)} (got '{text.strip()}')")
    return plain


def value_from_text(sp: fields.FieldSpec, text: str, locale: str = "en") -> typing.Any:
    """What to offer the model for ``text`` typed into a field or cell of ``sp`` (see :func:`fields.from_text`)."""
    stripped = text.strip()
    if sp.kind in ("int", "decimal") and stripped:
        return _number_text(sp, stripped, locale)
    if sp.kind == "date" and stripped:
        try:
            return _dt.date.fromisoformat(stripped)
        except ValueError:
            raise EntryError(
                f"must be a date written YYYY-MM-DD, like {example(sp)}, or picked from the calendar "
                f"({CALENDAR_KEYS}) (got '{stripped}')"
            ) from None
    return fields.from_text(sp, text)


def text_from_value(sp: fields.FieldSpec, value: typing.Any, locale: str = "en") -> str:
    """How the model's value is shown in a field or cell of ``sp``."""
    del locale  # the locale-aware writer plugs in here
    return fields.to_text(sp, value)


def same(sp: fields.FieldSpec, offered: typing.Any, value: typing.Any) -> bool:
    """Whether an offered value (see :func:`value_from_text`) already equals the model's value."""
    if isinstance(offered, _dt.date) and sp.kind == "date":
        return bool(offered == value)
    if isinstance(offered, str) and sp.kind == "decimal" and value is not None:
        try:
            return bool(Decimal(offered) == value)
        except InvalidOperation:
            return False
    return fields.same(sp, offered, value)


def locale_of(proposal: typing.Any) -> str:
    """The number locale the proposal is written in ("en" when it says nothing)."""
    meta = getattr(proposal, "meta", None)
    code = getattr(meta, "number_locale", None)
    code = getattr(code, "value", code)
    return str(code) if code else "en"
