"""Crash recovery: which autosaved maps to offer on start, and the dialog that offers them.

On start the app looks at the recovery files (see :mod:`mindmap_app.io.recovery_store`) that
no running window owns: those of a window that crashed or was killed (its session marker was
left behind), and those the user put off with "Later". Each is offered unless it holds exactly
what its file holds (then it is obsolete and removed). Untitled maps are offered too. One
dialog lists them all, with the time and node count of the unsaved version and of the file on
disk; Recover (the default) opens each checked map, modified, so the user saves it; Discard
removes the checked ones; Later keeps them all for the next start.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

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

from ..io.errors import MapFormatError
from ..io.recovery_store import (
    RecoveryEntry,
    list_entries,
    load_entry_map,
    remove_entry,
    split_sessions,
)
from ..io.yaml_format import load_map
from ..model import MindMap


@dataclass
class Candidate:
    """One map that can be recovered."""

    entry: RecoveryEntry
    mind_map: MindMap
    file_time: float | None = None     # the map file's modification time, when it exists
    file_nodes: int | None = None      # its node count, when it could be read
    file_state: str = "untitled"       # "untitled" | "ok" | "missing" | "unreadable"

    @property
    def name(self) -> str:
        if self.entry.source:
            return Path(self.entry.source).name
        return "not saved yet"

    @property
    def title(self) -> str:
        return self.entry.title or self.mind_map.title or self.mind_map.text(self.mind_map.root)

    @property
    def file_is_newer(self) -> bool:
        return self.file_time is not None and self.file_time > self.entry.saved_at


def find_candidates(data_dir: Path) -> tuple[list[Candidate], set[str]]:
    """The recovery files no running window owns, as candidates (obsolete ones, identical to
    their file, are removed), and the sessions that crashed (markers left behind)."""
    live, dead = split_sessions(data_dir)
    out = []
    for entry in list_entries(data_dir):
        if entry.session in live:
            continue
        try:
            recovered = load_entry_map(entry)
        except MapFormatError:
            continue  # damaged (cannot happen with atomic writes): leave it for a person
        candidate = Candidate(entry, recovered)
        if entry.source:
            source = Path(entry.source)
            try:
                candidate.file_time = os.stat(source).st_mtime
            except OSError:
                candidate.file_state = "missing"
            else:
                try:
                    on_disk = load_map(source)
                except MapFormatError:
                    candidate.file_state = "unreadable"
                else:
                    if on_disk.snapshot() == recovered.snapshot():
                        remove_entry(data_dir, entry.doc)
                        continue
                    candidate.file_state = "ok"
                    candidate.file_nodes = len(on_disk)
        out.append(candidate)
    return out, dead


def when(stamp: float) -> str:
    """A time as people read it: "14:03:27" today, "2025-03-01 14:03" before."""
    then = time.localtime(stamp)
    if time.strftime("%Y-%m-%d", then) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M:%S", then)
    return time.strftime("%Y-%m-%d %H:%M", then)


def _nodes(count: int) -> str:
    return f"{count} node{'' if count == 1 else 's'}"


class RecoveryDialog(QDialog):
    """Recover / Discard / Later for a list of candidates. After ``exec()``, ``choice`` is
    "recover", "discard" or "later" and :meth:`chosen` the checked candidates."""

    COLUMNS = ("Map", "File", "Unsaved changes", "File on disk")

    def __init__(self, candidates: list[Candidate], crashed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = "later"
        self.setWindowTitle("Recover unsaved maps")
        box = QVBoxLayout(self)
        intro = ("Mindmap did not close properly last time. " if crashed else "") + \
            ("These maps have changes that were not saved. Recover them to keep working "
             "where you left off (save them afterwards), or discard the changes.")
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.table = QTableWidget(len(candidates), len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
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
            disk = "never saved"
        elif candidate.file_state == "missing":
            disk = "missing (deleted or moved)"
        else:
            disk = when(candidate.file_time or 0.0)
            disk += f", {_nodes(candidate.file_nodes)}" if candidate.file_nodes is not None \
                else ", cannot be read"
            if candidate.file_is_newer:
                disk += " (newer: changed after the crash)"
        return [candidate.title, candidate.name, unsaved, disk]

    def chosen(self) -> list[Candidate]:
        return [c for row, c in enumerate(self.candidates)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _finish(self, choice: str) -> None:
        self.choice = choice
        (self.reject if choice == "later" else self.accept)()

    def reject(self) -> None:  # Esc or the close button: Later
        self.choice = "later"
        super().reject()
