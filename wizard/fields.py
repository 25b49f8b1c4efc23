"""What kind of value each model field holds, so one generic binder can pick a widget and a parser.

No Qt here: the binder, the table models and the form/model consistency tests all read the
proposal's pydantic schema through this module, so the rules live in one place.

A field *pattern* is a model path without list indices (``problem.kpis.baseline``); it names a table
column as well as a plain field.  Form widgets are named after patterns with ``__`` in place of each
dot (``problem__kpis``, ``vision__statement``), because objectNames in ``.ui`` files must be Python
identifiers for ``pyside6-uic``.

Text typed by the user is turned into a value with :func:`from_text` and then handed to pydantic,
which has the last word (bounds, lengths, choices); its refusals are worded by
:func:`wizard.errors.explain`.
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from types import UnionType

from pydantic import BaseModel

from wizard.model import TEXT_MAX, YEAR_MIN, Choice, Proposal

KINDS = ("line", "text", "int", "decimal", "date", "bool", "choice", "choice_list", "str_list", "rows", "section")


@dataclass(frozen=True)
class FieldSpec:
    """One field of the model, described for a widget."""

    pattern: str
    title: str
    kind: str
    enum: type[Choice] | None = None
    row_model: type[BaseModel] | None = None
    section: type[BaseModel] | None = None
    max_length: int | None = None
    #: A calendar year (shown without digit grouping: 2030, not 2,030).
    is_year: bool = False

    @property
    def object_name(self) -> str:
        return object_name(self.pattern)

    @property
    def is_leaf(self) -> bool:
        return self.kind not in ("rows", "section")


def object_name(pattern: str) -> str:
    """The Qt objectName of the widget that edits ``pattern`` (dots become double underscores)."""
    return pattern.replace(".", "__")


def pattern_of(name: str) -> str:
    """Inverse of :func:`object_name`."""
    return name.replace("__", ".")


def strip_indices(path: str) -> str:
    """``problem.kpis[2].baseline`` -> ``problem.kpis.baseline``."""
    return re.sub(r"\[\d+\]", "", path)


def _unwrap(annotation: typing.Any) -> tuple[typing.Any, list[typing.Any]]:
    """Strip Optional and Annotated; return the inner type and the constraints met on the way."""
    meta: list[typing.Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            meta.extend(args[1:])
            annotation = args[0]
        elif origin in (typing.Union, UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation, meta
            annotation = members[0]
        else:
            return annotation, meta


def _max_length(info: typing.Any, meta: list[typing.Any]) -> int | None:
    for item in [*meta, *(getattr(info, "metadata", None) or [])]:
        for sub in getattr(item, "metadata", [item]):
            if getattr(sub, "max_length", None) is not None:
                return int(sub.max_length)
    return None


def _spec(pattern: str, info: typing.Any) -> FieldSpec:
    inner, meta = _unwrap(info.annotation)
    title = info.title or pattern.rsplit(".", 1)[-1]
    if typing.get_origin(inner) is list:
        item, _ = _unwrap(typing.get_args(inner)[0])
        if isinstance(item, type) and issubclass(item, BaseModel):
            return FieldSpec(pattern, title, "rows", row_model=item)
        if isinstance(item, type) and issubclass(item, Choice):
            return FieldSpec(pattern, title, "choice_list", enum=item)
        return FieldSpec(pattern, title, "str_list", max_length=_max_length(None, list(typing.get_args(typing.get_args(inner)[0]))))
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return FieldSpec(pattern, title, "section", section=inner)
    if isinstance(inner, type) and issubclass(inner, Choice):
        return FieldSpec(pattern, title, "choice", enum=inner)
    if inner is bool:
        return FieldSpec(pattern, title, "bool")
    if inner is int:
        low = [getattr(sub, "ge", None) for item in meta for sub in getattr(item, "metadata", [item])]
        return FieldSpec(pattern, title, "int", is_year=YEAR_MIN in low)
    if inner is Decimal:
        return FieldSpec(pattern, title, "decimal")
    if inner is _dt.date:
        return FieldSpec(pattern, title, "date")
    if inner is str:
        limit = _max_length(info, meta)
        kind = "text" if limit is not None and limit >= TEXT_MAX else "line"
        return FieldSpec(pattern, title, kind, max_length=limit)
    raise TypeError(f"no widget kind for field {pattern} ({inner!r})")


def fields_of(model: type[BaseModel], prefix: str = "") -> list[FieldSpec]:
    """The direct fields of ``model`` as specs, patterns prefixed with ``prefix``."""
    out = []
    for name, info in model.model_fields.items():
        pattern = f"{prefix}.{name}" if prefix else name
        out.append(_spec(pattern, info))
    return out


@functools.cache
def all_specs() -> dict[str, FieldSpec]:
    """Every field of :class:`~wizard.model.Proposal`, sections, tables and table columns included."""
    out: dict[str, FieldSpec] = {}

    def walk(model: type[BaseModel], prefix: str) -> None:
        for spec in fields_of(model, prefix):
            out[spec.pattern] = spec
            if spec.kind == "section" and spec.section is not None:
                walk(spec.section, spec.pattern)
            elif spec.kind == "rows" and spec.row_model is not None:
                walk(spec.row_model, spec.pattern)

    walk(Proposal, "")
    return out


def spec(path_or_pattern: str) -> FieldSpec:
    """The spec of a path (indices allowed) or pattern; KeyError if the model has no such field."""
    return all_specs()[strip_indices(path_or_pattern)]


def leaf_patterns() -> list[str]:
    """Every field a user edits directly: what some widget or table column must cover."""
    specs = all_specs()
    out = []
    for pattern, sp in specs.items():
        if not sp.is_leaf:
            continue
        parent = pattern.rsplit(".", 1)[0] if "." in pattern else ""
        # Columns of a table are covered by the table's own widget; only plain fields are listed.
        if parent and specs.get(parent) is not None and specs[parent].kind == "rows":
            continue
        out.append(pattern)
    return out


def table_patterns() -> list[str]:
    return [p for p, s in all_specs().items() if s.kind == "rows"]


# --- titles in the user's language --------------------------------------------------------------

#: What joins the titles of a path's parts ("Problem › KPIs › row 3 › Baseline").
TITLE_SEPARATOR = " › "


@functools.cache
def _translated_titles(lang: str) -> tuple[dict[str, str], str, str]:
    """``resources/i18n/fields.<lang>.json``: the field titles by pattern, the row label and the whole
    proposal's name; empty where the language has no file (its English shows, text by text)."""
    from wizard.i18n.data import TranslationFileError, i18n_dir, language_files, read_json

    path = language_files(i18n_dir(), "fields").get(lang)
    if path is None:
        return {}, "", ""
    try:
        data = read_json(path)
    except TranslationFileError:
        return {}, "", ""
    if not isinstance(data, dict):
        return {}, "", ""
    titles = data.get("fields")
    found = {str(k): v for k, v in titles.items() if isinstance(v, str) and v.strip()} if isinstance(titles, dict) else {}
    row, whole = data.get("row"), data.get("whole")
    return (found, row if isinstance(row, str) and "{n}" in row else "",
            whole if isinstance(whole, str) and whole.strip() else "")


