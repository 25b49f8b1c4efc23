"""Every problem the finance package can report has one template and one translation set (issue 20).

The list of problems is read from the code: each ``problems.say(path, code, key=...)`` call of
``wizard/finance`` names its problem by literal keys, every key is one of ``PROBLEMS`` and every entry of
``PROBLEMS`` is used.  Each has a ``finance_<key>`` phrase in every shipped language (the Review page,
``check`` and the Financial case page all say problems from these), and the Financial case page of a
translated window shows no English problem.
"""

from __future__ import annotations

import ast
import re
import typing
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.finance import compute
from wizard.finance._common import PROBLEMS, _Problems
from wizard.figures import problem_text
from wizard.i18n import figures as ft
from wizard.i18n.data import placeholders
from wizard.i18n.languages import TRANSLATED
from wizard.readiness._core import catalogue

FINANCE = Path(__file__).resolve().parents[1] / "wizard" / "finance"


def _literal_keys(node: ast.expr) -> set[str]:
    """The keys a ``key=`` argument can take: string literals, or a choice between them (``a if x else b``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literal_keys(node.body) | _literal_keys(node.orelse)
    raise AssertionError(f"a problem key must be literal, not {ast.unparse(node)}")


def _said_in_code() -> dict[str, list[str]]:
    """Every problem key the finance package's code can report, with where (file:line)."""
    keys: dict[str, list[str]] = {}
    for path in sorted(FINANCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            where = f"{path.name}:{node.lineno}"
            # No problem made any other way than through the table.
            assert name != "FinanceProblem" or path.name == "_common.py", where
            if name != "say" or not (isinstance(func, ast.Attribute) and ast.unparse(func.value) == "problems"):
                continue
            assert len(node.args) == 2, f"{where}: say(path, code, key=..., **values), the template comes from PROBLEMS"
            code = node.args[1]
            assert isinstance(code, ast.Constant) and isinstance(code.value, str), where
            given = [k.value for k in node.keywords if k.arg == "key"]
            for key in _literal_keys(given[0]) if given else {code.value}:
                keys.setdefault(key, []).append(where)
    return keys


SAID = _said_in_code()


def test_every_problem_the_code_can_report_has_a_template() -> None:
    assert len(SAID) >= 45, sorted(SAID)
    assert set(SAID) <= set(PROBLEMS), {k: SAID[k] for k in set(SAID) - set(PROBLEMS)}
    assert set(PROBLEMS) <= set(SAID), sorted(set(PROBLEMS) - set(SAID))  # no template left unused
    assert [m for m in vars(_Problems) if not m.startswith("__")] == ["say"]  # no way round the table


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_every_problem_has_its_phrase_in_the_language(lang: str) -> None:
    english = catalogue()
    cat = catalogue(lang)
    shipped = {k.removeprefix("finance_") for k in english.phrases if k.startswith("finance_")}
    assert shipped == set(PROBLEMS), sorted(shipped ^ set(PROBLEMS))
    for key, template in PROBLEMS.items():
        phrase = cat.phrases[f"finance_{key}"]
        assert english.phrases[f"finance_{key}"] == template.rstrip("."), key  # one English
        assert sorted(placeholders(phrase)) == sorted(placeholders(template)), (lang, key)
        if lang != "en":
            assert phrase != english.phrases[f"finance_{key}"], (lang, key)
            left = re.sub(r"\{\w+\}|JOIN|NPV|capex|opex|10\^22", "", phrase)
            assert not re.search(r"\b(?:the|is|of|and|until|Enter|amount)\b", left), (lang, key, phrase)


def _cases() -> list[typing.Any]:
    from wizard.model import Currency, FinancialCase, FundingSource, FundingType, YearLine

    join = [FundingSource(name="JOIN", source_type=FundingType.JOIN_EQUITY, amount=Decimal(60), japanese=True),
            FundingSource(name="Trader", source_type=FundingType.PRIVATE_EQUITY, amount=Decimal(10), japanese=True)]
    lines = [YearLine(year=2027, capex=Decimal(100)), YearLine(year=2028, rev_user_fees=Decimal(300))]
    return [
        FinancialCase(),  # no currency, discount rate, rates or lines
        FinancialCase(currency=Currency.IDR, local_per_usd=Decimal(15000), lines=lines,
                      funding=[FundingSource(name="", amount=None), FundingSource(name="", amount=Decimal(5)), *join]),
    ]


def test_the_problems_once_said_only_in_english_are_said_in_every_language() -> None:
    """The problems that had no template before (currency, discount rate, rates, lines, funding sources, JOIN)."""
    found = {p.key: p for case in _cases() for p in compute(case).problems}
    wanted = {"currency_missing", "discount_rate_missing", "rate_missing_no_currency", "lines_missing",
              "rates_date_missing", "rate_missing", "funding_amount_missing", "funding_status_missing", "join_largest"}
    assert wanted <= set(found), sorted(wanted - set(found))
    for key in wanted:
        problem = found[key]
        assert problem.template == PROBLEMS[key] and problem.message == problem.template.format(**dict(problem.values))
        assert problem_text(problem, "en") == problem.message
        for lang in TRANSLATED:
            said = problem_text(problem, lang)
            assert said != problem.message and "{" not in said, (lang, key, said)
            assert not re.search(r"\b(?:the|Enter|Choose|Say|would)\b", said), (lang, key, said)
    assert "1 JPY" in problem_text(found["rate_missing"], "ja") or "1 USD" in problem_text(found["rate_missing"], "ja")
    assert problem_text(found["funding_amount_missing"], "th").endswith("แหล่งเงินทุนที่ 1")
    assert problem_text(found["currency_missing"], "ja").endswith("。")


def test_the_finance_page_and_the_review_page_say_a_problem_in_the_same_words() -> None:
    """One translation set: the page's note is the Review page's finding text, ended as a sentence."""
    from wizard.readiness._core import finance_problem

    for problem in (p for case in _cases() for p in compute(case).problems):
        for lang in TRANSLATED:
            review = finance_problem(problem, lang, catalogue(lang), catalogue())
            assert review is not None, (lang, problem.key)
            assert problem_text(problem, lang).startswith(review), (lang, problem.key)


def test_the_pattern_matching_set_is_gone() -> None:
    """The Finance page no longer recognises English messages by pattern: figures*.json have no problems."""
    assert "problems" not in ft.english() and "field_names" not in ft.english()
    for lang in ft.languages():
        assert "problems" not in ft.texts(lang), lang


def test_a_finance_finding_in_japanese_ends_as_a_japanese_sentence() -> None:
    """The Review page's finding wraps the phrase as the language ends a sentence (it read '…です.')."""
    from tests.test_readiness_eval import FLAWS, strong
    from wizard import readiness

    proposal = strong()
    next(f for f in FLAWS if f.name == "loses_money").mutate(proposal)
    said = readiness.localise(readiness.assess(proposal), "ja")
    finding = next(f for f in said.findings if f.rule == "returns.finance_problem")
    assert finding.message.endswith("。") and not finding.message.endswith(".。"), finding.message
