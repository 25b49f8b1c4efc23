"""Plain-language error messages: what is wrong and where, in a planner's words."""

from __future__ import annotations

import os
import typing
from decimal import Decimal
from enum import Enum
from pathlib import Path

if typing.TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from wizard.i18n.said import Option, Said

# The model (pydantic and its validators, about a third of a command's start-up) is imported only when a
# message needs it: the error classes above are raised and caught by every command, and the command
# line and the window import them before anything else.


class CityPitchError(Exception):
    """Base for errors that are shown to the user as they are (never as a traceback).

    An error may carry its message as a :class:`~wizard.i18n.said.Said` (:meth:`saying`): the message
    is its English, and a translated window words the sentence in its own language.
    """

    #: The message as a sentence the window can word (None: the message is English text only).
    said: Said | None = None

    @classmethod
    def saying(cls, said: Said) -> typing.Self:
        """This error with ``said`` as its message (``str(error)`` is its English)."""
        error = cls(str(said))
        error.said = said
        return error


class ProjectFileError(CityPitchError):
    """A project file could not be read or written; the message names the file and the problem.

    ``problem`` may be a :class:`~wizard.i18n.said.Said` (kept as :attr:`problem_said`): the message is
    its English, and a translated window words "file: problem" in its language (:attr:`said`).
    """

    def __init__(self, path: str | os.PathLike[str], problem: str | Said) -> None:
        self.path = Path(path)
        self.problem = str(problem)
        #: The problem as a sentence a window can word (None: English text only).
        self.problem_said: Said | None = None if isinstance(problem, str) else problem
        super().__init__(f"{self.path}: {self.problem}")
        if self.problem_said is not None:
            from wizard.i18n.said import said

            self.said = said("%1: %2", str(self.path), self.problem_said)


class NewerVersionError(ProjectFileError):
    """The file was written by a newer CityPitch; it is refused rather than down-converted."""


def _unwrap(annotation: typing.Any) -> typing.Any:
    """Strip Optional/Annotated to the inner type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation
        else:
            return annotation


def describe_location(loc: tuple[typing.Any, ...], root: type[BaseModel] | None = None,
                      lang: str = "en") -> tuple[str, typing.Any]:
    """Turn a pydantic error location into 'Problem › KPIs › row 3 › Baseline' and its FieldInfo.

    ``root`` is the model the location starts from; by default the whole proposal.  ``lang``: the
    place in that language ("課題 › 重要業績評価指標（KPI） › 3行目 › 基準値"), from the one source of field
    titles (:func:`wizard.fields.title`); a location inside another model stays English.
    """
    if root is None:
        from wizard.model import Proposal

        root = Proposal
    if lang != "en" and root.__name__ == "Proposal" and all(isinstance(p, (str, int)) for p in loc):
        from wizard.fields import title
        from wizard.paths import join

        return title(join(loc), lang), describe_location(loc, root)[1]
    names: list[str] = []
    model: typing.Any = root
    info = None
    for part in loc:
        if isinstance(part, int):
            names.append(f"row {part + 1}")
            continue
        fields = getattr(model, "model_fields", None) if isinstance(model, type) else None
        if fields and part in fields:
            info = fields[part]
            names.append(info.title or str(part))
            inner = _unwrap(info.annotation)
            if typing.get_origin(inner) is list:
                inner = _unwrap(typing.get_args(inner)[0])
            model = inner
        else:
            names.append(str(part))
            model = None
            info = None
    return " › ".join(names) or "Proposal", info


def _bounds(info: typing.Any) -> tuple[typing.Any, typing.Any]:
    lo = hi = None
    for meta in getattr(info, "metadata", []) or []:
        lo = getattr(meta, "ge", lo) if getattr(meta, "ge", None) is not None else lo
        lo = getattr(meta, "gt", lo) if getattr(meta, "gt", None) is not None else lo
        hi = getattr(meta, "le", hi) if getattr(meta, "le", None) is not None else hi
    inner = typing.get_args(info.annotation) if info is not None else ()
    for arg in inner:
        for meta in getattr(arg, "__metadata__", ()):
            for sub in getattr(meta, "metadata", [meta]):
                if getattr(sub, "ge", None) is not None:
                    lo = sub.ge
                if getattr(sub, "gt", None) is not None:
                    lo = sub.gt
                if getattr(sub, "le", None) is not None:
                    hi = sub.le
    return lo, hi


def _choices(info: typing.Any) -> Said | Option | None:
    """The field's choices, 'Brunei dollar (BND), Cambodian riel (KHR), ...', each by its label in the
    reader's language (:class:`~wizard.i18n.said.Option`)."""
    if info is None:
        return None
    inner = _unwrap(info.annotation)
    if typing.get_origin(inner) is list:
        inner = _unwrap(typing.get_args(inner)[0])
    if isinstance(inner, type) and issubclass(inner, Enum):
        from wizard.i18n.said import Option, said

        items = [Option(f"{inner.__module__}.{inner.__qualname__}", str(m.value)) for m in inner]
        listed: Said | Option = items[0]
        for item in items[1:]:
            listed = said("%1, %2", listed, item)
        return listed
    return None