def field_title(pattern: str, lang: str = "en") -> str:
    """The title of one field (a pattern, or a path whose row numbers are ignored) in ``lang``:
    ``finance.funding`` -> "Funding sources" ("資金源" in ``ja``); its English where the language lacks it."""
    english = spec(pattern).title
    if lang == "en":
        return english
    if lang == "en-XA":
        from wizard.i18n.pseudo import pseudo

        return pseudo(english)
    return _translated_titles(lang)[0].get(strip_indices(pattern), english)


def row_title(number: int, lang: str = "en") -> str:
    """A table row as the wizard numbers it (1-based): "row 3", "3行目"."""
    template = _translated_titles(lang)[1] if lang not in ("en", "en-XA") else ""
    return (template or "row {n}").format(n=number)


@functools.cache
def title(path: str, lang: str = "en") -> str:
    """A model path in a planner's words, in ``lang``: ``finance.funding`` -> "Financial case › Funding
    sources", ``risks[0].mitigation`` -> "Risks › row 1 › Mitigation" ("リスク › 1行目 › 軽減策" in ``ja``).

    The one source of field titles: the readiness report, ``citypitch check``, the Review page and the
    Languages box all name fields through it.  The English is the model's (each field's ``title``); the
    other languages' are data (``resources/i18n/fields.<lang>.json``, by pattern), with the English for
    any title a language lacks.  ``""`` is the proposal as a whole; a part the model does not have is
    written as it is, and text that is not a path is returned unchanged.
    """
    text = path.strip()
    if not text:
        whole = _translated_titles(lang)[2] if lang not in ("en", "en-XA") else ""
        return whole or "Proposal"
    from wizard import paths

    try:
        parts = paths.parse(text)
    except ValueError:
        return path
    names: list[str] = []
    pattern: str | None = ""
    for part in parts:
        if isinstance(part, int):
            names.append(row_title(part + 1, lang))
            continue
        pattern = (f"{pattern}.{part}" if pattern else part) if pattern is not None else None
        if pattern is None or pattern not in all_specs():
            # A field this version does not know (a newer file's, or a typo in an acknowledgement): its name
            # as written, and whatever follows it too.
            names.append(part)
            pattern = None
            continue
        names.append(field_title(pattern, lang))
    return TITLE_SEPARATOR.join(names)


# --- the walk over the proposal's text ------------------------------------------------------------


