"""The Financial case page in the interface's language (issue 20): the figures' words follow View > Language,
and so do the numbers (the language's convention, as everything the window shows: item 5), and switching
words the same analysis again (nothing is recomputed)."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.gui_support import quiet_window
from wizard import figures as wording
from wizard.gui import language
from wizard.gui.finance.page import FinancePage
from wizard.gui.finance.panel import FinanceFigures
from wizard.gui.window.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch) -> typing.Iterator[MainWindow]:
    yield quiet_window(qtbot, monkeypatch)
    app = QApplication.instance()
    assert app is not None
    language.install(app, "en")
    language.retranslate_live()
    language.notifier().language_changed.emit("en")


def _panel(window: MainWindow) -> FinanceFigures:
    assert window.open_sample("lumara-transit")
    window.go_to_step("finance")
    return typing.cast(FinancePage, window.pages["finance"]).figures


def _title(panel: FinanceFigures, key: str) -> str:
    label = panel.findChild(QLabel, f"figure_title_{key}")
    assert label is not None
    return label.text()


def _value(panel: FinanceFigures, key: str) -> str:
    label = panel.findChild(QLabel, f"figure_{key}")
    assert label is not None
    return label.text()


def test_switching_to_japanese_words_the_same_analysis_in_japanese(window: MainWindow, qtbot: QtBot,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(window)
    shown = panel._shown_analysis
    assert shown is not None
    assert _title(panel, "capex") == "Total capex" and _value(panel, "payback") == "9.9 years"
    english_values = {key: _value(panel, key) for key, _t, _v in panel.pack.figures if key != "payback"}

    computed: list[object] = []
    import wizard.analysis

    monkeypatch.setattr(wizard.analysis, "analyse", lambda *a, **k: computed.append(a))  # never called
    app = QApplication.instance()
    assert app is not None
    language.switch(app, "ja")

    assert panel._shown_analysis is shown and not computed  # worded again, not recomputed
    assert _title(panel, "capex") == "設備投資の合計"
    assert _title(panel, "npv") == "割引率9.5%でのNPV（ターミナルバリューなし）"
    assert _value(panel, "payback") == "9.9年"  # a Japanese reader's convention: a decimal point
    # Amounts in Japanese short form (万/億/兆), rates and ratios as the English wrote them.
    assert _value(panel, "irr") == english_values["irr"]
    assert "億" in _value(panel, "capex") and _value(panel, "capex") != english_values["capex"]
    assert panel.failing.text().startswith("✗ 設備投資が20%超過するとNPVはマイナス")
    assert panel.tornado_chart.data is not None and panel.tornado_chart.data.basis == "ターミナルバリューを含むNPV"
    assert [bar.label for bar in panel.tornado_chart.data.bars][:3] == ["収入", "割引率", "設備投資"]
    assert panel.tornado_notes.text().startswith("金利：NPVへの影響なし。")
    assert panel.scenario_box.itemText(0) == "基本ケース"
    assert panel.scenario_table.item(panel.scenario_table.rowCount() - 1, 0).text() == "NPVの符号"
    kinds = {panel.sources_table.item(r, 1).text() for r in range(panel.sources_table.rowCount())}
    assert {"出資", "融資", "補助金・予算"} <= kinds
    assert panel.balance.text().startswith("資金源と資金使途は一致しています。")
    assert panel.pack == wording.finance_pack(window.doc.proposal.finance, shown.finance, "ja", "ja")

    language.switch(app, "en")
    assert _title(panel, "capex") == "Total capex" and _value(panel, "payback") == "9.9 years"
    assert {key: _value(panel, key) for key in english_values} == english_values


def test_a_hidden_page_is_worded_again_when_it_shows(window: MainWindow, qtbot: QtBot) -> None:
    panel = _panel(window)
    window.go_to_step("risks")
    app = QApplication.instance()
    assert app is not None
    language.switch(app, "th")
    window.go_to_step("finance")
    qtbot.waitUntil(lambda: _title(panel, "payback") == "ระยะเวลาคืนทุน")
    assert _value(panel, "payback") == "9.9 ปี"


@pytest.mark.parametrize("fmt,labels", [("deck", "en"), ("deck", "en+ja"), ("leave-behind", "en+ja")])
def test_the_exports_are_the_same_whatever_the_interfaces_language(qtbot: QtBot, fmt: str, labels: str) -> None:
    """The investor-facing documents stay English (or English with Japanese labels): their HTML is the same
    with the interface in Japanese or Thai, after the Finance page has worded the same case in them."""
    from wizard import projectfile, resources
    from wizard.analysis import analyse
    from wizard.export import ExportOptions, render_html

    project = projectfile.load(resources.sample_path("lumara-transit"))
    analysis = analyse(project.proposal)
    options = ExportOptions(format=fmt, labels=labels)
    english, _context, _images = render_html(project, options, analysis=analysis)
    app = QApplication.instance()
    assert app is not None
    try:
        for lang in ("ja", "th"):
            language.install(app, lang)
            wording.finance_pack(project.proposal.finance, analysis.finance, "id", lang)
            html, _context, _images = render_html(project, options, analysis=analysis)
            assert html == english, lang
    finally:
        language.install(app, "en")


@pytest.mark.parametrize("lang", ["ja", "id", "vi", "th"])
def test_a_translated_finance_page_shows_no_english_problem(window: MainWindow, qtbot: QtBot, lang: str) -> None:
    """The finance problems on the page are the Review page's phrases in the language: none stays English,
    the ones without a template before (discount rate, exchange rates, funding status) included."""
    import re
    from decimal import Decimal

    from wizard.finance._common import PROBLEMS
    from wizard.model import FundingSource

    panel = _panel(window)
    funding = [*window.doc.proposal.finance.funding, FundingSource(name="", amount=Decimal(5))]
    window.doc.set_field("finance.funding", funding, "Add a source", merge=False)
    for path in ("finance.discount_rate_pct", "finance.rates_date", "finance.local_per_jpy"):
        window.doc.set_field(path, None, "Clear", merge=False)
    window.refresh_analysis()
    codes = {p.code for p in window.analysis.current().finance.problems}
    assert {"discount_rate_missing", "rate_missing", "funding_status_missing"} <= codes, codes
    qtbot.waitUntil(lambda: "Enter the discount rate" in panel.note.text())
    english = {w.lower() for text in PROBLEMS.values() for w in re.findall(r"[A-Za-z]{4,}", re.sub(r"\{\w+\}", "", text))}
    app = QApplication.instance()
    assert app is not None
    language.switch(app, lang)
    qtbot.waitUntil(lambda: "Enter the discount rate" not in panel.note.text())
    shown = panel.note.text()
    assert shown.count("•") == min(len(window.analysis.current().finance.problems), 6)
    left = [w for w in re.findall(r"[A-Za-z]{4,}", shown) if w.lower() in english and w not in ("JOIN", "capex", "opex")]
    assert not left, (lang, shown, left)
