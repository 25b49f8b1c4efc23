"""The ``citypitch`` command line: open the wizard, create, check and export proposals.

Exit status: 0 on success, 1 when ``check`` finds a blocker, 2 on any error (bad file, bad arguments),
with one line on stderr naming the file and the problem.  Heavy modules (Qt, WeasyPrint) are imported
only by the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from wizard import __version__
from wizard.errors import CityPitchError, ProjectFileError
from wizard.export import EXPORT_FORMATS, LABELS, PDF_VARIANTS

PROG = "citypitch"
#: The commands defined here; any other command word is one of the review commands, whose parsers (and the
#: project file, the model and the review store they import) are set up only when needed, or for --help.
CORE_COMMANDS = ("open", "new", "samples", "check", "export")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        self.exit(2, f"{self.prog}: {message} (see '{PROG} --help')\n")


def _parser(*, review: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="CityPitch: turn an ASEAN smart-city idea into an investor-ready proposal and pitch deck.",
        epilog="With no command, the wizard opens.",
    )
    parser.add_argument("--version", action="version", version=f"CityPitch {__version__}")
    parser.add_argument("--lang", metavar="CODE",
                        help="the language of the wizard and of 'check': en, ja, id, vi, th, or system (default: "
                             "the wizard's saved choice, else the system's; for 'check', the environment's locale); "
                             "en-XA is a lengthened test language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p_open = sub.add_parser("open", help="open a project in the wizard")
    p_open.add_argument("file", type=Path, metavar="FILE")

    p_new = sub.add_parser("new", help="write a new project (empty, or a copy of a bundled sample)")
    p_new.add_argument("--sample", metavar="NAME", help="copy the bundled sample NAME (see 'citypitch samples')")
    p_new.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                       help="where to write the project (.citypitch); an existing project there is refused "
                            "unless --force")
    p_new.add_argument("--force", action="store_true",
                       help="replace an existing project at FILE (the old one is kept as FILE.bak)")

    sub.add_parser("samples", help="list the bundled sample proposals")

    p_check = sub.add_parser("check", help="assess a proposal's investor readiness")
    p_check.add_argument("file", type=Path, metavar="FILE")
    p_check.add_argument("--json", action="store_true", help="print one JSON object (see README)")
    # SUPPRESS: 'citypitch --lang ja check FILE' (the global option) is not undone by this one's absence.
    p_check.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS,
                         help="the language of the findings: en, ja, id, vi, th (default: the environment's "
                              "locale, LC_ALL, LC_MESSAGES or LANG; English if it is none of these); with "
                              "--json, the ids and figures are the same in every language and only the texts change")

    p_export = sub.add_parser("export", help="export a proposal as a PDF, or its financial model as a workbook")
    p_export.add_argument("file", type=Path, metavar="FILE")
    p_export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    p_export.add_argument("--format", choices=EXPORT_FORMATS, default=EXPORT_FORMATS[0],
                          help="16:9 pitch deck (default), A4 leave-behind document, the team's readiness report "
                               "(A4, not for investors), the deck as editable PowerPoint slides, or the financial "
                               "model as an Excel workbook with live formulas")
    p_export.add_argument("--labels", choices=LABELS, default=LABELS[0],
                          help="label language: English, or English with Japanese")
    p_export.add_argument("--pdf-variant", choices=[v for v in PDF_VARIANTS if v is not None], default=None,
                          help="tagged accessible PDF (pdf/ua-1) or archival PDF (pdf/a-3b)")
    p_export.add_argument("--no-draft-mark", action="store_true",
                          help="leave out the DRAFT mark even if readiness blockers remain")
    p_export.add_argument("--lang", dest="report_lang", metavar="CODE", default=None,
                          help="the language of the readiness report (--format readiness-report): en, ja, id, vi, th "
                               "or system (default: en); the investor-facing formats are written in English")
    p_export.add_argument("--force", action="store_true",
                          help="write the PDF even where a project file is (FILE itself, another project, "
                               "a .citypitch name)")

    if review:
        from wizard.review import commands as review_commands  # comments, versions, diff, sign-off, memo

        review_commands.add_parsers(sub)
    return parser


def _command_word(argv: Sequence[str]) -> str | None:
    """The command given (the first word not an option), or None."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = _parser(review=_command_word(words) not in CORE_COMMANDS).parse_args(words)
    command = args.command
    try:
        if command is None:
            return _run_gui(None, args.lang)
        if command == "open":
            if not args.file.exists():
                raise ProjectFileError(args.file, "the file does not exist")
            return _run_gui(args.file, args.lang)
        if command == "new":
            return cmd_new(args.output, args.sample, force=args.force)
        if command == "samples":
            return cmd_samples()
        if command == "check":
            return cmd_check(args.file, as_json=args.json, lang=args.lang, whole_process=argv is None)
        if command == "export":
            return cmd_export(args)
        from wizard.review import commands as review_commands

        if command in review_commands.NAMES:
            return review_commands.run(args)
    except CityPitchError as exc:
        # An output refused (wizard.projectfile.OutputRefused, not imported here: it imports the model)
        # says whether --force would go ahead.
        forceable = getattr(exc, "forceable", False)
        hint = " (give --force to write there anyway)" if forceable and hasattr(args, "force") else ""
        return _fail(str(exc) + hint)
    except KeyError as exc:
        return _fail(str(exc.args[0]) if exc.args else str(exc))
    except BrokenPipeError:
        # The reader went away (e.g. `citypitch check FILE | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    raise AssertionError(f"unhandled command {command!r}")