def _shown(value: typing.Any) -> str:
    if isinstance(value, str):
        # Control characters and broken ones are shown as escapes, never printed raw into a message.
        value = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else repr(ch)[1:-1] for ch in value[:60])
    if isinstance(value, str):
        text = f"'{value}'"
    elif isinstance(value, Decimal):  # a typed number: 400, not Decimal('400')
        text = str(value)
    else:
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "...'"


def _number(bound: typing.Any) -> str:
    """A bound as a reader writes it: 1,000,000,000,000,000 rather than 1000000000000000."""
    return f"{bound:,}" if isinstance(bound, (int, float)) and not isinstance(bound, bool) and abs(bound) >= 10_000 else str(bound)


def _bound(bound: typing.Any) -> int | str:
    """A bound as a part of a sentence: a large whole number as a count (grouped as the reader groups
    digits; 1,000,000,000,000,000 in English), anything else as :func:`_number` writes it."""
    if isinstance(bound, int) and not isinstance(bound, bool) and abs(bound) >= 10_000:
        return bound
    return _number(bound)


def _value_error(error: typing.Mapping[str, typing.Any]) -> Said | str:
    """A validator's own message (``value_error``, ``assertion_error``), kept as it was written: its sentence
    when it carries one (a :class:`CityPitchError` or :class:`~wizard.money.NumberParseError` made with a
    Said), else its English text."""
    cause = (error.get("ctx") or {}).get("error")
    found = getattr(cause, "said", None)
    if found is not None:
        return typing.cast("Said", found)
    text = str(cause) if cause is not None else str(error.get("msg", "")).removeprefix("Value error, ")
    return text.rstrip(".") or "is not valid"


def problem(error: typing.Mapping[str, typing.Any], root: type[BaseModel] | None = None) -> Said:
    """One pydantic error as the sentence 'Where: what is wrong (got ...)' (:mod:`wizard.i18n.said`).

    Its English is :func:`explain_one`'s, for the command line; a translated window words it: the place
    by its field titles in the language (inside a proposal; a place inside another model keeps the
    model's English titles) and what is wrong as :func:`problem_what` says it."""
    from wizard.i18n.said import Place, said
    from wizard.paths import join

    loc = tuple(error.get("loc", ()))
    where: str | Place = describe_location(loc, root)[0]
    if (root is None or root.__name__ == "Proposal") and all(isinstance(p, (str, int)) for p in loc):
        where = Place(join(loc))
    return said("%1: %2", where, problem_what(error, root))


