"""What the review part of a project file holds, as validated records (comments, versions, ...).

Every record keeps keys it does not know (``extra="allow"``), so a file touched by a newer CityPitch
loses nothing when an older one saves it.  Texts have the same limits as the proposal's own fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from wizard.model import LINE_MAX, TEXT_MAX

Text = Annotated[str, Field(max_length=TEXT_MAX)]
Line = Annotated[str, Field(max_length=LINE_MAX)]
Number = Annotated[int, Field(ge=1, le=1_000_000_000)]
Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{16,64}$")]
ContentHash = Annotated[str, Field(pattern=r"^sha256:[0-9a-f]{64}$")]


class Record(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True, str_strip_whitespace=False)


class Reply(Record):
    number: Number
    author: Line = ""
    created: dt.datetime
    text: Text = ""


class RowMark(Record):
    """How a comment recognises the table row it is on, should rows be inserted, removed or moved.

    ``list`` is the table's path (``problem.kpis``), ``index`` the row's position when last seen,
    ``length`` the table's length then, ``digest`` a hash of the row's whole content and ``label`` its
    identifying text (a KPI's name, a risk's description).
    """

    list: str
    index: Annotated[int, Field(ge=0, le=1_000_000)]
    length: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    digest: str = ""
    label: Line = ""


class Anchor(Record):
    path: str = ""
    rows: list[RowMark] = Field(default_factory=list)


class Comment(Record):
    number: Number
    anchor: Anchor = Field(default_factory=Anchor)
    author: Line = ""
    created: dt.datetime
    text: Text = ""
    status: Literal["open", "resolved"] = "open"
    resolved_by: Line = ""
    resolved_at: dt.datetime | None = None
    replies: list[Reply] = Field(default_factory=list)
    #: True when the field or row it was on can no longer be found (the comment is kept and listed).
    detached: bool = False

    @property
    def is_open(self) -> bool:
        return self.status == "open"


class SessionNote(Record):
    number: Number
    date: dt.date
    attendees: list[Line] = Field(default_factory=list)
    notes: Text = ""
    author: Line = ""


class SignOff(Record):
    number: Number
    name: Line
    role: Line = ""
    signed_at: dt.datetime
    content_hash: ContentHash
    version: int | None = None
    version_label: Line = ""


class VersionRecord(Record):
    number: Number
    label: Line = ""
    created: dt.datetime
    author: Line = ""
    root: Hex
    assets: dict[str, Hex] = Field(default_factory=dict)
    content_hash: ContentHash
    schema_version: int = 1
    score: int | None = None
    band: Line | None = None


class CommentsFile(Record):
    format: int = 1
    comments: list[Comment] = Field(default_factory=list)


class SessionsFile(Record):
    format: int = 1
    sessions: list[SessionNote] = Field(default_factory=list)


class SignoffFile(Record):
    format: int = 1
    #: The team's choice: exports lose their DRAFT mark only when the current content is signed off.
    required: bool = False
    signoffs: list[SignOff] = Field(default_factory=list)


class VersionsFile(Record):
    format: int = 1
    versions: list[VersionRecord] = Field(default_factory=list)


Kind = Literal["comments", "sessions", "signoff", "versions"]
