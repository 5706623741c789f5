"""Help > Keyboard Shortcuts (F1): every key of the window, generated from its real actions
(so it never goes stale when a feature adds a menu item), plus the presentation's key table.
Searchable (type to filter) and printable to PDF.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from .presentation_keys import PRESENTATION_KEYS, PresentKey
from .undo_texts import KEYS_NAME

if TYPE_CHECKING:
    from .main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutRow:
    keys: str       # as the user's platform and language write them ("Strg+Z")
    action: str     # the menu text, without the "&"
    where: str      # "Edit", "Node > Select", "Presentation"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("...", "")


def menu_rows(window: QWidget) -> list[ShortcutRow]:
    """A row for every action with keys in the window's menus (in menu order), then the
    window's other actions with keys."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), [*path, _plain(action.text())])
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append(_row(action, " > ".join(path)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), [_plain(top.text())])
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen and action.text():
            seen.add(id(action))
            rows.append(_row(action, ""))
    return rows


def _row(action: QAction, where: str) -> ShortcutRow:
    keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
    name = action.property(KEYS_NAME)
    text = translate(name) if isinstance(name, str) and name else action.text()
    return ShortcutRow(keys, _plain(text), where)


def presentation_description(row: PresentKey) -> str:
    """The English description of a presentation key row, from its method's name
    ("go_to_typed_branch" -> "Go to typed branch"; "go_to:0" -> "Go to 0")."""
    name, _, arg = row.call.partition(":")
    words = name.replace("_", " ")
    text = (words + (f" {arg}" if arg else "")).strip()
    if row.number:
        text += " (after typing a number)"
    return text[:1].upper() + text[1:]


def presentation_rows() -> list[ShortcutRow]:
    rows = []
    where = translate("Presentation")
    for row in PRESENTATION_KEYS:
        modifiers = Qt.KeyboardModifier.NoModifier
        if row.ctrl:
            modifiers |= Qt.KeyboardModifier.ControlModifier
        if row.shift:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        if row.alt:
            modifiers |= Qt.KeyboardModifier.AltModifier
        keys = ", ".join(QKeySequence(modifiers | key).toString(NATIVE) for key in row.keys)
        rows.append(ShortcutRow(keys, translate(presentation_description(row)), where))
    return rows


def all_rows(window: QWidget) -> list[ShortcutRow]:
    return menu_rows(window) + presentation_rows()


def rows_html(rows: list[ShortcutRow], title: str) -> str:
    header = "".join(f"<th align='left'>{html.escape(translate(h))}</th>"
                     for h in ("Keys", "Action", "Menu"))
    body = "".join(f"<tr><td><b>{html.escape(r.keys)}</b></td><td>{html.escape(r.action)}"
                   f"</td><td>{html.escape(r.where)}</td></tr>" for r in rows)
    return (f"<h2>{html.escape(title)}</h2><table cellspacing='0' cellpadding='4' "
            f"border='1' width='100%'><tr>{header}</tr>{body}</table>")


def write_pdf(rows: list[ShortcutRow], path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(rows_html(rows, title))
    document.print_(writer)


class ShortcutsDialog(QDialog):
    """The searchable table of keys."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(720, 560)
        self.rows = all_rows(window)
        box = QVBoxLayout(self)
        box.addWidget(QLabel("Every key of the window's menus and of the presentation. "
                             "Type to search.", self))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search keys or actions")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        box.addWidget(self.search)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setHorizontalHeaderLabels([translate("Keys"), translate("Action"),
                                              translate("Menu")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for i, row in enumerate(self.rows):
            for j, text in enumerate((row.keys, row.action, row.where)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = QPushButton("Save as &PDF...", self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.search.setFocus()            # type to search at once

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i, row in enumerate(self.rows):
            hay = f"{row.keys} {row.action} {row.where}".casefold()
            self.table.setRowHidden(i, bool(needle) and needle not in hay)

    def visible_rows(self) -> list[ShortcutRow]:
        return [row for i, row in enumerate(self.rows) if not self.table.isRowHidden(i)]

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("Save shortcuts as PDF"),
                                              str(Path.home() / "mindmap-keys.pdf"),
                                              translate("PDF files (*.pdf)"))
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        write_pdf(self.visible_rows(), path, translate("Mindmap keyboard shortcuts"))
