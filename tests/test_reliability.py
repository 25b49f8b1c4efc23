"""Never lose a proposal: SIGKILL during saves, and fuzzed files that must fail cleanly."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.kill_loop import run as kill_loop
from wizard import projectfile, resources
from wizard.errors import ProjectFileError
from wizard.model import Proposal


@pytest.mark.slow
def test_sigkill_during_save_never_tears_the_file(tmp_path: Path) -> None:
    stats = kill_loop(100, tmp_path, seed=1234)
    assert stats["kills"] == 100
    assert stats["torn"] == 0
    assert stats["went_back"] == 0
    assert stats["saves_seen"] > 0  # the child really was saving when killed


def _valid_archive() -> bytes:
    names = resources.sample_names()
    project = projectfile.load(resources.sample_path(names[0])) if names else projectfile.Project()
    return projectfile.to_bytes(project)


VALID = _valid_archive()
VALID_JSON = json.loads(zipfile.ZipFile(io.BytesIO(VALID)).read("proposal.json"))


def check_load(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.citypitch"
    path.write_bytes(data)
    before = hashlib.sha256(data).hexdigest()
    try:
        project = projectfile.load(path)
    except ProjectFileError as exc:
        assert str(exc).startswith(str(path))
    else:
        assert isinstance(project.proposal, Proposal)
        again = path.with_name("again.citypitch")  # what loads also saves, and loads back the same
        again.write_bytes(projectfile.to_bytes(project))
        assert projectfile.load(again).proposal.to_json_data() == project.proposal.to_json_data()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


FUZZ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    check_load(tmp_path, data)


@FUZZ
@given(st.integers(min_value=0, max_value=len(VALID)))
def test_truncations(tmp_path: Path, cut: int) -> None:
    check_load(tmp_path, VALID[:cut])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 7)), min_size=1, max_size=8))
def test_bit_flips(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(VALID)
    for index, bit in flips:
        data[index] ^= 1 << bit
    check_load(tmp_path, bytes(data))


def _all_paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _all_paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _all_paths(value, prefix + (index,))
    return found


PATHS = _all_paths(VALID_JSON)
JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=True),
    st.text(max_size=50), st.just("x" * 200_000), st.lists(st.integers(), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.recursive(st.just([]), lambda inner: st.lists(inner, max_size=2), max_leaves=50),
    # The reproductions of issue 22: numbers with no size, soft breaks, NUL, surrogates, deep nesting.
    st.sampled_from(["1e400", "-1e400", "1e999999999", "9" * 20_000, "0E-1000000000", "4." + "0" * 5_000,
                     "a\x0bb", "a\x00b", "\ud800", "\x1b[31m\x07", "\u2028\u2029\x85", 1e308, 10**40]),
    st.integers(min_value=250, max_value=600).map(lambda depth: json.loads("[" * depth + "]" * depth)),
)


def _mutate(data: object, path: tuple, value: object, drop: bool) -> object:
    data = json.loads(json.dumps(data))
    node = data
    for part in path[:-1]:
        node = node[part]
    if drop and isinstance(node, dict):
        node.pop(path[-1], None)
    else:
        node[path[-1]] = value
    return data


@FUZZ
@given(st.sampled_from(PATHS), JUNK, st.booleans())
def test_structured_mutations(tmp_path: Path, path: tuple, value: object, drop: bool) -> None:
    mutated = _mutate(VALID_JSON, path, value, drop)
    text = json.dumps(mutated, allow_nan=True).encode()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("proposal.json", text)
    check_load(tmp_path, archive.getvalue())
    check_load(tmp_path, text)


@FUZZ
@given(st.lists(st.text(alphabet="abc./\\:-_", min_size=1, max_size=30), min_size=1, max_size=4))
def test_bad_zip_entry_names(tmp_path: Path, names: list[str]) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("proposal.json", json.dumps(VALID_JSON))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # duplicate names are part of the attack
            for name in names:
                out.writestr(name, b"payload")
    check_load(tmp_path, archive.getvalue())


def test_deep_nesting_inside_a_valid_key(tmp_path: Path) -> None:
    nested = "[" * 50_000 + "]" * 50_000
    text = json.dumps(VALID_JSON)[:-1] + ', "deep": ' + nested + "}"
    check_load(tmp_path, text.encode())