def texts(model: BaseModel, patterns: typing.Collection[str] | None = None,
          path: str = "") -> Iterator[tuple[str, str]]:
    """``(path, text)`` of every text of ``model`` in model order, list rows expanded
    (``problem.kpis[2].name``); with ``patterns``, only the non-blank texts of the fields they name."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        where = f"{path}.{name}" if path else name
        if isinstance(value, BaseModel):
            yield from texts(value, patterns, where)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from texts(item, patterns, f"{where}[{index}]")
                elif isinstance(item, str) and _wanted(where, item, patterns):
                    yield f"{where}[{index}]", item
        elif isinstance(value, str) and _wanted(where, value, patterns):
            yield where, value


def _wanted(path: str, text: str, patterns: typing.Collection[str] | None) -> bool:
    return patterns is None or (bool(text.strip()) and strip_indices(path) in patterns)


# --- text <-> value -----------------------------------------------------------------------------

_GROUPED = re.compile(r"^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$")


def choice_from_text(enum: type[Choice], text: str) -> Choice | str:
    """The member whose value or label matches ``text`` (any case); the text itself if none does."""
    wanted = text.strip().casefold()
    for member in enum:
        if wanted in (member.value.casefold(), member.label.casefold()):
            return member
    return text.strip()


def from_text(sp: FieldSpec, text: str) -> typing.Any:
    """What to hand to pydantic for ``text`` typed into the widget of ``sp``.

    Empty text means "not given" (None, or "" / [] for text and lists).  Anything unparseable is
    passed through as typed, so pydantic refuses it and :func:`wizard.errors.explain` names the field.
    """
    stripped = text.strip()
    if sp.kind in ("line", "text"):
        return text
    if sp.kind == "str_list":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if sp.kind == "choice_list":
        assert sp.enum is not None
        return [choice_from_text(sp.enum, part) for part in re.split(r"[;\n]", text) if part.strip()]
    if not stripped:
        return False if sp.kind == "bool" else None
    if sp.kind in ("int", "decimal"):
        # Spreadsheets and people write 1,200,000; take the grouping out before parsing.
        if _GROUPED.match(stripped):
            stripped = stripped.replace(",", "").replace(" ", "")
        return stripped
    if sp.kind == "choice":
        assert sp.enum is not None
        return choice_from_text(sp.enum, stripped)
    if sp.kind == "bool":
        folded = stripped.casefold()
        if folded in ("yes", "y", "true", "1", "x", "✓"):
            return True
        if folded in ("no", "n", "false", "0", "-"):
            return False
        return stripped
    return stripped


def to_text(sp: FieldSpec, value: typing.Any) -> str:
    """How a model value is shown in a text widget or table cell."""
    if value is None:
        return ""
    if sp.kind == "str_list":
        return "\n".join(str(v) for v in value)
    if sp.kind == "choice_list":
        return "; ".join(v.label if isinstance(v, Choice) else str(v) for v in value)
    if isinstance(value, Choice):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        # Grouped so that 380,000,000,000 can be read at a glance; the grouping is parsed back.
        return format(value, ",f")
    if isinstance(value, int) and sp.kind == "int" and not sp.is_year:
        return format(value, ",")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


#: Fields the app fills in, or that start with a sensible value: they never show that someone has
#: started on a step, and the sidebar does not count them as fields to fill in.
AUTO_FILLED: frozenset[str] = frozenset({
    "meta.prepared_on", "meta.confidentiality", "meta.number_locale", "meta.illustrative",
    "branding.accent_colour", "branding.photos",
})


def is_blank(value: typing.Any, pattern: str = "") -> bool:
    """True when nothing has been entered: the one meaning of "empty" in CityPitch.

    None, text of spaces only, False (a yes/no left at no), a list whose items are all blank (an
    added row left empty), a section whose fields are all blank, and any field in
    :data:`AUTO_FILLED` (``pattern`` names the field, as a pattern or path).  Numbers (0 included),
    dates and choices are answers.  The sidebar's badges, the Review page's "not filled in yet",
    the readiness step states and the sections readiness counts as started all use this.
    """
    if pattern and strip_indices(pattern) in AUTO_FILLED:
        return True
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_blank(item, pattern) for item in value)
    if isinstance(value, BaseModel):
        return all(is_blank(getattr(value, name), f"{pattern}.{name}" if pattern else name)
                   for name in type(value).model_fields)
    return False


def same(sp: FieldSpec, offered: typing.Any, value: typing.Any) -> bool:
    """Whether what a widget offers (see :func:`from_text`) already equals the model's value.

    Used so that a widget showing "1.50" or "1,200" is not rewritten under the user's cursor when the
    model holds the same number.
    """
    if isinstance(offered, str) and sp.kind in ("int", "decimal", "date"):
        try:
            if sp.kind == "int":
                return value is not None and int(offered) == value
            if sp.kind == "decimal":
                return value is not None and Decimal(offered) == value
            return value is not None and _dt.date.fromisoformat(offered) == value
        except (ValueError, ArithmeticError):
            return False
    return bool(offered == value)


def tooltip(text: str) -> str:
    """``text`` for a Qt tooltip, shown literally.

    Qt guesses whether a tooltip is rich text; text quoting user input (``<b>...``) would be rendered
    as markup.  Escaping it inside an explicit ``<qt>`` block makes Qt show exactly the characters.
    """
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
