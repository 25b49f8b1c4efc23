"""Hostile and careless input, round two (issue 22): each reproduction of the sweep, and what it gives now.

Items 1-4, 7, 8, 10-12 and the minor points; items 5, 6 and 9 (slide-planner speed, scripts without a
bundled font, the cover at its maximum) belong to the deck and PDF work.  Every test here failed on the
code before this round (checked by running this file against it).
"""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from wizard import projectfile, resources
from wizard.cli import main
from wizard.errors import ProjectFileError

ROOT = Path(__file__).resolve().parents[1]


def _sample() -> projectfile.Project:
    return projectfile.load(resources.sample_path("prey-meas-lighting"))


def _sample_json() -> dict[str, Any]:
    """The sample's proposal without its images (copies in tmp_path have no assets folder)."""
    data = json.loads(resources.sample_path("prey-meas-lighting").read_text(encoding="utf-8"))
    data["branding"]["logo"] = ""
    data["branding"]["photos"] = []
    return data


def _write_json(path: Path, data: Any) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(ProjectFileError) as info:
        projectfile.load(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "Traceback" not in message
    return message


# --- 1. an output over the project --------------------------------------------------------------------


def test_1_export_over_its_own_project_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = projectfile.save(_sample(), tmp_path / "P.citypitch")
    before = project.read_bytes()
    (tmp_path / "link.pdf").symlink_to("P.citypitch")
    os.link(project, tmp_path / "hard.pdf")
    for out in (project, tmp_path / "." / "P.citypitch", tmp_path / "link.pdf", tmp_path / "hard.pdf"):
        assert main(["export", str(project), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert "this is the project itself" in err and "--force" in err, err
        assert project.read_bytes() == before
    assert not projectfile.backup_path(project).exists()


def test_1_export_over_another_project_or_a_project_name_is_refused(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = projectfile.save(_sample(), tmp_path / "P.citypitch")
    other = projectfile.save(_sample(), tmp_path / "other.citypitch")
    as_json = _write_json(tmp_path / "plain.json", _sample_json())
    for out, words in ((other, "holds a CityPitch project"), (as_json, "holds a CityPitch project"),
                       (tmp_path / "new.citypitch", "is for CityPitch projects")):
        before = out.read_bytes() if out.exists() else None
        assert main(["export", str(source), "-o", str(out)]) == 2
        assert words in capsys.readouterr().err
        assert (out.read_bytes() if out.exists() else None) == before


@pytest.mark.slow
def test_1_force_writes_anyway(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = projectfile.save(projectfile.Project(), tmp_path / "P.citypitch")
    assert main(["export", str(source), "-o", str(source), "--force"]) == 0
    assert source.read_bytes().startswith(b"%PDF")


def test_1_new_over_an_existing_project_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = projectfile.save(_sample(), tmp_path / "mine.citypitch")
    before = own.read_bytes()
    assert main(["new", "-o", str(own)]) == 2
    assert "holds a CityPitch project" in capsys.readouterr().err
    assert own.read_bytes() == before
    assert main(["new", "-o", str(own), "--force"]) == 0
    assert projectfile.backup_path(own).read_bytes() == before
    assert projectfile.load(own).proposal.city.name == ""


def test_1_the_review_memo_is_refused_over_the_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = projectfile.save(_sample(), tmp_path / "P.citypitch")
    before = project.read_bytes()
    assert main(["memo", str(project), "-o", str(project)]) == 2
    err = capsys.readouterr().err
    assert "this is the project itself: writing the memo here" in err and "--force" not in err
    assert project.read_bytes() == before


def test_1_the_check_is_in_the_core_for_every_caller(tmp_path: Path) -> None:
    from wizard.export import export_pdf

    project = _sample()
    project.path = projectfile.save(project, tmp_path / "P.citypitch")
    with pytest.raises(projectfile.OutputRefused, match="this is the project itself"):
        export_pdf(project, project.path)
    with pytest.raises(ProjectFileError, match="this is a folder, not a file"):
        projectfile.check_output_path(tmp_path, force=True)  # force never helps for a folder


@pytest.mark.gui
def test_1_the_wizard_export_step_refuses_too(qtbot: Any, isolated_settings: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui.window.mainwindow import MainWindow

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(MainWindow, "show_message", lambda *args: None)
    own = projectfile.save(_sample(), tmp_path / "P.citypitch")
    before = own.read_bytes()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(own)
    export = win.pages["export"]
    assert export.start_export(own) is False
    assert "this is the project itself" in export.status.text()
    assert own.read_bytes() == before
    win.doc.set_read_only(None)
    win.close()


# --- 2. links in a plain JSON project's assets folder -------------------------------------------------


def test_2_links_in_the_assets_folder_are_never_followed(tmp_path: Path) -> None:
    secret = tmp_path / "private" / "id_rsa"
    secret.parent.mkdir()
    secret.write_bytes(b"-----BEGIN PRIVATE KEY----- secret")
    data = _sample_json()
    data["branding"]["logo"] = "logo.png"
    data["branding"]["photos"] = [{"asset": "street.jpg", "caption": "", "credit": ""}]
    source = _write_json(tmp_path / "P.json", data)
    folder = tmp_path / "P.assets"
    folder.mkdir()
    (folder / "logo.png").symlink_to(secret)
    (folder / "street.jpg").write_bytes(_jpeg())
    (folder / "passwd").symlink_to("/etc/passwd")
    (folder / "unreferenced.png").write_bytes(_png())
    project = projectfile.load(source)
    assert sorted(project.assets) == ["street.jpg"]  # only what the proposal names, never through a link
    assert "link" in project.asset_problems["logo.png"]
    saved = projectfile.save(project)
    with zipfile.ZipFile(saved) as archive:
        names = archive.namelist()
        assert sorted(n for n in names if n.startswith("assets/")) == ["assets/street.jpg"]
        assert all(b"PRIVATE KEY" not in archive.read(n) and b"root:" not in archive.read(n) for n in names)


def test_2_a_linked_assets_folder_is_not_read(tmp_path: Path) -> None:
    private = tmp_path / "elsewhere"
    private.mkdir()
    (private / "logo.png").write_bytes(_png())
    data = _sample_json()
    data["branding"]["logo"] = "logo.png"
    source = _write_json(tmp_path / "P.json", data)
    (tmp_path / "P.assets").symlink_to(private)
    project = projectfile.load(source)
    assert project.assets == {}
    from wizard.export import render_html
    from wizard.images import ImageError

    with pytest.raises(ImageError, match=r"P\.json: the image 'logo\.png' is in P\.assets, which is a link"):
        render_html(project)


# --- 3. numbers with no size limit ---------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1e400", "-1e400", "1e999999999", "9" * 20_000, 1e308, "1000000000000001"])
def test_3_kpi_values_out_of_range_are_refused_naming_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                value: Any) -> None:
    data = _sample_json()
    data["problem"]["kpis"][0]["baseline"] = value
    path = _write_json(tmp_path / "P.json", data)
    message = _refusal(path)
    assert "Problem › KPIs › row 1 › Baseline" in message
    assert main(["check", str(path)]) == 2
    assert "Baseline" in capsys.readouterr().err


def test_3_big_literals_in_the_json_are_refused_in_plain_words(tmp_path: Path) -> None:
    text = json.dumps(_sample_json())[:-1]
    message = _refusal(_write_json(tmp_path / "a.json", text + ', "x": 1e400}'))
    assert "1e400, which is too large to be read as a number" in message
    message = _refusal(_write_json(tmp_path / "b.json", text + ', "x": ' + "7" * 20_000 + "}"))
    assert "a whole number 20,000 digits long" in message and "set_int_max_str_digits" not in message
    message = _refusal(_write_json(tmp_path / "c.json", text + ', "x": NaN}'))
    assert "holds NaN" in message


def test_3_zeros_and_exponents_are_written_plainly(tmp_path: Path) -> None:
    data = _sample_json()
    data["problem"]["kpis"][0]["target"] = "4." + "0" * 20_000
    data["problem"]["kpis"][1]["target"] = "0E-1000000000"
    data["finance"]["lines"][0]["capex"] = "1E+3"
    project = projectfile.load(_write_json(tmp_path / "P.json", data))
    kpis = project.proposal.problem.kpis
    assert str(kpis[0].target) == "4.000000" and str(kpis[1].target) == "0.000000"
    assert str(project.proposal.finance.lines[0].capex) == "1000"


# --- 4. deep nesting ------------------------------------------------------------------------------------


def _with_deep(depth: int) -> str:
    text = json.dumps(_sample_json())
    deep = '{"k": ' * depth + '"bottom"' + "}" * depth  # written by hand: json.dumps itself gives up
    return text.replace('"meta": {', '"meta": {"notes": ' + deep + ", ", 1)


@pytest.mark.parametrize("depth", [260, 490, 500, 5000])
def test_4_deep_unknown_keys_are_refused_at_load(tmp_path: Path, depth: int) -> None:
    message = _refusal(_write_json(tmp_path / "deep.json", _with_deep(depth)))
    assert "nested too deeply" in message
    assert depth > 900 or "(at meta.notes.k.k.k.k...)" in message  # where, once the JSON parser got through


def test_4_what_loads_also_saves_copies_and_exports(tmp_path: Path) -> None:
    from wizard.export import ExportOptions, render_html

    deepest = projectfile.MAX_DEPTH - 3  # the proposal, meta and notes are three levels already
    project = projectfile.load(_write_json(tmp_path / "deep.json", _with_deep(deepest)))
    again = projectfile.load(projectfile.save(project, tmp_path / "deep.citypitch"))
    assert again.proposal.to_json_data() == project.proposal.to_json_data()
    project.frozen_copy()
    for fmt in ("deck", "leave-behind"):
        render_html(project, ExportOptions(format=fmt))


def test_4_a_proposal_too_deep_to_save_is_refused_in_words(tmp_path: Path) -> None:
    project = _sample()
    deep: Any = 1
    for _ in range(300):
        deep = [deep]
    project.proposal.meta.notes = deep
    with pytest.raises(ProjectFileError, match="nests its data more than 64 levels deep"):
        projectfile.save(project, tmp_path / "deep.citypitch")
    assert not (tmp_path / "deep.citypitch").exists()


@pytest.mark.gui
def test_4_the_wizard_shows_a_dialog_when_a_proposal_cannot_be_saved(qtbot: Any, isolated_settings: Path,
                                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wizard.gui.window.mainwindow import MainWindow

    monkeypatch.setenv("CITYPITCH_DATA_DIR", str(tmp_path / "data"))
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, kind, title, text: messages.append((kind, title, text)))
    win = MainWindow()
    qtbot.addWidget(win)
    deep: Any = 1
    for _ in range(300):
        deep = [deep]
    win.doc.project.proposal.meta.notes = deep
    assert win.save_to(tmp_path / "deep.citypitch") is False
    assert messages and messages[-1][1] == "The proposal was not saved"
    assert "64 levels" in messages[-1][2]
    win.close()


# --- 7. control characters, and well-formed XMP ----------------------------------------------------------


def test_7_soft_breaks_become_line_breaks_and_nul_is_refused(tmp_path: Path) -> None:
    data = _sample_json()
    data["meta"]["project_name"] = "Smart\x0bLighting\x0cfor\u2028Prey\x85Meas\x07now"
    project = projectfile.load(_write_json(tmp_path / "P.json", data))
    assert project.proposal.meta.project_name == "Smart\nLighting\nfor\nPrey\nMeas now"
    data["problem"]["statement"] = "before\x00after"
    message = _refusal(_write_json(tmp_path / "nul.json", data))
    assert "Problem › Problem statement: contains a NUL character" in message and "\x00" not in message


@pytest.mark.slow
def test_7_pdf_a_metadata_is_well_formed_xml(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = _sample_json()
    data["meta"]["project_name"] = "Smart\x0bLighting \x1b[31m"
    data["meta"]["subtitle"] = "a\x0cb"
    data["meta"]["prepared_by"] = "c\x1fd"
    source = _write_json(tmp_path / "P.json", data)
    out = tmp_path / "P.pdf"
    assert main(["export", str(source), "-o", str(out), "--pdf-variant", "pdf/a-3b"]) == 0
    xmp = bytes(PdfReader(out).trailer["/Root"]["/Metadata"].get_object().get_data())
    root = ET.fromstring(xmp)  # raises on a control character
    assert b"pdfaid" in xmp and root is not None


# --- 8. links and devices at the output -------------------------------------------------------------------


def test_8_saving_through_a_link_updates_the_file_it_points_to(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = projectfile.save(_sample(), shared / "team.citypitch")
    link = tmp_path / "mine.citypitch"
    link.symlink_to(real)
    project = projectfile.load(link)
    project.proposal.city.name = "Renamed"
    projectfile.save(project)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert projectfile.load(real).proposal.city.name == "Renamed"
    assert projectfile.backup_path(real).exists()


def _special_files(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    found = [fifo, tmp_path]
    if os.geteuid() == 0:
        device = tmp_path / "null-device.pdf"
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # a /dev/null of our own, in tmp_path
        found.append(device)
    return found


def test_8_devices_pipes_and_folders_at_the_output_are_refused(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = projectfile.save(projectfile.Project(), tmp_path / "P.citypitch")
    for special in _special_files(tmp_path):
        kind = stat.S_IFMT(os.lstat(special).st_mode)
        assert main(["export", str(source), "-o", str(special)]) == 2
        assert "not a file" in capsys.readouterr().err
        assert main(["new", "-o", str(special)]) == 2
        assert "not a file" in capsys.readouterr().err
        assert stat.S_IFMT(os.lstat(special).st_mode) == kind  # still the pipe, the folder, the device
        with pytest.raises(ProjectFileError, match="not a file"):
            projectfile.save(projectfile.Project(), special)


# --- 10. damaged images ---------------------------------------------------------------------------------


def _png(size: tuple[int, int] = (60, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 50).convert("RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def _jpeg(size: tuple[int, int] = (300, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 50).convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def _corrupt_png() -> bytes:
    """A PNG whose chunks and checksums are all right but whose compressed pixels are garbage."""
    data = _png()
    out, pos = data[:8], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IDAT":
            body = bytes(b ^ 0xFF if i % 97 == 50 else b for i, b in enumerate(body))
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        pos += 12 + length
    return out


def _truncated_jpeg() -> bytes:
    data = _jpeg()
    return data[:len(data) // 2] + b"\xff\xd9"


@pytest.mark.parametrize(("image", "words"), [(_corrupt_png, "is damaged"), (_truncated_jpeg, "is a truncated JPEG")])
def test_10_damaged_images_are_refused_naming_project_image_and_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                        image: Any, words: str) -> None:
    project = _sample()
    project.assets["photo.img"] = image()
    project.proposal.branding.logo = "photo.img"
    source = projectfile.save(project, tmp_path / "P.citypitch")
    out = tmp_path / "P.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{source}: the image 'photo.img' {words}" in err, err
    assert not out.exists()


def test_10_the_wizard_refuses_a_damaged_image_when_it_comes_in() -> None:
    from wizard.gui.export.page import check_image_bytes

    assert check_image_bytes(_png(), "fine.png") == ""
    assert check_image_bytes(_jpeg(), "fine.jpg") == ""
    assert "is damaged" in check_image_bytes(_corrupt_png(), "broken.png")
    assert "truncated JPEG" in check_image_bytes(_truncated_jpeg(), "cut.jpg")


def test_10_a_flat_jpeg_that_is_complete_is_accepted() -> None:
    from wizard.images import decode_image

    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (250, 250, 250)).save(buffer, format="JPEG", quality=92)
    info, image = decode_image(buffer.getvalue(), "white.jpg")
    image.close()
    assert (info.width, info.height) == (640, 480)


# --- 11. long file names --------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [240, 242, 250, 253, 255])
def test_11_names_up_to_the_limit_save_again_and_again(tmp_path: Path, length: int) -> None:
    name = "é" * ((length - len(".citypitch")) // 2) + "x" * ((length - len(".citypitch")) % 2) + ".citypitch"
    assert len(os.fsencode(name)) == length
    target = tmp_path / name
    for round_ in range(3):
        project = _sample()
        project.proposal.city.name = f"round {round_}"
        projectfile.save(project, target)
    assert projectfile.load(target).proposal.city.name == "round 2"
    assert projectfile.load(projectfile.backup_path(target)).proposal.city.name == "round 1"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, projectfile.backup_path(target).name])


@pytest.mark.gui
def test_11_the_wizard_can_lock_a_file_with_the_longest_name(qapp: Any, tmp_path: Path) -> None:
    from wizard.gui.recovery.locking import LockState, acquire

    target = projectfile.save(_sample(), tmp_path / ("é" * 122 + "x.citypitch"))
    assert len(os.fsencode(target.name)) == 255
    outcome = acquire(target)
    assert outcome.state is LockState.LOCKED
    assert outcome.lock is not None
    outcome.lock.release()


# --- 12. leftovers of killed writes and exports -------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.startswith(("weasyprint-", "citypitch-")) or p.name.endswith(".tmp"))


@pytest.mark.slow
def test_12_a_killed_export_leaves_nothing_after_the_next_one(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    (tmp / "weasyprint-not-ours").mkdir()  # another program's: never touched
    (tmp / "citypitch-export-1-0000000x").mkdir()  # looks like ours but carries no marker: never touched
    source = projectfile.save(_sample(), tmp_path / "P.citypitch")
    env = dict(os.environ, TMPDIR=str(tmp), PYTHONPATH=str(ROOT))
    for _ in range(2):
        child = subprocess.Popen([sys.executable, "-m", "wizard.cli", "export", str(source), "-o",
                                  str(tmp_path / "deck.pdf")], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while not [p for p in tmp.rglob("weasyprint-*") if p.name != "weasyprint-not-ours"]:
            assert child.poll() is None, "the export ended before WeasyPrint made its folder"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert len(_leftovers(tmp)) > 2  # the kills did leave WeasyPrint's folders behind
    # The next run, with the same temporary folder:
    done = subprocess.run([sys.executable, "-m", "wizard.cli", "export", str(source), "-o", str(tmp_path / "deck.pdf")],
                          env=env, capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert _leftovers(tmp) == ["citypitch-export-1-0000000x", "weasyprint-not-ours"]


KILL_WRITER = r"""
import sys, time
from wizard import projectfile
path = sys.argv[1]
data = b"x" * (64 * 1024 * 1024)
print("ready", flush=True)
while True:
    projectfile.write_atomic(path, data, backup=False)
"""


@pytest.mark.slow
def test_12_a_kill_during_the_final_write_is_cleaned_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    stranger = tmp_path / ".someone-elses.tmp"
    stranger.write_bytes(b"not ours")
    left = 0
    for attempt in range(20):
        with subprocess.Popen([sys.executable, "-c", KILL_WRITER, str(target)], stdout=subprocess.PIPE,
                              env=dict(os.environ, PYTHONPATH=str(ROOT))) as child:
            assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
            time.sleep(0.05 + attempt * 0.01)
            child.send_signal(signal.SIGKILL)
            child.wait()
        left = len([p for p in tmp_path.iterdir() if p.name.endswith(".tmp") and p != stranger])
        if left:
            break
    assert left, "no kill landed during a write in 20 attempts"
    projectfile.save(projectfile.Project(), tmp_path / "other.citypitch")  # the next write into the folder
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == [stranger.name]


def test_12_a_live_writers_temporary_file_is_never_taken(tmp_path: Path) -> None:
    from wizard import atomic

    with atomic.open_for_writing(tmp_path / "slow.pdf") as handle:
        handle.write(b"half")
        atomic.write_bytes(tmp_path / "fast.pdf", b"other")  # cleans the folder meanwhile
        handle.write(b" and the rest")
    assert (tmp_path / "slow.pdf").read_bytes() == b"half and the rest"


# --- found by the long fuzz run -----------------------------------------------------------------------


def test_fuzz_a_zip_asking_for_an_unknown_zip_version_is_refused_in_words(tmp_path: Path) -> None:
    data = bytearray(projectfile.to_bytes(_sample()))
    central = data.index(b"PK\x01\x02")
    data[central + 6:central + 8] = (84).to_bytes(2, "little")  # "version needed to extract": 8.4
    path = tmp_path / "flipped.citypitch"
    path.write_bytes(bytes(data))
    assert "damaged or truncated" in _refusal(path)
    assert not projectfile.is_project_file(path)


# --- minor points -----------------------------------------------------------------------------------------


def test_minor_duplicate_keys_are_refused_naming_the_key(tmp_path: Path) -> None:
    text = json.dumps(_sample_json())
    text = text.replace('"city": {', '"city": {"name": "First", ', 1)
    message = _refusal(_write_json(tmp_path / "dup.json", text))
    assert "gives the key 'name' twice in the same object" in message


def test_minor_a_missing_image_names_the_project_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _sample()
    project.proposal.branding.logo = "gone.png"
    source = projectfile.save(project, tmp_path / "P.citypitch")
    assert main(["export", str(source), "-o", str(tmp_path / "P.pdf")]) == 2
    assert f"{source}: the image 'gone.png'" in capsys.readouterr().err


def test_minor_newer_schema_message_reads_well(tmp_path: Path) -> None:
    from wizard.migrations import SchemaVersionError, migrate

    with pytest.raises(SchemaVersionError) as info:
        migrate({"schema_version": 99})
    shown = f"{info.value}. It is shown read-only"
    assert ".." not in shown


def test_minor_an_unwritable_place_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ProjectFileError) as info:
        projectfile.save(projectfile.Project(), blocker / "P.citypitch")
    assert "part of the path is not a folder" in str(info.value)
