"""Session notes: what was discussed at each working session (date, who attended, notes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from wizard.i18n.said import said
from wizard.model import LINE_MAX, TEXT_MAX
from wizard.projectfile import Project
from wizard.review import store
from wizard.review.records import SessionNote, SessionsFile


def load(project: Project) -> list[SessionNote]:
    """Every session note, by date (then in the order they were written)."""
    notes = store.read(project, SessionsFile).sessions
    return sorted(notes, key=lambda n: (n.date, n.number))


def add(project: Project, date: dt.date, attendees: Sequence[str], notes: str, author: str = "") -> SessionNote:
    people = [" ".join(a.split())[:LINE_MAX] for a in attendees if a.strip()]
    notes = notes.replace("\r\n", "\n").strip()
    if not notes and not people:
        raise store.ReviewError(project, said("a session note needs notes or attendees"))
    if len(notes) > TEXT_MAX:
        raise store.ReviewError(project, said("the notes are too long (%1 characters; at most %2)", len(notes), TEXT_MAX))
    file = store.read(project, SessionsFile)
    note = SessionNote(number=max((n.number for n in file.sessions), default=0) + 1, date=date,
                       attendees=people, notes=notes, author=" ".join(author.split())[:LINE_MAX])
    file.sessions.append(note)
    store.write(project, file)
    return note
