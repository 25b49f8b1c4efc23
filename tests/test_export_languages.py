"""Per-field language (issue 14): fields the team marks as written in the local language carry lang="..." in
the exported HTML and /Lang in the PDF/UA structure tree; text whose script tells its language is marked
without a tick; nothing else is, and no attribute or title is broken by the marking."""

from __future__ import annotations

import re
import zipfile
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from wizard import projectfile
from wizard.export import ExportOptions, export_pdf, render_html
from wizard.export.languages import Marker, field_title, markable_patterns, script_language
from wizard.model import LocalLanguage, new_proposal
from wizard.projectfile import Project

SAMPLES = Path(__file__).parent.parent / "resources" / "samples"

NEEDS = "Warga meminta bus yang tepat waktu. Halte harus aman bagi perempuan dan anak-anak pada malam hari."
BENEFIT = "Perjalanan ke pusat kota lebih cepat"
SOURCE = "Survei Rumah Tangga Dinas Perhubungan Kota Lumara"


def marked_lumara(mark: bool = True) -> Project:
    """The Lumara sample with Indonesian text in three fields, marked as Indonesian when ``mark``."""
    project = projectfile.load(SAMPLES / "lumara-transit.json")
    p = project.proposal
    p.problem.community_needs = NEEDS
    p.vision.citizen_benefits = [*p.vision.citizen_benefits, BENEFIT]
    p.problem.evidence[0].source = SOURCE
    if mark:
        p.meta.local_language = LocalLanguage.ID
        p.meta.local_language_fields = ["problem.community_needs", "vision.citizen_benefits", "problem.evidence.source"]
    return project


def spans(html: str, lang: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(rf'<span lang="{lang}">(.*?)</span>', html, re.S)]


def marker(**meta: object) -> Marker:
    p = new_proposal()
    p.problem.statement = "Banjir merendam pasar. Warga kehilangan pendapatan.\nPompa lama rusak."
    p.team.lead_agency = "Dinas Pekerjaan Umum"
    for key, value in meta.items():
        setattr(p.meta, key, value)
    return Marker(p)


# --- the marker on its own ----------------------------------------------------------------------------------


def test_marked_text_whole_or_by_sentences_is_wrapped_and_nothing_else() -> None:
    m = marker(local_language=LocalLanguage.ID, local_language_fields=["problem.statement", "team.lead_agency"])
    page = m.apply("<p>{}</p><p>{}</p><p>{}</p><td>{}</td><p>{}</p><p>{}</p>".format(
        m.finalize("Banjir merendam pasar. Warga kehilangan pendapatan."),  # the sentences that fit a slide
        m.finalize("Pompa lama rusak."),  # a paragraph (the rest, in the appendix)
        m.finalize("Warga kehilangan"),  # words from inside a sentence: not a passage of its own
        m.finalize("Dinas Pekerjaan Umum"),  # a whole line field
        m.finalize("Lead agency: Dinas Pekerjaan Umum, since 2019"),  # composed around a whole text
        m.finalize("Smart flood pumps"),  # English
    ))
    assert spans(page, "id") == ["Banjir merendam pasar. Warga kehilangan pendapatan.", "Pompa lama rusak.",
                                 "Dinas Pekerjaan Umum", "Dinas Pekerjaan Umum"]
    assert "<p>Warga kehilangan</p>" in page and "<p>Smart flood pumps</p>" in page
    assert 'Lead agency: <span lang="id">Dinas Pekerjaan Umum</span>, since 2019' in page


def test_without_a_language_or_a_mark_latin_text_is_left_alone() -> None:
    for m in (marker(local_language_fields=["problem.statement"]), marker(local_language=LocalLanguage.ID)):
        assert m.finalize("Pompa lama rusak.") == "Pompa lama rusak."


def test_text_whose_script_tells_its_language_is_marked_without_a_tick() -> None:
    m = marker()
    page = m.apply("<td>{}</td><td>{}</td><td>{}</td><td>{}</td>".format(
        m.finalize("សុវត្ថិភាព"), m.finalize("Thành phố Sông An chống ngập"), m.finalize("東京都"),
        m.finalize("Smart lighting for ក្រសួងសាធារណការ")))
    assert spans(page, "km") == ["សុវត្ថិភាព"] and spans(page, "vi") == ["Thành phố Sông An chống ngập"]
    # Han characters alone may be Chinese; Khmer words inside an English sentence leave the sentence English.
    assert "<td>東京都</td>" in page and "<td>Smart lighting for ក្រសួងសាធារណការ</td>" in page


def test_attributes_titles_and_markup_are_never_broken() -> None:
    m = marker(local_language=LocalLanguage.ID, local_language_fields=["problem.statement"])
    value = m.finalize("Pompa lama rusak.")
    page = m.apply(f'<html><head><title>{value}</title><meta name="d" content="{value}"></head>'
                   f'<body><img alt="{value}" src="x"><p>{value}</p><style>p {{}}</style></body></html>')
    assert page == ('<html><head><title>Pompa lama rusak.</title><meta name="d" content="Pompa lama rusak.">'
                    '</head><body><img alt="Pompa lama rusak." src="x"><p><span lang="id">Pompa lama rusak.</span>'
                    '</p><style>p {}</style></body></html>')
    assert m.finalize(42) == 42