def problem_what(error: typing.Mapping[str, typing.Any], root: type[BaseModel] | None = None) -> Said | str:
    """What is wrong, without the place ('must be a number (got 'many')'): a phrase of its own for each of
    pydantic's error types, a validator's own message as it was written, and for a type without a phrase
    one that quotes the type and pydantic's English."""
    from wizard.i18n.said import said

    info = describe_location(tuple(error.get("loc", ())), root)[1]
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    is_year = bool(info and "year" in (info.title or "").lower() and "years" not in (info.title or "").lower())
    lo, hi = _bounds(info)
    what: Said | str
    if kind == "greater_than_equal" and ctx.get("ge") == 0:
        what = said("cannot be negative")
    elif kind == "greater_than" and lo is not None and hi is not None:
        what = said("must be more than %1 and at most %2", _bound(lo), _bound(hi))
    elif kind in ("greater_than_equal", "less_than_equal", "less_than") and lo is not None and hi is not None:
        what = said("must be a year between %1 and %2", str(lo), str(hi)) if is_year \
            else said("must be between %1 and %2", _bound(lo), _bound(hi))
    elif kind in ("greater_than_equal",):
        what = said("must be at least %1", str(ctx.get("ge")))
    elif kind == "greater_than":
        what = said("must be more than %1", str(ctx.get("gt")))
    elif kind == "less_than_equal":
        what = said("must be at most %1", str(ctx.get("le")))
    elif kind in ("int_parsing", "int_type", "int_from_float"):
        what = said("must be a year (four digits)") if is_year else said("must be a whole number")
    elif kind in ("decimal_parsing", "decimal_type", "float_parsing", "float_type", "finite_number"):
        what = said("must be a number")
    elif kind in ("decimal_max_places",):
        what = said("can have at most %1 decimal places", str(ctx.get("decimal_places")))
    elif kind in ("decimal_max_digits", "decimal_whole_digits"):
        what = said("is too large: it must be between %1 and %2", _bound(lo), _bound(hi)) if lo is not None and hi is not None \
            else said("is too large")
    elif kind in ("enum", "literal_error"):
        choices = _choices(info)
        what = said("must be one of: %1", choices) if choices else said("is not one of the allowed choices")
    elif kind in ("string_too_long",):
        what = said("is too long (at most %1 characters)", str(ctx.get("max_length")))
    elif kind == "string_pattern_mismatch":
        what = said("must be a colour written like #1A6B8C") if info and "colour" in (info.title or "").lower() \
            else said("has the wrong format")
    elif kind in ("string_type",):
        what = said("must be text")
    elif kind == "string_unicode":
        what = said("contains a broken character (half of a UTF-16 pair): the text was damaged on the way; type that "
                    "part again")
    elif kind == "text_nul":
        what = said("contains a NUL character (a zero byte) at position %1, which text cannot hold: the file is damaged "
                    "or not text there; remove it", str(ctx.get("position")))
    elif kind == "text_surrogate":
        what = said("contains a broken character (half of a UTF-16 pair) at position %1: the text was damaged on the "
                    "way; type that part again", str(ctx.get("position")))
    elif kind in ("bool_parsing", "bool_type"):
        what = said("must be yes or no")
    elif kind in ("date_parsing", "date_from_datetime_parsing", "date_type", "date_from_datetime_inexact"):
        what = said("must be a date written YYYY-MM-DD")
    elif kind in ("datetime_parsing", "datetime_from_date_parsing", "datetime_type", "datetime_object_invalid"):
        what = said("must be a date and time written like 2026-11-30T10:00:00")
    elif kind in ("list_type",):
        what = said("must be a list")
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        what = said("must be a group of fields (an object)")
    elif kind == "missing":
        what = said("is required")
    elif kind == "extra_forbidden":
        what = said("is not a field CityPitch knows")
    elif kind in ("value_error", "assertion_error"):
        what = _value_error(error)
    else:
        message = str(error.get("msg", "")).rstrip(".")
        what = said("is not valid (%1: %2)", str(kind), message[0].lower() + message[1:]) if message \
            else said("is not valid (%1)", str(kind))
    if "input" in error and kind not in ("missing", "model_type", "model_attributes_type", "dict_type", "list_type",
                                         "text_nul", "text_surrogate", "string_unicode"):
        what = said("%1 (got %2)", what, _shown(error["input"]))
    return what


def explain_one(error: typing.Mapping[str, typing.Any], root: type[BaseModel] | None = None) -> str:
    """One pydantic error as 'Where: what is wrong (got ...)' (the English of :func:`problem`)."""
    return str(problem(error, root))


def explained(exc: ValidationError, root: type[BaseModel] | None = None, limit: int = 3) -> Said:
    """The first ``limit`` errors of a ValidationError as one sentence ('a; b; c; and 2 more problems'),
    which a translated window words in its language (each error as :func:`problem` says it)."""
    from wizard.i18n.said import Said, said

    errors = exc.errors(include_url=False)
    sentence: Said | str = ""
    for index, error in enumerate(errors[:limit]):
        sentence = problem(error, root) if index == 0 else said("%1; %2", sentence, problem(error, root))
    more = len(errors) - limit
    if more == 1:
        sentence = said("%1; and 1 more problem", sentence)
    elif more > 1:
        sentence = said("%1; and %2 more problems", sentence, more)
    return sentence if isinstance(sentence, Said) else said("is not valid (%1)", "no details")


def explain(exc: ValidationError, root: type[BaseModel] | None = None) -> list[str]:
    """Every error of a ValidationError as a plain-language line."""
    return [explain_one(e, root) for e in exc.errors(include_url=False)]
