"""The command line of the review features, added to ``citypitch`` by :mod:`wizard.cli`.

::

    citypitch comments FILE [--json] [--all]        list open comments (--all: resolved too)
    citypitch comment FILE --on PATH -m TEXT        add a comment on a field or row (problem.kpis[2].baseline)
    citypitch comment FILE --reply N -m TEXT        answer comment N
    citypitch comment FILE --resolve N | --reopen N
    citypitch versions FILE [--json]                list saved versions
    citypitch save-version FILE --label LABEL       save the current draft as a version
    citypitch restore-version FILE REF              make version REF (number or label) the current draft
    citypitch diff OLD NEW [--json]                 compare; OLD and NEW are files or FILE@REF
    citypitch signoff FILE [--json]                 show the sign-off state
    citypitch signoff FILE --name NAME --role ROLE  sign off the current content (or --version REF)
    citypitch signoff FILE --require on|off         turn the sign-off requirement on or off
    citypitch session FILE --date D --attendee NAME... -m NOTES   add session notes
    citypitch memo FILE -o MEMO.md                  write the review memo (Markdown)

Commands that change the file save it in place (keeping ``FILE.bak``), or to ``-o OUT.citypitch``.
A plain ``.json`` proposal cannot hold a review: those commands need ``-o OUT.citypitch`` for it.
Who is writing comes from ``--author`` or the ``CITYPITCH_AUTHOR`` environment variable.
``diff`` exits with 0 when the two are the same, 1 when they differ, 2 on an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.errors import CityPitchError, ProjectFileError
from wizard.projectfile import Project
from wizard.review import ReviewError, text

if TYPE_CHECKING:
    from wizard.review.records import SignOff

NAMES = ("comments", "comment", "versions", "save-version", "restore-version", "diff", "signoff", "session", "memo")


def add_parsers(sub: Any) -> None:
    """Add the review commands to the ``citypitch`` sub-command parser."""
    def writer(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", type=Path, metavar="OUT.citypitch",
                       help="write the result there instead of changing FILE")

    def author(p: argparse.ArgumentParser) -> None:
        p.add_argument("--author", metavar="NAME", help="who is writing (default: $CITYPITCH_AUTHOR)")

    p = sub.add_parser("comments", help="list the comments in a project")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--all", action="store_true", help="resolved comments too")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("comment", help="add, answer, resolve or reopen a comment")
    p.add_argument("file", type=Path, metavar="FILE")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--on", metavar="PATH", help="the field or row, e.g. problem.kpis[2].baseline or risks[0] ('' = whole proposal)")
    what.add_argument("--reply", type=int, metavar="N", help="answer comment N")
    what.add_argument("--resolve", type=int, metavar="N", help="mark comment N resolved")
    what.add_argument("--reopen", type=int, metavar="N", help="open comment N again")
    p.add_argument("-m", "--message", metavar="TEXT", help="the comment or reply")
    author(p)
    writer(p)

    p = sub.add_parser("versions", help="list the saved versions in a project")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("save-version", help="save the current draft as a version with a label")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--label", required=True, help="e.g. 'After workshop 2'")
    author(p)
    writer(p)

    p = sub.add_parser("restore-version", help="make a saved version the current draft")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("ref", metavar="REF", help="the version's number or label")
    author(p)
    writer(p)

    p = sub.add_parser("diff", help="compare two proposals, or a proposal and a saved version")
    p.add_argument("old", metavar="OLD", help="a file, or FILE@REF for a saved version (number or label)")
    p.add_argument("new", metavar="NEW", help="a file, or FILE@REF")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("signoff", help="show, give, or require the sign-off of a proposal")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--name", metavar="NAME", help="the reviewer signing off")
    p.add_argument("--role", default="", metavar="ROLE", help="the reviewer's role")
    p.add_argument("--version", metavar="REF", help="sign off this saved version instead of the current content")
    p.add_argument("--require", choices=("on", "off"), help="whether a final export needs a current sign-off")
    p.add_argument("--json", action="store_true", help="print the state as one JSON object")
    writer(p)

    p = sub.add_parser("session", help="add the notes of a working session")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the session's date (default: today)")
    p.add_argument("--attendee", action="append", default=[], metavar="NAME", help="one attendee (repeat)")
    p.add_argument("-m", "--notes", default="", metavar="TEXT", help="what was discussed and agreed")
    author(p)
    writer(p)

    p = sub.add_parser("memo", help="write the review memo (session notes and comments) as Markdown")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MEMO.md")


def run(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] = {
        "comments": cmd_comments, "comment": cmd_comment, "versions": cmd_versions,
        "save-version": cmd_save_version, "restore-version": cmd_restore_version, "diff": cmd_diff,
        "signoff": cmd_signoff, "session": cmd_session, "memo": cmd_memo,
    }[args.command]
    try:
        return handler(args)
    except ValueError as exc:  # PathError and bad dates: a message for the user, not a traceback
        raise CityPitchError(str(exc)) from None


# --- helpers ----------------------------------------------------------------------------------------


def _load(path: Path) -> Project:
    from wizard import projectfile

    return projectfile.load(path)


def _author(args: argparse.Namespace) -> str:
    name = (getattr(args, "author", None) or os.environ.get("CITYPITCH_AUTHOR", "")).strip()
    if not name:
        raise CityPitchError("say who you are: --author NAME, or set CITYPITCH_AUTHOR")
    return name


def _save(project: Project, args: argparse.Namespace) -> Path:
    from wizard import projectfile

    target = args.output or args.file
    if target.suffix.lower() == ".json":
        raise ProjectFileError(args.file, "a plain JSON proposal cannot hold comments, versions or sign-offs; "
                                          "write the result to a .citypitch file with -o OUT.citypitch")
    return projectfile.save(project, target)


def _print(line: str = "") -> None:
    print(line)


def _date(value: dt.datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def split_ref(arg: str) -> tuple[Path, str | None]:
    """``FILE`` or ``FILE@REF``: the file is the longest prefix that exists (file names may hold @)."""
    if Path(arg).exists() or "@" not in arg:
        return Path(arg), None
    position = len(arg)
    while (position := arg.rfind("@", 0, position)) > 0:
        if Path(arg[:position]).exists():
            ref = arg[position + 1:]
            if not ref.strip():
                raise CityPitchError(f"{arg}: name a version after '@' (its number or label)")
            return Path(arg[:position]), ref
    return Path(arg), None


# --- comments -----------------------------------------------------------------------------------------


def comment_json(comment: Any) -> dict[str, Any]:
    from wizard.review import comments

    data: dict[str, Any] = comment.model_dump(mode="json")
    data["where"] = comments.where(comment)
    return data


def cmd_comments(args: argparse.Namespace) -> int:
    from wizard.review import comments

    project = _load(args.file)
    every = comments.load(project)
    shown = every if args.all else comments.open_comments(every)
    if args.json:
        print(text.dumps({"file": str(args.file), "open": sum(1 for c in every if c.is_open),
                          "resolved": sum(1 for c in every if not c.is_open),
                          "comments": [comment_json(c) for c in shown]}))
        return 0
    resolved = len(every) - len(comments.open_comments(every))
    _print(f"{len(every) - resolved} open and {resolved} resolved comments in {text.one_line(str(args.file))}"
           + ("" if args.all or not resolved else " (--all shows the resolved ones)"))
    for comment in shown:
        state = "" if comment.is_open else f"  [resolved by {text.one_line(comment.resolved_by)}]"
        gone = "  [its field or row is gone]" if comment.detached else ""
        _print()
        _print(f"#{comment.number}  {text.one_line(comments.where(comment))}{state}{gone}")
        _print(f"    {text.one_line(comment.author)}, {_date(comment.created)}  ({comment.anchor.path or 'whole proposal'})")
        for line in text.terminal(comment.text).split("\n"):
            _print(f"    {line}")
        for answer in comment.replies:
            lines = text.terminal(answer.text).split("\n")
            _print(f"    > {text.one_line(answer.author)}, {_date(answer.created)}: {lines[0]}")
            for line in lines[1:]:
                _print(f"      {line}")
    return 0


def cmd_comment(args: argparse.Namespace) -> int:
    from wizard.review import comments

    project = _load(args.file)
    if args.on is not None or args.reply is not None:
        if not args.message:
            raise CityPitchError("write the comment with -m TEXT")
        if args.on is not None:
            made = comments.add(project, args.on, args.message, _author(args))
            done = f"Added comment {made.number} on {comments.where(made)}"
        else:
            answer = comments.reply(project, args.reply, args.message, _author(args))
            done = f"Added reply {answer.number} to comment {args.reply}"
    elif args.resolve is not None:
        comments.resolve(project, args.resolve, _author(args))
        done = f"Resolved comment {args.resolve}"
    else:
        comments.reopen(project, args.reopen)
        done = f"Reopened comment {args.reopen}"
    saved = _save(project, args)
    _print(f"{text.one_line(done)} ({saved})")
    return 0


# --- versions ----------------------------------------------------------------------------------------


def cmd_versions(args: argparse.Namespace) -> int:
    from wizard.review import signoff, versions

    project = _load(args.file)
    saved = versions.list_versions(project)
    state = signoff.state(project)
    signed: dict[str, list[SignOff]] = {}
    for s in state.signoffs:
        signed.setdefault(s.content_hash, []).append(s)
    if args.json:
        print(text.dumps({
            "file": str(args.file),
            "current": {"content_hash": state.content_hash,
                        "version": state.version.number if state.version else None},
            "versions": [{**v.model_dump(mode="json", exclude={"root", "assets"}),
                          "images": sorted(v.assets),
                          "signed_off_by": [s.name for s in signed.get(v.content_hash, [])]} for v in saved]}))
        return 0
    if not saved:
        _print(f"{text.one_line(str(args.file))} has no saved versions ('citypitch save-version FILE --label ...' saves one)")
        return 0
    _print(f"{'#':>4}  {'saved':<16}  {'author':<20}  {'score':>5}  {'band':<14}  label")
    for v in saved:
        band = text.one_line(v.band) if v.band else "-"
        mark = ""
        if v.content_hash in signed:
            mark = "  [signed off by " + ", ".join(text.one_line(s.name) for s in signed[v.content_hash]) + "]"
        score = "-" if v.score is None else str(v.score)
        _print(f"{v.number:>4}  {_date(v.created):<16}  {text.one_line(v.author)[:20]:<20}  {score:>5}  {band[:14]:<14}  "
               f"{text.one_line(v.label)}{mark}")
    _print()
    if state.version is not None:
        _print(f"The current draft is version {state.version.number}.")
    else:
        _print(f"The current draft has changes since version {saved[-1].number}.")
    return 0


def cmd_save_version(args: argparse.Namespace) -> int:
    from wizard.review import versions

    project = _load(args.file)
    record = versions.save(project, args.label, _author(args))
    saved = _save(project, args)
    _print(f"Saved version {record.number} \"{text.one_line(record.label)}\" (score {record.score}) in {saved}")
    return 0


def cmd_restore_version(args: argparse.Namespace) -> int:
    from wizard.review import versions

    project = _load(args.file)
    record = versions.find(project, args.ref)
    kept = ""
    if versions.matching(project) is None:  # keep the draft being replaced as a version of its own
        label = f"Before restoring version {record.number} ({dt.datetime.now():%Y-%m-%d %H:%M:%S})"
        before = versions.save(project, label, _author(args))
        kept = f"; the draft it replaced is version {before.number}"
    versions.restore(project, record.number)
    saved = _save(project, args)
    _print(f"Restored version {record.number} \"{text.one_line(record.label)}\" as the current draft{kept} ({saved})")
    return 0


# --- diff ----------------------------------------------------------------------------------------------


def _side(arg: str) -> Any:
    from wizard.review import diff, versions

    path, ref = split_ref(arg)
    project = _load(path)
    if ref is None:
        return diff.Side(project, str(path))
    if not project.other_members:
        if path.suffix.lower() == ".json":
            raise ReviewError(project, "a plain JSON proposal holds no saved versions")
    opened = versions.open_version(project, ref)
    return diff.Side(opened.project, str(path), opened.record)


def cmd_diff(args: argparse.Namespace) -> int:
    from wizard.review import diff

    result = diff.compare(_side(args.old), _side(args.new))
    print(text.dumps(diff.to_json(result)) if args.json else diff.format_text(result))
    return 0 if result.same else 1


# --- sign-off, sessions, memo ---------------------------------------------------------------------------


def cmd_signoff(args: argparse.Namespace) -> int:
    from wizard.review import signoff

    project = _load(args.file)
    changed = []
    if args.require is not None:
        signoff.set_required(project, args.require == "on")
        changed.append(f"sign-off is now {'required' if args.require == 'on' else 'not required'} for a final export")
    if args.name is not None:
        record = signoff.sign(project, args.name, args.role, version_ref=args.version)
        changed.append(f"signed off version {record.version} \"{record.version_label}\" by {record.name}")
    elif args.version is not None:
        raise CityPitchError("--version needs --name (and --role): who signs it off")
    if changed:
        saved = _save(project, args)
        done = text.one_line("; ".join(changed))
        _print(done[:1].upper() + done[1:] + f" ({saved})")
    state = signoff.state(project)
    reasons = signoff.draft_reasons(project)
    if args.json:
        print(text.dumps({"required": state.required, "signed_off": state.signed_off,
                          "content_hash": state.content_hash,
                          "version": state.version.number if state.version else None,
                          "version_label": state.version_label,
                          "current": [s.model_dump(mode="json") for s in state.current],
                          "stale": [s.model_dump(mode="json") for s in state.stale],
                          "draft_mark": bool(reasons), "draft_reasons": reasons}))
        return 0
    _print(text.one_line(state.describe()))
    _print("An export now is final (no DRAFT mark)." if not reasons else
           "An export now is marked DRAFT: " + text.one_line("; ".join(reasons)) + ".")
    return 0


def cmd_session(args: argparse.Namespace) -> int:
    from wizard.review import sessions

    try:
        day = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise CityPitchError(f"--date {args.date!r} is not a date written YYYY-MM-DD") from None
    project = _load(args.file)
    note = sessions.add(project, day, args.attendee, args.notes, getattr(args, "author", None) or os.environ.get("CITYPITCH_AUTHOR", ""))
    saved = _save(project, args)
    _print(f"Added the notes of the session of {note.date:%Y-%m-%d} ({saved})")
    return 0


def cmd_memo(args: argparse.Namespace) -> int:
    from wizard import projectfile
    from wizard.review import memo

    projectfile.check_output_path(args.output, source=args.file, writes="the memo")  # never over a project
    project = _load(args.file)
    data = memo.markdown(project).encode("utf-8")
    projectfile.write_atomic(args.output, data, backup=False)
    _print(f"Wrote {args.output}")
    return 0