def test_every_text_field_can_be_marked_and_is_named_as_a_planner_reads_it() -> None:
    patterns = markable_patterns()
    assert "problem.statement" in patterns and "risks.mitigation" in patterns and "vision.citizen_benefits" in patterns
    assert "team.contacts.email" not in patterns and "meta.local_language_fields" not in patterns
    assert field_title("problem.evidence.source") == "Problem › Evidence › Source"
    assert script_language(["ព្រៃវែង", "ផ្លូវ"]) == "km" and script_language(["ព្រៃវែង", "Jalan"]) is None


def test_the_marks_are_kept_in_the_project_file(tmp_path: Path) -> None:
    project = marked_lumara()
    out = tmp_path / "marked.citypitch"
    projectfile.save(project, out)
    again = projectfile.load(out).proposal.meta
    assert again.local_language is LocalLanguage.ID
    assert again.local_language_fields == ["problem.community_needs", "vision.citizen_benefits",
                                           "problem.evidence.source"]
    # A file written before the fields existed loads with no language and no marks.
    old = Path(__file__).parent / "data" / "schema_versions" / "v1.citypitch"
    with zipfile.ZipFile(old) as archive:
        assert not any(b"local_language" in archive.read(name) for name in archive.namelist())
    meta = projectfile.load(old).proposal.meta
    assert meta.local_language is None and meta.local_language_fields == []


# --- the exported HTML and PDF --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["deck", "leave-behind"])
def test_marked_fields_carry_their_language_in_the_html(fmt: str) -> None:
    html, _context, _images = render_html(marked_lumara(), ExportOptions(format=fmt, labels="en+ja"))
    shown = spans(html, "id")
    assert NEEDS in shown or fmt == "deck" and any(NEEDS.startswith(s) for s in shown)
    assert BENEFIT in shown and SOURCE in shown
    assert "\uffff" not in html and "\ufffe" not in html
    # Unmarked, the same text is English to the program.
    plain, _context, _images = render_html(marked_lumara(mark=False), ExportOptions(format=fmt))
    assert spans(plain, "id") == []


def _languages(path: Path) -> dict[str, int]:
    reader = PdfReader(path)
    counts: dict[str, int] = {}
    stack = [reader.trailer["/Root"]["/StructTreeRoot"]]
    seen = set()
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
            node = node.get_object()
        if isinstance(node, DictionaryObject):
            if node.get("/Type") == "/StructElem" and "/Lang" in node:
                counts[str(node["/Lang"])] = counts.get(str(node["/Lang"]), 0) + 1
            kids = node.get("/K")
            stack.extend(kids if isinstance(kids, ArrayObject) else [kids] if kids is not None else [])
    return counts


@pytest.mark.slow
def test_pdf_ua_gives_each_marked_passage_its_lang(tmp_path: Path) -> None:
    out = tmp_path / "marked.pdf"
    export_pdf(marked_lumara(), out, ExportOptions(format="leave-behind", pdf_variant="pdf/ua-1"))
    assert _languages(out).get("id", 0) >= 3
    # qpdf reads the file as sound, and its JSON view holds the same /Lang strings.
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    shown = subprocess.run(["qpdf", "--json", "--json-key=qpdf", str(out)], check=True, capture_output=True,
                           text=True).stdout
    assert '"/Lang": "u:id"' in shown
    plain = tmp_path / "plain.pdf"
    export_pdf(marked_lumara(mark=False), plain, ExportOptions(format="leave-behind", pdf_variant="pdf/ua-1"))
    assert "id" not in _languages(plain)


@pytest.mark.slow
def test_the_powerpoint_deck_is_unaffected_by_the_marks(tmp_path: Path) -> None:
    """wizard.export.pptx does not set a run's language yet (pptx2's area): the marks change nothing there."""
    from wizard.export.pptx import export_pptx

    def slides(project: Project, name: str) -> dict[str, bytes]:
        out = export_pptx(project, tmp_path / name, ExportOptions(format="pptx"))
        with zipfile.ZipFile(out) as archive:
            return {n: archive.read(n) for n in archive.namelist() if n.startswith("ppt/slides/slide")}

    marked, plain = slides(marked_lumara(), "marked.pptx"), slides(marked_lumara(mark=False), "plain.pptx")
    assert marked == plain
    assert any(BENEFIT.encode() in xml for xml in marked.values())


def test_text_already_in_an_element_of_its_language_gets_no_second_span() -> None:
    m = marker()
    page = m.apply('<span class="ja ja-line" lang="ja">{}</span><p>{}</p>'.format(
        m.finalize("事業の経済性について"), m.finalize("事業の経済性について")))
    assert page == '<span class="ja ja-line" lang="ja">事業の経済性について</span><p><span lang="ja">事業の経済性について</span></p>'
