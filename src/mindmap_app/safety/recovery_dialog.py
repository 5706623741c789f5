"""Crash recovery: the dialog that offers the autosaved maps on start (which ones: see
:mod:`mindmap_app.safety.candidates`).

One dialog lists them all, with the time and node count of the unsaved version and of the file on
disk; Recover (the default) opens each checked map, modified, so the user saves it; Discard
removes the checked ones; Later keeps them all for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate as tr
from .candidates import Candidate, when


def _nodes(count: int) -> str:
    return tr("1 node") if count == 1 else tr("{n} nodes").format(n=count)


class RecoveryDialog(QDialog):
    """Recover / Discard / Later for a list of candidates. After ``exec()``, ``choice`` is
    "recover", "discard" or "later" and :meth:`chosen` the checked candidates."""

    COLUMNS = 4

    def __init__(self, candidates: list[Candidate], crashed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = "later"
        self.setWindowTitle(tr("Recover unsaved maps"))
        box = QVBoxLayout(self)
        keep = tr("These maps have changes that were not saved. Recover them to keep working "
                  "where you left off (save them afterwards), or discard the changes.")
        intro = (tr("Mindmap did not close properly last time.") + " " if crashed else "") \
            + keep
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.table = QTableWidget(len(candidates), self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Map"), tr("File"), tr("Unsaved changes"), tr("File on disk")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for row, candidate in enumerate(candidates):
            for column, text in enumerate(self.row_texts(candidate)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                if column == 1 and candidate.entry.source:
                    item.setToolTip(candidate.entry.source)
                self.table.setItem(row, column, item)
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.recover_button = QPushButton("&Recover", self)
        self.discard_button = QPushButton("&Discard", self)
        self.later_button = QPushButton("&Later", self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.setFocus()
        self.recover_button.clicked.connect(lambda: self._finish("recover"))
        self.discard_button.clicked.connect(lambda: self._finish("discard"))
        self.later_button.clicked.connect(lambda: self._finish("later"))
        box.addWidget(buttons)
        self.resize(760, 180 + 30 * len(candidates))

    @staticmethod
    def row_texts(candidate: Candidate) -> list[str]:
        entry = candidate.entry
        unsaved = f"{when(entry.saved_at)}, {_nodes(len(candidate.mind_map))}"
        if candidate.file_state == "untitled":
            disk = tr("never saved")
        elif candidate.file_state == "missing":
            disk = tr("missing (deleted or moved)")
        else:
            disk = when(candidate.file_time or 0.0)
            disk += ", " + (_nodes(candidate.file_nodes) if candidate.file_nodes is not None
                            else tr("cannot be read"))
            if candidate.file_is_newer:
                disk += " " + tr("(newer: changed after the crash)")
        name = candidate.name if candidate.entry.source else tr("not saved yet")
        return [candidate.title, name, unsaved, disk]

    def chosen(self) -> list[Candidate]:
        return [c for row, c in enumerate(self.candidates)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _finish(self, choice: str) -> None:
        self.choice = choice
        (self.reject if choice == "later" else self.accept)()

    def reject(self) -> None:  # Esc or the close button: Later
        self.choice = "later"
        super().reject()
