"""The readiness report: the team's own export, with the score and every open finding and its fix.

This is what the wizard's readiness checks say about the proposal, for the city team and its advisers, never
for investors: the deck and the leave-behind carry no score and no finding.  It is an A4 document built from
the export's one analysis (:func:`wizard.analysis.analyse`): the overall and per-criterion scores, the open
findings (blockers first) with how to fix each, the warnings the team answered with a justification, and the
acknowledgements as recorded.

Being the team's own document, it is written in the team's language (``citypitch export --format
readiness-report --lang CODE``): the findings through :func:`wizard.readiness.localise`, the fields through
:func:`wizard.fields.title`, and the report's fixed words (``document_*`` in the ``report`` texts of
``resources/guidance/readiness.json`` and its translations) through :class:`ReportWords`, which the
template's label filters read.  The investor-facing exports stay English, or English with Japanese labels.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from wizard.analysis import Analysis
from wizard.export.context import document_meta
from wizard.export.labels import Labels
from wizard.export.numbers import Numbers
from wizard.model import Proposal

SEVERITY_ORDER = {"blocker": 0, "warning": 1, "tip": 2}
SEVERITY_LABELS = {"blocker": "Blocker", "warning": "Warning", "tip": "Tip"}
#: The prefix of the report's fixed words among the readiness ``report`` texts.
WORDS_PREFIX = "document_"


def field_title(path: str, lang: str = "en") -> str:
    """A model path such as 'problem.kpis[2].baseline' in words: 'Problem › KPIs › row 3 › Baseline'
    (:func:`wizard.fields.title`)."""
    from wizard.fields import title

    return title(path, lang)


def rule_title(rule: str, lang: str = "en") -> str:
    """The readiness check's title for a rule id in ``lang`` (the id itself if this version does not know it)."""
    from wizard import readiness

    spec = readiness.catalogue(lang).rules.get(rule.strip())
    return spec.title if spec else rule


class ReportWords(Labels):
    """The report's fixed words in one language, for the template's ``t`` and ``tt`` filters.

    The template names each word by its English (``"Readiness report"|t``); the English is found among the
    ``document_*`` texts of the readiness catalogue and said with the same id's text in ``lang``.  A word the
    catalogue does not have is printed in English and remembered in :attr:`missing` (the tests insist on none).
    """

    def __init__(self, lang: str) -> None:
        super().__init__("en")
        from wizard.readiness import catalogue

        self.lang = lang
        english = catalogue().report
        said = catalogue(lang).report
        self._words = {text: said.get(key, text) for key, text in english.items() if key.startswith(WORDS_PREFIX)}

    def word(self, text: str) -> str:
        found = self._words.get(text)
        if found is None:
            self.missing.add(text)
            return text
        return found

    def say(self, key: str, **values: Any) -> str:
        """One fixed word by its id (``document_page``), filled with ``values``."""
        from wizard.readiness import catalogue

        return catalogue(self.lang).say(WORDS_PREFIX + key, **values)

    def ja(self, text: str, context: str = "") -> str:
        return ""

    def inline_text(self, text: str, context: str = "") -> str:
        return self.word(text)

    def inline(self, text: str, context: str = "") -> Markup:
        return escape(self.word(text))

    def stacked(self, text: str, context: str = "", unit: str = "") -> Markup:
        head = self.word(text)
        return Markup('{} <span class="unit">({})</span>').format(head, unit) if unit else escape(head)


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def page_css(words: ReportWords) -> str:
    """The page number in the margin ("Page 2 of 5" in the style sheet) in the report's language."""
    template = words.say("page", page="\x00page\x00", pages="\x00pages\x00")
    parts = [part for part in template.split("\x00") if part]
    content = " ".join(f"counter({part})" if part in ("page", "pages") else _css_string(part) for part in parts)
    return f"@page {{ @bottom-right {{ content: {content}; }} }}\n"


def readiness_summary(analysis: Analysis, lang: str = "en") -> dict[str, Any]:
    """Overall and per-criterion scores, open findings (blockers first) with fixes, answered findings, in ``lang``."""
    from wizard import readiness

    result = readiness.localise(analysis.readiness, lang)
    criteria = [{"title": c.title, "weight": str(c.weight), "score": str(c.score),
                 "open": str(sum(1 for f in c.findings if not f.acknowledged))} for c in result.criteria]
    titles = {c.id: c.title for c in result.criteria}

    def row(f: Any) -> dict[str, str]:
        return {"severity": f.severity, "severity_label": SEVERITY_LABELS.get(f.severity, f.severity.title()),
                "criterion": titles.get(f.criterion, f.criterion), "title": f.title or f.rule,
                "field": field_title(f.field, lang) if f.field else "", "message": f.message, "fix": f.fix,
                "justification": f.justification, "points": str(f.points)}

    ordered = sorted(result.findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), -f.points))
    open_findings = [row(f) for f in ordered if not f.acknowledged]
    answered = [row(f) for f in ordered if f.acknowledged]
    counts = {name: sum(1 for f in open_findings if f["severity"] == name) for name in SEVERITY_ORDER}
    return {"score": str(result.score), "has_blockers": result.has_blockers, "criteria": criteria,
            "open": open_findings, "answered": answered, "counts": counts}


def build_report(proposal: Proposal, *, analysis: Analysis, draft: bool, numbers: Numbers,
                 labels: Labels, lang: str = "en") -> dict[str, Any]:
    """The readiness report as plain data, its texts in ``lang`` (the fixed words: ``labels``, a
    :class:`ReportWords` for any language but English)."""
    acknowledgements = [{"check": rule_title(a.rule, lang), "field": field_title(a.field, lang) if a.field.strip() else "",
                         "justification": a.justification.strip(),
                         "by": " ".join(x for x in (a.by.strip(), a.on.isoformat() if a.on else "") if x)}
                        for a in proposal.acknowledgements if a.justification.strip()]
    accent = proposal.branding.accent_colour or "#0F6E8C"
    context = {**document_meta(proposal, accent), "draft": draft, "slides": [], "sections": [],
               "assessment": readiness_summary(analysis, lang), "acknowledgements": acknowledgements,
               "pages_estimate": 3}
    if lang != "en":
        context["lang"] = lang
        if not proposal.meta.project_name.strip():
            from wizard.readiness import catalogue

            untitled = catalogue(lang).say("untitled")
            context["project_name"] = untitled
            context["meta"] = {**context["meta"], "title": untitled}
        if isinstance(labels, ReportWords):
            context["page_css"] = page_css(labels)
    return context


__all__ = ["ReportWords", "build_report", "field_title", "page_css", "readiness_summary", "rule_title"]
