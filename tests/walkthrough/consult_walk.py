"""Walk through working with a consultant as two people would, on a real X display (not a test).

Each run is one person's session at their own computer (their own settings, so their own name): the
wizard is started as a user starts it, and driven with real X input from ``xdotool`` (mouse clicks on
the widgets' places on screen, right-clicks, typing, keys); a screenshot of the whole screen is taken
after each step with ImageMagick's ``import``.  The sessions, in order:

1. ``consultant``: comments on the problem statement (right-click) and on a KPI row, adds session
   notes, saves a version "After workshop 1", saves the file;
2. ``city``: reads the comments in the panel, answers one and resolves it, fixes the KPI's figures,
   inserts a KPI above (the comment follows its row), saves a version "City answers 1", saves;
3. ``review``: compares version 1 with the draft (File > Compare with...), saves the comparison as
   text, turns on "require a sign-off", signs off, exports the deck and the review memo.

Run (needs Xvfb, xdotool and ImageMagick; none is needed by the product or its tests)::

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 python tests/walkthrough/consult_walk.py consultant WORK_FOLDER
    DISPLAY=:99 python tests/walkthrough/consult_walk.py city WORK_FOLDER
    DISPLAY=:99 python tests/walkthrough/consult_walk.py review WORK_FOLDER

WORK_FOLDER gets the project (``lumara.citypitch``, made from the bundled sample on the first run),
the screenshots (``NN-person-step.png``), the exports and a log of what was done and seen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import typing
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PEOPLE = {"consultant": "Hiro Sato", "city": "Maya Tan", "review": "Hiro Sato"}
Step = Iterator[int]  # a scenario yields how many milliseconds to wait before its next step


def main(person: str, work: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["CITYPITCH_DATA_DIR"] = str(work / f"data-{PEOPLE[person].replace(' ', '-').lower()}")
    from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

    from wizard import projectfile, resources
    from wizard.gui.fonts import register_fonts
    from wizard.gui.window.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("CityPitchWalk")
    # Each person's own computer: the consultant's settings (their name) are the same in both their sessions.
    who = PEOPLE[person].replace(" ", "-").lower()
    QCoreApplication.setApplicationName(f"CityPitchWalk-{who}")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / f"settings-{who}"))
    register_fonts()
    project_path = work / "lumara.citypitch"
    if not project_path.exists():
        projectfile.save(projectfile.load(resources.sample_path("lumara-transit")), project_path, backup=False)
    log_file = (work / "walk.log").open("a", encoding="utf-8")
    shots = sorted(work.glob("*.png"))
    counter = {"n": len(shots)}

    def log(text: str) -> None:
        line = f"[{person}] {text}"
        print(line, flush=True)
        log_file.write(line + "\n")
        log_file.flush()

    def xdo(*args: str) -> None:
        subprocess.run(["xdotool", *args], check=True)

    def at(widget: QWidget, point: QPoint | None = None) -> QPoint:
        return widget.mapToGlobal(point if point is not None else widget.rect().center())

    def click(widget: QWidget, point: QPoint | None = None, button: int = 1) -> None:
        where = at(widget, point)
        xdo("mousemove", "--sync", str(where.x()), str(where.y()), "click", str(button))

    def type_text(text: str) -> None:
        xdo("type", "--delay", "15", text)

    def key(*keys: str) -> None:
        focus()
        xdo("key", *keys)

    def focus() -> None:
        # There is no window manager on a bare X server: give the keyboard to the window in front.
        front = QApplication.activeModalWidget() or QApplication.activePopupWidget() or window
        xdo("windowfocus", "--sync", str(int(front.winId())))
        front.activateWindow()

    def shot(name: str) -> None:
        counter["n"] += 1
        path = work / f"{counter['n']:02d}-{person}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        log(f"screenshot {path.name}")

    def menu_item(menu: QMenu, text: str) -> None:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        click(menu, menu.actionGeometry(action).center())

    def open_menu(title: str) -> None:
        bar = window.menuBar()
        action = next(a for a in bar.actions() if a.text().replace("&", "") == title)
        click(bar, bar.actionGeometry(action).center())

    def popup() -> QMenu:
        found = QApplication.activePopupWidget()
        assert isinstance(found, QMenu), found
        return found

    def dialog() -> QWidget:
        found = QApplication.activeModalWidget()
        assert found is not None, "no dialog is open"
        return found

    def button(parent: QWidget, text: str) -> QAbstractButton:
        return next(b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "") == text and b.isVisible())

    window = MainWindow()
    window.resize(1580, 960)
    window.move(0, 0)
    window.show()
    window.open_path(project_path)
    consult = window.consult
    done = {"code": 0}

    def preview_ready(limit_s: float = 240) -> Step:
        """Wait until the Export step's slide preview shows the proposal as it is now (the DRAFT mark too)."""
        preview = typing.cast(typing.Any, window.pages["export"]).preview
        start = time.monotonic()
        while (preview.renderer.is_pending() or preview.slide_count() == 0) and time.monotonic() - start < limit_s:
            yield 500
        yield 800  # the selected slide and the first thumbnails are drawn
        log(f"slide preview: {preview.slide_count()} slides after {time.monotonic() - start:.0f} s; "
            f"{preview.status.text()}")

    def consultant() -> Step:
        yield 800
        window.go_to_step("problem")
        yield 400
        box = window.pages["problem"].binder.bindings["problem.statement"].widget
        window.navigation.scrolls["problem"].ensureWidgetVisible(box)
        yield 300
        click(box, button=3)
        yield 400
        shot("right-click-statement")
        menu_item(popup(), "Comment on Problem statement...")
        yield 600
        shot("asked-for-name")  # the first review action asks who you are, once
        type_text(PEOPLE[person])
        key("Return")
        yield 600
        type_text("The statement mixes congestion with road safety. Keep one problem: the commute time.")
        yield 200
        click(button(dialog(), "OK"))
        yield 600
        editor = typing.cast(typing.Any, window.pages["problem"].binder.tables["problem.kpis"])
        window.navigation.scrolls["problem"].ensureWidgetVisible(editor, 50, 300)
        yield 400
        rect = editor.view.visualRect(editor.model.index(2, 2))
        click(editor.view.viewport(), rect.center(), button=3)
        yield 400
        menu_item(popup(), "Comment on row 3 of KPIs...")
        yield 500
        type_text("Which survey gives 64 minutes, and of which year? Add its source.")
        click(button(dialog(), "OK"))
        yield 700
        shot("two-comments-marked")
        log(f"markers: {consult.page_markers['problem'].shown()}; sidebar: {window.navigation.step_items['problem'].text(0)}")
        open_menu("Consult")
        yield 400
        menu_item(popup(), "Add session notes...")
        yield 600
        session = dialog()
        click(typing.cast(QWidget, session.findChild(QWidget, "attendees")))
        key("ctrl+a")
        for n, name in enumerate(("Hiro Sato", "Maya Tan", "Budi Santoso")):
            if n:
                key("Return")
            type_text(name)
        click(typing.cast(QWidget, session.findChild(QWidget, "notes")))
        type_text("Workshop 1: narrowed the problem to commute time; KPI sources to be checked by the city.")
        yield 300
        shot("session-notes")
        click(button(session, "OK"))
        yield 500
        open_menu("File")
        yield 400
        menu_item(popup(), "Save a version...")
        yield 500
        type_text("After workshop 1")
        shot("save-a-version")
        click(button(dialog(), "OK"))
        yield 700
        key("ctrl+s")
        yield 800
        consult.versions_dock.show()
        consult.versions_dock.raise_()
        yield 500
        shot("saved-version-listed")
        log(f"status bar: {consult.status.text()}")

    def city() -> Step:
        yield 800
        open_menu("View")
        yield 400
        menu_item(popup(), "Comments panel")
        yield 600
        panel = consult.comments_panel
        index = panel.model.index_of(1)
        click(panel.tree.viewport(), panel.tree.visualRect(index).center())
        yield 400
        shot("reads-comment-1")
        click(panel.go_button)
        yield 600
        log(f"jumped to step {window.current_step()}, focus on {QApplication.focusWidget().objectName()}")
        click(panel.reply_button)
        yield 600
        shot("asked-for-name")
        type_text(PEOPLE[person])
        key("Return")
        yield 600
        type_text("Agreed: the statement now speaks of commute time only; road safety moved to the benefits.")
        click(button(dialog(), "OK"))
        yield 500
        click(panel.resolve_button)
        yield 500
        # Fix the KPI the second comment is on, then insert a KPI above it: the comment follows its row.
        editor = typing.cast(typing.Any, window.pages["problem"].binder.tables["problem.kpis"])
        window.go_to_step("problem")
        window.navigation.scrolls["problem"].ensureWidgetVisible(editor, 50, 300)
        yield 400
        source = editor.model.columns.index(next(c for c in editor.model.columns if c.pattern.endswith("baseline_source")))
        editor.view.scrollTo(editor.model.index(2, source))
        yield 200
        click(editor.view.viewport(), editor.view.visualRect(editor.model.index(2, source)).center())
        yield 200
        key("F2")
        key("ctrl+a")
        type_text("Lumara Household Travel Survey 2024 (4,200 households), question 12")
        key("Return")
        yield 400
        editor.view.scrollTo(editor.model.index(0, 0))
        yield 200
        click(editor.view.viewport(), editor.view.visualRect(editor.model.index(0, 0)).center())
        yield 200
        click(editor.add_button)  # a new row after row 1: the commented row moves to row 4
        yield 300
        type_text("Average waiting time at stops")
        key("Return")
        yield 700
        shot("comment-followed-its-row")
        log(f"row marks: {sorted(editor.model.row_marks)}; comments at "
            f"{[(c.number, c.anchor.path) for c in consult.overview.comments]}")
        open_menu("File")
        yield 400
        menu_item(popup(), "Save a version...")
        yield 500
        type_text("City answers 1")
        click(button(dialog(), "OK"))
        yield 600
        key("ctrl+s")
        yield 800
        consult.show_comments()
        yield 400
        shot("after-answers")

    def review() -> Step:
        yield 800
        open_menu("File")
        yield 400
        menu_item(popup(), "Compare with...")
        yield 600
        compare = dialog()
        versions_list = typing.cast(typing.Any, compare.findChild(QWidget, "versions"))
        item = next(versions_list.item(i) for i in range(versions_list.count()) if "After workshop 1" in versions_list.item(i).text())
        click(versions_list.viewport(), versions_list.visualItemRect(item).center())
        shot("compare-with")
        click(button(compare, "Compare"))
        yield 1500
        comparison = typing.cast(typing.Any, consult.dialogs[-1])
        comparison.move(40, 40)
        yield 500
        shot("comparison")
        log("comparison:\n" + comparison.text)
        click(comparison.save_button)
        yield 800
        key("ctrl+a")
        type_text(str(work / "comparison.txt"))
        key("Return")
        yield 800
        comparison.close()
        yield 300
        open_menu("Consult")
        yield 400
        menu_item(popup(), "Require a sign-off for a final export")
        yield 500
        window.go_to_step("export")
        yield 800
        yield from preview_ready()
        shot("export-step-needs-signoff")
        log(f"export step says: {window.pages['export'].draft_note.text()}")  # type: ignore[attr-defined]
        open_menu("Consult")
        yield 400
        menu_item(popup(), "Sign off...")
        yield 600
        sign = dialog()
        click(typing.cast(QWidget, sign.findChild(QWidget, "role")))
        type_text("Lead consultant, Kaizen Urban Advisory")
        shot("sign-off-dialog")
        click(button(sign, "Sign off"))
        yield 800
        log(f"status bar: {consult.status.text()}")
        log(f"export step says: {window.pages['export'].draft_note.text()}")  # type: ignore[attr-defined]
        yield from preview_ready()
        shot("signed-off")
        key("ctrl+s")
        yield 800
        open_menu("File")
        yield 400
        menu_item(popup(), "Export PDF...")
        yield 1000
        key("ctrl+a")
        type_text(str(work / "lumara-deck.pdf"))
        key("Return")
        yield 1500
        page = typing.cast(typing.Any, window.pages["export"])
        end = time.monotonic() + 300
        while (page.is_running() or not (work / "lumara-deck.pdf").exists()) and time.monotonic() < end:
            yield 500
        yield 500
        shot("exported")
        log(f"export finished: {(work / 'lumara-deck.pdf').exists()}")
        open_menu("File")
        yield 400
        menu_item(popup(), "Export review memo...")
        yield 800
        key("ctrl+a")
        type_text(str(work / "review-memo.md"))
        key("Return")
        yield 800
        consult.versions_dock.show()
        consult.versions_dock.raise_()
        yield 500
        shot("versions-at-the-end")

    scenario = {"consultant": consultant, "city": city, "review": review}[person]()

    def advance() -> None:
        try:
            delay = next(scenario)
        except StopIteration:
            window.doc.undo_stack.setClean()
            window.close()
            app.quit()
            return
        except Exception as exc:  # noqa: BLE001 - a walk reports whatever stopped it, then ends
            log(f"STOPPED: {type(exc).__name__}: {exc}")
            shot("stopped")
            done["code"] = 1
            window.doc.undo_stack.setClean()
            app.quit()
            return
        QTimer.singleShot(delay, advance)

    QTimer.singleShot(500, advance)
    app.exec()
    log_file.close()
    return done["code"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]).resolve()))
