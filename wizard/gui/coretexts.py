"""The core's sentences in the interface's language (:mod:`wizard.i18n.said`).

The Qt-free core builds some sentences a window shows - the notes beside fields, the spreadsheet
import's cell problems, the version store's and the sign-off record's refusals, the export's size
limits - as a :class:`~wizard.i18n.said.Said`: an English template and its parts.  :func:`say` words
one in the interface's language: the template through the catalogues (context ``Core``), places and
fields by their titles in the language (:func:`wizard.fields.title`), counts with its digits.

Every template the core can build is listed in :data:`SOURCES`, where ``pyside6-lupdate`` finds it; a
test holds this list to :data:`wizard.i18n.said.TEMPLATES`, so a sentence added to the core without
its entry here fails before it can show in English.
"""

from __future__ import annotations

from wizard.gui.language import QT_TRANSLATE_NOOP, current, number, translate
from wizard.i18n.said import Field, Place, Said, worded

CONTEXT = "Core"

SOURCES: tuple[str, ...] = (
    # Lists (wizard.i18n.said.joined).
    QT_TRANSLATE_NOOP("Core", "%1, %2"),
    QT_TRANSLATE_NOOP("Core", "%1 and %2"),
    # The notes beside fields (wizard.analysis).
    QT_TRANSLATE_NOOP("Core", "control characters"),
    QT_TRANSLATE_NOOP("Core", "emoji"),
    QT_TRANSLATE_NOOP("Core", "symbols"),
    QT_TRANSLATE_NOOP("Core", "unnamed characters"),
    QT_TRANSLATE_NOOP("Core", "Chinese characters (outside the bundled Japanese set)"),
    QT_TRANSLATE_NOOP("Core", "Greek"),
    QT_TRANSLATE_NOOP("Core", "Korean (Hangul)"),
    QT_TRANSLATE_NOOP("Core", "Latin"),
    QT_TRANSLATE_NOOP("Core", "Cyrillic"),
    QT_TRANSLATE_NOOP("Core", "The bundled fonts cannot draw the %1 characters here (%2): the PDF export refuses this text "
                              "until they are removed or replaced."),
    QT_TRANSLATE_NOOP("Core", "%1 and %2 more"),
    QT_TRANSLATE_NOOP("Core", "Line %1: %2"),
    QT_TRANSLATE_NOOP("Core", "Row %1, %2: %3"),
    # The PDF export's refusal of text the bundled fonts cannot draw (wizard.textcheck).
    QT_TRANSLATE_NOOP("Core", "the bundled fonts cannot draw some of the text, and an investor would see empty boxes: %1. "
                              "The fonts cover %2: remove or replace these characters"),
    QT_TRANSLATE_NOOP("Core", "%1 has %2 text (%3)"),
    QT_TRANSLATE_NOOP("Core", "%1; %2"),
    QT_TRANSLATE_NOOP("Core", "%1; and %2 more field(s)"),
    QT_TRANSLATE_NOOP("Core", "%1; nothing was written"),
    QT_TRANSLATE_NOOP("Core", "Latin (with Vietnamese), Greek, Cyrillic, Japanese, Thai, Khmer, Lao and Burmese"),
    # The spreadsheet import's refusals and cell problems (wizard.finance.importer).
    QT_TRANSLATE_NOOP("Core", "row %1, column %2 (%3): %4"),
    QT_TRANSLATE_NOOP("Core", "row %1, column %2: %3"),
    QT_TRANSLATE_NOOP("Core", "%1: only .xlsx and .csv files can be brought in"),
    QT_TRANSLATE_NOOP("Core", "%1: the file could not be read (%2)"),
    QT_TRANSLATE_NOOP("Core", "%1: the file is %2 MB; spreadsheets up to %3 MB can be brought in"),
    QT_TRANSLATE_NOOP("Core", "%1: the file is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'"),
    QT_TRANSLATE_NOOP("Core", "%1: the file is not a CSV text file"),
    QT_TRANSLATE_NOOP("Core", "%1: more than %2 rows; bring in the yearly lines only"),
    QT_TRANSLATE_NOOP("Core", "%1: row %2 has more than %3 columns"),
    QT_TRANSLATE_NOOP("Core", "%1: this is not an .xlsx workbook (not a zip archive)"),
    QT_TRANSLATE_NOOP("Core", "%1: the workbook has %2 parts; it looks built to overload the reader and is refused"),
    QT_TRANSLATE_NOOP("Core", "%1: the workbook would unpack to far more than it holds (a zip bomb); it is refused"),
    QT_TRANSLATE_NOOP("Core", "%1: the workbook links to other files (external links); paste the values into a plain sheet "
                              "and bring that in"),
    QT_TRANSLATE_NOOP("Core", "%1: the workbook contains macros; save a copy without macros (.xlsx) and bring that in"),
    QT_TRANSLATE_NOOP("Core", "%1: the workbook's XML declares entities (%2); it is refused"),
    QT_TRANSLATE_NOOP("Core", "%1: the workbook could not be read (%2)"),
    QT_TRANSLATE_NOOP("Core", "%1: there is no sheet named %2 (sheets: %3)"),
    QT_TRANSLATE_NOOP("Core", "%1: the sheet is empty"),
    QT_TRANSLATE_NOOP("Core", "this row has amounts but no year"),
    QT_TRANSLATE_NOOP("Core", "no column holds the year; name one 'Year' or choose it in the mapping"),
    QT_TRANSLATE_NOOP("Core", "the %1 must be a number: %2"),
    QT_TRANSLATE_NOOP("Core", "the %1 must be a number"),
    QT_TRANSLATE_NOOP("Core", "the %1 must be at least %2"),
    QT_TRANSLATE_NOOP("Core", "the %1 must be at most %2"),
    QT_TRANSLATE_NOOP("Core", "the %1 has too many decimals (at most %2)"),
    QT_TRANSLATE_NOOP("Core", "the %1 must be one of: %2"),
    QT_TRANSLATE_NOOP("Core", "the %1: %2"),
    # A number that cannot be read (wizard.money.parse_number), inside those problems.
    QT_TRANSLATE_NOOP("Core", "a number is needed here"),
    QT_TRANSLATE_NOOP("Core", "%1 is not a number; write it like %2"),
    QT_TRANSLATE_NOOP("Core", "%1 mixes separators in a way that cannot be read; write it like %2"),
    QT_TRANSLATE_NOOP("Core", "%1 is not grouped in threes; write it like %2"),
    QT_TRANSLATE_NOOP("Core", "%1 could be %2 or %3; write %2 for the decimal, or %3 for the whole number"),
    QT_TRANSLATE_NOOP("Core", "%1 could be %2 or %3; write %2 for the whole number, %3 for the decimal"),
    QT_TRANSLATE_NOOP("Core", "%1 is not a number in this format; write it like %2"),
    QT_TRANSLATE_NOOP("Core", "%1 or %2"),
    # A comment's place and the comments' refusals (wizard.review.comments).
    QT_TRANSLATE_NOOP("Core", "there is no comment %1"),
    QT_TRANSLATE_NOOP("Core", "the reply is empty: write what you want to say"),
    QT_TRANSLATE_NOOP("Core", "the comment is empty: write what you want to say"),
    QT_TRANSLATE_NOOP("Core", "the reply is too long (%1 characters; at most %2)"),
    QT_TRANSLATE_NOOP("Core", "the comment is too long (%1 characters; at most %2)"),
    QT_TRANSLATE_NOOP("Core", "say who the person resolving it is (a name)"),
    QT_TRANSLATE_NOOP("Core", "say who the author is (a name)"),
    QT_TRANSLATE_NOOP("Core", "The proposal as a whole"),
    QT_TRANSLATE_NOOP("Core", "%1 (%2)"),
    QT_TRANSLATE_NOOP("Core", "'%1': %2 has 1 row, so there is no row %3"),
    QT_TRANSLATE_NOOP("Core", "'%1': %2 has %3 rows, so there is no row %4"),
    # The review part's refusals (wizard.review.store).
    QT_TRANSLATE_NOOP("Core", "%1: %2"),
    QT_TRANSLATE_NOOP("Core", "comments"),
    QT_TRANSLATE_NOOP("Core", "session notes"),
    QT_TRANSLATE_NOOP("Core", "sign-offs"),
    QT_TRANSLATE_NOOP("Core", "saved versions"),
    QT_TRANSLATE_NOOP("Core", "contents of the saved versions"),
    QT_TRANSLATE_NOOP("Core", "the %1 (%2) are damaged and cannot be read; they are kept unchanged in the file, and cannot be changed here"),
    QT_TRANSLATE_NOOP("Core", "the %1 (%2) are damaged (not a JSON object); they are kept unchanged in the file, and cannot be changed here"),
    QT_TRANSLATE_NOOP("Core", "the %1 (%2) have an unreadable format number %3"),
    QT_TRANSLATE_NOOP("Core", "the %1 (%2) were written by a newer CityPitch (format %3); this version keeps them unchanged "
                              "but cannot show or change them. Update CityPitch"),
    QT_TRANSLATE_NOOP("Core", "the %1 (%2) are damaged (%3); they are kept unchanged in the file, and cannot be changed here"),
    QT_TRANSLATE_NOOP("Core", "the %1 (%2) are nested too deeply to be read"),
    QT_TRANSLATE_NOOP("Core", "the %1 would take %2 MB, more than a project file may hold in one part (%3 MB); nothing was changed"),
    QT_TRANSLATE_NOOP("Core", "the file would hold %1 parts, more than CityPitch reads back (%2); delete old versions that "
                              "use images the draft no longer has, then try again"),
    # The version store's refusals (wizard.review.versions).
    QT_TRANSLATE_NOOP("Core", "the saved versions are damaged (%1); the file keeps them unchanged, but this version cannot be opened"),
    QT_TRANSLATE_NOOP("Core", "a version unpacks to more data than any proposal holds"),
    QT_TRANSLATE_NOOP("Core", "a value is stored in a form this version does not know"),
    QT_TRANSLATE_NOOP("Core", "a reference is malformed"),
    QT_TRANSLATE_NOOP("Core", "part %1 is missing"),
    QT_TRANSLATE_NOOP("Core", "part %1 does not match its checksum"),
    QT_TRANSLATE_NOOP("Core", "part %1 is malformed"),
    QT_TRANSLATE_NOOP("Core", "the contents of the saved versions are damaged (no object table)"),
    QT_TRANSLATE_NOOP("Core", "the file has no saved versions"),
    QT_TRANSLATE_NOOP("Core", "there is no version %1 (versions: %2)"),
    QT_TRANSLATE_NOOP("Core", "no version is labelled %1 (see 'citypitch versions FILE')"),
    QT_TRANSLATE_NOOP("Core", "%1 to %2"),
    QT_TRANSLATE_NOOP("Core", "a version needs a label, such as 'After workshop 2'"),
    QT_TRANSLATE_NOOP("Core", "the label is too long (at most %1 characters)"),
    QT_TRANSLATE_NOOP("Core", "a label cannot be only digits (numbers name versions by their number)"),
    QT_TRANSLATE_NOOP("Core", "version %1 is already labelled %2; choose another label"),
    QT_TRANSLATE_NOOP("Core", "its parts are nested too deeply"),
    QT_TRANSLATE_NOOP("Core", "its top part is not a proposal"),
    QT_TRANSLATE_NOOP("Core", "version %1 cannot be opened: %2"),
    QT_TRANSLATE_NOOP("Core", "version %1 cannot be restored: the file no longer holds its images %2"),
    # The session notes' refusals (wizard.review.sessions).
    QT_TRANSLATE_NOOP("Core", "a session note needs notes or attendees"),
    QT_TRANSLATE_NOOP("Core", "the notes are too long (%1 characters; at most %2)"),
    # The sign-off's refusals (wizard.review.signoff).
    QT_TRANSLATE_NOOP("Core", "a sign-off needs the reviewer's name"),
    QT_TRANSLATE_NOOP("Core", "the sign-off record cannot be read (%1)"),
    # What is wrong with a value the model refuses (wizard.errors.problem, explained): inside the review
    # part's and the saved versions' refusals ("the %1 (%2) are damaged (%3)...", "version %1 cannot be opened: %2").
    QT_TRANSLATE_NOOP("Core", "cannot be negative"),
    QT_TRANSLATE_NOOP("Core", "must be more than %1 and at most %2"),
    QT_TRANSLATE_NOOP("Core", "must be a year between %1 and %2"),
    QT_TRANSLATE_NOOP("Core", "must be between %1 and %2"),
    QT_TRANSLATE_NOOP("Core", "must be at least %1"),
    QT_TRANSLATE_NOOP("Core", "must be more than %1"),
    QT_TRANSLATE_NOOP("Core", "must be at most %1"),
    QT_TRANSLATE_NOOP("Core", "must be a whole number"),
    QT_TRANSLATE_NOOP("Core", "must be a year (four digits)"),
    QT_TRANSLATE_NOOP("Core", "must be a number"),
    QT_TRANSLATE_NOOP("Core", "can have at most %1 decimal places"),
    QT_TRANSLATE_NOOP("Core", "is too large: it must be between %1 and %2"),
    QT_TRANSLATE_NOOP("Core", "is too large"),
    QT_TRANSLATE_NOOP("Core", "must be one of: %1"),
    QT_TRANSLATE_NOOP("Core", "is not one of the allowed choices"),
    QT_TRANSLATE_NOOP("Core", "is too long (at most %1 characters)"),
    QT_TRANSLATE_NOOP("Core", "must be a colour written like #1A6B8C"),
    QT_TRANSLATE_NOOP("Core", "has the wrong format"),
    QT_TRANSLATE_NOOP("Core", "must be text"),
    QT_TRANSLATE_NOOP("Core", "contains a broken character (half of a UTF-16 pair): the text was damaged on "
                              "the way; type that part again"),
    QT_TRANSLATE_NOOP("Core", "contains a NUL character (a zero byte) at position %1, which text cannot hold: "
                              "the file is damaged or not text there; remove it"),
    QT_TRANSLATE_NOOP("Core", "contains a broken character (half of a UTF-16 pair) at position %1: the text "
                              "was damaged on the way; type that part again"),
    QT_TRANSLATE_NOOP("Core", "must be yes or no"),
    QT_TRANSLATE_NOOP("Core", "must be a date written YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Core", "must be a date and time written like 2026-11-30T10:00:00"),
    QT_TRANSLATE_NOOP("Core", "must be a list"),
    QT_TRANSLATE_NOOP("Core", "must be a group of fields (an object)"),
    QT_TRANSLATE_NOOP("Core", "is required"),
    QT_TRANSLATE_NOOP("Core", "is not a field CityPitch knows"),
    QT_TRANSLATE_NOOP("Core", "is not valid (%1: %2)"),
    QT_TRANSLATE_NOOP("Core", "is not valid (%1)"),
    QT_TRANSLATE_NOOP("Core", "%1 (got %2)"),
    QT_TRANSLATE_NOOP("Core", "%1; and 1 more problem"),
    QT_TRANSLATE_NOOP("Core", "%1; and %2 more problems"),
    # The export's size limits (wizard.export.check_size, check_slides).
    QT_TRANSLATE_NOOP("Core", "the proposal's text"),
    QT_TRANSLATE_NOOP("Core", "the deck would have %1 slides; an export makes at most %2. %3 takes %4 of them: shorten it, or "
                              "move part of it to a separate annex."),
    QT_TRANSLATE_NOOP("Core", "%1 has %2 rows; an export takes at most %3. Keep the most important ones, or move the rest to "
                              "a separate annex."),
    QT_TRANSLATE_NOOP("Core", "the proposal holds %1 characters of text; an export takes at most %2. The largest part is %3 "
                              "(%4 characters)."),
    # Where an output may not be written (wizard.projectfile.check_output_path) and what is written there.
    QT_TRANSLATE_NOOP("Core", "the PDF"),
    QT_TRANSLATE_NOOP("Core", "the workbook"),
    QT_TRANSLATE_NOOP("Core", "the PowerPoint deck"),
    QT_TRANSLATE_NOOP("Core", "the project"),
    QT_TRANSLATE_NOOP("Core", "the memo"),
    QT_TRANSLATE_NOOP("Core", "the text file"),
    QT_TRANSLATE_NOOP("Core", "the folder does not exist (%1); choose another place for %2"),
    QT_TRANSLATE_NOOP("Core", "this is the project itself: writing %1 here would replace the proposal. Choose another "
                              "file name"),
    QT_TRANSLATE_NOOP("Core", "this file holds a CityPitch project; writing %1 here would replace it. Choose another "
                              "file name"),
    QT_TRANSLATE_NOOP("Core", "this file holds a CityPitch project; writing %1 here would replace it (the old one "
                              "would be kept as %2). Choose another file name"),
    QT_TRANSLATE_NOOP("Core", "a name ending in %1 is for CityPitch projects; %2 written here would replace or pass "
                              "for a project. Choose another file name"),
    # A file that cannot be written (wizard.atomic).
    QT_TRANSLATE_NOOP("Core", "this names a folder, not a file: choose a file name"),
    QT_TRANSLATE_NOOP("Core", "the path cannot be followed (%1)"),
    QT_TRANSLATE_NOOP("Core", "the path is a loop of links that never reaches a file: nothing was written"),
    QT_TRANSLATE_NOOP("Core", "this is %1, not a file: CityPitch only replaces regular files, so nothing was written. "
                              "Choose a file name"),
    QT_TRANSLATE_NOOP("Core", "this is %1, not a file (the link leads to %2): CityPitch only replaces regular files, "
                              "so nothing was written. Choose a file name"),
    QT_TRANSLATE_NOOP("Core", "a folder"),
    QT_TRANSLATE_NOOP("Core", "a device"),
    QT_TRANSLATE_NOOP("Core", "a named pipe"),
    QT_TRANSLATE_NOOP("Core", "a socket"),
    QT_TRANSLATE_NOOP("Core", "something other than a file"),
    QT_TRANSLATE_NOOP("Core", "the file could not be saved: %1. Nothing was changed on disk; choose another place to "
                              "save it"),
    QT_TRANSLATE_NOOP("Core", "the disk is full"),
    QT_TRANSLATE_NOOP("Core", "the disk quota is used up"),
    QT_TRANSLATE_NOOP("Core", "the folder is read-only"),
    QT_TRANSLATE_NOOP("Core", "permission denied"),
    QT_TRANSLATE_NOOP("Core", "the folder does not exist (was it moved or unplugged?)"),
    QT_TRANSLATE_NOOP("Core", "part of the path is not a folder"),
    QT_TRANSLATE_NOOP("Core", "the file name is too long"),
    QT_TRANSLATE_NOOP("Core", "a folder is in the way"),
    QT_TRANSLATE_NOOP("Core", "the path is a loop of links"),
    QT_TRANSLATE_NOOP("Core", "the file and its folder are on different disks"),
    # The workbook's refusal (wizard.finance.workbook).
    QT_TRANSLATE_NOOP("Core", "the financial case has no yearly lines within its period, so there is no model to "
                              "export; enter the yearly capex, opex and revenue first"),
    # An image that cannot be used (wizard.images; the export's own check, wizard.export).
    QT_TRANSLATE_NOOP("Core", "the image %1 %2"),
    QT_TRANSLATE_NOOP("Core", "is empty"),
    QT_TRANSLATE_NOOP("Core", "is too large (%1 MB; the limit is %2 MB): save a smaller copy"),
    QT_TRANSLATE_NOOP("Core", "is not a PNG or JPEG image (%1); save it as PNG or JPEG"),
    QT_TRANSLATE_NOOP("Core", "it looks like SVG, which is not accepted"),
    QT_TRANSLATE_NOOP("Core", "it looks like GIF"),
    QT_TRANSLATE_NOOP("Core", "it looks like WebP"),
    QT_TRANSLATE_NOOP("Core", "it looks like a PDF"),
    QT_TRANSLATE_NOOP("Core", "it looks like TIFF"),
    QT_TRANSLATE_NOOP("Core", "it looks like BMP"),
    QT_TRANSLATE_NOOP("Core", "the file type is not recognised"),
    QT_TRANSLATE_NOOP("Core", "has no pixels (its header says width or height is 0): the file is damaged"),
    QT_TRANSLATE_NOOP("Core", "is too large (%1 x %2 pixels, %3 megapixels; the limit is %4 megapixels and %5 pixels a "
                              "side): scale it down first"),
    QT_TRANSLATE_NOOP("Core", "is a truncated PNG (it ends before its last chunk): the file is damaged"),
    QT_TRANSLATE_NOOP("Core", "is a truncated PNG (a chunk runs past the end of the file): the file is damaged"),
    QT_TRANSLATE_NOOP("Core", "is a damaged PNG (chunk %1 fails its checksum)"),
    QT_TRANSLATE_NOOP("Core", "is a damaged PNG (it does not start with an image header)"),
    QT_TRANSLATE_NOOP("Core", "is a damaged PNG (it holds no image data)"),
    QT_TRANSLATE_NOOP("Core", "is a damaged JPEG (a marker is missing where one must be)"),
    QT_TRANSLATE_NOOP("Core", "is a truncated JPEG (a segment runs past the end of the file)"),
    QT_TRANSLATE_NOOP("Core", "is a damaged JPEG (its frame header is too short)"),
    QT_TRANSLATE_NOOP("Core", "is a damaged JPEG (image data comes before the frame header)"),
    QT_TRANSLATE_NOOP("Core", "is a truncated JPEG (the end-of-image marker is missing)"),
    QT_TRANSLATE_NOOP("Core", "is a truncated JPEG (it ends before its image data)"),
    QT_TRANSLATE_NOOP("Core", "is damaged: its pixels cannot be read (%1); export it again from the original, or use "
                              "another image"),
    QT_TRANSLATE_NOOP("Core", "is damaged: its compressed pixel data is cut short or fails its checksum; export it "
                              "again from the original, or use another image"),
    QT_TRANSLATE_NOOP("Core", "is damaged: its header and its pixels disagree about its size"),
    QT_TRANSLATE_NOOP("Core", "is a truncated JPEG (its image data stops before the last rows and was closed early): "
                              "export it again from the original, or use another image"),
    QT_TRANSLATE_NOOP("Core", "is named in the proposal (branding) but is not in the project; add it again or clear "
                              "the field"),
    # An export that stopped outside the proposal (wizard.export.isolation, wizard.export.warm).
    QT_TRANSLATE_NOOP("Core", "the export process"),
    QT_TRANSLATE_NOOP("Core", "the render process"),
    QT_TRANSLATE_NOOP("Core", "the export"),
    QT_TRANSLATE_NOOP("Core", "the render"),
    QT_TRANSLATE_NOOP("Core", "the export took longer than %1 seconds and was stopped; no file was written. Large "
                              "images or very long texts are the usual cause"),
    QT_TRANSLATE_NOOP("Core", "the export needed more than %1 MB of memory and was stopped; no file was written. "
                              "Smaller images usually help"),
    QT_TRANSLATE_NOOP("Core", "the export stopped with an internal error (%1); no file was written"),
    QT_TRANSLATE_NOOP("Core", "%1 reported success but wrote no file; no file was written"),
    QT_TRANSLATE_NOOP("Core", "%1 could not be started (%2)"),
    QT_TRANSLATE_NOOP("Core", "%1 was killed by the system, most likely because the computer ran out of memory; no "
                              "file was written."),
    QT_TRANSLATE_NOOP("Core", "%1 crashed (%2); no file was written."),
    QT_TRANSLATE_NOOP("Core", "%1 ended unexpectedly (exit status %2); no file was written."),
    QT_TRANSLATE_NOOP("Core", "%1 Last words: %2"),
    # A project file that cannot be opened (wizard.projectfile, wizard.migrations).
    QT_TRANSLATE_NOOP("Core", "the file does not exist"),
    QT_TRANSLATE_NOOP("Core", "this is a folder, not a CityPitch file"),
    QT_TRANSLATE_NOOP("Core", "the file is empty"),
    QT_TRANSLATE_NOOP("Core", "the file is too large (%1 MB; the limit is %2 MB)"),
    QT_TRANSLATE_NOOP("Core", "permission denied: CityPitch may not read this file"),
    QT_TRANSLATE_NOOP("Core", "the file could not be read (%1)"),
    QT_TRANSLATE_NOOP("Core", "the file is damaged or truncated (not a readable CityPitch archive)"),
    QT_TRANSLATE_NOOP("Core", "the archive has no %1: it is not a CityPitch project"),
    QT_TRANSLATE_NOOP("Core", "the file is too large for a proposal (%1 MB at most)"),
    QT_TRANSLATE_NOOP("Core", "the proposal"),
    QT_TRANSLATE_NOOP("Core", "the proposal (%1)"),
    QT_TRANSLATE_NOOP("Core", "%1 is not UTF-8 text: the file is damaged or not a CityPitch file"),
    QT_TRANSLATE_NOOP("Core", "%1 must be a JSON object, not %2"),
    QT_TRANSLATE_NOOP("Core", "%1 is not valid JSON (line %2, column %3: %4)"),
    QT_TRANSLATE_NOOP("Core", "it was written by a newer version of CityPitch (schema %1; this version reads up to "
                              "%2). Update CityPitch to open it"),
)


def say(sentence: str | int | Place | Field | Said) -> str:
    """``sentence`` in the interface's language (a plain ``str`` is shown as it is)."""
    return worded(sentence, lambda text: translate(CONTEXT, text), current(), number)


def shown(error: BaseException) -> str:
    """An error's message in the interface's language where the core kept it as a sentence (the ``said`` of
    a :class:`~wizard.errors.CityPitchError` or a :class:`~wizard.review.modelpaths.PathError`), else its text."""
    sentence = getattr(error, "said", None)
    return say(sentence) if isinstance(sentence, Said) else str(error)
