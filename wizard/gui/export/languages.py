"""The Export step's "Languages of your text" box: the local language and the fields written in it.

The exports mark every passage of a ticked field with its language (``lang`` in the HTML, ``/Lang`` in a
tagged or PDF/UA file; :mod:`wizard.export.languages`), so a screen reader reads it in the right voice.
Only fields that hold text are listed, with the language their script already tells where it does
(Thai, Khmer, Lao, Burmese, Japanese, Vietnamese written with its marks); Indonesian, Malay, Filipino and
Tetum look like English to a program and need the tick.

Each change is one undoable edit of the proposal (``meta.local_language``, ``meta.local_language_fields``);
the list is a plain QListWidget, so Up/Down move and Space ticks.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QWidget

from wizard.export.languages import field_texts, field_title, markable_patterns, script_language
from wizard.fields import strip_indices
from wizard.gui.language import choice_label
from wizard.gui.language import current as interface_language
from wizard.model import LocalLanguage

if typing.TYPE_CHECKING:
    from wizard.gui.document import ProposalDocument

_PATTERN = Qt.ItemDataRole.UserRole
_SCRIPT_NAMES = {"th": "Thai", "km": "Khmer", "lo": "Lao", "my": "Burmese", "ja": "Japanese", "vi": "Vietnamese"}


class LanguageBox(QGroupBox):
    """Choose the proposal's local language and tick the fields written in it."""

    def __init__(self, doc: "ProposalDocument", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_group")
        self.doc = doc
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("local_language")
        # A long choice is elided in a narrow window rather than widening the whole step (as the options are).
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_box.setMinimumContentsLength(18)
        self.language_box.addItem("", None)
        for language in LocalLanguage:
            self.language_box.addItem("", language.value)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_box)
        form.addRow(self.language_label, self.language_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("local_language_note")
        form.addRow(self.note)
        self.fields = QListWidget(self)
        self.fields.setObjectName("local_language_fields")
        self.fields_label = QLabel(self)
        self.fields_label.setBuddy(self.fields)
        form.addRow(self.fields_label, self.fields)
        self._loading = False
        self._stale = False
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.fields.itemChanged.connect(self._field_ticked)
        doc.field_changed.connect(self._on_field_changed)
        doc.rows_changed.connect(lambda *_: self._on_field_changed(""))
        doc.proposal_replaced.connect(self.load)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface's language (at start and on View > Language)."""
        self.setTitle(self.tr("Languages of your text"))
        self.language_label.setText(self.tr("&Your local language"))
        self.fields_label.setText(self.tr("Written &in it"))
        self.fields.setAccessibleName(self.tr("Fields written in the local language"))
        self.language_box.setItemText(0, self.tr("None: everything is in English"))
        for index, language in enumerate(LocalLanguage, start=1):
            self.language_box.setItemText(index, choice_label(language))
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def load(self) -> None:
        """Show the proposal's local language and list its text fields, ticked where marked."""
        proposal = self.doc.proposal
        language = proposal.meta.local_language
        marked = set(proposal.meta.local_language_fields)
        patterns = markable_patterns()
        texts: dict[str, list[str]] = {}
        for path, text in field_texts(proposal, patterns):
            texts.setdefault(strip_indices(path), []).append(text)
        self._stale = False
        self._loading = True
        try:
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(language.value if language else None)))
            current = self.fields.currentItem()
            keep = current.data(_PATTERN) if current is not None else None
            self.fields.clear()
            for pattern in patterns:
                if pattern not in marked and pattern not in texts:
                    continue
                text = field_title(pattern, interface_language())  # the one source of field titles
                script = script_language(texts.get(pattern, []))
                if script is not None:
                    text = self.tr("%1 (%2, told by its script)").replace("%2", _SCRIPT_NAMES.get(script, script)) \
                        .replace("%1", text)
                item = QListWidgetItem(text, self.fields)
                item.setData(_PATTERN, pattern)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if pattern in marked else Qt.CheckState.Unchecked)
                if pattern == keep:
                    self.fields.setCurrentItem(item)
            self.fields.setEnabled(language is not None)
            if language is None:
                self.note.setText(self.tr("Choose the language some of your text is written in, then tick those "
                                          "fields: the PDF marks them so a screen reader reads them in that "
                                          "language."))
            else:
                self.note.setText(self.tr("Tick the fields written in %1. Thai, Khmer, Lao, Burmese, Japanese and "
                                          "Vietnamese with its marks are recognised from their letters; Indonesian, "
                                          "Malay, Filipino and Tetum look like English to a program and need the "
                                          "tick.").replace("%1", choice_label(language)))
        finally:
            self._loading = False

    def marked(self) -> list[str]:
        """The ticked fields, in the list's order."""
        return [item.data(_PATTERN) for i in range(self.fields.count())
                if (item := self.fields.item(i)).checkState() == Qt.CheckState.Checked]

    def _language_chosen(self, _index: int) -> None:
        if self._loading:
            return
        value = self.language_box.currentData()
        self.doc.set_field("meta.local_language", LocalLanguage(value) if value else None, "Local language")

    def _field_ticked(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        # Marks of fields not listed now (emptied since) are kept: emptying a field does not forget its mark.
        listed = {self.fields.item(i).data(_PATTERN) for i in range(self.fields.count())}
        kept = [p for p in self.doc.proposal.meta.local_language_fields if p not in listed]
        self.doc.set_field("meta.local_language_fields", kept + self.marked(), "Fields written in the local language",
                           merge=False)

    def _on_field_changed(self, _path: str) -> None:
        # Which fields hold text changes with any edit: the list follows while it is seen, else when shown.
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def showEvent(self, event: typing.Any) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.load()
        super().showEvent(event)