def _fail(message: str) -> int:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return 2


def _run_gui(path: Path | None, lang: str | None = None) -> int:
    from wizard.i18n import UnknownLanguage, resolve

    if lang is not None:
        try:
            resolve(lang)  # refuse a bad name here, with the names that work, before any window opens
        except UnknownLanguage as exc:
            return _fail(str(exc))
    from wizard.gui.app import main as gui_main

    return gui_main(path, lang)


def cmd_new(output: Path, sample: str | None, *, force: bool = False) -> int:
    from wizard import projectfile, resources

    target = output.with_suffix(projectfile.SUFFIX) if output.suffix.lower() == ".json" else output
    projectfile.check_output_path(target, writes="the project", force=force)
    if sample:
        project = projectfile.load(resources.sample_path(sample))
        project.proposal.meta.illustrative = True
    else:
        project = projectfile.Project()
    saved = projectfile.save(project, output)
    print(f"Wrote {saved}")
    return 0


def cmd_samples() -> int:
    from wizard import projectfile, resources

    for name in resources.sample_names():
        project = projectfile.load(resources.sample_path(name))
        meta, city = project.proposal.meta, project.proposal.city
        country = city.country.label if city.country else ""
        print(f"{name}\t{meta.project_name} ({city.name}, {country})")
    return 0


def cmd_check(path: Path, *, as_json: bool, lang: str | None = None, whole_process: bool = False) -> int:
    """Print the readiness of the project at ``path`` in ``lang`` (``--lang``; None: the environment's).

    ``whole_process``: this check is what the process is for (``citypitch check`` from the command line).
    Then no cyclic collection runs while pydantic, the model, readiness and finance are imported: they
    allocate so much that CPython ran full collections among them that free next to nothing, about 14 ms
    of a check's 0.3 s of CPU (issue 21, target 4).  What the imports made is then set aside for good
    (``gc.freeze``: modules, classes and validators live as long as the process anyway) and collection
    resumes for the assessment.  A caller in a longer-lived process (tests) keeps its collector as it is.
    """
    import gc

    pause = whole_process and gc.isenabled()
    if pause:
        gc.disable()
    try:
        from wizard import projectfile, readiness
        from wizard.analysis import analyse
        from wizard.i18n import UnknownLanguage, resolve
    finally:
        if pause:
            gc.freeze()
            gc.enable()

    try:
        language = resolve(lang)
    except UnknownLanguage as exc:
        return _fail(str(exc))
    project = projectfile.load(path)
    analysis = analyse(project.proposal)
    assessment = readiness.localise(analysis.readiness, language)
    if as_json:
        print(json.dumps(readiness.to_json(assessment, project.proposal, analysis.finance), ensure_ascii=False, indent=2))
    else:
        print(readiness.format_report(assessment, project.proposal, analysis.finance))
    # Not ready to show (a gate fails, or the band is Not ready): the same judgement as the DRAFT mark.
    return 1 if assessment.needs_draft_mark else 0


def cmd_export(args: argparse.Namespace) -> int:
    from wizard import projectfile
    from wizard.export import ExportOptions, export_pdf

    projectfile.check_output_path(args.output, source=args.file, force=args.force)
    project = projectfile.load(args.file)
    if args.format == "xlsx":
        if args.pdf_variant:
            raise CityPitchError("--pdf-variant applies to PDF exports only, not to --format xlsx")
        from wizard.finance.workbook import write_workbook

        out = write_workbook(project.proposal, args.output)
        print(f"Wrote {out}")
        return 0
    language = "en"
    if args.report_lang is not None:
        from wizard.i18n import UnknownLanguage, resolve

        try:
            language = resolve(args.report_lang)
        except UnknownLanguage as exc:
            return _fail(str(exc))
    options = ExportOptions(
        format=args.format,
        labels=args.labels,
        pdf_variant=args.pdf_variant,
        draft_mark=not args.no_draft_mark,
        language=language,
    )
    if options.format == "pptx":  # the deck's slide plan, drawn as editable PowerPoint slides
        from wizard.export.pptx import export_pptx

        out = export_pptx(project, args.output, options, force=args.force)
    else:
        out = export_pdf(project, args.output, options, force=args.force)
    print(f"Wrote {out}")
    return 0


def gui_entry() -> int:
    """Entry point of the windowed ``citypitch-gui`` script."""
    from wizard.gui.app import main as gui_main

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    return gui_main(path)


if __name__ == "__main__":
    sys.exit(main())
