"""Text typed into a field or a table cell, turned into a value to offer the model, and back.

The one place where the wizard reads what people type: the page binder
(:mod:`wizard.gui.steps.binder`), the table cells (:mod:`wizard.gui.tables.listeditor`) and the paste
preview all call :func:`value_from_text` and :func:`text_from_value`.  Both take a number locale, the
window's (:func:`window_locale`, the interface language's convention), so reading numbers the way a
reader writes them ("10.562.088" in Indonesian) is a change to :func:`_number_text` alone.

Text that cannot be a value of its kind at all ("lots" in a number) is refused here with
:class:`EntryError`, whose message shows the accepted form; values of the right kind that the model
refuses (a likelihood of 9) are refused by pydantic, through the document, in the model's words.
"""

from __future__ import annotations

import datetime as _dt
import re
import typing
from decimal import Decimal, InvalidOperation

from wizard.gui import language
from wizard.gui.language import fill, translate
from wizard import fields
from wizard.model import Choice

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
    return fill(translate("Entry", "Not yet valid: %1"), reason) if reason else ""


def example(sp: fields.FieldSpec, locale: str = "en") -> str:
    """How a value of ``sp``'s kind is written in the number locale, for messages ("1.250.000,50" in id)."""
    if sp.kind == "int":
        return "2030" if sp.is_year else _in_locale("350000", locale)
    if sp.kind == "decimal":
        return _in_locale("1250000.50", locale)
    if sp.kind == "date":
        return "2026-03-31"
    return ""


def accepted_form(sp: fields.FieldSpec, locale: str = "en") -> str:
    """One sentence on what a field of ``sp``'s kind accepts in the number locale, or "" for free text."""
    if sp.kind == "int":
        if sp.is_year:
            return translate("Entry", "a year of four digits, like 2030")
        return fill(translate("Entry", "a whole number, like %1 or 350000"), example(sp, locale))
    if sp.kind == "decimal":
        decimal_sign = _separators(locale)[0]
        plain = f"1250000{decimal_sign}5"
        if decimal_sign == ".":
            return fill(translate("Entry", "a number, like %1 or %2"), example(sp, locale), plain)
        return fill(translate("Entry", "a number, like %1 or %2 (or 1,250,000.50)"), example(sp, locale), plain)
    if sp.kind == "date":
        return fill(translate("Entry", "a date written YYYY-MM-DD, like 2026-03-31, or picked from the calendar (%1)"),
                    CALENDAR_KEYS)
    if sp.kind in ("choice", "bool"):
        return translate("Entry", "one of the choices in the list")
    return ""


def _separators(locale: str) -> tuple[str, str]:
    from wizard.money import separators

    return separators(locale)


def _grouped_whole(text: str, group_sign: str) -> bool:
    """Whether ``text`` is a whole number grouped in threes by ``group_sign`` (``350.000`` in id)."""
    return bool(re.fullmatch(r"[+-]?\d{1,3}(" + re.escape(group_sign) + r"\d{3})+", text))


