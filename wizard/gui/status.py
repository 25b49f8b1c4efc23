"""What is missing or weak, per step: feeds the sidebar badges and the Review page.

No Qt here.  Completeness is judged from the fields each page edits (an empty text, number, choice
or table counts as missing).  When :mod:`wizard.readiness` is installed its findings are used as well,
each placed on the step whose page edits the finding's field; blockers and unanswered warnings mark
the step as having problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard import paths
from wizard import fields
from wizard.model import Proposal

EMPTY, IN_PROGRESS, COMPLETE, PROBLEMS = "empty", "in progress", "complete", "has problems"
STATE_LABELS = {EMPTY: "Not started", IN_PROGRESS: "In progress", COMPLETE: "Complete", PROBLEMS: "Has problems"}
SEVERITY_ORDER = {"blocker": 0, "warning": 1, "missing": 2, "tip": 3}

#: Fields that hold a sensible value from the start: not counted towards completeness.
NOT_COUNTED = {"meta.confidentiality", "meta.number_locale", "branding.accent_colour", "branding.photos"}


@dataclass
class Item:
    """One line of the Review page."""

    step: str
    path: str
    severity: str  # blocker, warning, tip, or missing (completeness only)
    message: str
    fix: str = ""
    rule: str = ""
    criterion: str = ""
    acknowledged: bool = False
    #: A contradiction between fields (readiness' consistency checks): counts as a problem.
    consistency: bool = False


@dataclass
class Report:
    items: list[Item] = field(default_factory=list)
    states: dict[str, str] = field(default_factory=dict)
    filled: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: (criterion title, score 0-100), when readiness is installed.
    criteria: list[tuple[str, int]] = field(default_factory=list)
    score: int | None = None
    readiness: bool = False


def locate(path: str, owners: dict[str, str]) -> str | None:
    """The step whose page edits ``path`` (longest matching field pattern wins)."""
    pattern = fields.strip_indices(path)
    while pattern:
        if pattern in owners:
            return owners[pattern]
        if "." not in pattern:
            break
        pattern = pattern.rsplit(".", 1)[0]
    # A finding about a whole section: the first step that edits any field inside it.
    for owned, step in owners.items():
        if owned.startswith(pattern + ".") or owned == pattern:
            return step
    return None


def counted(pattern: str) -> bool:
    sp = fields.spec(pattern)
    return pattern not in NOT_COUNTED and sp.kind != "bool"


def build(proposal: Proposal, pages: dict[str, list[str]], field_errors: dict[str, str] | None = None) -> Report:
    """The report for ``proposal``; ``pages`` maps step id -> the field patterns its page edits."""
    owners = {p: step for step, patterns in pages.items() for p in patterns}
    report = Report()
    field_errors = field_errors or {}
    for step, patterns in pages.items():
        total = filled = 0
        for pattern in patterns:
            if not counted(pattern):
                continue
            total += 1
            if not fields.is_empty(paths.get(proposal, pattern)):
                filled += 1
            else:
                report.items.append(Item(step, pattern, "missing", f"{fields.spec(pattern).title}: not filled in yet"))
        report.filled[step] = (filled, total)
    for pattern, message in field_errors.items():
        step = owners.get(pattern)
        if step:
            report.items.append(Item(step, pattern, "blocker", f"{fields.spec(pattern).title}: {message} (not saved)"))
    try:
        _add_readiness(proposal, owners, report)
    except Exception as exc:  # noqa: BLE001 - a fault in the checks must never stop the editing
        report.readiness = False
        report.items.append(Item("review", "", "tip", f"The readiness checks failed on this draft ({type(exc).__name__}: {exc}); completeness is shown instead."))
    # A readiness finding about a field says more than "not filled in": keep only the finding.
    covered = {i.path for i in report.items if i.severity != "missing"}
    report.items = [i for i in report.items if not (i.severity == "missing" and i.path in covered)]
    for step, (filled, total) in report.filled.items():
        mine = [i for i in report.items if i.step == step and not i.acknowledged]
        # As the readiness issue defines the badges: blockers and contradictions are problems;
        # open warnings leave a step in progress; tips do not hold it back.
        problems = any(i.severity == "blocker" or (i.consistency and i.severity == "warning") for i in mine)
        warnings = any(i.severity == "warning" for i in mine)
        field_error = any(i.path in field_errors for i in mine)
        if filled == 0 and not field_error:
            # Nothing entered yet: the step is simply not started, whatever the checks say.
            report.states[step] = EMPTY
        elif problems:
            report.states[step] = PROBLEMS
        elif filled == total and not warnings:
            report.states[step] = COMPLETE
        else:
            report.states[step] = IN_PROGRESS
    report.items.sort(key=lambda i: (list(pages).index(i.step) if i.step in pages else 99, SEVERITY_ORDER.get(i.severity, 9)))
    return report


def _add_readiness(proposal: Proposal, owners: dict[str, str], report: Report) -> None:
    from wizard import readiness

    assessment = readiness.assess(proposal)
    report.readiness = True
    score = getattr(assessment, "score", None)
    report.score = int(score) if score is not None else None
    for criterion in getattr(assessment, "criteria", []) or []:
        report.criteria.append((str(getattr(criterion, "title", getattr(criterion, "id", ""))), int(getattr(criterion, "score", 0))))
    for finding in getattr(assessment, "findings", []) or []:
        path = str(getattr(finding, "field", "") or "")
        severity = str(getattr(getattr(finding, "severity", ""), "value", getattr(finding, "severity", "")))
        step = locate(path, owners) if path else None
        report.items.append(
            Item(
                step=step or "review",
                path=path,
                severity=severity,
                message=str(getattr(finding, "message", "")),
                fix=str(getattr(finding, "fix", "") or ""),
                rule=str(getattr(finding, "rule", getattr(finding, "id", "")) or ""),
                criterion=str(getattr(finding, "criterion", "") or ""),
                acknowledged=bool(getattr(finding, "acknowledged", False)),
                consistency=bool(getattr(finding, "consistency", False)),
            )
        )
