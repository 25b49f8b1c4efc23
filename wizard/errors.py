"""Plain-language error messages: what is wrong and where, in a planner's words."""

from __future__ import annotations

import os
import typing
from enum import Enum
from pathlib import Path

if typing.TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from wizard.i18n.said import Said

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
    """A project file could not be read or written; the message names the file and the problem."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


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


def _choices(info: typing.Any) -> str | None:
    if info is None:
        return None
    inner = _unwrap(info.annotation)
    if typing.get_origin(inner) is list:
        inner = _unwrap(typing.get_args(inner)[0])
    if isinstance(inner, type) and issubclass(inner, Enum):
        from wizard.model import Choice

        items = [m.label if isinstance(m, Choice) else str(m.value) for m in inner]
        return ", ".join(items)
    return None


def _shown(value: typing.Any) -> str:
    if isinstance(value, str):
        # Control characters and broken ones are shown as escapes, never printed raw into a message.
        value = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else repr(ch)[1:-1] for ch in value[:60])
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:37] + "...'"


def _number(bound: typing.Any) -> str:
    """A bound as a reader writes it: 1,000,000,000,000,000 rather than 1000000000000000."""
    return f"{bound:,}" if isinstance(bound, (int, float)) and not isinstance(bound, bool) and abs(bound) >= 10_000 else str(bound)


def explain_one(error: typing.Mapping[str, typing.Any], root: type[BaseModel] | None = None) -> str:
    """One pydantic error as 'Where: what is wrong (got ...)'."""
    where, info = describe_location(tuple(error.get("loc", ())), root)
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    is_year = bool(info and "year" in (info.title or "").lower() and "years" not in (info.title or "").lower())
    lo, hi = _bounds(info)
    if kind == "greater_than_equal" and ctx.get("ge") == 0:
        what = "cannot be negative"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than") and lo is not None and hi is not None:
        what = f"must be a year between {lo} and {hi}" if is_year else f"must be between {_number(lo)} and {_number(hi)}"
        if kind == "greater_than" and lo is not None:
            what = f"must be more than {_number(lo)} and at most {_number(hi)}"
    elif kind in ("greater_than_equal",):
        what = f"must be at least {ctx.get('ge')}" if ctx.get("ge") != 0 else "cannot be negative"
    elif kind == "greater_than":
        what = f"must be more than {ctx.get('gt')}"
    elif kind == "less_than_equal":
        what = f"must be at most {ctx.get('le')}"
    elif kind in ("int_parsing", "int_type", "int_from_float"):
        what = "must be a year (four digits)" if is_year else "must be a whole number"
    elif kind in ("decimal_parsing", "decimal_type", "float_parsing", "float_type", "finite_number"):
        what = "must be a number"
    elif kind in ("decimal_max_places",):
        what = f"can have at most {ctx.get('decimal_places')} decimal places"
    elif kind in ("decimal_max_digits", "decimal_whole_digits"):
        what = f"is too large: it must be between {_number(lo)} and {_number(hi)}" if lo is not None and hi is not None \
            else "is too large"
    elif kind in ("enum", "literal_error"):
        choices = _choices(info)
        what = f"must be one of: {choices}" if choices else "is not one of the allowed choices"
    elif kind in ("string_too_long",):
        what = f"is too long (at most {ctx.get('max_length')} characters)"
    elif kind == "string_pattern_mismatch":
        what = "must be a colour written like #1A6B8C" if info and "colour" in (info.title or "").lower() else "has the wrong format"
    elif kind in ("string_type",):
        what = "must be text"
    elif kind == "string_unicode":
        what = "contains a broken character (half of a UTF-16 pair): the text was damaged on the way; type that part again"
    elif kind in ("bool_parsing", "bool_type"):
        what = "must be yes or no"
    elif kind in ("date_parsing", "date_from_datetime_parsing", "date_type", "date_from_datetime_inexact"):
        what = "must be a date written YYYY-MM-DD"
    elif kind in ("list_type",):
        what = "must be a list"
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        what = "must be a group of fields (an object)"
    elif kind == "missing":
        what = "is required"
    else:
        what = str(error.get("msg", "is not valid")).rstrip(".")
        what = what[0].lower() + what[1:] if what else "is not valid"
    if "input" in error and kind not in ("missing", "model_type", "model_attributes_type", "dict_type", "list_type",
                                         "text_nul", "text_surrogate", "string_unicode"):
        what += f" (got {_shown(error['input'])})"
    return f"{where}: {what}"


def explain(exc: ValidationError, root: type[BaseModel] | None = None) -> list[str]:
    """Every error of a ValidationError as a plain-language line."""
    return [explain_one(e, root) for e in exc.errors(include_url=False)]