def _in_locale(plain: str, locale: str) -> str:
    """A plain number ("-1250000.50") with the locale's grouping and decimal sign, every digit kept."""
    decimal_sign, group_sign = _separators(locale)
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("+-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sign + group_sign.join(groups)
    return f"{text}{decimal_sign}{fraction}" if fraction else text


def _reads_as(sp: fields.FieldSpec, text: str, locale: str) -> Decimal | None:
    """The number ``text`` stands for in a field of ``sp`` (see :func:`_number_text`), or None if refused."""
    try:
        return Decimal(_number_text(sp, text, locale))
    except (EntryError, InvalidOperation):
        return None


def number_text(sp: fields.FieldSpec, value: Decimal | int, locale: str) -> str:
    """A number of the model as a field or cell shows it: the locale's separators, every stored digit.

    What is shown is always read back as the same number (see :func:`_number_text`): where the locale's
    own form would be ambiguous to :func:`wizard.money.parse_number` ("16.200" in Indonesian could be
    16200 or 16.2), the number is shown ungrouped ("16200"); three decimals after a whole part under
    1,000 ("8,125", which English reads as 8125) get a fourth ("8,1250").
    """
    plain = format(value, "f") if isinstance(value, Decimal) else str(value)
    number = Decimal(plain)
    shown = _in_locale(plain, locale)
    if _reads_as(sp, shown, locale) == number:
        return shown
    if "." in plain:
        shorter = _in_locale(plain.rstrip("0").rstrip("."), locale)  # "8,5" for 8.500
        if _reads_as(sp, shorter, locale) == number:
            return shorter
    ungrouped = plain.replace(".", _separators(locale)[0])
    if _reads_as(sp, ungrouped, locale) == number:
        return ungrouped
    if "." in plain:
        longer = _in_locale(plain + "0", locale)
        if _reads_as(sp, longer, locale) == number:
            return longer
    return plain


def _number_text(sp: fields.FieldSpec, text: str, locale: str) -> str:
    """``text`` as a plain number ("1250000.5") for pydantic; EntryError if it cannot be one.

    Read by :func:`wizard.money.parse_number` in the proposal's number locale: its own separators
    ("10.562.088", "8,5" in Indonesian), the English ones where they cannot be misread, and a refusal
    that shows the accepted forms where they could.  A whole-number field also takes the locale's own
    grouping ("350.000" in Indonesian): a whole number is never written with three decimals, so only
    the grouping reading is left.
    """
    from wizard.money import NumberParseError, parse_number

    stripped = text.strip()
    what = (translate("Entry", "a year (four digits)") if sp.is_year else translate("Entry", "a whole number")
            if sp.kind == "int" else translate("Entry", "a number"))
    if sp.kind == "int" and _grouped_whole(stripped, _separators(locale)[1]):
        return stripped.replace(_separators(locale)[1], "").lstrip("+")
    try:
        number = parse_number(stripped, locale)
    except NumberParseError as refusal:
        if "could be" in str(refusal) or (sp.kind == "decimal" and any(c.isdigit() for c in stripped)):
            # A number that reads two ways, or a misplaced separator: parse_number says which forms are read.
            raise EntryError(fill(translate("Entry", "must be %1: %2"), what, refusal)) from None
        raise EntryError(fill(translate("Entry", "must be %1, written like %2 (got '%3')"), what, example(sp, locale),
                              stripped)) from None
    if sp.kind == "int":
        if number != number.to_integral_value():
            raise EntryError(fill(translate("Entry", "must be %1, written like %2 (got '%3')"), what, example(sp, locale),
                                  stripped))
        return str(int(number))
    plain = format(number, "f")
    return plain.lstrip("-") if number.is_zero() else plain  # no "-0"


def value_from_text(sp: fields.FieldSpec, text: str, locale: str = "en") -> typing.Any:
    """What to offer the model for ``text`` typed into a field or cell of ``sp`` (see :func:`fields.from_text`)."""
    stripped = text.strip()
    if sp.kind in ("int", "decimal") and stripped:
        return _number_text(sp, stripped, locale)
    if sp.kind == "date" and stripped:
        try:
            return _dt.date.fromisoformat(stripped)
        except ValueError:
            raise EntryError(fill(translate("Entry", "must be a date written YYYY-MM-DD, like %1, or picked from the "
                                                     "calendar (%2) (got '%3')"), example(sp), CALENDAR_KEYS, stripped)) from None
    if sp.kind == "choice" and stripped:
        assert sp.enum is not None
        return _choice_from_label(sp.enum, stripped)
    if sp.kind == "choice_list":
        assert sp.enum is not None
        return [_choice_from_label(sp.enum, part) for part in re.split(r"[;\n]", text) if part.strip()]
    return fields.from_text(sp, text)


def _choice_from_label(enum: type[Choice], text: str) -> Choice | str:
    """The member ``text`` names in the interface's language, else as :func:`fields.choice_from_text` reads it
    (its English label or stored value): a cell shows the translated label, and what it shows reads back."""
    wanted = text.strip().casefold()
    for member in enum:
        if language.choice_label(member).casefold() == wanted:
            return member
    return fields.choice_from_text(enum, text)


def text_from_value(sp: fields.FieldSpec, value: typing.Any, locale: str = "en") -> str:
    """How the model's value is shown in a field or cell of ``sp``: numbers in the number locale."""
    if sp.kind in ("int", "decimal") and isinstance(value, (int, Decimal)) and not isinstance(value, bool) \
            and not sp.is_year:
        return number_text(sp, value, locale)
    # A choice is shown with its label in the interface's language (the stored value never changes).
    if isinstance(value, Choice):
        return language.choice_label(value)
    if sp.kind == "choice_list" and isinstance(value, list):
        return "; ".join(language.choice_label(v) if isinstance(v, Choice) else str(v) for v in value)
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


def files_locale(proposal: typing.Any) -> str:
    """The number format of the team's own files (``meta.number_locale``, "en" when it says nothing): how
    numbers written as text in a spreadsheet they import are read ('380.000.000.000' in Indonesian)."""
    meta = getattr(proposal, "meta", None)
    code = getattr(meta, "number_locale", None)
    code = getattr(code, "value", code)
    return str(code) if code else "en"


def window_locale() -> str:
    """The number convention of everything the window shows and reads, typed fields and table cells
    included: the interface language's (:func:`wizard.money.reader_locale`), so that a window never mixes
    two ('IDR 442,1bn' beside 'IDR 4,420.5億').  The proposal's ``meta.number_locale`` does not decide it
    (it says how the team's imported files write numbers: :func:`files_locale`); the exports write English
    numbers whatever either says."""
    from wizard.money import reader_locale

    return reader_locale(language.current())
