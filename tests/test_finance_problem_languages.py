"""The finance package's problems said in the reader's language (issue 20): each keeps its English template
and values (``FinanceProblem.template``/``values``), and ``readiness.localise`` says it again with the
``finance_<key>`` phrase of ``resources/guidance/readiness.<lang>.json`` (its English must be the template,
else the English stays)."""

from __future__ import annotations

import re
from decimal import Decimal

from tests.test_readiness_eval import FLAWS, strong
from wizard import readiness
from wizard.finance import FinanceProblem, ProblemField, compute
from wizard.i18n.languages import TRANSLATED
from wizard.model import AskItem, Currency, FinancialCase, FundingSource, FundingType, Instrument, TerminalValueMethod, YearLine
from wizard.readiness._core import catalogue, finance_problem

L = YearLine.model_construct


def _loan(**values: object) -> FundingSource:
    return FundingSource.model_construct(source_type=FundingType.COMMERCIAL_DEBT, instrument=Instrument.LOAN, **values)


def _cases() -> list[FinancialCase]:
    """Cases built without validation (as a damaged file could be), each raising several problems."""
    case = FinancialCase.model_construct
    usd = {"currency": Currency.USD, "discount_rate_pct": Decimal(8)}
    flows = [L(year=2025, capex=Decimal(100)), L(year=2026, rev_user_fees=Decimal(60)), L(year=2027, rev_user_fees=Decimal(60))]
    return [
        case(currency=Currency.IDR, discount_rate_pct="abc", horizon_years=500, base_year="x", local_per_usd="-1",
             local_per_jpy=Decimal(2), lines=[L(year=None, capex=None), L(year=2025, capex="x", opex=Decimal(-5)),
                                        L(year=2025, capex=Decimal("1e30")), L(year=2024, opex=Decimal(1)), L(year=None, capex=Decimal(1)),
                                        L(year="zz", capex=Decimal(1)), L(year=2100, capex=Decimal(1)),
                                        L(year=None, opex="y", capex=Decimal(-1), rev_other=Decimal("1e30"))]),
        case(currency=Currency.JPY, discount_rate_pct=Decimal(-150), local_per_jpy=Decimal(2), lines=[L(year=2025, capex=Decimal(1))]),
        case(currency=Currency.USD, discount_rate_pct=Decimal(150), base_year=2025, horizon_years=3, lines=[L(year=2040, capex=Decimal(1))]),
        case(currency=Currency.USD, discount_rate_pct=Decimal(8), lines=[L(year=None)]),
        case(**usd, lines=flows, tax_rate_pct=Decimal(20), terminal_method=TerminalValueMethod.PERPETUITY_GROWTH,
             concession_end_year=2025, operations_start_year=2090),
        case(**usd, lines=flows, terminal_method=TerminalValueMethod.EXIT_MULTIPLE,
             funding=[FundingSource.model_construct(name="Bank A", source_type=FundingType.COMMERCIAL_DEBT, amount="zz"),
                      _loan(name="Bank B", amount=Decimal(40)), _loan(name="Bank C", amount=Decimal(40), interest_rate_pct=Decimal(5)),
                      _loan(name="Bank D", amount=Decimal(40), tenor_years=5),
                      _loan(name="Bank E", amount=Decimal(40), interest_rate_pct=Decimal(5), tenor_years=3, grace_years=4)],
             asks=[AskItem.model_construct(amount="much"), AskItem.model_construct(amount=Decimal(-3))]),
    ]


def _problems() -> list[FinanceProblem]:
    found = [p for case in _cases() for p in compute(case).problems]
    for flaw in FLAWS:  # and the problems the readiness checks meet in realistic proposals
        proposal = strong()
        flaw.mutate(proposal)
        found.extend(compute(proposal.finance, phases=proposal.roadmap.phases).problems)
    return found


PROBLEMS = _problems()


def test_every_templated_problem_has_its_phrase_in_every_language() -> None:
    english = catalogue()
    templated = PROBLEMS
    assert all(p.template for p in PROBLEMS)
    keys = {p.key for p in templated}
    assert len(keys) >= 30, sorted(keys)
    for problem in templated:
        assert english.phrases.get(f"finance_{problem.key}") == problem.template.rstrip("."), problem.key
        assert problem.message == problem.template.format(**dict(problem.values))
        for lang in TRANSLATED:
            said = finance_problem(problem, lang, catalogue(lang), english)
            assert said and said != problem.message.rstrip("."), (lang, problem.key)
            assert "{" not in said and not re.search(r"\b(?:the|is|of|and|until)\b", said.replace(problem.message, "")), said
    shipped = {k.removeprefix("finance_") for k in english.phrases if k.startswith("finance_")}
    assert keys <= shipped, sorted(keys - shipped)  # and every one the code can raise: test_finance_problem_source


def test_a_field_and_an_amount_inside_a_problem_are_said_the_readers_way() -> None:
    problem = next(p for p in PROBLEMS if p.key == "negative_amount_in_year")
    values = dict(problem.values)
    assert isinstance(values["label"], ProblemField) and str(values["label"]) == "opex"
    said = finance_problem(problem, "vi", catalogue("vi"), catalogue())
    assert said is not None and "chi phí vận hành" in said and "-5\xa0IDR" in said
    ja = finance_problem(problem, "ja", catalogue("ja"), catalogue())
    assert ja is not None and ja.startswith("2025年の運営費の金額がマイナスです")


def test_a_problem_whose_template_drifted_from_the_phrase_stays_english() -> None:
    problem = next(p for p in PROBLEMS if p.key == "line_empty")
    drifted = FinanceProblem(problem.path, "Row 1 is blank.", problem.code, "Row {row} is blank.", problem.values, problem.key)
    assert finance_problem(drifted, "ja", catalogue("ja"), catalogue()) is None


def test_the_finding_about_a_finance_problem_reads_in_the_language() -> None:
    proposal = strong()
    next(f for f in FLAWS if f.name == "loses_money").mutate(proposal)
    english = readiness.assess(proposal)
    finding = next(f for f in english.findings if f.rule == "returns.finance_problem")
    assert "starts repaying in" in finding.message
    for lang in TRANSLATED:
        said = next(f for f in readiness.localise(english, lang).findings if f.rule == "returns.finance_problem")
        assert "starts repaying" not in said.message and "grace period" not in said.message, (lang, said.message)
    assert readiness.localise(readiness.localise(english, "th"), "en") == english
