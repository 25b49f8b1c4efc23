"""PDF/UA-1 structure the export adds to WeasyPrint's tagging (wizard/export/tagging.py): the language of
passages told by their script, page furniture as artifacts, a scope on every header cell."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from wizard import projectfile
from wizard.export import ExportOptions, export_pdf
from wizard.export.tagging import language_of

DATA = Path(__file__).parent / "data" / "export"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    out = tmp_path_factory.mktemp("tagged") / "scripts.pdf"
    export_pdf(projectfile.load(DATA / "scripts.json"), out,
               ExportOptions(format="leave-behind", labels="en+ja", pdf_variant="pdf/ua-1"))
    return PdfReader(out)


def _elements(reader: PdfReader) -> list[DictionaryObject]:
    """Every structure element reachable from the structure tree root."""
    out: list[DictionaryObject] = []
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
            if node.get("/Type") == "/StructElem":
                out.append(node)
            kids = node.get("/K")
            if isinstance(kids, ArrayObject):
                stack.extend(kids)
            elif kids is not None:
                stack.append(kids)
    return out


@pytest.mark.parametrize(("text", "language"), [
    ("គម្រោងនេះ", "km"), ("โครงการ", "th"), ("ໂຄງການ", "lo"), ("စီမံကိန်း", "my"), ("本事業は", "ja"),
    ("Dự án giúp", "vi"), ("Smart lighting", None), ("Lampu jalan pintar", None), ("Lighting 本事業", None),
])
def test_script_tells_the_language(text: str, language: str | None) -> None:
    assert language_of(text) == language


def test_passages_in_other_scripts_carry_their_language(tagged: PdfReader) -> None:
    languages = {str(element["/Lang"]) for element in _elements(tagged) if "/Lang" in element}
    assert {"ja", "km", "th", "lo", "my", "vi"} <= languages


def test_every_header_cell_is_scoped(tagged: PdfReader) -> None:
    headers = [e for e in _elements(tagged) if e.get("/S") == "/TH"]
    assert headers
    assert all(e["/A"].get("/Scope") in ("/Column", "/Row") for e in headers)


def test_page_furniture_is_an_artifact_and_all_marked_content_is_in_the_tree(tagged: PdfReader) -> None:
    reachable = {id(e) for e in _elements(tagged)}
    reachable_numbers = set()
    for element in _elements(tagged):
        reachable_numbers.add(element.indirect_reference.idnum if element.indirect_reference else None)
    nums = tagged.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"].get_object()["/Nums"]
    assert reachable
    for index, page in enumerate(tagged.pages):
        content = page.get_contents().get_data().decode("latin-1")
        if index > 0:  # the cover has no running header or footer
            assert "/Artifact <</Type /Pagination>> BDC" in content.replace("\n", " "), f"page {index + 1}"
        mcids = [int(n) for n in re.findall(r"/MCID (\d+)", content)]
        parents = nums[2 * index + 1]
        for mcid in mcids:
            parent = parents[mcid]
            assert parent.idnum in reachable_numbers, f"page {index + 1}: MCID {mcid} belongs to no element of the tree"
