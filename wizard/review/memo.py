"""The review memo: session notes and comments as a short Markdown document for the client's team.

It is for the team, never for investors: it names who said what.  Every piece of user text is escaped
(:func:`wizard.review.text.markdown`), so a comment holding Markdown, HTML or control characters shows
as the characters written in any Markdown viewer.
"""

from __future__ import annotations

import datetime as dt

from wizard.projectfile import Project
from wizard.review import comments as comments_mod
from wizard.review import sessions as sessions_mod
from wizard.review import signoff, text, versions
from wizard.review.records import Comment

md = text.markdown


def _comment(comment: Comment) -> list[str]:
    state = "open" if comment.is_open else f"resolved by {md(comment.resolved_by)}" + (
        f" on {comment.resolved_at:%Y-%m-%d}" if comment.resolved_at else "")
    where = md(comments_mod.where(comment))
    detached = " (the row or field it was on is gone)" if comment.detached else ""
    lines = [f"### Comment {comment.number}: {where}{detached}", "",
             f"*{md(comment.author)}, {comment.created:%Y-%m-%d %H:%M}, {state}*", "", md(comment.text), ""]
    for answer in comment.replies:
        lines += [f"> **{md(answer.author)}**, {answer.created:%Y-%m-%d %H:%M}:", ">"]
        lines += ["> " + line for line in md(answer.text).split("\n")]
        lines.append("")
    return lines


def markdown(project: Project, *, include_resolved: bool = True, today: dt.date | None = None) -> str:
    """The memo as Markdown text."""
    proposal = project.proposal
    name = proposal.meta.project_name.strip() or "Untitled proposal"
    city = ", ".join(p for p in (proposal.city.name.strip(), proposal.city.country.label if proposal.city.country else "") if p)
    lines = [f"# Review memo: {md(name)}", ""]
    if city:
        lines += [md(city), ""]
    lines += [f"Prepared {today or dt.date.today():%Y-%m-%d}. For the project team; not for investors.", ""]
    state = signoff.state(project)
    saved = versions.list_versions(project)
    status = [f"- Sign-off: {md(state.describe())}"]
    if state.version is not None:
        status.append(f"- The current draft is saved version {state.version.number}, {md(state.version.label)}")
    elif saved:
        status.append(f"- The current draft has changes since the last saved version ({saved[-1].number}, "
                      f"{md(saved[-1].label)})")
    lines += ["## Status", "", *status, ""]
    notes = sessions_mod.load(project)
    lines += ["## Sessions", ""]
    if not notes:
        lines += ["No session notes yet.", ""]
    for note in notes:
        lines += [f"### {note.date:%Y-%m-%d}", ""]
        if note.attendees:
            lines += ["Attendees: " + ", ".join(md(a) for a in note.attendees), ""]
        if note.notes:
            lines += [md(note.notes), ""]
    every = comments_mod.load(project)
    still_open = [c for c in every if c.is_open]
    resolved = [c for c in every if not c.is_open]
    lines += [f"## Open comments ({len(still_open)})", ""]
    if not still_open:
        lines += ["None.", ""]
    for comment in still_open:
        lines += _comment(comment)
    if include_resolved and resolved:
        lines += [f"## Resolved comments ({len(resolved)})", ""]
        for comment in resolved:
            lines += _comment(comment)
    return "\n".join(lines).rstrip() + "\n"
